"""Render instants for a reader: in their zone, with the course's beside it when they differ."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.wording import ZONE_PLACE_TIME


def zone_abbrev(dt: datetime) -> str:
    """"EST", or for a zone with no common abbreviation (tzdata writes "+08") its place
    ("Singapore time"): an offset alone is hard to read. A fixed offset keeps "UTC+05:30"."""
    name = dt.tzname() or ""
    if name and name[0] not in "+-":
        return name
    key = getattr(dt.tzinfo, "key", None)
    if isinstance(key, str) and "/" in key and not key.startswith("Etc/"):
        # (an "Etc/GMT-8" key names an offset, with its sign reversed: no place)
        return ZONE_PLACE_TIME.format(place=key.rsplit("/", 1)[-1].replace("_", " "))
    return utc_offset(dt)


def utc_offset(dt: datetime, compact: bool = False) -> str:
    """"UTC-03:00", or compact "UTC-3" / "UTC+5:30"."""
    minutes = int((dt.utcoffset() or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    if compact:
        return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def format_clock(dt: datetime) -> str:
    """"14:00 EDT": the time of day in `dt`'s own zone."""
    return f"{dt:%H:%M} {zone_abbrev(dt)}"


def format_day(dt: datetime) -> str:
    return f"{dt:%a} {dt.day} {dt:%b %Y}"


def format_instant(dt: datetime, reader: ZoneInfo, course: ZoneInfo) -> str:
    """'Mon 3 Jun 2030, 14:00 EDT (19:00 BST course time)' or '..., 19:00 BST'."""
    mine = dt.astimezone(reader)
    theirs = dt.astimezone(course)
    text = f"{format_day(mine)}, {format_clock(mine)}"
    if mine.utcoffset() != theirs.utcoffset() or mine.tzname() != theirs.tzname():
        same_day = mine.date() == theirs.date()
        course_part = f"{theirs:%H:%M}" if same_day else f"{format_day(theirs)}, {theirs:%H:%M}"
        text += f" ({course_part} {zone_abbrev(theirs)} course time)"
    return text


def format_span(start: datetime, end: datetime | None, reader: ZoneInfo, course: ZoneInfo) -> str:
    """Start with the end time appended: 'Mon 3 Jun 2030, 10:00-11:00 BST'."""
    if end is None:
        return format_instant(start, reader, course)
    mine_s, mine_e = start.astimezone(reader), end.astimezone(reader)
    th_s, th_e = start.astimezone(course), end.astimezone(course)
    text = f"{format_day(mine_s)}, {mine_s:%H:%M}-{mine_e:%H:%M} {zone_abbrev(mine_s)}"
    if mine_s.utcoffset() != th_s.utcoffset() or mine_s.tzname() != th_s.tzname():
        course_part = f"{th_s:%H:%M}-{th_e:%H:%M}"
        if mine_s.date() != th_s.date():
            course_part = f"{format_day(th_s)}, {course_part}"
        text += f" ({course_part} {zone_abbrev(th_s)} course time)"
    return text


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two instants (same-zone subtraction in Python uses wall clocks)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def format_duration(delta: timedelta) -> str:
    """'3 days 4 hours', '5 hours 10 minutes', '12 minutes'."""
    total = int(delta.total_seconds() // 60)
    days, rem = divmod(total, 24 * 60)
    hours, minutes = divmod(rem, 60)

    def unit(n: int, name: str) -> str:
        return f"{n} {name}{'' if n == 1 else 's'}"

    if days:
        return unit(days, "day") + (f" {unit(hours, 'hour')}" if hours else "")
    if hours:
        return unit(hours, "hour") + (f" {unit(minutes, 'minute')}" if minutes else "")
    return unit(max(minutes, 0), "minute")


def format_in_unit(delta: timedelta, unit: str) -> str:
    """A time left counted in the unit asked: 'hours' gives '26 hours 45 minutes', 'minutes'
    '1605 minutes', 'weeks' '2 weeks 3 days'; 'days' (or a span under one of the unit) as
    format_duration."""
    total = max(int(delta.total_seconds() // 60), 0)

    def unit_of(n: int, name: str) -> str:
        return f"{n} {name}{'' if n == 1 else 's'}"

    if unit == "minutes":
        return unit_of(total, "minute")
    if unit == "hours" and total >= 60:
        hours, minutes = divmod(total, 60)
        return unit_of(hours, "hour") + (f" {unit_of(minutes, 'minute')}" if minutes else "")
    if unit == "weeks" and total >= 7 * 24 * 60:
        weeks, rem = divmod(total, 7 * 24 * 60)
        days = rem // (24 * 60)
        return unit_of(weeks, "week") + (f" {unit_of(days, 'day')}" if days else "")
    return format_duration(delta)


def format_day_date(day) -> str:
    """A day as its weekday, day, month and year ("Mon 1 Jan 2024")."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def ordinal_suffix(n: int) -> str:
    """The ending of a number said as an ordinal ("st" of 21, "th" of 12)."""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
