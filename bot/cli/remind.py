"""`python -m bot remind --preview` and `python -m bot calendar`: reminders and the feed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.cli.common import UsageError
from bot.config import Settings
from bot.core.timefmt import format_instant
from bot.reminders.model import Subscription
from bot.reminders.planner import Planner
from bot.reminders.policy import load_policy
from bot.reminders.store import ReminderStore
from bot.schedule.loader import load_schedule
from bot.storage.database import open_database

DEFAULT_SUBSCRIBER = "(a default subscriber)"


def parse_day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag}: {text!r} is not a date (YYYY-MM-DD)") from None


def preview(settings: Settings, start: date, end: date, user: str | None,
            out: TextIO) -> int:
    """Print every reminder due in [start, end) without sending; returns how many."""
    if end <= start:
        raise UsageError("--to must be after --from")
    schedule = load_schedule(settings.schedule_path)
    policy = load_policy(settings.reminders_path)
    course = schedule.tz
    lo = datetime.combine(start, time(), course)
    hi = datetime.combine(end, time(), course)
    subs: list[Subscription] = []
    path = settings.database_path
    if path is None or path.exists():
        db = open_database(settings.database_url, allow_fresh=settings.allow_fresh_database,
                           pool_size=2)
        try:
            subs = [s for s in ReminderStore(db).active() if not s.paused]
        finally:
            db.close()
    if user:
        subs = [s for s in subs if user in (s.subscriber, s.user_id, s.conversation_id)]
        if not subs:
            raise UsageError(f"--user: no active subscriber {user!r} in "
                             f"{path or settings.database_url}")
    if not subs:
        print(f"No subscribers in {path or 'the database'}: showing what someone who says "
              "\"remind me\" would get.", file=out)
        subs = [Subscription(DEFAULT_SUBSCRIBER, "", {}, policy.default_kinds,
                             lo - timedelta(days=365))]
    planner = Planner(schedule, policy)
    reminders = planner.window(subs, lo, hi)
    zones = {s.subscriber: ZoneInfo(s.time_zone) if s.time_zone else course for s in subs}
    events = planner.events
    for r in reminders:
        when = format_instant(r.due, zones[r.subscriber], course)
        what = r.event_id if r.type == "digest" else \
            f"{r.event_id} {events[r.event_id].title} ({r.label} before)"
        print(f"{when}  {r.subscriber}  {what}", file=out)
    print(f"{len(reminders)} reminders to {len(subs)} subscribers between {start} and {end} "
          f"(course time); nothing was sent.", file=out)
    return len(reminders)


def write_calendar(settings: Settings, output: Path | None, kinds: str | None,
                   out: TextIO, now: datetime) -> None:
    from bot.calendar.ics import KINDS, build_calendar, timed_events

    wanted = [k.strip() for k in (kinds or "").split(",") if k.strip()]
    unknown = [k for k in wanted if k not in KINDS]
    if unknown:
        raise UsageError(f"--kinds: unknown {', '.join(unknown)} (use {', '.join(KINDS)})")
    schedule = load_schedule(settings.schedule_path)
    body = build_calendar(schedule, timed_events(schedule, wanted or None),
                          load_policy(settings.reminders_path), now)
    if output is None:
        out.write(body.decode("utf-8"))
    else:
        output.write_bytes(body)
        print(f"wrote {output} ({body.count(b'BEGIN:VEVENT')} events)", file=out)
