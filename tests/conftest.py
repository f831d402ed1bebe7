"""Shared fixtures: the shipped schedule and one assistant with the real embedding model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import Answer, AskContext
from bot.core.assistant import Assistant
from bot.core.embedding import Embedder
from bot.knowledge.base import open_index
from bot.knowledge.index import KnowledgeIndex
from bot.nlu.dialogue import Dialogue
from bot.schedule import Schedule, load_schedule

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(scope="session")
def schedule() -> Schedule:
    return load_schedule(ROOT / "schedule.yaml")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the session's index of the shipped notes is kept (servers started by the tests
    use it as BOT_INDEX_DIR instead of indexing again)."""
    return tmp_path_factory.mktemp("index")


@pytest.fixture(scope="session")
def knowledge(embedder: Embedder, index_dir: Path) -> KnowledgeIndex:
    """The index of the shipped notes, built once per test session."""
    index, _ = open_index(ROOT / "knowledge", index_dir, embedder)
    return index


@pytest.fixture(scope="session")
def assistant(schedule: Schedule, embedder: Embedder, knowledge: KnowledgeIndex) -> Assistant:
    return Assistant(lambda: schedule, embedder, knowledge)


@pytest.fixture(autouse=True)
def _conversations_start_afresh(request: pytest.FixtureRequest):
    """The shared assistant remembers each chat's last subject; no test inherits another's."""
    yield
    if "assistant" in request.fixturenames:
        request.getfixturevalue("assistant").dialogue = Dialogue()


Ask = Callable[..., Answer]


@pytest.fixture(scope="session")
def ask(assistant: Assistant) -> Ask:
    """ask(question, now="2021-02-01T09:00", tz="Europe/London"); naive now is course time."""

    def _ask(question: str, now: str = "2021-02-01T09:00", tz: str = "Europe/London") -> Answer:
        when = datetime.fromisoformat(now)
        if when.tzinfo is None:
            when = when.replace(tzinfo=LONDON)
        return assistant.answer(question, AskContext(when, ZoneInfo(tz)))

    return _ask


def ids(answer: Answer) -> list[str]:
    return [e.id for e in answer.events]


def from_notes(answer: Answer) -> bool:
    """Answered from the notes: a passage shown, as the answer or, below the confident
    threshold, with hedged wording (`answered` is then false)."""
    return answer.intent in ("content", "own_work") and bool(answer.quotes)


# --- the database engines ------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for the whole session (see tests/pg_server.py)."""
    from pg_server import PostgresServer, find_binaries

    binaries = find_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL is not installed (Debian package postgresql; .ci/run "
                    "installs it)")
    server = PostgresServer(binaries).start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres_server) -> str:
    """An empty PostgreSQL database for one test."""
    postgres_server.reset()
    return postgres_server.url()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """Each engine in turn: a test using this runs against SQLite and PostgreSQL."""
    if request.param == "sqlite":
        from bot.storage.urls import sqlite_url

        return sqlite_url(tmp_path / "bot.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(database_url):
    """An open, migrated database of each engine (see `database_url`)."""
    from bot.storage.database import open_database

    database = open_database(database_url)
    yield database
    database.close()
