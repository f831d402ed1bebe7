"""The SQLite engine: one file in the data folder, opened once and shared by every store.

Calls are short and serialised by a lock; async callers run them off the event loop so a
slow disk never stalls it. Write transactions are `BEGIN IMMEDIATE`: one writer at a time,
in this process and in any other that opens the file (a terminal command beside `serve`).

It refuses to lose data quietly:
- At open, `PRAGMA quick_check` finds damaged pages; a file that is not a database or is
  damaged is a `StorageError` with a clear message, not a traceback.
- A small marker beside the database (`<name>.state.json`) records that it has held data
  and whether it was closed cleanly. A database that is now missing, empty or without its
  tables, or that was not closed cleanly and has lost its write-ahead log, is refused
  (`DataLossError`) unless `allow_fresh` says to start anyway.
- While running, the file the bot opened must still be the one at the path (device and
  inode, the write-ahead log's too): a database deleted or replaced underneath would take
  every later write with it at the next restart. Writes then fail with `DatabaseGone`
  instead of being confirmed, and `check()` reports it (readiness, an ERROR in the log).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.storage.database import Database, DatabaseGone, DataLossError, StorageError

log = logging.getLogger(__name__)

STATE_SUFFIX = ".state.json"
SCHEMA_TABLES = ("schema_migrations", "schema_versions")  # the latter: before migrations


class SqliteTx:
    """A write transaction's statements (`Tx`)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._conn.execute(sql + " RETURNING id", params).fetchall()[0][0])


class SqliteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path | str, *, allow_fresh: bool = False):
        """`allow_fresh`: start even when a database that held data is now empty or lost
        its write-ahead log (the operator says so, e.g. after deleting it on purpose)."""
        self._file: Path | None = None if str(path) == ":memory:" else Path(path)
        self.path = self._file if self._file is not None else path
        self.url = f"sqlite:///{path}"
        self.lost: str | None = None  # why writes are refused, once the file is gone
        self._identity: tuple[int, int] | None = None
        self._wal_identity: tuple[int, int] | None = None
        self._held_data = False
        self._lock = threading.RLock()
        before: dict[str, object] = {}
        if self._file is not None:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            before = _state_before_open(self._file)
            if before["size"] in (None, 0) and not allow_fresh and _held_data(before):
                # Checked before connecting, which would create or write the file.
                raise DataLossError(_loss_message(
                    self._file, "is missing" if before["size"] is None else
                    "is empty (zero bytes)"))
        try:
            self._conn = sqlite3.connect(str(path), check_same_thread=False,
                                         isolation_level=None, timeout=10)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            # Deleted rows are overwritten with zeros, not left in free pages (forget-me).
            self._conn.execute("PRAGMA secure_delete=ON")
            problems = [r[0] for r in self._conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as exc:
            self._close_quietly()
            raise StorageError(f"{path}: the bot's database cannot be read ({exc}): it is "
                               "damaged or not a database. Restore it from a backup, or move "
                               "it away and start with BOT_ALLOW_FRESH_DATABASE=1.") from exc
        if problems != ["ok"]:
            self._close_quietly()
            found = "; ".join(" ".join(p.split()) for p in problems)
            raise StorageError(f"{path}: the bot's database is damaged (PRAGMA quick_check: "
                               f"{found}). Restore it from a backup, or move it away and start "
                               "with BOT_ALLOW_FRESH_DATABASE=1.")
        if self._file is not None:
            self._check_not_lost(before, allow_fresh)
            self._identity = _identity(self._file)
            self._write_state(clean=False)

    # Opening and closing --------------------------------------------------------------
    def _check_not_lost(self, before: dict[str, object], allow_fresh: bool) -> None:
        assert self._file is not None
        state = before["state"] if isinstance(before["state"], dict) else {}
        tables = self._tables()
        self._held_data = _held_data(before) or self._has_rows(tables)
        if not _held_data(before):
            return
        problem = ""
        if before["size"] is None:
            problem = "is missing"
        elif before["size"] == 0:
            problem = "is empty (zero bytes)"
        elif not any(t in tables for t in SCHEMA_TABLES):
            problem = "has none of the bot's tables"
        elif not state.get("clean", True) and not before["wal"]:
            problem = (f"was not closed cleanly and its write-ahead log ({self._file.name}-wal)"
                       " is missing, so the latest changes are lost")
        if not problem:
            return
        message = _loss_message(self._file, problem)
        if not allow_fresh:
            self._close_quietly()
            raise DataLossError(message)
        log.warning("%s Starting anyway: BOT_ALLOW_FRESH_DATABASE is set.", message)
        self._held_data = self._has_rows(tables)

    def _tables(self) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]

    def _has_rows(self, tables: list[str]) -> bool:
        return any(self._conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()
                   for t in tables if t not in SCHEMA_TABLES)

    def _write_state(self, *, clean: bool) -> None:
        if self._file is None:
            return
        target = _state_path(self._file)
        temp = target.with_name(target.name + f".{os.getpid()}.tmp")
        try:
            temp.write_text(json.dumps({"held_data": self._held_data, "clean": clean}) + "\n",
                            encoding="utf-8")
            os.replace(temp, target)
        except OSError as exc:  # a read-only folder: the checks at the next start are weaker
            log.warning("cannot record the database's state in %s: %s", target, exc)

    def _close_quietly(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            # Clean when this was the last connection: SQLite checkpointed and removed the
            # log. Another process still holding it (the server, under a CLI) keeps it.
            if self._file is not None and self.lost is None and \
                    not _wal_path(self._file).exists():
                self._write_state(clean=True)

    # The file under us ---------------------------------------------------------------
    def check(self) -> None:
        """Raise `DatabaseGone` if the file we opened was deleted or replaced."""
        if self.lost is not None:
            raise DatabaseGone(self.lost)
        if self._file is None or self._identity is None:
            return
        reason = ""
        current = _identity(self._file)
        if current is None:
            reason = "was deleted"
        elif current != self._identity:
            reason = "was replaced by another file"
        else:
            wal = _identity(_wal_path(self._file))
            if self._wal_identity is None:
                self._wal_identity = wal
            elif wal != self._wal_identity:
                reason = "lost its write-ahead log" if wal is None else \
                    "had its write-ahead log replaced"
        if not reason:
            return
        self.lost = (f"{self._file} {reason} while the bot was running: nothing written now "
                     "would survive a restart, so writes are refused. Restore the file (or "
                     "restart the bot on a fresh one with BOT_ALLOW_FRESH_DATABASE=1).")
        log.error("%s", self.lost)
        raise DatabaseGone(self.lost)

    def probe(self) -> None:
        """A real query, and the file check: what readiness asks of the database."""
        self.check()
        self.query("SELECT count(*) FROM sqlite_master")

    # Reading and writing -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[SqliteTx]:
        """Everything inside commits together or not at all."""
        with self._write() as conn:
            yield SqliteTx(conn)
        if not self._held_data:
            self._held_data = True
            self._write_state(clean=False)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # The file is checked before the lock is taken, not while holding it: each of its
        # stat calls gives up the GIL, and a writer waiting to get the GIL back kept every
        # other writer (the answering threads storing chat state) waiting on the lock.
        self.check()
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def apply_script(self, statements: Sequence[str]) -> None:
        with self._write() as conn:  # tables alone are not data: the marker waits for rows
            for sql in statements:
                conn.execute(sql)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def tables(self) -> list[str]:
        with self._lock:
            return self._tables()

    def columns(self, table: str) -> list[str]:
        with self._lock:
            return [r[1] for r in self._conn.execute(f'PRAGMA table_info("{table}")')]

    def erase_deleted(self, tables: Sequence[str] = ()) -> bool:
        """Make recent deletions physical: with secure_delete the database file holds no
        deleted text, and this empties the write-ahead log, whose older page images still
        held it. False when another connection kept the log in use (it is retried at the
        next checkpoint)."""
        with self._lock:
            busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            log.warning("the write-ahead log is in use: deleted data leaves it later")
        return not busy

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the live database (SQLite's online backup), safe while
        the bot writes."""
        with self._lock:
            dest = sqlite3.connect(str(target))
            try:
                self._conn.backup(dest)
            finally:
                dest.close()

    def restore_from(self, source: Path) -> None:
        """Replace every page of this database with `source`'s (the bot must be stopped)."""
        with self._lock:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                src.backup(self._conn)
            finally:
                src.close()
            self._held_data = self._has_rows(self._tables())
            self._identity = _identity(self._file) if self._file is not None else None
            self._wal_identity = None
            self._write_state(clean=False)


def _state_path(file: Path) -> Path:
    return file.with_name(file.name + STATE_SUFFIX)


def _wal_path(file: Path) -> Path:
    return file.with_name(file.name + "-wal")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def _held_data(before: dict[str, object]) -> bool:
    state = before.get("state")
    return isinstance(state, dict) and bool(state.get("held_data"))


def _loss_message(file: Path, problem: str) -> str:
    return (f"{file}: the database held the bot's data before (see "
            f"{_state_path(file).name}) but now {problem}. It may have been deleted or "
            "replaced. Restore it from a backup; to start with what is there, set "
            "BOT_ALLOW_FRESH_DATABASE=1.")


def _state_before_open(file: Path) -> dict[str, object]:
    """What the folder says before SQLite touches it (connecting creates a missing file)."""
    try:
        size: int | None = file.stat().st_size
    except FileNotFoundError:
        size = None
    try:
        state = json.loads(_state_path(file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = None
    return {"size": size, "wal": _wal_path(file).exists(), "state": state}
