"""Whether a message tells of something as missing where it should be ("N13 is missing",
"slides for lecture 5 aren't up yet?", "can't find the week 4 notes"): gone, skipped over,
not found or not up. Said of a thing the page does not list, perhaps an omission of the
page's; said of one it lists, perhaps not uploaded: either way a person can check, the bot
cannot. Words of English only."""

from __future__ import annotations

import re

_REPORTED_MISSING = re.compile(
    r"\b(?:missing|skip(?:s|ped|ping)?|jumps?|jumped|gone|disappeared|vanished|not there|"
    r"(?:isn'?t|aren'?t|is not|are not|not) (?:up|there|online|posted|uploaded|available)"
    r"(?:loaded)?|never (?:got )?(?:posted|uploaded)|(?:still )?(?:hasn'?t|haven'?t|has not|"
    r"have not) been (?:posted|uploaded|put up|released)|no sign of|"
    r"can'?t find|cannot find|couldn'?t find|where did\b[^.?!]{0,30}\bgo)\b"
    r"|\bgoes (?:straight )?from\b")


def reported_missing(text: str) -> bool:
    """Whether `text` tells of a thing as missing or not up."""
    return bool(_REPORTED_MISSING.search(text.lower().replace("\u2019", "'")))
