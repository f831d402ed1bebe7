"""An either-or about when something is ("is the tutorial at 11 or 12", "is cw3 due on the 9th
or the 10th", "did they move the q&a to 3pm or is it still 10", "someone said cw2 got moved to
midnight, is that true or is it still the evening"): each side of the "or" read on its own
into what it says (day of the month, weekday, clock time, part of the day), checked against
the events the reply lists, and the lead names the side the page holds and the one it does
not. A side saying the old value still holds ("or is it still ...") makes the first side a
claim of a change: No when the page still says the old one."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.sessions import said_weekday
from bot.core.premises import Premises, failed, subject
from bot.core.text import normalize
from bot.core.timefmt import ordinal_suffix
from bot.core.understand import Query
from bot.core.when import DAY_PARTS, clock_minute, clock_readings, part_of, shown_hour
from bot.core.zones import find_zone, place_name, zone_name, zone_said
from bot.nlu.rival import rival_sides
from bot.schedule.model import Event

# The one "or" between two sides ("or not", "or so", "or something" ask no choice).
_OR = re.compile(r"\s+or\s+(?!not\b|so\b|some\w*\b|smth\b|any\w*\b|what\b|who\b)", re.I)
# The second side says the first is a change from what still holds.
_STILL = re.compile(r"\b(?:still|as before|as usual|unchanged|as it was)\b", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# A day of the month ("the 9th", "23rd", "9 march", "march 9", "9/3").
_DAY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)\b|\b(\d{{1,2}})(?: of)? {_MONTHS}\b"
                  rf"|\b{_MONTHS} (\d{{1,2}})\b|(?<![\d/])(\d{{1,2}})/\d{{1,2}}\b", re.I)
# A number alone, read as the other side's kind of value ("at 11 or 12", "3pm or still 10").
_BARE = re.compile(r"(?<![\d:/.])\b(\d{1,2})\b(?![:/.]\d)(?!\s*(?:st|nd|rd|th|%|min|hour|h\b|"
                   r"days?|weeks?|am|pm))", re.I)
_PART = re.compile(r"\b(morning|afternoon|evening|night|tonight)\b", re.I)
# A day said relative to the asker's today ("tonight", "tomorrow morning"): days after it.
_RELATIVE = re.compile(r"\b(?:(today|tonight|2day)|(tomorrow|tmrw|tmr))\b", re.I)
# Neither side holding, the nearer one is answered when the time is at most this far
# outside its part of the day ("tomorrow morning" for 05:00 tomorrow: the early hours).
NEAR_MINUTES = 4 * 60


@dataclass(frozen=True)
class _Side:
    """What one side of the choice says."""

    day: int | None = None
    weekday: int | None = None
    hours: frozenset[int] = frozenset()
    minute: int = 0
    part: str | None = None
    after_today: int | None = None  # "today"/"tonight" 0, "tomorrow" 1
    relative: str = ""  # that day as said
    # The zone the side is said in, when the two sides say different ones ("7pm london or
    # 7pm my side"), and how it is named back ("London time", "your time").
    zone: tzinfo | None = None
    zone_said: str = ""

    @property
    def said(self) -> bool:
        return bool(self.day or self.weekday is not None or self.hours or self.part
                    or self.after_today is not None)


def _read(text: str) -> _Side:
    m = _DAY.search(text)
    part = _PART.search(text)
    hours = clock_readings(text)
    relative = _RELATIVE.search(text)
    return _Side(day=int(next(g for g in m.groups() if g)) if m else None,
                 weekday=said_weekday(text), hours=hours,
                 minute=clock_minute(text) if hours else 0,
                 part=part.group(1).lower() if part else None,
                 after_today=(1 if relative.group(2) else 0) if relative else None,
                 relative=relative.group(2) or "" if relative else "")


def _as_other(side: _Side, other: _Side, text: str) -> _Side:
    """A bare number on one side ("12", "still 10", "or the 10th") read as the kind of
    value the other side says: a clock time, else a day of the month."""
    if (other.hours and not side.hours) or (other.day and not side.day):
        m = _BARE.findall(text)
        if len(m) == 1:
            if other.hours and not side.hours:
                hours = clock_readings(f"at {m[0]}")
                return dataclasses.replace(side, hours=hours, minute=0)
            return dataclasses.replace(side, day=int(m[0]))
    return side


def _on_day(side: _Side, reader: Reader) -> date | None:
    """The asker's calendar day a relative side names ("tomorrow")."""
    if side.after_today is None:
        return None
    return reader.now.astimezone(reader.tz).date() + timedelta(days=side.after_today)


