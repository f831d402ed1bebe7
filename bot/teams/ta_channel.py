"""Posting to the TA team channel (`BOT_TA_CHANNEL`), even before anyone wrote there.

When the bot has seen the channel, it posts through the stored reference. Otherwise it
starts a new thread in the channel, as Teams allows a bot installed in the team to do: a
`createConversation` with the channel's id, the tenant, and the activity as the thread's
first post. That needs the Bot Connector's address, which Teams gives the bot with every
message: the latest stored conversation's (one tenant's conversations share it), else
`BOT_TEAMS_SERVICE_URL` (with credentials, Teams' public global address by default). With
neither, `NotYet` says why and the announcement waits.
"""

from __future__ import annotations

import asyncio
import logging

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ChannelAccount, ConversationParameters

from bot.storage.conversations import ConversationStore
from bot.teams.adapter import CourseAdapter
from bot.teams.proactive import ProactiveSender
from bot.triage.announce import NotYet
from bot.triage.roles import thread_root

log = logging.getLogger(__name__)


class TaChannel:
    def __init__(self, channel_id: str, conversations: ConversationStore,
                 sender: ProactiveSender, adapter: CourseAdapter, *, app_id: str,
                 tenant_id: str = "", service_url: str = ""):
        self.channel_id = thread_root(channel_id)
        self._conversations = conversations
        self._sender = sender
        self._adapter = adapter
        self._app_id = app_id
        self._tenant_id = tenant_id
        self._service_url = service_url

    async def post(self, activity: Activity) -> None:
        known = await asyncio.to_thread(self._conversations.in_conversation, self.channel_id)
        if known:
            await self._sender.send(known[0].reference, activity)
            return
        service_url, tenant = await asyncio.to_thread(self._route)
        if not service_url:
            raise NotYet(self.unreachable_reason())
        await self._start_thread(service_url, tenant, activity)

    def unreachable_reason(self) -> str:
        """Why the channel cannot be posted to yet, or "" when it can (for the start log)."""
        if self._conversations.in_conversation(self.channel_id) or self._route()[0]:
            return ""
        return (f"BOT_TA_CHANNEL is {self.channel_id!r}, but the bot has not received any "
                "message yet, so it does not know the Bot Connector address to post to. "
                "New questions are queued and announced as soon as anyone messages the bot "
                "(or set BOT_TEAMS_SERVICE_URL).")

    def _route(self) -> tuple[str, str]:
        """(service URL, tenant id) for a new thread; the URL is "" when unknown."""
        latest = self._conversations.latest()
        # An address Teams gave us beats a configured one (Microsoft's advice).
        service_url = (latest.service_url if latest else "") or self._service_url
        tenant = self._tenant_id or (latest.tenant_id if latest and latest.tenant_id else "")
        return service_url, tenant

    async def _start_thread(self, service_url: str, tenant: str, activity: Activity) -> None:
        params = ConversationParameters(
            is_group=True, bot=ChannelAccount(id=self._app_id or None),
            channel_data={"channel": {"id": self.channel_id},
                          **({"tenant": {"id": tenant}} if tenant else {})},
            tenant_id=tenant or None, activity=activity)
        started: list[str] = []

        async def remember(turn_context: TurnContext) -> None:
            started.append(turn_context.activity.conversation.id)

        await self._adapter.create_conversation(self._app_id or None, remember, params,
                                                "msteams", service_url)
        log.info("started a thread in the TA channel: %s", started[0] if started else "?")
