"""The pure planner: (schedule, subscriptions, policy, ledger, now) -> the reminders due.

No I/O and no clock: callers pass `now`. Subscribers with the same kinds and offsets share
one plan (a "profile"), so planning for thousands of subscribers costs little more than
planning for one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.reminders.model import Reminder, Subscription
from bot.reminders.policy import ReminderPolicy, format_offset
from bot.schedule.model import Event, Schedule

LATE_AFTER = timedelta(minutes=5)  # a reminder sent later than this says it is late
DIGEST_USEFUL_FOR = timedelta(hours=12)  # a missed digest still goes out within this


@dataclass(slots=True)
class Slot:
    """One reminder of a profile: an event (or digest) and when it is due."""

    event_id: str
    label: str
    type: str
    due: datetime
    event_start: datetime


# (kinds, deadline offsets, session offsets, kinds reminded the evening before, the zone
# whose evening that is: None without any)
Profile = tuple[frozenset[str], tuple[timedelta, ...] | None, tuple[timedelta, ...] | None,
                frozenset[str], str | None]
EVENING_LABEL = "eve"  # the ledger label of an evening-before reminder


def profile_of(sub: Subscription) -> Profile:
    return (sub.kinds, sub.deadline_offsets, sub.session_offsets, sub.evening_kinds,
            (sub.time_zone or "") if sub.evening_kinds else None)


def evening_before(start: datetime, policy: ReminderPolicy, zone: ZoneInfo) -> datetime:
    """The policy's evening hour on the day before `start`'s day, in `zone` (a clock time
    that does not exist there, on a change of clocks, is moved on by the zone's rules)."""
    day = start.astimezone(zone).date() - timedelta(days=1)
    return datetime.combine(day, policy.evening, tzinfo=zone)


def digest_id(week: int) -> str:
    return f"DIGEST-W{week}"


def _slot(event: Event) -> tuple[str, datetime] | None:
    """Sessions of one kind at one time share a slot (two tutorial topics taught in one
    tutorial slot); deadlines never do."""
    return None if event.kind == "deadline" or event.start is None else (event.kind,
                                                                          event.start)


def slot_siblings(events: Iterable[Event], event: Event) -> list[Event]:
    """The events sharing `event`'s slot, first id first; just `[event]` outside one."""
    slot = _slot(event)
    if slot is None:
        return [event]
    return sorted((e for e in events if _slot(e) == slot), key=lambda e: e.id)


def slots_for(schedule: Schedule, policy: ReminderPolicy, profile: Profile) -> list[Slot]:
    """Every reminder of one profile over the whole course, ordered by due time. Sessions
    sharing a slot get one reminder, under the first one's id."""
    kinds, deadline_offsets, session_offsets, evening_kinds, zone_name = profile
    zone = _zone(zone_name, schedule)
    out: list[Slot] = []
    events = schedule.events()
    first_in_slot: dict[tuple[str, datetime], str] = {}
    for e in sorted(events, key=lambda e: e.id):
        if (slot := _slot(e)) is not None:
            first_in_slot.setdefault(slot, e.id)
    for e in events:
        if e.start is None or e.kind not in kinds:
            continue
        if (slot := _slot(e)) is not None and first_in_slot[slot] != e.id:
            continue  # reminded with the first session of its slot (see slot_siblings)
        if e.kind == "deadline":
            offsets = deadline_offsets if deadline_offsets is not None \
                else policy.deadline_offsets
        elif e.kind in policy.session_kinds:
            offsets = session_offsets if session_offsets is not None \
                else policy.session_offsets
        else:
            continue
        out.extend(Slot(e.id, format_offset(o), "event", e.start - o, e.start) for o in offsets)
        if e.kind in evening_kinds and (eve := evening_before(e.start, policy, zone)) \
                not in (e.start - o for o in offsets):
            out.append(Slot(e.id, EVENING_LABEL, "event", eve, e.start))
    if "digest" in kinds and policy.digest_weekday is not None and policy.digest_time:
        for week in schedule.weeks:
            day = week.starts + timedelta(days=(policy.digest_weekday - week.starts.weekday())
                                          % 7)
            due = schedule.localize(datetime.combine(day, policy.digest_time))
            out.append(Slot(digest_id(week.number), "digest", "digest", due,
                            due + DIGEST_USEFUL_FOR))
    out.sort(key=lambda s: s.due)
    return out


def _zone(name: str | None, schedule: Schedule) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else schedule.tz
    except (ZoneInfoNotFoundError, ValueError):
        return schedule.tz


class Planner:
    """Caches each profile's slots for one schedule version."""

    def __init__(self, schedule: Schedule, policy: ReminderPolicy):
        self.schedule = schedule
        self.policy = policy
        self._slots: dict[Profile, list[Slot]] = {}
        self.events: dict[str, Event] = {e.id: e for e in schedule.events()}

    def slots(self, sub: Subscription) -> list[Slot]:
        key = profile_of(sub)
        if key not in self._slots:
            self._slots[key] = slots_for(self.schedule, self.policy, key)
        return self._slots[key]

    def window(self, subs: Iterable[Subscription], start: datetime,
               end: datetime) -> list[Reminder]:
        """Every reminder due in [start, end), ignoring the ledger (for previews)."""
        out = []
        for sub in subs:
            for s in self.slots(sub):
                if start <= s.due < end and s.due >= starts_from(sub):
                    out.append(_reminder(sub, s, late=False))
        out.sort(key=lambda r: (r.due, r.subscriber, r.event_id))
        return out

    def due(self, subs: Iterable[Subscription], done: set[str],
            snoozes: Iterable[tuple[str, str, datetime]], now: datetime
            ) -> tuple[list[Reminder], list[tuple[Reminder, str]]]:
        """(to send now, to record as skipped with a reason). Keys in `done` are decided."""
        send: list[Reminder] = []
        skip: list[tuple[Reminder, str]] = []
        by_subscriber = {}
        for sub in subs:
            if not sub.active or sub.paused:
                continue
            by_subscriber[sub.subscriber] = sub
            pending: dict[str, list[Slot]] = defaultdict(list)
            for s in self.slots(sub):
                if s.due > now:
                    break  # sorted by due
                if s.due >= starts_from(sub):  # before they subscribed, or muted: not theirs
                    pending[s.event_id].append(s)
            for slots in pending.values():
                latest = slots[-1]
                for older in slots[:-1]:  # missed while down: only the closest one goes out
                    if _key(sub, older) not in done:
                        skip.append((_reminder(sub, older, False),
                                     "superseded by a later reminder"))
                if _key(sub, latest) in done:
                    continue
                if now >= latest.event_start:
                    skip.append((_reminder(sub, latest, False), "the event had started"))
                else:
                    send.append(_reminder(sub, latest, now - latest.due > LATE_AFTER))
        for subscriber, event_id, due in snoozes:
            sub = by_subscriber.get(subscriber)
            event = self.events.get(event_id)
            if sub is None or due > now or event is None or event.start is None:
                continue
            r = Reminder(subscriber, event_id, f"snooze@{due.isoformat()}", "snooze", due,
                         event.start, now - due > LATE_AFTER)
            if r.key in done:
                continue
            if now >= event.start:
                skip.append((r, "the event had started"))
            else:
                send.append(r)
        send.sort(key=lambda r: (r.due, r.subscriber))
        return send, skip

    def next_due(self, subs: Iterable[Subscription],
                 snoozes: Iterable[tuple[str, str, datetime]], now: datetime
                 ) -> datetime | None:
        """The earliest due time after `now`, to sleep until (None: nothing left)."""
        best: datetime | None = None
        for sub in subs:
            if not sub.active or sub.paused:
                continue
            for s in self.slots(sub):
                if s.due > now and s.due >= starts_from(sub):
                    if best is None or s.due < best:
                        best = s.due
                    break
        for _, _, due in snoozes:
            if due > now and (best is None or due < best):
                best = due
        return best


def current_planner(schedule: Callable[[], Schedule],
                    policy: ReminderPolicy) -> Callable[[], Planner]:
    """A planner for the schedule's current version, built again only when it changes."""
    latest: list[Planner] = []

    def planner() -> Planner:
        current = schedule()
        if not latest or latest[0].schedule is not current:
            latest[:] = [Planner(current, policy)]
        return latest[0]

    return planner


def changed_deadlines(events: dict[str, Event],
                      known: dict[str, tuple[str, datetime | None]]) -> list[Event]:
    """Deadlines whose time differs from the one last seen (a moved deadline)."""
    moved = []
    for event_id, (kind, start) in known.items():
        e = events.get(event_id)
        if kind == "deadline" and e is not None and e.start is not None and start is not None \
                and e.start != start:
            moved.append(e)
    return moved


def starts_from(sub: Subscription) -> datetime:
    """When a subscriber's reminders begin: when they subscribed, or when a mute ends."""
    return max(sub.created, sub.mute_until) if sub.mute_until else sub.created


def _key(sub: Subscription, s: Slot) -> str:
    return f"{sub.subscriber}|{s.event_id}|{s.label}"


def _reminder(sub: Subscription, s: Slot, late: bool) -> Reminder:
    return Reminder(sub.subscriber, s.event_id, s.label, s.type, s.due,  # type: ignore[arg-type]
                    s.event_start, late)
