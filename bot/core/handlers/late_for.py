"""Being late for a session, asked at a time ("am i late for the tutorial", "is it too late to
join the q&a", "running late to the lecture, has it started"): whether the one of that kind
nearest the moment is under way (when it started, when it ends), over, or still to start,
and then when the next one starts. Not a rule the page lacks (a late penalty is a deadline's,
asked of coursework)."""

from __future__ import annotations

from datetime import datetime

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.late_said import asks_late_for_session
from bot.core.queries import held_sessions
from bot.core.timefmt import format_clock
from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import Event


def answer_late_for(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question asks whether one is late for a kind of session it names."""
    if not asks_late_for_session(q):
        return None
    kinds = set(q.kinds.intersection(SESSION_KINDS))
    if q.tutorials:
        kinds.add("tutorial")
    kinds = with_qa_slots(kinds, view.schedule)  # (a panel held in the Q&A's slot)
    now = reader.now
    timed = [e for e in held_sessions(view) if e.kind in kinds
             and (not q.tutorials or e.kind != "tutorial" or e.id in q.tutorials)]
    on = [e for e in timed if e.start <= now < (e.end or e.start)]
    ahead = [e for e in timed if e.start > now]
    if on:
        first = on[0]
        minutes = int((now - first.start).total_seconds() // 60)
        head = W.LATE_UNDER_WAY.format(start=_at(first.start, reader),
                                       end=_at(first.end or first.start, reader),
                                       minutes=minutes)
        return _listing(head, _same(on, first), view, reader)
    today = [e for e in timed if e.start <= now
             and e.start.astimezone(reader.tz).date() == now.astimezone(reader.tz).date()]
    lines: list[str] = []
    shown: list[Event] = []
    if today:
        last = today[-1]
        lines.append(W.LATE_OVER.format(start=_at(last.start, reader),
                                        end=_at(last.end or last.start, reader)))
    if ahead:
        nxt = _same(ahead, ahead[0])
        head = W.LATE_NEXT if today else W.LATE_NOT_STARTED
        lines.append(head.format(line=view.event_lines(nxt, reader)[0].lstrip("• ")))
        shown = nxt
    elif not today:
        lines.append(W.LATE_NONE_LEFT)
    return Reply("schedule", True, 0.85, "\n".join(lines), shown)


def _same(events: list[Event], first: Event) -> list[Event]:
    return [e for e in events if e.start == first.start]


def _at(when: datetime, reader: Reader) -> str:
    return format_clock(when.astimezone(reader.tz))


def _listing(head: str, group: list[Event], view: CourseView, reader: Reader) -> Reply:
    lines = view.event_lines(group, reader)
    return Reply("schedule", True, 0.9, "\n".join([head, *lines]), group)
