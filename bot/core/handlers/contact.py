"""How to reach the teaching team ("how do I contact the lecturers", "who do I ask if I have
a question about the module"): what the page offers for it (its forum, the live Q&A
sessions, the staff it names) and the bot's own "ask a TA"."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.people import staff_role_lines
from bot.core.reach_staff import asks_to_reach_staff, asks_where_questions_go, reach_subject
from bot.core.timefmt import format_span
from bot.core.understand import Query

_DAYS = {"Mon": "Mondays", "Tue": "Tuesdays", "Wed": "Wednesdays", "Thu": "Thursdays",
         "Fri": "Fridays", "Sat": "Saturdays", "Sun": "Sundays"}


def answer_reach_staff(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    if not asks_to_reach_staff(q):
        return None
    c = view.schedule.course
    course_tz = ZoneInfo(c.timezone)
    subject = reach_subject(q)
    lines = [W.REACH_STAFF_ABOUT_HEAD.format(subject=subject) if subject
             else W.REACH_STAFF_HEAD]
    if c.forum.name:
        lines.append(W.REACH_FORUM.format(forum=c.forum.name, course=c.forum.course_name))
    slots = [sl for sl in c.timetable if sl.kind == "qa"]
    if slots:
        when = ", ".join(f"{_DAYS.get(sl.day, sl.day)} {sl.start:%H:%M}-{sl.end:%H:%M}"
                         for sl in slots)
        upcoming = next((e for e in view.timed if e.kind == "qa" and e.start
                         and e.start >= reader.now), None)
        places = sorted({e.location for e in view.events if e.kind == "qa" and e.location})
        line = W.REACH_QA.format(slots=when, zone=c.timezone,
                                 where=W.REACH_QA_PLACE.format(place=" or ".join(places))
                                 if places else "")
        if upcoming is not None:
            line += W.REACH_QA_NEXT.format(
                span=format_span(upcoming.start, upcoming.end, reader.tz, course_tz),
                staff=", ".join(s.removesuffix(" & team") for s in upcoming.staff) or "-")
        lines.append(line + ".")
    roles = [] if asks_where_questions_go(q) else staff_role_lines(view)
    if roles:
        lines += [W.STAFF_OVERVIEW, *roles]
    lines.append(W.REACH_UNSTATED)
    lines.append(W.REACH_ASK_TA)
    return Reply("logistics", True, 0.8, "\n".join(lines))
