"""The order of two kinds of session held on the same days, asked as a yes/no ("the
tutorial comes after the lecture, right?", "is the panel before the Q&A on tuesdays"): yes
or no from their times on the days both are held, a wrong premise corrected, the days where
the order differs said apart. Asked as a choice ("is the lecture before or after the Q&A",
"which is earlier, the tutorial or the panel"): the one that comes first, said first."""

from __future__ import annotations

from collections import Counter
from datetime import date

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.sessions import said_weekday
from bot.core.order_asked import kinds_in_order
from bot.core.queries import events_of
from bot.core.timefmt import format_clock, format_day_date
from bot.core.understand import Query
from bot.schedule.model import Event


def answer_kind_order(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Yes or No to "<kind A> is before/after <kind B>", set on each day both are held (in
    the time or on the weekday said, else the whole course), the usual order leading; None
    unless a yes/no sets two kinds of session against each other by an order word, with no
    session named by id."""
    if q.lectures or q.tutorials or q.coursework or q.subject_known:
        return None  # (a session named by id or topic: answer_order's)
    asked = kinds_in_order(q)
    if asked is None:
        return None
    relation, first, second = asked
    pairs = _same_day_pairs(q, view, reader, first, second)
    if not pairs:
        return None
    # each day: -1 the first side before, 0 together, 1 after
    order = {day: _cmp(a, b) for day, (a, b) in pairs.items()}
    usual, _ = Counter(order.values()).most_common(1)[0]
    if relation == "choice" and usual > 0:  # (the one that comes first, said first)
        first, second = second, first
        pairs = {d: (b, a) for d, (a, b) in pairs.items()}
        order = {d: -o for d, o in order.items()}
        usual = -usual
    asked = -1 if relation == "before" else 1
    name = W.KIND_SINGULAR
    day = next(d for d, o in order.items() if o == usual)
    a, b = pairs[day]
    times = dict(first=name[first], second=name[second],
                 first_time=_clock(a, reader), second_time=_clock(b, reader))
    if relation == "choice":
        lead = (W.KINDS_ORDER_CHOSEN_SAME if usual == 0 else W.KINDS_ORDER_CHOSEN).format(**times)
    elif usual == 0:
        lead = W.KINDS_ORDER_SAME.format(**times)
    else:
        template = W.KINDS_ORDER_BEFORE if usual < 0 else W.KINDS_ORDER_AFTER
        lead = f"{W.YES if usual == asked else W.NO}: " + template.format(**times)
    days = [d for d, o in order.items() if o == usual]
    lines = [W.KINDS_ORDER_DAYS.format(lead=lead, count=len(days)) if len(days) > 1
             else f"{lead}."]
    for d, o in order.items():
        if o != usual:  # ("both at 11:00 on 23 feb": the page's exception said apart)
            a, b = pairs[d]
            template = W.KINDS_ORDER_EXCEPT_SAME if o == 0 else W.KINDS_ORDER_EXCEPT
            lines.append(template.format(
                day=format_day_date(d), first=name[first], second=name[second],
                first_time=_clock(a, reader), second_time=_clock(b, reader)))
    shown = [e for d in sorted(pairs) if d >= reader.now.astimezone(reader.tz).date()
             for e in pairs[d]][:2] or list(pairs[max(pairs)])
    # (two tutorials held in one slot are one session: both listed, as the listing does)
    starts = {(e.kind, e.start) for e in shown}
    shown += [e for e in events_of(view, {first, second}, q.staff)
              if (e.kind, e.start) in starts and e not in shown]
    lines.extend(view.event_lines(sorted(shown, key=lambda e: (e.start, e.id)), reader))
    return Reply("schedule", True, 0.85, "\n".join(lines), shown)


def _same_day_pairs(q: Query, view: CourseView, reader: Reader, first: str,
                    second: str) -> dict[date, tuple[Event, Event]]:
    """The first session of each kind on each day (asker's calendar) both are held."""
    window = q.time.window
    weekday = said_weekday(q.text)

    def by_day(kind: str) -> dict[date, Event]:
        out: dict[date, Event] = {}
        timed = [e for e in events_of(view, {kind}, q.staff) if e.start is not None]
        for e in sorted(timed, key=lambda e: (e.start, e.id)):
            if window is not None and window.granularity != "after" and not (
                    window.start <= e.start < window.end):
                continue
            d = e.start.astimezone(reader.tz).date()
            if weekday is not None and d.weekday() != weekday:
                continue
            out.setdefault(d, e)
        return out
    a, b = by_day(first), by_day(second)
    return {d: (a[d], b[d]) for d in sorted(set(a) & set(b))}


def _cmp(a: Event, b: Event) -> int:
    assert a.start is not None and b.start is not None
    return (a.start > b.start) - (a.start < b.start)


def _clock(e: Event, reader: Reader) -> str:
    assert e.start is not None
    return format_clock(e.start.astimezone(reader.tz))
