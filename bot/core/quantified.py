"""A yes/no claim about every session or deadline of a kind ("is <person> at every Q&A?",
"does <person> run all the tutorials", "are all the Q&As at 10", "is every deadline at 7pm"):
checked against each one of that kind, not against one of them. Yes when every one that can
be checked holds it; else No, with the ones that do not (and those the page gives no time
for, which cannot be checked, said as such)."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.premises import Premises, failed, premises_of
from bot.core.understand import Query
from bot.schedule.model import Event

# A quantifier over the things of a kind ("every", "all (of) the", "each", "always").
_ALL = re.compile(r"\b(?:every|each|all|always)\b")
# A quantifier over the things themselves, not "always" (which asks of the usual slot).
_EVERY_ONE = re.compile(r"\b(?:every|each|all)\b")
# A quantifier over time, not over the kind ("every week", "each tuesday", "all term"): the
# every-week answer's (course_wide.answer_every_week), and "all of it"/"all day" say nothing.
_OVER_TIME = re.compile(
    r"\b(?:every|each|all)(?: single| the| of the)? (?:weeks?|days?|time|term|semester|"
    r"weekend|morning|afternoon|evening|night|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"[a-z]*\b|\ball (?:of )?(?:it|that|this|those|these)\b|\ball (?:set|good|done|right|ok)\b")
_DAYS = re.compile(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)s\b")
# The kinds a claim may be about every one of.
_KINDS = frozenset({"qa", "tutorial", "deadline", "lecture", "quiz"})


def _quantified(q: Query) -> bool:
    return bool(_ALL.search(_OVER_TIME.sub(" ", q.text)))


def _claim(p: Premises) -> str | None:
    if p.staff:
        return W.ALL_CLAIM_WITH.format(person=p.staff[0])
    if p.hours:
        hour = min(p.hours, key=lambda h: (h < 8, h))  # ("at 10": 10:00 meant, not 22:00)
        return W.ALL_CLAIM_AT.format(hour=f"{hour:02d}:{p.minute:02d}")
    if p.weekday is not None:
        return W.ALL_CLAIM_ON.format(day=W.WEEKDAY_NAMES[p.weekday])
    if p.part is not None:
        return W.ALL_CLAIM_PART.format(part=p.part[0])
    return None


def sessions_of(events: list[Event]) -> list[list[Event]]:
    """The events grouped as the sessions they make (tutorials held in one slot are one)."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        key = (e.kind, e.start) if e.start is not None else (e.kind, e.id)
        groups.setdefault(key, []).append(e)
    return list(groups.values())


def answer_every_one(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a yes/no question says every/all of one kind it names (no id) and a
    premise (a person, a clock time, a weekday, a part of the day) to hold of each."""
    kinds = set(q.kinds)
    if (not q.asks_yes_no or len(kinds) != 1 or not kinds <= _KINDS or q.coursework
            or q.tutorials or q.lectures or not _quantified(q)):
        return None
    if not _EVERY_ONE.search(q.text) and kinds & {sl.kind for sl in view.schedule.course.timetable}:
        # "is the q&a always tuesday at 10?": the usual slot asked, answered with the
        # timetable's slot and the weeks that differ (logistics' usual-slot answer)
        return None
    # (the quantifier taken out: premises_of reads "every"/"each" as over the weeks)
    # and "on tuesdays" said of every one is the weekday each falls on
    text = _DAYS.sub(r"\1", _ALL.sub(" ", _OVER_TIME.sub(" ", q.text)))
    p = dataclasses.replace(premises_of(q, text, q.raw, view, reader), day=None)
    claim = _claim(p)
    if claim is None:
        return None
    # one premise at a time: the one the claim names first
    p = Premises(staff=p.staff[:1]) if p.staff else dataclasses.replace(p, staff=())
    allowed = with_qa_slots(kinds, view.schedule)
    of_kind = [e for e in view.events if e.kind in allowed]
    if not of_kind:
        return None
    holds, fails, unknown = [], [], []
    for session in sessions_of(of_kind):
        verdict = failed(p, session, reader, session)
        (holds if verdict is True else fails if isinstance(verdict, str) else unknown).append(
            session)
    if not holds and not fails:
        return None
    kind = next(iter(kinds))
    name = W.KIND_NAMES.get(kind, kind)
    checked = len(holds) + len(fails)
    if fails:
        lead = W.NOT_ALL_HOLD.format(count=len(holds), total=checked, kinds=name, claim=claim,
                                     verb="is" if len(holds) == 1 else "are")
        shown = [e for s in fails for e in s]
    else:
        lead = W.ALL_HOLD.format(count=checked, kinds=name, claim=claim)
        shown = [e for s in holds for e in s]
    lines = [lead, *view.event_lines(_ordered(shown), reader)]
    untimed = [e for s in unknown for e in s]
    if untimed:
        lines += [W.ALL_UNTIMED, *view.event_lines(untimed, reader)]
    return Reply("schedule", True, 0.85, "\n".join(lines), [*shown, *untimed])


def _ordered(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.start is not None, e.start or 0, e.week or 0, e.id))
