"""A student in a session's call who finds nobody there ("sat in the tutorial link, it's
empty, wrong day?", "no one's in the q&a, isn't it today?"): whether that kind of session is
on today at the sending time (on now, later, or over already) and, when not, the next one;
a course week without that kind is said to be one. Never the weekly slot restated as if it
were on."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import events_of
from bot.core.understand import Query
from bot.schedule.model import Event

# The call or room is empty, or the writer doubts the day ("wrong day?", "is it not today").
_EMPTY = re.compile(
    r"\b(?:nobody|no ?one|no-one|noone|no body|not a soul)(?:'?s| is| has)?"
    r"(?: else)? (?:here|there|in (?:it|the|yet)|joined|showed|shown|turned up|around|online)\b"
    r"|\b(?:nobody|no ?one|noone)(?:'?s)?(?: here| there)?\s*(?:[?!.,]|$)"
    r"|\b(?:no host|no tutor|no ta|no staff) (?:here|there|in|yet)\b"
    r"|\b(?:it'?s|its|the (?:call|meeting|room|channel|link) is|totally|completely) empty\b"
    r"|\bonly (?:one|person) (?:here|there|in)\b|\bam i alone\b")
# A doubt about the day or the start, which is this report only when said from the call
# ("did i put the wrong week for the tutorial in my calendar" is not).
_DOUBTED = re.compile(
    r"\bwrong (?:day|date|week|link|call|room)\b"
    r"|\b(?:is|was) it not (?:on )?today\b|\bisn'?t it (?:on )?today\b"
    r"|\bhas(?:n'?t| not) (?:it )?started\b|\bnot started yet\b")
# ... said from inside the session's call or room ("i'm in the call", "sitting in teams",
# "joined the link"), or of the session itself ("the tutorial is empty").
_THERE = re.compile(
    r"\b(?:i'?m|i am|im|we'?re|we are|sitting|waiting|been waiting|joined|here|logged in|"
    r"in)\b[^.?!]{0,40}\b(?:call|meeting|room|channel|link|teams|zoom|session|lobby|here)\b"
    r"|\b(?:i'?m|i am|im|we'?re|sitting|waiting) (?:in|on|at) (?:the )?(?:q&a|qa|tutorial|tut|"
    r"panel|lecture|class)\b"
    r"|\bon the (?:[\w&]+ )?(?:call|meeting|link)\b")
# What a session runs for when the page gives only its start
_ASSUMED_LENGTH = timedelta(hours=1)
_SESSION_KINDS = frozenset({"qa", "tutorial", "panel", "lecture"})


def reports_nobody_there(q: Query) -> bool:
    """The writer says they are at a session and find nobody, or doubt its day."""
    raw = q.raw.lower()
    there = _THERE.search(raw)
    return bool(_EMPTY.search(raw) and (there or q.kinds & _SESSION_KINDS)
                or _DOUBTED.search(raw) and there)


def answer_nobody_there(q: Query, candidates: list[Event], view: CourseView,
                        reader: Reader) -> Reply | None:
    """Whether the kind of session named is on today at the sending time, and the next one
    when not; None unless such a report."""
    kinds = q.kinds & _SESSION_KINDS
    if not kinds or q.time.window is not None and q.time.window.granularity not in (
            "day", "now") or not reports_nobody_there(q):
        return None
    held = with_qa_slots(kinds, view.schedule)  # (a panel in the Q&A slot is that week's)
    timed = sorted((e for e in candidates if e.start and e.kind in held),
                   key=lambda e: (e.start, e.id))
    if not timed:
        return None
    now = reader.now
    today = now.astimezone(reader.tz).date()
    what = " / ".join(W.KIND_SINGULAR.get(k, k) for k in sorted(kinds))
    on_day = [e for e in timed if e.start.astimezone(reader.tz).date() == today]
    running = [e for e in on_day if e.start <= now < (e.end or e.start + _ASSUMED_LENGTH)]
    later = [e for e in on_day if e.start > now]
    over = [e for e in on_day if (e.end or e.start) <= now]
    upcoming = [e for e in timed if e.start > now]
    lines: list[str]
    shown: list[Event]
    if running:
        lines = [W.NOBODY_RUNNING.format(what=what), *view.event_lines(running, reader)]
        return Reply("schedule", True, 0.85, "\n".join(lines), running)
    if later:
        first = [e for e in later if e.start == later[0].start]
        lines = [W.NOBODY_LATER.format(what=what), *view.event_lines(first, reader)]
        return Reply("schedule", True, 0.85, "\n".join(lines), first)
    if over:
        lines = [W.NOBODY_OVER.format(what=what), *view.event_lines(over, reader)]
        shown = list(over)
    else:
        lines = [W.NOBODY_NONE_TODAY.format(what=what, day=f"{today:%a} {today.day} "
                                                            f"{today:%b %Y}")]
        shown = []
        week = next((w for w in view.schedule.weeks
                     if w.starts <= today < w.starts + timedelta(days=7)), None)
        if week is not None and not any(e.week == week.number for e in timed):
            # (a week the page holds none of them in: said, with the page's note on it)
            lines.append(W.NOBODY_NONE_THIS_WEEK.format(
                what=what, week=week.number,
                note=f" ({week.note.rstrip('.')})" if week.note else ""))
    untimed = [e for e in candidates if e.start is None and e.kind in held
               and (slot := view.slot_start(e)) is not None and slot.date() > today
               and (not upcoming or slot < upcoming[0].start)]
    if untimed:
        # (a session listed in its week with no time: the next one, in its timetable slot)
        listed = view.event_lines(untimed[:1], reader)
        lines += [W.NEXT_AFTER_GAP.format(line=listed[0].lstrip("• ")), *listed[1:]]
        return Reply("schedule", True, 0.85, "\n".join(lines), shown)
    if upcoming:
        group = [e for e in upcoming if e.start == upcoming[0].start]
        lines.append(W.NEXT_AFTER_GAP.format(line=view.event_lines(group, reader)[0]
                                             .lstrip("• ")))
        shown += group
    else:
        lines.append(W.NOBODY_NONE_LEFT.format(what=what))
    return Reply("schedule", True, 0.85, "\n".join(lines), shown)


def nobody_there_reply(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """`answer_nobody_there` over the course's sessions of the kinds named, whatever intent
    the message was read as (an empty call reads like a complaint or one's own matter)."""
    kinds = with_qa_slots(q.kinds & _SESSION_KINDS, view.schedule)
    return answer_nobody_there(q, events_of(view, kinds, q.staff), view, reader)
