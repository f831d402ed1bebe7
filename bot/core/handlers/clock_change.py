"""A clock change asked about by a student in another zone ("I'm in Toronto, does the clock
change affect anything left?"): when each zone's clocks change before the term's remaining
events are over, and which of those events show another local time than before."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.queries import events_of, named_events, zone_offsets
from bot.core.text import normalize
from bot.core.timefmt import format_day_date, zone_abbrev
from bot.core.understand import Query
from bot.core.zones import place_name, places_named, zone_name

# Words of a clock change: "the clocks go forward", "daylight saving", "DST", "summer time".
_CLOCK_CHANGE = re.compile(
    r"\b(?:clocks? (?:change|changes|changed|changing|go|goes|going|went|spring|springs|fall|falls|"
    r"springing|falling|move|moves|moving)|(?:clock|time) (?:change|changes|shift)|"
    r"daylight sav\w*|dst|"
    r"summer ?time|winter ?time|spring forward|fall back)\b")
# A summer time named by the season it belongs to ("fall in BST", "during daylight time"): a
# clock change only when asked of a whole kind of events (`_whole_kind`).
_IN_SUMMER_TIME = re.compile(
    r"\b(?:in|during|under|into|on) (?:bst|cest|edt|cdt|mdt|pdt|aedt|nzdt|"
    r"british summer time|daylight time|summer hours)\b")
# The kind asked to be before the change ("do all the deadlines come before the clocks
# change"): its yes is the other's no.
_BEFORE_CHANGE = re.compile(r"\b(?:before|until)\b(?: \w+){0,2} (?:clocks?|dst|daylight|"
                            r"summer ?time|winter ?time|time change)\b")
# A yes/no over every event of a kind: "do any of the deadlines", "are all the lectures"
# (read on normalised text, where plurals are singular).
_WHOLE_KIND = re.compile(r"\b(?:any|all|none|every|which)\b")
# Events set against the change's date ("after the clocks go forward", "before daylight
# saving"), not asked whether it moves them on a clock ("will it shift any of my sessions").
_AGAINST_CHANGE = re.compile(r"\b(?:after|before|once|past|until)\b(?: \w+){0,2} (?:clocks?|"
                             r"dst|daylight|summer ?time|winter ?time|time change)\b")
# How far after the last remaining event a change is still named (the next one after it).
_LOOK_PAST = timedelta(days=62)


def _changes(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime, str, str]]:
    """Each day, from start to end, on which the zone's UTC offset changes, with its
    abbreviations before and after (sampled at noon UTC: a change happens at night)."""
    found = []
    day = start.astimezone(ZoneInfo("UTC")).replace(hour=12, minute=0, second=0, microsecond=0)
    before = day.astimezone(zone)
    while day <= end:
        day += timedelta(days=1)
        now = day.astimezone(zone)
        if now.utcoffset() != before.utcoffset():
            found.append((now, zone_abbrev(before), zone_abbrev(now)))
        before = now
    return found


def _relation(diff: timedelta) -> str:
    minutes = int(diff.total_seconds() // 60)
    if not minutes:
        return W.CLOCK_SAME
    size = abs(minutes)
    hours = (f"{size // 60} hour{'s' if size != 60 else ''}" if size % 60 == 0
             else f"{size // 60}h{size % 60:02d}")
    return (W.CLOCK_AHEAD if minutes > 0 else W.CLOCK_BEHIND).format(hours=hours)


def _against(at: datetime, asked: list) -> str:
    """Where a clock change falls against the events asked about: before, after or between
    them ("" for none asked)."""
    if not asked:
        return ""
    first, last = asked[0], asked[-1]
    if at.date() <= first.start.astimezone(at.tzinfo).date():
        return W.CLOCK_BEFORE_EVENT.format(
            what=first.title, day=format_day_date(first.start.astimezone(at.tzinfo).date()))
    if at > last.start:
        return W.CLOCK_AFTER_EVENT.format(
            what=last.title, day=format_day_date(last.start.astimezone(at.tzinfo).date()))
    return W.CLOCK_BETWEEN_EVENTS.format(first=first.title, last=last.title)


def asks_clock_change(text: str) -> bool:
    """Whether the text asks of a clock change (its answer is a fact of its own beside any
    time given for the same event)."""
    said = normalize(text)
    return (_CLOCK_CHANGE.search(said) is not None
            or (_IN_SUMMER_TIME.search(said) is not None and _WHOLE_KIND.search(said) is not None))


def _whole_kind(q: Query, view: CourseView) -> list:
    """Every timed event of the kinds the part asks a yes/no over as a whole ("do any of the
    deadlines ..."), in order; [] when it names events one by one or no kind."""
    if q.coursework or q.lectures or q.tutorials or not q.kinds:
        return []
    said = normalize(q.raw)
    if _WHOLE_KIND.search(said) is None or not (_IN_SUMMER_TIME.search(said)
                                                or _AGAINST_CHANGE.search(said)):
        return []
    return sorted((e for e in events_of(view, q.kinds, q.staff) if e.start),
                  key=lambda e: e.start)


def _kind_against_change(events: list, zone, view: CourseView, reader: Reader,
                         before_asked: bool) -> Reply:
    """Yes/no: which events of the kind fall after the zone's first clock change within the
    term (from the tz database), then those events."""
    kinds = {e.kind for e in events}
    kind = (W.EVENT_KIND_NAMES[next(iter(kinds))] if len(kinds) == 1
            else W.EVENT_KIND_NAMES["deadline"] if "deadline" in kinds else "sessions")
    local = Reader(reader.now, zone)
    first, last = events[0], events[-1]
    changes = _changes(zone, first.start, last.start + _LOOK_PAST)
    place = place_name(zone)
    if not changes:
        text = W.CLOCK_KIND_NO_CHANGE.format(
            verdict="Yes" if before_asked else "No", place=place, total=len(events), kind=kind,
            first=format_day_date(first.start.astimezone(zone).date()),
            last=format_day_date(last.start.astimezone(zone).date()))
        return Reply("logistics", True, 0.85, text, events=events)
    at, before, after = changes[0]
    later = [e for e in events if e.start >= at]
    day = format_day_date(at.date())
    if not later:  # the next change comes after the last of them
        all_of, verb = W.CLOCK_KIND_ONE if len(events) == 1 else W.CLOCK_KIND_ALL
        one = W.KIND_SINGULAR.get(first.kind, first.kind) if len(kinds) == 1 else kind
        text = W.CLOCK_KIND_NONE_AFTER.format(
            all_of=all_of.format(total=len(events), kind=one if len(events) == 1 else kind),
            verdict="Yes" if before_asked else "No", verb=verb, place=place, day=day,
            before=before, after=after,
            last=f"{last.title}, {view.instant(last.start, local)}")
        return Reply("logistics", True, 0.85, text, events=[last])
    head = W.CLOCK_KIND_AFTER.format(
        verdict="No" if before_asked else "Yes", count=len(later), total=len(events),
        kind=kind, place=place, day=day, before=before,
        after=after, verb="fell" if later[-1].start < reader.now else "fall")
    return Reply("logistics", True, 0.85, "\n".join([head, *view.event_lines(later, local)]),
                 events=later)


def answer_clock_change(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the part asks of a clock change. The zone is a place the part names, else
    the asker's; the events are the sessions and deadlines still to come."""
    if not asks_clock_change(q.raw):
        return None
    course = zone_name(view.tz)
    named = [z for z in places_named(normalize(q.raw)) if zone_name(z) != course]
    zone = named[0] if named else reader.tz
    if (whole := _whole_kind(q, view)):
        # against the course's clocks, where the page's times are ("fall in BST")
        return _kind_against_change(whole, view.tz, view, reader,
                                    _BEFORE_CHANGE.search(normalize(q.raw)) is not None)
    left = sorted((e for e in view.timed if e.start >= reader.now), key=lambda e: e.start)
    if not left:
        # the term over: the change moves nothing listed, said with when it happens
        past = sorted((e for e in view.timed if e.start < reader.now), key=lambda e: e.start)
        if not past:
            return None
        changes = _changes(view.tz, reader.now, reader.now + _LOOK_PAST)
        lines = [W.CLOCK_CHANGES_ON.format(place=place_name(view.tz),
                                           day=format_day_date(at.date()),
                                           before=before, after=after)
                 for at, before, after in changes[:1]]
        last = past[-1]
        lines.append(W.CLOCK_NOTHING_LEFT.format(
            last=f"{last.title}, {view.instant(last.start, reader)}", zone=course))
        return Reply("logistics", True, 0.85, "\n".join(lines), events=[last])
    until = left[-1].start + _LOOK_PAST
    place = place_name(zone)
    course_place = place_name(view.tz)
    # the sessions or deadlines the part names ("the panel", "cw3"), each change said to
    # come before or after them
    asked = [e for e in named_events(q, view, reader) if e.start and e.start >= reader.now]
    lines = []
    for where, changes in ((place, _changes(zone, reader.now, until)),
                           (course_place, _changes(view.tz, reader.now, until))):
        if zone_name(zone) == course and where == course_place and lines:
            break  # one zone: said once
        if changes:
            at, before, after = changes[0]
            lines.append(W.CLOCK_CHANGES_ON.format(place=where, day=format_day_date(at.date()),
                                                   before=before, after=after)
                         + _against(at, asked))
    if asked and zone_name(zone) != course:
        # (the converted time is worked out for that day's clocks in both zones)
        lines.append(W.CLOCK_CONVERTED_FOR_DAY.format(
            what=asked[0].title, local=view.instant(asked[0].start, Reader(reader.now, zone))))
    if zone_name(zone) == course:
        return Reply("logistics", True, 0.85, "\n".join(
            [W.CLOCK_IN_COURSE_ZONE.format(place=course_place), *lines]))
    groups = zone_offsets(view, zone, [e.start for e in left])
    local = Reader(reader.now, zone)
    if len(groups) == 1:
        last = left[-1]
        text = W.CLOCK_NONE_AFFECTED.format(
            place=place, relation=_relation(groups[0][0]), course_place=course_place,
            last=f"{last.title}, {view.instant(last.start, local)}")
        return Reply("logistics", True, 0.85, "\n".join([text, *lines]), events=[last])
    moved = {at for _, ats in groups[1:] for at in ats}
    affected = [e for e in left if e.start in moved]
    first = affected[0].start.astimezone(zone).date()
    head = W.CLOCK_AFFECTED.format(
        count=len(affected), place=place, day=format_day_date(first),
        before=_relation(groups[0][0]), after=_relation(groups[1][0]),
        course_place=course_place)
    return Reply("logistics", True, 0.85, "\n".join(
        [head, *view.event_lines(affected, local), *lines]), events=affected)
