"""Delivering TA answers to every asker: an outbox worker over the triage store.

Answers recorded anywhere (a TA in Teams, or `python -m bot triage answer` in a terminal)
leave undelivered rows; this worker claims them (a lease: another replica's worker skips
them), sends them and marks each delivered. It wakes at once when the bot records an
answer, and checks the store every few seconds for answers given from the terminal or on
another replica. It runs as a supervised worker (`job()`), which survives any failure.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.send_status import is_permanent
from bot.storage.leases import BatchLease
from bot.supervisor import Job
from bot.triage.service import relay_text
from bot.triage.store import Question, TriageStore
from bot.wakeable import Wakeup

log = logging.getLogger(__name__)

# (the asker's question, the text, private): a private answer (a personal question, an
# anonymous asker) must reach the asker in their 1:1 chat, never where they asked.
Send = Callable[[Question, str, bool], Awaitable[None]]
CHECK_EVERY = 5.0  # seconds: picks up answers given from the terminal


class RelayWorker:
    def __init__(self, store: TriageStore, send: Send, clock: Callable[[], Any],
                 concurrency: int = 16):
        self._store = store
        self._send = send
        self._clock = clock
        self._concurrency = concurrency
        self._wake = Wakeup()
        # One pass at a time in this process: a second caller waits for the pass in flight
        # (whose claims it would skip) and then delivers what is left.
        self._busy = asyncio.Lock()

    def wake(self) -> None:
        self._wake.set()

    def job(self) -> Job:
        return Job("relay", self.cycle, self._wake)

    async def cycle(self) -> float:
        await self.deliver_pending()
        return CHECK_EVERY

    async def deliver_pending(self) -> int:
        async with self._busy:
            return await self._deliver_pending()

    async def _deliver_pending(self) -> int:
        sent = 0
        while True:
            claimed_at = self._store.real_now()
            pending = await asyncio.to_thread(self._store.claim_relays)
            if not pending:
                return sent
            gate = asyncio.Semaphore(self._concurrency)
            lease = BatchLease(self._store, [q.id for q, _, _ in pending], claimed_at)
            results = await asyncio.gather(*(self._one(gate, lease, q, a, private)
                                             for q, a, private in pending))
            sent += sum(results)
            if not any(results):
                return sent  # every send failed: try again on the next wake

    async def _one(self, gate: asyncio.Semaphore, lease: BatchLease, q: Question,
                   answer: str, private: bool) -> bool:
        async with gate:
            if not await lease.holds(q.id):
                log.warning("the TA answer to question %d was taken over by another replica "
                            "while this one was slow; not sent from here", q.id)
                return False
            try:
                await self._send(q, relay_text(q, answer), private)
            except Exception as exc:  # noqa: BLE001 - logged; retried with a back-off
                permanent = is_permanent(exc)
                given_up = await asyncio.to_thread(self._store.delivery_failed, q.id,
                                                   str(exc), permanent)
                if given_up:
                    log.error("the TA answer to question %d could not be delivered; giving "
                              "up (python -m bot triage lists it): %s", q.id, exc)
                else:
                    log.warning("could not deliver the TA answer to question %d, will retry: "
                                "%s", q.id, exc)
                return False
            await asyncio.to_thread(self._store.mark_delivered, q.id, self._clock())
            return True
