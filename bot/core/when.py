"""Time expressions in questions: "tomorrow", "next week", "on 3 Jun", "week 4", "03/06".

Relative expressions are read in the asker's zone, from the injected `now`. Dates without a
year take the course's year when that puts them near the course, else the current year.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course_parts import join
from bot.core.day_only import DayKept, DayOnly, holds_watched
from bot.core.lexicon import CUES
from bot.core.named_days import find_named_day, named_day_in
from bot.core.recent_texts import holds_message_text
from bot.core.text import NUMBER_PATTERN, number_value
from bot.core.timefmt import format_duration, ordinal_suffix

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\.?"
_WEEKDAY = (r"(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|es|esday|nesday|rs|rsday|urday|"
            r"ur|r|t)?")


@dataclass(frozen=True)
class Window:
    """A span of time the question is about, half-open [start, end), in the asker's zone."""

    start: datetime
    end: datetime
    label: str
    granularity: str  # "day", "week", "month", "range" or "after" (from then on: the first)
    course_week: int | None = None
    # The course weeks a span of weeks names ("between week 3 and 6": 3, 4, 5, 6), so that
    # what is placed only in a week (a pre-recorded lecture) is found in it too.
    weeks: tuple[int, ...] = ()
    # "until the 17th": the start of the day said, read as a stretch from now to its end; a
    # command ("mute until the 17th") ends at the day itself.
    day_said: datetime | None = None

    def holds_week(self, week: int | None) -> bool:
        """Whether something placed only in this course week falls in the window."""
        return week is not None and (week == self.course_week or week in self.weeks)


@dataclass(frozen=True)
class TimeParse:
    window: Window | None
    remainder: str  # the question with the time expression taken out
    week_number: int | None = None  # "week 4" as a course week
    phrase: str = ""  # the time expression as written ("next tuesday")
    # A day of the week as a kind of day, not a date ("on a tuesday", "on tuesdays"): 0=Mon
    weekday: int | None = None
    # "week 5 (the one starting 1 feb)": the course week said, when the date beside it falls
    # in another week (the window is then the date's week)
    said_week: int | None = None
    # A time the asker says they are taken ("my job is tuesdays 9-1", "exam on 2 mar
    # 10-12", "friday sunset to saturday"): see `busy_time`
    busy: Busy | None = None
    # The date was read from a day of the month alone ("the 23rd": "month_day") or a
    # weekday alone ("on tuesday": "weekday"), counted from today: when today is outside
    # the course, the date meant may be the course's one (see sessions.in_term_reading)
    loose: str = ""
    # "29 feb" in a year with no 29 February: the day said, and its month's last day
    no_such_day: tuple[str, date] | None = None
    # "tuesday the 24th" where the weekday and the date never agree (in the course, or near
    # today within it): the day as said, and the dates with that day of the month
    mismatch: tuple[str, tuple[date, ...]] | None = None


def asked_week(time: TimeParse) -> int | None:
    """The one course week a question names ("week 4", "this week"), or None."""
    if time.week_number is not None:
        return time.week_number
    window = time.window
    if window is not None and window.granularity == "week" and not window.weeks:
        return window.course_week
    return None


WEEK_MINUTES = 7 * 24 * 60


@dataclass(frozen=True)
class Busy:
    """A time the asker says they are taken, in the asker's zone: one span of time (a day
    with its hours), or spans that recur every week (minutes after Monday 00:00, [a, b); b
    may pass the week's end: "sunday night to monday morning")."""

    label: str
    span: tuple[datetime, datetime] | None = None
    weekly: tuple[tuple[int, int], ...] = ()
    zone: ZoneInfo | None = None  # the asker's, in which the weekly spans are read
    # "an interview at 10": only a start was said and an hour assumed (what follows soon
    # after may clash too)
    start_only: bool = False

    def overlaps(self, start: datetime, end: datetime) -> bool:
        """Whether [start, end) meets this time (an instant: give end = start)."""
        end = max(end, start + timedelta(minutes=1))
        if self.span is not None:
            return start < self.span[1] and self.span[0] < end
        local = start.astimezone(self.zone) if self.zone else start
        a = local.weekday() * 1440 + local.hour * 60 + local.minute
        b = a + max(1, round((end - start).total_seconds() / 60))
        return any(a < hi + shift and lo + shift < b
                   for lo, hi in self.weekly for shift in (-WEEK_MINUTES, 0))


@dataclass(frozen=True)
class CourseCalendar:
    """What the parser needs to know about the course: its zone and week starts."""

    tz: ZoneInfo
    week_starts: dict[int, date]
    month_first: bool = False  # "9/2" is 2 Sep where the course writes dates month/day
    # The weeks holding a lecture, tutorial or Q&A ("the last week of teaching" is the last
    # of these, not a week the page keeps for a deadline)
    taught_weeks: tuple[int, ...] = ()

    def week_window(self, number: int, label: str) -> Window | None:
        start = self.week_starts.get(number)
        if start is None:
            return None
        begin = datetime.combine(start, time(), self.tz)
        return Window(begin, begin + timedelta(days=7), label, "week", number)

    def day_window(self, day: date, label: str) -> Window:
        return _day_window(day, self.tz, label, self)

    def course_week_of(self, day: date) -> int | None:
        for number, start in self.week_starts.items():
            if start <= day < start + timedelta(days=7):
                return number
        return None

    def year_for(self, month: int, day: int, now: datetime) -> int:
        return self.year_near(lambda year: date(year, month, day), now)

    def near_course(self, month: int, day: int) -> bool:
        """Whether this day of the year falls within the course's weeks (a week either side)."""
        return not self.week_starts or self._year_within(
            lambda year: date(year, month, day), timedelta(days=7), timedelta(days=14)) is not None

    def year_near(self, day_in: Callable[[int], date], now: datetime) -> int:
        """The year whose day (`day_in(year)`) falls near the course, else this year."""
        year = self._year_within(day_in, timedelta(days=90), timedelta(days=97))
        return now.year if year is None else year

    def _year_within(self, day_in: Callable[[int], date], before: timedelta,
                     after: timedelta) -> int | None:
        """The year whose day (`day_in(year)`) falls from `before` the course's first week to
        `after` the start of its last; None if none does (or the course has no weeks)."""
        starts = sorted(self.week_starts.values())
        if not starts:
            return None
        first, last = starts[0] - before, starts[-1] + after
        for year in sorted({first.year, last.year}):
            try:
                candidate = day_in(year)
            except ValueError:
                continue
            if first <= candidate <= last:
                return year
        return None


def _day_window(day: date, tz: ZoneInfo, label: str, cal: CourseCalendar) -> Window:
    begin = datetime.combine(day, time(), tz)
    return Window(begin, begin + timedelta(days=1), label, "day", cal.course_week_of(day))


def _week_window(monday: date, tz: ZoneInfo, label: str, cal: CourseCalendar) -> Window:
    begin = datetime.combine(monday, time(), tz)
    return Window(begin, begin + timedelta(days=7), label, "week", cal.course_week_of(monday))

# Kinds of course event in the plural, as a weekday may name a recurring one ("the tuesday
# tutorials"): the generic words of every course (a course's own words come as these).
_KIND_PLURALS = "|".join(sorted({w for k in ("qa", "tutorial", "lecture", "deadline", "session",
                                               "quiz", "panel")
                                  for w in CUES[k] | {f"{k}s"} if w.endswith("s")
                                  and {w[:-1], w[:-2]} & (CUES[k] | {k})}))
# "which deadlines are on a tuesday", "is the q&a at 10 on tuesdays": any such day.
# "i work thursday afternoons": a part of the day in the plural recurs each week too.
_WEEKDAY_CLASS = re.compile(r"\b(?:on (?:a|any)|every(?: single)?|each) "
                            r"(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)\b"
                            r"|\b(?:on )?(mon|tues|wednes|thurs|fri|satur|sun)days\b"
                            # ("tues mornings", "thurs evenings": a day shortened with its s)
                            r"|\b(?:on )?(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|"
                            r"urday|s)? (?:mornings|afternoons|evenings|nights)\b"
                            # "the tuesday 11am slot": the weekly slot, not one date's
                            r"|\b(?:the )?(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|"
                            r"rsday|urday)?(?: (?:\d{1,2}(?::\d\d)? ?(?:am|pm)?|morning|"
                            r"afternoon|evening))? (?:time ?)?slots?\b"
                            # "the tuesday q&a sessions", "friday deadlines", "monday lectures":
                            # a weekday naming a recurring kind of session, said in the plural
                            # (not "next friday's deadlines": a qualifier makes it a date)
                            r"|(?<!next )(?<!this )(?<!last )(?<!coming )(?<!previous )"
                            r"(?<!following )\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|"
                            rf"rsday|urday)(?= (?:\w+ )?(?:{_KIND_PLURALS})\b)"
                            # "the friday deadline": the one due on a friday (deadlines are
                            # folded to the singular before this reads them)
                            r"|(?<=\bthe )(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|"
                            r"rsday|urday)(?= deadline\b)")


# Parses that read of the clock only its day, per text and day (see `day_only`).
_DAY_PARSES = DayKept(4096)


def parse_time(text: str, now: datetime, tz: ZoneInfo, cal: CourseCalendar) -> TimeParse:
    """Find the first time expression in normalised `text`. Most texts name no time or a
    date: their parse reads only the day of `now` and is kept for that text and day; a parse
    that reads the time of day is made each time."""
    local_now = now.astimezone(tz)
    key = (text, local_now.date(), now.date(), tz)
    if (kept := _DAY_PARSES.get(key, cal)) is not None:
        return kept
    watched_now, watched_local = DayOnly.of(now), DayOnly.of(local_now)
    parsed = _parse_time(text, watched_now, watched_local, tz, cal)
    if holds_watched(parsed):  # the clock itself in the result ("right now"): plain again
        return _parse_time(text, now, local_now, tz, cal)
    if not (watched_now.clock_read() or watched_local.clock_read()):
        _DAY_PARSES.keep(key, cal, parsed)
    return parsed


def _parse_time(text: str, now: datetime, local_now: datetime, tz: ZoneInfo,
                cal: CourseCalendar) -> TimeParse:
    today = local_now.date()
    if (m := _WEEKDAY_CLASS.search(text)) is not None:
        remainder = re.sub(r"\s+", " ", (text[:m.start()] + " " + text[m.end():]).strip())
        day = next(g for g in m.groups() if g)[:3]
        # "tuesday mornings are tricky. next week (week 7), same tuesday slots?": a window
        # named beside the kind of day still holds
        for parser in _PARSERS:
            found = parser(remainder, today, local_now, tz, cal)
            if found is not None:
                window, span, week_number = found
                rest = re.sub(r"\s+", " ", (remainder[:span[0]] + " " + remainder[span[1]:]))
                return TimeParse(window, rest.strip(), week_number, m.group().strip(),
                                 WEEKDAYS[day])
        return TimeParse(None, remainder, None, m.group().strip(), WEEKDAYS[day])
    if (missing := _no_such_day(text, now, cal)) is not None:
        said, last, (a, b) = missing
        return TimeParse(None, re.sub(r"\s+", " ", (text[:a] + " " + text[b:]).strip()),
                         phrase=text[a:b].strip(), no_such_day=(said, last))
    for parser in _PARSERS:
        found = parser(text, today, local_now, tz, cal)
        if found is not None:
            window, span, week_number = found
            remainder = (text[: span[0]] + " " + text[span[1]:]).strip()
            parsed = TimeParse(window, re.sub(r"\s+", " ", remainder), week_number,
                               text[span[0]:span[1]].strip(),
                               loose=_LOOSE.get(parser.__name__, ""))
            if parser is _relative_weeks and (
                    named := _named_week(text, span, today, local_now, tz, cal)) is not None:
                return named
            parsed = _week_against_date(parsed, span, text, today, local_now, tz, cal)
            parsed = _day_of_week_said(parsed, span, text, tz, cal)
            parsed = _up_to_day(parsed, span, text, local_now, cal)
            if parser is _day_of_month and (
                    mismatch := _weekday_mismatch(text, today, cal)) is not None:
                # "tuesday the 24th" that never agree: the day of the month read (a task's
                # date doubted is checked against it), and the mismatch kept to be said
                parsed = dataclasses.replace(parsed, mismatch=mismatch[:2])
            return parsed
    return TimeParse(None, text)


# "tuesday of week 6", "at 10am on tuesday in week 6", "wednesday evening this week", "week 7
# on friday": one day of the week said right beside a week (a part of the day or a clock
# time may stand between them), which names that day of it.
_JOINER = (r"(?:\s+|,|of|in|on|the|during|for|at|morning|afternoon|evening|night|"
           r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)*")
_DAY_BEFORE_WEEK = re.compile(rf"\b{_WEEKDAY}\b(?!s){_JOINER}$")
_DAY_AFTER_WEEK = re.compile(rf"^{_JOINER}\b{_WEEKDAY}\b(?!s)")


_WEEKDAY_SAID = re.compile(rf"\b{_WEEKDAY}\b")


