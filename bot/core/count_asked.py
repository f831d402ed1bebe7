"""How many items a question asks for, coming or past: "the next two deadlines", "next couple
of tutorials", "next 3 things on my calendar"; "the last two tutorials", "the previous three
Q&As", "the two most recent lectures". A span of time ("the next 2 weeks", "the past three
days") is a window, not a count, and is left to the time parser."""
from __future__ import annotations

import re

from bot.core.text import number_value

# Cardinals only: "next second" or "next 2nd" name a position, not a number of items; a
# "couple" and a "few" are read as two and three.
_LOOSE = {"couple": 2, "few": 3}
_CARDINALS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", *_LOOSE)
_UNITS = (r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|nights?|weeks?|wks?|months?|"
          r"years?|terms?|weekends?|(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?s?)")
_N = rf"(\d{{1,2}}|{'|'.join(_CARDINALS)})"
_NEXT_N = re.compile(rf"\bnext {_N}(?: of)? (?!{_UNITS}\b)[a-z&]")
# "the last two", "the previous 3", "the past couple of", "the latest two", "the most recent
# three"; or the number first: "the two most recent", "the 3 latest", "the two previous".
_PAST = r"(?:last|previous|past|latest|most recent|recent|final|very last)"
_PAST_N = re.compile(rf"\b{_PAST} {_N}(?: of)?(?: the)? (?!{_UNITS}\b)[a-z&]"
                     rf"|\b{_N} {_PAST}(?: ones?)?(?: of)?(?: the)? (?!{_UNITS}\b)[a-z&]")


# "the final three", "the last two ... of the course": the course's last ones, over or not,
# not the most recent before now.
_COURSE_END = re.compile(r"\b(?:final|very last)\b|\b(?:of|in) (?:the|this) (?:whole |entire )?"
                         r"(?:course|module|term|semester|class|subject)\b")


# "when are the last two q&as", "what will the last couple of lectures be": "last" asked in
# the present or future is the course's last ones; "the last two ... were" are the recent.
# (the verb asks of them: "only the last 2 count?? is that true" is a claim about marks)
_AHEAD_LAST = re.compile(r"\b(?:are|will|'ll)(?: \w+){0,2} (?:the )?last\b")
_PAST_TENSE = re.compile(r"\b(?:was|were|did|had|have|has|missed|went|ago|so far|already)\b")


def course_end_asked(text: str) -> bool:
    """Whether a count of last items is over the whole course ("the final two tutorials",
    "when are the last two q&as")."""
    low = text.lower()
    return bool(_COURSE_END.search(low)
                or (_AHEAD_LAST.search(low) and not _PAST_TENSE.search(low)))


def _number(word: str) -> int:
    value = _LOOSE.get(word) or number_value(word)
    if value is None:
        raise ValueError(f"not a number: {word!r}")  # (the patterns take numbers only)
    return value


def count_asked(text: str) -> int | None:
    """The number of next items asked for (two or more), or None when no number is."""
    m = _NEXT_N.search(text.lower())
    if m is None:
        return None
    n = _number(m.group(1))
    return n if n >= 2 else None


def past_count_asked(text: str) -> int | None:
    """The number of most recent items asked for ("the last two tutorials"; two or more),
    or None when no number is."""
    m = _PAST_N.search(text.lower())
    if m is None:
        return None
    n = _number(m.group(1) or m.group(2))
    return n if n >= 2 else None


# "the first four lectures", "the opening 3 tutorials", "the two first q&as": the course's
# first that many (a span, "the first 2 weeks", is a window).
_FIRST_N = re.compile(rf"\b(?:first|opening|earliest) {_N}(?: of)?(?: the)? (?!{_UNITS}\b)[a-z&]"
                      rf"|\b{_N} (?:first|earliest)(?: ones?)?(?: of)?(?: the)? "
                      rf"(?!{_UNITS}\b)[a-z&]")


def first_count_asked(text: str) -> int | None:
    """The number of first items asked for ("the first three lectures"; two or more), or
    None when no number is."""
    m = _FIRST_N.search(text.lower())
    if m is None:
        return None
    n = _number(m.group(1) or m.group(2))
    return n if n >= 2 else None
