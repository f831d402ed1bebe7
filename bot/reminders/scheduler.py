"""Sending the reminders that are due, exactly once, and sleeping until the next one.

Each reminder's key is claimed in the ledger before it is delivered and marked after. Claims
are leased to the replica that made them: at every run, claims whose lease ran out (their
replica died mid-send) are delivered again with the same key (the receiver can drop a
repeat; see the README), and a replica sleeps no longer than until the next lease runs out.
Several replicas may run this scheduler on one database. The clock and the sleep are
injected: tests never sleep.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.reminders.model import Reminder, Subscription
from bot.reminders.planner import Planner, changed_deadlines
from bot.reminders.store import ReminderStore
from bot.storage.leases import BatchLease
from bot.supervisor import Job
from bot.wakeable import Wakeup

log = logging.getLogger(__name__)


class Unreachable(Exception):
    """Delivery failed for good (the bot was removed or blocked by that subscriber)."""


Deliver = Callable[[Subscription, Reminder], Awaitable[None]]
CLAIM_BATCH = 64  # claims per transaction: what a crash leaves in doubt until its lease ends
MAX_TRANSIENT_RUNS = 5  # runs a reminder may fail transiently before it is marked failed
RETRY_SOON = timedelta(minutes=1)


@dataclass
class RunReport:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    recovered: int = 0
    paused: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)


class ReminderScheduler:
    def __init__(self, store: ReminderStore, planner: Callable[[], Planner], deliver: Deliver,
                 clock: Callable[[], datetime], *, pause_after: int = 3,
                 concurrency: int = 16, speed: float = 1.0,
                 max_sleep: timedelta = timedelta(minutes=30)):
        self._store = store
        self._planner = planner
        self._deliver = deliver
        self._clock = clock
        self._pause_after = pause_after
        self._concurrency = concurrency
        self._speed = speed  # simulated clocks run faster than the sleep they ask for
        self._max_sleep = max_sleep
        self._wake = Wakeup()
        self._retry_at: datetime | None = None

        self.on_progress: Callable[[], None] | None = None  # after each batch of sends

    def wake(self) -> None:
        """Plan again now (a subscription or the schedule changed); safe from any thread."""
        self._wake.set()

    def job(self) -> Job:
        return Job("reminders", self.cycle, self._wake)

    async def cycle(self) -> float:
        """Send what is due; the real seconds to sleep until the next reminder."""
        await self.run_once()
        return await self.seconds_until_next()

    async def seconds_until_next(self) -> float:
        now = self._clock()
        # Planning is CPU work (about a second for 10,000 subscribers): off the event loop,
        # like the store's calls, so turns and /healthz never wait for it.
        planner = await asyncio.to_thread(self._planner)
        subs = await asyncio.to_thread(self._store.active)
        snoozes = await asyncio.to_thread(self._store.snoozes)
        target = await asyncio.to_thread(planner.next_due, subs, snoozes, now)
        if self._retry_at and (target is None or self._retry_at < target):
            target = self._retry_at
        delay = self._max_sleep if target is None else min(self._max_sleep, target - now)
        seconds = max(0.0, delay.total_seconds() / self._speed)
        # Another replica's claims, if it died, are ours to finish once their lease ends.
        lease = await asyncio.to_thread(self._store.next_lease_expiry)
        return seconds if lease is None else min(seconds, lease + 0.1)

    async def run_once(self) -> RunReport:
        report = RunReport()
        now = self._clock()
        planner = await asyncio.to_thread(self._planner)
        self._retry_at = None
        await self._recover(planner, report)
        subs = await asyncio.to_thread(self._store.active)
        by_id = {s.subscriber: s for s in subs}
        to_send = await self._moved_deadlines(planner, subs, now, report)
        done = await asyncio.to_thread(self._store.keys)
        snoozes = await asyncio.to_thread(self._store.snoozes)
        due, skipped = await asyncio.to_thread(planner.due, subs, done, snoozes, now)
        for r, reason in skipped:
            log.info("reminder %s skipped: %s", r.key, reason)
            await asyncio.to_thread(self._store.record_final, r, "skipped", now, reason)
        report.skipped += len(skipped)
        to_send.extend(due)
        await self._send_all([(by_id[r.subscriber], r) for r in to_send
                              if r.subscriber in by_id], report)
        if report.sent or report.failed or report.skipped or report.paused:
            log.info("reminders: %d sent, %d skipped, %d failed, %d paused", report.sent,
                     report.skipped, report.failed, len(report.paused))
        return report

    async def _recover(self, planner: Planner, report: RunReport) -> None:
        now = self._clock()
        taken_at = self._store.real_now()
        rows = await asyncio.to_thread(self._store.take_expired, now)
        if not rows:
            return
        subs = {s.subscriber: s for s in await asyncio.to_thread(self._store.all)}
        work = []
        for row in rows:
            start = datetime.fromisoformat(row["event_start"]) if row["event_start"] else None
            r = Reminder(row["subscriber"], row["event_id"], row["label"], row["type"],
                         datetime.fromisoformat(row["due"]), start, late=True)
            sub = subs.get(r.subscriber)
            if r.event_id not in planner.events:
                # Removed from the schedule while in doubt: it would go out as a bare id.
                await asyncio.to_thread(self._store.mark, r.key, "skipped", now,
                                        "its event was removed from the schedule")
                continue
            if sub is None or not sub.active or (start is not None and now >= start):
                await asyncio.to_thread(self._store.mark, r.key, "skipped", now,
                                        "in doubt after a restart, no longer useful")
                continue
            work.append((sub, r))
        log.warning("%d reminders were in flight when a replica stopped (their lease ran "
                    "out); delivering them again with the same keys", len(work))
        report.recovered = len(work)
        await self._send_all(work, report, taken_at=taken_at)

    async def _moved_deadlines(self, planner: Planner, subs: list[Subscription],
                               now: datetime, report: RunReport) -> list[Reminder]:
        known = await asyncio.to_thread(self._store.event_versions)
        current = {e.id: (e.kind, e.start) for e in planner.events.values()}
        if known == current:
            return []
        out = []
        if known:
            for e in changed_deadlines(planner.events, known):
                report.moved.append(e.id)
                old = known[e.id][1]
                log.info("deadline %s moved from %s to %s", e.id, old, e.start)
                for sub in subs:
                    if "deadline" in sub.kinds and e.start and now < e.start:
                        out.append(Reminder(sub.subscriber, e.id,
                                            f"changed@{e.start.isoformat()}", "changed", now,
                                            e.start, details={"old_start": old}))
            for gone in sorted(set(known) - set(current)):
                log.info("event %s was removed from the schedule: its reminders are "
                         "cancelled", gone)
        await asyncio.to_thread(self._store.set_event_versions, current)
        return out

    async def _send_all(self, work: list[tuple[Subscription, Reminder]], report: RunReport,
                        taken_at: float | None = None) -> None:
        """`taken_at`: when the work was already claimed (taken over after a crash); None
        claims it here, batch by batch."""
        # Claimed in batches (one transaction each), each marked as soon as it is sent: a
        # crash leaves at most a batch in doubt, and only the in-flight ones were delivered.
        for start in range(0, len(work), CLAIM_BATCH):
            batch = work[start:start + CLAIM_BATCH]
            claimed_at = taken_at
            if claimed_at is None:
                claimed_at = self._store.real_now()
                mine = await asyncio.to_thread(self._store.claim_many, [r for _, r in batch],
                                               self._clock())
                batch = [(s, r) for s, r in batch if r.key in mine]  # others: another run's
            await self._send_batch(batch, report, claimed_at)
            if self.on_progress is not None:
                self.on_progress()

    async def _send_batch(self, work: list[tuple[Subscription, Reminder]],
                          report: RunReport, claimed_at: float) -> None:
        gate = asyncio.Semaphore(self._concurrency)
        paused: set[str] = set(report.paused)
        lease = BatchLease(self._store, [r.key for _, r in work], claimed_at)

        async def one(sub: Subscription, r: Reminder) -> None:
            async with gate:
                if not await lease.holds(r.key):
                    log.warning("reminder %s was taken over by another replica while this "
                                "one was slow; not sent from here", r.key)
                    return
                if sub.subscriber in paused:
                    await asyncio.to_thread(self._store.mark, r.key, "skipped", self._clock(),
                                            "subscriber paused")
                    return
                try:
                    await self._deliver(sub, r)
                except Unreachable as exc:
                    report.failed += 1
                    await asyncio.to_thread(self._store.mark, r.key, "failed", self._clock(),
                                            str(exc)[:200])
                    if await asyncio.to_thread(self._store.record_failure, sub.subscriber,
                                               str(exc), self._pause_after, self._clock()):
                        paused.add(sub.subscriber)
                        report.paused.append(sub.subscriber)
                        log.warning("reminders to %s paused after repeated failures: %s",
                                    sub.subscriber, exc)
                    return
                except Exception as exc:  # noqa: BLE001 - transient: release and retry soon
                    report.failed += 1
                    runs = await asyncio.to_thread(self._store.transient_failure, r.key,
                                                   self._clock())
                    if runs >= MAX_TRANSIENT_RUNS:
                        log.error("reminder %s failed %d times, giving up: %s", r.key, runs,
                                  exc)
                        await asyncio.to_thread(self._store.mark, r.key, "failed",
                                                self._clock(), str(exc)[:200])
                    else:
                        log.warning("reminder %s failed (%s); will retry", r.key, exc)
                        await asyncio.to_thread(self._store.release, r.key)
                        self._retry_at = self._clock() + RETRY_SOON
                    return
                await asyncio.to_thread(self._store.mark, r.key, "sent", self._clock())
                if sub.failures:
                    await asyncio.to_thread(self._store.record_success, sub.subscriber)
                report.sent += 1

        # Every send runs to its end even if one fails unexpectedly (a store error): a
        # cancelled sibling would leave its claim in doubt until the lease runs out. The
        # first such error is raised afterwards, for the supervisor to log and restart.
        results = await asyncio.gather(*(one(s, r) for s, r in work), return_exceptions=True)
        errors = [e for e in results if isinstance(e, BaseException)]
        if errors:
            raise errors[0]
