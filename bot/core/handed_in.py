"""A hand-in time the writer states, checked against the deadline ("the system shows I submitted
cw3 at 2:30pm my time (NY) on march 9, was that before the deadline?"): the time read in the
zone it is said in (a zone named, else the asker's), on the day said (else the deadline's
day there), and said plainly to be before or after the deadline."""

from __future__ import annotations

from datetime import datetime, tzinfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.hand_in_said import (
    DAY_SAID,
    asks_if_late,
    planned_hand_in,
    said_clock,
    states_hand_in,
)
from bot.core.timefmt import elapsed, format_clock, format_day, format_duration
from bot.core.understand import Query
from bot.core.when import states_month
from bot.core.zones import zone_said
from bot.schedule.model import Event


def stated_hand_in(q: Query, deadline: Event, reader: Reader) -> tuple[datetime, tzinfo] | None:
    """The instant the writer says they handed in, and the zone they said it in; None when
    the question states no hand-in time or does not ask whether it was in time."""
    raw = q.raw.lower()
    if not states_hand_in(raw):
        return None
    clock = said_clock(raw)
    assert clock is not None
    zone = zone_said(raw, reader.tz) or reader.tz
    window = q.time.window
    due = deadline.start.astimezone(zone).date()
    day = (window.start.date() if window is not None and window.granularity == "day"
           else due)
    if day != due and day.weekday() == due.weekday() and not (
            DAY_SAID.search(raw) or states_month(raw)):
        # "on the friday" said of a task due on a friday: that friday, not the nearest one
        day = due
    return datetime.combine(day, clock, zone), zone


def verdict(q: Query, deadline: Event, view: CourseView, reader: Reader) -> tuple[str, bool] | None:
    """What a stated hand-in time was against the deadline, and whether it was late."""
    stated = stated_hand_in(q, deadline, reader)
    if stated is None:
        return None
    when, zone = stated
    said = f"{format_day(when)}, {format_clock(when)}"
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
    # (the verdict answers the question as asked: "is that late?" is yes when it was late)
    if (asked_late := asks_if_late(q.raw)) is not None:
        text = f"{W.CONFIRM_YES if late == asked_late else W.CONFIRM_NO} {text}"
    return text, late

