"""Coursework deadlines: by task, next, in a window, time left, none left."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, time, timedelta, tzinfo

from bot.core import handed_in
from bot.core import wording as W
from bot.core.clock_bound import bound_side, compared_lead
from bot.core.count_asked import count_asked, past_count_asked
from bot.core.course import CourseView, Reader
from bot.core.hand_in_said import asks_time_left_now
from bot.core.handlers import Reply
from bot.core.personal import asks_if_still_open
from bot.core.queries import (
    asks_exam_order,
    exam_order,
    following,
    named_as_start,
    on_weekday,
    split_at,
)
from bot.core.text import normalize
from bot.core.timefmt import elapsed, format_duration, zone_abbrev
from bot.core.understand import Query
from bot.core.when import (
    TimeParse,
    Window,
    clock_minute,
    clock_readings,
    read_clock_words,
    shown_hour,
    states_month,
)
from bot.core.zones import CLOCK_SAID, HERE, MY_TIME, find_zone, zone_beside
from bot.schedule.kinds import EVENT_KINDS
from bot.schedule.model import Coursework, Event


def _deadlines(view: CourseView) -> list[Event]:
    return [e for e in view.timed if e.kind == "deadline"]


def _one(view: CourseView, e: Event, reader: Reader) -> str:
    cw = next(c for c in view.schedule.coursework if c.id == e.id)
    when = view.instant(e.start, reader)
    if e.start > reader.now:
        return W.DUE_FUTURE.format(title=cw.title, id=cw.id, when=when,
                                   left=format_duration(elapsed(reader.now, e.start)))
    return W.DUE_PAST.format(title=cw.title, id=cw.id, when=when,
                             ago=format_duration(elapsed(e.start, reader.now)))


# A bare call for help this close to a deadline is taken to be about it.
_CLOSE = timedelta(hours=24)


def deadline_close(view: CourseView, reader: Reader) -> str | None:
    """The next deadline, with the time left and how to reach a TA, when it is due within
    _CLOSE: what a bare "help" or "??" an hour before it most likely needs."""
    ahead = sorted((e for e in _deadlines(view) if reader.now <= e.start <= reader.now + _CLOSE),
                   key=lambda e: e.start)
    if not ahead:
        return None
    forum = view.schedule.course.forum
    return W.DEADLINE_CLOSE.format(due=_one(view, ahead[0], reader), forum=forum.name,
                                   course_name=forum.course_name)


# ("..., which is 4am for me": a clause restating a time, no choice; read on the raw
# words, as normalising drops clock times)
_CHOICE = re.compile(r"\bor\b(?! not\b)|\bwhich (?:one|is)\b(?! (?:at |on )?\d)")
_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                      r"(?:day|nesday|sday|rsday|urday)?\b")


# A task's hand-out said ("comes out", "released", "handed out"), and its due date said.
_HANDED_OUT = re.compile(r"\b(?:comes? out|came out|released?|handed out|hand ?outs?|"
                         r"gets? (?:set|released|handed out)|published)\b")
# The work received ("when do we actually get task 1", "when will we receive cw2"): its
# hand-out, not its marks or feedback (which are a mark's question).
_RECEIVED = re.compile(r"\bwhen (?:do|will|can|would|are|did) (?:we|i|you|u|they|students) "
                       r"(?:\w+ )?(?:get|receive|be given|be sent|see)\b(?! (?:\w+ )?(?:marks?|"
                       r"feedback|grades?|results?|scores?)\b)(?![^?.!]*\b(?:marks?|feedback|grades?|"
                       r"results?|back)\b)")
_DUE_SAID = re.compile(r"\b(?:due|deadlines?|submit\w*|hand(?:ed)? in|hand ?ins?)\b")


# A day said as the time by which a task is asked to be in, not the day it falls on ("will
# cw2 have to be in a week today": by then); "by"/"before" only right before the time said
# ("due friday, marked by stacey?" asks of friday)
_BY_SAID = re.compile(r"\balready\b|\b(?:have|has|need|needs) to be (?:in|submitted|handed in|"
                      r"done|finished)\b")


def _by_said(q: Query) -> bool:
    phrase = q.time.phrase.strip()
    return bool(_BY_SAID.search(q.text) or phrase and re.search(
        rf"\b(?:by|before)\s+(?:the\s+)?{re.escape(phrase)}", q.text))


def _checked_time(q: Query, chosen: list[Event], view: CourseView,
                  reader: Reader, asked: bool | None = None) -> str | None:
    """Yes or No, when one task's deadline is checked against a day, a week, a month or a
    clock time the question names ("is cw3 due on friday?", "task 2 is due in march right",
    "cw1 is 1pm my time yeah?"): each part said must hold, the clock time in the asker's zone
    (or a zone named; either theirs or course time when neither is said)."""
    if len(chosen) != 1 or chosen[0].start is None or not (
            q.asks_yes_no if asked is None else asked) \
            or _CHOICE.search(q.raw.lower()) or len(_WEEKDAY.findall(q.text)) > 1:
        return None  # ("is cw2 due on the 23rd or 24th", "i think friday, my mate said
        # monday, which is it": which one, not yes or no)
    start = chosen[0].start
    clocks = _clocks_said(q, view, reader)
    day = _day_in_its_zone(q, start, clocks, reader, view.tz)
    if day is None and not clocks:
        return None
    if day is False and _by_said(q) and q.time.window is not None:
        last = q.time.window.end - timedelta(seconds=1)  # (the last day: "by next week"'s Sunday)
        return W.CONFIRM_NOT_BY.format(day=f"{last:%a} {last.day} {last:%b %Y}")
    if day is False:
        return W.CONFIRM_NO
    said = _in_digits(q.raw.lower())
    for hours, minute, zones, m in clocks:
        # "before midnight here", "by 8pm?": a bound, compared in the asker's zone when it
        # is one of those the time may be in
        side = bound_side(said, m.start()) if m is not None and len(clocks) == 1 else None
        if side is not None:
            zone = reader.tz if reader.tz in zones else zones[0]
            return compared_lead(start.astimezone(zone), start.astimezone(view.tz).date(),
                                 side, hours, minute)
    for hours, minute, zones, _ in clocks:  # each time said holds in its own zone
        if not any((start.astimezone(z).hour, start.astimezone(z).minute)
                   in {(h, minute) for h in hours} for z in zones):
            return W.CONFIRM_NOT_AT.format(hour=f"{shown_hour(hours):02d}:{minute:02d}")
    return W.CONFIRM_YES


def _day_in_its_zone(q: Query, start: datetime, clocks: list[_Clock],
                     reader: Reader, course_tz: tzinfo | None = None) -> bool | None:
    """Whether the deadline falls on the day the question names, in the zone of the clock
    time that day is said with (`zones_of_day_said`); one clock time with its zone named
    ("friday 7pm uk" from Karachi is Friday in the UK); else the asker's calendar or the
    page's own (course time): "the 9 mar deadline is 4am for me?" from Tokyo names the day
    as the page dates it."""
    zones = _nearest_zones(q, clocks)
    if zones is not None:
        verdicts = [_day_holds(q, start, z, z is not reader.tz) for z in zones]
        return None if all(v is None for v in verdicts) else any(verdicts)
    raw = q.raw.lower()
    said = zone_beside(raw, CLOCK_SAID.search(raw))
    mine = _day_holds(q, start, said or reader.tz, said is not None)
    if (mine is not False or said is not None or course_tz is None or course_tz == reader.tz
            or not CALENDAR_DATE.search(raw)):
        return mine
    return _day_holds(q, start, course_tz, True) or mine


def zones_of_day_said(q: Query, view: CourseView, reader: Reader) -> list | None:
    """With several clock times said, the zones of the one a day is said with: "7pm london
    = 4am wednesday here" says Wednesday of the asker's own clock, not London's; None with
    one clock time or no day said."""
    return _nearest_zones(q, _clocks_said(q, view, reader))


def _nearest_zones(q: Query, clocks: list[_Clock]) -> list | None:
    raw = q.raw.lower()
    said_day = _WEEKDAY.search(raw) or _DAY_WORD.search(raw)
    if len(clocks) < 2 or said_day is None:
        return None
    return min(clocks, key=lambda c: _apart(c[3], said_day))[2]


def _apart(clock: re.Match[str] | None, day: re.Match[str]) -> int:
    """How many characters lie between a clock time and a day said."""
    if clock is None:
        return 1 << 16
    return max(clock.start() - day.end(), day.start() - clock.end(), 0)


# A clock time said: the hours it may mean, its minutes, the zones it may be in, where it is.
_Clock = tuple[frozenset[int], int, list, "re.Match[str] | None"]


def _clocks_said(q: Query, view: CourseView, reader: Reader) -> list[_Clock]:
    """Each clock time a premise states with the zones it may be in: one time, as
    zones_meant reads it; several ("19:00 uk, so 2pm for me"), each in the zone said in its
    own stretch of the question (a zone named, "for me" or "here" the asker's), else course
    time or the asker's."""
    raw = _in_digits(q.raw.lower())
    found = list(CLOCK_SAID.finditer(raw))
    oclock = _oclock_hours(q.raw)
    if len(found) < 2:
        hours = _either_half(clock_readings(raw), oclock)
        return [(hours, clock_minute(raw), zones_meant(q, view, reader),
                 found[0] if found else None)] if hours else []
    out = []
    for i, m in enumerate(found):
        hours = _either_half(clock_readings(m.group(0)), oclock)
        if not hours:
            continue
        stretch = raw[m.end():found[i + 1].start() if i + 1 < len(found) else len(raw)]
        beside = zone_beside(raw, m)
        named = find_zone(normalize(stretch)) if beside is None else None
        zones = ([beside] if beside is not None else [named[0]] if named is not None
                 else [reader.tz] if MY_TIME.search(normalize(stretch))
                 or HERE.search(stretch) else [reader.tz, view.tz])
        out.append((hours, clock_minute(m.group(0)), zones, m))
    return out


# A premise's clock time said in words ("so that's noon for me", "1 o'clock here"): read as
# digits, so that it is checked like "12pm" (the shared reader takes "noon" only after "at",
# as "by midnight" is a bound, but in a premise checked against the deadline it is a time).
_NOON = re.compile(r"\b(noon|midday|midnight)\b")
_OCLOCK = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                     r"twelve) ?o'?clock\b")


