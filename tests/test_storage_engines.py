"""The storage layer on both engines: the same stores, the same answers, SQLite and PostgreSQL.

Every test here runs twice (`db` is parametrised in conftest.py): against a SQLite file and
against a real PostgreSQL server started for the session.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from bot.reminders.model import Reminder, Subscription
from bot.reminders.store import ReminderStore
from bot.storage import migrations
from bot.storage.conversations import ConversationStore
from bot.storage.database import SchemaError, open_database
from bot.triage.announce import AnnouncementQueue, Announcer
from bot.triage.store import TriageStore

NOW = datetime(2021, 2, 3, 12, 0, tzinfo=UTC)


def personal_ref(conv: str, user: str) -> dict:
    return {"serviceUrl": "http://127.0.0.1:9/connector/", "channelId": "msteams",
            "conversation": {"id": conv, "conversationType": "personal"},
            "user": {"id": user, "name": "Ada"}}


def test_a_new_database_is_migrated_to_the_latest_version(db):
    assert migrations.current(db) == migrations.latest(db.dialect) >= 2
    assert {"conversations", "reminder_ledger", "triage_groups", "chat_state",
            "send_budget", "seen_activities"} <= set(db.tables())


def test_conversations_round_trip_and_refresh(db):
    store = ConversationStore(db)
    store.remember(conversation_id="c1", user_id="u1", service_url="http://x/",
                   reference=personal_ref("c1", "u1"), now=NOW, time_zone="Asia/Tokyo",
                   aad_object_id="aad-1")
    # A later message without a zone or AAD id keeps the ones seen before.
    store.remember(conversation_id="c1", user_id="u1", service_url="http://y/",
                   reference=personal_ref("c1", "u1"), now=NOW + timedelta(minutes=5))
    row = store.get("c1", "u1")
    assert row is not None
    assert (row.service_url, row.time_zone, row.aad_object_id) == \
        ("http://y/", "Asia/Tokyo", "aad-1")
    assert row.last_seen == NOW + timedelta(minutes=5)
    store.remember(conversation_id="c1;messageid=9", user_id="u2", service_url="http://x/",
                   reference=personal_ref("c1;messageid=9", "u2"), now=NOW)
    store.remember(conversation_id="c10", user_id="u3", service_url="http://x/",
                   reference=personal_ref("c10", "u3"), now=NOW)
    # A channel's reply threads are its rows; another conversation sharing a prefix is not.
    assert {r.conversation_id for r in store.in_conversation("c1")} == \
        {"c1", "c1;messageid=9"}
    assert store.mark_welcomed("c1", NOW) is True
    assert store.mark_welcomed("c1", NOW) is False
    assert store.personal_for("u1").conversation_id == "c1"
    assert store.forget_user("u1") == 1
    assert store.get("c1", "u1") is None


def test_triage_ids_counts_and_embeddings(db):
    store = TriageStore(db)
    g1 = store.new_group(title="when is cw2 due?", category="coursework", week=3,
                         lecture=None, deadline_id="CW2", due=NOW, urgency="high",
                         personal=False, now=NOW)
    g2 = store.new_group(title="other", category="content", week=None, lecture="05",
                         deadline_id=None, due=None, urgency="low", personal=False, now=NOW)
    assert g2 == g1 + 1
    vector = np.linspace(-1, 1, 384, dtype=np.float32)
    q1 = store.add_question(g1, text="when is cw2 due?", user_id="u1", user_name="Ada",
                            anonymous=False, reference=personal_ref("c1", "u1"), now=NOW,
                            bot_guess=None, confidence=0.25, embedding=vector)
    store.add_question(g1, text="cw2 deadline?", user_id="u2", user_name=None,
                       anonymous=True, reference=personal_ref("c2", "u2"), now=NOW,
                       bot_guess="guess", confidence=0.5, embedding=None)
    group = store.group(g1)
    assert group is not None and group.askers == 2 and group.due == NOW
    [(gid, back)] = store.open_embeddings()
    assert gid == g1 and np.array_equal(back, vector)
    assert [q.id for q in store.questions(g1)][0] == q1
    assert store.open_count() == 2
    store.delivery_failed(q1, "boom", permanent=True)
    store.delivery_failed(q1, "boom", permanent=False)
    assert store.forget_user("u1") == 1
    assert store.group(g1).title == "cw2 deadline?"


def test_reminder_ledger_claims_once(db):
    store = ReminderStore(db)
    sub = Subscription("user:u1", "c1", personal_ref("c1", "u1"), frozenset({"deadline"}),
                       NOW, user_id="u1")
    store.save(sub, NOW)
    r = Reminder("user:u1", "CW1", "2d", "deadline", NOW, NOW + timedelta(days=2))
    assert store.claim_many([r], NOW) == {r.key}
    assert store.claim_many([r], NOW) == set()
    store.snooze("user:u1", "CW1", NOW)
    store.snooze("user:u1", "CW1", NOW)
    assert len(store.snoozes()) == 1
    assert store.get("user:u1").kinds == frozenset({"deadline"})
    store.forget_user("u1")
    assert store.get("user:u1") is None and store.ledger() == []


def test_announcement_queue(db):
    queue = AnnouncementQueue(db)
    queue.add(7, NOW)
    queue.add(7, NOW)
    assert queue.pending() == [7]
    assert queue.failed(7, "x", permanent=False) == 1
    assert queue.failed(7, "x", permanent=True) == 5
    assert queue.pending() == []


def test_two_replicas_announce_each_group_once(db):
    real = [1000.0]
    queues = [AnnouncementQueue(db, owner=name, lease=60, clock=lambda: real[0])
              for name in ("replica-a", "replica-b")]
    for group_id in range(1, 31):
        queues[0].add(group_id, NOW)
    posts: list[tuple[str, int]] = []
    # Replica a posts only once b has posted too, so both must have claimed a share (a claim
    # takes 20 of the 30) whichever thread the machine runs first; without this wait, on a
    # loaded machine one replica could finish before the other's first claim.
    b_posted = asyncio.Event()

    def poster(name: str):
        async def post(group_id: int) -> None:
            if name == "replica-a":
                await b_posted.wait()
            else:
                b_posted.set()
            await asyncio.sleep(0)  # the other replica runs while this one posts
            posts.append((name, group_id))
        return post

    announcers = [Announcer(q, poster(q.owner), lambda: NOW) for q in queues]

    async def both() -> list[int]:
        return await asyncio.gather(*(a.announce_pending() for a in announcers))

    counts = asyncio.run(both())
    assert sorted(g for _, g in posts) == list(range(1, 31)) and sum(counts) == 30
    assert {name for name, _ in posts} == {"replica-a", "replica-b"}  # both took a share


def test_an_announcement_claimed_by_a_dead_replica_is_posted_after_its_lease(db):
    real = [1000.0]
    dead = AnnouncementQueue(db, owner="dead", lease=60, clock=lambda: real[0])
    live = AnnouncementQueue(db, owner="live", lease=60, clock=lambda: real[0])
    live.add(5, NOW)
    assert dead.claim() == [5]  # ... and then the replica died
    posted: list[int] = []

    async def post(group_id: int) -> None:
        posted.append(group_id)

    announcer = Announcer(live, post, lambda: NOW)
    assert asyncio.run(announcer.announce_pending()) == 0 and posted == []
    real[0] += 61
    assert asyncio.run(announcer.announce_pending()) == 1 and posted == [5]
    assert live.pending() == []


def test_a_database_newer_than_the_code_is_refused(database_url):
    db = open_database(database_url)
    with db.transaction() as tx:
        tx.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                   "(99, 'from_the_future', 'x')")
    db.close()
    with pytest.raises(SchemaError, match="newer than this code"):
        open_database(database_url)


def test_an_older_database_is_refused_until_upgraded(database_url):
    db = open_database(database_url)
    with db.transaction() as tx:  # back to version 1, as a deployment before this code
        tx.execute("DELETE FROM schema_migrations WHERE version > 1")
        for table in ("reminder_retries", "chat_state", "send_budget", "seen_activities"):
            tx.execute(f"DROP TABLE {table}")
        for table in ("reminder_ledger", "triage_questions", "triage_announcements"):
            for column in ("claimed_by", "lease_until"):
                tx.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        for column in ("mute_until", "evening_kinds", "zone_said"):  # 0004
            tx.execute(f"ALTER TABLE subscriptions DROP COLUMN {column}")
    db.close()
    with pytest.raises(SchemaError, match="db upgrade"):
        open_database(database_url)
    db = open_database(database_url, check_schema=False)
    assert [m.version for m in migrations.upgrade(db)] == \
        list(range(2, migrations.latest(db.dialect) + 1))
    assert migrations.upgrade(db) == []
    db.close()
    open_database(database_url).close()


def test_a_replica_that_opens_a_new_database_while_another_sets_it_up_waits(pg_url):
    """Two replicas starting at once on an empty PostgreSQL: the one that lost the race read
    the schema between two migrations of the other ("version 1, older than this code's")
    and exited."""
    import threading
    import time

    if migrations.latest("postgresql") < 2:
        pytest.skip("needs at least two migrations")
    first = open_database(pg_url, check_schema=False)
    second = open_database(pg_url, check_schema=False)
    outcome: dict[str, object] = {}

    def open_second() -> None:
        try:
            migrations.check_schema(second)
            outcome["ok"] = True
        except SchemaError as exc:
            outcome["error"] = exc

    try:
        with first.migration_lock():
            migrations._upgrade_locked(first, upto=1)  # the first replica is half-way
            looker = threading.Thread(target=open_second)
            looker.start()
            deadline = time.monotonic() + 30
            # The second replica must be waiting for the lock, not reading the schema now.
            while not outcome and first.query(
                    "SELECT count(*) FROM pg_locks WHERE locktype='advisory' "
                    "AND NOT granted")[0][0] == 0:
                assert time.monotonic() < deadline, "the second replica never waited"
                time.sleep(0.01)
            assert not outcome, outcome
            migrations._upgrade_locked(first)  # ... and finishes
        looker.join(timeout=30)
        assert outcome == {"ok": True}
        assert migrations.current(second) == migrations.latest("postgresql")
    finally:
        first.close()
        second.close()


def test_an_install_without_the_migration_files_is_a_clear_error(tmp_path, monkeypatch):
    # Without its .sql files the runner would see "0 migrations" and start on no tables.
    monkeypatch.setattr(migrations, "HERE", tmp_path)
    (tmp_path / "sqlite").mkdir()
    with pytest.raises(SchemaError, match="no migration files"):
        migrations.migrations("sqlite")
