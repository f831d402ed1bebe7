"""Whose clock a time is in ("is the 10am in my time or uk time?"): the asker doubts the
zone of the page's times, so the answer keeps the asker's own zone (the course's shown
beside it) and says that the page's times are course time."""

from __future__ import annotations

import re

from bot.core.text import normalize

# "my time or uk time", "local time or london time", "uk time or mine", "my timezone or
# yours": the asker's own zone set against another, as a choice.
_MINE = r"(?:my|local|our) (?:own )?(?:time ?zone|time|zone)|mine|for me|where i am"
_OTHER = r"(?:\w+ ){0,2}(?:time ?zone|time|zone)|yours|theirs|the course'?s"
_WHOSE = re.compile(rf"\b(?:{_MINE}),? or (?:in )?(?:{_OTHER})\b"
                    rf"|\b(?:{_OTHER}),? or (?:in )?(?:{_MINE})\b")


def asks_whose_zone(message: str) -> bool:
    """The message asks whether a time is in the asker's zone or another one."""
    return _WHOSE.search(normalize(message)) is not None