def _in_digits(raw: str) -> str:
    return read_clock_words(_NOON.sub(lambda m: "0:00" if m.group(1) == "midnight"
                                      else "12:00", raw))


def _oclock_hours(raw: str) -> set[int]:
    """The hours said with "o'clock" (under 13): either half of the day, like a bare "at 7"."""
    words = read_clock_words(" ".join(m.group(0) for m in _OCLOCK.finditer(raw.lower())))
    return {int(h) % 12 for h in re.findall(r"\b(\d{1,2}):00\b", words) if int(h) <= 12}


def _either_half(hours: frozenset[int], oclock: set[int]) -> frozenset[int]:
    return frozenset({*hours, *(h % 12 + 12 for h in hours if h % 12 in oclock)}) \
        if len(hours) == 1 else hours


# "friday", "on fri": a weekday alone, which a deadline on that weekday is on whichever week
# it falls in (asked after a past deadline, "friday" is not the coming one).
_BARE_WEEKDAY = re.compile(r"^(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
                           r"(?:day|nesday|sday|rsday|urday)?$")
# A day said other than by its weekday name ("tomorrow", "the 24th", "24 feb").
_DAY_WORD = re.compile(r"\b(?:today|tomorrow|tmrw|tonight|\d{1,2}(?:st|nd|rd|th)\b"
                       r"|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
# A calendar date, as the page dates things ("the 9th", "9 mar", "feb 23"): unlike "today"
# or a weekday, which are the asker's own calendar, it may be meant in course time.
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
CALENDAR_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTHS}\b"
                           rf"|\b{MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b"
                           r"|\bthe \d{1,2}(?:st|nd|rd|th)\b")


