"""Proactive sends (reminders, TA answers) through stored conversation references.

Each send goes through `CloudAdapter.continue_conversation`, so it uses the same connector,
credentials and retries (429 and friends, `Retry-After`) as replies. A rate per tenant and a
rate per conversation keep the bot under Teams' limits: in the server, one budget shared by
every replica (`bot/storage/send_budget.py`); `RateLimiter` is the same in one process.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.send_status import PERMANENT
from bot.teams.adapter import CourseAdapter
from bot.teams.retry import SendError


class PermanentSendError(SendError):
    """The conversation cannot be reached any more (the bot was removed or blocked)."""


class RateLimiter:
    """At most `per_second` sends overall and `per_conversation` per conversation per second."""

    def __init__(self, per_second: float, per_conversation: float,
                 monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep):
        self._interval = 1.0 / per_second
        self._conversation_interval = 1.0 / per_conversation
        self._monotonic = monotonic
        self._sleep = sleep
        self._next_global = 0.0
        self._next_by_conversation: dict[str, float] = {}

    async def acquire(self, conversation_id: str, tenant: str | None = None) -> None:
        now = self._monotonic()
        slot = max(now, self._next_global,
                   self._next_by_conversation.get(conversation_id, 0.0))
        # Reserve before sleeping so concurrent senders queue up behind each other.
        self._next_global = slot + self._interval
        self._next_by_conversation[conversation_id] = slot + self._conversation_interval
        if len(self._next_by_conversation) > 100_000:
            self._next_by_conversation = {k: v for k, v in self._next_by_conversation.items()
                                          if v > now}
        if slot > now:
            await self._sleep(slot - now)


class Limiter(Protocol):
    async def acquire(self, conversation_id: str, tenant: str | None = None) -> None: ...


class ProactiveSender:
    def __init__(self, adapter: CourseAdapter, app_id: str, limiter: Limiter):
        self._adapter = adapter
        self._app_id = app_id
        self._limiter = limiter

    async def reply(self, reference: dict[str, Any], activity: Activity) -> None:
        """Send as a reply to the message `reference` names (its `activityId`): an answer
        that follows its acknowledgement is threaded under the question, as in its turn."""
        await self.send(reference, activity, as_reply=True)

    async def send(self, reference: dict[str, Any], activity: Activity, *,
                   as_reply: bool = False) -> None:
        ref = ConversationReference().deserialize(reference)
        if not ref.conversation or not ref.conversation.id or not ref.service_url:
            raise PermanentSendError("the stored conversation reference is incomplete")
        await self._limiter.acquire(ref.conversation.id, ref.conversation.tenant_id)
        failure: list[BaseException] = []

        async def callback(turn_context: TurnContext) -> None:
            # The SDK's continuation activity has an id of its own (a new uuid), which sends
            # would otherwise reply to: a reply names the message it answers, anything else
            # (a reminder, a relayed answer) is a new post in the conversation.
            turn_context.activity.id = ref.activity_id if as_reply else None
            try:
                await turn_context.send_activity(activity)
            except SendError as exc:  # keep it: the SDK's turn would swallow it
                failure.append(exc)
                raise

        try:
            await self._adapter.continue_conversation(ref, callback, self._app_id or None)
        except SendError as exc:
            failure.append(exc)
        if failure:
            exc = failure[0]
            status = getattr(exc, "status", None)
            if status in PERMANENT:
                raise PermanentSendError(str(exc), status) from exc
            raise exc
