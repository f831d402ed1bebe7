"""`python -m bot db upgrade|status|backup|restore|copy`, run as an operator runs them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from bot.reminders.model import Reminder, Subscription
from bot.reminders.store import ReminderStore
from bot.storage import migrations
from bot.storage.chat_state import ChatStateStore
from bot.storage.conversations import ConversationStore
from bot.storage.database import SchemaError, open_database, open_sqlite
from bot.triage.announce import AnnouncementQueue
from bot.triage.store import TriageStore

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2021, 2, 3, 12, 0, tzinfo=UTC)


def bot_db(data: Path, *args: str, url: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "BOT_DATA_DIR": str(data), "BOT_LOG_LEVEL": "WARNING"}
    env.pop("BOT_DATABASE_URL", None)
    if url:
        env["BOT_DATABASE_URL"] = url
    return subprocess.run([sys.executable, "-m", "bot", "db", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def fill(db, n: int = 30) -> None:
    """Rows in every table, through the stores, with the awkward values: NULLs, bytes,
    floats, non-ASCII text, quotes and percent signs."""
    conversations, reminders = ConversationStore(db), ReminderStore(db)
    triage, queue, chats = TriageStore(db), AnnouncementQueue(db), ChatStateStore(db)
    rng = np.random.default_rng(3)
    for i in range(n):
        user = f"user-{i}"
        ref = {"serviceUrl": "http://127.0.0.1:9/c/", "channelId": "msteams",
               "conversation": {"id": f"conv-{i}", "conversationType": "personal"},
               "user": {"id": user, "name": f"Zoë O'Brien {i}% ?"}}
        conversations.remember(conversation_id=f"conv-{i}", user_id=user,
                               service_url="http://127.0.0.1:9/c/", reference=ref,
                               now=NOW + timedelta(seconds=i),
                               time_zone="Asia/Tokyo" if i % 2 else None,
                               user_name=f"Zoë O'Brien {i}% ?")
        conversations.mark_welcomed(f"conv-{i}", NOW)
        sub = Subscription(f"user:{user}", f"conv-{i}", ref, frozenset({"deadline", "qa"}),
                           NOW, user_id=user,
                           deadline_offsets=(timedelta(days=2),) if i % 3 else None)
        reminders.save(sub, NOW)
        r = Reminder(sub.subscriber, "CW1", "2d", "deadline", NOW, NOW + timedelta(days=2))
        reminders.claim_many([r], NOW)
        reminders.mark(r.key, "sent", NOW)
        reminders.snooze(sub.subscriber, "QA-W2", NOW + timedelta(hours=1))
        group = triage.new_group(title=f"question {i} – “quoted”", category="content",
                                 week=i % 10 or None, lecture=None, deadline_id=None,
                                 due=None, urgency="low", personal=bool(i % 2), now=NOW)
        triage.add_question(group, text=f"what is {i}% of ?", user_id=user,
                            user_name=None, anonymous=bool(i % 4 == 0), reference=ref,
                            now=NOW, bot_guess=None, confidence=float(i) / 7.0,
                            embedding=rng.standard_normal(384).astype(np.float32))
        queue.add(group, NOW)
        chats.put(f"conv-{i}|{user}", "last_answer", {"question": f"q{i}", "n": i},
                  user_id=user, now=1.6e9 + i)
    reminders.set_event_versions({"CW1": ("deadline", NOW), "QA-W2": ("qa", None)})


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table of the bot, in a comparable form."""
    out = {}
    for table in sorted(set(db.tables()) - {migrations.TABLE}):
        columns = sorted(db.columns(table))
        names = ", ".join(f'"{c}"' for c in columns)
        rows = [tuple(bytes(v) if isinstance(v, memoryview | bytes) else v for v in r)
                for r in db.query(f'SELECT {names} FROM "{table}"')]
        out[table] = sorted(rows, key=repr)
    return out


