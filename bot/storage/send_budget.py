"""Teams' send limits, shared by every replica: a virtual schedule per key in the database.

Teams allows a bot about 30 requests a second per tenant and 7 messages a second per
conversation. With several replicas, a limit kept in each process would let N replicas send
N times as fast, so each key (the tenant, the conversation) has a row holding the earliest
real time its next send may go; a send takes the latest of its keys' times and moves each on
by that key's interval, in one transaction (rows locked in key order on PostgreSQL; one
writer at a time on SQLite). The caller then waits until its slot. Rows of conversations
that have not sent for a minute are pruned. Conversation keys are hashed: a personal chat's
id names its student.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.storage.activities import hashed
from bot.storage.database import Database

PRUNE_EVERY = 500  # sends between prunes of idle conversations' rows
IDLE = 60.0  # seconds after which a key's row is no longer needed


class SharedSendBudget:
    """`acquire(conversation_id, tenant)` as the in-process RateLimiter, across replicas."""

    def __init__(self, db: Database, per_second: float, per_conversation: float,
                 clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep):
        self._db = db
        self._interval = 1.0 / per_second
        self._conversation_interval = 1.0 / per_conversation
        self._clock = clock  # real epoch seconds, the same on every replica
        self._sleep = sleep
        self._sends = 0

    async def acquire(self, conversation_id: str, tenant: str | None = None) -> None:
        wait = await asyncio.to_thread(self.reserve, conversation_id, tenant)
        if wait > 0:
            await self._sleep(wait)

    def reserve(self, conversation_id: str, tenant: str | None = None) -> float:
        """Take the next slot for a send; the seconds to wait for it."""
        keys = sorted([(f"tenant:{tenant or ''}", self._interval),
                       (f"conversation:{hashed(conversation_id)}", self._conversation_interval)])
        now = self._clock()
        with self._db.transaction() as tx:
            tx.executemany("INSERT INTO send_budget (key, next_free) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING", [(k, now) for k, _ in keys])
            marks = ",".join("?" for _ in keys)
            rows = tx.execute(f"SELECT key, next_free FROM send_budget WHERE key IN ({marks}) "
                              "ORDER BY key" + self._db.for_update(),
                              tuple(k for k, _ in keys)).fetchall()
            slot = max([now, *(float(r["next_free"]) for r in rows)])
            tx.executemany("UPDATE send_budget SET next_free=? WHERE key=?",
                           [(slot + interval, k) for k, interval in keys])
            self._sends += 1
            if self._sends % PRUNE_EVERY == 0:
                tx.execute("DELETE FROM send_budget WHERE next_free < ? AND key LIKE "
                           "'conversation:%'", (now - IDLE,))
        return slot - now
