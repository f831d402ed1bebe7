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
def knowledge(embedder: Embedder, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeIndex:
    """The index of the shipped notes, built once per test session."""
    index, _ = open_index(ROOT / "knowledge", tmp_path_factory.mktemp("index"), embedder)
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