def _day_holds(q: Query, start: datetime, reader_zone: tzinfo,
               zone_said: bool = False) -> bool | None:
    """Whether a deadline falls in the day, week or month the question names; None when it
    names none. With a zone said beside the time, the calendar days are that zone's."""
    window = q.time.window
    if window is None and q.time.weekday is not None:  # "due on a tuesday, wasn't it"
        return start.astimezone(reader_zone).weekday() == q.time.weekday
    if window is None or window.granularity not in ("day", "week", "month"):
        return None
    if _by_said(q):
        # "is cw2 due by friday", "3 days from now do i need cw2 in already": due at any
        # time up to the end of the day (or week, month) named
        return start < window.end
    if zone_said:  # the deadline's wall clock in the zone said, read as the window's
        start = start.astimezone(reader_zone).replace(tzinfo=window.start.tzinfo)
    local = start.astimezone(window.start.tzinfo)
    # "the 5th" asked after the 5th is read as next month's; checked against a past
    # deadline, the day of the month is what is guessed (not when the month is said with it:
    # "the 5th of march" guesses March)
    same_day = (window.granularity == "day" and local.day == window.start.day
                and not states_month(q.text))
    weekday = (window.granularity == "day" and local.weekday() == window.start.weekday()
               and bool(_BARE_WEEKDAY.match(q.time.phrase.strip().lower())))
    return window.start <= start < window.end or same_day or weekday


def _on_course_day(q: Query, window: Window, deadlines: list[Event], view: CourseView,
                   reader: Reader) -> Reply | None:
    """A date said from abroad as the page gives it ("the 9 march deadline"): none falls on
    that day of the asker's calendar, but one does on that day in course time. It is that
    one, said in both zones, not "there is none"; None when the zones agree or none is."""
    if window.granularity != "day" or reader.tz == view.tz:
        return None
    day = window.start.astimezone(reader.tz).date()
    start = datetime.combine(day, time(0), tzinfo=view.tz)
    inside = [e for e in deadlines if start <= e.start < start + timedelta(days=1)]
    if not inside:
        return None
    head = W.DEADLINES_ON_COURSE_DAY.format(label=window.label, zone=zone_abbrev(
        inside[0].start.astimezone(view.tz)))
    lines = [f"{W.CONFIRM_YES} {head}" if q.asks_yes_no else head[:1].upper() + head[1:]]
    lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
              for e in inside]
    return Reply("deadline", True, 0.9, "\n".join(lines), inside)


def zones_meant(q: Query, view: CourseView, reader: Reader) -> list:
    """The zones a clock time said in a question may be in: a zone it names, the asker's when
    it says "my time", else the asker's or course time."""
    raw = q.raw.lower()
    # a zone said with the clock time ("7pm uk", "3pm lima time") is the one it is in, even
    # when another is named ("is 7pm uk like the middle of the night in sydney")
    beside = zone_beside(raw, CLOCK_SAID.search(raw))
    if beside is not None:
        return [beside]
    if MY_TIME.search(q.text):
        return [reader.tz]
    named = find_zone(normalize(q.raw))
    if named is not None:
        return [named[0]]
    return [reader.tz, view.tz]


# Sessions asked beside deadlines ("sessions and deadlines", "anything live or due").
_JOINED = r"[^.?!]{0,20}?(?:\band\b|\bor\b|\+|&|\bplus\b)[^.?!]{0,20}?"
_SESSIONS_WORDS = re.compile(r"\b(?:sessions?|classes|live|lectures?|tutorials?|tuts?|q ?a|"
                             rf"panels?)\b{_JOINED}\b(?:deadlines?|due|hand ?ins?|submissions?)\b"
                             rf"|\b(?:deadlines?|due)\b{_JOINED}"
                             r"\b(?:sessions?|classes|live|lectures?|tutorials?|on|happening|"
                             r"scheduled)\b")


