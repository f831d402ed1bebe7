"""When teaching runs, asked of the course as a whole, often by someone who is no current
student ("when do classes end", "when does teaching finish this term", "which weeks have live
teaching", "when are the live sessions, we're planning an event"): calendar dates, not only
course week numbers."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name
from bot.core.handlers import Reply
from bot.core.handlers.spans import asks_superlative
from bot.core.queries import busy_clash, course_dates, held_sessions
from bot.core.timefmt import format_span
from bot.core.understand import END_ASKED, Query
from bot.schedule.model import Event

# The course's teaching as a whole, not one kind of session.
_TEACHING = r"(?:classes|class|teaching|term|semester|course|module|lessons|instruction)"
_ENDS = re.compile(rf"\b{_TEACHING}\b[^.?!]{{0,20}}\b(?:end|ends|finish|finishes|stop|stops|"
                   rf"(?:is|are|be) over|wrap up|wraps up|done)\b|\b(?:last|final) (?:day|week) of "
                   rf"(?:the )?{_TEACHING}\b|\b(?:end|finish) of (?:the )?{_TEACHING}\b")
# Which weeks hold live teaching ("which weeks have live teaching", "what weeks are there
# live sessions", "when is there live teaching"; the weekday asked is the timetable's slot).
_LIVE_WEEKS = re.compile(
    r"\b(?:which|what) (?:weeks?|dates?)\b[^.?!]{0,30}\b(?:live|in[- ]person|"
    r"timetabled|scheduled)? ?(?:teaching|sessions|classes|lessons)\b"
    r"|\bwhen (?:is|are) (?:there )?(?:the )?live (?:teaching|sessions|classes|lessons)\b")

# Which live sessions the asker can get to, their own hours given or not ("i work 9-5 so only
# evenings free, which of the live sessions can i actually make", "can i attend any of the
# live classes if im busy during the day"): the live sessions' times, for them to judge.
_CAN_MAKE_LIVE = re.compile(
    r"\b(?:which|what|any|can i|could i|will i|am i able)\b[^.?!]{0,30}\blive (?:sessions?|"
    r"classes|class|teaching|lessons?)\b[^.?!]{0,30}\b(?:make|attend|join|go to|catch|get to|"
    r"fit in|do)\b"
    r"|\b(?:make|attend|join|catch|get to|fit in)\b[^.?!]{0,15}\b(?:any|which|some|all)"
    r"(?: of)?(?: the)? live (?:sessions?|classes|teaching|lessons?)\b")


_STILL_TO_COME = re.compile(r"\b(?:left|remain\w*|still|upcoming|coming up|from now)\b")


# The end named as a point of reference ("after the module finishes", "once term ends").
_AFTER_THE_END = re.compile(r"\b(?:after|once|until|till|beyond|by the time)\s+(?:the\s+)?\Z")


_NONE_HELD = re.compile(r"\b(?:no|without|nothing|free|off|break|gaps?)\b")


def _names_nothing(q: Query) -> bool:
    return not (q.coursework or q.lectures or q.tutorials or q.notes or q.other_course
                or q.time.window is not None)


def answer_teaching_span(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the end of the course's teaching or the weeks of live teaching are asked,
    with nothing of the timetable named."""
    text = q.raw.lower()
    if (_CAN_MAKE_LIVE.search(text) and busy_clash(q) is None
            and not _STILL_TO_COME.search(text)
            and not (q.coursework or q.lectures or q.tutorials or q.notes or q.other_course)):
        # (hours one is taken, read as a clash asked, are set against the timetable
        # elsewhere; "any live sessions left to go to" asks what is still to come)
        return _live_to_judge(view, reader)
    if not _names_nothing(q):
        return None
    if _NONE_HELD.search(text):
        return None  # "which weeks have no teaching": the empty weeks' handler
    live = held_sessions(view)
    if not live:
        return None
    ends = _ENDS.search(text)
    if ends and _AFTER_THE_END.search(text, 0, ends.start()):
        return None  # "still up after the module finishes": what holds after it, not when
    if ends or (END_ASKED.search(text) and re.search(rf"\b{_TEACHING}\b", text)):
        last = live[-1]
        lines = [course_dates(view, reader),
                 W.TEACHING_ENDS.format(week=last.week, span=view.week_span(last.week),
                                        name=event_name(last), when=view.when(last, reader))]
        deadlines = [e for e in view.timed if e.kind == "deadline"]
        if deadlines and deadlines[-1].start > last.start:
            lines.append(W.LAST_DEADLINE_AFTER.format(name=event_name(deadlines[-1]),
                                                      when=view.instant(deadlines[-1].start,
                                                                        reader)))
        return Reply("schedule", True, 0.8, " ".join(lines), [last])
    if _LIVE_WEEKS.search(text) and not asks_superlative(text):
        # ("which week has the most sessions" is the week ranked by its count)
        timetabled = {sl.kind for sl in view.schedule.course.timetable}
        undated = [e for e in view.events if e.start is None and e.kind in timetabled]
        lines = [W.LIVE_WEEKS_HEAD, *_week_lines(view, reader, live)]
        if undated:
            lines.append(W.LIVE_UNDATED.format(names=", ".join(
                f"{event_name(e)} (week {e.week})" for e in undated)))
        return Reply("schedule", True, 0.8, "\n".join(lines), live)
    return None


def _live_to_judge(view: CourseView, reader: Reader) -> Reply | None:
    """The live sessions' times, week by week, and how the lectures are given (recorded
    ones need no slot): the asker's hours are theirs to set against them."""
    from bot.core.handlers.logistics import lecture_delivery  # (logistics uses this module)
    live = held_sessions(view)
    if not live:
        return None
    lines = [W.LIVE_WEEKS_HEAD, *_week_lines(view, reader, live), lecture_delivery(view, reader)]
    return Reply("schedule", True, 0.8, "\n".join(lines), live)


def _week_lines(view: CourseView, reader: Reader, live: list[Event]) -> list[str]:
    """One line per course week with live sessions: its dates, then each day's sessions."""
    lines = []
    for week in sorted({e.week for e in live if e.week is not None}):
        days: dict[object, list[Event]] = {}
        for e in live:
            if e.week == week:
                days.setdefault(e.start.astimezone(view.tz).date(), []).append(e)
        held = []
        for events in days.values():
            start = min(e.start for e in events)
            end = max((e.end or e.start) for e in events)
            names = ", ".join(dict.fromkeys(W.KIND_SINGULAR.get(e.kind, e.kind) for e in events))
            held.append(f"{format_span(start, end, reader.tz, view.tz)} ({names})")
        lines.append(W.LIVE_WEEK_LINE.format(week=week, span=view.week_span(week),
                                             held="; ".join(held)))
    return lines
