"""Versioned schema migrations: numbered SQL files per engine, applied in order.

`sqlite/0001_initial.sql` and `postgresql/0001_initial.sql` are the same schema version in
each engine's words; a version number means the same tables and columns in both (which is
what lets `db copy` move data between them). Each file runs in one transaction and is
recorded in `schema_migrations`; statements end with `;` at the end of a line.

At start (`check_schema`): a database with none of the bot's tables is set up; one at this
code's version is used; an older one is an error telling the operator to back it up and run
`python -m bot db upgrade`; a newer one (written by a later version of the bot) is an error
too: this code would misread it.

SQLite databases from before migrations have a `schema_versions` table and the tables of
version 1 (created with IF NOT EXISTS, so 0001 adopts them as they are).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.storage.database import Database, SchemaError

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
LEGACY_TABLE = "schema_versions"
TABLE = "schema_migrations"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def migrations(dialect: str) -> list[Migration]:
    out = []
    for path in sorted((HERE / dialect).glob("*.sql")):
        match = _NAME.match(path.name)
        if match is None:
            raise SchemaError(f"{path}: migration files are named NNNN_name.sql")
        out.append(Migration(int(match.group(1)), match.group(2), _statements(path)))
    if not out:
        # An install that left the SQL files out would otherwise start on an empty schema.
        raise SchemaError(f"{HERE / dialect}: no migration files (is the package installed "
                          "with its data files?)")
    versions = [m.version for m in out]
    if versions != list(range(1, len(out) + 1)):
        raise SchemaError(f"{HERE / dialect}: migrations must be numbered 1, 2, … without gaps")
    return out


def latest(dialect: str) -> int:
    return len(migrations(dialect))


def _statements(path: Path) -> tuple[str, ...]:
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("--"))
    return tuple(s.strip() for s in re.split(r";\s*$", text, flags=re.MULTILINE) if s.strip())


def current(db: Database) -> int | None:
    """The database's schema version: None when it has none of the bot's tables, 0 for a
    SQLite database from before migrations."""
    tables = set(db.tables())
    if TABLE in tables:
        rows = db.query(f"SELECT MAX(version) FROM {TABLE}")
        return int(rows[0][0] or 0)
    if LEGACY_TABLE in tables:
        return 0
    return None


def upgrade(db: Database) -> list[Migration]:
    """Apply every pending migration; returns those applied (empty when up to date)."""
    with db.migration_lock():  # another replica may be doing the same right now
        return _upgrade_locked(db)


def _upgrade_locked(db: Database, upto: int | None = None) -> list[Migration]:
    """`upgrade` with the migration lock held; `upto` stops at that version."""
    known = migrations(db.dialect)
    applied: list[Migration] = []
    have = current(db) or 0
    if have > len(known):
        raise _newer(db, have, len(known))
    for m in known[have:upto]:
        db.apply_script([
            f"CREATE TABLE IF NOT EXISTS {TABLE} (version INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            *m.statements,
            f"INSERT INTO {TABLE} (version, name, applied_at) VALUES "
            f"({m.version}, '{m.name}', '{datetime.now(UTC).isoformat()}')"])
        log.info("database %s: applied migration %04d_%s", db.url, m.version, m.name)
        applied.append(m)
    return applied


def check_schema(db: Database) -> None:
    """Use the database only at this code's version; set up one that has no tables yet."""
    want = latest(db.dialect)
    have = current(db)
    if have is None or have < want:
        # Another replica may be setting up this new database at this moment (its schema
        # then reads as an early version): look again once no migration is running.
        with db.migration_lock():
            have = current(db)
            if have is None:
                _upgrade_locked(db)  # a new, empty database: nothing to migrate or lose
                return
    if have == want:
        return
    if have > want:
        raise _newer(db, have, want)
    raise SchemaError(
        f"{db.url}: the database's schema is version {have}"
        f"{' (from before versioned migrations)' if have == 0 else ''}, older than this "
        f"code's {want}. Back it up (python -m bot db backup FILE, or pg_dump), then run "
        "python -m bot db upgrade.")


def _newer(db: Database, have: int, want: int) -> SchemaError:
    return SchemaError(
        f"{db.url}: the database's schema is version {have}, newer than this code's {want}: "
        "it was upgraded by a later version of the bot. Run that version, or restore the "
        "backup taken before the upgrade.")
