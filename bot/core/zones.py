"""Time zones named inside a question: "in new york time", "in EST", "beijing time"."""

from __future__ import annotations

import re
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

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
    "pakistan": "Asia/Karachi", "nigeria": "Africa/Lagos", "brazil": "America/Sao_Paulo",
    "canada": "America/Toronto", "dubai": "Asia/Dubai", "uae": "Asia/Dubai",
    "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "malaysia": "Asia/Kuala_Lumpur",
    "indonesia": "Asia/Jakarta", "turkey": "Europe/Istanbul", "russia": "Europe/Moscow",
    "german": "Europe/Berlin", "french": "Europe/Paris", "spanish": "Europe/Madrid",
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
    "usa": "America/New_York", "america": "America/New_York",
    "australia": "Australia/Sydney", "new zealand": "Pacific/Auckland", "nz": "Pacific/Auckland",
    "switzerland": "Europe/Zurich", "netherlands": "Europe/Amsterdam", "ireland": "Europe/Dublin",
    "portugal": "Europe/Lisbon", "poland": "Europe/Warsaw", "egypt": "Africa/Cairo",
    "kenya": "Africa/Nairobi", "south africa": "Africa/Johannesburg",
    "mexico": "America/Mexico_City",
    "saudi arabia": "Asia/Riyadh", "qatar": "Asia/Qatar", "israel": "Asia/Jerusalem",
    "iran": "Asia/Tehran", "bangladesh": "Asia/Dhaka", "sri lanka": "Asia/Colombo",
    "nepal": "Asia/Kathmandu", "philippines": "Asia/Manila", "japan time": "Asia/Tokyo",
}
# Words that are also place names in the zone database but mean something else in a question.
_NOT_PLACES = {"center", "casey", "davis", "palmer", "troll", "mawson", "vostok", "knox",
               "marengo", "vevay", "winamac", "monticello", "beulah", "petersburg", "eucla",
               "creston", "thule", "stanley", "famagusta", "nome"}


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names = dict(_NAMED)
    for key in available_timezones():
        if "/" in key and not key.startswith(("Etc/", "SystemV/", "US/", "Antarctica/")):
            city = key.rsplit("/", 1)[1].replace("_", " ").lower()
            if city not in _NOT_PLACES:
                names.setdefault(city, key)
    return names


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    # "in new york time", "new york time", "in est", "for pst", "i'm in toronto", "from china"
    return re.compile(rf"\b(?:(?:in|for|at) )?({alternatives})(?: (?:time|timezone|time zone))"
                      rf"\b|\b(?:in|for|from) ({alternatives})\b")


_OFFSET = re.compile(r"\b(?:in |at )?(?:gmt|utc)\s*([+-])\s*(\d{1,2})(?::?00)?\b")


@lru_cache(maxsize=512)  # a question is read by several parsers; the pattern is large
def find_zone(text: str) -> tuple[ZoneInfo, tuple[int, int]] | None:
    """The zone a normalised question names, and the span naming it."""
    m = _OFFSET.search(text)
    if m and 0 < int(m.group(2)) <= 14:
        # The Etc zones count the other way round: Etc/GMT-8 is eight hours ahead of UTC.
        sign = "-" if m.group(1) == "+" else "+"
        return ZoneInfo(f"Etc/GMT{sign}{int(m.group(2))}"), m.span()
    for m in _pattern().finditer(text):
        name = m.group(1) or m.group(2)
        return ZoneInfo(_names()[name]), m.span()
    return None
