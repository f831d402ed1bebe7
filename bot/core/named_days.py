"""Days known by a name rather than a date ("valentine's day", "pancake day", "christmas
eve"): general calendar knowledge, not a course fact, read as the date they name.

Fixed days are a month and a day; movable ones are counted from Easter Sunday of the
year (Shrove Tuesday is 47 days before it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.core.any_of import any_of

# A fixed day's (month, day), or a movable day's count of days from Easter Sunday.
Rule = tuple[int, int] | int

# name pattern -> its rule
_FIXED: dict[str, tuple[int, int]] = {
    r"new years? day|new year'?s day": (1, 1),
    r"(?:st\.? |saint )?valentine'?s'? day|valentines": (2, 14),
    r"(?:st\.? |saint )?patrick'?s day|paddy'?s day": (3, 17),
    r"april fools'? day|april fool'?s day": (4, 1),
    r"hallowe'?en": (10, 31),
    r"bonfire night|guy fawkes'? (?:day|night)": (11, 5),
    r"christmas eve|xmas eve": (12, 24),
    r"christmas day|xmas day|(?:christmas|xmas)(?! (?:break|holidays?|hols|vacation|period|term))":
        (12, 25),
    r"boxing day": (12, 26),
    r"new years? eve|new year'?s eve|hogmanay": (12, 31),
}
_MOVABLE: dict[str, int] = {
    r"shrove tuesday|pancake day|pancake tuesday|mardi gras": -47,
    r"ash wednesday": -46,
    r"mothering sunday|mother'?s day": -21,
    r"palm sunday": -7,
    r"maundy thursday": -3,
    r"good friday": -2,
    r"easter sunday|easter day": 0,
    r"easter monday": 1,
}
_NAMES: list[tuple[re.Pattern[str], Rule]] = [
    (re.compile(rf"\b(?:{p})(?!\w)"), v) for p, v in (*_FIXED.items(), *_MOVABLE.items())]
# (every message's time is read for a named day, and almost none names one)
_ANY_NAME = any_of(p for p, _ in _NAMES)


def easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def find_named_day(text: str) -> tuple[tuple[int, int], Rule] | None:
    """The first named day in `text`: its span and its rule (a (month, day) pair or a
    count of days from Easter)."""
    if not _ANY_NAME.search(text):
        return None
    found = [(m.span(), rule) for pattern, rule in _NAMES if (m := pattern.search(text))]
    if not found:
        return None
    # the earliest, and of those the longest ("christmas eve" over "christmas")
    return min(found, key=lambda f: (f[0][0], f[0][0] - f[0][1]))


def named_day_in(rule: Rule, year: int) -> date:
    """The date a named day's rule gives in `year`."""
    if isinstance(rule, tuple):
        return date(year, *rule)
    return easter(year) + timedelta(days=rule)