# "what's due after that", a day said before: from then on.
_AFTER_THAT = re.compile(r"\b(?:after|later than|beyond) (?:that|then|it|this)\b")
_YEAR = timedelta(days=366)


# A span of the week kept every week ("friday sunset to saturday", "from sat to sun night"),
# its first day from the evening when one is said.
_DAY = (r"(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?")
_PART_OF_DAY = r"(?: (sunset|evening|night|dusk|afternoon))?"
# ("tuesday and friday" alone names two days; "between friday and saturday" a span)
_WEEKLY_SPAN = re.compile(rf"\b(?:from )?{_DAY}{_PART_OF_DAY} (?:to|till|until|til|-|through) "
                          rf"{_DAY}\b|\bbetween {_DAY}{_PART_OF_DAY} and {_DAY}\b")
_EVENING_FROM = {"sunset": 16, "dusk": 16, "evening": 17, "night": 18, "afternoon": 12}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekly_span(q: Query) -> tuple[int, int, int] | None:
    """(first weekday, the hour it starts from, last weekday) of a weekly span the asker keeps,
    when deadlines are asked against it; None otherwise."""
    m = _WEEKLY_SPAN.search(q.text)
    if m is None or q.coursework or not (q.has("deadline") or "deadline" in q.kinds):
        return None
    first, part, last = m.groups()[:3] if m.group(1) else m.groups()[3:]
    return _WEEKDAYS.index(first), _EVENING_FROM.get(part or "", 0), _WEEKDAYS.index(last)


def _due_in_weekly_span(span: tuple[int, int, int], view: CourseView, deadlines: list[Event],
                        reader: Reader) -> Reply:
    """"I keep friday sunset to saturday, will a deadline fall then": those due in that span
    of their week (in course time), and the others with their days."""
    first, hour, last = span
    days = [(first + i) % 7 for i in range((last - first) % 7 + 1)]

    def inside(e: Event) -> bool:
        local = e.start.astimezone(view.tz)
        return local.weekday() in days and (local.weekday() != first or local.hour >= hour)
    hits = [e for e in deadlines if inside(e)]
    line = W.DEADLINE_LINE
    lines = [W.WEEKLY_SPAN_HITS if hits else W.WEEKLY_SPAN_NONE]
    lines += [line.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
              for e in hits]
    others = [e for e in deadlines if e not in hits]
    if others:
        lines.append(W.WEEKLY_SPAN_OTHERS)
        lines += [line.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
                  for e in others]
    if hour:
        lines.append(W.WEEKLY_SPAN_EVENING.format(day=W.WEEKDAY_NAMES[first], hour=hour))
    return Reply("deadline", True, 0.85, "\n".join(lines), hits)


def _from_day_on(q: Query) -> TimeParse:
    """"leaving on the 20th, the remaining sessions and deadlines": a day said beside what
    remains is where the rest begins, not the only day asked."""
    window = q.time.window
    if (window is None or window.granularity != "day"
            or not (q.asks_remaining or q.direction == "upcoming")):
        return q.time
    return dataclasses.replace(q.time, window=dataclasses.replace(
        window, end=window.start + _YEAR, label=W.FROM_DAY_ON.format(
            label=window.label.removeprefix("on ")), granularity="after"))


def sessions_too(q: Query) -> bool:
    """Whether sessions are asked for beside deadlines, so both kinds are answered."""
    return not q.coursework and bool(_SESSIONS_WORDS.search(q.text))


# The course week asked of a deadline ("which week is cw2 due in", "week number of the
# cw3 deadline?"), not the week now ("what week is it": another handler's)
_WEEK_ASKED = re.compile(r"\b(?:which|what|wat|wich|wht)(?: course| teaching)? week\b"
                         r"(?! (?:is it|are we|r we)\b)|\bweek (?:number|no\.?|#)\b")


def _submit_line(view: CourseView) -> str:
    a = view.schedule.assessment
    return W.DUE_SUBMIT.format(via=a.submission_via, contents=a.submission_contents)


# How long after a deadline "can i still submit", naming no task, asks of that deadline.
_JUST_MISSED = timedelta(days=3)


# Sessions a deadline may be set against in order.
_SESSION_KINDS = frozenset({"lecture", "tutorial", "qa", "panel"})


_SET_WORDS = frozenset({"both", "all", "each", "either", "neither"})
_WH_WORDS = frozenset({"when", "what", "whats", "which", "how", "where", "who", "why"})


def _each_checked(q: Query, chosen: list[Event], view: CourseView,
                  reader: Reader) -> tuple[str, list[str]] | None:
    """For several tasks checked against one day, month or time ("are the 2nd and 3rd tasks
    both due on a tuesday"): the yes or no for the set and each task's own; None unless each
    can be checked."""
    if len(chosen) < 2:
        return None
    # ("2nd and 3rd both due on a monday?", "cw1 and cw2 due in may": a statement of the
    # set, with no question word, is checked like a question)
    words = set(q.words)
    asked = q.asks_yes_no or bool(words & _SET_WORDS) or not words & _WH_WORDS
    each = [_checked_time(q, [e], view, reader, asked) for e in chosen]
    if None in each:
        return None
    yes = [v == W.CONFIRM_YES for v in each]
    many = W.CONFIRM_BOTH if len(chosen) == 2 else W.CONFIRM_ALL.format(count=len(chosen))
    lead = (W.CONFIRM_SET_YES if all(yes) else W.CONFIRM_SET_NONE if not any(yes)
            else W.CONFIRM_SET_NOT_ALL).format(many=many)
    return lead, [W.CONFIRM_YES if y else W.CONFIRM_NO for y in yes]