def _premises(side: _Side, reader: Reader) -> Premises:
    day = side.day or (d.day if (d := _on_day(side, reader)) is not None else None)
    return Premises(weekday=side.weekday,
                    day=date(2000, 1, day) if day and day <= 31 else None,
                    day_only=True,
                    part=(side.part, DAY_PARTS[side.part]) if side.part else None,
                    hours=side.hours, minute=side.minute, zones=(side.zone or reader.tz,))


def _holds(side: _Side, events: list[Event], reader: Reader) -> bool:
    return failed(_premises(side, reader), events, reader) is True


def _parts(side: _Side) -> list[_Side]:
    """Each thing a side says on its own, to name only those the page contradicts."""
    return [dataclasses.replace(s, zone=side.zone, zone_said=side.zone_said) for s in (
        _Side(day=side.day) if side.day else None,
        _Side(weekday=side.weekday) if side.weekday is not None else None,
        _Side(hours=side.hours, minute=side.minute) if side.hours else None,
        _Side(part=side.part) if side.part else None,
        _Side(after_today=side.after_today, relative=side.relative)
        if side.after_today is not None and side.part is None else None) if s is not None]


def _said(side: _Side) -> str:
    words = []
    if side.day:
        words.append(W.CHOICE_DAY.format(day=side.day, suffix=ordinal_suffix(side.day)))
    if side.weekday is not None:
        words.append((W.CHOICE_WEEKDAY_PART if side.part else W.CHOICE_WEEKDAY).format(
            day=W.WEEKDAY_NAMES[side.weekday], part=side.part))  # ("on Tuesday night")
    if side.hours:
        words.append(W.CHOICE_CLOCK.format(time=f"{shown_hour(side.hours):02d}:"
                                                f"{side.minute:02d}"))
    if side.relative:  # ("tomorrow morning", "tomorrow")
        words.append(f"{side.relative} {side.part}" if side.part else side.relative)
    elif side.part == "tonight" or (side.after_today == 0 and not side.part):
        words.append("tonight" if side.part == "tonight" else W.CHOICE_TODAY)
    elif side.part and side.weekday is None:
        words.append(W.CHOICE_PART.format(part=side.part))
    if side.zone_said:
        words.append(side.zone_said)
    return " ".join(words)


def _own_zones(sides: list[str], first: _Side, second: _Side,
               reader: Reader) -> tuple[_Side, _Side]:
    """Each side read in the zone it says, when the two say different ones ("7pm london or
    7pm my side": the page's time checked once in London, once on the asker's clock)."""
    zones = [zone_said(s, reader.tz) for s in sides]
    if None in zones or zone_name(zones[0]) == zone_name(zones[1]):
        return first, second

    def named(z: tzinfo) -> str:
        return (W.CHOICE_YOUR_TIME if zone_name(z) == zone_name(reader.tz)
                else W.CHOICE_ZONE_TIME.format(place=place_name(z)))
    return (dataclasses.replace(first, zone=zones[0], zone_said=named(zones[0])),
            dataclasses.replace(second, zone=zones[1], zone_said=named(zones[1])))


def _for_you(chosen: _Side, events: list[Event], reader: Reader) -> str:
    """" (20:00 for you)": the chosen side's time on the asker's clock, when that
    side is said in another zone."""
    if chosen.zone is None or zone_name(chosen.zone) == zone_name(reader.tz) or not chosen.hours:
        return ""
    e = next((e for e in events if e.start is not None and _holds(chosen, [e], reader)), None)
    if e is None or e.start is None:
        return ""
    return W.CHOICE_FOR_YOU.format(time=f"{e.start.astimezone(reader.tz):%H:%M}")


