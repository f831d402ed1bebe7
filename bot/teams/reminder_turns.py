"""The reminder part of a turn: subscription commands in chat and the reminder cards'
buttons ("Stop these", "Snooze 1 h"), as calls on the core's ReminderService."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from bot.reminders.commands import parse_command
from bot.reminders.service import ReminderService, Who, subscriber_for
from bot.reminders.store import ReminderStore
from bot.storage.conversations import valid_zone


class ReminderTurns:
    def __init__(self, service: ReminderService, clock: Callable[[], datetime],
                 on_change: Callable[[], None]):
        self.service = service
        self._clock = clock
        self._changed = on_change  # wakes the scheduler to plan again

    @property
    def store(self) -> ReminderStore:
        return self.service.store

    async def handle(self, activity: Activity, question: str, user: str,
                     zone: ZoneInfo) -> str | None:
        """The reply to a reminder command or button, or None for an ordinary question."""
        value = activity.value if isinstance(activity.value, dict) else {}
        button = value.get("reminder")
        command = None if button else parse_command(question)
        if not button and command is None:
            return None
        who = Who(subscriber_for(user, activity.conversation.id,
                                 activity.conversation.conversation_type),
                  activity.conversation.id,
                  TurnContext.get_conversation_reference(activity).serialize(),
                  user, valid_zone(activity.local_timezone))
        service, now = self.service, self._clock()
        if button == "stop" and isinstance(value.get("kind"), str):
            reply = await asyncio.to_thread(service.stop_kind, who, value["kind"], now)
        elif button == "snooze" and isinstance(value.get("event"), str):
            reply = await asyncio.to_thread(service.snooze, who, value["event"], now, zone)
        elif command is not None:
            reply = await asyncio.to_thread(service.handle, command, who, now)
        else:
            return None
        self._changed()
        return reply
