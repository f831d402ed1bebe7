"""Whether anything must be attended at a time ("first week tomorrow, do i need to be online
for anything", "do we have to join anything live this week"): asked of a day or a week, it
is answered with what that time holds (or that nothing is on then, with the page's note on
the week and what comes next), not with how the course is given in general nor with whether
attendance is compulsory."""

from __future__ import annotations

import re

from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.sessions import answer_schedule
from bot.core.understand import Query

# Being there, online or live, said of "anything" (not of one session named).
_ATTEND = (r"(?:be (?:online|on teams|on a call|on calls|there|present|around|available|"
           r"logged (?:on|in))|attend|join|log (?:on|in)|show up|turn up|tune in|go to|dial in)")
_ATTENDS_ANYTHING = re.compile(
    rf"\b(?:need|needs|have|has|got|must|should|supposed|meant) to {_ATTEND}\b"
    rf"[^.?!]{{0,25}}?\b(?:anything|something|stuff|things|calls?)\b"
    rf"|\b(?:anything|something) (?:(?:i|we) (?:need|have|must) to {_ATTEND}|live)\b")
# A day or a course week: the time whose sessions are the answer.
_TIMES = frozenset({"day", "week"})


def asks_attend_then(q: Query) -> bool:
    window = q.time.window
    return (window is not None and window.granularity in _TIMES and not q.kinds
            and not (q.lectures or q.tutorials or q.coursework)
            and _ATTENDS_ANYTHING.search(q.text) is not None)


def answer_attend_then(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """What the day or week asked about holds; None for another question."""
    return answer_schedule(q, view, reader) if asks_attend_then(q) else None
