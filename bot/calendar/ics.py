"""Build the course's iCalendar (RFC 5545) from the schedule, with icalendar.

Every timed event becomes a VEVENT with a stable UID, so a calendar client updates it in
place when the schedule changes. Alarms mirror the reminder policy's default offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar
from icalendar import Event as IcsEvent

from bot.core import wording as W
from bot.reminders.policy import ReminderPolicy
from bot.schedule.kinds import EVENT_KINDS
from bot.schedule.model import Event, Schedule

KINDS = EVENT_KINDS


def _label(kind: str) -> str:
    """"Q&A", "Tutorial": the kind as a calendar category."""
    name = W.KIND_SINGULAR[kind]
    return name[0].upper() + name[1:]


def event_uid(schedule: Schedule, e: Event) -> str:
    code = re.sub(r"[^a-z0-9]+", "-", schedule.course.code.lower()).strip("-")
    return f"{e.id.lower()}.{code}@course-assistant"


def timed_events(schedule: Schedule, kinds: Iterable[str] | None = None) -> list[Event]:
    wanted = set(kinds) if kinds else set(KINDS)
    return [e for e in schedule.events() if e.start is not None and e.kind in wanted]


def build_calendar(schedule: Schedule, events: list[Event], policy: ReminderPolicy | None,
                   stamp: datetime, name: str | None = None) -> bytes:
    course = schedule.course
    cal = Calendar()
    cal.add("prodid", f"-//course-assistant-bot//{course.code}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name or f"{course.code} {course.title}")
    cal.add("x-wr-timezone", course.timezone)
    for e in events:
        cal.add_component(_vevent(schedule, e, policy, stamp))
    # A VTIMEZONE from the zone's rules, covering the course (not 1970-2038: keeps it short).
    days = [e.start.date() for e in events if e.start] or [stamp.date()]
    cal.add_missing_timezones(first_date=date(min(days).year - 1, 1, 1),
                              last_date=date(max(days).year + 1, 12, 31))
    return cal.to_ical()


def _vevent(schedule: Schedule, e: Event, policy: ReminderPolicy | None,
            stamp: datetime) -> IcsEvent:
    assert e.start is not None
    v = IcsEvent()
    v.add("uid", event_uid(schedule, e))
    v.add("dtstamp", stamp)
    v.add("dtstart", e.start.astimezone(schedule.tz))
    if e.end is not None and e.kind != "deadline":
        v.add("dtend", e.end.astimezone(schedule.tz))
    title = f"{e.id}: {e.title}" + (f" ({e.topic})" if e.topic else "")
    v.add("summary", f"{schedule.course.code} {title}")
    v.add("categories", [_label(e.kind)])
    if e.location:
        v.add("location", e.location)
    v.add("description", _description(schedule, e))
    v.add("transp", "TRANSPARENT" if e.kind == "deadline" else "OPAQUE")
    if policy is not None:
        for offset in policy.offsets_for(e.kind):
            v.add_component(_alarm(title, offset))
    return v


def _alarm(title: str, offset: timedelta) -> Alarm:
    a = Alarm()
    a.add("action", "DISPLAY")
    a.add("description", title)
    a.add("trigger", -offset)
    return a


def _description(schedule: Schedule, e: Event) -> str:
    lines = [f"{_label(e.kind)}, week {e.week}" if e.week else _label(e.kind)]
    if e.topic:
        lines.append(f"Topic: {e.topic}")
    if e.staff:
        role = "Assessed by" if e.kind == "deadline" else "Staff"
        lines.append(f"{role}: {', '.join(e.staff)}")
    if e.kind == "deadline":
        a = schedule.assessment
        lines.append(f"Submit on {a.submission_via}: {a.submission_contents}")
    if e.location:
        lines.append(f"Where: {e.location}")
    if e.uncertain:
        lines.append(f"Note: {e.uncertain}")
    lines.append(f"{schedule.course.code} {schedule.course.title}")
    return "\n".join(lines)