def answer_deadline(q: Query, view: CourseView, reader: Reader) -> Reply:
    deadlines = _deadlines(view)
    if not deadlines:
        return Reply("deadline", False, 0.5, W.UNKNOWN)
    by_id = {e.id: e for e in deadlines}
    if sessions_too(q) and (q.time.window is not None or q.direction != "all"):
        # "remaining sessions and deadlines", "anything live or due while I'm away": both
        # kinds, as the timetable lists them
        from bot.core.handlers.sessions import answer_schedule
        kinds = set(EVENT_KINDS) - {"quiz"} if not q.kinds - {"deadline"} else q.kinds
        # (over a span of days, the words beside it are the writer's stay, not a topic:
        # "visiting family from 8 to 14 march, anything due or on while i'm away")
        spanned = q.time.window is not None and not q.subject_known
        return answer_schedule(dataclasses.replace(
            q, kinds=kinds | {"deadline"}, time=_from_day_on(q),
            topic="" if spanned else q.topic,
            subject_words=[] if spanned else q.subject_words), view, reader)
    if (weekly := _weekly_span(q)) is not None:
        return _due_in_weekly_span(weekly, view, deadlines, reader)
    if q.kinds & _SESSION_KINDS:
        # "the attention tutorial - before or after cw2 is due?": a session (named by its
        # topic) set against the deadline, read as a deadline question: the two compared
        from bot.core.handlers.order import answer_order
        if (ordered := answer_order(q, view, reader)) is not None:
            return ordered
    if asks_exam_order(q):  # "is cw3 due before the exam": the exam is undated
        known, dated = exam_order(q, view, reader)
        return Reply("deadline", False, 0.6, "\n".join(filter(None, (W.EXAM_DATE_UNKNOWN,
                                                                    known))), dated)
    if q.has("when") and {"release", "released", "out", "published", "handout"} & set(q.words) \
            or q.asks_yes_no and _HANDED_OUT.search(q.text) and not _DUE_SAID.search(q.text) \
            or q.coursework and _RECEIVED.search(q.text) and not _DUE_SAID.search(q.text):
        # "cw2 comes out in week 5 yeah?": a guess at the hand-out, which the page does not
        # date; checked against the due date it would be a wrong No
        return _handout(q, view, reader, by_id)
    chosen: list[Event] = [by_id[c] for c in q.coursework if c in by_id]
    if len(chosen) == 1 and named_as_start(q):
        # "after task 1 when's the next one due": the task after the one named
        after = following(deadlines, chosen)
        if after and q.direction == "last":
            # "after task 2 what's the last coursework": the last of all, after the one named
            after = [deadlines[-1]]
        if not after:
            return Reply("deadline", True, 0.85, W.NONE_AFTER_DEADLINE.format(
                id=chosen[0].id, when=view.instant(chosen[0].start, reader)), chosen)
        chosen = after
    elif chosen and q.direction == "next" and q.coursework_position is None and all(
            e.start <= reader.now for e in chosen):
        # "cw1 submitted, what's due next": the task named is done; the next one is asked.
        chosen = [e for e in deadlines if e.start > reader.now][:1] or chosen
    if not chosen and asks_if_still_open(q.raw):
        # "deadline passed an hour ago, is late ok?": the hand-in asked of is the one just
        # missed, when one passed lately (else the next one, which is open)
        missed = [e for e in deadlines if reader.now - _JUST_MISSED <= e.start <= reader.now]
        chosen = missed[-1:]
    if not chosen and q.direction == "first":
        chosen = [deadlines[0]]
    if not chosen and q.direction == "last":
        chosen = [deadlines[-1]]
    if chosen:
        text = "\n".join(_one(view, e, reader) for e in chosen)
        if _WEEK_ASKED.search(q.text):
            # "which week is cw2 due in": the course week asked, before the date
            text = "\n".join([*(W.DUE_IN_WEEK.format(id=e.id, week=e.week,
                                                      span=view.week_span(e.week))
                                 for e in chosen if e.week is not None), text])
        if len(chosen) == 1 and (handed := handed_in.verdict(q, chosen[0], view,
                                                             reader)) is not None:
            # "i submitted cw3 at 2:30pm my time (NY) on march 9, was that before the
            # deadline?": the time stated, before or after it, then the date the page gives
            return Reply("deadline", True, 0.9, f"{handed[0]}\n{text}", chosen)
        if (verdict := _checked_time(q, chosen, view, reader)) is not None:
            # "cw3 is due friday right?", "task 2 was the 23rd wasn't it": the guess
            # confirmed or corrected first, then the date the page gives
            text = f"{verdict} {text}"
        elif (each := _each_checked(q, chosen, view, reader)) is not None:
            # "are cw1 and cw3 both due on a friday": a yes or no for the set, then each
            text = "\n".join([each[0], *(f"{v} {_one(view, e, reader)}"
                                         for v, e in zip(each[1], chosen, strict=True))])
        if len(chosen) > 1 and set(q.words) & _COMPARING:
            text += "\n" + _comparison(chosen, reader)
        if any(e.start > reader.now for e in chosen):
            text += "\n" + _submit_line(view)
        elif asks_if_still_open(q.raw):
            # "just finished task 3, can i still submit?" after its deadline: the page says
            # when it was due and nothing of late hand-ins; a person can say more
            text += "\n" + W.LATE_UNSTATED.format(via=view.schedule.assessment.submission_via)
        if q.asks_item_in_general and q.coursework:
            # "cw2 info", "tell me about cw1": after the deadline and the hand-in, who marks it
            from bot.core.handlers.people import assessors_line  # (people imports this)
            ids = {e.id for e in chosen}
            text += "".join("\n" + assessors_line(cw) for cw in view.schedule.coursework
                            if cw.id in ids and cw.assessors)
        return Reply("deadline", True, 0.95, text, chosen)

    if (count := count_asked(q.text)) is not None and q.time.window is None \
            and q.direction in (None, "next"):
        # "the next two deadlines": that many, in order
        return _next_count(view, deadlines, count, reader)
    if (count := past_count_asked(q.text)) is not None and q.time.window is None \
            and q.direction in (None, "last", "previous"):
        # "the last two deadlines": the most recent that many already passed
        return _last_count(view, deadlines, count, reader)
    if q.time.window is None and (q.direction == "upcoming" or q.asks_remaining) \
            and not asks_time_left_now(q.raw):
        # "how many cws do I still have to hand in": every one still to come, counted
        # ("its 18:50, can i still make it": whether there is time for the next one).
        return _remaining(view, deadlines, reader)
    if not q.coursework and q.subject_known:
        # "the GAN coursework": the page does not say what each task is about.
        reply = _all(view, deadlines, reader)
        reply.text = W.TOPIC_COURSEWORK_UNKNOWN + "\n" + reply.text.split("\n", 1)[1]
        reply.confidence = 0.6
        return reply
    if q.has("past") and (set(q.words) & {"any", "all", "which", "missed", "miss"}
                          or q.asks_count):
        past = [e for e in deadlines if e.start <= reader.now]
        if past or q.asks_count:
            # "how many cw deadlines have already passed": counted
            head = (W.DEADLINES_PASSED_COUNT.format(count=len(past), total=len(deadlines))
                    if q.asks_count else W.DEADLINES_PASSED)
            lines = [head] + [
                W.DEADLINE_LINE.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
                for e in past]
            upcoming = [e for e in deadlines if e.start > reader.now]
            if upcoming:
                lines.append(_next_text(view, upcoming[0], reader))
            return Reply("deadline", True, 0.85, "\n".join(lines), past + upcoming[:1])
    if q.time.weekday is not None and not chosen:
        # "which cw deadlines are on a tuesday": any Tuesday of the course, not the next one
        day = W.WEEKDAY_NAMES[q.time.weekday]
        on_day = on_weekday(view, deadlines, q.time.weekday)
        lines = [W.DEADLINES_ON_WEEKDAY.format(day=day) if on_day
                 else W.NO_DEADLINES_ON_WEEKDAY.format(day=day)]
        lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title,
                                         when=view.instant(e.start, reader))
                  for e in (on_day or deadlines)]
        return Reply("deadline", True, 0.9, "\n".join(lines), on_day)
    window = q.time.window
    if window is not None and window.granularity == "day" and _AFTER_THAT.search(q.text):
        # "flying out on the 12th, what deadlines are after that": from the day after it on
        window = dataclasses.replace(window, start=window.end, end=window.end + _YEAR,
                                     label=W.AFTER_DAY.format(
                                         label=window.label.removeprefix("on ")),
                                     granularity="after")
    if (ahead := week_ahead_reply(q, view, reader)) is not None:
        return ahead
    if window is not None:
        inside = [e for e in deadlines if window.start <= e.start < window.end]
        if inside:
            lines = [W.DEADLINES_IN.format(label=window.label)]
            lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title,
                                             when=view.instant(e.start, reader)) for e in inside]
            return Reply("deadline", True, 0.9, "\n".join(lines), inside)
        if (course_day := _on_course_day(q, window, deadlines, view, reader)) is not None:
            return course_day
        text = W.NO_DEADLINES_IN.format(label=window.label)
        upcoming = [e for e in deadlines if e.start > reader.now]
        if window.granularity == "after" and deadlines[-1].start < window.start:
            # "any deadlines after the 12th": none; the last one is said, not the next
            last = deadlines[-1]
            text += " " + W.LAST_DEADLINE_IS.format(title=last.title, id=last.id,
                                                    when=view.instant(last.start, reader))
        elif window.start > reader.now and window.granularity != "after":
            # "first monday of march, anything due?": the next one from today when it comes
            # before that day, and the first after the day (or the last, when none is)
            said_next = bool(upcoming) and upcoming[0].start < window.start
            if said_next:
                text += " " + _next_text(view, upcoming[0], reader)
            later = [e for e in deadlines if e.start >= window.end]
            e = later[0] if later else deadlines[-1]
            if upcoming and e == upcoming[0]:  # (the next from today: with its countdown, once)
                return Reply("deadline", True, 0.85,
                             text if said_next else f"{text} {_next_text(view, e, reader)}", [])
            span = re.sub(r"^(?:on|in) ", "", window.label)
            text += " " + (W.FIRST_DEADLINE_AFTER.format(span=span, title=e.title, id=e.id,
                                                         when=view.instant(e.start, reader))
                           if later else W.LAST_DEADLINE_IS.format(
                               title=e.title, id=e.id, when=view.instant(e.start, reader)))
        elif upcoming:  # mentioned, but not an event of the answer: nothing is due then
            text += " " + _next_text(view, upcoming[0], reader)
        return Reply("deadline", True, 0.85, text, [])

    if (q.direction == "all" or (q.has("all") and not q.has("next"))
            or _IN_ORDER.search(q.text)):
        return _all(view, deadlines, reader)
    if q.direction == "previous":
        past = [e for e in deadlines if e.start <= reader.now]
        if past:
            e = past[-1]
            text = W.PREVIOUS_DEADLINE.format(title=e.title, id=e.id,
                                              when=view.instant(e.start, reader),
                                              ago=format_duration(elapsed(e.start, reader.now)))
            return Reply("deadline", True, 0.85, text, [e])
    upcoming = [e for e in deadlines if e.start > reader.now]
    if not upcoming:
        last = deadlines[-1]
        text = W.NO_DEADLINES_LEFT.format(count=len(deadlines), title=last.title, id=last.id,
                                          when=view.instant(last.start, reader))
        return Reply("deadline", True, 0.85, text, [])
    if q.direction is None and _WHAT_IS_DUE.search(q.text):
        # "tell me what's due and when": everything due, not the next task only (those
        # still to come, with the ones passed named)
        return _remaining(view, deadlines, reader)
    if q.direction is None and (q.has("deadline") and len(q.words) <= 2
                                or _EVERY_ONE.search(q.raw.lower())):
        # "cw deadlines pls", "when is anything due, list it all": every deadline, asked
        # in the plural or as a list, not only the next one
        return _all(view, deadlines, reader)
    text = _next_text(view, upcoming[0], reader) + "\n" + _submit_line(view)
    return Reply("deadline", True, 0.85, text, [upcoming[0]])


