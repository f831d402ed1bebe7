"""A session's time set against a clock time said as a bound ("is the tutorial before 12?",
"will the q&a be over by 11", "does the lecture start after 9"): Yes or No from its start,
or from its end when the question asks when it is over, compared in the asker's zone (or the
zone said) as the deadlines' bounds are (clock_bound.compared_lead)."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.clock_bound import bound_side, compared_lead
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.handlers.deadlines import zones_meant
from bot.core.queries import in_window, still_ahead
from bot.core.understand import Query
from bot.core.when import read_clock_words
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import Event

# A clock time right after its bound word ("before 12", "by 11:30am", "after 9pm"), on the
# text with clock words read as digits ("noon" is 12:00, "half 12" 12:30).
_BOUND_CLOCK = re.compile(r"\b(?:before|by|until|till|til|after|earlier than|later than|"
                          r"prior to|no later than)\s+(?:the\s+)?(?P<hour>\d{1,2})"
                          r"(?:[:.](?P<minute>\d{2}))?\s*(?P<half>am|pm)?(?![\w:/.-]*\d)")
_NOON = re.compile(r"\b(noon|midday|midnight)\b")
# The end asked, not the start ("over by 11", "finished before 12", "done by", "out by").
_ENDS = re.compile(r"\b(?:over|ends?|ending|finish\w*|done|out|wraps?(?: up)?|wrapped|"
                   r"through)\b")
# Several sessions asked at once ("every", "each", "always", "all"): the quantified answers'.
_EVERY = re.compile(r"\b(?:every|each|always|all)\b")


def _bound(q: Query) -> tuple[str, frozenset[int], int] | None:
    """(side, hours it may mean, minute) of the one clock time said as a bound; else None."""
    said = read_clock_words(_NOON.sub(lambda m: "0:00" if m.group(1) == "midnight"
                                      else "12:00", q.raw.lower()))
    found = list(_BOUND_CLOCK.finditer(said))
    if len(found) != 1:
        return None
    m = found[0]
    side = bound_side(said, m.start("hour"))
    hour = int(m.group("hour"))
    if side is None or hour > 23:
        return None
    if m.group("half"):
        hours = frozenset({hour % 12 + (12 if m.group("half") == "pm" else 0)})
    elif hour > 12 or hour == 0:
        hours = frozenset({hour})
    else:
        hours = frozenset({hour % 12, hour % 12 + 12})
    return side, hours, int(m.group("minute") or 0)


def _asked(q: Query, view: CourseView, reader: Reader) -> list[Event]:
    """The session asked about: the one named by id, else the first of the kind in the time
    said, else the next one still ahead (the last one when none is)."""
    ids = set(q.lectures) | set(q.tutorials)
    kinds = with_qa_slots(sorted(q.kinds & set(SESSION_KINDS)), view.schedule)
    timed = sorted((e for e in view.timed if e.id in ids or (not ids and e.kind in kinds)),
                   key=lambda e: (e.start, e.id))
    if q.time.window is not None:
        timed = in_window(timed, q.time.window, reader.now)
    elif not ids:
        timed = [e for e in still_ahead(view, timed, reader.now)] or timed[-1:]
    return [e for e in timed if timed and e.start == timed[0].start]


def answer_session_bound(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a yes/no asks of one session (by id or kind, no deadline) whether it
    starts or ends before, by or after one clock time; then Yes/No with how far apart."""
    if not q.asks_yes_no or q.coursework or "deadline" in q.kinds or _EVERY.search(q.text):
        return None
    if not (q.lectures or q.tutorials) and len(q.kinds & set(SESSION_KINDS)) != 1:
        return None
    bound = _bound(q)
    if bound is None:
        return None
    side, hours, minute = bound
    asked = _asked(q, view, reader)
    if not asked:
        return None
    ends = bool(_ENDS.search(q.text))
    at = asked[0].end if ends else asked[0].start
    if at is None:
        return None
    zones = zones_meant(q, view, reader)
    zone = reader.tz if reader.tz in zones else zones[0]
    lead = compared_lead(at.astimezone(zone), at.astimezone(view.tz).date(), side, hours, minute)
    verdict, rest = lead.split(", ", 1)
    lead = W.BOUND_SESSION.format(verdict=verdict, rest=rest,
                                  edge=W.BOUND_SESSION_EDGES["end" if ends else "start"])
    return Reply("schedule", True, 0.85, "\n".join([lead, *view.event_lines(asked, reader)]),
                 asked)
