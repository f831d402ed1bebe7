"""A detail of one session that the course page does not give ("which room is lecture 3
in", "link to the recording of the week 5 q&a"): that the page does not give it, what it
does give of that session, and who can tell (a TA), rather than the session listed as if
that answered it."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, join
from bot.core.handlers import Reply
from bot.core.queries import named_events
from bot.core.understand import Query
from bot.schedule.model import Event

# A room asked for: a place on site, which a session with no place on the page lacks.
_ROOM = re.compile(r"\b(?:rooms?|classrooms?|lecture (?:hall|theatre|theater)s?|buildings?"
                   r"|venues?)\b")
# A recording asked for by where to find it ("link to the recording", "where's the
# recording of ...", "recording url"); "is it recorded" is the delivery's question.
_RECORDING = re.compile(r"\b(?:recordings?|replays?)\b")
_FOUND_AT = re.compile(r"\b(?:links?|urls?|where(?:'s| is| are| can| do)?|find|access)\b")
_SESSIONS = frozenset({"lecture", "qa", "tutorial", "panel"})
# A room compared with another's ("the same room as the q&a"): not one session's detail.
_SAME_ROOM = re.compile(r"\bsame (?:room|place|building)\b")


def answer_unstated_detail(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The page gives no room (a session it gives no place for) or no recording link for
    the one session named: said so, then that session as the page gives it (with where the
    materials are, for a pre-recorded lecture), then a TA. None unless one session is named
    and such a detail is asked."""
    room = bool(_ROOM.search(q.text))
    recording = bool(_RECORDING.search(q.text) and _FOUND_AT.search(q.text))
    if not (room or recording) or q.coursework:
        return None
    if not (q.lectures or q.tutorials or q.kinds & _SESSIONS or q.topic_matches):
        return None
    events = [e for e in named_events(q, view, reader, limit=2) if e.kind in _SESSIONS]
    if not events or len({(e.start, e.week) for e in events}) != 1:
        return None  # (several sessions: the listing's, not one session's detail)
    if not _falls_when_said(q, events):
        return None  # (a day said that no such session falls on: the day's handlers correct it)
    if room and (_SAME_ROOM.search(q.text) or any(e.location for e in events)):
        return None  # (a place the page gives, guessed at or compared: the place handlers')
    detail = W.DETAIL_ROOM if room else W.DETAIL_RECORDING
    head = W.DETAIL_NOT_GIVEN.format(detail=detail, what=join(
        [event_name(e) for e in events]))
    lines = [head, *_lines(events, view, reader)]
    if recording and any(e.start is None for e in events):
        # (a pre-recorded lecture: where the page puts the course's materials)
        lines.append(W.MATERIALS_ON.format(locations=join(
            view.schedule.course.materials_locations)))
    return Reply("schedule", False, 0.75, "\n".join([*lines, view.ta_offer()]), events)


def _lines(events: list[Event], view: CourseView, reader: Reader) -> list[str]:
    if events[0].kind == "lecture":
        return [view.lecture_line(e, reader) for e in events]
    return view.event_lines(events, reader)


def _falls_when_said(q: Query, events: list[Event]) -> bool:
    """Whether the session named falls on the day or in the time the question says, if it
    says one ("the thursday lecture" when lectures have no day is not that session)."""
    window, weekday = q.time.window, q.time.weekday
    if window is None and weekday is None:
        return True
    for e in events:
        if e.start is None:
            continue
        if weekday is not None and e.start.weekday() != weekday:
            continue
        if window is not None and not window.start <= e.start < window.end:
            continue
        return True
    return False
