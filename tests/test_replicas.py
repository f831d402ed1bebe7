"""Two replicas on one database, in one process: each part of the bot that two replicas run
at once, on both engines (`db` is parametrised: SQLite and a real PostgreSQL).

The replicas here are two sets of stores and workers with different owners, racing on
threads, as two processes would. tests/test_replica_processes.py runs two real servers.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from bot.core.answer import Answer
from bot.reminders.model import Reminder, Subscription
from bot.reminders.planner import Planner
from bot.reminders.policy import load_policy
from bot.reminders.scheduler import ReminderScheduler
from bot.reminders.store import ReminderStore
from bot.storage.activities import SeenActivities
from bot.storage.chat_state import ChatStateStore
from bot.storage.send_budget import SharedSendBudget
from bot.triage.relay import RelayWorker
from bot.triage.service import Asker, TriageService
from bot.triage.store import TriageStore

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2021, 2, 3, 19, 0, tzinfo=UTC)


class Seconds:
    """A real-time clock for leases and budgets that tests move by hand."""

    def __init__(self, now: float = 1_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def ref(i: int) -> dict:
    return {"serviceUrl": "http://127.0.0.1:9/c/", "channelId": "msteams",
            "conversation": {"id": f"conv-{i}", "conversationType": "personal"},
            "user": {"id": f"u{i}"}}


def subscribe(store: ReminderStore, n: int) -> None:
    for i in range(n):
        store.save(Subscription(f"user:u{i}", f"conv-{i}", ref(i), frozenset({"deadline"}),
                                datetime(2021, 1, 1, tzinfo=UTC), user_id=f"u{i}"), NOW)


def test_two_schedulers_send_each_reminder_once(db, schedule):
    policy = load_policy(ROOT / "reminders.yaml")
    real = Seconds()
    stores = [ReminderStore(db, owner=name, clock=real) for name in ("a", "b")]
    subscribe(stores[0], 120)
    delivered: list[tuple[str, str]] = []
    lock = threading.Lock()

    def scheduler(store: ReminderStore) -> ReminderScheduler:
        async def deliver(sub: Subscription, r: Reminder) -> None:
            with lock:
                delivered.append((store.owner, r.key))
            await asyncio.sleep(0)

        return ReminderScheduler(store, lambda: Planner(schedule, policy), deliver,
                                 lambda: NOW)

    async def both() -> None:
        await asyncio.gather(*(scheduler(s).run_once() for s in stores))

    asyncio.run(both())
    keys = [k for _, k in delivered]
    assert sorted(keys) == sorted(f"user:u{i}|CW1|2d" for i in range(120))  # each once
    assert {owner for owner, _ in delivered} <= {"a", "b"}


def test_a_dead_replicas_claims_are_taken_over_only_after_their_lease(db, schedule):
    policy = load_policy(ROOT / "reminders.yaml")
    real = Seconds()
    dead = ReminderStore(db, owner="dead", lease=30, clock=real)
    alive = ReminderStore(db, owner="alive", lease=30, clock=real)
    subscribe(alive, 3)
    due, _ = Planner(schedule, policy).due(alive.active(), set(), [], NOW)
    assert dead.claim_many(due[:2], NOW) == {r.key for r in due[:2]}  # then it died
    sent: list[str] = []

    async def deliver(sub: Subscription, r: Reminder) -> None:
        sent.append(r.key)

    s = ReminderScheduler(alive, lambda: Planner(schedule, policy), deliver, lambda: NOW)
    report = asyncio.run(s.run_once())
    assert sent == [due[2].key] and report.recovered == 0  # the dead one's are still leased
    assert 29 < asyncio.run(s.seconds_until_next()) <= 30.1  # wakes when the lease ends
    real.now += 31
    report = asyncio.run(s.run_once())
    assert report.recovered == 2 and sorted(sent[1:]) == sorted(r.key for r in due[:2])
    assert {r["state"] for r in alive.ledger() if r["key"] in sent} == {"sent"}


def slow_sends(db, schedule, seconds_per_send: float) -> tuple[list[str], list[str], list]:
    """One replica sends three reminders, one at a time, each taking `seconds_per_send` of
    real time (lease 30 s); after each send the other replica looks for expired claims."""
    policy = load_policy(ROOT / "reminders.yaml")
    real = Seconds()
    mine = ReminderStore(db, owner="slow", lease=30, clock=real)
    other = ReminderStore(db, owner="other", lease=30, clock=real)
    subscribe(mine, 3)
    sent: list[str] = []
    taken: list[str] = []

    async def deliver(sub: Subscription, r: Reminder) -> None:
        real.now += seconds_per_send
        sent.append(r.key)
        taken.extend(row["key"] for row in other.take_expired(NOW))

    s = ReminderScheduler(mine, lambda: Planner(schedule, policy), deliver, lambda: NOW,
                          concurrency=1)
    asyncio.run(s.run_once())
    return sent, taken, mine.ledger()


def test_a_slow_batch_keeps_its_lease(db, schedule):
    """20 s a send against a 30 s lease: the claims are renewed as the batch goes, so the
    other replica never takes them for a dead replica's (they would be sent twice)."""
    sent, taken, ledger = slow_sends(db, schedule, 20)
    assert len(sent) == 3 and taken == []
    assert {r["state"] for r in ledger if r["key"] in sent} == {"sent"}


