"""Applying reminder commands to a subscriber's settings, with the reply to show them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course_parts import join
from bot.core.timefmt import format_instant
from bot.nlu.commands import Command
from bot.reminders import cover
from bot.reminders.model import Subscription, is_channel
from bot.reminders.policy import ALL_KINDS, ReminderPolicy, format_offset
from bot.reminders.store import ReminderStore
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import Schedule
from bot.storage.conversations import is_shared

SNOOZE = timedelta(hours=1)


@dataclass(frozen=True)
class Who:
    """Who is asking, and how to reach them again."""

    subscriber: str  # "user:<id>" or "channel:<conversation id>"
    conversation_id: str
    reference: dict[str, Any]
    user_id: str | None = None
    time_zone: str | None = None


def subscriber_for(user_id: str, conversation_id: str, conversation_type: str | None) -> str:
    # A channel is subscribed as a whole (one post, not one per member); people by user id.
    if conversation_type == "channel":
        return f"channel:{conversation_id}"
    return f"user:{user_id}"


class ReminderService:
    def __init__(self, store: ReminderStore, policy: ReminderPolicy,
                 schedule: Callable[[], Schedule]):
        self.store = store
        self.policy = policy
        self._schedule = schedule

    def handle(self, command: Command, who: Who, now: datetime) -> str:
        command = cover.with_slot_kinds(command, self._schedule())
        current = self.store.get(who.subscriber)
        if command.action == "show":
            return self._show(current, now)
        if command.action == "unsubscribe":
            if current is None or not current.active:
                return W.REMIND_WAS_OFF
            self.store.save(dataclasses.replace(current, active=False), now)
            return W.REMIND_OFF
        if command.action == "mute":
            return self._mute(command, current, now)
        if command.action == "remove":
            if current is None or not current.active:
                return W.REMIND_WAS_OFF
            left = current.kinds - command.kinds
            self.store.save(dataclasses.replace(current, kinds=left, active=bool(left)), now)
            rest = W.REMIND_REMOVED_REST.format(all=_kinds(left)) if left \
                else W.REMIND_NONE_LEFT
            return W.REMIND_REMOVED.format(kinds=_kinds(command.kinds & current.kinds
                                                          or command.kinds), rest=rest)
        fresh = current is None or not current.active
        reference, conversation_id = who.reference, who.conversation_id
        if not is_channel(who.subscriber) and is_shared(reference):
            # Asked in a group chat or channel: a person's reminders still go to their 1:1
            # chat only, so keep the one we have, or ask them to write to us there.
            if current is None or is_shared(current.reference):
                return W.REMIND_PERSONAL_CHAT_ONLY
            reference, conversation_id = current.reference, current.conversation_id
        base = current or Subscription(who.subscriber, conversation_id, reference,
                                       frozenset(), now, user_id=who.user_id,
                                       time_zone=who.time_zone)
        if command.action == "only":
            kinds = command.kinds
        elif command.action == "add" or (command.kinds and not fresh):
            kinds = base.kinds | command.kinds if not fresh else command.kinds
        else:
            kinds = command.kinds or (base.kinds if not fresh and base.kinds
                                      else self.policy.default_kinds)
        updated = dataclasses.replace(
            cover.with_leads(base, command, frozenset(kinds)), kinds=frozenset(kinds), active=True,
            paused=None, failures=0, reference=reference, conversation_id=conversation_id,
            time_zone=command.zone or base.zone_said or who.time_zone or base.time_zone,
            zone_said=command.zone or base.zone_said, created=now if fresh else base.created,
            # a fresh "remind me", or one that changes nothing else, ends a mute
            mute_until=None if fresh or command == Command("subscribe") else base.mute_until)
        self.store.save(updated, now)
        when = self._when(updated)
        after = self._zone_said(command, updated) + cover.next_text(
            updated, self._schedule(), self.policy, now, command.kinds)
        if command.action == "only":
            return W.REMIND_ONLY.format(kinds=_kinds(updated.kinds), when=when) + after
        added = command.kinds - base.kinds
        if not fresh and added:
            return W.REMIND_ADDED.format(kinds=_kinds(added), all=_kinds(updated.kinds)) + after
        where = W.REMIND_CHANNEL if updated.is_channel else ""
        return W.REMIND_ON.format(kinds=_kinds(updated.kinds), when=when, where=where) + after

    def _zone_said(self, command: Command, sub: Subscription) -> str:
        return W.REMIND_IN_ZONE.format(zone=sub.time_zone) if command.zone else ""

    def _mute(self, command: Command, current: Subscription | None, now: datetime) -> str:
        """No reminders until a day: the planner leaves out what falls before it."""
        if current is None or not current.active:
            return W.REMIND_WAS_OFF
        if command.kinds and command.kinds != frozenset(ALL_KINDS):
            return W.REMIND_MUTE_ALL_ONLY  # a mute is of all of one's reminders
        schedule = self._schedule()
        tz = cover.zone_of(current, schedule)
        until = command.until
        if until is None or until <= now:
            return W.REMIND_MUTE_PAST.format(
                until=format_instant(until or now, tz, schedule.tz))
        updated = dataclasses.replace(current, mute_until=until)
        self.store.save(updated, now)
        muted = cover.upcoming(current, schedule, self.policy, now, until)
        text = W.REMIND_MUTED.format(until=format_instant(until, tz, schedule.tz),
                                     count=len(muted))
        if muted:
            text += W.REMIND_MUTED_LIST.format(lines=cover.slot_lines(muted, schedule, tz))
        return text + cover.next_text(updated, schedule, self.policy, now)

    def stop_kind(self, who: Who, kind: str, now: datetime) -> str:
        return self.handle(Command("remove", frozenset({kind})), who, now)

    def snooze(self, who: Who, event_id: str, now: datetime, tz: ZoneInfo) -> str:
        schedule = self._schedule()
        event = schedule.event(event_id)
        if event is None or event.start is None:
            return W.REMIND_SNOOZE_TOO_LATE.format(title=event_id)
        due = now + SNOOZE
        title = f"{event.title} ({event.id})"
        if due >= event.start:
            return W.REMIND_SNOOZE_TOO_LATE.format(title=title)
        self.store.snooze(who.subscriber, event_id, due)
        return W.REMIND_SNOOZED.format(title=title, when=format_instant(due, tz, schedule.tz))

    def _show(self, current: Subscription | None, now: datetime) -> str:
        if current is None or not current.active or not current.kinds:
            return W.REMIND_SHOW_NONE.format(kinds=_kinds(self.policy.default_kinds))
        zone = current.time_zone or self._schedule().tz.key
        text = W.REMIND_SHOW.format(kinds=_kinds(current.kinds), when=self._when(current),
                                    zone=zone)
        schedule = self._schedule()
        if current.mute_until is not None and current.mute_until > now:
            text += W.REMIND_SHOW_MUTED.format(until=format_instant(
                current.mute_until, cover.zone_of(current, schedule), schedule.tz))
        return text + (W.REMIND_SHOW_PAUSED if current.paused else "")

    def _when(self, sub: Subscription) -> str:
        return when_text(sub, self.policy)


def when_text(sub: Subscription, policy: ReminderPolicy) -> str:
    """' (deadlines 7d, 2d before; sessions the evening before)': the leads of `sub`."""
    parts = []
    for group, mine, default, wording, name in (
            (frozenset({"deadline"}), sub.deadline_offsets, policy.deadline_offsets,
             W.REMIND_WHEN_DEADLINES, W.REMIND_DEADLINES),
            (frozenset(SESSION_KINDS), sub.session_offsets, policy.session_offsets,
             W.REMIND_WHEN_SESSIONS, W.REMIND_SESSIONS)):
        if not sub.kinds & group:
            continue
        offsets = ", ".join(format_offset(o) for o in (default if mine is None else mine))
        leads = [wording.format(offsets=offsets)] if offsets else []
        if sub.evening_kinds & group:
            leads.append(W.REMIND_WHEN_EVENING.format(
                what="" if offsets else name).strip())
        parts.append(W.REMIND_AND.join(leads))
    return W.REMIND_WHEN.format(parts="; ".join(parts)) if parts else ""


def _kinds(kinds: frozenset[str] | set[str]) -> str:
    return join([W.KIND_NAMES[k] for k in ALL_KINDS if k in kinds])
