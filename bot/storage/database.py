"""One SQLite database in the data folder, opened once and shared by every store.

Calls are short and serialised by a lock; async callers run them with `asyncio.to_thread`
so a slow disk never stalls the event loop.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


class StorageError(RuntimeError):
    """The database cannot be opened or is not one of ours."""


class Database:
    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else path
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = sqlite3.connect(str(path), check_same_thread=False,
                                         isolation_level=None, timeout=10)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            # Deleted rows are overwritten with zeros, not left in free pages (forget-me).
            self._conn.execute("PRAGMA secure_delete=ON")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{path}: cannot open the bot's database: {exc}") from exc
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Everything inside commits together or not at all."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def ensure_schema(self, name: str, statements: list[str]) -> None:
        """Create a store's tables once; `name` keys the store in the schema table."""
        with self.transaction() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_versions "
                         "(store TEXT PRIMARY KEY, version INTEGER NOT NULL)")
            for sql in statements:
                conn.execute(sql)
            conn.execute("INSERT OR IGNORE INTO schema_versions VALUES (?, ?)",
                         (name, SCHEMA_VERSION))

    def erase_deleted(self) -> bool:
        """Make recent deletions physical: with secure_delete the database file holds no
        deleted text, and this empties the write-ahead log, whose older page images still
        held it. False when another connection kept the log in use (it is retried at the
        next checkpoint)."""
        with self._lock:
            busy = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            log.warning("the write-ahead log is in use: deleted data leaves it later")
        return not busy

    def close(self) -> None:
        with self._lock:
            self._conn.close()
