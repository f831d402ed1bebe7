"""Whose clock a time is in ("is the 10am in my time or uk time?"): the asker doubts the
zone of the page's times, so the answer keeps the asker's own zone (the course's shown
beside it) and says that the page's times are course time."""

from __future__ import annotations

import re

from bot.core.text import normalize
from bot.core.zones import find_zone

# "my time or uk time", "local time or london time", "uk time or mine", "my timezone or
# yours": the asker's own zone set against another, as a choice.
_MINE = r"(?:my|local|our) (?:own )?(?:time ?zone|time|zone)|mine|for me|where i am"
_OTHER = r"(?:\w+ ){0,2}(?:time ?zone|time|zone)|yours|theirs|the course'?s"
_WHOSE = re.compile(rf"\b(?:{_MINE}),? or (?:in )?(?:{_OTHER})\b"
                    rf"|\b(?:{_OTHER}),? or (?:in )?(?:{_MINE})\b")


def asks_whose_zone(message: str) -> bool:
    """The message asks whether a time is in the asker's zone or another one."""
    return _WHOSE.search(normalize(message)) is not None


# A yes/no whether a time is in a zone: "is the 10am q&a in uk time?", "the deadline is
# london time right?", "are those times gmt?": the zone named is doubted like a choice of two.
_ZONE_WORDS = r"(?:\w+ ){1,2}(?:time ?zone|time)|gmt|bst|utc|cet"
_IN_ZONE_ASKED = re.compile(
    rf"(?:^|[.!?,;]\s*)(?:(?:so|and|but|also|ok|hi|hey)\s+)*(?:is|are|was|were|will)\b"
    rf"[^.!?]{{0,80}}?\b(?:in |on )?(?:{_ZONE_WORDS})\s*(?:\?|$|,|or not\b)"
    rf"|\b(?:is|are|that'?s|thats|it'?s|its) (?:in |on )?(?:{_ZONE_WORDS}),? "
    rf"(?:right|yeah|yes|correct|isn'?t it|innit|no)\b")


# A clock time right before the zone ("at 11 in new york time"): that time said in that zone
_CLOCK_BEFORE = re.compile(r"\d(?::\d\d)?\s*(?:am|pm)?\s+(?:in |on )?(?:the )?$")


def asks_if_in_zone(message: str) -> bool:
    """The message asks yes or no whether a time is in a zone ("... in UK time?"); not a
    clock time said in a zone ("is it at 11 in new york time?" chooses that zone)."""
    if _IN_ZONE_ASKED.search(normalize(message)) is None:
        return False
    raw = message.lower()  # (normalising drops clock times: looked for in the words written)
    named = find_zone(raw)
    return named is None or _CLOCK_BEFORE.search(raw[:named[1][0]]) is None
