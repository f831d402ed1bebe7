"""Questions over the whole course, whichever kind of fact the part was read as: whether a
kind of session is held every week ("do we have a q&a every week?": Yes, or No with the
weeks that have none), and the course's first or last of a kind ("the final lecture")."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import in_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import events_of, first_or_last, weeks_held
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