def _day_of_week_said(parsed: TimeParse, span: tuple[int, int], text: str, tz: ZoneInfo,
                      cal: CourseCalendar) -> TimeParse:
    """The day of a week the text names beside it (see `_DAY_BEFORE_WEEK`), else `parsed`
    as it is; a week said with two days of it stays the week."""
    window = parsed.window
    if window is None or window.granularity != "week":
        return parsed
    before = _DAY_BEFORE_WEEK.search(text, 0, span[0])
    after = _DAY_AFTER_WEEK.match(text[span[1]:])
    if (before is None) == (after is None):
        return parsed
    m = before or after
    named = m.group(1)
    if len(set(_WEEKDAY_SAID.findall(text))) > 1:
        return parsed
    day = window.start.date() + timedelta(days=WEEKDAYS[named])
    a, b = (before.start(), span[1]) if before else (span[0], span[1] + after.end())
    rest = re.sub(r"\s+", " ", text[:a] + " " + text[b:]).strip()
    return dataclasses.replace(
        parsed, window=_day_window(day, tz, f"on {day:%a} {day.day} {day:%b %Y}", cal),
        remainder=rest, phrase=text[a:b].strip())


# "until", "till", "up to", "through" right before a day ("away until the 17th", "offline
# till next friday"): the whole stretch from now to that day's end is meant, not the day.
_UP_TO = re.compile(r"\b(?:until|till|til|untill|up ?(?:un)?till?|up to|through|thru)"
                    r"\s*(?:the\s*)?$")


def _up_to_day(parsed: TimeParse, span: tuple[int, int], text: str, now: datetime,
               cal: CourseCalendar) -> TimeParse:
    """A day said after "until" (see `_UP_TO`), still to come: from now to that day's end;
    else `parsed` as it is (a day gone by, or a day said without it)."""
    window = parsed.window
    # (by the day alone: a day's parse that reads no clock is kept, see `parse_time`)
    if window is None or window.granularity != "day" or window.start.date() <= now.date():
        return parsed
    phrase = text[span[0]:span[1]]
    if not (_UP_TO.search(text[:span[0]]) or re.match(r"(?:until|till) ", phrase)):
        return parsed
    day = window.start.date()
    return dataclasses.replace(parsed, window=Window(
        now, window.end, W.UP_TO_DAY.format(day=f"{day:%a} {day.day} {day:%b %Y}"), "range",
        cal.course_week_of(now.date()), day_said=window.start))


# "week 5 (the one starting 1 feb)", "the week from 8 feb, week 5": what may stand between a
# course week and a date said beside it to name the same week.
_BESIDE = re.compile(r"^[\s(,:-]*(?:(?:i\.?e\.?|so|that is|which is|aka)\s+)?"
                     r"(?:the (?:one|week)\s*)?(?:that |which )?(?:starting|starts|beginning|"
                     r"begins|commencing|from|of|on|w/?c)?[\s,:-]*$")
_SECOND = ("_course_week", "_explicit_date", "_day_of_month")


def _named_week(text: str, span: tuple[int, int], today: date, now: datetime, tz: ZoneInfo,
                cal: CourseCalendar) -> TimeParse | None:
    """"The last week, like week 9", "next week (week 6)": a course week said beside a
    relative one is the week meant (it is the more exact, and "the last week" may be the
    course's last, not the one before this). None when no course week is said."""
    blanked = text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
    found = _course_week(blanked, today, now, tz, cal)
    if found is None or found[0] is None:
        return None
    window, (a, b), number = found
    remainder = re.sub(r"\s+", " ", (blanked[:a] + " " + blanked[b:]).replace("(", " ")
                       .replace(")", " ")).strip()
    return TimeParse(window, remainder, number, text[a:b].strip())


def _week_against_date(parsed: TimeParse, span: tuple[int, int], text: str, today: date,
                       now: datetime, tz: ZoneInfo, cal: CourseCalendar) -> TimeParse:
    """A course week and a date said beside it ("week 5 (the one starting 1 feb)"): the
    week of the date is meant; when that is another course week, the week said is kept to
    correct it. The parse unchanged otherwise."""
    blanked = text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
    second = next((f for p in _PARSERS if p.__name__ in _SECOND
                   and (f := p(blanked, today, now, tz, cal)) is not None), None)
    if second is None or parsed.window is None or second[0] is None:
        return parsed
    pair = [(parsed.window, parsed.week_number), (second[0], second[2])]
    said = [n for _, n in pair if n is not None]
    dated = [w for w, n in pair if n is None and w.granularity == "day"]
    spans = sorted([span, second[1]])
    if (len(said) != 1 or len(dated) != 1 or dated[0].course_week is None
            or not _BESIDE.match(text[spans[0][1]:spans[1][0]])):
        return parsed
    day = dated[0].start.date()
    week = dated[0].course_week
    between = text[spans[0][1]:spans[1][0]]
    if not re.search(r"[(]|\b(?:one|week|starting|starts|beginning|begins|commencing|w/?c)\b",
                     between):  # "on 5 feb in week 4": that day, in the week said
        if week == said[0]:
            return parsed
        return dataclasses.replace(parsed, said_week=said[0],
                                   window=dated[0], week_number=None)
    window = _week_window(day - timedelta(days=day.weekday()), tz, f"in week {week}", cal)
    remainder = text[:spans[0][0]] + " " + text[spans[1][1]:]
    remainder = re.sub(r"\s+", " ", remainder.replace("(", " ").replace(")", " ")).strip()
    return dataclasses.replace(parsed, window=window, remainder=remainder, week_number=week,
                               said_week=said[0] if said[0] != week else None)


# (Patterns read for every question are compiled once here, not looked up in re's cache at
# each call.)
_WEEK_NUMBERED = re.compile(rf"\b(?:in |during |for |of )?(?:the )?(?:weeks?|wks?) ?#?"
                            rf"({NUMBER_PATTERN})\b"
                            r"|\b(?:in |during |for |of )?(?:the )?w ?(\d{1,2})\b")
_NUMBER_WEEK = re.compile(rf"\b(?:in |during |for )?(?:the )?({NUMBER_PATTERN}) week\b(?! of)")


def _course_week(text, today, now, tz, cal):
    # "weeks 4 and 5": the first of the weeks named (the others are read in understand.py)
    m = _WEEK_NUMBERED.search(text)
    if not m:
        m = _NUMBER_WEEK.search(text)
        if not m or number_value(m.group(1)) is None or m.group(1).isdigit():
            return None
    number = number_value(m.group(1) or m.group(2) or "")
    if number is None:
        return None
    window = cal.week_window(number, f"in week {number}")
    return window, m.span(), number


def _right_now(text, today, now, tz, cal):
    # "is the tutorial still going": whether it is on now, not the next one
    m = re.search(r"\b(?:right now|at the moment|currently|happening now|on now|live now|"
                  r"going on now|atm|rn|still (?:going(?: on)?|on|running|happening|live))\b"
                  r"|\bnow\?*$", text)
    if not m:
        return None
    return Window(now, now, "right now", "now", cal.course_week_of(today)), m.span(), None


_NOT_A_DAY = (r"(?! ?(?:week|wk|cw|coursework|task|assignment|project|tutorial|tut|lecture|lec|"
              r"quiz|one|practical|homework|hw|deadline|session|class|lab|time|qa|paper|note|"
              r"half|part|term|semester))")


_DAY_OF_MONTH_SAID = re.compile(
    rf"\b(?:on |by |for |until |till )?the (\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY}"
    rf"|\bon (\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY}"
    # "tuesday 23rd", "on tue the 23": a weekday with its day of the month (the number is a
    # date, not a tutorial or lecture number)
    rf"|\b(?:on )?{_WEEKDAY},? (?:the (\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(\d{{1,2}})(?:st|nd|rd|th))\b{_NOT_A_DAY}")
