"""Sending to one person privately: their 1:1 chat with the bot, created if need be.

Personal things (a TA's answer to a personal question, a person's reminders) must never be
posted where they were asked if that was a channel or a group chat. The person's own 1:1
conversation is used when the bot has one; otherwise one is created as Teams expects for
proactive 1:1 messages (`createConversation` with the user's id and AAD object id and the
tenant), and stored so the next message uses it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import (
    Activity,
    ChannelAccount,
    ConversationParameters,
    ConversationReference,
)

from bot.send_status import PERMANENT
from bot.storage.conversations import ConversationStore, is_private
from bot.teams.adapter import CourseAdapter
from bot.teams.proactive import PermanentSendError, ProactiveSender
from bot.teams.retry import SendError, send_with_retry

log = logging.getLogger(__name__)


class PrivateMessenger:
    def __init__(self, sender: ProactiveSender, adapter: CourseAdapter,
                 conversations: ConversationStore, app_id: str,
                 clock: Callable[[], datetime],
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep):
        self._sender = sender
        self._sleep = sleep
        self._adapter = adapter
        self._conversations = conversations
        self._app_id = app_id
        self._clock = clock
        self._creating: dict[str, asyncio.Future[dict[str, Any]]] = {}

    async def send(self, user_id: str, reference: dict[str, Any], activity: Activity) -> None:
        """Send `activity` to `user_id` in a 1:1 conversation; `reference` is where they were
        last seen (used as is when it is already their 1:1 chat)."""
        await self._sender.send(await self.reference_for(user_id, reference), activity)

    async def reference_for(self, user_id: str, reference: dict[str, Any]) -> dict[str, Any]:
        if is_private(reference):
            return reference
        stored = await asyncio.to_thread(self._conversations.personal_for, user_id)
        if stored is not None:
            return stored.reference
        # One creation per person at a time: two answers at once must not open two chats.
        pending = self._creating.get(user_id)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._creating[user_id] = future
        try:
            created = await self._create(user_id, reference)
            future.set_result(created)
            return created
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: a lone caller must not leave it unobserved
            raise
        finally:
            del self._creating[user_id]

    async def _create(self, user_id: str, reference: dict[str, Any]) -> dict[str, Any]:
        shared = ConversationReference().deserialize(reference)
        if not shared.service_url or not shared.conversation:
            raise PermanentSendError("no way to reach this person privately")
        person = shared.user or ChannelAccount(id=user_id)
        tenant = shared.conversation.tenant_id or _tenant(reference)
        if not tenant:  # the SDK's references drop Teams' "tenantId"; we stored it ourselves
            seen = await asyncio.to_thread(self._conversations.get, shared.conversation.id,
                                           user_id)
            tenant = seen.tenant_id if seen else None
        params = ConversationParameters(
            is_group=False, bot=shared.bot,
            members=[ChannelAccount(id=user_id, aad_object_id=person.aad_object_id)],
            tenant_id=tenant, channel_data={"tenant": {"id": tenant}} if tenant else None)
        created: list[ConversationReference] = []

        async def keep(turn_context: TurnContext) -> None:
            created.append(TurnContext.get_conversation_reference(turn_context.activity))

        try:
            await send_with_retry(
                lambda: self._adapter.create_conversation(
                    self._app_id or None, keep, params, shared.channel_id, shared.service_url),
                self._adapter.retry, self._sleep, what="open a 1:1 chat")
        except SendError as exc:
            # 403: the bot is not installed for this person, so Teams refuses a 1:1 chat.
            if exc.status in PERMANENT:
                raise PermanentSendError(str(exc), exc.status) from exc
            raise
        if not created or not created[0].conversation or not created[0].conversation.id:
            raise SendError("the connector did not return the new conversation")
        new = created[0]
        new.user = ChannelAccount(id=user_id, aad_object_id=person.aad_object_id)
        new.conversation.conversation_type = "personal"
        new.conversation.is_group = False
        new.conversation.tenant_id = tenant
        serialized = new.serialize()
        await asyncio.to_thread(
            self._conversations.remember, conversation_id=new.conversation.id, user_id=user_id,
            service_url=new.service_url, reference=serialized, now=self._clock(),
            aad_object_id=person.aad_object_id, tenant_id=tenant, channel_id=new.channel_id,
            conversation_type="personal")
        # (no user id: the log is kept after "forget me", which cannot reach it)
        log.info("opened a 1:1 chat for a private message")
        return serialized


def _tenant(reference: dict[str, Any]) -> str | None:
    conversation = reference.get("conversation") or {}
    if not isinstance(conversation, dict):
        return None
    tenant = conversation.get("tenantId") or conversation.get("tenantID")
    return tenant if isinstance(tenant, str) else None
