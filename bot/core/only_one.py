"""A premise that one thing is the only one of its kind ("so the only quiz is week 3's?",
"just the one panel?", "is that the only tutorial?"): checked against how many of that
kind the page lists over the whole course, not against the one named. Yes when it is the
only one; else No with every one of them, so the asker sees what the "only" missed."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.quantified import sessions_of
from bot.core.text import tokens
from bot.core.understand import Query
from bot.schedule.model import Event

# "the only", "only one", "just (the) one", "one and only", "the sole/single": a claim of
# uniqueness; what follows it must be the kind asked ("the only quiz") or nothing more
# ("is week 3's the only one?"). "only the q&a tomorrow" (what else is on) has no marker.
_MARKER = re.compile(r"\b(?:the (?:only|sole|single)|only (?:one|1)|just (?:the )?(?:one|1)|"
                     r"one and only)\b(?P<rest>[^.?!,;]{0,40})")
# Words after "the only one" that add nothing to it ("the only one then?", "the only one, ok").
_TRAIL = frozenset({"one", "then", "right", "yeah", "yes", "ok", "okay", "too", "is", "it",
                    "there", "of", "them", "those", "that", "this"})
# A word right after the kind that bounds the "only" to a time ("the only deadline in march",
# "the only tutorial left", "the only q&a this week"): a claim about that time, not the course.
_BOUNDED = frozenset({"left", "remaining", "still", "in", "on", "this", "next", "during",
                      "before", "after", "for", "by", "until", "till", "today", "tomorrow",
                      "tonight", "at", "between", "from", "of"})
_ASKS_WH = re.compile(r"^(?:\W*\w+\W+)?(?:when|what|whats|where|who|whos|which|how|why)\b")
# Kinds counted: a count of one kind is what the page lists (sessions held together as one).
_KINDS = frozenset({"qa", "tutorial", "lecture", "quiz", "panel", "deadline"})


def _claims_only(q: Query) -> bool:
    """Whether the text says one of the kind asked is the only one of it (over the course:
    "the only quiz in march", "the only tutorial left" bound it to a time, not checked here)."""
    if _ASKS_WH.match(q.text):
        return False  # ("when is the only panel?": asks when, the premise is not in doubt)
    kind = next(iter(q.kinds))
    cues = q.cues.get(kind, set())
    for m in _MARKER.finditer(q.text):
        rest = tokens(m.group("rest"))[:3]
        at = 0 if rest and rest[0] in cues else 1 if len(rest) > 1 and rest[1] in cues else None
        if at is not None:
            return not set(rest[at + 1:at + 2]) & _BOUNDED
        if m.group(0).split()[-1] in ("one", "1") and set(rest[:1]) <= _TRAIL:
            return True  # "is it the only one?", "just the one?"
    return False


def _named(q: Query, of_kind: list[Event], view: CourseView) -> list[Event]:
    """The ones of the kind the question places (its window, its week): [] when none."""
    window = q.time.window
    if window is None:
        return []
    return [e for e in of_kind if (e.start is not None and window.start <= e.start < window.end)
            or (e.start is None and window.holds_week(e.week))]


def answer_only_one(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a question or statement about one kind claims the one it names is the only one;
    then Yes (it is) or No with all of that kind the page lists."""
    if (len(q.kinds) != 1 or not set(q.kinds) <= _KINDS
            or q.staff or not _claims_only(q)):
        return None
    kind = next(iter(q.kinds))
    of_kind = [e for e in view.events if e.kind == kind]
    if not of_kind:
        return None
    named = _named(q, of_kind, view)
    if q.time.window is not None and not named:
        return None  # (the week said has none: the schedule's own "nothing" answer)
    total = len(sessions_of(of_kind))
    ordered = sorted(of_kind, key=lambda e: (e.week or 0, e.start is not None, e.start or 0,
                                             e.id))
    if total == 1:
        lead = W.ONLY_ONE_YES.format(kind=W.KIND_SINGULAR.get(kind, kind))
    else:
        lead = W.ONLY_ONE_NO.format(count=total, kinds=W.EVENT_KIND_NAMES.get(kind, kind))
    return Reply("schedule", True, 0.85, "\n".join([lead, *view.event_lines(ordered, reader)]),
                 ordered)
