"""Whether one of a kind was the last, and whether any more remain: "was the tutorial this
week the final one?", "any more q&as after yesterday's?", "is that it for panels now?".
Answered yes or no from the schedule, with what remains of the kind (or that none does and
the last one held), rather than a listing of the day named or of every one of the kind."""
from __future__ import annotations

import re
from datetime import datetime

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import by_start, week_end
from bot.core.understand import Query
from bot.schedule.kinds import EVENT_KINDS
from bot.schedule.model import Event

# "was <something> the last/final <kind or one>": a subject between the verb and "the last"
# ("is the last tutorial on tuesday" asks of the last one, not whether one is it).
_WAS_LAST = re.compile(r"\b(?:was|is|were|are)\b (?!the (?:last|final)\b)[^.?!]{1,40}?"
                       r"\bthe (?:last|final|very last)\b(?! (?:week|weeks|time|day|night|"
                       r"month|term|year)\b)")
_ANY_MORE = re.compile(r"\bany ?more\b(?! than)|\b(?:are|is) there (?:any )?more\b"
                       r"|\bis that it\b|\bthat(?:'s| is) it\b")


def answer_any_more(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a kind is asked of as a whole (no one item named) with "was ... the
    last" or "any more"."""
    was_last = q.asks_yes_no and bool(_WAS_LAST.search(q.text))
    if (not q.kinds or q.coursework or q.lectures or q.tutorials or q.staff
            or not (was_last or _ANY_MORE.search(q.text))):
        return None
    kinds = with_qa_slots(q.kinds, view.schedule)
    events = [e for e in view.events if e.kind in kinds]
    if not events:
        return None
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in EVENT_KINDS
                        if k in kinds and not (k == "panel" and "qa" in kinds))
    window = q.time.window
    # (after the one asked of when a time names it: "is next week's the last one")
    after = max(reader.now, window.end) if window is not None else reader.now
    left = [e for e in events if _still_to_come(e, view, after)]
    if left:
        since = W.AFTER_IT if window is not None and window.end > reader.now else ""
        head = W.REMAINING_HEADER.format(what_cap=what[0].upper() + what[1:], since=since,
                                         count=len(by_start(left)))
        text = "\n".join([f"{W.CONFIRM_NO} {head}" if was_last else head,
                          *view.event_lines(left, reader)])
        return Reply("schedule", True, 0.85, text, left)
    timed = sorted((e for e in events if e.start), key=lambda e: (e.start, e.id))
    last = [e for e in timed if e.start == timed[-1].start] if timed else []
    # (a day said read ahead, "was the one on tuesday the last": no later one was held)
    held_then = (not last or window is None or window.start > reader.now >= last[0].start
                 or window.start <= last[0].start < window.end)
    head = (W.WAS_THE_LAST if held_then else W.LAST_WAS_LATER) if was_last \
        else W.NO_SESSIONS_LEFT
    lines = [head.format(what=what)]
    if last and last[0].start > reader.now:
        lines += view.event_lines(last, reader)
    elif last:
        lines.append(W.LAST_WAS.format(line=view.event_lines(last, reader)[0].lstrip("• ")))
        lines += view.event_lines(last, reader)[1:]
    return Reply("schedule", True, 0.85, "\n".join(lines), last)


def _still_to_come(e: Event, view: CourseView, after: datetime) -> bool:
    """Timed: it starts after then; placed only in a week: that week has not ended."""
    if e.start is not None:
        return e.start >= after
    end = week_end(e, view)
    return end is None or end > after
