"""The clock time asked of a kind's events, not their date ("which deadline is latest in the
day", "what time does the earliest session start", "which tutorial finishes latest"): the
earliest or latest time of day among the dated ones, and when they all share one time, that
they do. Computed from the page's times in the asker's zone."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import by_start
from bot.core.timefmt import format_clock
from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS

_EDGE = r"(?:latest|earliest|last|first)"
# The time of day asked by its edge: "latest in the day", "earliest time", "starts earliest",
# "finishes latest", "earliest-starting"; not "latest deadline" nor "last session" (a date),
# nor "first time using teams".
_CLOCK_EDGE = re.compile(
    rf"\b{_EDGE}\s+(?:in|of) (?:the|a) day\b"
    rf"|\b(?:latest|earliest)\s+(?:time(?: of day)?|hour|clock time|o ?clock)\b"
    rf"|\b(?:starts?|starting|begins?|beginning|kicks? off|finish(?:es)?|finishing|ends?|"
    rf"ending|wraps? up|due|is due|are due)\s+(?:the\s+|at the\s+)?(?:latest|earliest)\b"
    rf"|\b(?:latest|earliest)[- ](?:starting|finishing|ending|running)\b"
    rf"|\b(?:latest|earliest) (?:an?|any) \w+(?: \w+)? (?:ever )?(?:starts?|begins?|"
    rf"finish(?:es)?|ends?|is due)\b")
_LATEST = re.compile(r"\b(?:latest|last)\b")
_ENDS = re.compile(r"\b(?:finish(?:es|ing)?|ends?|ending|wraps? up|over by|runs? (?:latest|"
                   r"the latest)|latest[- ](?:finishing|ending|running))\b")
_DUE = re.compile(r"\b(?:due|deadlines?|hand[- ]?ins?|submissions?)\b")
# "the latest time i can submit" asks one deadline's hour, "latest time to drop": no edge
# among many is asked when one thing is named (the one's own handler answers it)


def answer_time_of_day(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The earliest or latest clock time of the dated events of the kind asked (deadlines
    when a deadline is asked, else the sessions); None unless such an edge is asked of
    several, with no one thing named."""
    m = _CLOCK_EDGE.search(q.text)
    if m is None or len(q.coursework) == 1 or len(q.tutorials) == 1 or len(q.lectures) == 1:
        return None
    if q.time.window is not None and q.time.window.granularity == "day":
        return None  # ("what's the earliest time tomorrow": that day's, not the course's)
    if "deadline" in q.kinds or (not q.kinds and _DUE.search(q.text)):
        named = ["deadline"]
    else:
        named = sorted(q.kinds.intersection(SESSION_KINDS)) or sorted(SESSION_KINDS)
    kinds = with_qa_slots(named, view.schedule)
    latest = bool(_LATEST.search(m.group(0)))
    ends = bool(_ENDS.search(q.text)) and named != ["deadline"]
    dated = [e for e in view.timed if e.kind in kinds and (e.end if ends else e.start)]
    if len(dated) < 2:
        return None

    def clock(e) -> tuple[int, int]:
        t = (e.end if ends else e.start).astimezone(reader.tz)
        return (t.hour, t.minute)

    what = W.EVENT_KIND_NAMES[named[0]] if len(named) == 1 else W.CLASH_SESSIONS
    intent = "deadline" if named == ["deadline"] else "schedule"
    first = dated[0].end if ends else dated[0].start
    if len({clock(e) for e in dated}) == 1:
        verb = W.CLOCK_VERBS["end" if ends else "due" if intent == "deadline" else "start"]
        text = W.CLOCK_ALL_SAME.format(count=len(by_start(dated)), what=what, verb=verb,
                                       clock=format_clock(first.astimezone(reader.tz)))
        return Reply(intent, True, 0.85, text, dated)
    edge = max if latest else min
    best = edge(clock(e) for e in dated)
    chosen = [e for e in dated if clock(e) == best]
    at = (chosen[0].end if ends else chosen[0].start).astimezone(reader.tz)
    lead = W.CLOCK_EDGE.format(
        which=W.CLOCK_LATEST if latest else W.CLOCK_EARLIEST, what=what,
        point=W.CLOCK_ENDS if ends else (W.CLOCK_DUE if intent == "deadline"
                                          else W.CLOCK_STARTS),
        clock=format_clock(at))
    return Reply(intent, True, 0.85, "\n".join([lead, *view.event_lines(chosen, reader)]),
                 chosen)
