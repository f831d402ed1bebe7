"""Time zones named inside a question: "in new york time", "in EST", "beijing time"."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta, timezone, tzinfo
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from zoneinfo import TZPATH, ZoneInfo, available_timezones

import yaml

from bot.core.lexicon import FOREIGN_WORDS, FUNCTION_WORDS, MIXED_MARKS
from bot.core.offset_zones import (
    AHEAD,
    BEHIND,
    NUMBER,
    PLACE_AHEAD,
    PLACE_BEHIND,
    UNIT,
    OffsetFrom,
    hours_said,
    offset_named,
)
from bot.core.recent_texts import holds_message_text
from bot.core.text import normalize

# Common abbreviations and names students use; ambiguous ones (CST, IST in Ireland) are
# resolved to the zone most students mean, or left out.
_NAMED = {
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "et": "America/New_York", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pt": "America/Los_Angeles", "mst": "America/Denver",
    "mdt": "America/Denver", "mountain": "America/Denver", "central": "America/Chicago",
    "gmt": "Europe/London", "bst": "Europe/London", "uk": "Europe/London",
    "british": "Europe/London", "utc": "UTC", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "european": "Europe/Paris", "ist": "Asia/Kolkata", "india": "Asia/Kolkata",
    "indian": "Asia/Kolkata", "jst": "Asia/Tokyo", "japan": "Asia/Tokyo",
    "china": "Asia/Shanghai", "chinese": "Asia/Shanghai", "beijing": "Asia/Shanghai",
    "korea": "Asia/Seoul", "kst": "Asia/Seoul", "sgt": "Asia/Singapore",
    "hkt": "Asia/Hong_Kong", "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "greece": "Europe/Athens", "germany": "Europe/Berlin", "france": "Europe/Paris",
    "spain": "Europe/Madrid", "italy": "Europe/Rome", "cyprus": "Asia/Nicosia",
    "pakistan": "Asia/Karachi", "nigeria": "Africa/Lagos", "dubai": "Asia/Dubai",
    "uae": "Asia/Dubai",
    "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "malaysia": "Asia/Kuala_Lumpur",
    "turkey": "Europe/Istanbul", "german": "Europe/Berlin", "french": "Europe/Paris",
    "spanish": "Europe/Madrid",
    "italian": "Europe/Rome", "greek": "Europe/Athens", "dutch": "Europe/Amsterdam",
    "swiss": "Europe/Zurich", "japanese": "Asia/Tokyo", "korean": "Asia/Seoul",
    "australian": "Australia/Sydney", "canadian": "America/Toronto",
    "brazilian": "America/Sao_Paulo", "turkish": "Europe/Istanbul", "russian": "Europe/Moscow",
    "singaporean": "Asia/Singapore", "taiwanese": "Asia/Taipei", "vietnamese": "Asia/Ho_Chi_Minh",
    "la": "America/Los_Angeles", "nyc": "America/New_York", "ny": "America/New_York",
    "sf": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles", "boston": "America/New_York",
    "washington": "America/New_York", "hk": "Asia/Hong_Kong", "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata", "shenzhen": "Asia/Shanghai",
    "hangzhou": "Asia/Shanghai", "guangzhou": "Asia/Shanghai", "taiwan": "Asia/Taipei",
    "new zealand": "Pacific/Auckland", "nz": "Pacific/Auckland",
    "switzerland": "Europe/Zurich", "netherlands": "Europe/Amsterdam", "ireland": "Europe/Dublin",
    "portugal": "Europe/Lisbon", "poland": "Europe/Warsaw", "egypt": "Africa/Cairo",
    "kenya": "Africa/Nairobi", "south africa": "Africa/Johannesburg",
    "saudi arabia": "Asia/Riyadh", "qatar": "Asia/Qatar", "israel": "Asia/Jerusalem",
    "iran": "Asia/Tehran", "bangladesh": "Asia/Dhaka", "sri lanka": "Asia/Colombo",
    "nepal": "Asia/Kathmandu", "philippines": "Asia/Manila", "japan time": "Asia/Tokyo",
    # cities students name that the zone database does not, or names differently
    "joburg": "Africa/Johannesburg", "jozi": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg", "durban": "Africa/Johannesburg",
    "pretoria": "Africa/Johannesburg", "abuja": "Africa/Lagos", "accra": "Africa/Accra",
    "hyderabad": "Asia/Kolkata", "chennai": "Asia/Kolkata", "pune": "Asia/Kolkata",
    "bombay": "Asia/Kolkata", "lahore": "Asia/Karachi", "islamabad": "Asia/Karachi",
    "abu dhabi": "Asia/Dubai", "tel aviv": "Asia/Jerusalem", "beirut": "Asia/Beirut",
    "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "milan": "Europe/Rome", "barcelona": "Europe/Madrid", "geneva": "Europe/Zurich",
    "brisbane": "Australia/Brisbane", "canberra": "Australia/Sydney",
    "auckland": "Pacific/Auckland", "wellington": "Pacific/Auckland",
    "rio": "America/Sao_Paulo", "montreal": "America/Toronto", "ottawa": "America/Toronto",
    "houston": "America/Chicago", "dallas": "America/Chicago", "miami": "America/New_York",
    "atlanta": "America/New_York", "philly": "America/New_York",
    "san diego": "America/Los_Angeles", "silicon valley": "America/Los_Angeles",
    "saigon": "Asia/Ho_Chi_Minh", "hanoi": "Asia/Ho_Chi_Minh",
    "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo", "busan": "Asia/Seoul",
    # the same places in the other languages the bot half-reads
    "england": "Europe/London", "londres": "Europe/London", "angleterre": "Europe/London",
    "inglaterra": "Europe/London", "england time": "Europe/London",
}
# Words that are also place names in the zone database but mean something else in a question.
_NOT_PLACES = {"center", "casey", "davis", "palmer", "troll", "mawson", "vostok", "knox",
               "marengo", "vevay", "winamac", "monticello", "beulah", "petersburg", "eucla",
               "creston", "thule", "stanley", "famagusta", "nome",
               # countries whose names are also people's or places' elsewhere
               "jordan", "chad", "georgia", "jersey", "guernsey", "niger", "turkey"}


def _zone_table(name: str) -> str:
    """One of the zone database's tables (country names, zones by country): the system's,
    else the tzdata package's; "" when neither is installed."""
    for base in TZPATH:
        path = Path(base) / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        return (resources.files("tzdata") / "zoneinfo" / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


@lru_cache(maxsize=1)
def _zone_tab() -> tuple[tuple[str, str], ...]:
    """The zone database's own table: each zone's country code and canonical key."""
    rows = (line.split("\t") for line in _zone_table("zone.tab").splitlines()
            if line and not line.startswith("#"))
    return tuple((fields[0], fields[2]) for fields in rows if len(fields) >= 3)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names for the countries with one zone ("ghana", "peru"), from the zone
    database's own tables: a country with several zones is named only in _NAMED."""
    names = {}
    for line in _zone_table("iso3166.tab").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            code, name = line.split("\t", 1)
            names[code] = re.sub(r"\s*\(.*\)", "", name).strip().lower()
    zones: dict[str, list[str]] = {}
    for code, key in _zone_tab():
        zones.setdefault(code, []).append(key)
    return {names[code]: keys[0] for code, keys in zones.items()
            if len(keys) == 1 and code in names and names[code] not in _NOT_PLACES}


@lru_cache(maxsize=1)
def _regions() -> Mapping[str, Mapping[str, str]]:
    """States, provinces, coasts and countries of several zones (data/regions.yaml): those
    in one zone (`single`) and those whose usual zone is chosen (`spanning`)."""
    return yaml.safe_load((Path(__file__).parent / "data" / "regions.yaml")
                          .read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = dict(_NAMED)
    for table in _regions().values():
        names.update(table)
    # In a fixed order, the zone table's own keys first: a city with an alias
    # ("Asia/Istanbul" beside "Europe/Istanbul") gets the same zone in every process, not
    # whichever the set's hash order gives first.
    canonical = {key for _, key in _zone_tab()}
    for key in sorted(available_timezones(), key=lambda k: (k not in canonical, k)):
        if "/" in key and not key.startswith(("Etc/", "SystemV/", "US/", "Antarctica/")):
            city = key.rsplit("/", 1)[1].replace("_", " ").lower()
            if city not in _NOT_PLACES:
                names.setdefault(city, key)
    for country, key in _countries().items():
        names.setdefault(country, key)
    return names


def _coasts() -> str:
    """The regions that are coasts ("west coast", "east coast of canada"): said with "on
    the" ("I'm on the west coast")."""
    return "|".join(re.escape(n) for n in sorted(
        (n for table in _regions().values() for n in table if "coast" in n),
        key=len, reverse=True))


def spanning_region(text: str) -> str | None:
    """The region of several zones that the zone `find_zone` reads in a normalised text
    stands for ("texas", "the west coast", "canada"), whose usual zone was chosen; None
    when the zone named is one place's."""
    found = find_zone(text)
    if found is None:
        return None
    said = text[found[1][0]:found[1][1]]
    # (the longest name said: "mexico city" is a city, not the country; a name's pattern is
    # compiled only for the few names the span contains, and kept: one re.search per name
    # of hundreds overflowed re's own cache, so every other rule's pattern compiled anew)
    first = next((n for n in _longest_first() if n in said and _as_word(n).search(said)),
                 None)
    return first if first in _regions()["spanning"] else None


@lru_cache(maxsize=1)
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(_names(), key=len, reverse=True))


@cache  # bounded by the place names
def _as_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


def _abbreviations() -> str:
    """The zones' abbreviations ("est", "kst", "aedt"): a name of three or four letters
    ending in "t" (no place and no word such as "uk" or "la")."""
    return "|".join(sorted((n for n in _NAMED if re.fullmatch(r"[a-z]{2,3}t", n)
                            and n not in _ONLY_AS_ZONE), key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    # "in new york time", "new york time", "in est", "for pst", "i'm in toronto", "from china",
    # "just moved to vancouver", "going back to seoul in march"
    # ... and where the writer says they are, opening a sentence: "dhaka here - will i ...",
    # "toronto based, when is ..."
    return re.compile(rf"\b(?:(?:in|for|at) )?({alternatives})(?: (?:time|timezone|time zone))"
                      rf"\b|\b(?:in|for|from|(?:moved|moving|relocated|(?:go|going|gone|heading|flying|"
                      rf"travell?ing|returning|back|be|being)(?: back)?(?: home)?) to) "
                      rf"({alternatives})\b"
                      rf"|\bon the ({_coasts()})\b"
                      rf"|(?:^|(?<=[.!?,;:\u2014-]))\s*({alternatives})(?: here|[ -]based)\b"
                      # a zone's abbreviation alone opening or closing the message ("kst
                      # deadline for cw2??", "est - cw3 due at?", "when is the q&a, pst")
                      rf"|^\W*({_abbreviations()})\b|\b({_abbreviations()})\W*$")


def warm() -> None:
    """Build the zone names' patterns now (about 2 s of CPU: a few thousand alternatives)
    rather than in the first question's answer, which every answering thread then raced
    to build at once."""
    _pattern()
    _anywhere()
    _from_place()


_OFFSET = re.compile(r"\b(?:in |at )?(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?:[:.]?(00|15|30|45))?\b"
                     # an offset written alone, as ISO 8601 writes it ("+0800", "-05:00",
                     # "+5:30"): with its minutes, so that a sum or a phone number is not one
                     r"|(?:^|(?<=[\s(]))(?:in |at )?([+-])(\d{1,2}):?(00|15|30|45)(?![\w:.])")


def zone_name(zone: tzinfo) -> str:
    """A zone's name to compare and show: its IANA key, or for a fixed offset ("utc+5:30",
    which has no key) its own name ("UTC+05:30")."""
    return getattr(zone, "key", None) or str(zone)


def place_name(zone: tzinfo) -> str:
    """A zone as a place is said ("New York" for America/New_York; "New York - 3 hours"
    for one said as hours from it)."""
    if isinstance(zone, OffsetFrom):
        return zone.tzname(None).replace(f"{place_name(zone.base)} time", place_name(zone.base))
    return zone_name(zone).rsplit("/", 1)[-1].replace("_", " ")


_FIXED_NAME = re.compile(r"UTC([+-])(\d\d):(\d\d)")


def zone_named(name: str) -> tzinfo:
    """The zone `zone_name` named: an IANA key, or a fixed offset's own name ("UTC+05:30").
    Raises ZoneInfoNotFoundError (a KeyError) or ValueError for anything else."""
    if (moved := offset_named(name)) is not None:
        return moved
    if m := _FIXED_NAME.fullmatch(name):
        sign = 1 if m.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    return ZoneInfo(name)


def _offset_zone(m: re.Match[str]) -> tzinfo | None:
    """The zone an offset names ("gmt+8", "utc+5:30"); None past the zones' range. Whole
    hours are the Etc zones (which count the other way round: Etc/GMT-8 is eight hours
    ahead of UTC); an offset with minutes is a fixed offset of its own."""
    said, hour, minute = m.groups()[:3] if m.group(1) else m.groups()[3:6]
    hours, minutes = int(hour), int(minute or 0)
    if not 0 < hours * 60 + minutes <= 14 * 60:
        return None
    if minutes:
        sign = 1 if said == "+" else -1
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    return ZoneInfo(f"Etc/GMT{'-' if said == '+' else '+'}{hours}")


@holds_message_text
@lru_cache(maxsize=512)  # a question is read by several parsers; the pattern is large
def find_zone(text: str) -> tuple[tzinfo, tuple[int, int]] | None:
    """The zone a normalised question names, and the span naming it."""
    if (moved := offset_from_place(text)) is not None:
        # ("8 hours behind london (california)": a place named beside it keeps its own rules)
        (a, b), base = moved[1], zone_name(moved[0].base)
        rest = text[:a] + " " * (b - a) + text[b:]
        beside = next((ZoneInfo(_names()[n]) for m in _anywhere().finditer(rest)
                       if (n := m.group(1)) not in _ONLY_AS_ZONE
                       and not _foreign_word_here(n, rest, *m.span())
                       and _names()[n] != base), None)
        return moved if beside is None else (beside, moved[1])
    m = _OFFSET.search(text)
    if m and (zone := _offset_zone(m)) is not None:
        return zone, m.span()
    for m in _pattern().finditer(text):
        name = next(g for g in m.groups() if g)
        if not (m.group(1) or m.group(2)) and _foreign_word_here(name, text, m.start(), m.end()):
            continue  # "ist das tutorial morgen?": the verb, standing where a zone may
        return ZoneInfo(_names()[name]), m.span()
    return None


@lru_cache(maxsize=1)
def _from_place() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"1 hour ahead of london", "5 hrs behind uk time", "eine stunde vor london"; and said of
    the place: "london is 2 hours behind us", "london eine stunde voraus"."""
    places = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    said = re.compile(rf"\b(?P<n>{NUMBER})\s*{UNIT}\s+(?:(?P<ahead>{AHEAD})|(?P<behind>{BEHIND}))"
                      rf"\s+(?:the |la |le |el )?(?P<place>{places})(?: time)?\b")
    of_place = re.compile(rf"\b(?P<place>{places})(?: time)?(?: is| are| ist)?\s+"
                          rf"(?P<n>{NUMBER})\s*{UNIT}\s+(?:(?P<ahead>{PLACE_BEHIND})|"
                          rf"(?P<behind>{PLACE_AHEAD}))(?!\w)")
    return said, of_place


def offset_from_place(text: str) -> tuple[OffsetFrom, tuple[int, int]] | None:
    """The zone said as hours ahead of or behind a place, and the span saying it."""
    for pattern in _from_place():
        for m in pattern.finditer(text):
            n = hours_said(m.group("n"))
            if n is None or m.group("place") in _NOT_PLACES:
                continue
            base = ZoneInfo(_names()[m.group("place")])
            return OffsetFrom(base, n if m.group("ahead") else -n), m.span()
    return None


@lru_cache(maxsize=1)
def _foreign_word_names() -> frozenset[str]:
    """Zone names that are also common words of another language the bot half-reads
    ("ist" German, "est" and "et" French, "la"): from the lexicon's own word lists."""
    return frozenset(n for n in _names() if n in FOREIGN_WORDS or n in FUNCTION_WORDS
                     or n in MIXED_MARKS)


# Where a zone is plausible for such a word: after "in/at/for/my" or a clock time ("15h",
# "18 uhr", "18:00"; not an id's number: "cw2 est"), or before "time".
_ZONE_BEFORE = re.compile(r"(?:\b(?:in|at|for|my)|(?<![^\W\d])\d{1,2}(?:[:.]\d\d)?"
                          r"(?:\s*(?:am|pm|h|uhr))?)\W*$")
_ZONE_AFTER = re.compile(r"^\W*(?:time|timezone|time zone)\b")


def _foreign_word_here(name: str, text: str, start: int, end: int) -> bool:
    """Whether `name`, found at text[start:end], is a word of the message's other
    language rather than a zone: it is one of those words, the message holds another word
    of another language ("ist das tutorial morgen", "le tutorial est demain?"), and it does
    not stand where a zone is said ("in ist", "15h est", "ist time")."""
    if name not in _foreign_word_names():
        return False
    at = text.find(name, start, end)
    at = start if at < 0 else at
    if _ZONE_BEFORE.search(text[:at]) or _ZONE_AFTER.search(text[at + len(name):]):
        return False
    words = re.findall(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*", text)
    return any(w != name and w not in _foreign_word_names()
               and (w in MIXED_MARKS or w in FUNCTION_WORDS) for w in words)


@lru_cache(maxsize=1)
def _anywhere() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\b")


# Names that stand for a zone only when said to be one ("in eastern", "pacific time"), not
# anywhere in a sentence ("the central limit", "wake up", "easter").
_ONLY_AS_ZONE = frozenset({"la", "et", "pt", "ny", "central", "mountain", "eastern", "pacific",
                           "european", "indian", "british", "christmas", "easter", "midway",
                           "wake", "hope", "regina", "victoria", "mayotte", "guam"})


def places_named(text: str) -> list[tzinfo]:
    """Every zone a normalised question names by a place, a zone's name or an offset,
    wherever it stands ("lisbon - same time as london?", "ghana here"), in order; for
    questions about how two zones relate, where "in" or "time" need not be written."""
    found: list[tzinfo] = []
    if (moved := offset_from_place(text)) is not None:
        found.append(moved[0])
    if (m := _OFFSET.search(text)) and (zone := _offset_zone(m)) is not None:
        found.append(zone)
    for m in _anywhere().finditer(text):
        if m.group(1) in _ONLY_AS_ZONE or _foreign_word_here(m.group(1), text, *m.span()):
            continue
        zone = ZoneInfo(_names()[m.group(1)])
        if zone not in found:
            found.append(zone)
    return found


# A clock time said ("7pm", "12:30am", "18:59").
CLOCK_SAID = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b")
# Words that place a clock time in the asker's own zone (read on normalised text).
MY_TIME = re.compile(r"\b(?:for me|my time|local time|my zone|where i am|"
                     r"(?:on |at )?my (?:side|end))\b")
# "4am wednesday here": of several clock times, the one said of the asker's own place.
HERE = re.compile(r"\b(?:here|over here|for us|our time)\b")
# A zone said in brackets ("2:30pm my time (NY)"): a zone's short name, as beside "time".
_BRACKETED = re.compile(r"\(([a-z][a-z ]{0,20})\)")


def zone_beside(raw: str, clock: re.Match[str] | None) -> tzinfo | None:
    """A zone named right after a clock time ("7pm uk", "3pm lima time")."""
    after = re.findall(r"[\w+-]+", normalize(raw[clock.end():clock.end() + 16])) if clock else []
    beside = find_zone(" ".join([*after[:1], "time"])) if after else None
    return beside[0] if beside is not None else None


def zone_said(text: str, own: tzinfo | None = None) -> tzinfo | None:
    """The zone a stretch of words with a clock time puts it in: one named right after the
    clock time ("7pm uk"), else one named among the words ("12:30am in LA") or in brackets
    ("2:30pm my time (NY)"), else the asker's `own` for "my time" or "here"; None when no
    zone is said (the caller chooses what a time with no zone is read in)."""
    raw = text.lower()
    beside = zone_beside(raw, CLOCK_SAID.search(raw))
    if beside is not None:
        return beside
    named = find_zone(normalize(raw))
    if named is None and (m := _BRACKETED.search(raw)) is not None:
        named = find_zone(f"{m.group(1).strip()} time")
    if named is not None:
        return named[0]
    return own if own is not None and (MY_TIME.search(normalize(raw)) or HERE.search(raw)) \
        else None