def test_a_claim_taken_over_during_a_stall_is_not_sent_again(db, schedule):
    """A send that stalls past the lease: the other replica takes the batch over (the
    stalled one is in doubt and goes again with its key), and this one sends no more."""
    sent, taken, _ = slow_sends(db, schedule, 40)
    assert len(sent) == 1 and len(taken) == 3 and set(sent) < set(taken)


def test_transient_failures_are_counted_across_replicas(db):
    stores = [ReminderStore(db, owner=o) for o in ("a", "b")]
    assert [stores[i % 2].transient_failure("user:u1|CW1|2d", NOW) for i in range(4)] == \
        [1, 2, 3, 4]
    stores[0].forget_user("u1")
    assert stores[1].transient_failure("user:u1|CW1|2d", NOW) == 1  # forgotten with them


def asked_group(db, n: int) -> tuple[TriageService, int]:
    service = TriageService(TriageStore(db), None, lambda: None)  # type: ignore[arg-type]
    answer = Answer("q", "unknown", False, 0.1, "")
    first = service.store.new_group(title="is the exam open book?", category="admin",
                                    week=None, lecture=None, deadline_id=None, due=None,
                                    urgency="low", personal=False, now=NOW)
    for i in range(n):
        service.store.add_question(first, text="is the exam open book?", user_id=f"u{i}",
                                   user_name=None, anonymous=False, reference=ref(i),
                                   now=NOW, bot_guess=answer.text, confidence=0.1,
                                   embedding=None)
    return service, first


def test_two_relay_workers_deliver_each_answer_once(db):
    service, group = asked_group(db, 100)
    assert service.answer(group, "Yes.", "tess", False, NOW) is not None
    delivered: list[str] = []

    def worker(owner: str) -> RelayWorker:
        async def send(q, text, private) -> None:
            delivered.append(q.user_id)
            await asyncio.sleep(0.001)

        return RelayWorker(TriageStore(db, owner=owner), send, lambda: NOW)

    async def both() -> list[int]:
        return await asyncio.gather(worker("a").deliver_pending(),
                                    worker("b").deliver_pending())

    counts = asyncio.run(both())
    assert sorted(delivered) == sorted(f"u{i}" for i in range(100))  # each asker once
    assert sum(counts) == 100


def test_a_dead_relay_workers_claims_wait_for_their_lease(db):
    service, group = asked_group(db, 3)
    service.answer(group, "Yes.", "tess", False, NOW)
    real = Seconds()
    dead = TriageStore(db, owner="dead", lease=60, clock=real)
    assert len(dead.claim_relays()) == 3  # claimed, never sent: the replica died
    alive = TriageStore(db, owner="alive", lease=60, clock=real)
    assert alive.claim_relays() == []
    real.now += 61
    assert len(alive.claim_relays()) == 3


def slow_relays(db, seconds_per_send: float) -> tuple[list[str], list[int]]:
    """One relay worker delivers an answer to three askers, one at a time, each send taking
    `seconds_per_send` of real time (lease 60 s); after each send the other replica's worker
    looks for deliveries to take over."""
    service, group = asked_group(db, 3)
    service.answer(group, "Yes.", "tess", False, NOW)
    real = Seconds()
    other = TriageStore(db, owner="other", lease=60, clock=real)
    sent: list[str] = []
    taken: list[int] = []

    async def send(q, text, private) -> None:
        real.now += seconds_per_send
        sent.append(q.user_id)
        taken.extend(q2.id for q2, _, _ in other.claim_relays())

    worker = RelayWorker(TriageStore(db, owner="slow", lease=60, clock=real), send,
                         lambda: NOW, concurrency=1)
    asyncio.run(worker.deliver_pending())
    return sent, taken


