"""Whether a question asks if one is late for a session ("am i late for the q&a", "running
late to the tutorial, still worth joining?"): read by the pipeline (a timetable question,
whatever the classifier took "late" for) and answered by `handlers.late_for`."""

from __future__ import annotations

import re

from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS

# "am i (too) late for/to the ...", "will i be late", "running late", "join late"
_LATE_FOR = re.compile(
    r"\b(?:am i|are we|r we|im|i'?m|will i be|would i be|is it|i'?ll be)\s+(?:\w+\s+)?"
    r"(?:too |very |really |super |so |a bit |already )?late (?:for|to)\b"
    r"|\brunning late (?:for|to)\b")


def asks_late_for_session(q: Query) -> bool:
    """A session kind (or tutorial) named, no coursework, and lateness asked of oneself."""
    named = q.kinds.intersection(SESSION_KINDS) or q.tutorials
    if q.coursework or "deadline" in q.kinds or not named:
        return False
    return _LATE_FOR.search(q.raw.lower()) is not None
