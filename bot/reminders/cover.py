"""What a reminder setting covers, told to the student in their zone: the reminders it
sends next (from the planner itself, so what is said is what is sent), the events it
reminds of, and what a mute or a stop leaves out."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course_parts import in_qa_slots, join
from bot.core.timefmt import format_instant, format_span
from bot.nlu.commands import Command
from bot.reminders.model import Subscription
from bot.reminders.planner import Planner, Slot, slot_siblings, starts_from
from bot.reminders.policy import ALL_KINDS, ReminderPolicy
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import Event, Schedule

NEXT_SHOWN = 3  # reminders listed after a change
EVENTS_SHOWN = 8  # events listed for a setting `ask` cannot store


def with_leads(base: Subscription, command: Command, kinds: frozenset[str]) -> Subscription:
    """`base` with the leads `command` says, for the kinds it names (else all): offsets
    replace a group's offsets; "the evening before" alone replaces them with the evening,
    beside offsets it is added. Deadlines and sessions each have one set of leads."""
    targets = command.kinds or frozenset(ALL_KINDS)
    groups = [g for g in (frozenset({"deadline"}), frozenset(SESSION_KINDS)) if targets & g]
    deadline_offsets, session_offsets = base.deadline_offsets, base.session_offsets
    evening = set(base.evening_kinds)
    if not (command.offsets or command.evening):
        return base
    for group in groups:
        offsets = command.offsets  # () with only the evening: the evening alone
        if "deadline" in group:
            deadline_offsets = offsets
        else:
            session_offsets = offsets
        evening = evening | set(group) if command.evening else evening - group
    return dataclasses.replace(base, deadline_offsets=deadline_offsets,
                               session_offsets=session_offsets,
                               evening_kinds=frozenset(evening))


def with_slot_kinds(command: Command, schedule: Schedule) -> Command:
    """`command` with the kinds of the sessions the course holds in a named kind's slot
    (a panel in the Q&A slot is one of the Q&As): "remind me before every q&a" covers it."""
    extra = in_qa_slots(schedule) - command.kinds if "qa" in command.kinds else set()
    return dataclasses.replace(command, kinds=command.kinds | extra) if extra else command


def zone_of(sub: Subscription, schedule: Schedule) -> ZoneInfo:
    try:
        return ZoneInfo(sub.time_zone) if sub.time_zone else schedule.tz
    except (ValueError, KeyError):
        return schedule.tz


def upcoming(sub: Subscription, schedule: Schedule, policy: ReminderPolicy, now: datetime,
             until: datetime | None = None, kinds: frozenset[str] = frozenset()) -> list[Slot]:
    """The reminders `sub` is still to get before `until`, in order (what falls before its
    start or in a mute left out), of `kinds` only when given."""
    begin = max(now, starts_from(sub))
    events = {e.id: e.kind for e in schedule.events()}
    return [s for s in Planner(schedule, policy).slots(sub)
            if s.due > begin and (until is None or s.due < until)
            and (not kinds or events.get(s.event_id, s.type) in kinds)]


def slot_lines(slots: list[Slot], schedule: Schedule, tz: ZoneInfo,
               limit: int = NEXT_SHOWN) -> str:
    """Reminders as lines, '• due: what', and how many more."""
    lines = [_slot_line(s, schedule, tz) for s in slots[:limit]]
    if len(slots) > limit:
        lines.append(W.REMIND_MORE.format(count=len(slots) - limit))
    return "\n".join(lines)


def next_text(sub: Subscription, schedule: Schedule, policy: ReminderPolicy,
              now: datetime, kinds: frozenset[str] = frozenset()) -> str:
    """The next reminders `sub` brings (of `kinds`, when the setting named some)."""
    slots = upcoming(sub, schedule, policy, now, kinds=kinds & sub.kinds) \
        or upcoming(sub, schedule, policy, now)
    lines = slot_lines(slots, schedule, zone_of(sub, schedule))
    return W.REMIND_NEXT.format(lines=lines) if lines else W.REMIND_NEXT_NONE


def events_lines(events: list[Event], schedule: Schedule, tz: ZoneInfo,
                 limit: int = EVENTS_SHOWN) -> str:
    lines = [W.REMIND_NEXT_LINE.format(due=_event_when(e, schedule, tz),
                                       what=f"{e.title} ({e.id})") for e in events[:limit]]
    if len(events) > limit:
        lines.append(W.REMIND_MORE.format(count=len(events) - limit))
    return "\n".join(lines)


def events_of(schedule: Schedule, kinds: frozenset[str], start: datetime,
              end: datetime | None = None) -> list[Event]:
    """The timed events of these kinds starting in [start, end), in order; sessions sharing
    a slot once, as they are reminded (`slot_siblings`)."""
    events = schedule.events()
    return sorted((e for e in events if e.kind in kinds and e.start is not None
                   and e.start > start and (end is None or e.start < end)
                   and slot_siblings(events, e)[0] is e),
                  key=lambda e: (e.start, e.id))


def _event_when(e: Event, schedule: Schedule, tz: ZoneInfo) -> str:
    assert e.start is not None
    return format_span(e.start, None if e.kind == "deadline" else e.end, tz, schedule.tz)


def _slot_line(s: Slot, schedule: Schedule, tz: ZoneInfo) -> str:
    due = format_instant(s.due, tz, schedule.tz)
    if s.type == "digest":
        return W.REMIND_NEXT_LINE.format(due=due, what=W.REMIND_WHAT_DIGEST.format(
            week=s.event_id.rsplit("W", 1)[-1]))
    event = schedule.event(s.event_id)
    if event is None or event.start is None:
        return W.REMIND_NEXT_LINE.format(due=due, what=s.event_id)
    verb = W.REMIND_DUE if event.kind == "deadline" else W.REMIND_STARTING
    return W.REMIND_NEXT_LINE.format(due=due, what=W.REMIND_WHAT_EVENT.format(
        title=event.title, id=event.id, verb=verb,
        when=_event_when(event, schedule, tz)))


def preview(command: Command, schedule: Schedule, policy: ReminderPolicy | None,
            now: datetime, tz: ZoneInfo) -> str:
    """What a setting said where nothing is stored (`ask`) would cover: the events it
    would remind of (or leave out, muted or stopped), and its first reminders."""
    command = with_slot_kinds(command, schedule)
    kinds = command.kinds or (policy.default_kinds if policy else frozenset(ALL_KINDS))
    if command.action == "mute":
        if command.until is None or command.until <= now:
            return W.REMIND_MUTE_PAST.format(
                until=format_instant(command.until or now, tz, schedule.tz))
        events = events_of(schedule, frozenset(ALL_KINDS), now, command.until)
        return W.REMIND_HERE_MUTED.format(until=format_instant(command.until, tz, schedule.tz),
                                          lines=events_lines(events, schedule, tz)) \
            if events else ""
    if command.action == "remove":
        events = events_of(schedule, kinds, now)
        return W.REMIND_HERE_STOPPED.format(lines=events_lines(events, schedule, tz)) \
            if events else ""
    if command.action in ("unsubscribe", "show"):
        return W.REMIND_HERE_NONE  # nothing is stored here to stop or to show
    if command.action not in ("subscribe", "only", "add"):
        return ""
    said = []
    # The deadlines when they are among the kinds (all that are left: few, and what is
    # most often wanted), else the sessions of the kinds named.
    listed = kinds & {"deadline"} or kinds
    if events := events_of(schedule, listed, now):
        names = join([W.EVENT_KIND_NAMES[k] for k in ALL_KINDS if k in listed
                      and k in W.EVENT_KIND_NAMES])
        said.append(W.REMIND_HERE_COVER.format(kinds=names[:1].upper() + names[1:],
                                               lines=events_lines(events, schedule, tz)))
    if policy is not None:
        sub = with_leads(Subscription("ask", "", {}, frozenset(kinds), now,
                                      time_zone=getattr(tz, "key", None)), command, kinds)
        if slots := upcoming(sub, schedule, policy, now, kinds=command.kinds):
            said.append(W.REMIND_HERE_FIRST.format(lines=slot_lines(slots, schedule, tz)))
    return "\n".join(said)