# A month right after a day of the month ("thursday 5th feb"): a whole date, read elsewhere
_MONTH_AFTER = re.compile(r"^,?\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _course_span(cal: CourseCalendar) -> tuple[date, date] | None:
    """The course's first day and the day after its last week, or None without weeks."""
    if not cal.week_starts:
        return None
    starts = cal.week_starts.values()
    return min(starts), max(starts) + timedelta(days=7)


def _course_days(day: int, span: tuple[date, date]) -> list[date]:
    """The course's dates with this day of the month."""
    found = []
    for year in sorted({span[0].year, (span[1] - timedelta(days=1)).year}):
        for month in range(1, 13):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if span[0] <= d < span[1]:
                found.append(d)
    return found


def _weekday_dates(day: int, weekday: int, today: date, cal: CourseCalendar,
                   past: bool, future: bool) -> list[date]:
    """The dates a weekday with a day of the month ("tuesday the 23rd") may mean, best first:
    the course's dates where both agree (not the current month's: the course's year may be
    long gone), the nearest to today first; asked within the course, those gone by when said
    in the past tense, those to come when said ahead. Without course weeks, the next such
    dates from today."""
    span = _course_span(cal)
    if span is None:
        ahead = (today + timedelta(days=n) for n in range(400))
        return [d for d in ahead if d.day == day and d.weekday() == weekday][:1]
    found = [d for d in _course_days(day, span) if d.weekday() == weekday]
    if span[0] <= today < span[1] and (past or future):
        # (else the nearest either side: the tense may be the asker's, not the date's)
        found = [d for d in found if (d <= today if past else d >= today)] or found
    return sorted(found, key=lambda d: (abs((d - today).days), d < today))


def _day_of_month(text, today, now, tz, cal):
    """"on the 23rd": the next date with that day of the month, from today; "tuesday the
    23rd": the date where both agree (see _weekday_dates)."""
    m = _DAY_OF_MONTH_SAID.search(text)
    if not m:
        return None
    day = int(m.group(1) or m.group(2) or m.group(4) or m.group(5))
    # "was the first tutorial on the 19th?": said in the past tense, the nearest such day
    # gone by (today included), counted back; otherwise the next one
    past = bool(_DAY_PAST_SAID.search(text)) and not _DAY_FUTURE_SAID.search(text)
    if m.group(3):
        dates = _weekday_dates(day, WEEKDAYS[m.group(3)], today, cal, past,
                               bool(_DAY_FUTURE_SAID.search(text)))
        if dates:  # (else the day of the month alone, the mismatch said: _weekday_mismatch)
            first = dates[0]
            return _day_window(first, tz, f"on {first:%a} {first.day} {first:%b %Y}", cal), \
                m.span(), None
    step = -1 if past else 1
    year, month = today.year, today.month
    first = None
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and (candidate <= today if past else candidate >= today):
            first = candidate
            break
        month += step
        if month in (0, 13):
            year, month = year + step, 12 if month == 0 else 1
    if first is None:
        return None
    return _day_window(first, tz, f"on {first:%a} {first.day} {first:%b %Y}", cal), m.span(), None


def _weekday_mismatch(text: str, today: date, cal: CourseCalendar
                      ) -> tuple[str, tuple[date, ...], tuple[int, int]] | None:
    """"tuesday the 24th" where no course date is both: the weekday and day as said, the
    course's dates with that day of the month, and the span."""
    m = _DAY_OF_MONTH_SAID.search(text)
    span = _course_span(cal)
    if m is None or not m.group(3) or span is None or _MONTH_AFTER.match(text[m.end():]):
        return None
    day, weekday = int(m.group(4) or m.group(5)), WEEKDAYS[m.group(3)]
    if not 1 <= day <= 31:
        return None
    if _weekday_dates(day, weekday, today, cal, False, False):
        return None
    days = tuple(_course_days(day, span))
    said = f"{W.WEEKDAY_NAMES[weekday]} the {day}{ordinal_suffix(day)}"
    return said, tuple(days), m.span()


# A day of the month asked about in the past tense ("was the tutorial on the 19th", "what did
# we do on the 5th"), unless the message also looks ahead ("was told it's due on the 23rd").
# ("the last lecture" is the final one, no past tense)
_DAY_PAST_SAID = re.compile(r"\b(?:was|wasn'?t|were|weren'?t|did|didn'?t|happened|ago|went|"
                            r"missed|skipped|slept through|"
                            r"last(?! (?:one|lecture|lec|tutorial|tut|session|class|deadline|"
                            r"quiz|coursework|cw|q&a|qa|lab|task|assignment)))\b")
_DAY_FUTURE_SAID = re.compile(r"\b(?:will|won'?t|gonna|going to|next|upcoming)\b")


# Before this hour, "tomorrow" may be the day after the asker's night, i.e. the calendar day
# that has just begun where they are, or the calendar's next day.
SMALL_HOURS_END = 5


# "two weeks from today", "a fortnight from now", "10 days from today", "in a fortnight": a
# span counted from today (read before "today" alone, which it contains).
_FROM_TODAY = re.compile(rf"\b(?:in )?(an?|one|{NUMBER_PATTERN}) (weeks?|fortnights?|days?)"
                         r" (?:from|after) (?:now|today|tdy)\b"
                         r"|\bin (a|one) (fortnight)(?: time)?\b")


def _counted_from_today(text, today, tz, cal):
    m = _FROM_TODAY.search(text)
    if m is None:
        return None
    said, unit = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    n = 1 if said in ("a", "an", "one") else number_value(said)
    if n is None:
        return None
    if unit.startswith("day"):
        return _day_window(today + timedelta(days=n), tz, f"in {n} days", cal), m.span(), None
    weeks = n * (2 if unit.startswith("fortnight") else 1)
    day = today + timedelta(days=7 * weeks)
    monday = day - timedelta(days=day.weekday())
    return _week_window(monday, tz, f"in {weeks} weeks", cal), m.span(), None


# "once today is over", "when next week's done": said of the time itself later in the sentence
_SAID_DONE = r"(?=[^.?!]*?\b(?:is|are|'s) (?:done|over|finished)\b)"
_AFTER_DAY = re.compile(r"(?<!\bday )\bafter (today|tonight|tdy|tomorrow|tmrw|yesterday)(?:'?s)?"
                        r"(?: ones?)?\b")
_ONCE_DAY_DONE = re.compile(r"\b(?:once|when) (today|tonight|tdy|tomorrow|tmrw|yesterday)'?s?\b"
                            rf"{_SAID_DONE}")
_REST_OF_TODAY = re.compile(r"\b(?:tonight|this (?:afternoon|evening)|later today)\b")
_IN_HOURS = re.compile(rf"\b(?:in|within) (?:(?:like|about|around|roughly|approx|just) )?"
                       rf"(an|a|half an|({NUMBER_PATTERN})) (hours?|hrs?|minutes?|mins?)"
                       r"(?: time)?\b")
_IN_WEEKS = re.compile(rf"\bin ({NUMBER_PATTERN}) weeks?(?: time)?\b")
_IN_DAYS = re.compile(rf"\bin ({NUMBER_PATTERN}) days?\b")
_NEXT_FORTNIGHT = re.compile(r"\b(?:the )?(?:next|coming|following|upcoming) fortnight\b")
# ("the next 48 hours", "the coming 6 hrs": a span from now, every item in it, not the first)
_NEXT_N = re.compile(rf"\b(?:next|coming|following|upcoming) ({NUMBER_PATTERN}) "
                     r"(days?|weeks?|hours?|hrs?)\b")
_DAYS_FROM_TODAY = [(re.compile(pattern), offset, label) for pattern, offset, label in [
    (r"\b(?:the )?day after tomorrow\b", 2, "the day after tomorrow"),
    (r"\b(?:the )?day before yesterday\b", -2, "the day before yesterday"),
    # (a possessive without its apostrophe, "tmrws tutorial", is the day too)
    (r"\b(?:today|tdy|2day)(?:'?s)?\b|\bthis morning\b", 0, "today"),
    (r"\b(?:tomorrow|tmrw|tmr|tmrow|2moro|2morrow)(?:'?s)?\b", 1, "tomorrow"),
    (r"\byesterday(?:'?s)?\b", -1, "yesterday"),
]]


def _relative_days(text, today, now, tz, cal):
    # "the next tutorial after today's", "any more after yesterday's": from the day after
    # that day on, as far as the course goes.
    # ("the day after tomorrow" is a day of its own, below)
    m = _AFTER_DAY.search(text)
    # "once tomorrow's tut is done": the same, said the other way round
    m = m or _ONCE_DAY_DONE.search(text)
    if m:
        day = today + timedelta(days={"tomorrow": 1, "tmrw": 1, "yesterday": -1}.get(
            m.group(1), 0))
        label = "after " + {"tonight": "today", "tdy": "today", "tmrw": "tomorrow"}.get(
            m.group(1), m.group(1))
        begin = datetime.combine(day + timedelta(days=1), time(), tz)
        return Window(begin, begin + timedelta(days=366), label, "after",
                      cal.course_week_of(day)), m.span(), None
    if (found := _counted_from_today(text, today, tz, cal)) is not None:
        return found
    for pattern, offset, label in _DAYS_FROM_TODAY:
        m = pattern.search(text)
        if m:
            if label == "tomorrow" and now.hour < SMALL_HOURS_END:
                # "tmrw's q&a" asked at 4am: the day after the asker's night (the calendar
                # day just begun) or the calendar's tomorrow; both, from now on
                end = datetime.combine(today + timedelta(days=2), time(), tz)
                return Window(now, end, W.TODAY_OR_TOMORROW, "range",
                              cal.course_week_of(today)), m.span(), None
            return _day_window(today + timedelta(days=offset), tz, label, cal), m.span(), None
    m = _REST_OF_TODAY.search(text)
    if m:  # what is left of today
        end = datetime.combine(today + timedelta(days=1), time(), tz)
        # ("tonight" asked at 1am: the night the asker is in, or the evening of the day just
        # begun; both are what is left of today, which is said)
        label = (W.TONIGHT_SMALL_HOURS if now.hour < SMALL_HOURS_END
                 and m.group(0) == "tonight" else "for the rest of today")
        return Window(now, end, label, "range", cal.course_week_of(today)), m.span(), None
    m = _IN_HOURS.search(text)
    if m and (m.group(2) is None or number_value(m.group(2)) is not None):
        n = {"an": 1, "a": 1, "half an": 0.5}.get(m.group(1)) or number_value(m.group(2))
        span = timedelta(hours=n) if m.group(3).startswith("h") else timedelta(minutes=n)
        # "what's on in an hour": what starts between now and a little after that hour
        end = now + span + min(span / 2, timedelta(minutes=30))
        return Window(now, end, f"in the next {format_duration(end - now)}",
                      "range", cal.course_week_of(today)), m.span(), None
    m = _IN_WEEKS.search(text)
    if m and number_value(m.group(1)) is not None:
        day = today + timedelta(days=7 * number_value(m.group(1)))
        monday = day - timedelta(days=day.weekday())
        return _week_window(monday, tz, f"in {number_value(m.group(1))} weeks", cal), \
            m.span(), None
    m = _IN_DAYS.search(text)
    if m and number_value(m.group(1)) is not None:
        n = number_value(m.group(1))
        label = f"in {n} days"
        return _day_window(today + timedelta(days=n), tz, label, cal), m.span(), None
    m = _NEXT_FORTNIGHT.search(text)
    if m:  # "the coming fortnight": the next 14 days
        return Window(now, now + timedelta(days=14), "in the next 2 weeks", "range"), \
            m.span(), None
    m = _NEXT_N.search(text)
    if m and number_value(m.group(1)) is not None:
        n = number_value(m.group(1))
        if m.group(2).startswith("h"):
            span = timedelta(hours=n)
            label = f"in the next {format_duration(span) if n < 2 else f'{n} hours'}"
        else:
            span = timedelta(days=n * (7 if m.group(2).startswith("week") else 1))
            label = f"in the next {n} {m.group(2)}"
        window = Window(now, now + span, label, "range")
        return window, m.span(), None
    return None


# One day named by a weekday, today or tomorrow and a count of weeks on from it: "the
# tuesday after next", "a week on friday", "friday week", "a fortnight tomorrow", "this day
# fortnight", "two weeks on monday" (a course week after it, "tuesday week 5", is no count;
# "two weeks from today" is that week, `_FROM_TODAY`).
_WEEKS_ON = rf"(an?|one|two|three|{NUMBER_PATTERN}) (weeks?|fortnights?)"
_DAY_NAMED = rf"(?:{_WEEKDAY}|(today|tomorrow|tmrw|tmr))"
# An ordinal names a week, it counts none ("first week tomorrow", "2nd week monday").
_ORDINAL_COUNT = re.compile(r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
                            r"seventh|eighth|ninth|tenth")
_DAY_AFTER_NEXT = re.compile(rf"\b(?:the )?{_WEEKDAY} after (?:next|the next one)\b")
_WEEKS_ON_DAY = re.compile(rf"\b{_WEEKS_ON} (?:on|from|after) (?:this )?{_WEEKDAY}(?!'?s)\b()"
                           rf"|\b{_WEEKS_ON} {_DAY_NAMED}\b"
                           rf"|\b{_DAY_NAMED} (week|fortnight)\b"
                           rf"(?!s| ?#?\d| ?(?:{NUMBER_PATTERN})\b)"
                           r"|\b(?:this|same) day (next week|week|fortnight)\b")
# The weekend named bare in a question about it ("anything on over the weekend?"), not a
# weekend of every week ("every weekend", "weekends") nor one told of ("was ill at the weekend").
_THE_WEEKEND = re.compile(r"\b(?:over|at|on|during|for|across|this) the weekend\b"
                          r"(?! (?:before|after|of|when|that)\b)")
_ASKED_OF = re.compile(r"\b(?:what|whats|anything|any|is there|are there|due|happening|"
                       r"on|scheduled)\b")
_TOLD_OF = re.compile(r"\b(?:i|we)\b|\b(?:was|were|did|had|got|\w+ed)\b")


def _weekday_ahead(name: str, today: date, *, not_today: bool) -> date:
    """The first such weekday from today (today itself unless `not_today`)."""
    delta = (WEEKDAYS[name] - today.weekday()) % 7
    return today + timedelta(days=delta or (7 if not_today else 0))


def _day_weeks_on(text, today, now, tz, cal):
    """One day named by a count of weeks from a weekday or today (above), or the weekend
    asked about: that day, or the weekend's two days."""
    m = _DAY_AFTER_NEXT.search(text)
    if m:
        day = _weekday_ahead(m.group(1), today, not_today=True) + timedelta(days=7)
        return _day_window(day, tz, f"on {day:%a} {day.day} {day:%b %Y}", cal), m.span(), None
    m = _WEEKS_ON_DAY.search(text)
    if m and _ORDINAL_COUNT.fullmatch(m.group(1) or m.group(5) or ""):
        m = None  # "the first week tomorrow": which week (it starts), no count of weeks on
    if m:
        g = m.groups()
        count, unit = (g[0], g[1]) if g[0] else (g[4], g[5]) if g[4] else \
            ("a", g[10] or g[11])
        weekday, said_today = (g[2], g[3]) if g[0] else (g[6], g[7]) if g[4] else \
            (g[8], g[9]) if g[10] else (None, "today")
        n = 1 if count in ("a", "an") else number_value(count)
        if n is None:
            return None
        weeks = n * (2 if unit.startswith("fortnight") else 1)
        base = (_weekday_ahead(weekday, today, not_today=False) if weekday
                else today + timedelta(days=0 if said_today == "today" else 1))
        day = base + timedelta(days=7 * weeks)
        return _day_window(day, tz, f"on {day:%a} {day.day} {day:%b %Y}", cal), m.span(), None
    for clause in re.finditer(r"[^.,;!?]+", text):
        m = _THE_WEEKEND.search(clause.group())
        if m and _ASKED_OF.search(clause.group()) and not _TOLD_OF.search(clause.group()):
            saturday = today + timedelta(days=(5 - today.weekday()) % 7 if today.weekday() < 6
                                         else -1)
            begin = datetime.combine(saturday, time(), tz)
            sunday = saturday + timedelta(days=1)
            label = (f"over the weekend of {saturday:%a} {saturday.day} {saturday:%b} - "
                     f"{sunday:%a} {sunday.day} {sunday:%b %Y}")
            span = (clause.start() + m.start(), clause.start() + m.end())
            return Window(begin, begin + timedelta(days=2), label, "range",
                          cal.course_week_of(saturday)), span, None
    return None


_WEEKEND = re.compile(r"\b(this|next|last|previous|coming|the following|following) ?weekend\b")
_REST_OF_WEEK = re.compile(r"\b(?:the )?(?:end|rest) of (?:the|this) week\b|\blater this week\b")
_WEEK_AFTER_NEXT = re.compile(r"\b(?:in |during |for )?(?:the )?(?:week|wk) after "
                              r"(?:next|the next one)\b")
# "next next week", "next-next wk", "the week after the week after next", "the week before
# last" ("last week" alone and "the week after next" are read on their own)
_WEEKS_CHAINED = re.compile(r"\b(?:in |during |for )?(?:the )?((?:next[ -]){2,})"
                            r"(?:week|wk)(?:'s|s)?\b"
                            r"|\b(?:in |during |for )?(?:the )?((?:(?:week|wk) (?:after|before) "
                            r"(?:the )?){1,3})(next|last)(?: (?:week|wk|one))?\b")


def _chained_shift(m: re.Match) -> int:
    """The weeks from this one that a chain of "next"s, "after"s and "before"s counts."""
    if m.group(1):
        return m.group(1).count("next")
    steps = re.findall(r"after|before", m.group(2))
    return (1 if m.group(3) == "next" else -1) + sum(1 if w == "after" else -1 for w in steps)


_AFTER_WEEK = re.compile(r"\bafter (this|next|the current|the coming) (?:week|wk)(?:'s|s)?\b")
_ONCE_WEEK_DONE = re.compile(r"\b(?:once|when) (this|next|the current|the coming) "
                             r"(?:week|wk)(?:'s|s)?"
                             rf"{_SAID_DONE}")
_AFTER_WEEK_N = re.compile(r"\bafter (?:the end of )?(?:week|wk) ?(\d{1,2})\b")
_PAST_WEEKS = re.compile(rf"\b(?:in |during |over |for |from )?(?:the )?(?:last|past|previous) "
                         rf"(couple(?: of)?|{NUMBER_PATTERN}) (?:weeks|wks)\b")
_RELATIVE_WEEK = re.compile(r"\b(this|current|next|last|previous|coming|the following|following) "
                            r"(?:week|wk)(?:'s|s)?\b")


def _relative_weeks(text, today, now, tz, cal):
    monday = today - timedelta(days=today.weekday())
    m = _WEEKEND.search(text)
    if m:
        shift = {"next": 7, "last": -7, "previous": -7}.get(m.group(1), 0)
        saturday = monday + timedelta(days=5 + shift)
        begin = datetime.combine(saturday, time(), tz)
        window = Window(begin, begin + timedelta(days=2), f"{m.group(1)} weekend", "range",
                        cal.course_week_of(saturday))
        return window, m.span(), None
    m = _REST_OF_WEEK.search(text)
    if m:
        sunday_end = datetime.combine(monday + timedelta(days=7), time(), tz)
        window = Window(now, sunday_end, "for the rest of this week", "range",
                        cal.course_week_of(today))
        return window, m.span(), None
    # "next next week", "the week after the week after next", "the week before last": each
    # "next" (or "after") one week on, each "before" or "last" one back
    m = _WEEKS_CHAINED.search(text)
    if m and (shift := _chained_shift(m)) != 0:
        label = (W.WEEK_AFTER_NEXT if shift == 2 else W.WEEKS_AHEAD.format(n=shift) if shift > 0
                 else W.WEEKS_BACK.format(n=-shift))
        return _week_window(monday + timedelta(days=7 * shift), tz, label, cal), m.span(), None
    # "the week after next": the week two weeks from this one (read before "after next week")
    m = _WEEK_AFTER_NEXT.search(text)
    if m:
        return _week_window(monday + timedelta(days=14), tz, W.WEEK_AFTER_NEXT, cal), \
            m.span(), None
    # "any more sessions after this week": from the Monday after it on, as far as the course
    # goes (like "after today's")
    m = _AFTER_WEEK.search(text)
    # "once this week is over": the same, said the other way round (as of a day, above)
    m = m or _ONCE_WEEK_DONE.search(text)
    if m:
        week_monday = monday + timedelta(days=7 if m.group(1) == "next" else 0)
        begin = datetime.combine(week_monday + timedelta(days=7), time(), tz)
        label = "after " + ("next week" if m.group(1) == "next" else "this week")
        return Window(begin, begin + timedelta(days=366), label, "after",
                      cal.course_week_of(week_monday)), m.span(), None
    # "is teaching over after week 8": from the Monday after that course week on
    m = _AFTER_WEEK_N.search(text)
    if m and (start := cal.week_starts.get(int(m.group(1)))) is not None:
        return _after_week(start, int(m.group(1)), tz, cal), m.span(), None
    # "what did i miss in the last two weeks": the course weeks that began in them
    m = _PAST_WEEKS.search(text)
    n = m and (2 if m.group(1).startswith("couple") else number_value(m.group(1)))
    if m and n and (weeks := _weeks_back(n, now, cal)):
        return _weeks_window(weeks, W.PAST_WEEKS.format(n=n), cal), m.span(), None
    # "next week's tutorial", and as typed in chat, "next weeks tutorial"
    m = _RELATIVE_WEEK.search(text)
    if m:
        word = m.group(1)
        shift = {"next": 7, "following": 7, "the following": 7, "last": -7, "previous": -7,
                 "coming": 7 if today.weekday() >= 5 else 0}.get(word, 0)
        label = {"current": "this week", "coming": "this week" if shift == 0 else "next week",
                 "previous": "last week", "the following": "next week",
                 "following": "next week"}.get(word, f"{word} week")
        return _week_window(monday + timedelta(days=shift), tz, label, cal), m.span(), None
    return None


_ORDINAL_WEEK = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
                 "4th": 3}


