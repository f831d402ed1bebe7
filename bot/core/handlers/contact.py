"""How to reach the teaching team ("how do I contact the lecturers", "who do I ask if I have
a question about the module"): what the page offers for it (its forum, the live Q&A
sessions, the staff it names) and the bot's own "ask a TA"."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.people import staff_role_lines
from bot.core.timefmt import format_span
from bot.core.understand import Query

# Reaching someone ...
_REACH = re.compile(
    r"\b(?:contact(?:ing)?|get (?:in )?(?:touch|hold) (?:with|of)|reach(?:ing)?|"
    r"(?:talk|speak|chat)(?:ing)? (?:to|with)|e-?mail(?:ing)?|message|messaging)\b")
# ... of the course's staff
_STAFF = re.compile(
    r"\b(?:teaching (?:team|staff)|course (?:staff|team|leader|lead|organi[sz]ers?)|"
    r"module (?:staff|team|leader|lead|organi[sz]ers?|coordinator)|staff|lecturers?|"
    r"professors?|prof|tutors?|tas|ta|teaching assistants?|instructors?|teachers?|"
    r"the (?:people|person) (?:running|teaching|in charge of) (?:the|this) (?:course|module)|"
    # a person rather than the bot ("get hold of an actual human", "speak to a real person")
    r"(?:real|actual|live|human) (?:person|people|humans?|beings?)|an? (?:human|person)|"
    r"humans|someone|somebody)\b")
# Asking who or where takes a question about the course ("who do I ask about the module",
# "how can I ask a question about the course", "where do questions about the course go").
_ASK_ABOUT_COURSE = re.compile(
    r"\b(?:who|where|how|whom)\b[^.?!]{0,30}\b(?:ask|send|direct|raise|put|take)\b[^.?!]{0,30}"
    r"\b(?:course|module|class|content|material)\b"
    r"|\bwho (?:do|should|can|could|would) (?:i|we|you) (?:ask|go to|turn to|write to|"
    r"contact|reach(?: out to)?|talk to|speak to|speak with|get in touch with|e-?mail|"
    r"message)\b")
_DAYS = {"Mon": "Mondays", "Tue": "Tuesdays", "Wed": "Wednesdays", "Thu": "Thursdays",
         "Fri": "Fridays", "Sat": "Saturdays", "Sun": "Sundays"}


def asks_to_reach_staff(q: Query) -> bool:
    """Asks how to reach the teaching team, or whom to ask about the course: nothing of the
    timetable named (a session's or a task's staff are the people handler's)."""
    if q.coursework or q.lectures or q.tutorials or q.kinds or q.other_course:
        return False
    raw = q.raw.lower()
    return bool((_REACH.search(raw) and _STAFF.search(raw)) or _ASK_ABOUT_COURSE.search(raw))


def answer_reach_staff(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    if not asks_to_reach_staff(q):
        return None
    c = view.schedule.course
    course_tz = ZoneInfo(c.timezone)
    lines = [W.REACH_STAFF_HEAD]
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
    roles = staff_role_lines(view)
    if roles:
        lines += [W.STAFF_OVERVIEW, *roles]
    lines.append(W.REACH_UNSTATED)
    lines.append(W.REACH_ASK_TA)
    return Reply("logistics", True, 0.8, "\n".join(lines))
