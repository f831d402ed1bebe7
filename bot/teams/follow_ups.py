"""Follow-up subjects of Teams chats, kept in the database's per-chat state, so that the
replica that takes a chat's next message resolves "is it examinable?" like the one that
answered the question before. The dialogue (bot/nlu) sees only its SubjectStore protocol.

The memory is a convenience: when the database refuses a read or a write (lost, deleted
under the bot), the answer still goes out, without the follow-up, and the fault is logged.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.storage.chat_state import ChatStateStore, ChatWrite, turn_writes
from bot.storage.database import StorageError

log = logging.getLogger(__name__)

FOLLOW_UP = "follow_up"  # the chat state's name for the last subject


class ChatStateSubjects:
    """A `SubjectStore` on the chat state table; conversations are its chat keys."""

    def __init__(self, chats: ChatStateStore):
        self._chats = chats

    def get(self, conversation: str) -> dict[str, Any] | None:
        try:
            value = self._chats.get(conversation, FOLLOW_UP)
        except StorageError as exc:
            log.warning("follow-up memory not read: %s", exc)
            return None
        return value if isinstance(value, dict) else None

    def put(self, conversation: str, user: str | None, value: dict[str, Any]) -> None:
        writes = turn_writes()
        if writes is not None:  # written with the turn's other state, beside the reply
            writes.add(self._chats, ChatWrite(conversation, FOLLOW_UP, value, user))
            return
        try:
            self._chats.put(conversation, FOLLOW_UP, value, user_id=user)
        except StorageError as exc:
            log.warning("follow-up memory not kept: %s", exc)

    def forget_user(self, user: str) -> None:
        self._chats.forget_user(user)  # forget-me must not pretend: its failure is reported