_WEEK_OF_MONTH = re.compile(
    rf"\b(?:in |during )?(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last) "
    rf"week (?:of|in) {_MONTH}")


def _week_of(text, today, now, tz, cal):
    """"the week of 8 feb" (the Monday-to-Sunday week around it), "first week of march"."""
    m = re.search(r"\b(?:in |during |for )?(?:the )?week (?:of|starting|beginning|commencing|"
                  r"from) ", text)
    if m:
        found = _explicit_date(text[m.end():], today, now, tz, cal) or _day_of_month(
            text[m.end():], today, now, tz, cal)
        if found:
            day = found[0].start.date()
            monday = day - timedelta(days=day.weekday())
            span = (m.start(), m.end() + found[1][1])
            return _week_window(monday, tz, f"in the week of {monday.day} {monday:%b}", cal), \
                span, None
    m = _WEEK_OF_MONTH.search(text)
    if m:
        month = MONTHS[m.group(2)[:3]]
        year = cal.year_for(month, 1, now)
        first = date(year, month, 1)
        if m.group(1) == "last":
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            start = nxt - timedelta(days=7)
        else:
            start = first + timedelta(days=7 * _ORDINAL_WEEK[m.group(1)])
        begin = datetime.combine(start, time(), tz)
        window = Window(begin, begin + timedelta(days=7), f"in the {m.group(1)} week of "
                        f"{begin:%B}", "range", cal.course_week_of(start))
        return window, m.span(), None
    return None


# "the penultimate week", "the second-to-last week", "the last week of term", "the final
# week of teaching", "the 3rd week of the course": a week placed among the course's weeks (of
# those with sessions when teaching is said). A month's weeks ("the last week of march") are
# `_week_of`'s, read before.
_ORDINALS = ("first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|"
             "eighth|8th|ninth|9th|tenth|10th")
_WEEK_PLACE = re.compile(
    r"\b(?:in |during |for |over |of )?(?P<the>the )?(?:very )?"
    r"(?P<place>penultimate|(?P<back>second|2nd|third|3rd)[\s-]+(?:to[\s-]+)?(?:last|final)|"
    rf"last[\s-]+but[\s-]+one|next[\s-]+to[\s-]+last|final|closing|last|{_ORDINALS})"
    r"(?P<teach> teaching)? (?:week|wk)s?\b(?!')"
    r"(?P<of> (?:of|in) (?:the |this )?(?:(?P<taught>teaching|lectures|classes|tutorials|"
    r"sessions)|course|term|module|semester|class|unit)\b)?")
# "what did we cover in the last week": the past seven days, not the course's last week
_PAST_SAID = re.compile(r"\b(?:did|was|were|missed|happened|had|covered|went|been|"
                        r"over the last)\b")


def _week_position(text, today, now, tz, cal):
    m = _WEEK_PLACE.search(text)
    if m is None:
        return None
    place = re.sub(r"[\s-]+", " ", m.group("place"))
    said_whole = m.group("of") or m.group("teach")
    if not said_whole and (not m.group("the") and place != "final"
                           or place == "last" and _PAST_SAID.search(text)):
        return None  # "last week", "first week back", "what did i miss in the last week"
    taught = bool(m.group("teach") or m.group("taught"))
    weeks = list(cal.taught_weeks) if taught and cal.taught_weeks else sorted(cal.week_starts)
    if m.group("back"):
        at = -number_value(m.group("back"))
    elif place in ("penultimate", "last but one", "next to last"):
        at = -2
    elif place in ("final", "last", "closing"):
        at = -1
    else:
        at = number_value(place) - 1
    if not weeks or not -len(weeks) <= at < len(weeks):
        return None
    number = weeks[at]
    label = W.WEEK_AT_PLACE.format(place=place.replace("second to last", "second-to-last"),
                                   whole=W.WEEK_PLACE_WHOLE["teaching" if taught else "course"],
                                   n=number)
    return cal.week_window(number, label), m.span(), number


_DAY_NUMBER = r"(?:the )?(\d{1,2})"
_DATE_SPAN = re.compile(
    rf"\b(?:between|from) {_DAY_NUMBER}(?:st|nd|rd|th)?(?:(?: of)? {_MONTH})? ?"
    rf"(?:and|to|-|till|until) ?{_DAY_NUMBER}(?:st|nd|rd|th)?(?: of)? {_MONTH}(?!\w)"
    rf"|\b(\d{{1,2}}) ?- ?(\d{{1,2}})(?: of)? {_MONTH}(?!\w)")


def _date_span(text, today, now, tz, cal):
    """"between 1 and 10 march", "from 1st march to 10th march", "1-10 mar": every day from
    one date to the other, both included."""
    m = _DATE_SPAN.search(text)
    if m is None:
        return None
    if m.group(1):
        first_day, first_month = int(m.group(1)), m.group(2) or m.group(4)
        last_day, last_month = int(m.group(3)), m.group(4)
    else:
        first_day, last_day = int(m.group(5)), int(m.group(6))
        first_month = last_month = m.group(7)
    months = MONTHS[first_month[:3]], MONTHS[last_month[:3]]
    try:
        first = date(cal.year_for(months[0], first_day, now), months[0], first_day)
        last = date(cal.year_for(months[1], last_day, now), months[1], last_day)
    except ValueError:
        return None
    if last <= first:
        return None
    begin = datetime.combine(first, time(), tz)
    end = datetime.combine(last + timedelta(days=1), time(), tz)
    # (no course weeks: the days asked, not the whole weeks around them)
    label = f"from {first.day} {first:%b} to {last.day} {last:%b}"
    return Window(begin, end, label, "range"), m.span(), None


# A day of the month ("the 10th", "12th", "3 march"; a bare number is none, checked below).
_END_DAY = rf"(the )?(\d{{1,2}})(st|nd|rd|th)?(?:(?: of)? {_MONTH})?(?!\w)"
# A stay away said by its two ends: "leaving on the 3rd and back on the 12th", "flying out
# the 10th, returning 2 march"; or a range of days whose month is said apart or not at all:
# "away from the 15th to the 19th", "between the 8th and the 14th".
_TWO_ENDS = re.compile(
    rf"\b{_END_DAY}[^.?!\d]{{0,30}}?\b(?:back|returning|return|home|coming back|get back|"
    rf"getting back)\s+(?:on |by |for )?{_END_DAY}"
    rf"|\b(?:from|between) {_END_DAY} ?(?:-|\u2013|to|till|til|until|through|and) ?{_END_DAY}")
_MONTH_SAID = re.compile(rf"(?<!\d )\b{_MONTH}(?!\w)")


def _two_ends_span(text, today, now, tz, cal):
    """Every day from one end to the other, both included; a month said elsewhere in the
    text ("(march)") is theirs, else the days are the next ones from today."""
    for m in _TWO_ENDS.finditer(text):
        g = m.groups()
        ends = [g[0:4], g[4:8]] if g[1] else [g[8:12], g[12:16]]
        if not all(the or ordinal or month for the, _, ordinal, month in ends):
            continue  # ("lecture 3 and back to 5": numbers, not days)
        (_, first_day, _, first_month), (_, last_day, _, last_month) = ends
        said = _MONTH_SAID.search(text[m.end():]) or _MONTH_SAID.search(text[:m.start()])
        month = last_month or first_month or (said.group(1) if said else None)
        first, last = int(first_day), int(last_day)
        if month is not None:
            last_m = MONTHS[(last_month or month)[:3]]
            first_m = (MONTHS[first_month[:3]] if first_month
                       else last_m if first <= last else (last_m - 2) % 12 + 1)
        else:
            first_m = today.month if first >= today.day else today.month % 12 + 1
            last_m = first_m if last >= first else first_m % 12 + 1
        return _span_of(first, first_m, last, last_m, m.span(), now, tz, cal)
    return None


_DATES_SPAN = re.compile(
    rf"\b{_DAY_NUMBER}(?:st|nd|rd|th)?(?: of)? {_MONTH} ?(?:-|\u2013|to|till|til|until|"
    rf"through) ?{_DAY_NUMBER}(?:st|nd|rd|th)?(?: of)? {_MONTH}(?!\w)"
    rf"|\b{_DAY_NUMBER}(?:st|nd|rd|th) ?(?:-|\u2013|to|till|til|until|through) ?{_DAY_NUMBER}"
    rf"(?:st|nd|rd|th)?(?: of)? {_MONTH}(?!\w)")


def _dates_span(text, today, now, tz, cal):
    """"20 feb - 2 march", "1st to 7th march", "12 feb till 21 feb": from one date to the
    other without "from" or "between" before them (both included)."""
    m = _DATES_SPAN.search(text)
    if m is None:
        return None
    if m.group(1):
        first_day, first_month, last_day, last_month = m.group(1), m.group(2), m.group(3), \
            m.group(4)
    else:
        first_day, last_day, first_month = m.group(5), m.group(6), m.group(7)
        last_month = first_month
    return _span_of(int(first_day), MONTHS[first_month[:3]], int(last_day),
                    MONTHS[last_month[:3]], m.span(), now, tz, cal)


# "feb 10 to feb 28", "from march 1 till 10", "between feb 3 and feb 25", "mar 2-9": the
# month said before each day (or only the first), both days included.
_MONTH_FIRST_SPAN = re.compile(
    # (not "26 jan 9-12": a day said before the month, then hours)
    rf"(?<!\d )\b(between )?(?:from )?{_MONTH} (?:the )?(\d{{1,2}})(?:st|nd|rd|th)? ?"
    rf"(?:-|\u2013|to|till|til|until|through|thru|and) ?(?:{_MONTH} )?(?:the )?(\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\b(?![:.]\d| ?(?:am|pm|hours?|hrs?|days?|weeks?)\b)")


def _month_first_span(text, today, now, tz, cal):
    """"feb 10 to feb 28", "from march 1 till march 10": a span of days written month
    first ("and" joins the two only after "between")."""
    for m in _MONTH_FIRST_SPAN.finditer(text):
        joined = text[m.start(3):m.end()].split()
        if "and" in re.split(r"[\s\d-]+", " ".join(joined)) and not m.group(1):
            continue
        first_month = MONTHS[m.group(2)[:3]]
        last_month = MONTHS[m.group(4)[:3]] if m.group(4) else first_month
        found = _span_of(int(m.group(3)), first_month, int(m.group(5)), last_month, m.span(),
                         now, tz, cal)
        if found is not None:
            return found
    return None