def _minutes_off(side: _Side, start: datetime, reader: Reader) -> int | None:
    """How far `start` (in the asker's zone) lies outside the day and part a side says, in
    minutes; None when the side says a clock time, a date or another weekday (no nearness
    there: a wrong date is wrong)."""
    if side.hours or side.day or (side.weekday is not None
                                  and side.weekday != start.weekday()):
        return None
    on = _on_day(side, reader) or start.date()
    first, last = DAY_PARTS[side.part] if side.part else (0, 24)
    begin = datetime.combine(on, time(0), start.tzinfo) + timedelta(hours=first)
    end = datetime.combine(on, time(0), start.tzinfo) + timedelta(hours=last)
    if begin <= start < end:
        return 0
    return int(min(abs((start - begin).total_seconds()),
                   abs((start - end).total_seconds())) // 60)


def _next_of(events: list[Event], reader: Reader) -> Event:
    """The first of the timed `events` still to come, else the first of them."""
    return next((e for e in events if e.start is not None and e.start >= reader.now),
                events[0])


def _nearer(first: _Side, second: _Side, events: list[Event],
            reader: Reader) -> _Side | None:
    """Of two sides neither of which holds, the one the next event lies plainly nearer to,
    if it lies near it at all (a student offering "tonight or tomorrow morning" is answered
    which, not "neither", when it is at 05:00 tomorrow)."""
    e = _next_of(events, reader)
    assert e.start is not None
    start = e.start.astimezone(reader.tz)
    one, two = _minutes_off(first, start, reader), _minutes_off(second, start, reader)
    if one is None or two is None or one == two:
        return None
    best, off = (first, one) if one < two else (second, two)
    return best if off <= NEAR_MINUTES else None


# Before this hour a student's "tonight" and "tomorrow" may still mean the night and day
# they have not slept through yet.
SMALL_HOURS_END = 5


def _small_hours(reader: Reader) -> bool:
    return reader.now.astimezone(reader.tz).hour < SMALL_HOURS_END


def _wrong(side: _Side, events: list[Event], reader: Reader) -> str:
    """What a side says that the page does not hold (all of it when no one part holds)."""
    failing = [p for p in _parts(side) if not _holds(p, events, reader)]
    return " ".join(_said(p) for p in failing) if failing else _said(side)


def _actual(chosen: _Side, other: _Side, events: list[Event], reader: Reader) -> str:
    """The page's own value for what the choice is about, from the first event that holds."""
    e = next(e for e in events if e.start is not None and _holds(chosen, [e], reader))
    start = e.start.astimezone(reader.tz)  # type: ignore[union-attr]
    time_said = chosen.hours or chosen.part or other.hours or other.part
    day_said = (chosen.day or other.day or chosen.weekday is not None
                or other.weekday is not None)
    clock = f"{start:%H:%M}" + (f" ({part_of(start.hour)})" if chosen.part or other.part
                                else "")
    day = f"{W.WEEKDAY_NAMES[start.weekday()][:3]} {start.day} {start:%b}"
    return (W.CHOICE_AT_ON.format(time=clock, day=day) if time_said and day_said
            else clock if time_said else day)


def choice_lead(text: str, events: list[Event], reader: Reader) -> str | None:
    """The lead answering an either-or about when `events` are, or None when the message
    asks no such choice, a side says nothing to check, or both sides hold. Days and times
    are read in the zone the message names ("in seoul, ..."), else the asker's."""
    named = find_zone(normalize(text))
    if named is not None:
        reader = dataclasses.replace(reader, tz=named[0])
    sides = _OR.split(" ".join(text.split()))
    if len(sides) != 2 and (rival := rival_sides(text)) is not None:
        sides = list(rival)  # ("my friend says X, I said Y. who wins")
    timed = [e for e in events if e.start is not None]
    if len(sides) != 2 or not timed:
        return None
    first, second = _read(sides[0]), _read(sides[1])
    first, second = _as_other(first, second, sides[0]), _as_other(second, first, sides[1])
    if not (first.said and second.said):
        return None
    first, second = _own_zones(sides, first, second, reader)
    if _said(first) == _said(second):
        return None  # the same thing twice is no choice to name
    one, two = _holds(first, timed, reader), _holds(second, timed, reader)
    if one and two:
        return None
    if not (one or two) and (near := _nearer(first, second, timed, reader)) is not None:
        other = second if near is first else first
        said = _said(near)
        start = _next_of(timed, reader).start.astimezone(reader.tz)  # type: ignore[union-attr]
        return W.CHOICE_NEAREST.format(
            chosen=said[:1].upper() + said[1:], other=_said(other),
            time=f"{start:%H:%M}", day=f"{W.WEEKDAY_NAMES[start.weekday()][:3]} "
                                       f"{start.day} {start:%b}")
    if not (one or two) and _small_hours(reader) and (first.after_today is not None
                                                     or second.after_today is not None):
        # "tonight or tmrw" sent at 00:40: whose "tomorrow" is today's daytime is the
        # asker's to say, so no verdict on the words, the listing alone
        return None
    if not (one or two):
        return W.CHOICE_NEITHER.format(first=_wrong(first, timed, reader),
                                       second=_wrong(second, timed, reader))
    chosen, other = (first, second) if one else (second, first)
    if _STILL.search(sides[1]):
        lead = W.CHOICE_STILL if two else W.CHOICE_MOVED
        return lead.format(actual=_actual(chosen, other, timed, reader),
                           other=_wrong(other, timed, reader))
    said = _said(chosen) + _for_you(chosen, timed, reader)
    return W.CHOICE_PICK.format(chosen=said[:1].upper() + said[1:],
                                other=_wrong(other, timed, reader))


# A lead a handler or the premises' check already wrote, replaced by the choice's.
_OLD_LEAD = re.compile(r"^(?:Yes(?:, but it is over already)?[:.,]|No, not [^\n]{1,40}?:(?=\s)"
                       r"|No[.:]|Mostly, not always\.)\s*")


def with_choice_lead(lead: str, reply: Reply) -> Reply:
    rest = _OLD_LEAD.sub("", reply.text, count=1)
    return dataclasses.replace(reply, text=f"{lead} {rest[:1].upper()}{rest[1:]}")


def choice_checked(q: Query | None, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """A one-part either-or about when ("is the tutorial at 11 or 12") led by its answer."""
    if q is None or not reply.answered or not reply.events:
        return reply
    lead = choice_lead(q.raw, _checked_against(q, reply.events, view, reader), reader)
    return reply if lead is None else with_choice_lead(lead, reply)


def _checked_against(q: Query, listed: list[Event], view: CourseView,
                     reader: Reader) -> list[Event]:
    """The events a choice is checked against: those listed, unless the question names a
    kind and no one of them ("is tuesday q&a at 10 or 11" asked after the course, its listing
    the last one): then every one of that kind, so that a side held in some weeks and the
    other in others is no choice the page makes."""
    named = q.lectures or q.tutorials or q.coursework
    timed = [e.start for e in view.timed if e.start is not None]
    outside = bool(timed) and not min(timed) <= reader.now <= max(timed)
    if named or not q.kinds or not (q.time.window is None
                                    or (q.time.loose == "weekday" and outside)):
        return subject(q, listed, view)
    return subject(q, list(view.timed), view)


def choice_settled(message: str, queries: list[Query | None], replies: list[Reply],
                   asides: list[bool], view: CourseView, reader: Reader
                   ) -> tuple[list[Reply], list[bool]]:
    """A part asking whether what an answered part before it said holds, naming nothing of
    its own ("... got moved to the 23rd at midnight?? is that true or is it still the
    evening"): the choice is that answer's lead, and the part has no reply of its own."""
    replies, asides = list(replies), list(asides)
    for i in range(1, len(replies)):
        q, before = queries[i], replies[i - 1]
        if (q is None or not _OR.search(q.raw) or not _names_nothing_new(q, queries[i - 1])
                or replies[i].answered or not before.answered or not before.events):
            continue
        lead = choice_lead(message, subject(queries[i - 1] or q, before.events, view), reader)
        if lead is not None:
            replies[i - 1], asides[i] = with_choice_lead(lead, before), True
    return replies, asides


def _names_nothing_new(q: Query, before: Query | None) -> bool:
    """Whether a part names no kind or id the part before it does not ("is that true or ..."
    carries the task it points back at)."""
    if before is None:
        return not (q.kinds or q.lectures or q.tutorials or q.coursework)
    return (set(q.kinds) <= set(before.kinds) and set(q.lectures) <= set(before.lectures)
            and set(q.tutorials) <= set(before.tutorials)
            and set(q.coursework) <= set(before.coursework))
