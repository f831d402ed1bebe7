"""What comes after (or before) a session named by the person who gives it: "straight after
bronstein's lecture", "the one before the tutorial with <tutor>". The person's sessions of the
kind said are the anchor when they share one slot; then the same rules as for a session named
by its topic (queries.next_to_named): "right after" is the next dated thing of any kind, a
kind said before the word is the next of that kind, else the next of the anchor's own kind."""
from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, join
from bot.core.handlers import Reply
from bot.core.lexicon import CUES
from bot.core.queries import (
    RIGHT_NEXT,
    clause_tail,
    dated_beside,
    events_of,
    neighbour,
    next_of_kind,
)
from bot.core.understand import Query
from bot.schedule.model import Event

_BESIDE = re.compile(r"\b(after|following|follows|before|preceding|precedes|prior to)\s+")
_ASKS = re.compile(r"\b(?:what|which|whats|what's|wat|wot|anything|comes?|happens?|next)\b")
_KINDS = ("lecture", "tutorial", "qa")


def _said(words: set[str], q: Query) -> set[str]:
    return {k for k in _KINDS if words & (CUES[k] | q.cues.get(k, set()))}


def _names_in(tail: str, staff: list[str]) -> bool:
    """Whether the words after "after" name one of these people ("bronstein's", "by li")."""
    return any(re.search(rf"\b{re.escape(name.lower())}", tail) for name in staff)


def person_anchor(q: Query, view: CourseView
                  ) -> tuple[str, list[Event], set[str], bool] | None:
    """(direction, the person's sessions in one slot, the kind said before the word, whether
    "straight/right" is said before it) when the question asks what is next to a session it
    names by who gives it; None otherwise."""
    if not q.staff or q.lectures or q.tutorials or q.coursework:
        return None
    m = _BESIDE.search(q.text)
    if m is None or not _ASKS.search(q.text[:m.start()]):
        return None
    tail = clause_tail(q.text, m.end())
    kinds = _said(set(tail.split()), q)
    if len(kinds) != 1 or not _names_in(tail, q.staff):
        return None
    given = [e for e in events_of(view, kinds, q.staff) if e.start is not None]
    if not given or len({e.start for e in given}) != 1:
        return None  # (several slots: which one is not said)
    direction = "after" if m.group(1) in ("after", "following", "follows") else "before"
    before = q.text[:m.start()].split()
    asked = _said(set(before[-3:]), q) - kinds
    right = RIGHT_NEXT.search(q.text[:m.start()]) is not None
    return direction, sorted(given, key=lambda e: e.id), asked, right


def answer_person_next_to(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    found = person_anchor(q, view)
    if found is None:
        return None
    direction, named, asked, right = found
    anchor = named[0]
    assert anchor.start is not None
    title = join([event_name(e) for e in named])
    if len(asked) == 1:
        beside = next_of_kind(view, anchor, next(iter(asked)), direction)
    elif right or anchor.kind not in ("lecture", "tutorial"):
        beside = dated_beside(view, named, direction)
    else:
        beside = neighbour(view, named[-1] if direction == "after" else anchor, direction)
    if not beside:
        template = W.NOTHING_DATED_AFTER if direction == "after" else W.NOTHING_DATED_BEFORE
        return Reply("schedule", True, 0.85, template.format(title=title), named)
    head = (W.AFTER_SESSION if direction == "after" else W.BEFORE_SESSION).format(title=title)
    lectures = [view.lecture_line(e, reader) for e in beside if e.kind == "lecture"]
    lines = lectures + view.event_lines([e for e in beside if e.kind != "lecture"], reader)
    return Reply("schedule", True, 0.9, "\n".join([head, *lines]), beside)

