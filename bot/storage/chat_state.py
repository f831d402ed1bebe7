"""Per-chat state in the database, so that any replica can take a chat's next message.

A chat is one person in one conversation (`chat_key`). Each piece of state has a name (the
last question and answer, for a bare "ask a TA"; a follow-up's context) and a JSON value.
Rows name their user, so forget-me deletes them. State that nobody touched for `keep`
seconds (a week) is dropped by `prune`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from bot.storage.database import Database

KEEP_SECONDS = 7 * 24 * 3600.0


def chat_key(conversation_id: str, user_id: str | None) -> str:
    return f"{conversation_id}|{user_id or ''}"


class ChatStateStore:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time,
                 keep: float = KEEP_SECONDS):
        self._db = db
        self._clock = clock  # real seconds: how long state is kept, not course time
        self._keep = keep

    def get(self, chat: str, name: str) -> Any | None:
        rows = self._db.query("SELECT value, updated FROM chat_state WHERE chat=? AND name=?",
                              (chat, name))
        if not rows or rows[0]["updated"] < self._clock() - self._keep:
            return None
        return json.loads(rows[0]["value"])

    def put(self, chat: str, name: str, value: Any, *, user_id: str | None = None,
            now: float | None = None) -> None:
        with self._db.transaction() as tx:
            tx.execute("INSERT INTO chat_state (chat, name, user_id, value, updated) "
                       "VALUES (?,?,?,?,?) ON CONFLICT (chat, name) DO UPDATE SET "
                       "user_id=excluded.user_id, value=excluded.value, "
                       "updated=excluded.updated",
                       (chat, name, user_id, json.dumps(value, ensure_ascii=False),
                        self._clock() if now is None else now))

    def delete(self, chat: str, name: str) -> None:
        with self._db.transaction() as tx:
            tx.execute("DELETE FROM chat_state WHERE chat=? AND name=?", (chat, name))

    def forget_user(self, user_id: str) -> int:
        with self._db.transaction() as tx:
            return tx.execute("DELETE FROM chat_state WHERE user_id=?", (user_id,)).rowcount

    def prune(self) -> int:
        with self._db.transaction() as tx:
            return tx.execute("DELETE FROM chat_state WHERE updated < ?",
                              (self._clock() - self._keep,)).rowcount
