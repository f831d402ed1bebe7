"""What a message says of handing in: a hand-in time stated and asked to be checked ("i
submitted at 2:30pm, was that before the deadline?"), or the present time said and whether
there is still time asked ("it's 6:45pm will i make it"). Words only: checking them against
a deadline is `handed_in`'s."""

from __future__ import annotations

import re
from datetime import time

from bot.core.when import clock_minute, clock_readings

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
# Which way the yes/no asks: of lateness ("is that late?", "did i miss it?") or of being in
# time ("was that before the deadline?", "did i make it?").
_LATE_ASKED = re.compile(r"\b(?:late|after|miss(?:ed)?)\b")
_ON_TIME_ASKED = re.compile(r"\b(?:before|in time|on time|made it|make it|within|fine|ok|"
                            r"okay|safe|alright|good|enough|still count)\b")
# ... or whether it would be, of a plan ("im fine right?", "is that ok").
_WOULD_DO = re.compile(r"\b(?:fine|ok|okay|safe|alright|good|enough|still count)\b")
# A day of the month said ("the 23rd", "9/3"); with a month, `states_month` reads it.
DAY_SAID = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b")


def said_clock(raw: str) -> time | None:
    """The clock time said, when it has one reading ("2:30pm", "18:59"); a bare "at 7" could
    be morning or evening, so no hand-in time is read from it."""
    hours = clock_readings(raw)
    if len(hours) != 1:
        return None
    minute = clock_minute(raw)
    return time(next(iter(hours)), minute) if 0 <= minute <= 59 else None


def states_hand_in(raw: str) -> bool:
    """Whether a hand-in time is said and asked to be checked: the time is then the writer's
    own, not a premise about when the task is due ("if i hand in at 6:45pm im fine right?")."""
    raw = raw.lower()
    planned = planned_hand_in(raw)
    return bool((_HANDED.search(raw) or planned) and said_clock(raw) is not None and (
        _IN_TIME_ASKED.search(raw) or planned and _WOULD_DO.search(raw)))


def asks_if_late(raw: str) -> bool | None:
    """Whether the hand-in question asks if it was late (True) or in time (False); None
    when it asks both ways ("before or after the deadline?")."""
    raw = raw.lower()
    late, on_time = bool(_LATE_ASKED.search(raw)), bool(_ON_TIME_ASKED.search(raw))
    return None if late == on_time else late


def planned_hand_in(raw: str) -> bool:
    """Whether the hand-in time is a plan ("if i hand in at 6:45pm"), not one done."""
    return bool(_WILL_HAND.search(raw)) and not _HANDED.search(raw)


# The writer's present time said ("it's 6:45pm", "its 18:50 now", "6:50pm here"): a clock
# time, not one the work was handed in at or is planned for.
_NOW_SAID = re.compile(r"\b(?:it'?s|it is|now|currently|right now|here)\b")
# Asking whether there is still time ("will i make it", "can i still make it", "am i too
# late", "is there still time"), said of nothing named.
_STILL_TIME = re.compile(r"\b(?:make it|in time|on time|too late|still (?:submit|hand|upload|"
                         r"get it in|have time|ok|okay|fine)|(?:still|enough) time|"
                         r"(?:am i|is it|im|i'm) late)\b")


def asks_time_left_now(raw: str) -> bool:
    """A time-only message sent near a deadline ("it's 6:45pm will I make it", "its 18:50 now,
    can I still make it??"): the writer's present time said and whether there is still time
    asked. What it is about is the deadline closest ahead, not a circumstance of the writer's
    (no hand-in time is stated: that is `states_hand_in`'s)."""
    raw = raw.lower()
    return (said_clock(raw) is not None and bool(_NOW_SAID.search(raw))
            and bool(_STILL_TIME.search(raw)) and not states_hand_in(raw))
