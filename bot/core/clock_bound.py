"""A clock time said as a bound, not as the time itself: "before midnight", "by 8pm",
"earlier than 17:00", "after 6". A yes/no with such a bound is answered by comparing the
time of day in the zone it is read in, not by checking equality."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core import wording as W
from bot.core.timefmt import format_duration, zone_abbrev
from bot.core.when import shown_hour

# The bound word right before a clock time (in the text with clock words read as digits).
_BOUND = re.compile(r"\b(?P<side>before|by|until|till|til|earlier than|sooner than|prior to|"
                    r"ahead of|no later than|not later than|at the latest|after|later than|"
                    r"past|beyond)\s+(?:the\s+)?$")
_BEFORE = frozenset({"before", "earlier than", "sooner than", "prior to", "ahead of"})
_BY = frozenset({"by", "until", "till", "til", "no later than", "not later than",
                 "at the latest"})
_DAY = 24 * 60


def bound_side(text: str, at: int) -> str | None:
    """"before", "by" or "after" when a bound word comes right before position `at`."""
    m = _BOUND.search(text[:at])
    if m is None:
        return None
    side = m.group("side")
    return "before" if side in _BEFORE else "by" if side in _BY else "after"


def compared_lead(due: datetime, page_day: date, side: str, hours: frozenset[int],
                  minute: int) -> str:
    """The Yes/No lead for a time `due` (already in the zone asked) set against the bound,
    on the day the page gives it (`page_day`, course time): in a zone where it falls on the
    next day, 04:00 there is after midnight, not before it. "Yes, 1 hour before midnight
    (GST):", "No, 2 hours after 20:00 (GMT):"."""
    hour = shown_hour(hours)
    said_min = hour * 60 + minute
    due_min = due.hour * 60 + due.minute + (due.date() - page_day).days * _DAY
    midnight = said_min == 0
    said = W.MIDNIGHT if midnight else f"{hour:02d}:{minute:02d}"
    if midnight:
        said_min = _DAY  # the midnight that ends the day ("before/after midnight")
    zone = zone_abbrev(due)
    if due_min == said_min:
        return W.BOUND_EXACTLY.format(verdict=W.YES if side == "by" else W.NO, said=said,
                                      zone=zone)
    holds = due_min < said_min if side in ("before", "by") else due_min > said_min
    return W.BOUND_COMPARED.format(
        verdict=W.YES if holds else W.NO,
        gap=format_duration(timedelta(minutes=abs(said_min - due_min))),
        side=W.BOUND_SIDES["before" if due_min < said_min else "after"], said=said, zone=zone)
