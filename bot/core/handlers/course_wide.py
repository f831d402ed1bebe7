"""Questions over the whole course, whichever kind of fact the part was read as: whether a
kind of session is held every week ("do we have a q&a every week?": Yes, or No with the
weeks that have none), and the course's first or last of a kind ("the final lecture")."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time, timedelta

from bot.core import wording as W
from bot.core.count_asked import (
    count_asked,
    course_end_asked,
    first_count_asked,
    past_count_asked,
)
from bot.core.course import CourseView, Reader
from bot.core.course_parts import (
    all_lectures_timed,
    event_name,
    in_qa_slots,
    join,
    live_except,
    with_qa_slots,
)
from bot.core.handlers import Reply
from bot.core.handlers.logistics import AFTER_TERM, lecture_delivery, lectures_given
from bot.core.handlers.topics import answer_reading
from bot.core.lexicon import CUES, MATERIAL_THINGS
from bot.core.order_asked import asked_order
from bot.core.property_asked import property_asked
from bot.core.queries import (
    anchor_named,
    asked_position,
    asks_kind_attribute,
    at_position,
    busy_clash,
    by_start,
    course_dates,
    course_order,
    delivered_as,
    denies,
    edge_groups,
    events_of,
    first_or_last,
    keeps_time_for_course,
    named_events,
    neighbour,
    next_of_kind,
    next_to_named,
    overlapping,
    plural_kinds,
    term_days,
    titled_by_words,
    two_sessions,
    weeks_held,
    zone_offsets,
    zone_relation_asked,
)
from bot.core.text import NUMBER_PATTERN, normalize, number_value, tokens
from bot.core.timefmt import format_day_date, utc_offset, zone_abbrev
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.core.when import (
    NOT_OFFSET,
    Busy,
    CourseCalendar,
    Window,
    asked_week,
    clock_guess,
    clock_minute,
    hour_of_day,
)
from bot.core.zones import find_zone, place_name, places_named, zone_name
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import WEEKDAYS, Event

_EVERY_WEEK = re.compile(r"\b(?:every|each|all)\s+(?:single\s+)?weeks?\b|\bweekly\b"
                         r"|\bevery\s+tues?day\b")
# Kinds held in a weekly slot (a live lecture on that day is the exception, not the slot).
_TIMETABLED = frozenset({"qa", "tutorial"})
# "... but is it literally every week or what": asked inside the message, not at its start.
_ASKS_IF = re.compile(r"\b(?:is|are|do|does|will) (?:it|they|there|these|those|we|this|that)\b")


# The one session pointed back to ("> <day> <date> <time> Tutorial ... is this every week?",
# "tutorial 6, does it happen weekly"): its kind is asked of, the session beside the answer.
_POINTED = re.compile(r"\b(?:is|are|does|do|will|was) (?:this|that|it|these|those|they)\b"
                      r"|\b(?:this|that) (?:one |session )?(?:every|each|weekly)\b")


# A line quoted back and a short question about it, at most (a timetable line is ~15 words).
_POINTED_WORDS = 25


def _pointed_session(q: Query, view: CourseView, reader: Reader) -> Event | None:
    """The one session a question names by its id or its date and points back to with
    "this", "that" or "it" while asking whether it is weekly; None otherwise."""
    if not (_POINTED.search(q.text) and _EVERY_WEEK.search(q.text)) or q.coursework:
        return None
    if len(q.text.split()) > _POINTED_WORDS or not re.search(r"\d", q.text):
        return None  # (a long message's "is it every week" points to more than one line;
        # one named by neither a date nor a number, "the live bits", is no line quoted)
    named = [e for x in (*q.tutorials, *q.lectures) if (e := view.schedule.event(x))]
    if not named and q.time.window is not None:
        w = q.time.window
        named = [e for e in view.timed if e.kind in (q.kinds & _SESSIONS or _SESSIONS)
                 and e.start is not None and w.start <= e.start < w.end]
    starts = {(e.kind, e.start) for e in named}
    return named[0] if len(starts) == 1 and named[0].kind in _SESSIONS else None


def answer_pointed_every_week(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"> <day> <date> <time> Tutorial / is this every week?": whether sessions of the kind of
    the one session named and pointed back to are held every week, with it said first (read
    before the handlers that answer a session named by its date or id with itself). None
    unless one session is so pointed to."""
    if (one := _pointed_session(q, view, reader)) is not None:
        general = dataclasses.replace(q, kinds={one.kind}, tutorials=[], lectures=[], staff=[],
                                      time=dataclasses.replace(q.time, window=None))
        # (the kind's weekly slot and the weeks that differ, where the timetable has one;
        # else the weeks it is held in)
        reply = answer_regular_slot(general, view, reader) or answer_every_week(
            dataclasses.replace(general, raw=general.text), view, reader)
        if reply is None:
            return None
        line = view.event_lines([one], reader)[0].lstrip("• ")
        head = W.EVERY_WEEK_THIS.format(line=line, week=one.week)
        return dataclasses.replace(reply, text=f"{head}\n{reply.text}",
                                   events=[one, *(e for e in reply.events if e.id != one.id)])
    return None


