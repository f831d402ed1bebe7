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
from bot.reminders.model import Subscription, is_channel
from bot.reminders.policy import ALL_KINDS, ReminderPolicy
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
        current = self.store.get(who.subscriber)
        if command.action == "show":
            return self._show(current)
        if command.action == "unsubscribe":
            if current is None or not current.active:
                return W.REMIND_WAS_OFF
            self.store.save(dataclasses.replace(current, active=False), now)
            return W.REMIND_OFF
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
        deadline_offsets, session_offsets = base.deadline_offsets, base.session_offsets
        if command.offsets:
            targets = command.kinds or frozenset(ALL_KINDS)
            if "deadline" in targets:
                deadline_offsets = command.offsets
            if targets & set(SESSION_KINDS):
                session_offsets = command.offsets
        updated = dataclasses.replace(
            base, kinds=frozenset(kinds), active=True, paused=None, failures=0,
            reference=reference, conversation_id=conversation_id,
            time_zone=who.time_zone or base.time_zone,
            deadline_offsets=deadline_offsets, session_offsets=session_offsets,
            created=now if fresh else base.created)
        self.store.save(updated, now)
        when = self._when(updated)
        if command.action == "only":
            return W.REMIND_ONLY.format(kinds=_kinds(updated.kinds), when=when)
        added = command.kinds - base.kinds
        if not fresh and added:
            return W.REMIND_ADDED.format(kinds=_kinds(added), all=_kinds(updated.kinds))
        where = W.REMIND_CHANNEL if updated.is_channel else ""
        return W.REMIND_ON.format(kinds=_kinds(updated.kinds), when=when, where=where)

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

    def _show(self, current: Subscription | None) -> str:
        if current is None or not current.active or not current.kinds:
            return W.REMIND_SHOW_NONE.format(kinds=_kinds(self.policy.default_kinds))
        zone = current.time_zone or self._schedule().tz.key
        text = W.REMIND_SHOW.format(kinds=_kinds(current.kinds), when=self._when(current),
                                    zone=zone)
        return text + (W.REMIND_SHOW_PAUSED if current.paused else "")

    def _when(self, sub: Subscription) -> str:
        from bot.reminders.policy import format_offset

        parts = []
        if "deadline" in sub.kinds:
            offsets = sub.deadline_offsets or self.policy.deadline_offsets
            parts.append(W.REMIND_WHEN_DEADLINES.format(
                offsets=", ".join(format_offset(o) for o in offsets)))
        if sub.kinds & set(SESSION_KINDS):
            offsets = sub.session_offsets or self.policy.session_offsets
            parts.append(W.REMIND_WHEN_SESSIONS.format(
                offsets=", ".join(format_offset(o) for o in offsets)))
        return W.REMIND_WHEN.format(parts="; ".join(parts)) if parts else ""


def _kinds(kinds: frozenset[str] | set[str]) -> str:
    return join([W.KIND_NAMES[k] for k in ALL_KINDS if k in kinds])
