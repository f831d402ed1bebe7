"""Follow-up subjects of Teams chats, kept in the database's per-chat state, so that the
replica that takes a chat's next message resolves "is it examinable?" like the one that
answered the question before. The dialogue (bot/nlu) sees only its SubjectStore protocol.
"""

from __future__ import annotations

from typing import Any

from bot.storage.chat_state import ChatStateStore

FOLLOW_UP = "follow_up"  # the chat state's name for the last subject


class ChatStateSubjects:
    """A `SubjectStore` on the chat state table; conversations are its chat keys."""

    def __init__(self, chats: ChatStateStore):
        self._chats = chats

    def get(self, conversation: str) -> dict[str, Any] | None:
        value = self._chats.get(conversation, FOLLOW_UP)
        return value if isinstance(value, dict) else None

    def put(self, conversation: str, user: str | None, value: dict[str, Any]) -> None:
        self._chats.put(conversation, FOLLOW_UP, value, user_id=user)

    def forget_user(self, user: str) -> None:
        self._chats.forget_user(user)
