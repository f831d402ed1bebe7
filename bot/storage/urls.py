"""`BOT_DATABASE_URL`: which engine and where.

- `sqlite:///data/bot.sqlite3` (three slashes: a path relative to the working folder),
  `sqlite:////var/lib/bot/bot.sqlite3` (four: an absolute path), `sqlite:///:memory:`;
- `postgresql://user:password@host:5432/dbname?sslmode=require` (also `postgres://`), as
  libpq reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


class DatabaseUrlError(ValueError):
    """Not a database URL the bot understands; the message says what is accepted."""


@dataclass(frozen=True)
class DatabaseUrl:
    dialect: str  # "sqlite" or "postgresql"
    path: Path | str = ""  # SQLite: the file (or ":memory:")
    conninfo: str = ""  # PostgreSQL: what libpq is given
    shown: str = ""  # for messages and logs: without the password


def sqlite_url(path: Path | str) -> str:
    path = Path(path)
    return f"sqlite:///{path}" if not path.is_absolute() else f"sqlite:///{path.as_posix()}"


def parse_url(url: str) -> DatabaseUrl:
    url = url.strip()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "sqlite":
        if not url.lower().startswith("sqlite:///"):
            raise DatabaseUrlError(f"{url!r}: a SQLite URL is sqlite:///relative/path or "
                                   "sqlite:////absolute/path")
        rest = url[len("sqlite:///"):]
        if not rest:
            raise DatabaseUrlError(f"{url!r}: no file named after sqlite:///")
        path: Path | str = ":memory:" if rest == ":memory:" else Path(rest)
        return DatabaseUrl("sqlite", path=path, shown=url)
    if scheme in ("postgresql", "postgres"):
        parts = urlsplit(url)
        if not parts.hostname and "host=" not in parts.query:
            raise DatabaseUrlError(f"{_hide(url)!r}: a PostgreSQL URL names a host, e.g. "
                                   "postgresql://bot:password@localhost:5432/bot")
        conninfo = urlunsplit(("postgresql",) + tuple(parts[1:]))
        return DatabaseUrl("postgresql", conninfo=conninfo, shown=_hide(conninfo))
    raise DatabaseUrlError(f"{_hide(url)!r} is not sqlite:///… or postgresql://…")


def _hide(url: str) -> str:
    """The URL without its password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unreadable URL>"
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc[1]}"))
