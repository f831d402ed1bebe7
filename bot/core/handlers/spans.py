"""Spans and tallies over the timetable: the time between two things the page dates ("how
many days between the first and second deadlines", "how long from tomorrow's Q&A to the cw2
deadline", "if I start task 2 after the week 5 tutorial, how long do I have") and the week
with the most in it ("which week is the busiest")."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import datetime, time, timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, join, live_lectures, with_qa_slots
from bot.core.handlers import Reply
from bot.core.handlers.deadlines import handout_unknown
from bot.core.handlers.several import anchored
from bot.core.queries import by_start, course_order, named_events, week_tally
from bot.core.text import number_value
from bot.core.timefmt import elapsed, format_day_date, format_duration
from bot.core.understand import Query
from bot.schedule.model import Event

# A span asked for between two things: "between X and Y", "from X to/until Y".
_BETWEEN = re.compile(r"\bbetween\b|\bfrom\b.+\b(?:to|until|till|til|and)\b|\bgap\b"
                      r"|\bseparat\w*\b|\bapart\b")
_SPAN_WORDS = frozenset({"long", "much", "many", "days", "weeks", "hours", "time", "gap",
                         "apart"})
# Ordinals naming tasks ("between the first and second coursework deadlines").
_ORDINAL = re.compile(r"\b(first|second|third|1st|2nd|3rd|last|final)\b")
_SESSION_KINDS = frozenset({"lecture", "qa", "tutorial", "panel"})


# "first deadline to last deadline", "cw1 -> cw3": a span said without "from" or "between",
# a thing named by its order or number either side of the word that joins them.
_NAMED = r"(?:\b(?:first|second|third|1st|2nd|3rd|last|final)\b|\d)"
_X_TO_Y = re.compile(rf"{_NAMED}[^.?!]{{0,30}}?(?:\b(?:to|until|till|til|thru|through)\b|->)"
                     rf"[^.?!]{{0,30}}?{_NAMED}")


def answer_between(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The time between two dated things the question names, from the earlier to the later
    (also in weeks when asked in weeks); between two of a kind the page places only in a
    week ("from the first quiz to the last"), the weeks between; from a task's hand-out, which
    the page does not date, to its deadline: that, and the span from its first listed week.
    None unless the question asks a span between two such things."""
    if (len(q.coursework) == 1 and _RELEASED.search(q.text)
            and (_BETWEEN.search(q.text) or _HOW_LONG.search(q.text))):
        return _release_span(q.coursework[0], view, reader)
    if (not (_BETWEEN.search(q.text) or _X_TO_Y.search(q.text))
            or not set(q.words) & _SPAN_WORDS):
        return None
    if (weekly := _weeks_between(q, view, reader)) is not None:
        return weekly
    pair = _two_things(q, view, reader)
    if pair is None:
        return None
    first, second = sorted(pair, key=lambda e: (e.start, e.id))
    delta = elapsed(first.start, second.start)
    gap = format_duration(delta)
    if "weeks" in q.words:  # ("the week 6 tutorial" names a week; "how many weeks" asks)
        gap = W.SPAN_AS_WEEKS.format(gap=gap, weeks=_as_weeks(delta))
    head = W.SPAN_BETWEEN.format(gap=gap[0].upper() + gap[1:])
    return Reply("schedule", True, 0.9, "\n".join([head, *view.event_lines([first, second],
                                                                          reader)]),
                 [first, second])


# "how long do I have", "how much time do I get", "how many days is that": a span asked.
_HOW_LONG = re.compile(r"\bhow (?:long|much time|many (?:days|hours|weeks))\b"
                       r"|\btime (?:left|do i)\b")
# The point the work starts from: "after", "from", "once", "following" the thing named.
_STARTS_FROM = re.compile(r"\b(?:(right|just|straight|immediately|directly)\s+)?"
                          r"(after|following|from|once|when)\s+"
                          r"(?:the\s+|that\s+|this\s+|my\s+|our\s+)?(?=\S)")


