"""The reminder part of a turn: subscription commands in chat and the reminder cards'
buttons ("Stop these", "Snooze 1 h"), as calls on the core's ReminderService."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from bot.core import wording as W
from bot.nlu.commands import Command
from bot.reminders.model import is_channel
from bot.reminders.service import ReminderService, Who, subscriber_for
from bot.reminders.store import ReminderStore
from bot.storage.conversations import ConversationStore, is_shared, valid_zone
from bot.triage.roles import Roster

log = logging.getLogger(__name__)


class ReminderTurns:
    def __init__(self, service: ReminderService, clock: Callable[[], datetime],
                 on_change: Callable[[], None], roster: Roster | None = None,
                 conversations: ConversationStore | None = None):
        self.service = service
        self._clock = clock
        self._changed = on_change  # wakes the scheduler to plan again
        # With TAs configured (by id or as the TA channel's members), only they change a
        # channel's reminders: one student's "stop" would otherwise silence them for everyone.
        self._roster = roster if roster is not None and (roster.ta_ids or roster.ta_channel) \
            else None
        self._conversations = conversations  # to find a person's 1:1 chat

    @property
    def store(self) -> ReminderStore:
        return self.service.store

    async def handle(self, activity: Activity, user: str, zone: ZoneInfo,
                     command: Command | None = None) -> str | None:
        """The reply to a reminder command (as understood) or a reminder card's button, or
        None when the activity is neither."""
        value = activity.value if isinstance(activity.value, dict) else {}
        button = None if command is not None else value.get("reminder")
        if not button and command is None:
            return None
        who = Who(subscriber_for(user, activity.conversation.id,
                                 activity.conversation.conversation_type),
                  activity.conversation.id,
                  TurnContext.get_conversation_reference(activity).serialize(),
                  user, valid_zone(activity.local_timezone))
        if not is_channel(who.subscriber) and is_shared(who.reference) \
                and self._conversations is not None:
            # "remind me" in a group chat: the reminders go to the person's 1:1 chat.
            personal = await asyncio.to_thread(self._conversations.personal_for, user)
            if personal is not None:
                who = dataclasses.replace(who, conversation_id=personal.conversation_id,
                                          reference=personal.reference)
        service, now = self.service, self._clock()
        changes = command is None or command.action != "show"  # a button always changes
        if changes and is_channel(who.subscriber) and self._roster is not None \
                and not self._roster.is_ta(user, activity.from_property.aad_object_id
                                           if activity.from_property else None,
                                           activity.conversation.id):
            log.warning("refused a channel reminder change from non-TA %s", user)
            return W.REMINDER_CHANNEL_TA_ONLY
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