def answer_every_week(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question asks whether sessions of a kind are held every week."""
    asked = q.kinds & _SESSIONS
    if not asked and q.time.weekday is not None and not q.kinds:
        # "you said tuesdays 10-12, is it every week": the sessions held on that day
        asked = {e.kind for e in events_of(view, set(_SESSIONS) - {"panel"}, q.staff)
                 if e.start and e.start.astimezone(view.tz).weekday() == q.time.weekday
                 and e.kind in _TIMETABLED}
    if (not asked or q.time.window is not None or q.lectures or q.tutorials
            or not _EVERY_WEEK.search(q.text) or not (q.asks_yes_no or _ASKS_IF.search(q.text))):
        return None  # "at what time are they released each week" asks something else
    if q.kinds & _SESSIONS and clock_guess(q.raw) is not None and all(
            any(sl.kind == k for sl in view.schedule.course.timetable) for k in asked):
        return None  # "is the q&a every week at 10": the hour is checked against each
        # week's too, by the weekly slot (answer_regular_slot), with the weeks that differ
    kinds = with_qa_slots(asked, view.schedule)
    events = events_of(view, kinds, q.staff)
    if not events:
        return None
    held, missing = weeks_held(view, events)
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(asked))
    if q.staff:
        what += W.WITH_STAFF.format(staff=", ".join(q.staff))
    lines = [W.EVERY_WEEK_YES.format(what=what, weeks=_weeks(held)) if not missing
             else W.EVERY_WEEK_NO.format(what=what, weeks=_weeks(held), missing=_weeks(missing))]
    for e in events:
        if e.kind not in asked:  # "week 8's is the panel discussion, in the Q&A slot"
            lines.append(W.EVERY_WEEK_IN_SLOT.format(week=e.week, title=e.title))
    return Reply("schedule", True, 0.85, "\n".join(lines), events)


# "joined late, what have i missed so far", "what did we miss", "was out 1-12 mar, did
# anything happen": the weeks up to now (or the past span named).
_CATCH_UP = re.compile(r"\bwhat (?:have|did|has|do|would|will) (?:i|we|u|you)\b[^.?!]{0,25}?"
                       r"\bmiss(?:ed)?\b|\bwhat (?:i|we)(?:'?ve| have)? missed\b"
                       r"|\bcatch(?:ing)? up on (?:everything|what|all)\b"
                       r"|\bwhat(?:'?s| has| have)? (?:been )?(?:covered|happened|done) so far\b"
                       r"|\bwhat (?:have|did) (?:we|i|you|they) (?:done|covered|had) so far\b"
                       r"|\b(?:did|has) (?:any ?thing|much|something) (?:happen(?:ed)?|go on)\b"
                       r"|\bany ?thing (?:happen(?:ed)?|go on|went on)\b"
                       # "did i miss anything live", "have we missed much": something of a
                       # time gone by, not one named thing ("did i miss the deadline")
                       r"|\b(?:did|have|do) (?:i|we|u) (?:\w+ )?miss(?:ed)? "
                       r"(?:any ?thing|much|something|stuff|out)\b"
                       # "what happened since friday", "what went on while i was away"
                       r"|\bwhat(?:(?:'?s| is| has| have) (?:happened|gone on)| happened"
                       r"| went on| was on) (?:since|while)\b"
                       # "which tutorials did I miss", "what sessions will we miss"
                       r"|\b(?:which|what|any)\s+(?:[\w&]+\s+){0,2}?(?:have|did|will|would|do)"
                       r"\s+(?:i|we|u)\s+(?:\w+\s+)?miss(?:ed)?\b")
# A kind of session asked of what was missed ("which tutorials did I miss"): only those.
_MISSED_KINDS = frozenset({"lecture", "qa", "tutorial", "panel"})
# "since week 3", "from 1 feb": the span named runs on up to now.
_SINCE = r"\b(?:since|from|starting)\s+(?:the\s+)?(?:start of\s+|beginning of\s+)?"
# Joining the course late, said with when ("i joined in week 4", "only enrolled last
# week", "we started the module in week 5"): a late joiner missed everything before then
# too, so the catch-up runs from the course's start; not being away ("i was sick in week
# 4"), which misses that span only.
_JOINED = re.compile(r"(?:^(?:only |just |so )?|\b(?:i|i've|ive|i'm|im|we|we've)\b(?: \w+){0,3}? )"
                     r"(?:joined|started|"
                     r"enrolled|registered|signed up|switched|transferred|got added|was added|"
                     r"came in|arrived)\b")
# "back after 2 wks skiing", "off for ten days": a span counted back from now.
_AWAY_FOR = re.compile(rf"\b(?:after|for|from|of|past|last|about|around|nearly|almost|over) "
                       rf"(?:the )?(?:past |last )?({NUMBER_PATTERN}) ?(days?|weeks?|wks?)\b")


# The words that say a time is where today falls, before it ("it's week 4") or after it
# ("week 4 now"). Compiled once: the phrase between them is found as plain text, so no
# pattern is built (and compiled, a few ms) per question.
_NOW_BEFORE = re.compile(r"\b(?:it'?s|it is|its|we'?re in|we are in|currently|now)\s+"
                         r"(?:in\s+)?(?:the\s+)?\Z")
_NOW_AFTER = re.compile(r"\s+(?:now|already|atm)\b")
_EDGE = re.compile(r"\b")


def _said_as_today(q: Query) -> bool:
    """Whether the time the question names is said as where today falls ("it's week 4 now",
    "we're in week 5"), not as a span asked about."""
    phrase = q.time.phrase.removeprefix("in ").strip()
    if not phrase:
        return False
    text = q.text
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if _EDGE.match(text, end) and _NOW_BEFORE.search(text[:start]):
            return True
        if _EDGE.match(text, start) and _NOW_AFTER.match(text, end):
            return True
        start = text.find(phrase, start + 1)
    return False


def _past_span(q: Query, view: CourseView, now: datetime) -> tuple[datetime, datetime] | None:
    """The past span a catch-up names: a window begun before now (up to now when said
    "since ..."), or a number of days or weeks away counted back from now; None for none
    (so far: the whole course), and the window itself when it lies ahead (no catch-up)."""
    window = q.time.window
    if window is not None and window.granularity != "now" and _said_as_today(q):
        window = None  # ("joined late, it's week 4 now": today's week, no span missed)
    if window is not None and window.granularity != "now":
        if window.start >= now:
            return None
        since = re.search(_SINCE + re.escape(q.time.phrase.removeprefix("in ")), q.text)
        return window.start, now if since else min(window.end, now)
    if (m := _AWAY_FOR.search(q.text)) and (n := number_value(m.group(1))):
        days = n * (1 if m.group(2).startswith("day") else 7)
        return now - timedelta(days=days), now
    return None


def answer_catch_up(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The course weeks begun so far (or within the past span named), each with its
    lectures, tutorials and deadlines, then the next deadline and where the materials are;
    None unless the question asks what was missed up to now (a week ahead is that week's
    listing, not this)."""
    window = None if _said_as_today(q) else q.time.window
    joined = window is not None and window.start < reader.now and bool(_JOINED.search(q.text))
    if joined:
        # everything from the start up to now, then what comes next
        q, window = dataclasses.replace(q, time=dataclasses.replace(q.time, window=None)), None
    if (not _CATCH_UP.search(q.text) or q.lectures or q.tutorials or q.coursework
            or q.subject_known or q.also_weeks):
        return None  # ("what did i miss in weeks 4 and 5": each week's listing)
    span = _past_span(q, view, reader.now)
    kinds = set(q.kinds) & _MISSED_KINDS
    kinds = with_qa_slots(kinds, view.schedule)  # (the panel held in the Q&A slot)
    if span is None and window is not None and window.granularity != "now":
        if window.start < reader.now or kinds:
            return None
        # "what will I miss if I'm off 1-10 march, including deadlines": a span ahead,
        # every kind in it (the sessions missed and what falls due), not deadlines alone
        from bot.core.handlers.sessions import answer_schedule  # (sessions use this module)
        return answer_schedule(dataclasses.replace(q, kinds=set()), view, reader)
    s = view.schedule
    today = reader.now.astimezone(view.tz).date()
    start, end = span or (None, reader.now)
    first = start.astimezone(view.tz).date() if start else None
    # (a span up to midnight ends the day before)
    last = (end - timedelta(microseconds=1) if span else end).astimezone(view.tz).date()
    weeks = [w for w in s.weeks if w.starts <= last
             and (first is None or w.starts + timedelta(days=7) > first)]
    if not weeks and s.weeks and last < s.weeks[0].starts:
        # nothing missed before the course begins: when it does
        return Reply("schedule", True, 0.8, course_dates(view, reader))
    if not weeks:
        return None
    if span is None:
        head = W.CATCH_UP_HEAD.format(today=format_day_date(today))
    elif first == last:  # one day ("yesterday", "monday"): not "from X to X"
        head = W.CATCH_UP_DAY_HEAD.format(day=format_day_date(first))
    else:
        head = W.CATCH_UP_SPAN_HEAD.format(first=format_day_date(first),
                                           last=format_day_date(last))
    lines = [head]
    shown: list = []
    for week in weeks:
        held = [e for e in view.events if e.week == week.number
                and (not kinds or e.kind in kinds or e.kind == "deadline")
                and (e.start is None or (e.start <= end and (start is None or e.start >= start)))]
        if not held and first is not None and week.starts < first:
            continue  # (its sessions were before the span: "no lectures" would mislead)
        shown += held
        lines.append(W.CATCH_UP_WEEK.format(week=week.number, span=view.week_span(week.number),
                                            what="; ".join(_week_parts(held, view, reader))
                                            or W.CATCH_UP_NOTHING))
    ahead = [e for e in view.timed if e.kind == "deadline" and e.start > reader.now]
    if ahead:
        lines.append(W.CATCH_UP_NEXT_DUE.format(line=view.event_lines(ahead[:1], reader)[0]
                                                .lstrip("• ")))
    # (a late joiner: what comes next too)
    following = ([e for e in view.timed if e.kind != "deadline" and e.start > reader.now][:1]
                 if joined else [])
    if following:
        lines.append(W.NEXT_IS.format(line=view.event_lines(following, reader)[0].lstrip("• ")))
    lines.append(W.READING_WHERE.format(locations=" and ".join(s.course.materials_locations)))
    return Reply("schedule", True, 0.85, "\n".join(lines), [*shown, *ahead[:1], *following])


def _week_parts(held: list, view: CourseView, reader: Reader) -> list[str]:
    """A week's lectures, tutorials, Q&As and deadlines, briefly; each session and deadline
    with its day and time (what was missed is dated, not only named)."""
    parts = []
    # (lectures without a time are recorded, said so; one with a time is a session below)
    lectures = [lec for e in held if e.kind == "lecture" and e.start is None
                and (lec := view.schedule.lecture(e.id))]
    if lectures:
        parts.append(W.CATCH_UP_LECTURES.format(titles=", ".join(
            f"{lec.number} {lec.title}" for lec in lectures)))
    sessions: list[tuple[datetime | None, str]] = []  # (in the order they were held)
    sessions += [(e.start, W.CATCH_UP_LIVE.format(number=lec.number, title=lec.title,
                                                  when=_short_when(e, view, reader)))
                 for e in held if e.kind == "lecture" and e.start is not None
                 and (lec := view.schedule.lecture(e.id))]
    tutorials = [e for e in held if e.kind == "tutorial"]
    for start in dict.fromkeys(e.start for e in tutorials):
        slot = [e for e in tutorials if e.start == start]
        when = _short_when(slot[0], view, reader)
        if topics := [f"{e.id} {e.topic}" for e in slot if e.topic]:
            sessions.append((start, W.CATCH_UP_AT.format(
                what=W.CATCH_UP_TUTORIALS.format(titles=", ".join(topics)), when=when)))
        if any(not e.topic for e in slot):  # (the page gives it no topic)
            sessions.append((start, W.CATCH_UP_AT.format(what=W.CATCH_UP_UNTITLED_TUTORIAL,
                                                         when=when)))
    for e in held:
        # (a panel discussion in the Q&A slot is named: it is no Q&A)
        what = (W.CATCH_UP_QA if e.kind == "qa" else W.CATCH_UP_PANEL.format(title=e.title)
                if e.kind == "panel" else None)
        if what is not None:
            sessions.append((e.start, W.CATCH_UP_AT.format(
                what=what, when=_short_when(e, view, reader, staff=True))))
    parts += [text for _, text in sorted(
        sessions, key=lambda p: (p[0] is not None, p[0] or datetime.min.replace(tzinfo=view.tz)))]
    for e in held:
        if e.kind == "deadline" and e.start is not None:
            parts.append(W.CATCH_UP_DUE.format(title=event_name(e).removesuffix(" deadline"),
                                               day=_short_when(e, view, reader)))
    return parts


def _short_when(e: Event, view: CourseView, reader: Reader, staff: bool = False) -> str:
    """The short weekday, day, month and hour of a session in the reader's zone (the zone
    named when it is not the course's), with who runs it when asked; "no time given" for a
    session without one."""
    if e.start is None:
        when = W.CATCH_UP_NO_TIME
    else:
        local = e.start.astimezone(reader.tz)
        when = W.CATCH_UP_WHEN.format(day=f"{local:%a} {local.day} {local:%b}",
                                      time=f"{local:%H:%M}")
        if reader.tz != view.tz:
            when += f" {zone_abbrev(local)}"
    if staff and e.staff:
        when += W.CATCH_UP_WITH.format(staff=", ".join(e.staff))
    return when


# "which sessions have two tutorial sheets at once", "when are tutorials doubled up": more
# than one tutorial in one slot.
_SHARED_SLOT = re.compile(r"\b(?:two|2|both|double[ds]?|doubled|doubling|pairs?|paired|combined|"
                          r"multiple|several|more than one|simultaneous(?:ly)?|concurrent(?:ly)?|"
                          r"together|at once|at the same time|same (?:session|slot|time|hour))\b")
_WHICH_OR_WHEN = re.compile(r"\b(?:which|what|when|whens|how many|any|ever)\b")


def answer_shared_slot(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The slots holding more than one tutorial, by week; None unless the question asks
    which or when tutorials share a session."""
    if (q.kinds - {"session"} != {"tutorial"} or q.tutorials or q.time.window is not None
            or q.subject_known
            # ("the next two tutorials", "the last 2 tutorials": a count of them, not a pair)
            or count_asked(q.text) is not None or past_count_asked(q.text) is not None
            or not _SHARED_SLOT.search(q.text) or not _WHICH_OR_WHEN.search(q.text)):
        return None
    tutorials = [e for e in events_of(view, {"tutorial"}, q.staff) if e.start is not None]
    starts: dict[datetime, list] = {}
    for e in tutorials:
        starts.setdefault(e.start, []).append(e)
    shared = [group for _, group in sorted(starts.items()) if len(group) > 1]
    if not shared:
        return Reply("schedule", True, 0.8, W.SHARED_SLOT_NONE, [])
    weeks = _weeks(sorted({g[0].week for g in shared if g[0].week is not None}))
    events = [e for group in shared for e in group]
    return Reply("schedule", True, 0.85, "\n".join(
        [W.SHARED_SLOT.format(weeks=weeks), *view.event_lines(events, reader)]), events)


# "which weeks have no teaching at all", "any weeks without a tutorial": the empty weeks.
# What "a week with no sessions" is over (this module's _SESSIONS leaves out quizzes).
_HELD_KINDS = frozenset({"lecture", "qa", "tutorial", "panel", "quiz"})
# Said as a negated verb too ("which weeks don't have a quiz", "a week that has no deadline")
# or as "<kind>-free weeks".
_NOT_HAVE = r"(?:don'?t|do not|doesn'?t|does not|won'?t|will not|didn'?t|did not) (?:have|hold|get)"
_WEEKS_WITHOUT = re.compile(r"\b(?:which|what|any) weeks?\b[^.?!]{0,30}?\b(?:no|without|nothing|"
                            rf"{_NOT_HAVE}|lack|lacking)\b"
                            r"|\bweeks? (?:with|that (?:has|have)|having) no\b"
                            rf"|\bweeks? (?:that |which )?{_NOT_HAVE}\b"
                            r"|\b(?:a|any|one|some) weeks? (?:without|free of)\b"
                            r"|\b\w+ ?-? ?free weeks?\b")


def answer_weeks_without(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The course weeks in which none of the kinds of session asked (any session when none
    is named) is held or placed, with the page's note on the week. None unless asked."""
    if (not _WEEKS_WITHOUT.search(q.text) or q.time.window is not None or q.lectures
            or q.tutorials or q.coursework):
        return None
    # The kind asked is the one the complement is over: "a week with no deadline" is not
    # a week with no sessions.
    asked = q.kinds & (_HELD_KINDS | {"deadline"}) or set(_HELD_KINDS)
    kinds = with_qa_slots(asked, view.schedule)
    events = events_of(view, kinds, q.staff)
    what = (W.ANY_SESSION if asked == set(_HELD_KINDS)
            else " or ".join(W.EVENT_KIND_NAMES[k] for k in sorted(asked)))
    if asked == {"lecture"} and (q.has("live") or _PRERECORDED_ASKED.search(q.raw.lower())):
        # "which weeks have no pre-recorded lectures": those delivered that way only
        live = q.has("live") and not _PRERECORDED_ASKED.search(q.raw.lower())
        events = [e for e in events if (e.start is not None) == live]
        what = W.LECTURES_DELIVERED.format(how="live" if live else "pre-recorded")
    _, missing = weeks_held(view, events)
    if not missing:
        return Reply("schedule", True, 0.85, W.WEEKS_WITHOUT_NONE.format(what=what))
    lines = [W.WEEKS_WITHOUT.format(what=what, s="s" if len(missing) > 1 else "",
                                    weeks=_weeks(missing))]
    for n in missing:
        week = view.schedule.week(n)
        if week is not None and week.note and asked & _HELD_KINDS:  # (a note on its sessions)
            lines.append(W.WEEK_NOTE.format(week=n, span=view.week_span(n), note=week.note))
    return Reply("schedule", True, 0.85, "\n".join(lines))


def _weeks(numbers: list[int]) -> str:
    """"2-7", "1 and 9", "2, 4 and 6": runs of consecutive weeks joined."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [p for r in runs for p in ([f"{r[0]}-{r[-1]}"] if len(r) > 2 else map(str, r))]
    return join(parts)


_UNDATED_KINDS = frozenset({"lecture", "quiz"})


# Being somewhere at a set time: "the first thing i need to turn up to", "attend", "show up".
_TURN_UP = re.compile(r"\b(?:turn(?:ing)? up|show(?:ing)? up|attend\w*|be (?:at|there)"
                      r"|go(?:ing)? to|join)\b")


def answer_first_attended(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"What's the first thing I need to turn up to", "the first session I have to attend":
    the course's first session held at a set time (one placed only in a week is watched,
    not attended), the whole slot. None unless "first" is asked with being there and no
    kind, id, time or person named."""
    if (q.direction != "first" or not _TURN_UP.search(q.text) or q.kinds or q.lectures
            or q.tutorials or q.coursework or q.staff or q.time.window is not None):
        return None
    held = [e for e in view.timed if e.kind != "deadline"]
    if not held:
        return None
    group = [e for e in held if e.start == held[0].start]
    return Reply("schedule", True, 0.85, "\n".join([W.FIRST_ATTENDED,
                                                    *view.event_lines(group, reader)]), group)


# "the first week with a live lecture", "the last week that has a quiz": the week of the
# course's first (last) of a kind, not the course's first (last) week.
_WEEK_OF_EDGE = re.compile(r"\b(first|earliest|last|final|latest) (?:course |teaching )?week "
                           r"(?:with|that has|having|where|when|in which|there is|we have)\b")
# A lecture's delivery said: "pre-recorded" (or "recorded") rather than "live".
_RECORDED_SAID = re.compile(r"\b(?:pre-? ?)?recorded\b")


def delivery_said(q: Query) -> str | None:
    """"live" or "pre-recorded" when the question says one delivery mode (not both)."""
    live, recorded = q.has("live"), bool(_RECORDED_SAID.search(q.raw.lower()))
    if live == recorded:
        return None
    return "live" if live else "pre-recorded"


def answer_first_or_last(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Which lecture is the final one", "the very first quiz": over the whole course, those
    placed only in a week included (the last lecture is the live one after the pre-recorded
    ones), named as first or last, with how it is delivered. None for any other question."""
    if (attended := answer_first_attended(q, view, reader)) is not None:
        return attended
    week_of = _WEEK_OF_EDGE.search(q.text)
    if week_of and (q.time.window is None or q.time.window.course_week in (
            view.schedule.weeks[0].number, view.schedule.weeks[-1].number)):
        # "the first week with a live lecture": not week 1, the week of the first one
        q = dataclasses.replace(q, time=dataclasses.replace(q.time, window=None),
                                direction="first" if week_of[1] in ("first", "earliest")
                                else "last")
    if (q.direction in ("first", "last") and len(q.kinds) == 1 and q.time.window is None
            and not (q.lectures or q.tutorials or q.coursework or q.staff or q.subject_known)
            and (count := first_count_asked(q.text) if q.direction == "first" else (
                past_count_asked(q.text) if course_end_asked(q.text) else None)) is not None):
        # "the first couple of tutorials", "when are the last two q&as": that many of the
        # course's first or last, of any kind (dated ones too), not the one at the edge
        kind = next(iter(q.kinds))
        # (a panel in the Q&A slot is counted with the Q&As, as "the last q&a" shows it)
        pool = events_of(view, with_qa_slots({kind}, view.schedule), [])
        return _course_edge(view, pool, count, kind, reader, last=q.direction == "last")
    if (q.direction not in ("first", "last") or not q.kinds or not q.kinds <= _UNDATED_KINDS
            or q.time.window is not None or q.lectures or q.tutorials or q.coursework
            or q.staff or q.subject_known):
        return None
    candidates = events_of(view, set(q.kinds), [])
    mode = delivery_said(q) if q.kinds == {"lecture"} else None
    if mode is not None:
        # "the last pre-recorded lecture": the mode said filters before first or last is taken
        candidates = [e for e in candidates if delivered_as(view, e) == mode]
    count = (past_count_asked(q.text) if q.direction == "last" else first_count_asked(q.text))
    if count is not None and (q.direction == "first" or course_end_asked(q.text)) and len(
            q.kinds) == 1:
        # "the last two lectures of the course", "the final three tutorials", "the first
        # four lectures": the course's first or last that many, those placed only in a week
        # in their place among the dated ones
        return _course_edge(view, candidates, count, next(iter(q.kinds)), reader,
                            last=q.direction == "last")
    if mode is None and not week_of and not any(e.start is None for e in candidates):
        return None  # all dated: the sessions handler's own first and last
    group = first_or_last(view, candidates, q.direction)
    if not group:
        return None
    kind = W.KIND_SINGULAR.get(group[0].kind, group[0].kind)
    if mode is not None:
        kind = W.KIND_DELIVERED.format(how=mode, kind=kind)
    if week_of and group[0].week is not None:
        week = group[0].week
        held = [e for e in candidates if e.week == week]
        lines = ([view.lecture_line(e, reader) for e in held] if held[0].kind == "lecture"
                 else view.event_lines(held, reader))
        head = W.WEEK_OF_EDGE.format(place=q.direction, kind=kind, week=week,
                                     span=view.week_span(week))
        return Reply("schedule", True, 0.85, "\n".join([head, *lines]), held)
    head = (W.FIRST_OF_KIND if q.direction == "first" else W.LAST_OF_KIND).format(kind=kind)
    lines = ([view.lecture_line(e, reader) for e in group] if group[0].kind == "lecture"
             else view.event_lines(group, reader))
    return Reply("schedule", True, 0.85, "\n".join([head, *lines]), group)


def _course_edge(view: CourseView, events: list[Event], count: int, kind: str,
                 reader: Reader, *, last: bool) -> Reply:
    """The course's last (or first) `count` sessions of these (held together: one), in
    course order."""
    groups = edge_groups(view, events, len(events), last=last)
    chosen = [e for g in (groups[-count:] if last else groups[:count]) for e in g]
    what = W.EVENT_KIND_NAMES.get(kind, kind)
    edge = W.LAST_COUNT_OF_COURSE if last else W.FIRST_COUNT_OF_COURSE
    head = (edge.format(count=count, what=what) if len(groups) >= count
            else W.ONLY_HELD.format(count=len(groups), what=what,
                                    verb="was" if len(groups) == 1 else "were"))
    lines = ([view.lecture_line(e, reader) for e in chosen] if kind == "lecture"
             else view.event_lines(chosen, reader))
    return Reply("schedule", True, 0.85, "\n".join([head, *lines]), chosen)


# "the 4th q&a", "the second quiz", "the 3rd deadline": a session or deadline counted in the
# course's order, whatever the date now (not "no deadlines left"). (Kinds without numbered
# ids only: "the third tutorial" and "the second task" name T03 and CW2; "first" is
# first_or_last's.)
_ORDINAL = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:nd|rd|th))\b", re.I)
_COUNTED_KINDS = frozenset({"qa", "quiz", "deadline"})
# "the 4th tutorial session", "the second tutorial class": the dated session of that place,
# not tutorial T04 ("the 4th tutorial" alone may name it).
_NTH_SESSION = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:nd|rd|th)|first) (?:tutorial|tut) "
                          r"(?:sessions?|class(?:es)?|meetings?)\b")
# "the 2nd tutorial", "the third tut" (an ordinal word, not an id: "T02", "tutorial 2" and
# "tutorial sheet 2" name the sheet): the session of that place in date order too, the sheet
# of that number noted beside it when the two differ (two sheets were taken in one session).
_NTH_TUTORIAL = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:nd|rd|th)) (?:tutorial|tut)s?\b"
                           r"(?!\s*(?:sheets?|exercises?|problems?|worksheets?|notebooks?|"
                           r"questions?|solutions?)\b)")
# "is there a 2nd tut session": another one, asked after, not one counted by date.
_ANOTHER_BEFORE = re.compile(r"\b(?:a|an|any|another|is there|are there)\s*$")


def answer_nth_session(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"What was the 4th tutorial session about": the tutorial session of that place in
    date order (every tutorial held in it, with its topic). None unless asked so."""
    said = _NTH_SESSION.search(q.text)
    bare = said is None and (said := _NTH_TUTORIAL.search(q.text)) is not None
    n = number_value(said[1]) if said and not _ANOTHER_BEFORE.search(q.text[:said.start()]) \
        else None
    if (not n or q.time.window is not None or q.time.weekday is not None or q.coursework
            or q.lectures):
        return None
    timed = [e for e in events_of(view, {"tutorial"}, q.staff) if e.start is not None]
    starts = sorted({e.start for e in timed})
    # (the sheet numbered n, as "tutorial n" is read)
    sheet = [e for e in timed if e.id == view.understander.tutorial_by_number.get(n)]
    if bare and (len(starts) == len(timed) or not sheet or any(
            re.search(rf"\b{re.escape(e.id)}\b", q.raw, re.I) for e in timed)):
        # sessions and sheets number alike, no sheet of it, or an id written beside it
        # ("the second tutorial is T02?"): the id's reading
        return None
    if not 1 <= n <= len(starts):
        return Reply("schedule", False, 0.6, W.NTH_NONE.format(
            count=len(starts), kinds=W.TUTORIAL_SESSIONS))
    held = sorted((e for e in timed if e.start == starts[n - 1]), key=lambda e: e.id)
    head = W.NTH_OF_KIND.format(kind=W.TUTORIAL_SESSION, n=n)
    lines = [head, *view.event_lines(held, reader)]
    if bare and sheet and sheet[0] not in held:
        # "the 2nd tutorial" may mean sheet T02 as well: say which is which
        lines.append(W.NTH_SHEET_ELSEWHERE.format(
            sheet=f"{sheet[0].id} ({sheet[0].topic})" if sheet[0].topic else sheet[0].id,
            session=starts.index(sheet[0].start) + 1,
            when=view.when(sheet[0], reader)))
    return Reply("schedule", True, 0.85, "\n".join(lines), held)


def answer_nth(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"The 4th q&a session, who's hosting", "the second quiz is in which week": the session
    of that place in the course's order (dated or placed in a week), with its people. None
    unless one such kind is asked with an ordinal and no date, id or window."""
    if (in_week := _nth_in_week(q, view, reader)) is not None:
        return in_week
    if (placed := _at_place(q, view, reader)) is not None:
        return placed
    n = next((v for m in _ORDINAL.finditer(q.raw) if (v := number_value(m.group(1)))), None)
    if (n is None or len(q.kinds) != 1 or not q.kinds <= _COUNTED_KINDS
            or q.time.window is not None or q.time.weekday is not None
            or q.lectures or q.tutorials or q.coursework):
        return None
    kind = next(iter(q.kinds))
    ordered = sorted(events_of(view, {kind}, []), key=lambda e: course_order(view, e))
    if not 1 <= n <= len(ordered):
        return Reply("schedule", False, 0.6, W.NTH_NONE.format(
            count=len(ordered), kinds=W.EVENT_KIND_NAMES.get(kind, kind)))
    event = ordered[n - 1]
    head = W.NTH_OF_KIND.format(kind=W.KIND_SINGULAR.get(kind, kind), n=n)
    return Reply("schedule", True, 0.85, "\n".join([head, *view.event_lines([event], reader)]),
                 [event])


_PLACED_KINDS = frozenset({"lecture", "qa", "tutorial", "panel", "quiz", "deadline", "session"})
# The kinds a "session" counted by its place may be (a quiz or a deadline is none)
_SESSIONS = frozenset({"lecture", "qa", "tutorial", "panel"})


def _at_place(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"The penultimate q&a", "the second-to-last tutorial", "the deadline after the next
    one": the session or deadline of one kind at a place counted back from the last or on
    from now (queries.asked_position), the whole session it is part of. None unless one kind
    is asked so, with no date, week, id or window (a week's own are _nth_in_week's)."""
    position = asked_position(q)
    # "the next-but-one session", "the class after next": a session of any kind
    asked = q.kinds or ({"session"} if q.has("session") else set())
    if (position is None or len(asked) != 1 or not asked <= _PLACED_KINDS
            or q.time.window is not None or q.time.weekday is not None
            or q.lectures or q.tutorials or q.coursework):
        return None
    kind = next(iter(asked))
    if kind == "session":  # "the next-but-one session": any dated session, of every kind
        alone = [e for e in events_of(view, set(_SESSIONS), q.staff) if e.start is not None]
    else:
        alone = events_of(view, {kind}, q.staff)
    # (a panel in the Q&A slot is counted with the Q&As, as "the last q&a" shows it)
    pool = alone + (events_of(view, in_qa_slots(view.schedule), q.staff) if kind == "qa"
                    else [])
    slot, count = at_position(view, pool, position, reader.now)
    name = W.KIND_SINGULAR.get(kind, kind)
    kinds = W.EVENT_KIND_NAMES.get(kind, f"{kind}s")
    if not slot:
        if position.origin == "end":
            return Reply("schedule", False, 0.6, W.NTH_NONE.format(count=count, kinds=kinds))
        if not count:
            return Reply("schedule", True, 0.8, W.POSITION_NONE_LEFT.format(kinds=kinds))
        left, _ = at_position(view, pool, dataclasses.replace(position, n=1), reader.now)
        return Reply("schedule", True, 0.8, "\n".join(
            [W.POSITION_NONE_NOW.format(kinds=kinds),
             *_item_lines(left, view, reader)]), left)
    if position.origin == "end":
        head = W.POSITION_END.format(place=W.PLACE_WORDS.get(position.n, f"{position.n}th-to-"),
                                     kind=name, at=count - position.n + 1, count=count)
    else:
        following, _ = at_position(view, pool, dataclasses.replace(position, n=1), reader.now)
        head = W.POSITION_NOW.format(kind=name, next=(
            view.when(following[0], reader) if following[0].start is not None
            else W.IN_WEEK.format(week=following[0].week)))
    lines = [head, *_item_lines(slot, view, reader)]
    events = list(slot)
    if len(pool) > len(alone):
        # the place among the kind alone, when a panel in its slot moves it
        own, _ = at_position(view, alone, position, reader.now)
        if own and own != slot:
            lines += [W.POSITION_ALONE.format(kinds=kinds), *_item_lines(own, view, reader)]
            events += own
    return Reply("schedule", True, 0.85, "\n".join(lines), events)


# Ordinals counted inside a named week, "first" included ("the 2nd tutorial in week 4").
_WEEK_ORDINAL = re.compile(r"\b(first|1st|\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:nd|rd|th))\b", re.I)
_IN_WEEK_KINDS = frozenset({"lecture", "tutorial", "qa"})
_LAST_WORDS = frozenset({"last", "final", "latest"})


# Spans of dates an ordinal is counted in besides a course week ("the 2nd q&a in feb",
# "the last tutorial of march"); "after" (from then on) counts from the first anyway, and a
# day is where the course's first or last is claimed to be ("the first tutorial is on the
# 26th, right?"), not a span to count in.
_COUNTED_IN = frozenset({"month", "range"})


def _nth_in_week(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"The second tutorial in week 4", "the last q&a in february": that place among the
    items of the kind in the week (or month, or dates) named, in the course's order, with
    the whole session it is part of (two tutorials may share one session). None unless one
    such kind is asked with an ordinal and a course week or span of dates."""
    week = asked_week(q.time)
    window = q.time.window
    if week is None and (window is None or window.granularity not in _COUNTED_IN
                         or window.weeks):
        return None
    if len(q.kinds) != 1 or not q.kinds <= _IN_WEEK_KINDS or q.lectures or q.tutorials \
            or q.coursework:
        return None
    kind = next(iter(q.kinds))
    # the ordinal right before the kind's word ("2nd tut"), not one of a week or a date
    # ("the second week", "starting 1st feb")
    said = q.cues.get(kind, set())
    n = next((v for i, w in enumerate(q.words[:-1]) if _WEEK_ORDINAL.fullmatch(w)
              and q.words[i + 1] in said and (v := number_value(w))), None)
    # counted back from the week's last ("the last lecture of week 5", "the penultimate one")
    back = next((1 for i, w in enumerate(q.words[:-1]) if w in _LAST_WORDS
                 and q.words[i + 1] in said), None)
    if (position := asked_position(q)) is not None and position.origin == "end":
        back = position.n
    if n is None and back is None:
        return None
    if week is not None:
        span = W.WEEK_SPAN.format(week=week)
        items = [e for e in events_of(view, {kind}, []) if e.week == week]
    else:
        # (one placed only in a week falls where its week begins, as in the course's order)
        span = window.label[:1].upper() + window.label[1:]
        items = [e for e in events_of(view, {kind}, [])
                 if window.start <= course_order(view, e)[0] < window.end]
    items.sort(key=lambda e: course_order(view, e))
    if back is not None and 1 <= back <= len(items):
        chosen = items[-back]
        group = [e for e in items if e.start is not None and e.start == chosen.start] or [chosen]
        head = W.IN_WEEK_LAST.format(span=span, kind=W.KIND_SINGULAR.get(kind, kind),
                                     place=W.PLACE_WORDS.get(back, f"{back}th-to-"))
        return Reply("schedule", True, 0.85, "\n".join([head, *_item_lines(group, view,
                                                                           reader)]), group)
    n = n or len(items) + 1  # (too few to count back so far: said as for any place)
    if not 1 <= n <= len(items):
        if not items:
            return Reply("schedule", False, 0.8, W.NONE_IN_SPAN.format(
                span=span, kinds=W.EVENT_KIND_NAMES.get(kind, kind)))
        head = W.NTH_NONE_IN_WEEK.format(span=span, count=len(items),
                                         kinds=(W.KIND_SINGULAR if len(items) == 1
                                                else W.EVENT_KIND_NAMES).get(kind, kind))
        return Reply("schedule", bool(items), 0.8, "\n".join([head, *_item_lines(items, view,
                                                                                 reader)]), items)
    chosen = items[n - 1]
    group = [e for e in items if e.start is not None and e.start == chosen.start] or [chosen]
    head = W.NTH_IN_WEEK.format(span=span, kind=W.KIND_SINGULAR.get(kind, kind), n=n)
    return Reply("schedule", True, 0.85, "\n".join([head, *_item_lines(group, view, reader)]),
                 group)


def _item_lines(events: list[Event], view: CourseView, reader: Reader) -> list[str]:
    if events and all(e.kind == "lecture" for e in events):
        return [view.lecture_line(e, reader) for e in events]
    return view.event_lines(events, reader)


# A time named by a deadline: "the day after cw1 is due", "the week task 3 is due", "the
# same week as the cw2 deadline" (up to three words name the task between).
# "The weekend before the deadline", "the night before cw3 is due": the weekend is the
# Saturday and Sunday before (or after) the day; "the deadline" with no task named is the
# next one.
_BY_DEADLINE = re.compile(
    r"\b(?:same\s+)?(day|week|weekend|night|evening)\s+(?:(after|before)\s+|when\s+|that\s+"
    r"|of\s+|as\s+)?(?:the\s+)?(?:(?:[\w&]+\s+){1,3}?(?:is\s+|was\s+|are\s+)?"
    r"(?:due|deadline|submission)|(?:next\s+|upcoming\s+)?(deadline|due date|submission))\b")
# What is on then, asked with no kind named ("what's on", "anything happening").
_WHATS_ON = re.compile(r"\b(?:what(?:'s|s| is)? on|anything|happen(?:s|ing)?|going on"
                       r"|scheduled"
                       # ("what's between now and cw2", "what have we got from now to cw2")
                       r"|what(?:'s|s| is)? (?:there )?(?:between|from now)"
                       r"|what (?:have|do|will) (?:we|i) (?:got|have|get))\b")


# A task said as the end or the start of a span: "before cw1 is due", "until task 2", "after
# cw2 is in", "once cw3 is submitted" (the task's own words are found by its entity span).
_SPAN_SIDE = re.compile(r"\b(before|until|till|til|up to|upto|by|after|once|since|following"
                        # ("between now and cw2": up to it, as "until")
                        r"|between now and|now (?:to|till|til|until))"
                        r"\s+(?:the\s+)?$")
_SPAN_END = re.compile(r"^\s*(?:(?:deadline|submission|due date)\b|(?:(?:is|was|are|gets?|has"
                       r"\s+been)\s+)?(?:due|in|submitted|handed\s+in|over|done|finished)\b"
                       r"|[?.!,;:]|$)")
# "Is the q&a before or after the cw1 deadline": an order asked, not a span.
_EITHER_SIDE = re.compile(r"\b(?:before|after) or (?:before|after)\b")
# Sessions asked with no kind named: "any live session", "what sessions are there".
_SESSION_CUES = ("session", "live")
# What is due asked, not what is on: "anything due after task 3", "what else is due before".
_DUE_ASKED = re.compile(r"\b(?:anything|something|what(?:'s|s| is)?)\s+(?:else\s+)?"
                        r"(?:is\s+)?due\b")


def _asked_kinds(q: Query) -> set[str] | None:
    """The kinds asked beside the deadline, or None if nothing else is asked. "Any live
    session", "anything on": every kind (an empty set)."""
    asked = q.kinds - {"deadline"}
    if not asked and _DUE_ASKED.search(q.text):
        return None  # ("anything due after task 3": deadlines asked, the deadline answers)
    if asked or _WHATS_ON.search(q.text) or any(q.has(c) for c in _SESSION_CUES):
        return asked
    return None


def _span_by_deadline(q: Query, view: CourseView, reader: Reader) -> tuple[Event, Window] | None:
    """"Is there a q&a before cw1 is due", "anything after cw2 is in": from now up to the one
    task named, or from it on."""
    said = [text for kind, text in q.spans if kind == "coursework"]
    if (_EITHER_SIDE.search(q.text) or len(q.coursework) != 1 or len(said) != 1
            or (at := q.text.find(said[0])) < 0):
        return None
    side = _SPAN_SIDE.search(q.text[:at])
    if side is None or not _SPAN_END.match(q.text[at + len(said[0]):]):
        return None
    due = view.schedule.event(q.coursework[0])
    if due is None or due.start is None:
        return None
    week = view.understander.calendar.course_week_of(reader.now.astimezone(view.tz).date())
    if side.group(1) in ("after", "once", "since", "following"):
        label = W.SINCE_DUE.format(id=due.id)
        begin = due.start + timedelta(minutes=1)  # (the deadline itself is not after it)
        return due, Window(begin, begin + timedelta(days=366), label, "after")
    if due.start <= reader.now:
        return None  # (up to a deadline already passed: the deadline itself is the answer)
    # (to the end of its day, so the span's last day shown is the deadline's)
    end = datetime.combine(due.start.astimezone(view.tz).date() + timedelta(days=1), time(),
                           view.tz)
    return due, Window(reader.now, end, W.UNTIL_DUE.format(id=due.id), "range", week)


def answer_by_deadline(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"The day after cw1 is due, what's on", "the week task 3 is due, which tutorial", "any
    q&a before cw1 is due": the deadline's day or week (or the one after or before), or the
    time up to it or from it on, first, then what is asked in it. None unless one task is
    named as the time of something else asked."""
    asked = _asked_kinds(q)
    if asked is None or q.time.window is not None:
        return None
    m = _BY_DEADLINE.search(q.text)
    if m is None and (out := _BY_RELEASE.search(q.text)) and len(q.coursework) == 1:
        return _asked_at_release(q, view, reader, asked, out.group(1))
    if m is None:
        spanned = _span_by_deadline(q, view, reader)
        return None if spanned is None else _asked_in(q, view, reader, asked, *spanned)
    if len(q.coursework) == 1:
        due = view.schedule.event(q.coursework[0])
    elif not q.coursework and m.group(3):
        # "the deadline": the next one still to come
        due = min((e for e in events_of(view, {"deadline"}, [])
                   if e.start and e.start > reader.now), key=lambda e: e.start, default=None)
    else:
        return None
    if due is None or due.start is None:
        return None
    window = _window_by(view, due, m.group(1), m.group(2))
    if window is None:
        return None
    return _asked_in(q, view, reader, asked, due, window)


# A week named by a task's hand-out: "the week cw2 comes out", "the week after task 3 is set".
_BY_RELEASE = re.compile(r"\bweek\s+(?:(after|before)\s+|when\s+|that\s+|of\s+)?(?:the\s+)?"
                         r"(?:[\w&]+\s+){1,3}?(?:is\s+|gets\s+|was\s+)?(?:comes?\s+out|"
                         r"released|set|handed\s+out|out)\b")


def _asked_at_release(q: Query, view: CourseView, reader: Reader, asked: set[str],
                      side: str | None) -> Reply | None:
    """The page gives no hand-out dates: said so, then what is asked in the first week the
    task is listed in (or the one after or before it)."""
    task = next((c for c in view.schedule.coursework if c.id == q.coursework[0]), None)
    due = view.schedule.event(q.coursework[0])
    if task is None or due is None or due.start is None or not task.listed_in_weeks:
        return None
    week = min(task.listed_in_weeks) + {"after": 1, "before": -1}.get(side or "", 0)
    window = view.understander.calendar.week_window(week, f"in week {week}")
    if window is None:
        return None
    head = W.HANDOUT_UNKNOWN.format(
        locations=" and ".join(view.schedule.course.materials_locations), title=task.title,
        id=task.id, week=min(task.listed_in_weeks), when=view.instant(due.start, reader))
    return _asked_in(q, view, reader, asked, due, window, head)


def _asked_in(q: Query, view: CourseView, reader: Reader, asked: set[str], due: Event,
              window: Window, head: str | None = None) -> Reply:
    """What is asked in a window named by a deadline, after the deadline itself (or `head`)."""
    from bot.core.handlers.sessions import (  # (sessions use this module)
        answer_schedule,
        without_just_before,
    )
    then = dataclasses.replace(q, coursework=[], kinds=asked, direction=None,
                               time=dataclasses.replace(q.time, window=window, busy=None,
                                                        week_number=window.course_week
                                                        if window.granularity == "week"
                                                        else None))
    reply = answer_schedule(then, view, reader)
    task = next((c for c in view.schedule.coursework if c.id == due.id), None)
    head = head or W.ANCHOR_DUE.format(what=task.title if task else event_name(due),
                                       id=due.id, when=view.instant(due.start, reader))
    text = f"{head}\n{reply.text}"
    if not reply.events and window.end <= due.start + timedelta(days=1):
        # "the day before cw1 is due, any live session?" with none: the last ones before it,
        # which the asker can still use
        last = _last_before(view, asked, min(window.start, due.start), reader)
        if last:
            text = without_just_before(text)  # (listed in full here)
            text += "\n" + "\n".join([W.LAST_BEFORE.format(label=window.label.removeprefix(
                "on ")),
                                       *view.event_lines(last, reader)])
    return dataclasses.replace(reply, text=text, events=[due, *reply.events])


def _last_before(view: CourseView, kinds: set[str], before: datetime,
                 reader: Reader) -> list[Event]:
    """The sessions (of the kinds asked, else any held live) last before `before` and still
    ahead of the asker, those starting together."""
    held = kinds or {"qa", "tutorial", "panel", "lecture"}
    timed = sorted((e for e in view.events if e.kind in held and e.kind != "deadline"
                    and e.start is not None and reader.now < e.start < before),
                   key=lambda e: (e.start, e.id))
    if not timed:
        return []
    # the course's day, whatever offset a start is written with (one day across a clock change)
    day = timed[-1].start.astimezone(view.tz).date()
    return [e for e in timed if e.start.astimezone(view.tz).date() == day]


# A week named by a session: "the same week as the gan lecture", "the week after the rnn
# stuff", "the week of the lenet paper".
_BY_SESSION = re.compile(r"\b(?:same\s+)?(week|day|weekend)\s+(?:(after|before)\s+|of\s+|as\s+"
                         r"|with\s+)(?:the\s+|that\s+)?(?=\S)")
# ... or by a topic said to be taught in it: "the week we covered convolutions", "the week
# after we learn about gans", "the week when vaes were taught".
_BY_TOPIC = re.compile(r"\b(?:same\s+)?week\s+(?:(after|before)\s+)?(?:that\s+|when\s+|where\s+|"
                       r"in which\s+)?(?:we|they|you|i)\s+(?:(?:will|are|were|did|do)\s+)?"
                       r"(?:did|do|doing|covered|cover|covering|learn(?:ed|t|ing)?|stud(?:ied|y|ying)|"
                       r"had|have|looked at|look at|start(?:ed)?|got to|get to|"
                       r"were taught|are taught|get taught|got taught)\s+(?:about\s+|on\s+)?"
                       r"|\b(?:same\s+)?week\s+(?:(after|before)\s+)?(?:that\s+|when\s+)?"
                       r"(?=\S+(?:\s+\S+){0,3}\s+(?:was|were|is|are|gets?|got)\s+"
                       r"(?:covered|taught|done|introduced)\b)")
_DUE_WORDS = frozenset({"due", "deadline", "deadlines", "submit", "submission"})
_WEEK_SAID = re.compile(r"\b(?:week|wk)\s*\d")


def answer_by_session(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Which tutorial is in the same week as the vae lecture", "what's due the week after
    the attention stuff": the course week of the session (or reading) named by its topic, or
    the one after or before it, then what is asked in it. None unless a session is so named
    as the time of something else asked."""
    m = _BY_SESSION.search(q.text)
    taught = None if m is not None else _BY_TOPIC.search(q.text)
    if (m is None and taught is None) or q.coursework:
        return None
    if taught is not None:
        m, unit, side = taught, "week", taught.group(1) or taught.group(2)
    else:
        unit, side = m.group(1), m.group(2)
    tail = " ".join(re.split(r"[.?!,;:(]", q.text[m.end():], maxsplit=1)[0].split()[:6])
    if taught is not None:
        tail = re.split(r"\s+(?:was|were|is|are|gets?|got)\s+(?:covered|taught|done|introduced)\b",
                        tail, maxsplit=1)[0]
    if q.time.window is not None and not (unit != "week" and _WEEK_SAID.search(tail)):
        return None  # (a time of its own; "the day after the week 7 q&a" names the anchor's)
    named = anchor_named(tail, view, side or "after", taught=taught is not None)
    if not named:
        # ("the day after the week 5 q&a", "the day before the panel": any one dated thing)
        from bot.core.handlers.several import side_events  # (several uses these queries)
        found = side_events(tail, view, reader) or []
        named = found[:1] if len(by_start(found)) == 1 else []
    if len(named) != 1 or named[0].week is None or (unit != "week" and named[0].start is None):
        return None
    # the kinds said before the anchor are those asked ("which tutorial ... the vae lecture")
    asked = {k for k in q.kinds if set(q.text[:m.start()].split()) & (q.cues.get(k, set())
                                                                         | CUES.get(k, set()))}
    if not asked and _DUE_WORDS & set(q.words):
        asked = {"deadline"}
    if not (asked or _WHATS_ON.search(q.text) or any(q.has(c) for c in _SESSION_CUES)):
        return None
    window = _window_by(view, named[0], unit, side)
    if window is None:
        return None
    week = window.course_week if unit == "week" else None
    from bot.core.handlers.sessions import answer_schedule  # (sessions use this module)
    then = dataclasses.replace(q, lectures=[], tutorials=[], kinds=asked, direction=None,
                               topic="", topic_matches=[], subject_words=[],
                               time=dataclasses.replace(q.time, window=window,
                                                        week_number=week))
    reply = answer_schedule(then, view, reader)
    if unit != "week":
        title = event_name(named[0])
        if named[0].kind not in ("lecture", "tutorial"):
            title = W.THE_THING.format(title=title)
        head = W.ANCHOR_SESSION_AT.format(title=title[0].upper() + title[1:],
                                          when=view.when(named[0], reader))
        return dataclasses.replace(reply, text=f"{head}\n{reply.text}",
                                   events=[named[0], *reply.events])
    head = W.ANCHOR_SESSION.format(title=event_name(named[0]), week=named[0].week)
    return dataclasses.replace(reply, text=f"{head}\n{reply.text}",
                               events=[named[0], *reply.events])


def _window_by(view: CourseView, due: Event, unit: str, side: str | None):
    """The day or course week of the deadline (or session), or the one after or before it."""
    step = {"after": 1, "before": -1}.get(side or "", 0)
    calendar = view.understander.calendar
    if unit == "week" or due.start is None:
        if due.week is None or unit != "week":
            return None
        return calendar.week_window(due.week + step, f"in week {due.week + step}")
    if unit == "weekend":
        return _weekend_by(calendar, due.start.astimezone(view.tz).date(), step)
    if unit in ("night", "evening"):
        unit = "day"  # "the night before": the evening of the day before
    if unit == "day":
        day = due.start.astimezone(view.tz).date() + timedelta(days=step)
        return calendar.day_window(day, f"on {format_day_date(day)}")
    return None


def _weekend_by(calendar: CourseCalendar, day: date, step: int) -> Window:
    """The Saturday and Sunday before `day` (step -1), after it (1), or of its week (0)."""
    saturday = day + timedelta(days=5 - day.weekday())  # of its week (Monday to Sunday)
    if step:
        saturday = day + timedelta(days=step * 2 if step < 0 else step)
        while saturday.weekday() != 5:
            saturday += timedelta(days=step)
    first = calendar.day_window(saturday, "")
    label = W.WEEKEND_OF.format(start=format_day_date(saturday),
                                end=format_day_date(saturday + timedelta(days=1)))
    return Window(first.start, first.start + timedelta(days=2), label, "range")


# "is tuesday 10am always the Q&A slot", "when are the q&as normally": the usual slot asked.
_REGULAR = re.compile(r"\b(?:always|usually|normally|typically|generally|regularly|usual|"
                      r"regular|same (?:time|slot|day|day and time))\b")
# A clock time as written ("10am", "10:00", "at 10"): normalising drops "10am" from the text.
_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")


# "what day are the live sessions", "which days is the q&a": the day of the week asked.
_WHICH_DAY = re.compile(r"\b(?:what|which) days?\b")


def _asks_regularity(q: Query) -> bool:
    """"usually", "always", "every single tuesday", "what day are they", "the weekly
    tutorial": the slot asked, not one date."""
    every_day = q.time.weekday is not None and q.time.phrase.startswith(("every", "each"))
    return bool(_REGULAR.search(q.text) or every_day or _WHICH_DAY.search(q.text)
                or _WEEKLY.search(q.text))


# "the weekly tutorial", "every week", "each tuesday": a recurring slot named.
_WEEKLY = re.compile(r"\b(?:weekly|every (?:single )?(?:week|tue\w*|mon\w*|wed\w*|thu\w*"
                     r"|fri\w*)|each (?:week|tue\w*|mon\w*|wed\w*|thu\w*|fri\w*))\b")


# A question opening by asking when or what ("what time does the tuesday q&a start").
_WH_START = re.compile(r"(?:\w+,?\s+){0,2}?(?:what|wat|whats|what's|when|whens|when's|which)\b")
# A clock time said to be the course's ("11 course time", "10am uk time", "on the page").
_COURSE_TIME_SAID = re.compile(r"\b(?:course|uk|page'?s?|college|imperial|their|local to the "
                               r"course) time\b|\bon the (?:course )?page\b")


def _outside_term(view: CourseView, reader: Reader) -> bool:
    """The asker's now is before the course's first week or after its last: a weekday said
    alone cannot mean a date of the course, only its weekly slot."""
    weeks = view.schedule.weeks
    if not weeks:
        return False
    first = datetime.combine(weeks[0].starts, time(), view.tz)
    end = datetime.combine(weeks[-1].starts + timedelta(days=7), time(), view.tz)
    return not first <= reader.now < end


def _slot_converted(q: Query, view: CourseView) -> bool:
    """"the tutorial is at 11 london, what's that in new york": a clock time given in course
    time for a kind of session, asked in another zone (named, or the asker's own). ("it's
    2pm in moscow, which one is on": the asker's own clock, not the slot's.)"""
    zones = places_named(normalize(q.raw))
    course_key = zone_name(view.tz)
    named = [z for z in zones if zone_name(z) != course_key]
    course_said = (any(zone_name(z) == course_key for z in zones)
                   or _COURSE_TIME_SAID.search(q.text) is not None)
    return (_clock_time(q.raw)[0] is not None and _CONVERT.search(q.text) is not None
            and course_said and (bool(named)
                 or _MY_TIME.search(q.text) is not None))


# Sessions named as such: the session cue's other words ("anything", "busy", "free") ask
# what is on, not when a kind of session usually is.
_SESSION_NOUNS = frozenset({"session", "sessions", "class", "classes", "lesson", "lessons",
                            "meeting", "meetings"})


# What is left from now on ("anything live left", "sessions remaining").
_LEFT = frozenset({"left", "remaining", "remain"})


def _slot_kinds(q: Query, view: CourseView) -> set[str]:
    """The kinds of session asked; "the live sessions", "something live" with no kind named:
    every kind the timetable has a slot for."""
    asked = q.kinds & _SESSIONS
    if not asked and (q.has("live") or set(q.words) & _SESSION_NOUNS):
        asked = {sl.kind for sl in view.schedule.course.timetable} & _SESSIONS
    return asked


def answer_regular_slot(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question asks when a kind of session usually is, or whether a slot is
    always its slot. The timetable's slot for each kind asked, then the weeks that differ
    from it (another time, no time given, another event in the slot) and the weeks with
    none; a guessed day or hour is confirmed or corrected first."""
    asked = _slot_kinds(q, view)
    window = q.time.window
    weekday_only = (window is not None and window.granularity == "day"
                    and _WEEKDAY_WORD.fullmatch(q.time.phrase.removeprefix("on ")) is not None)
    # with the course over (or not begun), "when's the tuesday tutorial" or "the tutorial
    # in my time zone" is its weekly slot: no date of the course is meant
    undated = (window is None or weekday_only) and q.direction in (None, "all")
    # (a yes/no guessing no day or hour asks something else of the kind, "are the q&as
    # recorded": the slot is no answer to it, and no verdict on it)
    undated = undated and not (q.asks_yes_no and q.time.weekday is None
                               and clock_guess(q.raw) is None)
    # ("spies - what sessions is he on" after the term: a person's sessions, the people
    # handler's, not the kinds' weekly slot; "is li's q&a always on tuesdays" asks the slot)
    # a weekday said with the place asked ("which room is the thursday tutorial in"): the
    # slot, then how the kind is held
    place_asked = (weekday_only and q.has("where") and not q.asks_count
                   and not q.has("read", "recorded", "not_on_page"))
    # ("where's the friday tutorial" with tutorials on tuesdays: no date of it is meant,
    # the kind's weekly slot is; asked when, the next one corrects the day instead)
    regular = (_asks_regularity(q) or (undated and _outside_term(view, reader) and not q.staff)
               or (undated and _slot_converted(q, view))
               or (undated and place_asked and not q.staff
                   and _never_on_day(asked, q.time.phrase, view)))
    if (not asked or (window is not None and not weekday_only) or q.lectures
            or q.tutorials or q.coursework or not regular or q.has("who")
            or _WHICH_DAY.search(q.text) and q.subject_known or _one_named(q, asked)
            or q.direction in ("first", "last")):
        return None  # ("what day is the transformer tut": that one tutorial's day; "who
        # runs the q&a every week": the people of each one, not the slot; "the last q&a,
        # which day": that one session, not the weekly slot)
    if asked_order(q) and len(two_sessions(q, view)) == 2:
        return None  # "is the vae tut at the same time as the gan one": those two compared
    if set(q.words) & _LEFT and (over := _sessions_over(asked, view, reader)) is not None:
        return over  # "anything live left" after the last one: that none is, not the slot
    if asks_kind_attribute(q) and not _asks_slot_time(q) and not place_asked:
        return None  # "list the tutorial topics", "where are the q&as": that, not the slot
    blocks = [_regular_slot(kind, q, view, reader, weekday_only) for kind in sorted(asked)]
    if not all(blocks):
        return None  # a kind with no one slot in the timetable: asked some other way
    text = "\n".join(b[0] for b in blocks if b)
    if place_asked:
        text += "\n" + _how_held(asked, view)
    events = [e for b in blocks if b for e in b[1]]
    return Reply("schedule", True, 0.85, text, sorted(events, key=lambda e: e.start))


def _never_on_day(kinds: set[str], phrase: str, view: CourseView) -> bool:
    """No session of these kinds falls on the weekday the phrase says (in course time)."""
    m = _WEEKDAY_WORD.search(phrase)
    if m is None or not kinds:
        return False
    day = WEEKDAYS.index(m.group(1).capitalize())
    return not any(e.start.astimezone(view.tz).weekday() == day
                   for e in events_of(view, kinds, []) if e.start)


def _how_held(kinds: set[str], view: CourseView) -> str:
    """Where sessions of these kinds are held, as the page lists them; on an online course,
    that there is no room."""
    places = sorted({e.location for e in events_of(view, kinds, []) if e.location})
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(kinds))
    if not places:
        return W.SLOT_NO_PLACE.format(what=what)
    held = W.HELD_AT.format(what=what, place=" / ".join(places))
    held = held[0].upper() + held[1:]
    return f"{held} {W.SITUATED_ONLINE}" if view.schedule.course.mode == "online" else held


def _one_named(q: Query, asked: set[str]) -> bool:
    """"when's the attention tutorial": a session of the kind asked named by its topic is
    that one session, not the kind's weekly slot (unless its regularity is asked: "is the
    attention tutorial always on a tuesday")."""
    if not q.subject_known or _REGULAR.search(q.text) or _WEEKLY.search(q.text):
        return False
    # (the lecture on the topic may match as well as its tutorial: any of the kind asked)
    return any(m.item.kind in asked and m.score >= MATCH_THRESHOLD for m in q.topic_matches)


def _asks_slot_time(q: Query) -> bool:
    """A day or time asked or guessed ("when", "what day", "at 10", "on tuesdays")."""
    return bool(q.has("when") or q.time.weekday is not None or clock_guess(q.raw) is not None
                or _WHICH_DAY.search(q.text))


def _sessions_over(kinds: set[str], view: CourseView, reader: Reader) -> Reply | None:
    """None while a session of these kinds is ahead; else that none is, the last one held,
    what the schedule still dates after now and what it does not date (the exam)."""
    held = [e for e in events_of(view, kinds, []) if e.start]
    if not held or any(e.start > reader.now for e in held):
        return None
    last = max(held, key=lambda e: (e.start, e.id))
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(kinds))
    lines = [W.NO_SESSIONS_LEFT.format(what=what),
             W.LAST_WAS.format(line=view.event_lines([last], reader)[0].lstrip("• "))]
    ahead = [e for e in view.timed if e.start and e.start > reader.now]
    if ahead:
        lines += [W.STILL_DATED, *view.event_lines(ahead, reader)]
    if view.schedule.assessment.exam_weight:
        lines.append(W.EXAM_STILL_AHEAD.format(weight=view.schedule.assessment.exam_weight))
    return Reply("schedule", True, 0.85, "\n".join(lines), [last, *ahead])


def answer_how_given(view: CourseView, reader: Reader, q: Query | None = None) -> Reply:
    """How the course is given and when its live sessions usually are, in the asker's zone
    (or the one `q` names) besides course time: asked against one's days or one's way there
    ("i'm a carer, free only in the afternoons: can i follow it?"), or from abroad ("how is
    this course taught, what are the live bits for me")."""
    lines = [lecture_delivery(view, reader)]
    for slot in view.schedule.course.timetable:
        events = events_of(view, {slot.kind}, [])
        local = f"{slot.start:%H:%M}"
        regular = [e for e in events if e.start and e.kind == slot.kind
                   and f"{e.start.astimezone(view.tz):%a %H:%M}" == f"{slot.day} {local}"]
        # the weeks held in the slot itself; one held at another time is named with its time
        # (a week's Q&A moved to 11:00 is not "in the slot")
        weeks = sorted({e.week for e in regular if e.week is not None})
        line = W.REGULAR_SLOT.format(
            what=W.EVENT_KIND_NAMES[slot.kind], day=W.WEEKDAY_NAMES[slot.weekday],
            time=f"{slot.start:%H:%M}-{slot.end:%H:%M}", weeks=_weeks(weeks) if weeks else "")
        elsewhere = _slot_elsewhere(q, regular, view, reader)
        lines.append(f"{line} {elsewhere}" if elsewhere else line)
        lines += [W.SLOT_MOVED.format(week=e.week, when=view.when(e, reader))
                  for e in events if e.start and e not in regular and e.kind == slot.kind]
    return Reply("logistics", True, 0.8, "\n".join(lines))


# How the course is given, asked as a whole ("how is this course taught", "how does the
# module run", "what are the live bits for me", "which parts are live"): the delivery and
# the weekly live slots, not one lecture's mode.
ASKS_HOW_GIVEN = re.compile(
    r"\bhow (?:is|does|will|are|do) (?:this|the|our|that) (?:course|module|class|unit)"
    r"(?: \w+)? (?:taught|delivered|given|run|runs|structured|organi[sz]ed|done|held|work|"
    r"works|working)\b"
    r"|\bhow (?:is|will) (?:it|everything) (?:be )?(?:taught|delivered|given)\b"
    r"|\b(?:what|which) (?:are|is|r) (?:the )?live (?:bits?|parts?|stuff|things?|sessions?|"
    r"components?|elements?)\b|\b(?:what|which) (?:bits?|parts?|sessions?|things?|stuff)"
    r"(?: of (?:the|this|our) (?:course|module|class))? (?:are|is) live\b"
    r"|\bwhat is live (?:for|to) (?:me|us)\b")


def answer_course_delivery(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"How is this course taught, what are the live bits for me" (from abroad): how it is
    given and its weekly live slots in the asker's zone; None for another question ("is
    lecture 22 live" names its lecture)."""
    if q.lectures or q.tutorials or q.coursework or not ASKS_HOW_GIVEN.search(q.text):
        return None
    return answer_how_given(view, reader, q)


def _regular_slot(kind: str, q: Query, view: CourseView, reader: Reader,
                  weekday_only: bool) -> tuple[str, list] | None:
    slots = [sl for sl in view.schedule.course.timetable if sl.kind == kind]
    if len(slots) != 1:
        return None
    slot = slots[0]
    tz = view.tz
    in_slot = in_qa_slots(view.schedule) if kind == "qa" else set()
    events = events_of(view, {kind} | in_slot, [])

    def at_slot(e) -> bool:
        local = e.start.astimezone(tz)
        return f"{local:%a}" == slot.day and local.time() == slot.start

    regular = [e for e in events if e.kind == kind and e.start and at_slot(e)]
    lines_out = []
    for e in sorted(events, key=lambda e: (e.week or 0, e.start or datetime.min.replace(
            tzinfo=tz))):
        if e.kind == kind and e.start and at_slot(e):
            continue
        if e.kind != kind and e.start and at_slot(e):
            lines_out.append(W.SLOT_TAKEN.format(week=e.week, title=e.title))
        elif e.start is None:
            lines_out.append(W.SLOT_UNTIMED.format(week=e.week))
        else:
            lines_out.append(W.SLOT_MOVED.format(week=e.week, when=view.when(e, reader)))
    _, missing = weeks_held(view, events)
    what = W.EVENT_KIND_NAMES[kind]
    time_text = f"{slot.start:%H:%M}-{slot.end:%H:%M}"
    day_name = W.WEEKDAY_NAMES[slot.weekday]
    held_weeks = sorted({e.week for e in regular if e.week is not None})
    head = W.REGULAR_SLOT.format(what=what, day=day_name, time=time_text,
                                 weeks=_weeks(held_weeks) if held_weeks else "")
    verdict = ""
    if weekday_only and (m := _WEEKDAY_WORD.search(q.time.phrase)):
        guessed_day: int | None = WEEKDAYS.index(m.group(1).capitalize())
    else:
        guessed_day = q.time.weekday
    guessed_hour = clock_guess(q.raw)
    if q.asks_yes_no or guessed_day is not None or guessed_hour is not None:
        day_ok = guessed_day is None or guessed_day == slot.weekday
        # (the minutes too: "half ten" is not a 10:00 slot, whatever its hour)
        hour_ok = guessed_hour is None or (guessed_hour, clock_minute(q.raw)) == (
            slot.start.hour, slot.start.minute)
        # ("when's the tuesday tutorial in my time": a day said, not guessed: no verdict
        # unless it is wrong)
        # (a day guessed with no hour is about the day: a session moved to another hour of
        # that day is no exception, one on another day is; undated ones are listed below)
        other_day = [e for e in events if e.kind == kind and e.start
                     and e.start.astimezone(tz).weekday() != slot.weekday]
        # ("is there a q&a every tuesday" asks for one each week: the weeks without count)
        day_only = (guessed_day is not None and guessed_hour is None
                    and not re.search(r"\b(?:every|each)\b|\b\d{1,2}(?::\d\d)?\b|\btime\b",
                                      q.text))  # (an hour or "the usual time": the slot)
        verdict = (W.SLOT_NOT_THAT if not (day_ok and hour_ok)
                   else "" if (_WH_START.match(q.text) and not q.asks_yes_no
                               and not _TAG.search(q.text))
                   else (W.SLOT_MOSTLY if other_day else W.SLOT_DAY_ALWAYS.format(
                       day=W.WEEKDAY_NAMES[slot.weekday])) if day_only
                   else W.SLOT_MOSTLY if lines_out or missing and _asks_every(q)
                   else W.SLOT_YES)
    lines = [" ".join(filter(None, [verdict, head, _slot_elsewhere(q, regular, view, reader)])),
             *([W.SLOT_EXCEPTIONS] if lines_out else []), *lines_out]
    if missing:
        lines.append(W.SLOT_NONE.format(what=what, weeks=_weeks(missing)))
    return "\n".join(lines), regular


def _slot_elsewhere(q: Query | None, regular: list[Event], view: CourseView,
                   reader: Reader) -> str:
    """The weekly slot in the zone named, else the asker's, when it is not course time: as
    the weeks held in it fall (a change of clocks in between gives each)."""
    named = [z for z in places_named(normalize(q.raw)) if zone_name(z) != zone_name(view.tz)
             ] if q is not None else []
    zone = named[0] if named else reader.tz
    if zone_name(zone) == zone_name(view.tz) or not regular:
        return ""
    seen: list[str] = []
    for e in sorted(regular, key=lambda e: e.start):
        start, end = e.start.astimezone(zone), (e.end or e.start).astimezone(zone)
        said = W.SLOT_IN_ZONE_TIME.format(day=W.WEEKDAY_NAMES[start.weekday()],
                                          time=f"{start:%H:%M}-{end:%H:%M}",
                                          abbrev=zone_abbrev(start))
        if said not in seen:
            seen.append(said)
    return W.SLOT_IN_ZONE.format(zone=zone_name(zone), times=" or ".join(seen))


def _asks_every(q: Query) -> bool:
    """"every tuesday", "each week": a week without one makes the answer "not always"."""
    return bool(re.search(r"\b(?:every|each|always|all)\b", q.text))


# "..., right? not zoom": a tag asking to confirm, anywhere in the message.
_TAG = re.compile(r"\b(?:right|correct|yeah|isn'?t it|aren'?t they|yes or no)\s*\?")


_EITHER = frozenset({"or", "either"})


# "which room is it in, is it huxley 311?": a guess put as a yes/no after the question.
_GUESS_AFTER = re.compile(r"[,;]\s*(?:or )?(?:is|isn'?t|are|aren'?t) (?:it|that|they|this)\b"
                          r"[^?]*(?:\?|$)")
# A room said by its number ("in huxley 311", "is it room 308", "at lt 2"): a place on site.
_ROOM_SAID = re.compile(r"\b(?:in|at|is it|it's|its) (?:the )?(?:(?:room|rm|lab|lt) ?\d{1,4}[a-z]?"
                        r"|[a-z]+ \d{3}[a-z]?)\b")
# Words guessing a room on site (not "in person"): said of sessions held online, "not in a room".
_A_ROOM = frozenset({"room", "classroom", "building", "venue"})
# Which room or building asked, or a room number tagged on ("which room in <building> is the
# q&a, 308?", "what room is the tutorial in the <name> building"): a room presumed, as a guess.
# (a bare "which room is the tutorial in" presumes nothing: it is told the course runs online)
_ROOM_ASKED = re.compile(r"\b(?:which|what|wich|wat) (?:room|classroom|venue|lecture "
                         r"(?:theatre|hall)) in (?!the\b|a\b|an\b|it\b|which\b)[a-z]+"
                         r"|\bin the [a-z]+ building\b|,\s*(?:room |rm )?\d{3}[a-z]?\s*\??\s*$"
                         # ("which building is the tutorial in, huxley?": a guess tagged on)
                         r"|\b(?:which|what) (?:room|building)\b[^?]*,\s*[a-z]+\s*\?\s*$")


def _checks_a_guess(q: Query) -> bool:
    return (q.asks_yes_no or _TAG.search(q.text) is not None
            or _GUESS_AFTER.search(q.text) is not None)


# Words of a place that say how a course is held rather than which platform.
_ONLINE = frozenset({"online", "remote", "remotely", "virtual", "virtually"})
_ON_SITE = frozenset({"inperson", "physical", "physically", "campus", "building", "room",
                      "classroom", "venue", "onsite", "theatre", "theater", "hall"})
_COMPARED = frozenset({"same", "different", "separate"})
_NOT_A_GUESS = frozenset({"where", "location", "place", "held", "join", "attend", "happen",
                          "link", "platform", "happening"})


def answer_place_guess(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a yes/no question guesses where sessions are held ("q&a is on teams right?
    not zoom", "is the tutorial in person?"): Yes or No first, then where the page puts the
    sessions asked about. A guess the page contradicts is corrected, not ignored."""
    asked = q.kinds & _SESSIONS
    room_asked = _ROOM_ASKED.search(q.text) is not None
    room_said = _ROOM_SAID.search(q.text) is not None or room_asked
    if not asked or not (_checks_a_guess(q) or room_asked) or not (
            q.has("where") or set(q.words) & _ON_SITE or room_said):
        return None
    if set(q.words) & _COMPARED or _RECORDED_LATER.search(q.text):
        # "is the tutorial in the same room as the q&a": two sessions' places compared, no
        # place guessed (where each is held answers it); "will the teams q&a be recorded":
        # the place names the session, the yes/no is whether it is recorded
        return None
    if set(q.words) & MATERIAL_THINGS and not q.coursework:
        # "are the tutorial notebooks on teams?": the handouts are where the materials are,
        # not where the sessions are held
        note = view.schedule.course.materials_note
        return Reply("logistics", True, 0.8, W.MATERIALS.format(note=note)) if note else None
    events = named_events(q, view, reader) or events_of(view, set(asked), q.staff)
    places = sorted({e.location for e in events if e.location})
    if not places:
        return None
    place_words = {w for p in places for w in re.findall(r"[a-z]+", p.lower())}
    online = view.schedule.course.mode == "online"
    words = set(q.words)
    guessed = (words & (q.cues.get("where", set()) | _ONLINE | _ON_SITE)) - _NOT_A_GUESS
    if room_said:
        guessed |= {"room"}  # ("is it huxley 311": a room on site, whatever it is called)
    if not guessed:
        return None
    right = guessed & place_words or (guessed & _ONLINE if online else guessed & _ON_SITE)
    wrong = guessed - place_words - (_ONLINE if online else _ON_SITE)
    if not (right or wrong):
        return None
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(asked))
    held = W.HELD_AT.format(what=what, place=" / ".join(places))
    if right and wrong and words & _EITHER:
        # "on teams or zoom?": which of the two, not a yes or no
        first = held[0].upper() + held[1:]
    elif not right and online and wrong <= _ON_SITE and wrong & _A_ROOM:
        # "which room is the tuesday q&a in, is it huxley 311?": no room at all, the
        # platform instead
        first = f"{W.NOT_IN_A_ROOM} {held}"
    else:
        first = f"{W.CONFIRM_YES if right else W.CONFIRM_NO} {held}"
    lines = [first]
    later = sorted((e for e in events if e.start and e.start > reader.now),
                   key=lambda e: (e.start, e.id))
    upcoming = [e for e in later if e.start == later[0].start] if later else []
    if upcoming:  # (the tutorials of one slot are one session: one line)
        lines.append(W.NEXT_ONE.format(line=view.event_lines(upcoming, reader)[0].lstrip("• ")))
    return Reply("schedule", True, 0.85, "\n".join(lines), upcoming)


_REVISION_NOTES = frozenset({"revision", "refresher"})
_NOTES = frozenset({"notes", "note", "material", "materials"})


def answer_revision_notes(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"The ML revision notes, who wrote them?", "where are the refresher notes": what the
    page says of its revision notes (where they are, what they are based on), whichever kind
    of fact the part was read as. None for any other question."""
    words = set(q.words)
    if (not words & _REVISION_NOTES or not words & _NOTES or q.kinds or q.coursework
            or q.lectures or q.tutorials or q.notes or q.time.window is not None):
        return None
    return Reply("logistics", True, 0.85, W.REVISION.format(
        notes=view.schedule.course.revision_notes))


def _slot_parts(busy: Busy, view: CourseView, asked: set[str]) -> list[str]:
    """For each timetabled slot (of the kinds asked, else any) that a weekly busy time takes
    only part of, when it starts and the minutes missed at its start or end."""
    if not busy.weekly or busy.zone != view.tz:
        return []
    lines = []
    for sl in view.schedule.course.timetable:
        if asked and sl.kind not in asked:
            continue
        day = sl.weekday * 1440
        s0 = day + sl.start.hour * 60 + sl.start.minute
        s1 = day + sl.end.hour * 60 + sl.end.minute
        for lo, hi in busy.weekly:
            said = dict(kind=W.KIND_SINGULAR.get(sl.kind, sl.kind),
                        day=W.WEEKDAY_NAMES[sl.weekday], start=f"{sl.start:%H:%M}",
                        end=f"{sl.end:%H:%M}")
            if lo <= s0 < hi < s1:
                lines.append(W.CLASH_SLOT_START.format(**said, minutes=hi - s0))
            elif s0 < lo < s1 <= hi:
                lines.append(W.CLASH_SLOT_END.format(**said, minutes=s1 - lo))
    return lines


def answer_weekly_clash(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"I work thursday afternoons, will I miss anything", "exam on 2 mar 10-12, does it
    clash", "friday sunset to saturday, any deadline then": what of the course (sessions and
    deadlines, or the kinds asked) falls in the time the asker is taken, in the asker's zone:
    for a weekly time, from now to the end of term; or that nothing does, with the
    timetable's slots. None unless the question sets such a time against the course."""
    busy = busy_clash(q)
    if busy is None or property_asked(q) == "recorded":
        return None  # ("busy then, will it be recorded": not whether it falls then)
    # Deadlines alone when only they are named ("any deadline then"); sessions of every kind
    # when sessions are named ("skip the lectures, what live stuff do i miss"); else both.
    kinds = {e.kind for e in view.events}
    if q.kinds == {"deadline"}:
        kinds = {"deadline"}
    elif q.kinds or _LIVE_ASKED.search(q.text):
        kinds -= {"deadline"}  # ("anything live in the evenings": sessions, not deadlines)
    hits = overlapping([e for e in view.events if e.kind in kinds], busy)
    # (the deadlines of that time, when only sessions were asked: "no session then, but
    # coursework is due at 19:00")
    unasked = [] if "deadline" in kinds else overlapping(
        [e for e in view.events if e.kind == "deadline"], busy)
    zone = W.CLASH_ZONE.format(zone=str(reader.tz)) if reader.tz != view.tz else ""
    name = busy.label
    window = q.time.window
    within = busy.weekly and window is not None and window.granularity != "day"
    if within:
        # "mondays and tuesdays during february": those days within the stretch said
        hits = [e for e in hits if e.start is not None and window.start <= e.start < window.end]
        name = W.BUSY_WITHIN.format(days=name, span=window.label)
    what = _clash_what({e.kind for e in hits} or kinds)
    # (a day or a stretch named is listed whole; a weekly time from now on: what is still
    # to miss)
    whole = busy.span is not None or within
    ahead = hits if whole else [e for e in hits if e.start and e.start > reader.now]
    # The time said may be when the asker is free ("i can only do evenings"), not taken:
    # then what falls in it is what they can attend, and no yes or no is said for them.
    # (a yes or no only where one is asked: "will i miss anything", "does it clash", not
    # "what's on tuesday morning")
    words = set(q.words)
    # (not "do i need to be free friday afternoon": the time is asked whether it is needed)
    free_said = (_FREE_TIME.search(normalize(q.raw)) is not None
                 and not keeps_time_for_course(q.text))
    verdict_asked = not free_said and (
        q.asks_yes_no or bool(words & _VERDICT_WORDS) and not words & _ASKS_WHICH
        or keeps_time_for_course(q.text))
    # (a weekly time that takes part of a timetabled slot: the regular slot's start and the
    # part missed, whatever today's date: "my lab ends 11:15 on tuesdays")
    part = [] if within else _slot_parts(busy, view, q.kinds.intersection(SESSION_KINDS))
    if ahead:
        header = (W.CLASH_HEADER_DAY if whole else W.CLASH_HEADER).format(
            slot=name, zone=zone, count=len(by_start(ahead)), what=what)
        if verdict_asked and (not_asked := _kind_not_held(q, view, ahead)):
            # "will i miss the lectures if i can't make tue 10-12": the kind asked is not
            # held then (lectures are pre-recorded); what is held then is listed after
            return Reply("schedule", True, 0.85, "\n".join(
                [not_asked, header, *view.event_lines(ahead, reader)]), ahead)
        verdict = "" if whole else _clash_verdict(view, reader, kinds, ahead)
        if verdict and verdict_asked and (of_kind := _kind_held(q, view, reader, ahead)):
            verdict = of_kind  # ("will i miss lectures": those of them, not every session)
        if not verdict:  # (a day, or deadlines only: the list is the answer)
            lines = [f"{W.CONFIRM_YES} {header[0].lower()}{header[1:]}" if verdict_asked
                     else header]
        else:
            lines = [f"{W.CONFIRM_YES} {verdict}" if verdict_asked
                     else verdict[0].upper() + verdict[1:], header]
        lines = [*part, *lines, *view.event_lines(ahead, reader)]
        after = _right_after(busy, view, kinds, ahead)
        lines += _right_after_lines(after, view, reader)
        lines += _rest_of_day(busy, view, reader, kinds, [*ahead, *after])
        clear = _clear_within(window, view, kinds, [*ahead, *after]) if within else []
        lines += _clear_lines(clear, window, view, reader)
        if not whole or within:  # (a weekly time: the lectures it does not touch are recorded)
            lines += _prerecorded_lines(view, kinds)
        return Reply("schedule", True, 0.85, "\n".join(lines), [*ahead, *after])
    dated = [e.end or e.start for e in view.events if e.start is not None]
    if hits and dated and max(dated) < reader.now:
        # The course is over (or the question has no date): what fell in that time is still
        # the answer ("which sessions clash with my tuesday module"), said to be past.
        header = W.CLASH_COURSE_OVER.format(slot=name, zone=zone, count=len(by_start(hits)),
                                            what=what)
        return Reply("schedule", True, 0.85, "\n".join(
            [*part, header, *view.event_lines(hits, reader)]), hits)
    if hits:
        last = [e for e in hits if e.start == hits[-1].start]
        text = W.CLASH_PAST_ONLY.format(slot=name, zone=zone,
                                        line=view.event_lines(last, reader)[0].lstrip("• "))
        return Reply("schedule", True, 0.85, "\n".join([*part, text]), [])
    none = W.CLASH_NONE.format(slot=name, zone=zone, what=what)
    if verdict_asked:
        none = f"{W.CONFIRM_NO} {none[0].lower()}{none[1:]}"
    elif free_said and set(q.words) & {"miss", "missing"}:
        # ("i'm only free evenings, will i miss the live sessions": all of them, live)
        none = W.CLASH_FREE_MISSED.format(none=none[0].lower() + none[1:])
    lines = [none]
    after = _right_after(busy, view, kinds, [])
    lines += _right_after_lines(after, view, reader)
    if (rest := _rest_of_day(busy, view, reader, kinds, after)):
        # (a day answered whole needs no timetable)
        return Reply("schedule", True, 0.85, "\n".join([*lines, *rest]), [])
    if within and (clear := _clear_within(window, view, kinds, after)):
        # ("... which would i miss next week": none; what that stretch holds is all free)
        lines += _clear_lines(clear, window, view, reader)
        return Reply("schedule", True, 0.85, "\n".join(lines), [])
    lines += _next_after(busy, view, reader, kinds)
    if kinds - {"deadline"}:
        lines += timetable_lines(view, reader)
    lines += _prerecorded_lines(view, kinds)
    due = unasked if whole else [e for e in unasked if e.start and e.start > reader.now]
    if due:  # ("nothing live in the evenings; the deadlines are at 19:00, though")
        lines += [W.CLASH_DEADLINES_THEN, *view.event_lines(due, reader)]
    return Reply("schedule", True, 0.85, "\n".join(lines), [])


def timetable_lines(view: CourseView, reader: Reader) -> list[str]:
    """The timetable's weekly slots in course time, and in the asker's own zone too when
    they set their hours against it in another; [] for a course without a timetable."""
    course = view.schedule.course
    if not course.timetable:
        return []
    slots = ", ".join(W.CLASH_TIMETABLE_SLOT.format(
        kind=W.KIND_SINGULAR.get(sl.kind, sl.kind), day=W.WEEKDAY_NAMES[sl.weekday],
        start=f"{sl.start:%H:%M}", end=f"{sl.end:%H:%M}") for sl in course.timetable)
    lines = [W.CLASH_TIMETABLE.format(slots=slots, zone=str(view.tz))]
    if reader.tz != view.tz:
        lines.append(W.CLASH_TIMETABLE_THERE.format(zone=str(reader.tz),
                                                    slots=slots_in(view, reader)))
    return lines


def slots_in(view: CourseView, reader: Reader) -> str:
    """The timetable's weekly slots in the reader's zone, each at its next week from now
    (a zone's offset from the course's changes with the clocks)."""
    today = reader.now.astimezone(view.tz).date()
    said = []
    for sl in view.schedule.course.timetable:
        day = today + timedelta(days=(sl.weekday - today.weekday()) % 7)
        start = datetime.combine(day, sl.start, view.tz).astimezone(reader.tz)
        end = datetime.combine(day, sl.end, view.tz).astimezone(reader.tz)
        said.append(W.CLASH_TIMETABLE_SLOT.format(
            kind=W.KIND_SINGULAR.get(sl.kind, sl.kind), day=W.WEEKDAY_NAMES[start.weekday()],
            start=f"{start:%H:%M}", end=f"{end:%H:%M}"))
    return ", ".join(said)


def _kinds_named(q: Query) -> set[str]:
    """The kinds of session the question names by their own words ("lectures", "tuts"), not
    those read into it ("everything live")."""
    return {k for k in q.kinds - {"deadline"} if CUES.get(k, set()) & set(q.words)}


def _kind_not_held(q: Query, view: CourseView, ahead: list[Event]) -> str:
    """"No: the lectures are pre-recorded ..." when the question names kinds of session none
    of which falls in the time though others do; "" otherwise (the verdict is then about
    the sessions that fall in it)."""
    asked = _kinds_named(q)
    if not asked or q.kinds & {"deadline"} or any(e.kind in asked for e in ahead):
        return ""
    held = join([W.EVENT_KIND_NAMES[k] for k in sorted({e.kind for e in ahead})])
    if asked == {"lecture"} and view.schedule.lectures and not all_lectures_timed(view.schedule):
        return W.CLASH_KIND_PRERECORDED.format(live=live_except(view.schedule), held=held)
    return W.CLASH_KIND_NOT_HELD.format(
        asked=join([W.EVENT_KIND_NAMES[k] for k in sorted(asked)]), held=held)


def _kind_held(q: Query, view: CourseView, reader: Reader, ahead: list[Event]) -> str:
    """"1 of the lectures falls in that time: Lecture 22 ..." when the question names kinds
    of session and others fall in the time too; "" otherwise (also when every one of them
    still to come falls in it: the verdict on all sessions then says it)."""
    asked = _kinds_named(q)
    mine = [e for e in ahead if e.kind in asked]
    if not asked or q.kinds & {"deadline"} or not mine or len(mine) == len(ahead):
        return ""
    of_kind = [e for e in view.events if e.kind in asked]
    still = [e for e in of_kind if e.start and e.start > reader.now]
    if all(e.start for e in of_kind) and all(any(e is m for m in mine) for e in still):
        return ""  # (not lectures that are mostly pre-recorded: "one of the lectures ...")
    count = len(by_start(mine))
    return (W.CLASH_KIND_HELD_ONE if count == 1 else W.CLASH_KIND_HELD_MANY).format(
        count=count, asked=join([W.EVENT_KIND_NAMES[k] for k in sorted(asked)]),
        names=join(list(dict.fromkeys(event_name(e) for e in mine))))


def _prerecorded_lines(view: CourseView, kinds: set[str]) -> list[str]:
    """That lectures without a time are pre-recorded (so no hours clash with them), when
    lectures are among what was set against the asker's time."""
    if (view.schedule.lectures and not all_lectures_timed(view.schedule)
            and "lecture" in kinds):
        return [W.CLASH_PRERECORDED.format(live=live_except(view.schedule))]
    return []


# Words that ask for a verdict on a clash ("will i miss anything", "is that a problem")
_VERDICT_WORDS = frozenset({"miss", "missing", "clash", "clashes", "conflict", "conflicts",
                            "overlap", "overlaps", "problem", "issue", "any", "anything"})
# ("which sessions overlap", "what will i miss": a list asked for, not a yes or no)
_ASKS_WHICH = frozenset({"which", "what", "whats", "wat"})
# A time said as when one is free, not taken: "i'm only free after 6", "i can only do
# evenings", "available afternoons"
_FREE_TIME = re.compile(r"\b(?:free|available|availability)\b|\bcan only (?:do|make|manage|"
                        r"attend|come|join)\b|\bonly (?:do|make) (?:it )?(?:on |in |at )?\w+s\b")


def _clash_verdict(view: CourseView, reader: Reader, kinds: set[str],
                   ahead: list[Event]) -> str:
    """The answer to a weekly time first: whether what falls in it is every session still to
    come (with the days and hours they all share) or some of them; "" for deadlines only."""
    sessions = [e for e in ahead if e.kind != "deadline"]
    left = [e for e in view.timed if e.kind in kinds - {"deadline"} and e.start > reader.now]
    if not sessions:
        return ""
    if len(by_start(sessions)) < len(by_start(left)):
        return W.CLASH_SOME_IN.format(count=len(by_start(sessions)), total=len(by_start(left)))
    local = [(e.start.astimezone(reader.tz), (e.end or e.start).astimezone(reader.tz))
             for e in sessions]
    days = sorted({a.weekday() for a, _ in local})
    return W.CLASH_ALL_IN.format(
        days=join([W.WEEKDAY_NAMES[d] + "s" for d in days]),
        start=f"{min(a.time() for a, _ in local):%H:%M}",
        end=f"{max(b.time() for _, b in local):%H:%M}")


# ("anything live", "do any sessions happen", "can i attend": what is held, not what is due)
_LIVE_ASKED = re.compile(r"\b(?:live|sessions?|classes|attend)\b")
# How soon after an assumed hour a session may still clash with what was said by its start.
_RIGHT_AFTER = timedelta(hours=1)


def _next_after(busy, view: CourseView, reader: Reader, kinds: set[str]) -> list[str]:
    """A day's time with nothing in it ("free friday afternoon?"): the next thing of the
    kinds asked after it, so the answer says what does need the asker, and when; [] for a
    weekly time (the timetable answers that) or when nothing is left."""
    if busy.span is None:
        return []
    later = [e for e in view.timed if e.kind in kinds and e.start >= max(busy.span[1], reader.now)]
    if not later:
        return []
    group = [e for e in later if e.start == later[0].start]
    return [W.NEXT_AFTER_GAP.format(line=view.event_lines(group, reader)[0].lstrip("• "))]


def _right_after(busy, view: CourseView, kinds: set[str], hits: list[Event]) -> list[Event]:
    """"Interview at 10": only its start was said (an hour is assumed), so the sessions
    starting within the hour after that one may clash too; none for a time said whole."""
    if not busy.start_only or busy.span is None:
        return []
    end = busy.span[1]
    return [e for e in view.timed if e.kind in kinds and e.kind != "deadline" and e not in hits
            and end <= e.start < end + _RIGHT_AFTER]


def _clear_within(window: Window, view: CourseView, kinds: set[str],
                  said: list[Event]) -> list[Event]:
    """The timed sessions and deadlines of the kinds asked within a stretch the asker named
    that the time they are taken leaves free (those that do not clash, beside those that do)."""
    return [e for e in view.events if e.kind in kinds and e.start is not None
            and window.start <= e.start < window.end and e not in said]


def _clear_lines(clear: list[Event], window: Window, view: CourseView,
                 reader: Reader) -> list[str]:
    if not clear:
        return []
    head = W.CLASH_CLEAR_WITHIN.format(span=window.label)
    return [head, *view.event_lines(sorted(clear, key=lambda e: (e.start, e.id)), reader)]


def _right_after_lines(after: list[Event], view: CourseView, reader: Reader) -> list[str]:
    """The sessions right after, said to be so (their notes as they are): one on the line
    that says so, more listed under it."""
    lines = view.event_lines(after, reader)
    if sum(line.startswith("• ") for line in lines) > 1:
        return [W.CLASH_RIGHT_AFTER_MANY, *lines]
    return [W.CLASH_RIGHT_AFTER.format(line=line.removeprefix("• "))
            if line.startswith("• ") else line for line in lines]


def _rest_of_day(busy, view: CourseView, reader: Reader, kinds: set[str],
                 said: list[Event]) -> list[str]:
    """A time within one day ("an appointment at 3pm on 9 march"): what else of the course
    is on or due that day, outside it, so the day is answered whole."""
    if busy.span is None:
        return []
    first, last = (t.astimezone(reader.tz) for t in busy.span)
    if first.date() != (last - timedelta(minutes=1)).date():
        return []
    others = [e for e in view.timed if e.kind in kinds | {"deadline"} and e not in said
              and e.start.astimezone(reader.tz).date() == first.date()]
    return [W.CLASH_ALSO_THAT_DAY, *view.event_lines(others, reader)] if others else []


def _clash_what(kinds: set[str]) -> str:
    """What the clash's answer lists: sessions, deadlines or both."""
    if kinds == {"deadline"}:
        return W.CLASH_DEADLINES
    return W.CLASH_SESSIONS if "deadline" not in kinds else W.CLASH_BOTH


_ASKS_WHEN = re.compile(r"\b(?:when|whens|when's|what week|which week|which weeks|what weeks|"
                        r"what day|which day|come out|released?|out yet|available)\b")


def answer_titled_sessions(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"When do the transformer lectures come out", "the gan tuts": a kind named in the
    plural with a topic is every session of that kind whose title names it, not the best
    match alone. None unless that names two or more."""
    kinds = plural_kinds(q)
    if (not kinds or q.lectures or q.tutorials or q.coursework or q.time.window is not None
            or q.staff or not q.topic or not _ASKS_WHEN.search(q.text)
            or q.has("examinable")):
        return None  # (what else is asked of them is another handler's: "are they examinable")
    return themed_sessions(q, view, reader, kinds)


def themed_sessions(q: Query, view: CourseView, reader: Reader,
                    kinds: set[str]) -> Reply | None:
    """Every session of these kinds in the theme the question names (queries.titled_by_words),
    with when each is; None unless two or more are."""
    found = titled_by_words(q, view, kinds)
    if len(found) < 2:
        return None
    phrase = q.topic_phrase or " ".join(
        w for w in (q.subject_words or q.topic.split())
        if any(w in e.title.lower() or w in (e.topic or "").lower() for e in found))
    head = W.TITLED_HEADER.format(kinds=" and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(
        {e.kind for e in found})), phrase=phrase or "that")
    lines = [head, *_session_lines(view, found, reader)]
    return Reply("schedule", True, 0.85, "\n".join(lines), found)


def answer_next_to(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"What's after the vae/gan tutorial", "which lecture comes before lecture 16": the
    session of the same kind next to the one named (by id, or by a topic its title names).
    None unless the question asks that."""
    found = next_to_named(q, view)
    if found is None:
        return None
    direction, named, asked = found
    title = event_name(named[0])
    if named[0].kind not in ("lecture", "tutorial") and named[0].start is not None:
        # "the q&a after the one on 26 jan": which of the untitled ones, by its day
        title = W.SESSION_ON_DAY.format(title=title, day=format_day_date(
            named[0].start.astimezone(view.tz).date()))
    beside = (next_of_kind(view, named[0], asked, direction) if asked
              else neighbour(view, named[0], direction))
    if not beside:
        template = W.NONE_AFTER_SESSION if direction == "after" else W.NONE_BEFORE_SESSION
        return Reply("schedule", True, 0.85, template.format(title=title[0].upper() + title[1:]),
                     named)
    head = (W.AFTER_SESSION if direction == "after" else W.BEFORE_SESSION).format(title=title)
    lines = [head, *_session_lines(view, beside, reader)]
    return Reply("schedule", True, 0.9, "\n".join(lines), beside)


def _session_lines(view: CourseView, events: list, reader: Reader) -> list[str]:
    """Lectures with how they are delivered; other sessions as the page lists them (two
    tutorials in one slot on one line)."""
    lectures = [view.lecture_line(e, reader) for e in events if e.kind == "lecture"]
    return lectures + view.event_lines([e for e in events if e.kind != "lecture"], reader)


# "what time zone are the deadlines in", "which tz is the q&a in": the zone of the page's times.
_ZONE_ASKED = re.compile(r"\b(?:what|which|whose|in what|in which) (?:time ?zone|tz|zone)s?\b"
                         r"|\btime ?zones? (?:is|are|do|does)\b")
# "what's 19:00 in chicago", "10am course time is what for me": a clock time converted.
_CONVERT = re.compile(r"\b(?:what|whats|what's|when|convert|which)\b|\bfor me\b|\bmy time\b")
_MY_TIME = re.compile(r"\b(?:for me|my time|local time|my zone|where i am)\b")


def answer_time_zone(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The zone the course page gives its times in (deadlines included), and a clock time it
    names converted from course time to the zone the asker is in or names. None unless the
    question asks one of these (and names no event of its own to convert)."""
    zone_asked = _ZONE_ASKED.search(q.text) is not None
    hour, minute = _clock_time(q.raw)
    named_zone = find_zone(normalize(q.raw))
    converts = (hour is not None and _CONVERT.search(q.text) is not None
                and (named_zone is not None or _MY_TIME.search(q.text) is not None)
                and not (q.coursework or q.lectures or q.tutorials or q.staff
                         or q.kinds & _SESSIONS or q.time.window is not None))
    if not (zone_asked or converts):
        return None
    if zone_asked and (q.coursework or q.lectures or q.tutorials) and not converts:
        return None  # "cw2 due at what time in my time zone": the deadline handler's
    course_now = reader.now.astimezone(view.tz)
    lines = []
    if zone_asked:
        lines.append(W.ZONE_OF_TIMES.format(zone=str(view.tz), abbrev=zone_abbrev(course_now),
                                            day=format_day_date(course_now.date())))
        if reader.tz != view.tz and not converts:
            lines.append(W.ZONE_SHOWN_YOURS.format(zone=str(reader.tz)))
    target = named_zone[0] if named_zone is not None else reader.tz
    if converts and target == view.tz:
        converts = False  # ("7pm london time for me": the asker's own zone is not known)
        if not zone_asked:
            return None
    if converts and hour is not None:
        at = course_now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        theirs = at.astimezone(target)
        day = "" if theirs.date() == at.date() else f" ({format_day_date(theirs.date())})"
        lines.append(W.CLOCK_CONVERTED.format(
            clock=f"{at:%H:%M}", abbrev=zone_abbrev(at), day=format_day_date(at.date()),
            theirs=f"{theirs:%H:%M}", their_abbrev=zone_abbrev(theirs), their_day=day,
            zone=str(target)))
    return Reply("logistics", True, 0.85, "\n".join(lines))


def _clock_time(raw: str) -> tuple[int | None, int]:
    """The first clock time written ("19:00", "7pm", "7.30pm"), as (hour, minute)."""
    m = re.search(rf"{NOT_OFFSET}\b(\d{{1,2}})(?:[:.](\d{{2}}))?\s*(am|pm)\b"
                  rf"|{NOT_OFFSET}\b(\d{{1,2}}):(\d{{2}})\b", raw, re.I)
    if m is None:
        return None, 0
    if m.group(3):
        return hour_of_day(int(m.group(1)), m.group(3)), int(m.group(2) or 0)
    hour, minute = int(m.group(4)), int(m.group(5))
    return (hour, minute) if hour < 24 and minute < 60 else (None, 0)


_SAME_GUESSED = re.compile(r"\bsame\b|\bno (?:time )?diff")


def _abbrev_utc(at: datetime) -> str:
    """"WET, UTC+0": a zone's abbreviation with its offset, or the offset alone."""
    abbrev = zone_abbrev(at)
    return abbrev if abbrev.startswith("UTC") else f"{abbrev}, {utc_offset(at, compact=True)}"


def zone_relation(q: Query, view: CourseView, reader: Reader, events: list) -> str | None:
    """How the asker's zone stands against course time on the dates concerned (the dated
    events of the answer, else each day of the rest of the term): "Lisbon time (WET) is the
    same as course time (GMT, London) on <the day>", Yes or No first when the question
    guesses they are the same. None unless the question asks it."""
    zone = zone_relation_asked(q, view, reader)
    if zone is None:
        return None
    instants = [e.start for e in events if getattr(e, "start", None) is not None]
    groups = zone_offsets(view, zone, instants or term_days(view, reader))
    sentences = []
    for diff, at in groups:
        first, last = at[0], at[-1]
        if first.date() == last.date():
            dates = W.ZONE_ON_DAY.format(day=format_day_date(first.astimezone(view.tz).date()))
        else:
            dates = W.ZONE_FROM_TO.format(first=format_day_date(first.astimezone(view.tz).date()),
                                          last=format_day_date(last.astimezone(view.tz).date()))
        minutes = abs(int(diff.total_seconds() // 60))
        hours = (f"{minutes // 60} hour{'s' if minutes != 60 else ''}" if minutes % 60 == 0
                 else f"{minutes // 60}h{minutes % 60:02d}")
        template = (W.ZONE_SAME if not minutes else W.ZONE_AHEAD if diff > timedelta()
                    else W.ZONE_BEHIND)
        sentences.append(template.format(
            place=place_name(zone), abbrev=_abbrev_utc(first.astimezone(zone)),
            course_abbrev=zone_abbrev(first.astimezone(view.tz)),
            course_place=place_name(view.tz), hours=hours, dates=dates))
    text = " ".join(sentences)
    if _SAME_GUESSED.search(q.raw.lower()):
        same = all(not diff for diff, _ in groups)
        text = f"{W.CONFIRM_YES if same else W.CONFIRM_NO} {text}"
    return text


def _clock_clause_asks(raw: str) -> bool:
    """Whether the clause holding the first clock time asks (ends in "?" or the text, or
    opens yes or no): "so the q&a is 10am for me too?", not "... is at 9pm for me, can i skip
    it?"."""
    m = re.search(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", raw, re.I)
    if m is None:
        return False
    start = max(raw.rfind(c, 0, m.start()) for c in ".,;!?\n") + 1
    ends = [i for c in ".,;!?\n" if (i := raw.find(c, m.end())) >= 0]
    end = min(ends) if ends else len(raw)
    clause = raw[start:end].strip().lower()
    # (a part's own text may end without its "?": nothing after the clause asks instead)
    rest = raw[end:].strip(" ?!.\n")
    return raw[end:end + 1] == "?" or not rest or bool(_YES_NO_START.match(clause))


def answer_local_guess(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"so the q&a is 10am for me too?": a clock time guessed in the asker's own time for a
    kind of session, checked against the next one, shown in both zones. None unless asked."""
    asked = q.kinds & _SESSIONS
    hour, minute = _clock_time(q.raw)
    if (hour is None or not asked or not _MY_TIME.search(q.text) or q.lectures or q.tutorials
            or q.coursework or q.time.window is not None):
        return None  # (a session in a time named: the yes/no about that time answers it)
    if zone_name(reader.tz) == zone_name(view.tz):
        return None  # "3am where i am": the asker's own zone is not known
    if not _clock_clause_asks(q.raw):
        return None  # "the q&a is at 9pm for me, can i skip them?": said, not guessed
    events = named_events(q, view, reader) or events_of(view, set(asked), q.staff)
    later = sorted((e for e in events if e.start and e.start > reader.now),
                   key=lambda e: (e.start, e.id))
    if not later:
        return None
    upcoming = [e for e in later if e.start == later[0].start]
    theirs = upcoming[0].start.astimezone(reader.tz)
    verdict = W.CONFIRM_YES if (theirs.hour, theirs.minute) == (hour, minute) else W.CONFIRM_NO
    kind = W.KIND_SINGULAR.get(upcoming[0].kind, upcoming[0].kind)
    head = W.LOCAL_GUESS.format(verdict=verdict, kind=kind, theirs=f"{theirs:%H:%M}",
                                their_abbrev=zone_abbrev(theirs))
    return Reply("schedule", True, 0.85, "\n".join([head, *view.event_lines(upcoming, reader)]),
                 upcoming)


# How a session is delivered, asked yes or no: "is the panel live or just a video", "are the
# q&a sessions recorded".
# (not "in person": being there is how the course is delivered, bot.core.delivery, and a
# session live on Teams is no "yes" to it)
_LIVE = frozenset({"live", "livestream", "livestreamed", "realtime", "synchronous"})
_RECORDED = frozenset({"recorded", "recording", "recordings", "video", "videos", "prerecorded",
                       "replay", "rewatch", "rewatching"})
# Things put up after a session that are not a recording of it ("are the q&a slides uploaded").
_NOT_RECORDINGS = frozenset({"slides", "slide", "notes", "materials", "solutions", "answers",
                             "code", "notebook", "notebooks"})
_HELD_SESSIONS = frozenset({"qa", "tutorial", "panel"})
# Asked whether it is delivered as a video instead of live ("is the tutorial just a video").
# Asking whether a session is (or will be) recorded for later.
_RECORDED_LATER = re.compile(r"\b(?:be |being |get |gets |is |it )?record(?:ed|ing)\b")
_PRERECORDED_ASKED = re.compile(r"\bpre-? ?recorded\b|\b(?:just|only|merely) (?:a |an )?"
                                r"(?:video|recording|youtube)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_YES_NO_START = re.compile(r"^\W*(?:(?:so|and|but|also|ok|okay|hey|hi|pls|please)\W+)*"
                           r"(?:is|are|will|would|does|do|did|was|were|can|could)\b")
# A clause opening yes or no after the thing is named ("the panel, will it be live").
_CLAUSE_ASKS_YES_NO = re.compile(r"(?:^|[,;:.!?-]\s*|\b(?:and|so|but|or)\s+)"
                                 r"(?:is|are|will|would|does|do|was|were|can)\s+"
                                 r"(?:it|they|that|this|these|those|the|there)\b")


def answer_session_mode(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """A yes/no about how sessions that are not lectures are delivered, about the ones named
    only. Whether they are live is on the page (held at a set time and place): Yes or No
    first. Whether they are recorded is not: said so, with how they are held and the next
    one (a TA is offered). None unless such a question."""
    asked = q.kinds & _HELD_SESSIONS
    if not asked or q.lectures or q.coursework or set(q.words) & _NOT_RECORDINGS:
        return None
    if "lecture" in q.kinds and _SESSION_ANCHOR.search(q.raw.lower()):
        return None  # ("are the vids live or pre recorded b4 the q&a": the lectures asked)
    # the sentences that ask yes or no, and in them the words about the mode: "I never can
    # attend live. ... the tutorials, are they recorded?" asks whether they are recorded
    sentences = [s for s in _SENTENCES.split(q.text) if s.strip()]
    text = " ".join(s for s in sentences if _YES_NO_START.match(s) or _TAG.search(s)
                    or _CLAUSE_ASKS_YES_NO.search(s))
    words = tokens(text)
    mode_words = [w for w in words if w in _LIVE or w in _RECORDED]
    if not mode_words and property_asked(q) != "recorded":
        return None
    # the kinds named up to the last word about the mode ("are the q&a sessions recorded, i
    # have a lab then": the lab is the asker's); a recording asked in other words ("are the
    # q&as put online after"): the kinds of the whole question
    last = max((m.end() for w in set(mode_words) for m in re.finditer(rf"\b{w}\b", text)),
               default=len(q.text))
    said = set(tokens(text[:last] if mode_words else q.text))
    asked = {k for k in asked if said & q.cues.get(k, set())} or asked
    narrowed = dataclasses.replace(q, kinds=set(asked))
    named = named_events(narrowed, view, reader)
    events = named or events_of(view, with_qa_slots(asked, view.schedule), q.staff)
    timed = sorted((e for e in events if e.start is not None and e.kind in asked | {"panel"}),
                   key=lambda e: (e.start, e.id))
    if not timed:
        return None
    later = [e for e in timed if e.start > reader.now]
    shown = (timed if len(timed) <= 2 and named else
             [e for e in (later or timed[-1:]) if e.start == (later or timed[-1:])[0].start])
    places = sorted({e.location for e in timed if e.location})
    place = W.MODE_PLACE.format(place=" / ".join(places)) if places else ""
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted(asked))
    lines_shown = view.event_lines(shown, reader)
    if set(words) & _LIVE or _PRERECORDED_ASKED.search(text):
        # "live or just a video": live is what the page says of a session at a set time
        verdict = W.CONFIRM_YES if mode_words[0] in _LIVE else W.CONFIRM_NO
        if _EITHER_MODE.search(text) and not _YES_NO_ABOUT_ONE.search(text):
            verdict = W.MODE_LIVE_SIDE  # ("live or recorded": which of the two, no yes)
        elif verdict == W.CONFIRM_YES and (night := _at_night(shown, reader, view)):
            # "can i realistically attend it live from Auckland": live, but at night there
            verdict = W.LIVE_AT_NIGHT.format(place=place_name(reader.tz), clock=night)
        head = W.MODE_LIVE.format(verdict=verdict, what=what, place=place)
        return Reply("schedule", True, 0.85, "\n".join([head, *lines_shown]), shown)
    head = W.MODE_RECORDING_UNKNOWN.format(what=what, place=place)
    return Reply("schedule", False, 0.6, "\n".join([head, *lines_shown]), shown)


# Night where the reader is: a session starting or running in these local hours is one few
# can attend live ([start, end) hours; wraps past midnight).
_NIGHT_HOURS = (23, 6)


def _at_night(events: list[Event], reader: Reader, view: CourseView) -> str | None:
    """The local clock ("23:00-00:00") of the first session shown that falls at night in
    the reader's zone, when it is not the course's; None otherwise."""
    if zone_name(reader.tz) == zone_name(view.tz):
        return None
    first, last = _NIGHT_HOURS
    for e in events:
        if e.start is None:
            continue
        start = e.start.astimezone(reader.tz)
        end = (e.end or e.start).astimezone(reader.tz)
        if any(h >= first or h < last for h in (start.hour, (end - timedelta(minutes=1)).hour)):
            clock = f"{start:%H:%M}" + (f"-{end:%H:%M}" if e.end else "")
            return clock
    return None


# Asking whether the lectures can be watched at any time ("can i watch them whenever").
_ANY_TIME = frozenset({"whenever", "anytime", "asynchronous", "async", "ondemand"})
# One way or the other asked ("live or recorded", "videos or do i have to attend").
_EITHER_MODE = re.compile(r"\b(?:live|recorded|videos?|recordings?|attend)\b.*\bor\b")
# "... or not", "or what": a yes or no about one side, not a choice of two.
_YES_NO_ABOUT_ONE = re.compile(r"\bor (?:not|nah|no|what|smth|something|sth)\b")


# A held session named only as when the lectures are watched ("are the vids live or pre
# recorded b4 the q&a", "do we watch the lectures before the tutorial"): an anchor in time,
# not the session asked about.
_SESSION_ANCHOR = re.compile(
    r"\b(?:before|b4|bfr|ahead of|prior to|after|for)\s+(?:the |each |every |a |our |this |"
    r"next |weekly )*(?:q ?& ?a|q and a|qa|tutorial|tut|panel|live session)s?\b[^?.!]*$")


def answer_lecture_mode(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """How lectures are given, as the page says of each (pre-recorded, placed in a week; or
    live at a time): "are the lectures live or can i watch them whenever", "is the 23 feb
    lecture live". The lectures named (by number, day or topic) with Yes or No when one is
    asked about, else how the course's lectures are given. None unless such a question."""
    held = q.kinds & (_HELD_SESSIONS | {"quiz"})
    if held and "lecture" in q.kinds and _SESSION_ANCHOR.search(q.raw.lower()):
        held = set()  # (the session only says when the lectures are watched)
    if ("lecture" not in q.kinds and not q.lectures) or held:
        return None
    if q.time.window is not None and not q.lectures and q.asks_yes_no and denies(q):
        return None  # ("so no live lectures in week 8?": whether a time has any, by schedule)
    words = set(q.words)
    if q.coursework or q.asks_count or words & _NOT_RECORDINGS:
        return None
    mode_words = [w for w in q.words if w in _LIVE | _RECORDED | _ANY_TIME]
    if not mode_words and not _PRERECORDED_ASKED.search(q.text):
        return None
    if not (q.asks_yes_no or words & _ANY_TIME or _EITHER_MODE.search(q.text)):
        return None  # "when's the live lecture", "where do i watch the recordings"
    named = _lectures_named(q, view, reader)
    if not named:
        given = lectures_given(view, reader)
        if not given:
            return None
        lines = [lecture_delivery(view, reader)]  # how the course runs, then its lectures
        if any(e.start is None for e in view.events if e.kind == "lecture"):
            lines.append(W.PRERECORDED_NO_TIME)
        live = [e for e in view.events if e.kind == "lecture" and e.start is not None]
        if (live and _RECORDED_LATER.search(q.text) and not _PRERECORDED_ASKED.search(q.text)
                and not _EITHER_MODE.search(q.text)):
            # "will the lectures be recorded for those who can't watch live": the pre-recorded
            # ones are; whether the live one is, the page doesn't say ("live or recorded?"
            # asks which they are, answered already)
            lines.append(W.LIVE_RECORDING_UNKNOWN)
        if AFTER_TERM.search(q.text):
            # "are they kept after term": not stated; how the lectures are given is what is
            return Reply("logistics", False, 0.6, "\n".join([
                W.KEPT_AFTER_TERM_UNKNOWN, " ".join(lines), view.ta_offer()]), live)
        return Reply("logistics", True, 0.85, " ".join(lines), live)
    lines = [view.lecture_line(e, reader) for e in named]
    asked = {w in _LIVE for w in mode_words}
    live = {lec.delivery == "live" for e in named if (lec := view.schedule.lecture(e.id))}
    if live == {True} and _RECORDED_LATER.search(q.text) and not _PRERECORDED_ASKED.search(
            q.text) and not _EITHER_MODE.search(q.text):
        # "is the 23 feb lecture recorded so i can watch later": a live lecture's recording
        # is not on the page (no "No" because it is live)
        return Reply("schedule", False, 0.6, "\n".join([*lines, W.LIVE_RECORDING_UNKNOWN]),
                     named)
    if q.asks_yes_no and len(asked) == 1 and len(live) == 1:
        # "is the 23 feb lecture live", "are this week's lectures live": yes or no, then the
        # lectures as the page lists them
        lines[0] = f"{W.CONFIRM_YES if live == asked else W.CONFIRM_NO} {lines[0]}"
    return Reply("schedule", True, 0.9, "\n".join(lines), named)


def _lectures_named(q: Query, view: CourseView, reader: Reader) -> list:
    """The lectures a question names: by number, by the day or week it names, else by a
    lecture title its topic matches."""
    lectures = [e for e in view.events if e.kind == "lecture"]
    if q.lectures:
        return [e for e in lectures if e.id in q.lectures]
    window = q.time.window
    if window is not None:
        return [e for e in lectures if (e.start and window.start <= e.start < window.end)
                or (e.start is None and window.granularity == "week"
                    and window.holds_week(e.week))]
    if q.subject_known:
        best = q.topic_matches[0]
        return [e for e in lectures if e.id == best.item.id]
    return []


# Asking for a lecture in writing: "a written version of the convolution lecture".
_IN_WRITING = frozenset({"written", "text", "pdf", "pdfs",
                         "writeup"})


def answer_written_lecture(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """A lecture asked for in writing ("is there a written version of the convolution
    lecture", "anything to read instead of watching the gans lecture"): its notes and slides
    on the page, as the reading answer gives them. None unless such a question about a
    lecture it can name."""
    if "lecture" not in q.kinds and not q.lectures:
        return None
    if q.coursework or not set(q.words) & (_IN_WRITING | {"read", "reading"}):
        return None
    if not q.lectures and not (q.subject_known and q.topic_matches[0].item.kind == "lecture"):
        return None
    if next_to_named(q, view) is not None:
        return None  # "the first lecture after reading the lenet paper": where it sits
    reply = answer_reading(q, view, reader)
    return reply if reply.answered else None
