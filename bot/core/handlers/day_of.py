"""A session named by the day of another one, that day said by who gives the other: "the
tutorial on the bronstein day", "the q&a on bronstein's day", "the tut on the day of
bronstein's lecture". The kind said before the day is the one asked about; the day is the one
the person's sessions (of the kind said after the name, if any) fall on; the sessions of the
asked kind that day answer it, a guess that it is off ("... is cancelled, true?") is answered
"No" while the page still lists it."""
from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.lexicon import CUES
from bot.core.queries import denies, events_of
from bot.core.timefmt import format_day
from bot.core.understand import Query

_KINDS = ("lecture", "tutorial", "qa")
# What may stand between the kind asked and the day: "on", "that", "the" ("the tut on that
# bronstein day"), and between "day" and the name ("the day of the", "same day as").
_LINK_WORDS = frozenset({"on", "that", "for", "of", "the", "this", "same", "day", "as",
                         "with", "at"})


def _kind_of(word: str, q: Query) -> str | None:
    return next((k for k in _KINDS if word in CUES[k] | q.cues.get(k, set())), None)


def _day_named(q: Query) -> tuple[str, str, str | None] | None:
    """(the kind asked, the person, the kind said right after the name) when the question
    names a session by the day of that person's; None otherwise."""
    for person in q.staff:
        m = re.search(rf"\b{re.escape(person.lower())}(?:'?s\b| s\b)?", q.text)
        if m is None:
            continue
        before, after = q.text[:m.start()].split(), q.text[m.end():].split()
        i, day = len(before), bool(after) and after[0] == "day"
        while i and before[i - 1] in _LINK_WORDS:
            day = day or before[i - 1] == "day"
            i -= 1
        asked = _kind_of(before[i - 1], q) if i else None
        if not day or asked is None:
            continue
        return asked, person, _kind_of(after[0], q) if after else None
    return None


def day_person(q: Query) -> str | None:
    """The person whose day names a session ("the tut on bronstein's day"): who gives the
    session asked about is not said of them."""
    found = _day_named(q)
    return found[1] if found else None


def answer_day_of_person(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    if q.lectures or q.tutorials or q.coursework or q.time.window is not None:
        return None
    found = _day_named(q)
    if found is None:
        return None
    asked, person, anchor_kind = found
    theirs = [e for e in events_of(view, {anchor_kind} if anchor_kind else set(_KINDS),
                                    [person]) if e.start is not None]
    days = {e.start.astimezone(view.tz).date() for e in theirs}  # type: ignore[union-attr]
    if len(days) != 1 or (anchor_kind is None and asked in {e.kind for e in theirs}):
        return None  # (several days: which is not said; their own session of that kind)
    day = days.pop()
    kinds = with_qa_slots({asked}, view.schedule)
    held = sorted((e for e in events_of(view, kinds, []) if e.start is not None
                   and e.start.astimezone(view.tz).date() == day and e not in theirs),
                  key=lambda e: (e.start, e.id))
    what = W.KIND_SINGULAR[asked]
    when = format_day(theirs[0].start.astimezone(reader.tz))  # type: ignore[union-attr]
    if not held:
        return Reply("schedule", True, 0.85, W.DAY_OF_NONE.format(
            kind=what, person=person, day=when), theirs)
    lead = (W.DAY_OF_LISTED if not q.asks_yes_no
            else W.DAY_OF_STILL_LISTED if denies(q) else W.DAY_OF_YES)
    return Reply("schedule", True, 0.9, "\n".join(
        [lead.format(kind=what, person=person, day=when), *view.event_lines(held, reader)]), held)