def test_a_slow_relay_batch_keeps_its_lease(db):
    sent, taken = slow_relays(db, 40)  # renewed after the first send, and again
    assert sorted(sent) == ["u0", "u1", "u2"] and taken == []


def test_a_relay_taken_over_during_a_stall_is_not_sent_again(db):
    sent, taken = slow_relays(db, 70)  # past the lease: the other replica took the rest
    assert sent == ["u0"] and len(taken) == 3


def test_two_tas_answering_at_once_one_answer_is_recorded(db):
    service, group = asked_group(db, 2)
    # Both TAs looked while it was open; the second write must not overwrite the first.
    results: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def ta(name: str) -> None:
        other = TriageService(TriageStore(db), None, lambda: None)  # type: ignore[arg-type]
        barrier.wait()
        results[name] = other.answer(group, f"answer from {name}", name, False, NOW)

    threads = [threading.Thread(target=ta, args=(n,)) for n in ("tess", "theo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [n for n, r in results.items() if r is not None]
    assert len(winners) == 1
    recorded = service.answered_by(group)
    assert recorded is not None and recorded.answered_by == winners[0]
    assert recorded.answer == f"answer from {winners[0]}"
    assert len(service.store.claim_relays()) == 2  # one answer per asker to send


def test_the_same_question_asked_at_once_on_two_replicas_makes_one_group(db, database_url,
                                                                       schedule):
    """Finding the group to join and starting one used to be two steps: students asking the
    same thing at the same moment each started a group, and a TA's answer reached only one."""
    from bot.storage.database import open_database

    other_db = open_database(database_url)  # the second replica's own connection(s)
    askers = 8
    barrier = threading.Barrier(askers)
    vector = np.ones(4, np.float32) / 2.0  # the same question: the same unit vector

    def embed(texts: list[str]) -> np.ndarray:
        barrier.wait()  # every asker's question is ready at the same moment
        return np.stack([vector for _ in texts])

    def ask(i: int) -> None:
        store = TriageStore(db if i % 2 else other_db)
        service = TriageService(store, embed, lambda: schedule)
        service.escalate("can we use pretrained weights?",
                         Answer("q", "unknown", False, 0.1, ""),
                         Asker(f"u{i}", None, ref(i)), NOW)

    try:
        threads = [threading.Thread(target=ask, args=(i,)) for i in range(askers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        other_db.close()
    groups = TriageStore(db).groups()
    assert len(groups) == 1 and groups[0].askers == askers


def test_the_send_budget_is_shared_by_replicas(db):
    real = Seconds()
    budgets = [SharedSendBudget(db, per_second=30, per_conversation=7, clock=real)
               for _ in range(2)]
    # Ten sends to different conversations of one tenant, alternating replicas, at once:
    # one every 1/30 s across both, not 30/s each.
    waits = [budgets[i % 2].reserve(f"conv-{i}", "tenant-1") for i in range(10)]
    assert waits == pytest.approx([i / 30 for i in range(10)])
    # One conversation: 7 a second, whichever replica sends.
    waits = [budgets[i % 2].reserve("conv-x", "tenant-2") for i in range(4)]
    assert waits == pytest.approx([i / 7 for i in range(4)])
    real.now += 10  # idle: no wait
    assert budgets[1].reserve("conv-x", "tenant-2") == 0


def test_an_activity_delivered_twice_is_taken_once(db):
    a, b = SeenActivities(db), SeenActivities(db)
    assert a.first_time("msteams|conv-1|act-1") is True
    assert b.first_time("msteams|conv-1|act-1") is False
    assert b.first_time("msteams|conv-1|act-2") is True
    assert not any("conv-1" in str(r[0]) for r in db.query("SELECT key FROM seen_activities"))


def test_chat_state_is_shared_and_forgotten(db):
    real = Seconds()
    a, b = ChatStateStore(db, clock=real), ChatStateStore(db, clock=real)
    a.put("conv-1|u1", "last_answer", {"question": "when is cw2 due?"}, user_id="u1")
    assert b.get("conv-1|u1", "last_answer") == {"question": "when is cw2 due?"}
    b.put("conv-1|u1", "last_answer", {"question": "and cw3?"}, user_id="u1")
    assert a.get("conv-1|u1", "last_answer") == {"question": "and cw3?"}
    assert a.forget_user("u1") == 1 and b.get("conv-1|u1", "last_answer") is None
    a.put("conv-2|u2", "follow_up", [1, 2], user_id="u2")
    real.now += 8 * 24 * 3600
    assert a.get("conv-2|u2", "follow_up") is None and a.prune() == 1