# "in the first half of march", "second half of feb": days 1-15, or the 16th to the month's
# end (a half of the course is read by `_course_part`).
_HALF_OF_MONTH = re.compile(rf"\b(?:in |during |for |over )?(?:the )?(first|1st|second|2nd|"
                            rf"latter|last|early|later) half (?:of )?{_MONTH}(?!\w)")


def _half_of_month(text, today, now, tz, cal):
    m = _HALF_OF_MONTH.search(text)
    if m is None:
        return None
    month = MONTHS[m.group(2)[:3]]
    year = cal.year_for(month, 1, now)
    last = calendar.monthrange(year, month)[1]
    first_day, last_day = (1, 15) if _HALF.get(m.group(1), 0) == 0 else (16, last)
    return _span_of(first_day, month, last_day, month, m.span(), now, tz, cal)


# "in early march", "mid-feb", "late april", "the beginning of march": a named third of a
# month (days 1-10, 11-20, 21 to its end), so a question about it lists what falls there.
# ("the end of feb" is `_month_end`'s; a part of the course is `_course_part`'s.)
_MONTH_PART = re.compile(rf"\b(?:(?:in|during|around|about|over|for|at|by|until|till|before) )?"
                         rf"(?:the )?(early|earlier|mid|middle of|the middle of|late|later|"
                         rf"beginning of|start of)[- ]?(?:in )?{_MONTH}(?!\w)(?! ?\d)")
_MONTH_THIRD = {"early": 0, "earlier": 0, "beginning of": 0, "start of": 0, "mid": 1,
                "middle of": 1, "the middle of": 1, "late": 2, "later": 2}


def _part_of_month(text, today, now, tz, cal):
    m = _MONTH_PART.search(text)
    if m is None or re.search(r"\b(?:back|returning|return)\b[^.?!]{0,15}$", text[:m.start()]):
        # ("back roughly early march": when a stay ends, not a span asked about)
        return None
    month = MONTHS[m.group(2)[:3]]
    year = cal.year_for(month, 1, now)
    third = _MONTH_THIRD[m.group(1)]
    first_day = (1, 11, 21)[third]
    last_day = (10, 20, calendar.monthrange(year, month)[1])[third]
    first, last = date(year, month, first_day), date(year, month, last_day)
    said = dict(part=W.MONTH_THIRDS[third], month=f"{first:%B %Y}", first=first_day,
                last=last_day, mon=f"{first:%b}")
    begin = datetime.combine(first, time(), tz)
    end = datetime.combine(last + timedelta(days=1), time(), tz)
    if (re.search(r"\b(?:from|since|after|starting)\W*$", text[:m.start()])
            or re.match(r"\W*(?:on|onwards?|and (?:after|later|beyond|on))\b", text[m.end():])):
        # "from mid-feb onwards": from that part's first day on, not its days alone
        label = W.FROM_PART_OF_MONTH.format(**said)
        # (to the course's end: what is on after it is nothing of the course's)
        ends = [datetime.combine(d + timedelta(days=7), time(), tz)
                for d in cal.week_starts.values()]
        return (Window(begin, max([begin, *ends]), label, "range"), m.span(), None)
    if re.match(r"\W*(?:by|until|till|before)\b", m.group(0)):
        # "by mid march": what falls from now up to that part's end
        return (Window(now, max(now, end), W.BY_PART_OF_MONTH.format(**said), "range",
                       cal.course_week_of(today)), m.span(), None)
    return Window(begin, end, W.PART_OF_MONTH.format(**said), "range"), m.span(), None


# "till mid march", "until early april": a part of a month as the day a stay ends by
_PART_OF_MONTH = {"early": 10, "mid": 15, "middle of": 15, "late": 31, "the end of": 31,
                  "end of": 31}


_DATE_TO_PART_OF_MONTH = re.compile(
    rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}[^.?!]{{0,40}}?"
    rf"\b(?:till|til|until|to|through) ?(?:~ ?|about |around |roughly )?"
    rf"(early|mid|middle of|late|the end of|end of)[- ]?{_MONTH}")


def _date_to_part_of_month(text, today, now, tz, cal):
    """"flying out on 20 feb and staying till ~mid march": from the date to the day the part
    of the month is taken as (the label says which)."""
    m = _DATE_TO_PART_OF_MONTH.search(text)
    if m is None:
        return None
    month = MONTHS[m.group(4)[:3]]
    year = cal.year_for(month, 1, now)
    last_day = min(_PART_OF_MONTH[m.group(3)],
                   (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day)
    found = _span_of(int(m.group(1)), MONTHS[m.group(2)[:3]], last_day, month, m.span(), now,
                     tz, cal)
    if found is None:
        return None
    window = found[0]
    last = window.end - timedelta(days=1)
    label = W.TO_PART_OF_MONTH.format(label=window.label, part=m.group(3), month=f"{last:%B}",
                                      day=f"{last.day} {last:%b}")
    return dataclasses.replace(window, label=label), found[1], None


def _span_of(first_day, first_month, last_day, last_month, span, now, tz, cal):
    try:
        first = date(cal.year_for(first_month, first_day, now), first_month, first_day)
        last = date(cal.year_for(last_month, last_day, now), last_month, last_day)
    except ValueError:
        return None
    if last <= first or (last - first).days > 120:
        return None
    begin = datetime.combine(first, time(), tz)
    end = datetime.combine(last + timedelta(days=1), time(), tz)
    label = f"from {first.day} {first:%b} to {last.day} {last:%b}"
    return Window(begin, end, label, "range"), span, None


# A day said with its month: "5th of march", "march the 5th" (a year may follow).
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}(?:,? (\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH} (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?")
# ... and its day in words: "the fourth of march", "march the twenty-first" (the month
# spelt out or abbreviated, not any word it begins: "mark first" is no date).
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")
ORDINAL_DAYS = {**{w: n for n, w in enumerate(_UNITS, 1)},
                **{w: n for n, w in enumerate(_TEENS, 10)},
                "twentieth": 20, "thirtieth": 30, "thirty first": 31,
                **{f"twenty {w}": 20 + n for n, w in enumerate(_UNITS, 1)}}
_ORDINAL_DAY_WORD = ("(" + "|".join(sorted((w.replace(" ", "[ -]?") for w in ORDINAL_DAYS),
                                           key=len, reverse=True)) + ")")
_MONTH_WORD = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
               r"april|june|july|august|september|october|november|december)\.?")
_DAY_MONTH_WORDS = re.compile(rf"\b(?:the )?{_ORDINAL_DAY_WORD}(?: of)? {_MONTH_WORD}"
                              rf"(?:,? (\d{{4}}))?\b")
_MONTH_DAY_WORDS = re.compile(rf"\b{_MONTH_WORD} (?:the )?{_ORDINAL_DAY_WORD}\b(?:,? (\d{{4}}))?")


def _ordinal_day(word: str) -> int:
    return ORDINAL_DAYS[" ".join(re.sub(r"^(twenty|thirty)[ -]?", r"\1 ", word).split())]


def states_month(text: str) -> bool:
    """Whether a day is said with its month, as the date parser reads one ("the 5th of
    march"), not a day of the month alone ("the 5th")."""
    return bool(_DAY_MONTH.search(text) or _MONTH_DAY.search(text)
                or _DAY_MONTH_WORDS.search(text) or _MONTH_DAY_WORDS.search(text))


def _explicit_date(text, today, now, tz, cal):
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if m:
        return _date_window(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.span(), tz, cal)
    m = _DAY_MONTH.search(text)
    if m:
        return _dm(int(m.group(1)), MONTHS[m.group(2)[:3]], m.group(3), m.span(), now, tz, cal)
    m = _MONTH_DAY.search(text)
    if m:
        return _dm(int(m.group(2)), MONTHS[m.group(1)[:3]], m.group(3), m.span(), now, tz, cal)
    m = _DAY_MONTH_WORDS.search(text)
    if m:
        return _dm(_ordinal_day(m.group(1)), MONTHS[m.group(2)[:3]], m.group(3), m.span(), now,
                   tz, cal)
    m = _MONTH_DAY_WORDS.search(text)
    if m:
        return _dm(_ordinal_day(m.group(2)), MONTHS[m.group(1)[:3]], m.group(3), m.span(), now,
                   tz, cal)
    # Numeric dates in the order the course writes them (its `numeric_dates`); "16.7%" is
    # a share, not a date.
    m = re.search(r"(?<![\d:.])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?"
                  r"(?![\d:/%]| ?%| ?percent)", text)
    m = m or next((d for d in _DASH_DATE.finditer(text) if _dash_is_date(d, cal)), None)
    if m:
        year = m.group(3)
        if year and len(year) == 2:
            year = "20" + year
        day, month = int(m.group(1)), int(m.group(2))
        if cal.month_first:
            day, month = month, day
        if month > 12 >= day or (not year and not cal.near_course(month, day)
                                 and day <= 12 and cal.near_course(day, month)):
            # "2/23" where the course writes day/month (or "23/2" where month/day): a part
            # past 12 can only be the day, whatever the course's order; and a date that read
            # the course's way falls far from its term is read the other way round when
            # that falls in it
            day, month = month, day
        return _dm(day, month, year, m.span(), now, tz, cal)
    return None


# "tut 26-01", "26-1-21", "16-2": a day and month joined by a dash. A dash also joins a
# range or hours ("lectures 3-5", "i work 9-5"), so it is a date only with a year, a padded
# number, or (days first) a day past 12 before a smaller month: no range runs downwards.
_DASH_DATE = re.compile(r"(?<![\d:./-])(\d{1,2})-(\d{1,2})(?:-(\d{4}|\d{2}))?"
                        r"(?![\d:/%-]|\.\d|\s?(?:am|pm)\b)")


def _no_such_day(text: str, now: datetime, cal: CourseCalendar
                 ) -> tuple[str, date, tuple[int, int]] | None:
    """"29 feb" in a year that is not a leap year, "31 april": a day its month does not
    have in the year meant (the course's), with the month's last day and the span."""
    for pattern, day_of, month_of in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            day, month = int(m.group(day_of)), MONTHS[m.group(month_of)[:3]]
            year = int(m.group(3)) if m.group(3) else cal.year_for(month, 1, now)
            last = date(year, month, calendar.monthrange(year, month)[1])
            if last.day < day <= 31:
                return f"{day} {last:%B %Y}", last, m.span()
    return None


def _dash_is_date(m: re.Match, cal: CourseCalendar) -> bool:
    first, second = m.group(1), m.group(2)
    if m.group(3) or first.startswith("0") or second.startswith("0"):
        return True
    return not cal.month_first and int(first) > 12 and int(second) < int(first)


def _dm(day, month, year, span, now, tz, cal):
    y = int(year) if year else cal.year_for(month, day, now)
    return _date_window(y, month, day, span, tz, cal)


def _date_window(year, month, day, span, tz, cal):
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return _day_window(d, tz, f"on {d:%a} {d.day} {d:%b %Y}", cal), span, None


# The parsers whose date is counted from today with no month (or week) said.
_LOOSE = {"_day_of_month": "month_day", "_weekday": "weekday"}


# A bare weekday's clause said in the past tense ("what was on tuesday", "did i miss
# anything thursday") is the one just gone; a present or future verb beside the past one
# ("i was told the quiz is on monday") keeps the one ahead.
_CLAUSE_END = re.compile(r"[,.;?!]|\b(?:but|and|so)\b")
_PRESENT_SAID = re.compile(r"\b(?:is|are|am|will|shall|can|does|gonna|going to|next|"
                           r"upcoming|coming)\b")


def _said_in_the_past(text: str, at: int) -> bool:
    """Whether the clause of `text` around position `at` is in the past tense only."""
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    end = _CLAUSE_END.search(text, at)
    clause = text[starts[-1] if starts else 0:end.start() if end else len(text)]
    return bool(_DAY_PAST_SAID.search(clause)) and not _PRESENT_SAID.search(clause)


# "since" just before a day of the week: that day is one gone by.
_SINCE_BEFORE = re.compile(r"\bsince\s*\Z")
# A second day of the week joined to the first ("monday and tuesday", "thu & fri").
_AND_DAY = re.compile(rf"\s*(?:and|&|\+|,)\s*(?:on\s+|the\s+)?{_WEEKDAY}\b(?!s)")
# "Next <weekday>" this few days ahead may mean the one a week later.
NEXT_IS_AMBIGUOUS = 3


_WEEKDAY_ASKED = re.compile(rf"\b(next|this|last|coming|on|previous)?\s?{_WEEKDAY}\b")


def _weekday(text, today, now, tz, cal):
    m = _WEEKDAY_ASKED.search(text)
    if not m:
        return None
    target = WEEKDAYS[m.group(2)]
    qualifier = m.group(1) or ""
    delta = (target - today.weekday()) % 7
    if qualifier in ("last", "previous"):
        delta = delta - 7 if delta else -7
    gone = qualifier in ("", "on") and (_said_in_the_past(text, m.start())
                                        or _SINCE_BEFORE.search(text, 0, m.start()) is not None)
    if gone and delta:
        delta -= 7  # "what happened on monday", asked on a friday: the monday just gone
        # ("since friday" however the verb reads: a span begun in the past)
    elif qualifier == "next" and delta == 0:
        delta = 7
    day = today + timedelta(days=delta)
    if gone and (also := _AND_DAY.match(text, m.end())) is not None:
        # "missed monday and tuesday": the two days gone by and any between, one span (days
        # said of the present, "i work mon + tue", are weekly, not two dates)
        last = day + timedelta(days=(WEEKDAYS[also.group(1)] - target) % 7)
        window = _day_window(day, tz, "", cal)
        return (Window(window.start, _day_window(last, tz, "", cal).end,
                       f"from {day:%a} {day.day} {day:%b} to {last:%a} {last.day} {last:%b %Y}",
                       "range"), (m.start(), also.end()), None)
    label = f"on {day:%a} {day.day} {day:%b %Y}"
    if qualifier == "next" and 1 <= delta <= NEXT_IS_AMBIGUOUS:
        # "next tuesday" said on a monday: tomorrow, or the week after? The nearest is
        # answered, and the label says which date is meant and which one is not.
        later = day + timedelta(days=7)
        label += W.NEAREST_WEEKDAY.format(weekday=f"{day:%A}",
                                          later=f"{later:%a} {later.day} {later:%b}")
    return _day_window(day, tz, label, cal), m.span(), None


# "this month", "next month", "last month": the calendar month from the asker's today
_RELATIVE_MONTH = re.compile(r"\b(?:(?:in|during|for|over|of|throughout) (?:the )?)?"
                             r"(this|next|last|previous|coming|current) month\b")
_MONTH_SHIFT = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1}


