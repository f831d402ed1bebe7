"""The database never loses data quietly: at start, and under the running bot."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.storage.conversations import ConversationStore
from bot.storage.database import DatabaseGone, DataLossError, StorageError, open_sqlite

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2021, 2, 3, 12, 0, tzinfo=UTC)


def remember(store: ConversationStore, n: int = 1) -> None:
    for i in range(n):
        store.remember(conversation_id=f"conv-{i}", user_id=f"user-{i}" * 5,
                       service_url="http://127.0.0.1:9/connector/",
                       reference={"conversation": {"id": f"conv-{i}"}, "pad": "x" * 200},
                       now=NOW)


def with_data(folder: Path, rows: int = 1) -> Path:
    path = folder / "bot.sqlite3"
    db = open_sqlite(path)
    remember(ConversationStore(db), rows)
    db.close()
    return path


def count(path: Path) -> int:
    db = open_sqlite(path, allow_fresh=True)
    try:
        return db.query("SELECT count(*) FROM conversations")[0][0]
    finally:
        db.close()


def test_a_clean_database_opens_again_with_its_data(tmp_path):
    path = with_data(tmp_path, 3)
    assert not (tmp_path / "bot.sqlite3-wal").exists()  # closed cleanly: the log is folded in
    assert count(path) == 3


@pytest.mark.parametrize("damage", ["deleted", "emptied", "replaced by a blank database"])
def test_a_database_that_held_data_is_not_silently_started_empty(tmp_path, damage):
    path = with_data(tmp_path)
    if damage == "deleted":
        path.unlink()
    elif damage == "emptied":
        path.write_bytes(b"")
    else:
        path.unlink()
        sqlite3.connect(path).execute("PRAGMA user_version=1").connection.close()
    with pytest.raises(DataLossError) as err:
        open_sqlite(path)
    assert "held the bot's data before" in str(err.value)
    assert "BOT_ALLOW_FRESH_DATABASE=1" in str(err.value)
    if damage == "deleted":
        assert not path.exists()  # refusing did not create an empty file
    # Told to, it starts with what is there (nothing), and says so.
    db = open_sqlite(path, allow_fresh=True)
    ConversationStore(db)
    db.close()
    assert count(path) == 0


def test_a_lost_write_ahead_log_after_a_crash_is_refused(tmp_path):
    """The last changes live in bot.sqlite3-wal until a checkpoint; losing it loses them."""
    live = tmp_path / "live"
    live.mkdir()
    db = open_sqlite(live / "bot.sqlite3")
    store = ConversationStore(db)
    remember(store, 2)
    db.query("PRAGMA wal_checkpoint(TRUNCATE)")  # these two are in the main file now
    store.remember(conversation_id="late", user_id="u", service_url="http://127.0.0.1:9/",
                   reference={}, now=NOW)  # this one only in the log
    # Two copies of the folder as a crash leaves it (never closed): one keeps its log, the
    # other loses it (deleted by hand, or missed by a careless backup).
    kept, lost = tmp_path / "kept", tmp_path / "lost"
    shutil.copytree(live, kept)
    shutil.copytree(live, lost)
    db.close()
    for name in ("bot.sqlite3-wal", "bot.sqlite3-shm"):
        (lost / name).unlink(missing_ok=True)
    assert count_copy(kept) == 3  # with its log, nothing is lost
    with pytest.raises(DataLossError) as err:
        open_sqlite(lost / "bot.sqlite3")
    assert "write-ahead log" in str(err.value) and "not closed cleanly" in str(err.value)


def count_copy(folder: Path) -> int:
    db = open_sqlite(folder / "bot.sqlite3")
    try:
        return db.query("SELECT count(*) FROM conversations")[0][0]
    finally:
        db.close()


def test_damaged_pages_are_a_clear_error(tmp_path):
    path = with_data(tmp_path, 300)
    data = bytearray(path.read_bytes())
    data[2 * 4096:2 * 4096 + 16] = b"\xff" * 16  # page 3's b-tree header
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as err:
        open_sqlite(path)
    assert "damaged" in str(err.value) and "quick_check" in str(err.value)


def test_the_cli_exits_with_a_message_on_a_damaged_database(tmp_path):
    path = with_data(tmp_path, 300)
    data = bytearray(path.read_bytes())
    data[2 * 4096:2 * 4096 + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    env = dict(os.environ, BOT_DATA_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "bot", "triage", "list"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "damaged" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("how", ["deleted", "replaced", "log deleted"])
def test_writes_fail_once_the_file_is_gone(tmp_path, how, caplog):
    path = tmp_path / "bot.sqlite3"
    db = open_sqlite(path)
    store = ConversationStore(db)
    remember(store)
    if how == "deleted":
        path.unlink()
    elif how == "replaced":
        other = with_data(tmp_path / "other")
        os.replace(other, path)
    else:
        (tmp_path / "bot.sqlite3-wal").unlink()
    with pytest.raises(DatabaseGone) as err:
        remember(store)
    assert "while the bot was running" in str(err.value)
    with pytest.raises(DatabaseGone):
        db.probe()  # what /readyz asks
    assert sum("while the bot was running" in r.getMessage() for r in caplog.records
               if r.levelname == "ERROR") == 1  # said once, not on every write
    db.close()
    state = (tmp_path / "bot.sqlite3.state.json").read_text()
    assert '"clean": false' in state  # a lost database is not marked as closed cleanly


def test_a_cli_closing_under_a_running_server_leaves_the_crash_check_armed(tmp_path):
    server = open_sqlite(tmp_path / "bot.sqlite3")
    remember(ConversationStore(server))
    cli = open_sqlite(tmp_path / "bot.sqlite3")  # e.g. `python -m bot triage list`
    cli.close()
    state = (tmp_path / "bot.sqlite3.state.json").read_text()
    assert '"clean": false' in state  # the server still holds the log
    server.close()
    assert '"clean": true' in (tmp_path / "bot.sqlite3.state.json").read_text()
