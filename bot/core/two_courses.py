"""This course and another named together in one question ("are both <this> and <other>
exams 50%?"): the page answers for this course only. Its answer is given as this course's
(a Yes or No lead said to be for it), and the other course's part is said to be unknown."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView
from bot.core.handlers import Reply
from bot.core.understand import Query

_LEAD = re.compile(r"(Yes|No)\b[,:.]?\s*")


def other_codes_apart(q: Query | None, reply: Reply, view: CourseView) -> Reply:
    """The reply as this course's, with the other codes said unknown; unchanged unless the
    question names this course's code and another's and the reply answers it."""
    c = view.schedule.course
    if q is None or not reply.answered:
        return reply
    codes = list(dict.fromkeys(q.course_codes))
    others = [x for x in codes if x not in c.code and x not in c.forum.course_name]
    if not others or len(others) == len(codes):
        return reply  # (another course alone is answered as another course)
    text = reply.text
    if lead := _LEAD.match(text):
        text = W.FOR_THIS_COURSE.format(code=c.code, answer=lead.group(1).lower(),
                                        rest=text[lead.end():])
    return dataclasses.replace(reply, text="\n".join([
        text, W.OTHER_CODES_UNKNOWN.format(code=c.code, codes=" or ".join(others))]))
