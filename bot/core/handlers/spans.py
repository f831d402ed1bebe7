"""Spans and tallies over the timetable: the time between two things the page dates ("how
many days between the first and second deadlines", "how long from tomorrow's Q&A to the cw2
deadline") and the week with the most in it ("which week is the busiest")."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.queries import named_events, week_tally
from bot.core.text import number_value
from bot.core.timefmt import elapsed, format_duration
from bot.core.understand import Query
from bot.schedule.model import Event

# A span asked for between two things: "between X and Y", "from X to/until Y".
_BETWEEN = re.compile(r"\bbetween\b|\bfrom\b.+\b(?:to|until|till|til|and)\b|\bgap\b"
                      r"|\bseparat\w*\b|\bapart\b")
_SPAN_WORDS = frozenset({"long", "much", "many", "days", "weeks", "hours", "time", "gap",
                         "apart"})
# Ordinals naming tasks ("between the first and second coursework deadlines").
_ORDINAL = re.compile(r"\b(first|second|third|1st|2nd|3rd|last|final)\b")
_SESSION_KINDS = frozenset({"lecture", "qa", "tutorial", "panel"})


def answer_between(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The time between two dated things the question names, from the earlier to the later.
    None unless the question asks a span between two such things."""
    if not _BETWEEN.search(q.text) or not set(q.words) & _SPAN_WORDS:
        return None
    pair = _two_things(q, view, reader)
    if pair is None:
        return None
    first, second = sorted(pair, key=lambda e: (e.start, e.id))
    gap = format_duration(elapsed(first.start, second.start))
    head = W.SPAN_BETWEEN.format(gap=gap[0].upper() + gap[1:])
    return Reply("schedule", True, 0.9, "\n".join([head, *view.event_lines([first, second],
                                                                          reader)]),
                 [first, second])


def _two_things(q: Query, view: CourseView, reader: Reader) -> tuple[Event, Event] | None:
    deadlines = {e.id: e for e in view.events if e.kind == "deadline"}
    tasks = [c for c in q.coursework if c in deadlines]
    if len(tasks) < 2 and "deadline" in q.kinds | {"deadline" for _ in q.coursework}:
        # "the first and second coursework": tasks named by their order
        order = list(deadlines)
        for word in _ORDINAL.findall(q.text):
            at = len(order) if word in ("last", "final") else number_value(word)
            if at and 1 <= at <= len(order) and order[at - 1] not in tasks:
                tasks.append(order[at - 1])
    found = [deadlines[t] for t in tasks]
    kinds = q.kinds & _SESSION_KINDS
    if len(found) < 2 and kinds:
        # a session named beside the task: by its kind and time ("tomorrow's Q&A")
        session_q = dataclasses.replace(q, coursework=[], kinds=set(kinds))
        sessions = [e for e in named_events(session_q, view, reader, limit=1) if e.start]
        if not sessions and q.time.window is None:
            later = sorted((e for e in view.events if e.kind in kinds and e.start
                            and e.start > reader.now), key=lambda e: (e.start, e.id))
            sessions = later[:1]
        found += sessions[:1]
    found = [e for e in found if e.start is not None]
    if len(found) != 2 or found[0].start == found[1].start:
        return None
    return found[0], found[1]


# "which week is the busiest", "the most packed week": the week with the most on the page.
_BUSIEST = re.compile(r"\b(?:busiest|heaviest|hardest|hectic|intense|intensive|packed|"
                      r"most (?:busy|work|stuff|things|content|lectures|videos|vids|"
                      r"recordings|sessions|going on|to do|on))\b")


def answer_busiest_week(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The course week with the most lectures, sessions and deadlines, with what is in it.
    None unless the question asks which week has the most."""
    if not q.has("week_word") or not _BUSIEST.search(q.text) or q.time.window is not None:
        return None
    weeks = Counter(e.week for e in view.events if e.week is not None and e.kind != "quiz")
    if not weeks:
        return None
    top = max(weeks.values())
    busiest = sorted(w for w, n in weeks.items() if n == top)
    lines = [W.BUSIEST_WEEK.format(week=w, span=view.week_span(w), what=week_tally(view, w))
             for w in busiest]
    events = [e for e in view.events if e.week in busiest and e.kind != "quiz"]
    return Reply("schedule", True, 0.85, "\n".join(lines), events)
