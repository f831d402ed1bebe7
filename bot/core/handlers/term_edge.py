"""The last session (of a kind) before a boundary of the term: the end of teaching, a break
between teaching weeks, or the exam ("the last live session before teaching stopped", "final
tutorial before the break", "last q&a before the exam"). The boundaries come from the
schedule: the last dated session, a gap between the weeks' starts, the exam's date (which the
page may not give)."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.lexicon import CUES
from bot.core.timefmt import format_day_date
from bot.core.understand import Query

_LAST = r"\b(?:last|final|latest|closing)\b"
_EDGE = re.compile(
    _LAST + r"[^.?!]{0,40}?\b(?:before|until|till|prior to)\s+(?:the\s+)?"
    r"(?:(?P<teach>(?:teaching|classes|lectures|sessions|term|course|module)\s+"
    r"(?:stopped|stops|ended|ends|finished|finishes|was over|is over|wrapped up|wound down|"
    r"ran out|closed)|end of (?:teaching|term|the term|classes|the course))"
    r"|(?P<brk>(?:break|holidays?|vacation|reading week|easter)\b)"
    r"|(?P<exam>exams?|finals?)\b)")
_WEEK = timedelta(days=7)
_SESSION_WORDS = frozenset({"session", "sessions", "class", "classes", "lesson", "lessons"})
_KINDS = ("lecture", "tutorial", "qa", "panel")


def answer_last_before_edge(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question asks for the last session before a boundary of the term."""
    m = _EDGE.search(q.text)
    if m is None:
        return None
    words = set(q.text[:m.end()].split())
    kinds = {k for k in _KINDS if words & (CUES[k] | q.cues.get(k, set()))}
    if not kinds and not words & (CUES["live"] | _SESSION_WORDS):
        return None  # ("the last thing before the exam": a deadline too, not this)
    kinds = with_qa_slots(kinds, view.schedule)  # (a panel in a Q&A's place)
    taught = [e for e in view.events if e.start is not None
              and e.kind not in ("deadline", "quiz")]
    sessions = [e for e in taught if not kinds or e.kind in kinds]
    if not sessions:
        return None
    end = max(e.start for e in taught)
    edge, note = W.EDGE_TEACHING_END, ""
    if m.group("brk"):
        gap = _first_gap(view)
        if gap is None:
            weeks = [w.number for w in view.schedule.weeks]
            note = W.EDGE_NO_BREAK.format(first=min(weeks), last=max(weeks))
        else:
            number, starts = gap
            edge = W.EDGE_BREAK.format(week=number, day=format_day_date(starts))
            bound = datetime.combine(starts, time(), view.tz)
            sessions = [e for e in sessions if e.start < bound]
    elif m.group("exam"):
        note = W.EDGE_EXAM_UNDATED
    before = sorted((e for e in sessions if e.start <= end), key=lambda e: (e.start, e.id))
    if not before:
        return None
    last = [e for e in before if e.start == before[-1].start]
    names = sorted({W.EVENT_KIND_NAMES.get(k, k) for k in kinds}) if kinds else [
        W.LIVE_SESSION_NAME]
    lines = [W.LAST_BEFORE_EDGE.format(kinds=" or ".join(names), edge=edge),
             *view.event_lines(last, reader)]
    if not m.group("brk"):
        later = sorted((e for e in view.events if e.start is not None and e.start > end
                        and e.kind == "deadline"), key=lambda e: (e.start, e.id))
        if later:
            lines += [W.EDGE_THEN_ONLY, *view.event_lines(later, reader)]
    if note:
        lines.append(note)
    return Reply("schedule", True, 0.85, "\n".join(lines), last)


def _first_gap(view: CourseView) -> tuple[int, date] | None:
    """(the week that starts after a gap, its first day): a break between teaching weeks."""
    weeks = sorted(view.schedule.weeks, key=lambda w: w.starts)
    for a, b in zip(weeks, weeks[1:], strict=False):
        if b.starts - a.starts > _WEEK:
            return b.number, b.starts
    return None

