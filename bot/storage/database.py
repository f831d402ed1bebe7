"""The bot's database: one interface, two engines (SQLite, PostgreSQL).

`open_database(url)` opens `sqlite:///…` (the default: `bot.sqlite3` in the data folder) or
`postgresql://…`, and checks that its schema is the one this code was written for (see
`bot/storage/migrations`). Stores call only what is here:

- `query(sql, params)`: rows readable by column name (`row["id"]`) and by position;
- `transaction()`: a `Tx` whose `execute`, `executemany` and `insert` (the new row's id)
  commit together or not at all;
- `lock_rows(table)`: the clause that claims selected rows for this transaction, so that
  replicas claiming work never take the same row (`FOR UPDATE SKIP LOCKED` on PostgreSQL;
  nothing on SQLite, whose write transactions already run one at a time).

SQL is written with `?` placeholders in the dialect both engines share (`ON CONFLICT DO
NOTHING`, `RETURNING`); what differs (schemas, pragmas, backups) stays in this package.
Calls block: async callers run them off the event loop.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any, Protocol


class StorageError(RuntimeError):
    """The database cannot be opened or is not one of ours."""


def utc_text(moment: datetime | None) -> str | None:
    """How the stores keep a moment: ISO 8601 in UTC (sorts and compares as text)."""
    return moment.astimezone(UTC).isoformat() if moment else None


def engine_errors() -> tuple[type[BaseException], ...]:
    """The engines' own error classes (a locked SQLite file, a PostgreSQL server that went
    away), for a command line that reports them as errors, not tracebacks."""
    import sqlite3

    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    try:
        import psycopg
    except ImportError:  # PostgreSQL support not installed: no such errors either
        return errors
    return (*errors, psycopg.Error)


class DataLossError(StorageError):
    """The database held data before and has lost it (missing, emptied, log deleted)."""


class DatabaseGone(StorageError):
    """The database was deleted, replaced or cannot be reached while the bot was running."""


class SchemaError(StorageError):
    """The database's schema is older or newer than this code."""


class Row(Protocol):
    def __getitem__(self, key: int | str) -> Any: ...
    def keys(self) -> Sequence[str]: ...


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Tx(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def insert(self, sql: str, params: Sequence[Any] = ()) -> int: ...


class Database(abc.ABC):
    """What every store uses; `SqliteDatabase` and `PostgresDatabase` implement it."""

    dialect: str  # "sqlite" or "postgresql": names the migrations folder
    url: str  # what to show an operator (no password)
    lost: str | None = None  # why writes are refused, once the database is gone

    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[Tx]:
        """Everything inside commits together or not at all."""

    @abc.abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a read; each readable by column name and by position."""

    def lock_rows(self, table: str | None = None) -> str:
        """Appended to a SELECT that claims rows: other replicas skip them."""
        return ""

    def for_update(self) -> str:
        """Appended to a SELECT whose rows this transaction will change: others wait."""
        return ""

    @abc.abstractmethod
    def check(self) -> None:
        """Raise `DatabaseGone` if the database the bot opened is no longer there."""

    @abc.abstractmethod
    def probe(self) -> None:
        """A real query (and `check`): what readiness asks of the database."""

    @abc.abstractmethod
    def erase_deleted(self, tables: Sequence[str] = ()) -> bool:
        """Make recent deletions physical as far as the engine allows (forget-me)."""

    @abc.abstractmethod
    def tables(self) -> list[str]:
        """The tables in the database (not the engine's own)."""

    @abc.abstractmethod
    def columns(self, table: str) -> list[str]:
        """A table's columns, in order."""

    def after_copy(self, tables: Sequence[str]) -> None:
        """After rows were copied in with their ids: counters carry on after them."""
        return None

    def apply_script(self, statements: Sequence[str]) -> None:
        """Run a migration's statements in one transaction."""
        with self.transaction() as tx:
            for sql in statements:
                tx.execute(sql)

    def serialise(self, tx: Tx, name: str) -> None:
        """Inside `tx`: wait until no other transaction (of any replica) holds `name`, and hold
        it until `tx` ends, so that a read and the write that depends on it are one step.
        SQLite's write transactions already run one at a time."""
        return None

    def migration_lock(self) -> AbstractContextManager[None]:
        """Held while migrations run: two replicas starting at once apply them once."""
        from contextlib import nullcontext

        return nullcontext()

    @abc.abstractmethod
    def close(self) -> None: ...


def open_database(url: str, *, allow_fresh: bool = False, pool_size: int = 8,
                  check_schema: bool = True) -> Database:
    """Open the database at `url` and check its schema (see `migrations.check_schema`).

    A database with none of the bot's tables is set up at once; one whose schema is older or
    newer than this code is a `SchemaError` saying what to do (`python -m bot db upgrade`).
    `check_schema=False` opens it as it is (the `db` commands).
    """
    from bot.storage.migrations import check_schema as check
    from bot.storage.urls import parse_url

    target = parse_url(url)
    db: Database
    if target.dialect == "sqlite":
        from bot.storage.sqlite import SqliteDatabase

        db = SqliteDatabase(target.path, allow_fresh=allow_fresh)
    else:
        from bot.storage.postgres import PostgresDatabase

        db = PostgresDatabase(target.conninfo, shown=target.shown, pool_size=pool_size)
    if check_schema:
        try:
            check(db)
        except BaseException:
            db.close()
            raise
    return db


def open_sqlite(path: Any, *, allow_fresh: bool = False) -> Database:
    """`open_database` for a SQLite file given by its path."""
    from bot.storage.urls import sqlite_url

    return open_database(sqlite_url(path), allow_fresh=allow_fresh)
