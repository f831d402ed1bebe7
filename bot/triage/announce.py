"""Announcing new question groups in the TA channel: a durable outbox and its worker.

Filing a question queues its group here (in the same database), and the worker posts it. A
post that fails is retried on the worker's next loop; while the TA channel cannot be reached
at all (the bot does not know where to post yet), announcements wait in the queue instead of
being dropped. Several replicas share the queue: each claims what it posts (a lease, as for
reminders and TA answers), so a group is announced once. The post itself is injected: this
module knows nothing of Bot Framework.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.send_status import is_permanent
from bot.storage.database import Database, utc_text
from bot.storage.leases import BatchLease, renew_claims, take_claims
from bot.supervisor import Job
from bot.wakeable import Wakeup

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # an announcement that keeps failing is given up (and logged)
CHECK_EVERY = 30.0  # seconds between looks at the queue when nothing wakes the worker
CLAIM_BATCH = 20  # announcements claimed at a time


class NotYet(Exception):  # noqa: N818 - reads as "raise NotYet(why)"
    """The TA channel cannot be reached yet; the message says why."""


Post = Callable[[int], Awaitable[None]]  # posts one group's announcement


class AnnouncementQueue:
    def __init__(self, db: Database, owner: str = "this-process", lease: float = 120.0,
                 clock: Callable[[], float] = time.time):
        self._db = db
        self.owner = owner  # this replica, in the announcements it claims
        self.lease = lease
        self._clock = clock  # real epoch seconds (leases)

    def add(self, group_id: int, now: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO triage_announcements (group_id, queued) "
                         "VALUES (?, ?) ON CONFLICT DO NOTHING",
                         (group_id, utc_text(now)))

    def pending(self, limit: int = 100) -> list[int]:
        return [r["group_id"] for r in self._db.query(
            "SELECT group_id FROM triage_announcements WHERE announced IS NULL "
            "AND attempts < ? ORDER BY group_id LIMIT ?", (MAX_ATTEMPTS, limit))]

    def claim(self, limit: int = CLAIM_BATCH) -> list[int]:
        """Pending announcements, each claimed by this replica for `lease` seconds: those
        another replica holds are left to it; a lease that ran out (its replica died) is
        taken over."""
        real = self._clock()
        with self._db.transaction() as conn:
            ids = [r["group_id"] for r in conn.execute(
                "SELECT group_id FROM triage_announcements WHERE announced IS NULL "
                "AND attempts < ? AND (lease_until IS NULL OR lease_until < ?) "
                "ORDER BY group_id LIMIT ?" + self._db.lock_rows("triage_announcements"),
                (MAX_ATTEMPTS, real, limit))]
            if ids:
                take_claims(conn, "triage_announcements", "group_id", ids, real + self.lease,
                            self.owner)
        return ids

    def release(self, group_ids: list[int]) -> None:
        """Give claims back unposted (the channel cannot be reached yet)."""
        if not group_ids:
            return
        marks = ",".join("?" for _ in group_ids)
        with self._db.transaction() as conn:
            conn.execute(f"UPDATE triage_announcements SET claimed_by=NULL, lease_until=NULL "
                         f"WHERE claimed_by=? AND group_id IN ({marks})",
                         (self.owner, *group_ids))

    def real_now(self) -> float:
        return self._clock()

    def renew(self, group_ids: list[int]) -> set[int]:
        return renew_claims(self._db, "triage_announcements", "group_id",
                            "announced IS NULL AND lease_until IS NOT NULL", group_ids,
                            self._clock() + self.lease, self.owner)

    def done(self, group_id: int, now: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE triage_announcements SET announced=?, error=NULL, "
                         "lease_until=NULL WHERE group_id=?",
                         (utc_text(now), group_id))

    def failed(self, group_id: int, error: str, permanent: bool) -> int:
        """Count a failed post; the attempts so far (a permanent failure uses them all)."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE triage_announcements SET attempts = CASE WHEN ? = 1 THEN ? "
                         "ELSE attempts + 1 END, error=?, claimed_by=NULL, lease_until=NULL "
                         "WHERE group_id=?",
                         (int(permanent), MAX_ATTEMPTS, error[:200], group_id))
            row = conn.execute("SELECT attempts FROM triage_announcements WHERE group_id=?",
                               (group_id,)).fetchone()
        return int(row["attempts"]) if row else MAX_ATTEMPTS


class Announcer:
    """The worker: posts queued announcements; woken when a question is filed."""

    def __init__(self, queue: AnnouncementQueue, post: Post, clock: Callable[[], datetime]):
        self.queue = queue
        self._post = post
        self._clock = clock
        self._wake = Wakeup()
        self._busy = asyncio.Lock()  # one pass at a time: a group is never posted twice
        self.waiting_reason: str | None = None  # why announcements are held, for /readyz

    def wake(self) -> None:
        self._wake.set()

    def job(self) -> Job:
        return Job("announcements", self.cycle, self._wake)

    async def cycle(self) -> float:
        await self.announce_pending()
        return CHECK_EVERY

    async def announce_pending(self) -> int:
        async with self._busy:
            return await self._announce_pending()

    async def _announce_pending(self) -> int:
        posted = 0
        while True:
            claimed_at = self.queue.real_now()
            batch = await asyncio.to_thread(self.queue.claim)
            if not batch:
                return posted
            done, more = await self._post_batch(batch, BatchLease(self.queue, batch,
                                                                  claimed_at))
            posted += done
            if not more:
                return posted

    async def _post_batch(self, batch: list[int], lease: BatchLease) -> tuple[int, bool]:
        """(posted, whether to go on with the next batch)."""
        posted = 0
        for n, group_id in enumerate(batch):
            if not await lease.holds(group_id):
                log.warning("the announcement of question #%d was taken over by another "
                            "replica while this one was slow; not posted from here", group_id)
                continue
            try:
                await self._post(group_id)
            except NotYet as why:
                if self.waiting_reason != str(why):
                    log.warning("new questions are not announced in the TA channel yet: %s",
                                why)
                self.waiting_reason = str(why)
                await asyncio.to_thread(self.queue.release, batch[n:])
                return posted, False  # all of them wait; nothing is counted as failed
            except Exception as exc:  # noqa: BLE001 - logged, retried on the next loop
                permanent = is_permanent(exc)
                attempts = await asyncio.to_thread(self.queue.failed, group_id, str(exc),
                                                 permanent)
                given_up = permanent or attempts >= MAX_ATTEMPTS
                log.log(logging.ERROR if given_up else logging.WARNING,
                        "could not announce question #%d in the TA channel%s: %s", group_id,
                        " (giving up: TAs see it with 'triage')" if given_up else "", exc)
                continue
            self.waiting_reason = None
            await asyncio.to_thread(self.queue.done, group_id, self._clock())
            posted += 1
        return posted, True
