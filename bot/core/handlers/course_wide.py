"""Questions over the whole course, whichever kind of fact the part was read as: whether a
kind of session is held every week ("do we have a q&a every week?": Yes, or No with the
weeks that have none), and the course's first or last of a kind ("the final lecture")."""

from __future__ import annotations

import re
from datetime import datetime

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import in_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import events_of, first_or_last, named_events, weeks_held
from bot.core.understand import Query

_EVERY_WEEK = re.compile(r"\b(?:every|each|all)\s+(?:single\s+)?weeks?\b|\bweekly\b"
                         r"|\bevery\s+tues?day\b")
_SESSIONS = frozenset({"lecture", "qa", "tutorial", "panel", "quiz"})


def answer_every_week(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question asks whether sessions of a kind are held every week."""
    asked = q.kinds & _SESSIONS
    if (not asked or q.time.window is not None or q.lectures or q.tutorials
            or not _EVERY_WEEK.search(q.text) or not q.asks_yes_no):
        return None  # "at what time are they released each week" asks something else
    kinds = set(asked) | (in_qa_slots(view.schedule) if "qa" in asked else set())
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


def _weeks(numbers: list[int]) -> str:
    """"2-7", "1 and 9", "2, 4 and 6": runs of consecutive weeks joined."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [p for r in runs for p in ([f"{r[0]}-{r[-1]}"] if len(r) > 2 else map(str, r))]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_UNDATED_KINDS = frozenset({"lecture", "quiz"})


def answer_first_or_last(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Which lecture is the final one", "the very first quiz": over the whole course, those
    placed only in a week included (the last lecture is the live one after the pre-recorded
    ones), named as first or last, with how it is delivered. None for any other question."""
    if (q.direction not in ("first", "last") or not q.kinds or not q.kinds <= _UNDATED_KINDS
            or q.time.window is not None or q.lectures or q.tutorials or q.coursework
            or q.staff or q.subject_known):
        return None
    candidates = events_of(view, set(q.kinds), [])
    if not any(e.start is None for e in candidates):
        return None  # all dated: the sessions handler's own first and last
    group = first_or_last(view, candidates, q.direction)
    kind = W.KIND_SINGULAR.get(group[0].kind, group[0].kind)
    head = (W.FIRST_OF_KIND if q.direction == "first" else W.LAST_OF_KIND).format(kind=kind)
    lines = ([view.lecture_line(e, reader) for e in group] if group[0].kind == "lecture"
             else view.event_lines(group, reader))
    return Reply("schedule", True, 0.85, "\n".join([head, *lines]), group)


# "is tuesday 10am always the Q&A slot", "when are the q&as normally": the usual slot asked.
_REGULAR = re.compile(r"\b(?:always|usually|normally|typically|generally|regularly|usual|"
                      r"regular|same (?:time|slot|day|day and time))\b")
# A clock time as written ("10am", "10:00", "at 10"): normalising drops "10am" from the text.
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|\b(\d{1,2}):(\d{2})\b"
                    r"|\bat (\d{1,2})\b(?!\s*(?:day|week|min|hour))", re.I)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY_WORD = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")


def _clock_guess(raw: str) -> int | None:
    """The hour a question guesses ("tuesday 10am" -> 10), in 24-hour time."""
    m = _CLOCK.search(raw)
    if m is None:
        return None
    if m.group(1):
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "pm" else 0)
    else:
        hour = int(m.group(4) or m.group(6))
    return hour if 0 <= hour < 24 else None


def answer_regular_slot(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question asks when a kind of session usually is, or whether a slot is
    always its slot. The timetable's slot for the kind, then the weeks that differ from it
    (another time, no time given, another event in the slot) and the weeks with none; a
    guessed day or hour is confirmed or corrected first."""
    asked = q.kinds & _SESSIONS
    window = q.time.window
    weekday_only = (window is not None and window.granularity == "day"
                    and _WEEKDAY_WORD.fullmatch(q.time.phrase.removeprefix("on ")) is not None)
    if (len(asked) != 1 or (window is not None and not weekday_only) or q.lectures
            or q.tutorials or q.coursework or not _REGULAR.search(q.text)):
        return None
    kind = next(iter(asked))
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
    day_name = W.WEEKDAY_NAMES[_DAYS.index(slot.day)]
    held_weeks = sorted({e.week for e in regular if e.week is not None})
    head = W.REGULAR_SLOT.format(what=what, day=day_name, time=time_text,
                                 weeks=_weeks(held_weeks) if held_weeks else "")
    verdict = ""
    if weekday_only and (m := _WEEKDAY_WORD.search(q.time.phrase)):
        guessed_day: int | None = _DAYS.index(m.group(1).capitalize())
    else:
        guessed_day = q.time.weekday
    guessed_hour = _clock_guess(q.raw)
    if q.asks_yes_no or guessed_day is not None or guessed_hour is not None:
        day_ok = guessed_day is None or _DAYS[guessed_day] == slot.day
        hour_ok = guessed_hour is None or guessed_hour == slot.start.hour
        verdict = (W.SLOT_NOT_THAT if not (day_ok and hour_ok)
                   else W.SLOT_MOSTLY if lines_out else W.SLOT_YES)
    lines = [" ".join(filter(None, [verdict, head])),
             *([W.SLOT_EXCEPTIONS] if lines_out else []), *lines_out]
    if missing:
        lines.append(W.SLOT_NONE.format(what=what, weeks=_weeks(missing)))
    return Reply("schedule", True, 0.85, "\n".join(lines), regular)


# "..., right? not zoom": a tag asking to confirm, anywhere in the message.
_TAG = re.compile(r"\b(?:right|correct|yeah|isn'?t it|aren'?t they|yes or no)\s*\?")


_EITHER = frozenset({"or", "either"})


def _checks_a_guess(q: Query) -> bool:
    return q.asks_yes_no or _TAG.search(q.text) is not None


# Words of a place that say how a course is held rather than which platform.
_ONLINE = frozenset({"online", "remote", "remotely", "virtual", "virtually"})
_ON_SITE = frozenset({"inperson", "physical", "physically", "campus", "building", "room",
                      "classroom", "venue", "onsite"})
_NOT_A_GUESS = frozenset({"where", "location", "place", "held", "join", "attend", "happen",
                          "link", "platform", "happening"})


def answer_place_guess(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a yes/no question guesses where sessions are held ("q&a is on teams right?
    not zoom", "is the tutorial in person?"): Yes or No first, then where the page puts the
    sessions asked about. A guess the page contradicts is corrected, not ignored."""
    asked = q.kinds & _SESSIONS
    if not asked or not _checks_a_guess(q) or not (q.has("where") or set(q.words) & _ON_SITE):
        return None
    events = named_events(q, view, reader) or events_of(view, set(asked), q.staff)
    places = sorted({e.location for e in events if e.location})
    if not places:
        return None
    place_words = {w for p in places for w in re.findall(r"[a-z]+", p.lower())}
    online = view.schedule.course.mode == "online"
    words = set(q.words)
    guessed = (words & (q.cues.get("where", set()) | _ONLINE | _ON_SITE)) - _NOT_A_GUESS
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
