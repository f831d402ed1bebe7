"""How long a session asked about lasts and when it ends, answered from its start and end:
"how long is the tutorial tomorrow", "when does the q&a finish", "will i be out by 4",
"is the panel an hour". The listing of the sessions follows; this is the line before it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core import wording as W
from bot.core.countdown import countdown_unit
from bot.core.course import Reader
from bot.core.course_parts import end_given, event_name, next_start
from bot.core.timefmt import format_day, format_duration, zone_abbrev
from bot.core.understand import END_ASKED
from bot.core.when import hour_of_day
from bot.schedule.model import Event, Schedule

# A length asked: "how long is/are/will ...", not the time until something ("how long until",
# "how long is it till", "how long do i have left").
_HOW_LONG = re.compile(r"\bhow long (?:is|are|will|does|do|was|were)\b(?:(?! until| till| til|"
                       r" left| before| after| between| from| ago| away| have| got| to go)"
                       # (to the end of its sentence: a plan may follow, "...? i have
                       # something booked after")
                       r"[^.?!]){0,50}(?:[.?!]|$)|\bhow many (?:hours|hrs|minutes|mins)\b"
                       # (not the hours of a week: "how many hours a week of live sessions")
                       r"(?![^.?!]*\b(?:(?:a|per|each|every|in a|this|next) week|weekly|total))"
                       r"|\b(?:duration|length)\b")
# A clock time the session should be over by: "out by 4", "done before 1pm", "finish by 12:30".
_BY = re.compile(r"\b(?:out|over|done|finished|finish|end|ends|free|back|off)\b[^.?!]{0,30}?"
                 r"\b(?:by|before)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b")
# A length guessed: "is the q&a an hour", "are tutorials two hours long", "is it 90 minutes".
_GUESS = re.compile(r"\b(an?|one|two|three|1|2|3|half an?|an? half|\d{2,3})\s*"
                    r"(hours?|hrs?|minutes?|mins?)\b(?: long)?(?:\s+(?:long|each|session|"
                    r"or so|right|too))?\s*\W*$")
# A time from now ends the question: "is it still on in 10 min", "is it on within the hour",
# "is it on in half an hour": when it is asked about, never how long it lasts.
_FROM_NOW = re.compile(r"\b(?:in|within|after|another)\s*$")
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}


def asks_length(text: str) -> bool:
    """Whether a (normalised) question asks how long something lasts, or guesses it."""
    # ("how many hours till the q&a": the time left until it, not its length)
    return bool(_HOW_LONG.search(text) or _guessed_minutes(text)) and not countdown_unit(text)


def asks_end(text: str, raw: str = "") -> bool:
    """Whether a question asks when something ends, or whether it is over by a time (read in
    the raw message: normalising drops a clock time such as "1pm")."""
    return bool(END_ASKED.search(text) or _BY.search(raw.lower() or text))


def _guessed_minutes(text: str) -> int | None:
    m = _GUESS.search(text)
    if (m is None or _FROM_NOW.search(text[:m.start()])
            or not re.match(r"\s*(?:is|are|will|was|does|do)\b", text)):
        return None
    count, unit = m.group(1), m.group(2)
    if count.startswith("half"):
        return 30
    if count.endswith("half"):
        return 90
    n = _COUNT.get(count) or int(count) if count.isdigit() or count in _COUNT else None
    if n is None:
        return None
    return n * 60 if unit.startswith("h") else n


def guessed_verdict(text: str, minutes: int) -> str:
    """"Yes" or "No" to a length guessed ("is the q&a an hour"), or "" when none is guessed."""
    guess = _guessed_minutes(text)
    if guess is None:
        return ""
    return W.CONFIRM_YES if guess == minutes else W.CONFIRM_NO


def length_lead(text: str, raw: str, events: list[Event], reader: Reader,
                named: bool, schedule: Schedule | None = None) -> str | None:
    """The line that answers a length or an end asked of the timed sessions listed, or None
    when none is asked or none of them has an end. A length or an end is of a session only
    when one is `named` (a kind or an id: "when does week 6 end" is the week's); being out
    by a time is of whatever the asker has on."""
    timed = [e for e in events if e.kind != "deadline" and e.start and e.end]
    by = _BY.search(raw.lower())
    if not timed or not (by or (named and (asks_length(text) or END_ASKED.search(text)))):
        return None
    slots: dict[tuple[datetime, datetime], list[Event]] = {}
    for e in timed:
        slots.setdefault((e.start, e.end), []).append(e)
    if by is not None:
        # out by then when the last of them is over
        start, end = max(slots, key=lambda s: s[1])
        group = slots[(start, end)]
        if schedule is not None and not any(end_given(e, schedule) for e in group):
            return start_only_line(group, reader, schedule)
        return _by_line(by, start, end, group, reader)
    lines = [start_only_line(group, reader, schedule)
             if schedule is not None and not any(end_given(e, schedule) for e in group)
             else _slot_line(text, start, end, group, reader)
             for (start, end), group in list(slots.items())[:3]]
    return "\n".join(lines)


# "until when is it", "how late does it go": the end asked in other words.
_UNTIL_WHEN = re.compile(r"\b(?:until|till|til) when\b|\bhow late\b")


def length_asked(text: str, raw: str = "") -> bool:
    """Whether a (normalised) question asks how long something lasts or when it ends."""
    return asks_length(text) or asks_end(text, raw) or bool(_UNTIL_WHEN.search(text))


def start_only_sessions(q_text: str, raw: str, named: list[Event], schedule: Schedule
                        ) -> list[Event]:
    """The sessions named whose length or end is asked and whose end the page does not give
    (only their start): all of them, or none when any named has an end or none is asked."""
    timed = [e for e in named if e.kind != "deadline" and e.start is not None]
    if not timed or not length_asked(q_text, raw) or any(end_given(e, schedule) for e in timed):
        return []
    first = min(timed, key=lambda e: e.start)  # type: ignore[arg-type,return-value]
    return [e for e in timed if e.start == first.start]


def start_only(events: list[Event], schedule: Schedule) -> bool:
    """Whether a session listed has only its start on the page (its end a guess)."""
    return any(e.kind != "deadline" and e.start is not None and not end_given(e, schedule)
               for e in events)


def start_only_line(group: list[Event], reader: Reader, schedule: Schedule) -> str:
    """A session whose end the page does not give: its start, and the next session's start
    that day when there is one (it must be over by then, or overlap it), never an end."""
    a = group[0].start.astimezone(reader.tz)  # type: ignore[union-attr]
    line = W.SESSION_START_ONLY.format(what=_what(group), day=format_day(a),
                                       start=f"{a:%H:%M}", zone=zone_abbrev(a))
    after = next_start(group[0], schedule)
    if after is not None and after.start is not None:
        b = after.start.astimezone(reader.tz)
        line += " " + W.SESSION_NEXT_STARTS.format(what=_what([after]), start=f"{b:%H:%M}",
                                                   zone=zone_abbrev(b))
    return line


def _what(group: list[Event]) -> str:
    """A lecture by its number and title, other sessions by their kind ("Q&A", "panel")."""
    names = list(dict.fromkeys(event_name(e)[:1].lower() + event_name(e)[1:]
                               if e.kind == "lecture"
                               else W.KIND_SINGULAR.get(e.kind, e.kind) for e in group))
    return " and ".join(names)


def _facts(start: datetime, end: datetime, group: list[Event], reader: Reader) -> dict[str, str]:
    """What the session lines say of a slot, in the asker's zone."""
    a, b = start.astimezone(reader.tz), end.astimezone(reader.tz)
    return dict(what=_what(group), day=format_day(a), start=f"{a:%H:%M}", end=f"{b:%H:%M}",
                zone=zone_abbrev(b), length=format_duration(end - start))


def _slot_line(text: str, start: datetime, end: datetime, group: list[Event],
               reader: Reader) -> str:
    minutes = int((end - start).total_seconds() // 60)
    facts = _facts(start, end, group, reader)
    verdict = guessed_verdict(text, minutes)
    if verdict:
        runs = W.SESSION_RUNS.format(**facts)
        return f"{verdict} {runs[:1].lower()}{runs[1:]}"
    return (W.SESSION_ENDS if asks_end(text) else W.SESSION_RUNS).format(**facts)


def _by_line(by: re.Match[str], start: datetime, end: datetime, group: list[Event],
             reader: Reader) -> str:
    """Yes or no to "out by 4": an hour without am or pm is the one after the session
    starts (a 10:00 tutorial "out by 1" is 13:00)."""
    a, b = start.astimezone(reader.tz), end.astimezone(reader.tz)
    hour, minute = int(by.group(1)), int(by.group(2) or 0)
    if hour > 23 or minute > 59:
        return W.SESSION_ENDS.format(**_facts(start, end, group, reader))
    if by.group(3):
        hour = hour_of_day(hour, by.group(3))
    elif hour < 12 and (hour, minute) <= (a.hour, a.minute):
        hour += 12
    limit = b.replace(hour=hour, minute=minute)
    if limit < a:
        limit += timedelta(days=1)
    template = W.OUT_BY_YES if b <= limit else W.OUT_BY_NO
    return template.format(what=_what(group), day=format_day(a), end=f"{b:%H:%M}",
                           zone=zone_abbrev(b), by=f"{limit:%H:%M}")
