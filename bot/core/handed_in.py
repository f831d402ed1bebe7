"""A hand-in time the writer states, checked against the deadline ("the system shows I submitted
cw3 at 2:30pm my time (NY) on march 9, was that before the deadline?"): the time read in the
zone it is said in (a zone named, else the asker's), on the day said (else the deadline's
day there), and said plainly to be before or after the deadline."""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.timefmt import elapsed, format_day, format_duration, zone_abbrev
from bot.core.understand import Query
from bot.core.when import clock_minute, clock_readings
from bot.core.zones import zone_said
from bot.schedule.model import Event

# What one did with the work, said in the past ("submitted", "uploaded it", "handed in").
_HANDED = re.compile(r"\b(?:submitted|uploaded|handed (?:\w+ )?in|turned (?:\w+ )?in|"
                     r"(?:my )?submission (?:went through|was|is|shows|says))\b")
# Asking whether it was in time.
_IN_TIME_ASKED = re.compile(r"\b(?:before|after|in time|on time|late|too late|made it|"
                            r"make it|count(?:s|ed)? as late|within)\b")
def _clock(raw: str) -> time | None:
    """The clock time said, when it has one reading ("2:30pm", "18:59"); a bare "at 7" could
    be morning or evening, so no hand-in time is read from it."""
    hours = clock_readings(raw)
    if len(hours) != 1:
        return None
    minute = clock_minute(raw)
    return time(next(iter(hours)), minute) if 0 <= minute <= 59 else None


def stated_hand_in(q: Query, deadline: Event, reader: Reader) -> tuple[datetime, tzinfo] | None:
    """The instant the writer says they handed in, and the zone they said it in; None when
    the question states no hand-in time or does not ask whether it was in time."""
    raw = q.raw.lower()
    if not (_HANDED.search(raw) and _IN_TIME_ASKED.search(raw)):
        return None
    clock = _clock(raw)
    if clock is None:
        return None
    zone = zone_said(raw, reader.tz) or reader.tz
    window = q.time.window
    day = (window.start.date() if window is not None and window.granularity == "day"
           else deadline.start.astimezone(zone).date())
    return datetime.combine(day, clock, zone), zone


def verdict(q: Query, deadline: Event, view: CourseView, reader: Reader) -> tuple[str, bool] | None:
    """What a stated hand-in time was against the deadline, and whether it was late."""
    stated = stated_hand_in(q, deadline, reader)
    if stated is None:
        return None
    when, zone = stated
    said = f"{format_day(when)}, {when:%H:%M} {zone_abbrev(when)}"
    converted = view.instant(when, reader)
    delta = elapsed(deadline.start, when)
    late = delta.total_seconds() > 0
    text = (W.HANDED_IN_LATE if late else W.HANDED_IN_IN_TIME).format(
        said=said, converted=converted, gap=format_duration(abs(delta)), id=deadline.id)
    if converted.startswith(said):
        text = text.replace(f" ({converted})", "")
    return text, late
