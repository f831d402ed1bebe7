"""What an operator does to the database: upgrade, back up, restore, copy to another engine.

`python -m bot db …` (bot/cli/db.py) is the terminal side; this module raises, never exits.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.storage import migrations
from bot.storage.database import Database, SchemaError, StorageError, open_database
from bot.storage.urls import parse_url

log = logging.getLogger(__name__)

# Parents before children (triage_questions refers to triage_groups); the rest follow.
COPY_FIRST = ("triage_groups",)
NOT_COPIED = (migrations.TABLE, migrations.LEGACY_TABLE)
COPY_BATCH = 1000
PG_DUMP_HINT = ("PostgreSQL is backed up by the server's own tools: pg_dump --format=custom "
                "--file=bot.dump \"$BOT_DATABASE_URL\", restored with pg_restore --clean "
                "--dbname=\"$BOT_DATABASE_URL\" bot.dump (or the platform's point-in-time "
                "backups; see deploy/README.md)")


class OperationError(StorageError):
    """The operation cannot be done as asked; the message says why and what to do."""


@dataclass(frozen=True)
class CopyReport:
    rows: dict[str, int]  # table -> rows copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def upgrade(url: str, *, allow_fresh: bool = False) -> tuple[int | None, list[int]]:
    """Apply pending migrations; (the version before, the versions applied)."""
    db = open_database(url, allow_fresh=allow_fresh, check_schema=False)
    try:
        before = migrations.current(db)
        applied = migrations.upgrade(db)
        return before, [m.version for m in applied]
    finally:
        db.close()


def status(url: str) -> tuple[int | None, int]:
    """(the database's schema version, this code's)."""
    db = open_database(url, check_schema=False)
    try:
        return migrations.current(db), migrations.latest(db.dialect)
    finally:
        db.close()


def backup(url: str, target: Path) -> None:
    """A consistent copy of a SQLite database, taken while the bot may be running."""
    from bot.storage.sqlite import SqliteDatabase

    if parse_url(url).dialect != "sqlite":
        raise OperationError(PG_DUMP_HINT)
    if target.exists():
        raise OperationError(f"{target} exists: give a new file name")
    db = open_database(url, check_schema=False)
    try:
        assert isinstance(db, SqliteDatabase)
        target.parent.mkdir(parents=True, exist_ok=True)
        db.backup_to(target)
    finally:
        db.close()


def restore(url: str, source: Path) -> int:
    """Replace a SQLite database with a backup (stop the bot first); the backup's version."""
    from bot.storage.sqlite import SqliteDatabase

    if parse_url(url).dialect != "sqlite":
        raise OperationError(PG_DUMP_HINT)
    version = _backup_version(source)
    want = migrations.latest("sqlite")
    if version > want:
        raise SchemaError(f"{source}: the backup's schema is version {version}, newer than "
                          f"this code's {want}: restore it with the version that wrote it")
    db = open_database(url, allow_fresh=True, check_schema=False)
    try:
        assert isinstance(db, SqliteDatabase)
        db.restore_from(source)
    finally:
        db.close()
    return version


def _backup_version(source: Path) -> int:
    if not source.is_file():
        raise OperationError(f"{source}: no such backup file")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            if migrations.TABLE in tables:
                version = int(conn.execute(
                    f"SELECT MAX(version) FROM {migrations.TABLE}").fetchone()[0] or 0)
            elif migrations.LEGACY_TABLE in tables:
                version = 0
            else:
                raise OperationError(f"{source} has none of the bot's tables: not a backup "
                                     "of the bot's database")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise OperationError(f"{source} cannot be read as a SQLite database: {exc}") from exc
    if problems != ["ok"]:
        raise OperationError(f"{source} is damaged (PRAGMA quick_check: {'; '.join(problems)})")
    return version


def copy(source_url: str, target_url: str, *,
         progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Every row of the source database into an empty target (another engine, usually:
    SQLite into PostgreSQL), in one transaction, ids kept; then the counts are compared."""
    source = open_database(source_url)  # at this code's version, or a SchemaError
    try:
        target = open_database(target_url)  # an empty target is set up here
        try:
            return _copy(source, target, progress)
        finally:
            target.close()
    finally:
        source.close()


def _copy(source: Database, target: Database,
          progress: Callable[[str, int], None] | None) -> CopyReport:
    tables = [t for t in source.tables() if t not in NOT_COPIED]
    missing = sorted(set(tables) - set(target.tables()))
    if missing:
        raise OperationError(f"{target.url} has no table {', '.join(missing)}: is it the "
                             "bot's database at the same version?")
    full = [t for t in tables if target.query(f'SELECT 1 FROM "{t}" LIMIT 1')]
    if full:
        raise OperationError(f"{target.url} already holds data (in {', '.join(full)}): copy "
                             "into an empty database only, so that nothing is mixed or lost")
    ordered = [t for t in COPY_FIRST if t in tables] + \
        sorted(t for t in tables if t not in COPY_FIRST)
    counts: dict[str, int] = {}
    with target.transaction() as tx:
        for table in ordered:
            columns = [c for c in source.columns(table) if c in set(target.columns(table))]
            names = ", ".join(f'"{c}"' for c in columns)
            insert = (f'INSERT INTO "{table}" ({names}) VALUES '
                      f'({", ".join("?" for _ in columns)})')
            rows = source.query(f'SELECT {names} FROM "{table}"')
            for start in range(0, len(rows), COPY_BATCH):
                tx.executemany(insert, [tuple(_plain(v) for v in r)
                                        for r in rows[start:start + COPY_BATCH]])
            counts[table] = len(rows)
            if progress is not None:
                progress(table, len(rows))
    target.after_copy(ordered)
    for table, n in counts.items():
        copied = int(target.query(f'SELECT COUNT(*) FROM "{table}"')[0][0])
        if copied != n:
            raise OperationError(f"{table}: {n} rows in the source but {copied} in the target")
    return CopyReport(counts)


def _plain(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value
