"""How many of a kind are behind the asker and how many ahead ("how many q&as have we had
by now", "how many quizzes remain after today"): the count split at the message's now, with
the items of each side. Sessions sharing a slot count once; what the page places only in a
week (a recorded lecture, a quiz) is behind once its week is over, ahead before its week,
and this week's is said apart."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.handlers.aggregates import item_lines
from bot.core.queries import by_start, week_number_at
from bot.core.understand import Query
from bot.schedule.model import Event

_KINDS = ("lecture", "qa", "tutorial", "panel", "quiz", "deadline")
# What is behind the asker: "so far", "have we had", "already done", "to date", "passed".
_PAST_ASKED = re.compile(
    r"\bso far\b|\bto date\b|\b(?:until|till|up to|up till|by) now\b|\balready\b"
    r"|\b(?:have|'ve|ve|has)\s+(?:we |i |you |they |there )?(?:(?:already|actually|been) )?"
    r"(?:had|done|attended|watched|covered|finished|completed|gone|happened|been|passed|"
    r"taken|sat|submitted|handed)\b"
    r"|\b(?:gone by|behind (?:us|me)|(?:are|is|were) (?:over|done|past|gone)|passed|elapsed)\b")
# What is ahead: "left", "remain", "to go", "after today", "from now on".
_LEFT_ASKED = re.compile(r"\b(?:left|remain(?:s|ing)?|still|to go|yet to come|ahead|"
                         r"after today|from (?:now|today)(?: on)?|upcoming|coming up)\b")
_FROM_TODAY = re.compile(r"\b(?:from|after|beyond) today\b")
# Left to the whole-course count: a rate, this week said in or out, a place in the order.
_NOT_HERE = re.compile(r"\b(?:per|each|every) (?:week|wk|day)\b|\bweekly\b|\bhours?\b|"
                       r"\bthis weeks?\b|\bnext week\b|\bbefore\b|\bsince\b")


def _side(view: CourseView, e: Event, now: datetime) -> int:
    """-1 behind, 0 this week with no set time, 1 ahead."""
    if e.start is not None:
        return -1 if e.start <= now else 1
    week = view.schedule.week(e.week) if e.week is not None else None
    if week is None:
        return 1
    current = week_number_at(view, now)
    if week.number == current:
        return 0
    begins = datetime.combine(week.starts, datetime.min.time(), tzinfo=view.tz)
    return -1 if begins + timedelta(days=7) <= now else 1


def answer_count_by_now(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"How many tutorials have I had so far", "how many deadlines are left after today":
    the number behind and the number ahead at the message's now, each with its items. None
    unless a count of one kind is asked against now (not a total, a week or a person)."""
    if (not q.asks_count or q.staff or q.coursework or q.lectures or q.tutorials
            or q.subject_known or _NOT_HERE.search(q.text)):
        return None
    past = bool(_PAST_ASKED.search(q.text))
    left = bool(_LEFT_ASKED.search(q.text)) or q.asks_remaining
    window = q.time.window
    today = reader.now.astimezone(reader.tz).date()
    if window is not None and not (
            window.granularity == "now"  # "up to now"
            or window.granularity == "after" and window.start.date() <= today + timedelta(days=1)
            or window.granularity == "day" and window.start.date() == today
            and _FROM_TODAY.search(q.text)):
        return None  # "how many lectures in week 5", "... after reading week": the window's
    named = [k for k in _KINDS if k in q.kinds]
    if len(named) != 1 or not (past or left):
        return None
    if left and not past and named[0] in ("lecture", "deadline"):
        # (the whole-course count says this week's recorded lectures apart, and the
        # deadlines' own answer says which are left and which passed, with where to submit)
        return None
    kinds = with_qa_slots(named, view.schedule)
    events = [e for e in view.events if e.kind in kinds]
    if not events:
        return None
    sides: dict[int, list[Event]] = {-1: [], 0: [], 1: []}
    for e in events:
        sides[_side(view, e, reader.now)].append(e)
    if left and not past and not sides[1] and not sides[0]:
        return None  # none left at all: "still to come: 0" is the whole answer
    what, one = W.EVENT_KIND_NAMES[named[0]], W.KIND_SINGULAR[named[0]]
    counts = {side: len(by_start(those)) for side, those in sides.items()}
    total = sum(counts.values())
    now = view.instant(reader.now, reader)
    lines = [W.COUNT_BY_NOW.format(total=total, what=one if total == 1 else what, now=now,
                                   past=counts[-1], left=counts[1])]
    if counts[0]:
        lines.append(W.COUNT_THIS_WEEK.format(count=counts[0]))
    # ("how many are left": the ones to come listed, those behind counted in the lead)
    order = [1, 0] if left and not past else [-1, 0, 1]
    for side in order:
        if sides[side]:
            lines.append(W.COUNT_SIDE[side])
            lines += item_lines(sides[side], view, reader)
    shown = [e for side in order for e in sides[side]]
    return Reply("deadline" if named == ["deadline"] else "schedule", True, 0.85,
                 "\n".join(lines), shown)