def test_copy_moves_a_sqlite_deployment_into_postgresql_without_loss(tmp_path, pg_url):
    db = open_sqlite(tmp_path / "bot.sqlite3")
    fill(db)
    before = dump(db)
    db.close()
    assert sum(len(rows) for rows in before.values()) > 200

    done = bot_db(tmp_path, "copy", "--to", pg_url)
    assert done.returncode == 0, done.stderr
    assert "every table's count matches" in done.stdout
    target = open_database(pg_url)
    try:
        assert dump(target) == before  # every row, every column, bytes and floats exact
        # Read back through the stores, and new rows carry on after the copied ids.
        triage = TriageStore(target)
        assert len(triage.open_embeddings()) == 15
        new = triage.new_group(title="after the move", category="admin", week=None,
                               lecture=None, deadline_id=None, due=None, urgency="low",
                               personal=False, now=NOW)
        assert new == max(g.id for g in triage.groups(None) if g.id != new) + 1
    finally:
        target.close()

    # Copying again would mix two deployments' rows: refused, the target unchanged.
    again = bot_db(tmp_path, "copy", "--to", pg_url)
    assert again.returncode == 1 and "already holds data" in again.stderr


def test_backup_while_running_then_restore(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    live = open_sqlite(data / "bot.sqlite3")  # the "running bot" keeps it open throughout
    fill(live, 5)
    done = bot_db(data, "backup", str(tmp_path / "backup.sqlite3"))
    assert done.returncode == 0, done.stderr
    ConversationStore(live).remember(conversation_id="late", user_id="late", now=NOW,
                                     service_url="http://x/", reference={})
    live.close()
    # The backup is a database of its own at this code's version, without the later row.
    copy = sqlite3.connect(tmp_path / "backup.sqlite3")
    assert copy.execute("SELECT count(*) FROM conversations").fetchone()[0] == 5
    copy.close()
    assert bot_db(data, "backup", str(tmp_path / "backup.sqlite3")).returncode == 1  # exists

    done = bot_db(data, "restore", str(tmp_path / "backup.sqlite3"))
    assert done.returncode == 0, done.stderr
    restored = open_sqlite(data / "bot.sqlite3")
    try:
        assert ConversationStore(restored).get("late", "late") is None
        assert len(ConversationStore(restored).all()) == 5
    finally:
        restored.close()


def test_a_database_from_before_migrations_is_upgraded_by_the_command(tmp_path):
    """An issue-11 deployment: its tables, `schema_versions`, no `schema_migrations`."""
    path = tmp_path / "bot.sqlite3"
    conn = sqlite3.connect(path)
    for sql in migrations.migrations("sqlite")[0].statements:
        conn.execute(sql)
    conn.execute("CREATE TABLE schema_versions (store TEXT PRIMARY KEY, version INTEGER)")
    conn.execute("INSERT INTO schema_versions VALUES ('triage', 1)")
    conn.execute("INSERT INTO welcomed VALUES ('conv-1', '2021-02-01T00:00:00+00:00')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="from before versioned migrations"):
        open_sqlite(path)
    status = bot_db(tmp_path, "status")
    assert "schema version 0" in status.stdout and "db upgrade" in status.stdout
    done = bot_db(tmp_path, "upgrade")
    assert done.returncode == 0, done.stderr
    assert f"-> {migrations.latest('sqlite')}" in done.stdout
    db = open_sqlite(path)
    try:
        assert db.query("SELECT conversation_id FROM welcomed")[0][0] == "conv-1"
    finally:
        db.close()
    assert "up to date" in bot_db(tmp_path, "upgrade").stdout


def test_postgresql_backups_are_pg_dump(tmp_path, pg_url):
    done = bot_db(tmp_path, "backup", str(tmp_path / "x"), url=pg_url)
    assert done.returncode == 1 and "pg_dump" in done.stderr
    assert "schema version" in bot_db(tmp_path, "upgrade", url=pg_url).stdout
