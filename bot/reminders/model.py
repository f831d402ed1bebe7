"""What reminders are made of: subscriptions and planned reminders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

ReminderType = Literal["event", "digest", "changed", "snooze"]


def is_channel(subscriber: str) -> bool:
    """A team channel subscribed as a whole, not a person."""
    return subscriber.startswith("channel:")


@dataclass(frozen=True)
class Subscription:
    subscriber: str  # "user:<id>" for a person, "channel:<conversation id>" for a channel
    conversation_id: str
    reference: dict[str, Any]  # serialised ConversationReference, for proactive sends
    kinds: frozenset[str]
    created: datetime
    user_id: str | None = None
    deadline_offsets: tuple[timedelta, ...] | None = None  # None: the policy's
    session_offsets: tuple[timedelta, ...] | None = None
    time_zone: str | None = None
    active: bool = True
    paused: str | None = None  # why sending stopped after repeated permanent failures
    failures: int = 0
    # Nothing is sent before this (a mute said in chat); None: not muted.
    mute_until: datetime | None = None
    # Kinds also (or, with their offsets empty, only) reminded the evening before, at the
    # policy's evening hour in `time_zone`.
    evening_kinds: frozenset[str] = frozenset()
    # A zone the student named for their reminders ("I'm in Lagos"): `time_zone` stays it
    # whatever zone their device reports later.
    zone_said: str | None = None

    @property
    def is_channel(self) -> bool:
        return is_channel(self.subscriber)


@dataclass(slots=True)
class Reminder:
    """One message to one subscriber, keyed for the exactly-once ledger.

    Not frozen: planning creates hundreds of thousands of these, and frozen dataclasses are
    several times slower to build. Nothing mutates one after it is made.
    """

    subscriber: str
    event_id: str
    label: str  # the offset ('7d', '15m'), 'digest', 'changed@<start>' or 'snooze@<due>'
    type: ReminderType
    due: datetime
    event_start: datetime | None
    late: bool = False
    details: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        return f"{self.subscriber}|{self.event_id}|{self.label}"