def answer_time_from(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"If I begin task 2 after the week 5 tutorial, how long do I have": the time from the
    end of the thing named as the start to the one task's deadline, with both. None unless a
    span is asked from one dated thing to one task's deadline."""
    if not _HOW_LONG.search(q.text) or _BETWEEN.search(q.text) or len(q.coursework) > 2:
        return None
    start = anchored(q, view, reader, _STARTS_FROM)
    if start is None:
        return None
    anchor = start.anchor[-1]
    tasks = [c for c in q.coursework if c not in {e.id for e in start.anchor}]
    due = view.schedule.event(tasks[0]) if len(tasks) == 1 else None
    begin = anchor.end or anchor.start
    if due is None or due.start is None or begin is None or begin >= due.start:
        return None
    gap = format_duration(elapsed(begin, due.start))
    start_name = (W.SPAN_FROM_END.format(title=event_name(anchor)) if anchor.end
                  else W.THE_THING.format(title=event_name(anchor)))
    head = W.SPAN_FROM.format(gap=gap[0].upper() + gap[1:], start=start_name,
                              due=event_name(due))
    return Reply("schedule", True, 0.9, "\n".join([head, *view.event_lines([anchor, due],
                                                                           reader)]),
                 [anchor, due])


# A task's hand-out named as one end of a span ("from cw2's release to its deadline").
_RELEASED = re.compile(r"\b(?:releas\w*|comes? out|came out|handed out|hand-?outs?|published"
                       r"|gets? (?:set|released|handed out))\b")


def _release_span(task_id: str, view: CourseView, reader: Reader) -> Reply | None:
    """The page gives no hand-out date: said so, then the time from the start of the first
    week the task is listed in to its deadline (what the page does date)."""
    task = next((c for c in view.schedule.coursework if c.id == task_id), None)
    due = view.schedule.event(task_id)
    if task is None or due is None or due.start is None:
        return None
    lines = [handout_unknown(task, due, view, reader)]
    week = view.schedule.week(min(task.listed_in_weeks)) if task.listed_in_weeks else None
    if week is None:
        return Reply("deadline", False, 0.6, lines[0], [due])
    begin = datetime.combine(week.starts, time(), view.tz)
    if begin < due.start:
        lines.append(W.SPAN_FROM_LISTED_WEEK.format(
            week=week.number, day=format_day_date(week.starts),
            gap=format_duration(elapsed(begin, due.start))))
    return Reply("deadline", False, 0.7, "\n".join(lines), [due])


def _as_weeks(delta: timedelta) -> str:
    """"6 weeks", "4 weeks 4 days": a span of days counted in weeks."""
    weeks, days = divmod(delta.days, 7)
    parts = [W.SPAN_N_WEEKS.format(n=weeks, s="s" * (weeks != 1))] if weeks else []
    if days or not weeks:
        parts.append(W.SPAN_N_DAYS.format(n=days, s="s" * (days != 1)))
    return " ".join(parts)


def _weeks_between(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"How many weeks from the first quiz to the last": two of one kind named by their
    order, one of them placed only in a week, the weeks between their weeks. None
    otherwise (dated ones are _two_things')."""
    kinds = q.kinds & _UNDATED_SPAN_KINDS
    ordinals = _ORDINAL.findall(q.text)
    # ("the first lecture" may read as lecture 1: the ordinals, not ids, name both ends)
    if len(kinds) != 1 or len(q.kinds) != 1 or len(ordinals) < 2 or q.coursework:
        return None
    # (a panel held in the Q&A slot is one of the Q&As, as "the last q&a" reads it)
    kinds = with_qa_slots(kinds, view.schedule)
    ordered = sorted((e for e in view.events if e.kind in kinds and e.week is not None),
                     key=lambda e: course_order(view, e))
    if all(e.start is not None for e in ordered):
        return None
    found = []
    for word in ordinals[:2]:
        at = len(ordered) if word in ("last", "final") else number_value(word)
        if at and 1 <= at <= len(ordered):
            found.append(ordered[at - 1])
    if len(found) != 2 or found[0] is found[1]:
        return None
    first, second = sorted(found, key=lambda e: course_order(view, e))
    weeks = (second.week or 0) - (first.week or 0)
    head = W.SPAN_WEEKS_BETWEEN.format(count=weeks, s="s" * (weeks != 1),
                                       first=first.week, second=second.week)
    lines = [view.lecture_line(e, reader) if e.kind == "lecture"
             else "\n".join(view.event_lines([e], reader)) for e in (first, second)]
    return Reply("schedule", True, 0.85, "\n".join([head, *lines]), [first, second])


# Kinds counted by their order for a span in weeks (some of them placed only in a week).
_UNDATED_SPAN_KINDS = frozenset({"lecture", "quiz", "qa", "tutorial", "panel"})


def _two_things(q: Query, view: CourseView, reader: Reader) -> tuple[Event, Event] | None:
    deadlines = {e.id: e for e in view.events if e.kind == "deadline"}
    tasks = [c for c in q.coursework if c in deadlines]
    if len(tasks) < 2 and "deadline" in q.kinds | {"deadline" for _ in q.coursework}:
        # "the first and second coursework": tasks named by their order
        order = list(deadlines)
        for word in _ORDINAL.findall(q.text):
            at = len(order) if word in ("last", "final") else number_value(word)
            if at and 1 <= at <= len(order) and order[at - 1] not in tasks:
                tasks.append(order[at - 1])
    found = [deadlines[t] for t in tasks]
    kinds = q.kinds & _SESSION_KINDS
    if (not found and len(kinds) == 1 and len(ordinals := _ORDINAL.findall(q.text)) >= 2
            and all(e.start for e in view.events if e.kind in kinds)):
        # "from the first tutorial to the last": sessions of one kind named by their order
        # (one slot is one session: two topics taught in one tutorial count once; a kind
        # with a session the page gives no time has no order to count by)
        slots = by_start(sorted((e for e in view.events if e.kind in kinds and e.start),
                                key=lambda e: (e.start, e.id)))
        for word in ordinals[:2]:
            at = len(slots) if word in ("last", "final") else number_value(word)
            if at and 1 <= at <= len(slots):
                found.append(slots[at - 1][0])
    elif len(found) < 2 and kinds:
        # a session named beside the task: by its kind and time ("tomorrow's Q&A")
        session_q = dataclasses.replace(q, coursework=[], kinds=set(kinds))
        sessions = [e for e in named_events(session_q, view, reader, limit=1) if e.start]
        if not sessions and q.time.window is None:
            later = sorted((e for e in view.events if e.kind in kinds and e.start
                            and e.start > reader.now), key=lambda e: (e.start, e.id))
            sessions = later[:1]
        found += sessions[:1]
    found = [e for e in found if e.start is not None]
    if len(found) != 2 or found[0].start == found[1].start:
        return None
    return found[0], found[1]


# "which week is the busiest", "the most packed week": the week with the most on the page.
_BUSIEST = re.compile(r"\b(?:busiest|heaviest|hardest|hectic|intense|intensive|packed|"
                      r"most (?:busy|work|stuff|things|content|lectures|videos|vids|"
                      r"recordings|sessions|going on|to do|on))\b")


def answer_busiest_week(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The course week with the most lectures, sessions and deadlines, with what is in it.
    None unless the question asks which week has the most."""
    if not q.has("week_word") or not _BUSIEST.search(q.text) or q.time.window is not None:
        return None
    weeks = Counter(e.week for e in view.events if e.week is not None and e.kind != "quiz")
    if not weeks:
        return None
    top = max(weeks.values())
    busiest = sorted(w for w, n in weeks.items() if n == top)
    lines = [W.BUSIEST_WEEK.format(week=w, span=view.week_span(w), what=week_tally(view, w))
             for w in busiest]
    events = [e for e in view.events if e.week in busiest and e.kind != "quiz"]
    return Reply("schedule", True, 0.85, "\n".join(lines), events)


# Which week(s) of a kind: "which weeks are the quizzes in", "what weeks have tutorials".
_WHICH_WEEKS = re.compile(r"\b(?:which|what|wat|wich)\s+(?:course\s+)?(?:weeks?|wks?)\b")
# A week described by what it holds ("the week with the most lectures"): asked which only
# when the count is a superlative.
_WEEK_WITH = re.compile(r"\b(?:weeks?|wks?)\s+(?:with|having|that ha(?:s|ve)|has|had)\b")
# A week chosen by how many of a kind it holds: "the most lectures", "the fewest tutorials".
_MOST_OF = re.compile(r"\b(?:most|max(?:imum)?|highest number of|largest number of)\b")
_FEWEST_OF = re.compile(r"\b(?:fewest|least|min(?:imum)?|lowest number of|"
                        r"smallest number of)\b")
# A kind picked out by its order or taken in pairs ("the second quiz", "two tutorials run
# together", "sessions that clash") is another question, another handler's.
_PICKED_OUT = re.compile(r"\b(?:first|second|third|fourth|fifth|last|next|previous|final|"
                         r"\d+(?:st|nd|rd|th)|two|three|pairs?|together|at once|share[sd]?|"
                         r"sharing|same|both|clash\w*|overlap\w*|combined|joint)\b")
_WEEKLY_KINDS = frozenset({"lecture", "tutorial", "qa", "panel", "quiz", "deadline"})
# "Sessions" or "classes" with no kind named: every kind that is taught.
_TAUGHT_KINDS = frozenset({"lecture", "qa", "tutorial", "panel"})
# Anything held, no kind named ("which weeks actually have stuff", "what weeks is
# something happening"): every taught kind, as "sessions" is.
_ANYTHING_ON = re.compile(r"\b(?:stuff|anything|something|things|activit(?:y|ies)|happening|"
                          r"going on)\b")
# Weeks without a kind ("which weeks have no lecture") are another handler's.
# (a negated verb too: "which weeks don't have a quiz" asks for the weeks without one)
_NONE_OF = re.compile(r"\b(?:no|not|without|zero|none|free|empty|nothing|lack\w*|off|"
                      r"(?:do|does|did|wo)n'?t)\b")


def asks_superlative(text: str) -> bool:
    """"the most lectures", "the fewest tutorials", "the busiest": a week (or other thing)
    chosen by how much it holds."""
    return bool(_MOST_OF.search(text) or _FEWEST_OF.search(text) or _BUSIEST.search(text))


def _kind_events(q: Query, view: CourseView) -> tuple[set[str], list[Event]]:
    """The events of the kinds the question names (a Q&A slot's panel with the Q&As; only
    the pre-recorded or live lectures when it says which; every taught kind for
    "sessions" with none named)."""
    kinds = set(q.kinds) & _WEEKLY_KINDS or (
        set(_TAUGHT_KINDS) if q.has("session") or _ANYTHING_ON.search(q.text) else set())
    kinds = with_qa_slots(kinds, view.schedule)
    events = [e for e in view.events if e.kind in kinds and e.week is not None]
    live = {lec.id for lec in live_lectures(view.schedule)}
    if "lecture" in kinds and live and q.has("recorded") != q.has("live"):
        keep_live = q.has("live")
        events = [e for e in events if e.kind != "lecture" or (e.id in live) == keep_live]
    return kinds, events


def answer_week_by_kind(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Which weeks are the quizzes in": the weeks holding the kinds named, each with what
    of them it holds; "which week has the most pre-recorded lectures" / "the fewest
    tutorials": the week(s) holding the most (or, of those holding any, the fewest) of
    them. None unless a week of named kinds is asked so (and no id, person or topic)."""
    # ("the highest number of lectures" asks which week, not how many)
    ranked = asks_superlative(q.text)
    if (not (_WHICH_WEEKS.search(q.text) or ranked and _WEEK_WITH.search(q.text))
            or _NONE_OF.search(q.text) or _PICKED_OUT.search(q.text) or q.coursework
            or q.lectures or q.tutorials or q.staff or q.asks_count and not ranked
            or q.subject_known or q.time.window is not None):
        return None
    fewest = bool(_FEWEST_OF.search(q.text))
    most = bool(_MOST_OF.search(q.text) or _BUSIEST.search(q.text))
    kinds, events = _kind_events(q, view)
    if not kinds or not events or most and fewest:
        return None
    per_week = Counter(e.week for e in events)
    named = kinds & set(q.kinds) or kinds
    what = (W.TAUGHT_SESSIONS if named == _TAUGHT_KINDS
            else " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(named)))
    if most or fewest:
        top = (max if most else min)(per_week.values())
        weeks = sorted(w for w, n in per_week.items() if n == top)
        head = (W.WEEK_MOST_OF if most else W.WEEK_FEWEST_OF).format(
            what=what, weeks=_weeks(weeks), count=top)
    else:
        weeks = sorted(per_week)
        head = W.WEEKS_OF_KIND.format(what=what, weeks=_weeks(weeks))
    empty = [w.number for w in view.schedule.weeks if w.number not in per_week]
    if len(named) > 1 and (most or fewest):
        # several kinds counted together: each week's tally by kind, so the count is seen
        lines = [W.WEEK_HOLDS.format(week=w, span=view.week_span(w),
                                     items=week_tally(view, w, kinds)) for w in weeks]
    else:
        lines = [W.WEEK_HOLDS.format(week=w, span=view.week_span(w), items="; ".join(
            event_name(e) for e in events if e.week == w)) for w in weeks]
    if named == _TAUGHT_KINDS and not (most or fewest) and empty:
        # every taught kind asked of: the weeks with none said too
        lines.append(W.WEEKS_WITHOUT.format(what=W.SESSIONS_ANY, s="s" * (len(empty) > 1),
                                            weeks=join([str(w) for w in empty])))
    return Reply("schedule", True, 0.85, "\n".join([head, *lines]),
                 [e for e in events if e.week in weeks])


def _weeks(weeks: list[int]) -> str:
    """"week 4", "weeks 2, 4 and 6"."""
    return (W.WEEK_SINGLE if len(weeks) == 1 else W.WEEKS_SOME).format(
        weeks=join([str(w) for w in weeks]))
