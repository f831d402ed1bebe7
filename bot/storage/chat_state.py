"""Per-chat state in the database, so that any replica can take a chat's next message.

A chat is one person in one conversation (`chat_key`). Each piece of state has a name (the
last question and answer, for a bare "ask a TA"; a follow-up's context) and a JSON value.
Rows name their user, so forget-me deletes them. State that nobody touched for `keep`
seconds (a week) is dropped by `prune`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, NamedTuple

from bot.storage.database import Database, Tx

if TYPE_CHECKING:
    from bot.storage.activities import Delivery

KEEP_SECONDS = 7 * 24 * 3600.0


def chat_key(conversation_id: str, user_id: str | None) -> str:
    return f"{conversation_id}|{user_id or ''}"


class ChatStateStore:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time,
                 keep: float = KEEP_SECONDS):
        self._db = db
        self._clock = clock  # real seconds: how long state is kept, not course time
        self._keep = keep

    @property
    def database(self) -> Database:
        return self._db

    def get(self, chat: str, name: str) -> Any | None:
        rows = self._db.query("SELECT value, updated FROM chat_state WHERE chat=? AND name=?",
                              (chat, name))
        if not rows or rows[0]["updated"] < self._clock() - self._keep:
            return None
        return json.loads(rows[0]["value"])

    def put(self, chat: str, name: str, value: Any, *, user_id: str | None = None,
            now: float | None = None) -> None:
        self.put_many([ChatWrite(chat, name, value, user_id)], now=now)

    def put_many(self, writes: Sequence[ChatWrite], *, now: float | None = None) -> None:
        """Several pieces of state in one transaction (a turn's, see `TurnWrites`)."""
        if not writes:
            return
        with self._db.transaction() as tx:
            self.put_many_in(tx, writes, now=now)

    def put_many_in(self, tx: Tx, writes: Sequence[ChatWrite], *,
                    now: float | None = None) -> None:
        """`put_many` inside the caller's transaction."""
        if not writes:
            return
        updated = self._clock() if now is None else now
        rows = [(w.chat, w.name, w.user_id, json.dumps(w.value, ensure_ascii=False), updated)
                for w in writes]
        tx.executemany("INSERT INTO chat_state (chat, name, user_id, value, updated) "
                       "VALUES (?,?,?,?,?) ON CONFLICT (chat, name) DO UPDATE SET "
                       "user_id=excluded.user_id, value=excluded.value, "
                       "updated=excluded.updated", rows)

    def forget_user(self, user_id: str) -> int:
        with self._db.transaction() as tx:
            return tx.execute("DELETE FROM chat_state WHERE user_id=?", (user_id,)).rowcount

    def prune(self) -> int:
        with self._db.transaction() as tx:
            return tx.execute("DELETE FROM chat_state WHERE updated < ?",
                              (self._clock() - self._keep,)).rowcount


class ChatWrite(NamedTuple):
    chat: str
    name: str
    value: Any
    user_id: str | None


class TurnWrites:
    """The chat state one turn writes, collected while it answers and written together.

    A turn used to write its follow-up subject (on the answering thread, before the reply)
    and its last answer (beside the reply) in two transactions. Collected here, both go in
    one transaction, written while the reply is sent, and the turn (its HTTP response) still
    waits for it, so the chat's next message, on any replica, reads them.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[ChatStateStore, ChatWrite]] = []
        self._lock = threading.Lock()  # the answering thread adds, the event loop takes
        # Set once the answer's own state was collected and written on the answering thread.
        self.kept = False

    def add(self, store: ChatStateStore, write: ChatWrite) -> None:
        with self._lock:
            self._pending.append((store, write))

    def discard(self) -> None:
        with self._lock:
            self._pending.clear()

    def write(self, delivery: Delivery | None = None) -> bool:
        """Write what was collected (blocking: call it off the event loop).

        With `delivery` not yet taken, the turn takes its activity in the same transaction
        (one commit for both); False, and nothing written, when another delivery of the
        activity had taken it (its turn keeps the chat's state)."""
        with self._lock:
            pending, self._pending = self._pending, []
        # One transaction per database (the stores of one server share theirs).
        by_database: dict[int, tuple[ChatStateStore, list[ChatWrite]]] = {}
        for store, write in pending:
            by_database.setdefault(id(store.database), (store, []))[1].append(write)
        if delivery is not None:
            same = by_database.pop(id(delivery.database), None)
            stored = [False]

            def store_with_it(tx: Tx) -> None:
                if same is not None:
                    same[0].put_many_in(tx, same[1])
                stored[0] = True

            if not delivery.take(store_with_it):
                return False  # another delivery's turn keeps the chat's state
            if same is not None and not stored[0]:  # taken before (an acknowledgement)
                same[0].put_many(same[1])
        for store, writes in by_database.values():
            store.put_many(writes)
        return True

    def __bool__(self) -> bool:
        with self._lock:
            return bool(self._pending)


_TURN_WRITES: ContextVar[TurnWrites | None] = ContextVar("chat_state_turn_writes",
                                                          default=None)


@contextmanager
def collecting_turn_writes() -> Iterator[TurnWrites]:
    """Within this block, in this context and the tasks and threads it starts (a turn and
    its answer), chat state put through `turn_writes()` is collected instead of written."""
    writes = TurnWrites()
    token = _TURN_WRITES.set(writes)
    try:
        yield writes
    finally:
        _TURN_WRITES.reset(token)


def turn_writes() -> TurnWrites | None:
    return _TURN_WRITES.get()
