"""The first or last thing of the whole course ("the very first session", "first thing on the
schedule", "last event of the module"): the page's earliest (latest) dated event, with what
the page lists in that week without a time (which could come before or after it)."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS

_EDGE = r"(first|last|final|earliest|latest)"
_THING = r"(?:thing|things|event|events|session|sessions|item|entry|activity|class|classes)"
_WHOLE = (r"(?:on|in|of) (?:the |this |our |my )?(?:whole |entire )?(?:timetable|schedule|"
          r"course|module|term|calendar|page|semester)")
# "the very first session", "first thing on the schedule", "last event of the course"
_COURSE_EDGE = re.compile(rf"\bvery {_EDGE} (?:\w+ )?{_THING}\b"
                          rf"|\b{_EDGE} (?:\w+ )?{_THING} (?:\w+ ){{0,3}}?{_WHOLE}\b"
                          rf"|\b{_EDGE} (?:\w+ )?{_THING} (?:of all|ever)\b")
# "the last thing before the exam": an edge of another span, not the course's own
_BOUNDED = re.compile(r"\b(?:before|after|until|till|since)\b")
_SESSIONS_SAID = re.compile(r"\b(?:session|sessions|class|classes)\b")


def answer_course_edge(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The earliest or latest dated event of the course (sessions only when sessions are
    said), and the undated ones of its week. None unless the whole course's edge is asked,
    with no day, week or thing named."""
    m = _COURSE_EDGE.search(q.text)
    if (m is None or _BOUNDED.search(q.text) or q.time.window is not None
            or q.coursework or q.tutorials or q.lectures
            or q.kinds - {*SESSION_KINDS, "deadline"} or len(q.kinds) == 1):
        return None  # ("the first tutorial": that kind's own answer)
    kinds = set(SESSION_KINDS) if _SESSIONS_SAID.search(m.group(0)) else None
    last = next(g for g in m.groups() if g) in ("last", "final", "latest")
    dated = [e for e in view.timed if kinds is None or e.kind in kinds]
    if not dated:
        return None
    edge = dated[-1].start if last else dated[0].start
    chosen = [e for e in dated if e.start == edge]
    week = chosen[0].week
    undated = [e for e in view.events if e.start is None and e.week == week
               and (kinds is None or e.kind in kinds)]
    lines = [W.COURSE_LAST if last else W.COURSE_FIRST, *view.event_lines(chosen, reader)]
    if last and kinds is None and not any(e.kind in SESSION_KINDS for e in chosen):
        # (the last thing of all a hand-in: the last session to attend is said after it)
        sessions = [e for e in view.timed if e.kind in SESSION_KINDS]
        if sessions:
            final = [e for e in sessions if e.start == sessions[-1].start]
            lines += [W.COURSE_LAST_SESSION, *view.event_lines(final, reader)]
            chosen = [*chosen, *final]
    if undated:
        lines += [W.COURSE_EDGE_UNDATED.format(week=week), *view.event_lines(undated, reader)]
    intent = "deadline" if all(e.kind == "deadline" for e in chosen) else "schedule"
    return Reply(intent, True, 0.85, "\n".join(lines), [*chosen, *undated])
