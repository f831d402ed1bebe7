"""Where to go or what to bring for a session of a course run online ("where do I have to go
on tuesday", "what should I bring to the tutorial"): there is no room; the sessions are on the
platform the schedule gives, listed for the day asked, and the page lists nothing to bring."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.sessions import answer_schedule
from bot.core.understand import Query

_GO = re.compile(r"\bwhere (?:do|should|must|will|shall|can) (?:i|we) (?:have to |need to |"
                 r"be (?:going|supposed) to |supposed to )?(?:go|be|turn up|show up|head)\b"
                 r"|\bwhere(?:'s| is| are)? (?:it|they|that|this) (?:held|happening)\b")
_BRING = re.compile(r"\b(?:bring|take along|take with (?:me|us)|carry)\b")
_SESSIONS = frozenset({"tutorial", "qa", "panel", "lecture"})


def answer_where_to_go(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the course runs online and where to go or what to bring is asked of its
    sessions (named, or of a day or time)."""
    s = view.schedule
    if s.course.mode != "online" or q.coursework:
        return None
    go, bring = bool(_GO.search(q.text)), bool(_BRING.search(q.text))
    if not (go or bring) or not (q.kinds & _SESSIONS or q.tutorials or q.lectures
                                 or q.time.window is not None):
        return None
    said = answer_schedule(q, view, reader)
    places = sorted({e.location for e in s.events() if e.location and e.kind in _SESSIONS})
    if not places:
        return None
    head = W.ONLINE_NO_ROOM.format(places=" / ".join(places),
                                   bring=W.NOTHING_TO_BRING if bring else "")
    return Reply("schedule", said.answered, said.confidence, f"{head}\n{said.text}",
                 said.events)