_MONTH_ASKED = re.compile(rf"\b(in|during|throughout|across|over|for|of|this|next|before|by|until|"
                          rf"till|after|past|beyond|following) {_MONTH}(?! \d)")


def _month(text, today, now, tz, cal):
    if (r := _RELATIVE_MONTH.search(text)) is not None:
        index = today.year * 12 + today.month - 1 + _MONTH_SHIFT[r.group(1)]
        begin = datetime(index // 12, index % 12 + 1, 1, tzinfo=tz)
        end = datetime((index + 1) // 12, (index + 1) % 12 + 1, 1, tzinfo=tz)
        return Window(begin, end, f"in {begin:%B %Y}", "month"), r.span(), None
    m = _MONTH_ASKED.search(text)
    if not m:
        return None
    month = MONTHS[m.group(2)[:3]]
    year = cal.year_for(month, 1, now)
    begin = datetime(year, month, 1, tzinfo=tz)
    if m.group(1) in ("before", "by", "until", "till"):
        return Window(now, begin, f"before {begin:%B %Y}", "range"), m.span(), None
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    if m.group(1) in ("after", "past", "beyond", "following"):
        # "any q&a after february": from the month's end on, as "after 12 mar" is
        return (Window(end, end + timedelta(days=366), f"after {begin:%B %Y}", "after",
                       cal.course_week_of(end.date())), m.span(), None)
    return Window(begin, end, f"in {begin:%B %Y}", "month"), m.span(), None


# What a course's term is called; its halves are read from the course's own weeks.
_TERM = r"(?:term|course|module|semester|class|teaching)"
_HALF = {"first": 0, "1st": 0, "early": 0, "second": 1, "2nd": 1, "last": 1, "latter": 1,
         "final": 1, "later": 1}


_TERM_HALF = re.compile(
    rf"\b(?:in |during |for |over )?(?:the )?(first|1st|second|2nd|last|latter|"
    rf"final|early) half (?:of )?(?:the )?(?:this )?{_TERM}\b"
    rf"|\b(?:in |during |for |over )?the (first|1st|second|2nd|latter|last) half\b"
    rf"(?! (?:of|an) (?:the )?(?:hour|day|week|lecture|session|tutorial|qa))"
    rf"(?! (?:of )?{_MONTH}(?!\w))")
_TERM_REST = re.compile(rf"\b(?:for |in |during |over )?(?:the )?rest of (?:the |this )?{_TERM}\b"
                        rf"(?: from (?:now|today)(?: on)?)?"
                        rf"|\b(?:until|till|to|by) the end of (?:the |this )?{_TERM}\b")
# "what remains of the course", "what remains from now on" (while it runs; after its end,
# what is left is answered as nothing more on the page)
_TERM_REMAINING = re.compile(
    rf"\b(?:what'?s|whats|what is|what|anything|everything|all) (?:still )?"
    rf"remain(?:s|ing)?(?:(?: (?:of|in|on|for) (?:the |this )?{_TERM})?"
    rf" from (?:now|today)(?: on)?\b| (?:of|in|on|for) (?:the |this )?{_TERM}\b"
    rf"|(?=\W*$))"
    rf"|\bremain(?:s|ing|der)? of (?:the |this )?{_TERM}\b")


def _course_part(text, today, now, tz, cal):
    """"in the 2nd half of term", "the rest of the course": spans of the course's own weeks
    (the halves split its weeks; an odd middle week goes with the first half)."""
    numbers = sorted(cal.week_starts)
    if not numbers:
        return None
    m = _TERM_HALF.search(text)
    if m:
        second = _HALF[m.group(1) or m.group(2)]
        middle = (len(numbers) + 1) // 2
        weeks = numbers[middle:] if second else numbers[:middle]
        label = W.COURSE_HALF[second].format(first=weeks[0], last=weeks[-1])
        return _weeks_window(weeks, label, cal), m.span(), None
    m = _TERM_REST.search(text)
    last = datetime.combine(cal.week_starts[numbers[-1]] + timedelta(days=7), time(), tz)
    # (the day decides it: `last` is a midnight in the asker's zone, as `now` is read in)
    if m is None and today < last.date():
        m = _TERM_REMAINING.search(text)
    if m:
        return Window(now, max(now, last), W.REST_OF_COURSE, "range",
                      cal.course_week_of(today)), m.span(), None
    return None


_ORDINAL_DAY = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
                "4th": 3, "last": -1, "final": -1}


_WEEKDAY_OF_MONTH = re.compile(
    rf"\b(?:on )?(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final) "
    rf"{_WEEKDAY} (?:of|in) {_MONTH}")


def _weekday_of_month(text, today, now, tz, cal):
    """"the first monday of march", "last friday in feb": that day of that month."""
    m = _WEEKDAY_OF_MONTH.search(text)
    if not m:
        return None
    target, month = WEEKDAYS[m.group(2)], MONTHS[m.group(3)[:3]]
    year = cal.year_for(month, 1, now)
    days = [date(year, month, 1) + timedelta(days=i) for i in range(31)]
    days = [d for d in days if d.month == month and d.weekday() == target]
    day = days[_ORDINAL_DAY[m.group(1)]]
    return _day_window(day, tz, f"on {day:%a} {day.day} {day:%b %Y}", cal), m.span(), None


# A range said to start now, before the end named ("between now and ...", "from today till").
_FROM_NOW = re.compile(r"\b(?:between|from) (?:now|today|here|this week)\W*(?:and|to|till|til|"
                       r"until|on|-)?\W*$|\b(?:from )?now (?:until|till|til|to)\W*$")


_MONTH_END = re.compile(rf"\b(?:(?:by|until|till|before|to|for|in|over) )?(?:the )?(end|rest) of "
                        rf"(?:the |this )?(?:(month)|{_MONTH})(?! ?\d)")


def _month_end(text, today, now, tz, cal):
    """"by the end of the month", "end of feb": from now to the month's end. Said of the
    present ("it's the end of feb now", "end of feb now, what's left") it is no window: what
    is asked is then from now on, read without it."""
    m = _MONTH_END.search(text)
    if not m:
        return None
    rest = m.group(1) == "rest"  # "the rest of this month": all of it from now
    if m.group(2):
        month, year = today.month, today.year
    else:
        month = MONTHS[m.group(3)[:3]]
        year = cal.year_for(month, 1, now)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=tz)
    present = (re.search(r"\b(?:it'?s|it is|we'?re|we are|now)\W*$", text[:m.start()])
               or re.match(r"\W*(?:now|already)\b", text[m.end():]))
    if present and end - timedelta(days=10) <= now < end + timedelta(days=3):
        return None, m.span(), None
    first = datetime(year, month, 1, tzinfo=tz)
    # "between now and the end of feb", "from now till the end of the month", "until the end
    # of march", "done by the end of the month": a range from now (what is due by then is
    # all of it), not the month's last days
    from_now = (re.match(r"(?:until|till|before|to|by)\b", m.group(0))
                or _FROM_NOW.search(text[:m.start()]))
    start = max(now, first) if rest else now if from_now else max(now, end - timedelta(days=7))
    label = (W.REST_OF_MONTH if rest else "by the end of {month}").format(
        month=f"{end - timedelta(days=1):%B %Y}")
    return Window(start, end, label, "range",
                  cal.course_week_of(start.date())), m.span(), None


# Holidays the page does not date ("before easter", "till the easter break"): read as up to
# the end of the course, and the label says so.
_UNDATED_HOLIDAY = re.compile(r"\b(?:before|by|until|till|til|prior to) (?:the )?"
                              r"(easter|spring break|spring holidays?|easter (?:break|holidays?|"
                              r"hols|vacation))\b")


def _until_holiday(text, today, now, tz, cal):
    m = _UNDATED_HOLIDAY.search(text)
    numbers = sorted(cal.week_starts)
    if not m or not numbers:
        return None
    last = datetime.combine(cal.week_starts[numbers[-1]] + timedelta(days=7), time(), tz)
    label = W.UNDATED_HOLIDAY.format(holiday=m.group(1).capitalize(), week=numbers[-1])
    return Window(now, max(now, last), label, "range", cal.course_week_of(today)), m.span(), None


def _named_day(text, today, now, tz, cal):
    """"On valentine's day", "pancake day": the date a day's name gives, in the year
    near the course (a movable day's date is that year's)."""
    found = find_named_day(text)
    if found is None:
        return None
    span, rule = found
    day = named_day_in(rule, cal.year_near(lambda year: named_day_in(rule, year), now))
    return _day_window(day, tz, f"on {day:%a} {day.day} {day:%b %Y}", cal), span, None


_DAYS_OF_MONTH_SPAN = re.compile(rf"\b(?:the )?(\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY}\W*"
                                 rf"(?:[a-z']+\W+){{0,4}}?(?:to|till|til|until|-|through) (?:the )?"
                                 rf"(\d{{1,2}})(?:st|nd|rd|th)\b{_NOT_A_DAY}(?! of| {_MONTH})")


def _days_of_month_span(text, today, now, tz, cal):
    """"away from the 12th to the 21st", "(12th) and staying till the 21st": the days between
    two days of the month (no month said), the first from today on."""
    m = _DAYS_OF_MONTH_SPAN.search(text)
    if not m:
        return None
    found = _day_of_month(f"the {m.group(1)}th", today, now, tz, cal)
    if found is None:
        return None
    first = found[0].start.date()
    last_day = int(m.group(2))
    year, month = first.year, first.month
    if last_day <= first.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        last = date(year, month, last_day)
    except ValueError:
        return None
    if (last - first).days > 62:
        return None
    begin = datetime.combine(first, time(), tz)
    end = datetime.combine(last + timedelta(days=1), time(), tz)
    return Window(begin, end, f"from {first.day} {first:%b} to {last.day} {last:%b}", "range"), \
        m.span(), None


def _after_date(text, today, now, tz, cal):
    """"deadlines after the 12th of march", "anything after 12 mar": from the day after it on."""
    m = re.search(r"\b(?:after|past|beyond|following) (?=(?:the )?\d)", text)
    if not m:
        return None
    rest = text[m.end():]
    found = _explicit_date(rest, today, now, tz, cal)
    if found is None or found[1][0] > 4:
        return None
    day = found[0].start.date()
    begin = datetime.combine(day + timedelta(days=1), time(), tz)
    span = (m.start(), m.end() + found[1][1])
    return Window(begin, begin + timedelta(days=366), f"after {day:%a} {day.day} {day:%b %Y}",
                  "after", cal.course_week_of(day)), span, None


def _week_span(text, today, now, tz, cal):
    """"between week 3 and 6", "weeks 3-6", "from wk 3 to week 6": every week from one to
    the other ("week 3 and 6" alone names two weeks, read in understand.py)."""
    m = re.search(r"\b(?:between|from) (?:the )?(?:weeks?|wks?) ?(\d{1,2}) ?"
                  r"(?:and|to|-|through|until|till) ?(?:(?:the )?(?:weeks?|wks?) ?)?(\d{1,2})\b"
                  r"|\b(?:in |during |for |over )?(?:weeks|wks) (\d{1,2}) ?"
                  r"(?:-|to|through|until|till) ?(?:(?:weeks?|wks?) ?)?(\d{1,2})\b"
                  r"|\b(?:in |during |for |over )?(?:week|wk) (\d{1,2}) ?"
                  r"(?:-|through|until|till) ?(?:(?:weeks?|wks?) ?)?(\d{1,2})\b", text)
    if not m:
        return None
    lo, hi = (int(g) for g in [g for g in m.groups() if g is not None][:2])
    weeks = [n for n in sorted(cal.week_starts) if lo <= n <= hi]
    if lo >= hi or not weeks:
        return None
    return _weeks_window(weeks, f"in weeks {weeks[0]}-{weeks[-1]}", cal), m.span(), None


