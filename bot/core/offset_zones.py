"""A zone said as an offset from a place in words ("I'm 1 hour ahead of London", "we're five
hours behind UK time", "estamos dos horas por detrás de Londres"). The place keeps its own
clock changes: one hour ahead of London is UTC+1 in winter and UTC+2 in summer, so the zone
is the place's zone moved by the hours said, not a fixed UTC offset."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.text import NUMBER_WORDS

# Counts of hours in the languages the bot half-reads (English's from the lexicon's numbers).
_FOREIGN_NUMBERS = {
    "ein": 1, "eine": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}
HOUR_COUNTS: dict[str, int] = {
    **{w: n for w, n in NUMBER_WORDS.items() if 0 < n <= 14 and w.isalpha()
       and not w.endswith(("st", "nd", "rd", "th"))},
    "an": 1, "a": 1, **_FOREIGN_NUMBERS}
NUMBER = r"\d{1,2}|" + "|".join(sorted(HOUR_COUNTS, key=len, reverse=True))
UNIT = r"(?:hours?|hrs?|h|stunden?|std|horas?|heures?)"
# The writer's clock later than the place's, or earlier, said after the hours.
AHEAD = (r"ahead of|in front of|later than|vor|por delante de|adelantad[oa]s? (?:con )?"
         r"(?:respecto a|de)|más que|mas que|d'avance sur|en avance sur|de plus que")
BEHIND = (r"behind|earlier than|hinter|por detrás de|por detras de|detrás de|detras de|"
          r"atrasad[oa]s? (?:con )?(?:respecto a|de)|menos que|de retard sur|en retard sur|"
          r"de moins que")
# The same said of the place, after it ("london is 2 hours behind us", "london eine stunde
# voraus"): the writer's side is the other one.
PLACE_AHEAD = r"ahead of (?:me|us)|voraus"
PLACE_BEHIND = r"behind (?:me|us)|hinterher|zurück"


def hours_said(word: str) -> int | None:
    """The count of hours a word or digits say, 1 to 14; None otherwise."""
    n = int(word) if word.isdigit() else HOUR_COUNTS.get(word)
    return n if n is not None and 0 < n <= 14 else None


class OffsetFrom(tzinfo):
    """The zone `hours` ahead of `base` (behind when negative), at every date: the base's
    own offset at that moment moved by the hours."""

    def __init__(self, base: ZoneInfo, hours: int) -> None:
        self.base, self.hours = base, hours
        self._delta = timedelta(hours=hours)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return self.base.utcoffset(None) or timedelta()  # (as a zone without a date)
        at_base = (dt.replace(tzinfo=None) - self._delta).replace(tzinfo=self.base)
        return (at_base.utcoffset() or timedelta()) + self._delta

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def fromutc(self, dt: datetime) -> datetime:
        there = dt.replace(tzinfo=UTC).astimezone(self.base)
        return (there.replace(tzinfo=None) + self._delta).replace(tzinfo=self)

    def tzname(self, dt: datetime | None) -> str:
        # "London time + 1 hour": what the writer said, whatever UTC offset it comes to
        place = self.base.key.rsplit("/", 1)[-1].replace("_", " ")
        n = abs(self.hours)
        return W.ZONE_FROM_PLACE.format(place=place, sign="+" if self.hours > 0 else "-",
                                        amount=W.HOURS_COUNT[n == 1].format(n=n))

    def __str__(self) -> str:  # the name zones.zone_named reads back ("Europe/London+01:00")
        return f"{self.base.key}{'+' if self.hours > 0 else '-'}{abs(self.hours):02d}:00"

    __repr__ = __str__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetFrom) and (other.base, other.hours) == (self.base,
                                                                               self.hours)

    def __hash__(self) -> int:
        return hash((self.base.key, self.hours))

    def __reduce__(self):  # (copied and pickled like the zones it stands beside)
        return OffsetFrom, (self.base, self.hours)


NAMED_BACK = re.compile(r"(?P<key>[A-Za-z_]+(?:/[A-Za-z_+-]+)+?)(?P<sign>[+-])(?P<h>\d\d):00")


def offset_named(name: str) -> OffsetFrom | None:
    """The zone `str(OffsetFrom)` named ("Europe/London+01:00"); None for any other name."""
    m = NAMED_BACK.fullmatch(name)
    if m is None or m.group("key").startswith("Etc/"):
        return None
    hours = int(m.group("h")) * (1 if m.group("sign") == "+" else -1)
    return OffsetFrom(ZoneInfo(m.group("key")), hours) if 0 < abs(hours) <= 14 else None
