"""`python -m bot db upgrade|status|backup|restore|copy`: the database from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from bot.cli.common import UsageError
from bot.config import Settings
from bot.storage import operations
from bot.storage.urls import DatabaseUrlError, parse_url


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["upgrade", "status", "backup", "restore", "copy"])
    parser.add_argument("file", nargs="?", type=Path,
                        help="backup: the new backup file; restore: the backup to restore")
    parser.add_argument("--to", metavar="URL",
                        help="copy: the empty database to copy into (postgresql://…)")


def run_db(settings: Settings, args: argparse.Namespace, out: TextIO) -> None:
    url = settings.database_url
    shown = parse_url(url).shown
    if args.action == "upgrade":
        before, applied = operations.upgrade(url, allow_fresh=settings.allow_fresh_database)
        if applied:
            print(f"{shown}: schema version {before or 0} -> {applied[-1]} (applied "
                  f"{', '.join(str(v) for v in applied)})", file=out)
        else:
            print(f"{shown}: up to date (schema version {before})", file=out)
    elif args.action == "status":
        have, want = operations.status(url)
        state = "empty" if have is None else "up to date" if have == want else \
            "older: run python -m bot db upgrade" if have < want else "newer than this code"
        print(f"{shown}: schema version {have if have is not None else '-'}, this code "
              f"{want} ({state})", file=out)
    elif args.action in ("backup", "restore"):
        if args.file is None:
            raise UsageError(f"usage: python -m bot db {args.action} FILE")
        if args.action == "backup":
            operations.backup(url, args.file)
            print(f"backed up {shown} to {args.file}", file=out)
        else:
            version = operations.restore(url, args.file)
            print(f"restored {shown} from {args.file} (schema version {version}"
                  f"{'; now run python -m bot db upgrade' if version < _latest(url) else ''})",
                  file=out)
    else:
        if not args.to:
            raise UsageError("usage: python -m bot db copy --to postgresql://…")
        try:
            target = parse_url(args.to)
        except DatabaseUrlError as exc:
            raise UsageError(f"--to: {exc}") from None
        report = operations.copy(url, args.to, progress=lambda table, n: print(
            f"  {table}: {n} rows", file=out))
        print(f"copied {report.total} rows from {shown} to {target.shown}; every table's "
              "count matches. Point BOT_DATABASE_URL at it to use it.", file=out)


def _latest(url: str) -> int:
    from bot.storage import migrations

    return migrations.latest(parse_url(url).dialect)
