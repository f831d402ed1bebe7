"""How the course is delivered (online, in person, on campus), asked outright: "will deep
learning be taught in person next term", "are the tutorials on campus", "can i attend
remotely". The schedule's course mode and delivery answer it, with where the sessions are
held; a later run ("next term", "next year") is one the page does not describe, and is said
to be so rather than the whole question being "not on the page".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core import wording as W
from bot.core.course_parts import session_places
from bot.core.handlers import Reply

if TYPE_CHECKING:
    from bot.core.course import CourseView, Reader
    from bot.core.understand import Query

# Words of being there or not (normalised text writes "in person" as "inperson").
_ON_SITE = re.compile(
    r"\b(?:in ?person|in-person|on ?campus|on-campus|face ?to ?face|f2f|physically|hybrid|"
    r"remote(?:ly)?|from home|in the room|in the lecture (?:hall|theatre)|irl)\b")
_ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|over teams|via teams|on zoom|over zoom)\b")
# ... said of the teaching: online alone is also where materials and hand-ins are, and
# where the writer is ("can't be online till 10.15", "the school run": no teaching).
_TAUGHT = re.compile(
    r"\b(?:taught|teach\w*|held|deliver\w*|attend\w*|lectures?|tutorials?|classes|sessions?|"
    r"lessons?|q&as?|qas?|course|module|in ?person)\b")
# Things whose being online is no matter of delivery: the exam's format, hand-ins, materials.
_NOT_DELIVERY = frozenset({"exam", "submit", "materials_where", "book", "forum", "gpu",
                           "software", "spec", "weight"})
# A run after this one: the page describes only its own term.
LATER_RUN = re.compile(
    r"\b(?:next|following|coming|future|later)\s+(?:term|terms|year|years|semester|"
    r"academic year|cohort|intake|session|edition|run)\b|\bin (?:the )?future\b")


def asks_delivery_mode(q: Query) -> bool:
    """A question of whether the course (or its sessions) is held in person or online."""
    if q.coursework or any(q.has(c) for c in _NOT_DELIVERY):
        return False
    text = q.text
    if _ON_SITE.search(text):
        return True
    return bool(_ONLINE.search(text) and _TAUGHT.search(text))


def answer_delivery_mode(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """How the course is delivered and where its sessions are held; for a later run, that
    the page does not say. None for another question, and for a question of one kind of
    session in this run ("are the q&as in person": its own answer names the place)."""
    if not asks_delivery_mode(q) or (q.kinds and not LATER_RUN.search(q.text)):
        return None
    from bot.core.handlers.logistics import lecture_delivery  # (the handler imports this)

    s = view.schedule
    lines = [lecture_delivery(view, reader), *session_places(s)]
    if LATER_RUN.search(q.text):
        lines.append(W.LATER_RUN_DELIVERY_UNKNOWN.format(term=s.course.term))
        return Reply("logistics", False, 0.85, "\n".join(lines))
    return Reply("logistics", True, 0.85, "\n".join(lines))