def _after_week(start: date, number: int, tz: ZoneInfo, cal: CourseCalendar) -> Window:
    """Every course week after the one named, as a span (the empty ones say so); after the
    last week, what follows it."""
    later = [n for n in sorted(cal.week_starts) if n > number]
    if len(later) == 1:  # "after week 8" of nine: week 9, with what the page says of it
        return cal.week_window(later[0], f"in week {later[0]}")
    if later:
        return _weeks_window(later, f"after week {number}", cal)
    begin = datetime.combine(start + timedelta(days=7), time(), tz)
    return Window(begin, begin + timedelta(days=366), f"after week {number}", "after")


def _weeks_window(weeks: list[int], label: str, cal: CourseCalendar) -> Window:
    begin = datetime.combine(cal.week_starts[weeks[0]], time(), cal.tz)
    end = datetime.combine(cal.week_starts[weeks[-1]] + timedelta(days=7), time(), cal.tz)
    return Window(begin, end, label, "range", weeks=tuple(weeks))


def _weeks_back(n: int, now: datetime, cal: CourseCalendar) -> list[int]:
    """The course weeks that began in the last `n` weeks up to now."""
    return [w for w, start in sorted(cal.week_starts.items())
            if now.date() - timedelta(days=7 * n) <= start <= now.date()]


_PARSERS = [_course_part, _until_holiday, _named_day, _day_weeks_on, _week_span, _week_of,
            _week_position,
            _weekday_of_month, _month_end,
            _date_to_part_of_month, _date_span, _dates_span, _two_ends_span,
            _month_first_span, _half_of_month, _part_of_month,
            _days_of_month_span, _after_date,
            _explicit_date, _day_of_month, _relative_days, _relative_weeks, _course_week, _weekday,
            _month, _right_now]


# A clock time a question says ("10am", "19:00", "at 10"), not a count ("at 2 days").
# A zone's offset ("GMT+5:45", "utc -3:30") is no clock time said.
NOT_OFFSET = "".join(f"(?<!{z}{gap}{sign})" for z in ("gmt", "utc") for gap in ("", " ")
                      for sign in (r"\+", "-"))
_CLOCK = re.compile(rf"{NOT_OFFSET}\b(\d{{1,2}})(?::(\d{{2}}))?\s*(am|pm)\b"
                    rf"|{NOT_OFFSET}\b(\d{{1,2}}):(\d{{2}})\b"
                    # (a bare "at 7" only: "at 3 pm" is the first reading's, one hour)
                    r"|\bat (\d{1,2})\b(?![:.]\d)(?!\s*(?:day|week|min|hour|am\b|pm\b))",
                    re.I)


# Clock times said in words ("half ten", "half past 10", "quarter to eleven", "ten thirty",
# "10.30am") written as the clock reads them ("10:30", "10:45", "10:30am"), so that every
# reader of a clock time finds them. "Ten to eleven" stays: it is as often a span.
_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_SAID_HOUR = rf"(\d{{1,2}}|{'|'.join(_HOUR_WORDS)})"
_MINUTE_WORDS = {"o'clock": 0, "oclock": 0, "fifteen": 15, "thirty": 30, "forty five": 45,
                 "forty-five": 45, "fortyfive": 45}
_PAST_WORDS = {"quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20,
               "twenty five": 25, "twenty-five": 25}
_AFTER_HOUR = r"(?!\s*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|of\b|%|[:.]\d))"
_CLOCK_SAID = [
    # "half past ten", "quarter past 10", "twenty past nine", "quarter after ten"
    (re.compile(rf"\b({'|'.join(sorted(_PAST_WORDS, key=len, reverse=True))}) (?:past|after) "
                rf"{_SAID_HOUR}\b{_AFTER_HOUR}", re.I),
     lambda m: _hhmm_said(m.group(2), _PAST_WORDS[m.group(1).lower()])),
    # "quarter to eleven", "a quarter to 11"
    (re.compile(rf"\b(?:a )?quarter (?:to|til|till) {_SAID_HOUR}\b{_AFTER_HOUR}", re.I),
     lambda m: _hhmm_said(m.group(1), -15)),
    # "half ten" (British: 10:30), "half 2"; not "half an hour", "half of it"
    (re.compile(rf"\bhalf {_SAID_HOUR}\b{_AFTER_HOUR}", re.I),
     lambda m: _hhmm_said(m.group(1), 30)),
    # "ten thirty", "11 fifteen", "ten o'clock"
    (re.compile(rf"\b{_SAID_HOUR} ({'|'.join(sorted(_MINUTE_WORDS, key=len, reverse=True))})"
                rf"(?![\w-])", re.I),
     lambda m: _hhmm_said(m.group(1), _MINUTE_WORDS[m.group(2).lower()])),
    # "10.30am", "at 10.30": a full stop between hours and minutes (not "16.7%", "2.5 hours")
    (re.compile(r"(?<![\d.:/])\b(\d{1,2})\.([0-5]\d)(?=\s*(?:am|pm)\b)", re.I),
     lambda m: f"{m.group(1)}:{m.group(2)}"),
    (re.compile(r"(?<=\bat )(\d{1,2})\.([0-5]\d)\b(?![\d.%/])", re.I),
     lambda m: f"{m.group(1)}:{m.group(2)}"),
    # "at midnight", "at noon": the clock time they name ("by midnight" is a bound: left)
    (re.compile(r"(?<=\bat )(midnight|noon|midday)\b", re.I),
     lambda m: "00:00" if m.group(1).lower() == "midnight" else "12:00"),
]


def _hhmm_said(hour: str, minutes: int) -> str:
    h = int(hour) if hour.isdigit() else _HOUR_WORDS[hour.lower()]
    if minutes < 0:
        h, minutes = (h - 2) % 12 + 1, 60 + minutes
    return f"{h}:{minutes:02d}"


# A message's clock words are read by its parse, its clock guess, its readings and its said
# hours (some six times a message): kept for recent texts.
@holds_message_text
@lru_cache(maxsize=1024)
def read_clock_words(text: str) -> str:
    """`text` with clock times said in words written as digits ("half ten" -> "10:30")."""
    for pattern, repl in _CLOCK_SAID:
        text = pattern.sub(repl, text)
    return text


def hour_of_day(hour: int, meridiem: str) -> int:
    """A 12-hour clock's hour with its "am" or "pm" as a 24-hour one ("12am" is 0)."""
    return hour % 12 + (12 if meridiem.lower() == "pm" else 0)


def clock_guess(raw: str) -> int | None:
    """The hour a question guesses ("tuesday 10am" -> 10), in 24-hour time."""
    m = _CLOCK.search(read_clock_words(raw))
    if m is None:
        return None
    hour = (hour_of_day(int(m.group(1)), m.group(3)) if m.group(1)
            else int(m.group(4) or m.group(6)))
    return hour if 0 <= hour < 24 else None


def clock_minute(raw: str) -> int:
    """The minutes past the hour of the clock time a question says ("3:30pm" -> 30); 0 when
    it says none or only an hour ("3pm" guesses the hour itself, not 15:30)."""
    m = _CLOCK.search(read_clock_words(raw))
    return int(m.group(2) or m.group(5) or 0) if m is not None else 0


def clock_readings(raw: str) -> frozenset[int]:
    """The hours (24-hour) a clock time written in a question can mean: one when it says am,
    pm or a 24-hour time ("5pm", "17:00"), both halves of the day for a bare "at 7"."""
    m = _CLOCK.search(read_clock_words(raw))
    hour = clock_guess(raw)
    if m is None or hour is None:
        return frozenset()
    if m.group(6) and hour < 12:
        return frozenset({hour, hour + 12})
    return frozenset({hour})


def shown_hour(hours: frozenset[int] | set[int]) -> int:
    """The reading of a clock time said that a correction names: one of the working day
    ("at 3" is 15:00, not 03:00), else the earliest."""
    return next((h for h in sorted(hours) if 8 <= h <= 20), min(hours))


# --- a time the asker is taken -------------------------------------------------------------
# Parts of the day as hours (a sunset or sundown is taken as the evening: its hour depends
# on place and season, and the label says how it was read).
# "Tonight" said of a day is its evening and night (asked after midnight, the coming ones).
# The one table of parts of the day: a time the asker is taken, and a part said of a session.
DAY_PARTS = {"morning": (6, 12), "afternoon": (12, 18), "evening": (17, 23),
             "night": (18, 24), "tonight": (17, 24), "sunset": (16, 24), "sundown": (16, 24),
             "day": (0, 24)}


def part_of(hour: int) -> str:
    """The part of the day an hour falls in: morning, afternoon, evening, else night."""
    return next((p for p in ("morning", "afternoon", "evening")
                 if DAY_PARTS[p][0] <= hour < DAY_PARTS[p][1]), "night")
