"""How many coming items a question asks for: "the next two deadlines", "next couple of
tutorials", "next 3 things on my calendar". A span of time ("the next 2 weeks", "next three
tuesdays") is a window, not a count, and is left to the time parser."""
from __future__ import annotations

import re

# Cardinals only: "next second" or "next 2nd" name a position, not a number of items.
_CARDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "couple": 2, "few": 3}
_UNITS = (r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|nights?|weeks?|wks?|months?|"
          r"years?|terms?|weekends?|(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?s?)")
_NEXT_N = re.compile(rf"\bnext (\d{{1,2}}|{'|'.join(_CARDINALS)})(?: of)? (?!{_UNITS}\b)[a-z&]")


def count_asked(text: str) -> int | None:
    """The number of next items asked for (two or more), or None when no number is."""
    m = _NEXT_N.search(text.lower())
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _CARDINALS[m.group(1)]
    return n if n >= 2 else None
