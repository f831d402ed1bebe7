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
from bot.core.when import clock_minute, clock_readings, states_month
from bot.core.zones import zone_said
from bot.schedule.model import Event

# What one did with the work, said in the past ("submitted", "uploaded it", "handed in").
_HANDED = re.compile(r"\b(?:submitted|uploaded|handed (?:\w+ )?in|turned (?:\w+ )?in|"
                     r"(?:my )?submission (?:went through|was|is|shows|says))\b")
# The same said as a plan ("if i hand it in at 6:45", "submitting at 18:50 is ok?").
_WILL_HAND = re.compile(r"\b(?:if (?:i|we) (?:hand|submit|upload|turn)|(?:i|we)(?: will|'ll|ll|"
                        r" can| could) (?:hand|submit|upload|turn)|(?:hand|submit|upload)(?:ing)?"
                        r"(?: \w+)? (?:in )?at)\b")
# Asking whether it was in time.
_IN_TIME_ASKED = re.compile(r"\b(?:before|after|in time|on time|late|too late|made it|"
                            r"make it|count(?:s|ed)? as late|within)\b")
# ... or whether it would be, of a plan ("im fine right?", "is that ok").
_WOULD_DO = re.compile(r"\b(?:fine|ok|okay|safe|alright|good|enough|still count)\b")
# A day of the month said ("the 23rd", "9/3"); with a month, `states_month` reads it.
_DAY_SAID = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b")


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
    if not states_hand_in(raw):
        return None
    clock = _clock(raw)
    assert clock is not None
    zone = zone_said(raw, reader.tz) or reader.tz
    window = q.time.window
    due = deadline.start.astimezone(zone).date()
    day = (window.start.date() if window is not None and window.granularity == "day"
           else due)
    if day != due and day.weekday() == due.weekday() and not (
            _DAY_SAID.search(raw) or states_month(raw)):
        # "on the friday" said of a task due on a friday: that friday, not the nearest one
        day = due
    return datetime.combine(day, clock, zone), zone


def states_hand_in(raw: str) -> bool:
    """Whether a hand-in time is said and asked to be checked: the time is then the writer's
    own, not a premise about when the task is due ("if i hand in at 6:45pm im fine right?")."""
    raw = raw.lower()
    planned = planned_hand_in(raw)
    return bool((_HANDED.search(raw) or planned) and _clock(raw) is not None and (
        _IN_TIME_ASKED.search(raw) or planned and _WOULD_DO.search(raw)))


def planned_hand_in(raw: str) -> bool:
    """Whether the hand-in time is a plan ("if i hand in at 6:45pm"), not one done."""
    return bool(_WILL_HAND.search(raw)) and not _HANDED.search(raw)


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
    if planned_hand_in(q.raw.lower()):
        wordings = (W.HAND_IN_WOULD_BE_LATE, W.HAND_IN_WOULD_BE_IN_TIME)
    else:
        wordings = (W.HANDED_IN_LATE, W.HANDED_IN_IN_TIME)
    text = (wordings[0] if late else wordings[1]).format(
        said=said, converted=converted, gap=format_duration(abs(delta)), id=deadline.id)
    if converted.startswith(said):
        text = text.replace(f" ({converted})", "")
    return text, late