# "deadlines in order", "list the deadlines chronologically": every one, in order.
_IN_ORDER = re.compile(r"\bdeadlines?\b.*\b(?:in order|order(?:ed)?|sorted|chronological(?:ly)?"
                       r"|timeline|sequence)\b"
                       r"|\b(?:order|sort|timeline) of (?:the |all )?(?:\w+ )?deadlines?\b")


# Asking for every deadline: in the plural, or for a list of them all.
_EVERY_ONE = re.compile(r"\b(?:deadlines|due dates|hand-?in dates|submission dates)\b"
                        r"|\blist (?:them|it|everything|all|every)\b"
                        r"|\b(?:all of (?:them|it)|everything|every one)\b")


# "what is due", "what have we got due": what is due, as a whole (not "what time is it due").
_WHAT_IS_DUE = re.compile(r"\bwhat\b(?! (?:time|day|date|week|hour)s?\b)[^.?!]{0,20}?\bdue\b")


def _next_count(view: CourseView, deadlines: list[Event], count: int, reader: Reader) -> Reply:
    """"The next three deadlines": those, in order; all still to come when fewer are left."""
    upcoming = [e for e in deadlines if e.start > reader.now]
    if len(upcoming) < count:
        return _remaining(view, deadlines, reader)
    chosen = upcoming[:count]
    lines = [W.NEXT_DEADLINES.format(count=count)]
    lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
              for e in chosen]
    lines.append(_submit_line(view))
    return Reply("deadline", True, 0.9, "\n".join(lines), chosen)


