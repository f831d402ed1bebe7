"""Counts asked in a unit other than sessions: "how many weeks have tutorials", "how many
more tuesdays with something on", "how many days have a deadline": the weeks, days or
weekdays that hold what is asked, counted in that unit, with the list behind the number."""

from __future__ import annotations

import re
from datetime import date

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import events_of
from bot.core.timefmt import format_day_date
from bot.core.understand import Query
from bot.core.when import WEEKDAYS
from bot.schedule.model import Event

_ASKED_KINDS = frozenset({"lecture", "qa", "tutorial", "panel", "quiz", "deadline"})
# The unit, then what it is to hold ("have", "with", "where there is"): not "how many weeks
# is the course", "how many days until cw2", "how many days have we got left".
_UNIT_COUNT = re.compile(
    r"\bhow many (?P<more>(?:more|other|further|remaining) )?"
    r"(?P<unit>weeks|days|(?P<day>mon|tues|wednes|thurs|fri|satur|sun)days)\b"
    r"(?: (?:of|in) (?:the|this) (?:course|term))?"
    r"(?: (?:still|actually|will|do|does))?"
    r" (?:have|has|got|with|contain\w*|feature|include|hold|are there with|that have|where|"
    r"when|on which|in which|are busy|are taken up)\b"
    # ("how many days have i got left for task 3": a countdown, not days holding something)
    r"(?! (?:i|we|you|u|ya|they)\b)")


def answer_unit_count(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    m = _UNIT_COUNT.search(q.text)
    if m is None or q.lectures or q.tutorials or q.coursework:
        return None
    # ("have sessions": those held, not deadlines; nothing named: anything on)
    asked = set(q.kinds & _ASKED_KINDS) or set(_ASKED_KINDS - (
        {"deadline"} if q.has("session") else set()))
    events = events_of(view, with_qa_slots(asked, view.schedule), q.staff)
    what = (W.UNIT_COUNT_ANYTHING if asked == set(_ASKED_KINDS) else W.ANY_SESSION_PLURAL
            if asked == _ASKED_KINDS - {"deadline"}
            else " or ".join(W.EVENT_KIND_NAMES[k] for k in sorted(asked)))
    ahead = bool(m.group("more"))
    if m.group("unit") == "weeks":
        today = reader.now.astimezone(view.tz).date()
        current = view.understander.calendar.course_week_of(today)
        weeks = sorted({e.week for e in events if e.week is not None and not (
            ahead and (e.start is not None and e.start <= reader.now
                       or e.start is None and current is not None and e.week < current))})
        items = [W.UNIT_COUNT_WEEK.format(week=w, span=view.week_span(w)) for w in weeks]
        return _reply(len(weeks), "weeks", what, ahead, items, events)
    days: dict[date, list[Event]] = {}
    for e in events:
        if e.start is None or (ahead and e.start <= reader.now):
            continue
        day = e.start.astimezone(reader.tz).date()
        if m.group("day") and day.weekday() != WEEKDAYS[m.group("day")[:3]]:
            continue
        days.setdefault(day, []).append(e)
    items = [W.UNIT_COUNT_DAY.format(day=format_day_date(d), what="; ".join(
        dict.fromkeys(e.title for e in sorted(days[d], key=lambda e: e.start))))
        for d in sorted(days)]
    unit = m.group("unit").capitalize() if m.group("day") else m.group("unit")
    reply = _reply(len(days), unit, what, ahead, items,
                   [e for d in sorted(days) for e in days[d]])
    if any(e.start is None for e in events) and not m.group("day"):
        reply.text += "\n" + W.UNIT_COUNT_UNDATED  # pre-recorded lectures, quizzes: no day
    return reply


def _reply(n: int, unit: str, what: str, ahead: bool, items: list[str],
           events: list[Event]) -> Reply:
    unit = unit if n != 1 else unit.removesuffix("s")
    head = W.UNIT_COUNT.format(n=n, more=W.UNIT_COUNT_MORE if ahead else "", unit=unit,
                               verb="has" if n == 1 else "have", what=what)
    if not items:  # (nothing to list: the count alone, no colon left hanging)
        head = head.removesuffix(":") + "."
    return Reply("schedule", True, 0.85, "\n".join([head, *items]), events)
