"""The words of a reminder, in the subscriber's zone (cards are built by the Teams layer)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.answer import Answer, AskContext
from bot.core.timefmt import elapsed, format_duration, format_instant, format_span
from bot.reminders.model import Reminder
from bot.reminders.planner import slot_siblings
from bot.schedule.model import Event, Schedule

Ask = Callable[[str, AskContext], Answer]


@dataclass(frozen=True)
class ReminderMessage:
    reminder: Reminder
    text: str
    event: Event | None = None
    time_left: str | None = None
    submit_via: str | None = None
    kind: str | None = None  # what "stop these" stops


def compose(r: Reminder, schedule: Schedule, tz: ZoneInfo, now: datetime,
            ask: Ask | None = None) -> ReminderMessage:
    course = schedule.tz
    if r.type == "digest":
        week = int(r.event_id.rsplit("W", 1)[1])
        info = schedule.week(week)
        span = f"{info.starts:%a %d %b}" if info else ""
        text = W.REMINDER_DIGEST.format(week=week, span=span)
        if ask is not None:
            context = AskContext(now, tz)
            parts = [ask(f"what's on in week {week}?", context).text,
                     ask(f"what should I read for week {week}?", context).text]
            text += "\n\n" + "\n\n".join(p for p in parts if p)
        return ReminderMessage(r, text, kind="digest")
    event = schedule.event(r.event_id)
    if event is None or event.start is None:
        return ReminderMessage(r, r.event_id)
    together = slot_siblings(schedule.events(), event)  # one reminder for a shared slot
    topics = ", ".join(e.topic for e in together if e.topic)
    ids = ", ".join(e.id for e in together)
    title = f"{event.title}: {topics} ({ids})" if topics else f"{event.title} ({ids})"
    left = format_duration(elapsed(now, event.start))
    if r.type == "changed":
        old = (r.details or {}).get("old_start")
        old_text = format_instant(old, tz, course) if isinstance(old, datetime) else "?"
        text = W.REMINDER_CHANGED.format(title=title, when=format_instant(event.start, tz,
                                                                            course),
                                         old=old_text)
        return ReminderMessage(r, text, event, left, kind=event.kind)
    verb = W.REMINDER_DUE_VERB if event.kind == "deadline" else W.REMINDER_START_VERB
    when = format_span(event.start, None if event.kind == "deadline" else event.end, tz,
                       course)
    text = W.REMINDER_EVENT.format(title=title, verb=verb, left=left, when=when)
    submit = None
    if event.kind == "deadline":
        submit = schedule.assessment.submission_via
        text += " " + W.REMINDER_SUBMIT.format(via=submit)
    if r.late:
        text += W.REMINDER_LATE
    return ReminderMessage(r, text, event, left, submit, event.kind)