def _last_count(view: CourseView, deadlines: list[Event], count: int, reader: Reader) -> Reply:
    """"The last two deadlines": the latest that many passed, in order; those there were
    when fewer have passed."""
    chosen = [e for e in deadlines if e.start <= reader.now][-count:]
    if not chosen:
        return Reply("deadline", True, 0.8, W.NOTHING_BEFORE)
    what = W.EVENT_KIND_NAMES["deadline"]
    lines = [W.LAST_COUNT.format(count=count, what=what) if len(chosen) == count
             else W.ONLY_HELD.format(count=len(chosen), what=what,
                                     verb="was" if len(chosen) == 1 else "were")]
    lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
              for e in chosen]
    return Reply("deadline", True, 0.9, "\n".join(lines), chosen)


# Words that ask to compare two tasks' deadlines ("which is due first, cw2 or cw3").
_COMPARING = frozenset({"first", "earlier", "earliest", "sooner", "soonest", "before", "after",
                        "later", "same", "which", "order", "compare", "between"})


def _comparison(chosen: list[Event], reader: Reader) -> str:
    ordered = sorted(chosen, key=lambda e: (e.start, e.id))
    first, second = ordered[0], ordered[1]
    lines = [W.DUE_SAME_DAY.format(first=first.id, second=second.id) if first.start == second.start
             else W.DUE_FIRST.format(first=first.id, second=second.id,
                                     gap=format_duration(elapsed(first.start, second.start)))]
    times = {e.start.astimezone(reader.tz).strftime("%H:%M %Z") for e in ordered}
    if len(times) == 1 and first.start != second.start:
        same = W.DUE_SAME_TIME[2 if len(ordered) == 2 else "more"]
        lines.append(same.format(time=times.pop()))
    return " ".join(lines)


