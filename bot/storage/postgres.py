"""The PostgreSQL engine: psycopg 3 with a connection pool, shared by every store.

Several replicas of the bot use one PostgreSQL database. Stores write `?` placeholders;
they are turned into psycopg's here. Rows claimed for work are locked with `FOR UPDATE
SKIP LOCKED`, so two replicas never claim the same row and neither waits for the other.

SQLite's file checks (identity, marker, quick_check) have no counterpart: the server keeps
its own files. What the bot checks is that the server answers: at open (a clear error when
it cannot be reached) and in `/readyz` (a real query through the pool).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from bot.storage.database import Database, DatabaseGone, StorageError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10  # seconds to reach the server at open
POOL_TIMEOUT = 30.0  # seconds a call waits for a free connection
MIGRATION_LOCK_ID = 7_014_014  # pg_advisory_lock key: migrations run one replica at a time


class PgRow(tuple):
    """A row readable by position and by column name (as sqlite3.Row is)."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> PgRow:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or []
    names = {d.name: i for i, d in enumerate(description)}
    return lambda values: PgRow(values, names)


@lru_cache(maxsize=512)
def to_psycopg(sql: str) -> str:
    """`?` placeholders as psycopg's `%s`; a literal `%` doubled. `?` inside quotes stays."""
    out, quoted = [], False
    for ch in sql:
        if ch == "'":
            quoted = not quoted
        if ch == "%":
            out.append("%%")
        elif ch == "?" and not quoted:
            out.append("%s")
        else:
            out.append(ch)
    return "".join(out)


class PgTx:
    def __init__(self, conn: Any):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._conn.execute(to_psycopg(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._conn.cursor() as cur:
                cur.executemany(to_psycopg(sql), [tuple(r) for r in rows])

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.execute(sql + " RETURNING id", params).fetchone()[0])


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, conninfo: str, *, shown: str = "", pool_size: int = 8):
        import psycopg
        from psycopg_pool import ConnectionPool

        self.url = shown or "postgresql://…"
        self.lost = None
        self._closed = False

        def configure(conn: Any) -> None:
            conn.row_factory = _row_factory

        self._pool = ConnectionPool(
            conninfo, min_size=1, max_size=max(1, pool_size), open=False, timeout=POOL_TIMEOUT,
            kwargs={"connect_timeout": CONNECT_TIMEOUT, "application_name": "course-bot"},
            configure=configure, name="bot")
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT + 5)
        except Exception as exc:  # noqa: BLE001 - the pool says little; try once to say why
            self._pool.close()
            reason = str(exc)
            try:
                psycopg.connect(conninfo, connect_timeout=CONNECT_TIMEOUT).close()
            except psycopg.Error as direct:
                reason = str(direct).strip()
            raise StorageError(f"{self.url}: cannot connect to the PostgreSQL server "
                               f"({reason}). Check BOT_DATABASE_URL and that the server is "
                               "running and reachable.") from exc

    @contextmanager
    def transaction(self) -> Iterator[PgTx]:
        self.check()
        with self._connection() as conn, conn.transaction():
            yield PgTx(conn)

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection() as conn:
                yield conn
        except PoolTimeout as exc:
            raise StorageError(f"{self.url}: no database connection free within "
                               f"{POOL_TIMEOUT:g} s") from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._connection() as conn:
            return conn.execute(to_psycopg(sql), tuple(params)).fetchall()

    def lock_rows(self, table: str | None = None) -> str:
        return f" FOR UPDATE OF {table} SKIP LOCKED" if table else " FOR UPDATE SKIP LOCKED"

    def for_update(self) -> str:
        return " FOR UPDATE"

    def serialise(self, tx: Any, name: str) -> None:
        tx.execute("SELECT pg_advisory_xact_lock(hashtext(?))", (name,))

    def check(self) -> None:
        if self._closed:
            raise DatabaseGone(f"{self.url}: the database was closed")

    def probe(self) -> None:
        self.check()
        self.query("SELECT 1")

    def erase_deleted(self, tables: Sequence[str] = ()) -> bool:
        """VACUUM the tables a deletion touched: dead row versions are removed now rather
        than whenever autovacuum comes round. (PostgreSQL has no secure_delete: freed space
        is overwritten as it is reused; the write-ahead log and backups keep their copies
        for their retention period. See the README.)"""
        if not tables:
            return True
        try:
            with self._pool.connection() as conn:
                conn.autocommit = True  # VACUUM cannot run inside a transaction
                try:
                    for table in tables:
                        conn.execute(f'VACUUM "{table}"')
                finally:
                    conn.autocommit = False
        except Exception as exc:  # noqa: BLE001 - the rows are deleted; this is extra
            log.warning("VACUUM after a deletion failed (autovacuum will do it): %s", exc)
            return False
        return True

    def tables(self) -> list[str]:
        return [r[0] for r in self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")]

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]

    def after_copy(self, tables: Sequence[str]) -> None:
        with_ids = [t for t in tables if "id" in self.columns(t)]
        with self.transaction() as tx:
            for table in with_ids:
                seq = tx.execute("SELECT pg_get_serial_sequence(?, 'id')", (table,)).fetchone()
                if seq is not None and seq[0]:
                    tx.execute(f'SELECT setval(?, COALESCE((SELECT MAX(id) FROM "{table}"), 0)'
                               " + 1, false)", (seq[0],))

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        with self._connection() as conn:
            conn.autocommit = True
            conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_ID,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_ID,))
                conn.autocommit = False

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._pool.close()