_PART = r"(morning|afternoon|evening|night|sunset|sundown)s?"
_HOUR = r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?"
_HOURS = re.compile(rf"(?<![\d/.:-])(?:from |between )?(?:about |around |roughly |~)?{_HOUR}"
                    rf"\s*(?:-|\u2013|to|till|til|until|and)\s*(?:about |around |~)?"
                    rf"(?:{_HOUR}|(midday|noon|midnight))(?![\d/:]|\.\d)"
                    rf"(?! ?(?:st|nd|rd|th|of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
_AT_HOUR = re.compile(rf"\bat {_HOUR}(?![\d/:]|\.\d)"
                      r"(?! ?(?:st|nd|rd|th|days?|weeks?|hours?|mins?))")
# A clock time with am or pm straight after a weekday, without "at" ("tuesdays 10am"): a
# start, as "at 10am" is (not the time it is now: "it's tuesday 2pm here").
_DAY_CLOCK = re.compile(rf"(?<!it's )(?<!its )(?<!it is )\b{_WEEKDAY}s? "
                        r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b")
# "lectures 1-8", "weeks 3 to 5", "tasks 1-2": numbers of things, not hours
_NUMBERED = re.compile(r"\b(?:lec\w*|lectures?|weeks?|wks?|tasks?|cws?|tut\w*|l|t|chapters?|"
                       r"sections?|pages?|questions?|q|parts?|notes?)\s*$")
_NOON = {"midday": 12 * 60, "noon": 12 * 60, "midnight": 24 * 60}
# "friday sunset to saturday night", "from fri evening till sunday": a weekly stretch over days
_DAY_TO_DAY = re.compile(rf"\b{_WEEKDAY}(?: {_PART})?\s*(?:-|\u2013|to|till|til|until|through)"
                         rf"\s*(?:the )?{_WEEKDAY}(?: {_PART})?\b")
# "every weekend", "on weekends", "at the weekend(s)" (not "this weekend": one weekend)
# ("the weekend before the deadline" is one weekend, named by what it is before)
_WEEKENDS = re.compile(r"\b(?:(?:every|each|on|at|over) (?:the )?weekends?|weekends)\b"
                       r"(?! (?:before|after|of|when|that)\b)")
# "i work mornings", "every evening", "in the evenings": each day's part (not "this morning")
_DAILY_PART = re.compile(r"\b(?:(?:every|each|in the) (morning|afternoon|evening|night)|"
                         r"(?:in the |on )?(morning|afternoon|evening|night)s)\b")


def _clock(hour: str, minute: str | None, meridiem: str | None, other: str | None) -> int:
    h = int(hour) % 24
    half = (meridiem or other or "").lower()
    if half == "am" and h == 12:
        h = 0
    # ("2-4" without am or pm: in the afternoon, not at night)
    if half == "pm" and h < 12 or not half and 1 <= h <= 7:
        h += 12
    return h * 60 + int(minute or 0)


def said_hours(raw: str) -> tuple[int, int] | None:
    """The hours a text says, as minutes after midnight: "9 to 1", "10am-12", "from about
    9.30 til midday", "at 11" (an hour from then). None when it says none."""
    raw = read_clock_words(raw)
    m = next((m for m in _HOURS.finditer(raw) if not _NUMBERED.search(raw[:m.start()])), None)
    if m is not None:
        start = _clock(m.group(1), m.group(2), m.group(3), m.group(6))
        if m.group(7):
            end = _NOON[m.group(7)]
        else:
            end = _clock(m.group(4), m.group(5), m.group(6), None)
            if end <= start:
                end += 12 * 60 if end + 12 * 60 > start else 24 * 60
        if start >= 24 * 60:
            return None
        return start, min(end, 24 * 60)
    if (m := _AT_HOUR.search(raw)) is not None and int(m.group(1)) <= 23:
        start = _clock(m.group(1), m.group(2), m.group(3), None)
        return start, min(start + 60, 24 * 60)
    if (m := _DAY_CLOCK.search(raw)) is not None and int(m.group(2)) <= 12:
        start = _clock(m.group(2), m.group(3), m.group(4), None)  # ("tuesday 10am")
        return start, min(start + 60, 24 * 60)
    return None


def _start_only(raw: str) -> bool:
    """Whether the hours said are a start alone ("at 10:30"), not a span ("10-12")."""
    return _HOURS.search(raw) is None and (_AT_HOUR.search(raw) is not None
                                           or _DAY_CLOCK.search(raw) is not None)


def _hours_label(raw: str, hours: tuple[int, int]) -> str:
    """"09:00-13:00"; a start alone ("at 10:30") says the hour after it was taken."""
    if _start_only(raw):
        return W.BUSY_FROM.format(start=_hhmm(hours[0]), end=_hhmm(hours[1]))
    return f"{_hhmm(hours[0])}-{_hhmm(hours[1])}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _part_span(part: str | None) -> tuple[int, int] | None:
    if not part:
        return None
    lo, hi = DAY_PARTS[part.rstrip("s") if part.rstrip("s") in DAY_PARTS else part]
    return lo * 60, hi * 60


def busy_time(raw: str, parsed: TimeParse, tz: ZoneInfo) -> Busy | None:
    """A time the text says the asker is taken, in their zone: a weekly stretch ("friday
    sunset to saturday"), a day of every week with its hours or part of the day ("tuesday
    mornings 9 to 1", "every tuesday at 11"), weekends, a part of every day ("i work
    mornings"), or a day with its hours ("on 2 march 10am-12"). None for a day or range
    without hours (the window alone answers that) and for no time at all."""
    low = re.sub(r"\s+", " ", raw.lower())
    # ("my lab ends at 11:30 on tuesdays": the day up to then, not the hour after 11:30)
    hours = None if _ENDS_AT.search(low) else said_hours(low)
    if (parsed.weekday is None and (m := _DAY_TO_DAY.search(low)) is not None
            and (m.group(2) or m.group(4))):
        # (a part of the day said: "mon-thu" alone is the days of a job, each of them)
        first, last = WEEKDAYS[m.group(1)], WEEKDAYS[m.group(3)]
        lo = (_part_span(m.group(2)) or (0, 0))[0]
        hi = (_part_span(m.group(4)) or (0, 24 * 60))[1]
        start, end = first * 1440 + lo, last * 1440 + hi
        if end <= start:
            end += WEEK_MINUTES
        label = W.BUSY_DAYS.format(first=W.WEEKDAY_NAMES[first], start=_hhmm(lo),
                                   last=W.WEEKDAY_NAMES[last], end=_hhmm(hi))
        if {m.group(2), m.group(4)} & {"sunset", "sundown"}:
            label += W.BUSY_SUNSET.format(start=_hhmm(lo))
        return Busy(label, weekly=((start, end),), zone=tz)
    if (days := _weekdays_said(low, parsed)) is not None:
        # "mondays and tuesdays", "mon-wed", "weekdays before noon": each of them counts
        span = hours or _part_with_end(low, _first_part(low)) or _before_or_after(low)
        names = join([W.WEEKDAY_NAMES[d] for d in days])
        part = _first_part(low)
        label = (names if span is None else f"{names} {part}s" if hours is None and part
                 and span == _part_span(part)
                 else f"{names} {_hhmm(span[0])}-{_hhmm(span[1])}")
        return _weekly(days, span, label, tz)
    if (parsed.weekday is None and parsed.window is None and hours is not None
            and _JOB_HOURS.search(low)):
        # "i work 9-5", "my job is 8 to 4": a job's hours said without its days are the
        # working week's (the label says so)
        days = (0, 1, 2, 3, 4)
        return _weekly(days, hours, W.BUSY_WORKING_WEEK.format(
            first=W.WEEKDAY_NAMES[days[0]], last=W.WEEKDAY_NAMES[days[-1]],
            hours=_hours_label(low, hours)), tz)
    if (parsed.weekday is None and hours is not None and parsed.window is not None
            and parsed.window.granularity in ("week", "month", "range")
            and len(named := {WEEKDAYS[d] for d in _WEEKDAY_SAID.findall(low)}) == 1):
        # "my other module has a lecture tuesday 10am, which would i miss next week": the
        # one day said with hours is the commitment's, recurring within the stretch asked
        parsed = dataclasses.replace(parsed, weekday=named.pop())
    if parsed.weekday is not None:
        name = W.WEEKDAY_NAMES[parsed.weekday]
        if hours is None and (part := _first_part(parsed.phrase) or _first_part(low)):
            # the part of the day said with the weekday ("tuesday mornings", not the "night
            # shifts" said before it), else the first one said
            span = _part_with_end(low, part)
            label = (f"{name} {part}s" if span == _part_span(part)
                     else f"{name} {_hhmm(span[0])}-{_hhmm(span[1])}")  # "mornings till 1"
            return _weekly((parsed.weekday,), span, label, tz)
        if hours is None and (one := _before_or_after(low)) is not None:
            # "busy tuesdays until 10.30": the day up to that hour
            return _weekly((parsed.weekday,), one, f"{name} {_hhmm(one[0])}-{_hhmm(one[1])}", tz)
        return _weekly((parsed.weekday,), hours, name if hours is None
                       else f"{name} {_hours_label(low, hours)}", tz)
    if parsed.window is None and _WEEKENDS.search(low):
        return _weekly((5, 6), hours, W.BUSY_WEEKENDS, tz, hours is not None)
    if parsed.window is None and (m := _DAILY_PART.search(low)) is not None:
        part = next(g for g in m.groups() if g)
        return _weekly(tuple(range(7)), hours or _part_span(part),
                       W.BUSY_DAILY.format(part=part), tz, True)
    if (parsed.window is None and hours is None and _CLOCK_END.search(low)
            and (one := _before_or_after(low)) is not None):
        # "anything before 10am", "is anything on after 5pm": every day up to or from that
        # clock time (said as one: "after 6 years" names no time)
        return _weekly(tuple(range(7)), one, W.BUSY_EVERY_DAY, tz, True)
    window = parsed.window
    if window is None or window.granularity != "day":
        return None
    # (not when two days are named, "between friday evening and saturday night": a stretch
    # of the week read elsewhere, not the first day's evening)
    two_days = len({WEEKDAYS[d] for d in _WEEKDAY_SAID.findall(low)}) > 1
    part = None if hours is not None or two_days else _first_part(low)
    if hours is None and (hours := _part_span(part)) is None:
        return None
    # a day with its hours, or with a part of it ("tue 9 feb morning": that morning)
    start = window.start + timedelta(minutes=hours[0])
    end = window.start + timedelta(minutes=hours[1])
    day = f"{window.start:%a} {window.start.day} {window.start:%b %Y}"
    said = (W.BUSY_DAY_PART.format(part=part, start=_hhmm(hours[0]), end=_hhmm(hours[1]))
            if part else _hours_label(low, hours))
    return Busy(W.BUSY_DAY_HOURS.format(day=day, hours=said), span=(start, end), zone=tz,
                start_only=part is None and _start_only(low))


# Days of the week listed ("mondays and tuesdays", "tue, wed or thu") or spanned without a
# part of the day ("mon-wed", "monday to thursday"), and the working week ("weekdays").
_DAYS = rf"{_WEEKDAY}s?"
_DAY_LIST = re.compile(rf"\b{_DAYS}(?:(?:\s*,\s*|\s*/\s*|\s*&\s*|\s*\+\s*|\s+and\s+|\s+or\s+|"
                       rf"\s*,\s*and\s+)\b{_DAYS})+\b")
_DAY_SPAN = re.compile(rf"\b{_DAYS}\s*(?:-|\u2013|to|till|til|until|through)\s*(?:the )?"
                       rf"{_DAYS}\b")
_WORKING_WEEK = re.compile(r"\b(?:week ?days|mon(?:day)?s? to fri(?:day)?s?)\b")
# "before noon", "after 2pm": a day's hours said by one end
# (a day of a month is no clock time: "from 15 feb", "after the 22nd", "until 3/3")
# Something of the writer's said to end ("ends at 11:30", "finishes 10.45", "gets out at 11")
_ENDS = r"(?:ends?|finish(?:es)?|is over|gets? out|done)(?: at)?"
_ONE_END = re.compile(rf"\b(before|after|until|till|from|{_ENDS})\s+(?:about\s+)?"
                      r"(noon|midday|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\b"
                      rf"(?!\s*(?:st|nd|rd|th)\b|[/-]\d|\s*(?:of\s+)?{_MONTH}(?!\w))")


# ... at a clock time
_ENDS_AT = re.compile(rf"\b{_ENDS}\s+"
                      r"(?:about\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b(?!\s*(?:st|nd|rd|th)\b)")


# One end said as a clock time: with am/pm, minutes, or noon ("before 10am", "after 17:30").
_CLOCK_END = re.compile(r"\b(?:before|after|until|till|from)\s+(?:about\s+)?"
                        r"(?:noon|midday|\d{1,2}(?:[:.]\d{2}\s*(?:am|pm)?|\s*(?:am|pm)))\b")


# "i work mon + tue", "my job is tue/wed": days one works are every week's
_WORK_DAYS = re.compile(r"\bi (?:work|have work|have a job|have my job)\b|\bmy (?:\w+ )?(?:job|"
                        r"shifts?|placement)\b|\bi'?m (?:working|at work)\b")


# The writer's job with its hours ("i work 9-5", "i'm in toronto and work 9 to 5", "my job
# is 8-4"): the hours of a working week when no day is said.
_JOB_HOURS = re.compile(r"\b(?:i|i'?m|im|and|also|usually|normally|mostly) (?:\w+ )?"
                        r"work(?:ing)?\b(?! on)|\bmy (?:\w+ )?(?:job|work hours|working hours)\b"
                        r"|\bi have (?:a |my )?(?:\w+ )?job\b")


_WEEKDAYS_SAID = re.compile(rf"\b{_DAYS}\b")


def _weekdays_said(low: str, parsed: TimeParse) -> tuple[int, ...] | None:
    """The days of the week a text says the asker is taken, when it says two or more of
    every week: the working week, or days said in the plural, after "every" or with their
    hours, or read as kinds of day already; "is anything on tue or wed" is this week's days,
    not these. A kind of day said apart from them is the time meant ("night shifts mon-thu
    so i sleep through tuesday mornings")."""
    if _WORKING_WEEK.search(low):
        return (0, 1, 2, 3, 4)
    m = _DAY_SPAN.search(low) or _DAY_LIST.search(low)
    if m is None:
        return None
    said = m.group(0)
    recurring = parsed.weekday is not None
    kind_of_day = re.sub(r"^(?:on (?:a |any )?|every (?:single )?|each |the )", "",
                         parsed.phrase.lower())
    at = low.find(kind_of_day)
    if recurring and not (at != -1 and at <= m.end() and at + len(kind_of_day) >= m.start()):
        return None
    if not (recurring or re.search(r"days\b|\bevery\b", said) or _WORK_DAYS.search(low)
            or re.search(rf"\bevery {re.escape(said)}", low) or said_hours(low)):
        return None
    if m.re is _DAY_SPAN:
        first, last = WEEKDAYS[m.group(1)], WEEKDAYS[m.group(2)]
        return tuple((first + i) % 7 for i in range((last - first) % 7 + 1))
    days = sorted({WEEKDAYS[d.group(1)] for d in _WEEKDAYS_SAID.finditer(said)})
    return tuple(days) if len(days) > 1 else None


# A day or a date named besides a run of weekdays: the time asked of, not the asker's days
_OTHER_DAY = re.compile(rf"\b(?:{_DAYS}|today|tonight|tomorrow|yesterday|weekends?|"
                        r"(?:this|next|last) week|week \d+|\d{1,2}(?:st|nd|rd|th)|"
                        r"\d{1,2}/\d{1,2}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|"
                        r"aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b")


def days_run_only(text: str) -> bool:
    """Whether the only days `text` names are a run of weekdays ("mon-fri", "monday to
    friday", "weekdays"): the days one is taken every week, which a reading of the run's
    first day as the time asked of ("on Monday") mistakes."""
    low = re.sub(r"\s+", " ", text.lower())
    if not (_DAY_SPAN.search(low) or _WORKING_WEEK.search(low)):
        return False
    rest = _WORKING_WEEK.sub(" ", _DAY_SPAN.sub(" ", low))
    return _OTHER_DAY.search(rest) is None


def _before_or_after(low: str) -> tuple[int, int] | None:
    """The hours of a day said by one end: "before noon" is until 12:00, "after 4pm" from
    16:00 to midnight."""
    m = _ONE_END.search(low)
    if m is None:
        return None
    said = m.group(2)
    if said in _NOON:
        at = _NOON[said]
    else:
        clock = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?", said)
        assert clock is not None
        at = _clock(clock.group(1), clock.group(2), clock.group(3), None)
    if at >= 24 * 60:
        return None
    return (at, 24 * 60) if m.group(1) in ("after", "from") else (0, at)


def _part_with_end(low: str, part: str | None) -> tuple[int, int] | None:
    """A part of the day with one end said ("mornings till 1", "afternoons until 4",
    "evenings from 7"): the part's span with that end; an hour said without am/pm is the
    first such hour within or after the part ("till 1" of a morning is 13:00)."""
    span = _part_span(part)
    one = _before_or_after(low)
    if span is None or one is None:
        return span
    until = one[0] == 0
    at = one[1] if until else one[0]
    if at <= span[0] and at + 12 * 60 < 24 * 60:
        at += 12 * 60
    return (span[0], max(at, span[0] + 1)) if until else (at, max(span[1], at + 1))


_PART_SAID = re.compile(rf"\b{_PART}\b")


def _first_part(text: str) -> str | None:
    m = _PART_SAID.search(text)
    return m.group(1) if m else None


def _weekly(days: tuple[int, ...], span: tuple[int, int] | None, name: str,
            tz: ZoneInfo, with_hours: bool = False) -> Busy:
    lo, hi = span or (0, 24 * 60)
    label = f"{name} {_hhmm(lo)}-{_hhmm(hi)}" if with_hours else name
    return Busy(label, weekly=tuple((d * 1440 + lo, d * 1440 + hi) for d in days), zone=tz)