def _remaining(view: CourseView, deadlines: list[Event], reader: Reader) -> Reply:
    past, left = split_at(deadlines, reader.now)
    if not left:
        last = deadlines[-1]
        text = W.NO_DEADLINES_LEFT.format(count=len(deadlines), title=last.title, id=last.id,
                                          when=view.instant(last.start, reader))
        return Reply("deadline", True, 0.85, text, [])
    lines = [W.DEADLINES_REMAINING.format(count=len(left), total=len(deadlines),
                                          verb="is" if len(left) == 1 else "are")]
    lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
              for e in left]
    if past:
        lines.append(W.DEADLINES_ALREADY_PASSED.format(names=", ".join(
            f"{e.id} ({view.instant(e.start, reader)})" for e in past)))
    lines.append(_submit_line(view))
    return Reply("deadline", True, 0.9, "\n".join(lines), left)


# What was due, not what is coming: "what was due this week" keeps its calendar week.
_LOOKS_BACK = re.compile(r"\b(?:was|were|did|had|missed|passed|already)\b")


def _week_ending_today(window: Window, deadlines: list[Event], q: Query,
                       reader: Reader) -> list[Event]:
    """The deadlines of the coming seven days when "this week" is asked on its last day with
    none left in it; empty otherwise (another week, a question about the past)."""
    if window.granularity != "week" or not window.start <= reader.now < window.end \
            or window.end - reader.now > timedelta(days=1) or _LOOKS_BACK.search(q.text):
        return []
    if any(reader.now < e.start < window.end for e in deadlines):
        return []
    return [e for e in deadlines if reader.now < e.start < reader.now + timedelta(days=7)]


def week_ahead_reply(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"A big deadline coming up this week?" on a Sunday: the week said is the seven days
    ahead, not the few hours left of it; the next deadline, without "none this week"."""
    window = q.time.window
    if window is None or not (soon := _week_ending_today(window, _deadlines(view), q, reader)):
        return None
    return Reply("deadline", True, 0.85, _next_text(view, soon[0], reader), soon[:1])


def next_deadline_text(view: CourseView, after: datetime, reader: Reader) -> str | None:
    """"The next coursework deadline is ..." for the first one after `after`; None if none."""
    later = sorted((e for e in _deadlines(view) if e.start and e.start >= after),
                   key=lambda e: (e.start, e.id))
    return _next_text(view, later[0], reader) if later else None


def _next_text(view: CourseView, e: Event, reader: Reader) -> str:
    cw = next(c for c in view.schedule.coursework if c.id == e.id)
    return W.NEXT_DEADLINE.format(title=cw.title, id=cw.id, when=view.instant(e.start, reader),
                                  left=format_duration(elapsed(reader.now, e.start)))


def _all(view: CourseView, deadlines: list[Event], reader: Reader) -> Reply:
    a = view.schedule.assessment
    lines = [W.ALL_DEADLINES.format(count=len(deadlines), weight=a.coursework_weight)]
    for e in deadlines:
        line = W.DEADLINE_LINE.format(id=e.id, title=e.title, when=view.instant(e.start, reader))
        if e.start <= reader.now:
            line += " (passed)"
        lines.append(line)
    lines.append(_submit_line(view))
    return Reply("deadline", True, 0.9, "\n".join(lines), deadlines)


def _handout(q: Query, view: CourseView, reader: Reader, by_id: dict[str, Event]) -> Reply:
    ids = q.coursework or [cw.id for cw in view.schedule.coursework]
    lines = []
    for cid in ids:
        cw = next(c for c in view.schedule.coursework if c.id == cid)
        lines.append(handout_unknown(cw, by_id[cid], view, reader))
    return Reply("deadline", False, 0.6, "\n".join(lines), [by_id[c] for c in ids])


def handout_unknown(cw: Coursework, due: Event, view: CourseView, reader: Reader) -> str:
    """The page dates no hand-out: said so, with the first week the task is listed in (the
    loader checks those weeks exist), where the materials are and its deadline."""
    said = {"locations": " and ".join(view.schedule.course.materials_locations),
            "title": cw.title, "id": cw.id, "when": view.instant(due.start, reader)}
    return (W.HANDOUT_UNKNOWN.format(week=min(cw.listed_in_weeks), **said)
            if cw.listed_in_weeks else W.HANDOUT_UNKNOWN_UNLISTED.format(**said))


def answer_stated_hand_in(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """A hand-in time said against one task's deadline ("if i hand in cw1 at 6:45pm on the
    friday im fine right?", "submitted task 2 at 18:50, in time?"), whichever reading the
    question got (the words on handing in read as the submission's format): before or after
    the deadline, then the date the page gives."""
    chosen = [e for e in _deadlines(view) if e.id in set(q.coursework)]
    if len(chosen) != 1 or handed_in.stated_hand_in(q, chosen[0], reader) is None:
        return None
    return answer_deadline(q, view, reader)
