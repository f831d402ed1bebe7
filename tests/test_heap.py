"""The server's long-lived heap is kept out of the garbage collector's full passes.

A full collection walks every object the collector tracks while holding the GIL; with the
models and the notes' index loaded that took 300-500 ms, during which /healthz and every
turn waited (bench/load.py at 200 users). `create_app(settle_heap=True)` (what `serve`
uses) freezes what exists when the app starts and, once the notes have loaded in the
background, what they made.
"""

from __future__ import annotations

import asyncio
import gc
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.knowledge.loading import NotesLoader
from bot.ops.heap import freeze_when_settled
from bot.server import create_app

NOW = datetime(2021, 2, 3, 12, 0, tzinfo=ZoneInfo("Europe/London"))


async def no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


class Marker:
    """An object the collector tracks (a dict of strings is not tracked at all)."""

    def __init__(self, when: str) -> None:
        self.when = when


def tracked(obj: object) -> bool:
    """Whether the collector's passes walk `obj` (frozen objects are not listed)."""
    return any(o is obj for o in gc.get_objects())


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def test_the_heap_is_frozen_at_start_and_again_once_the_notes_settle(schedule, embedder,
                                                                     tmp_path, unfrozen):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "dropout.md").write_text(
        "---\nid: N99\nlecture: 7\nweek: 3\ntitle: Regularisation\n---\n# Dropout\n\n"
        "Dropout randomly zeroes a fraction of the activations during training.\n",
        encoding="utf-8")
    before_start = Marker("before the app started")
    made_by_notes: dict[str, object] = {}
    model_wanted, model_given = threading.Event(), threading.Event()

    def load_model(_folder):
        made_by_notes["marker"] = Marker("while the notes loaded")
        model_wanted.set()
        model_given.wait(30)
        return embedder

    assistant = Assistant(lambda: schedule)
    loader = NotesLoader(assistant, notes, tmp_path / "index", None, load_model=load_model)
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "data")})
    app = create_app(settings, assistant, lambda: NOW, run_reminders=False,
                     worker_sleep=no_sleep, notes=loader, settle_heap=True)

    async def scenario():
        out = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            await asyncio.to_thread(model_wanted.wait, 10)
            out["start"] = (tracked(before_start), tracked(made_by_notes["marker"]))
            model_given.set()
            await asyncio.to_thread(loader.join, 60)
            # The settling task polls with the injected sleep (none): wait until it ended.
            while any(t.get_coro().__qualname__ == "freeze_when_settled"
                      for t in asyncio.all_tasks()):
                await asyncio.sleep(0)
            out["settled"] = tracked(made_by_notes["marker"])
            async with s.get(f"{base}/healthz") as r:
                out["live"] = r.status
        return out

    out = asyncio.run(scenario())
    assert out["start"] == (False, True)  # frozen at start; the notes' objects came later
    assert out["settled"] is False  # frozen once the notes settled
    assert out["live"] == 200


def test_an_app_without_settle_heap_leaves_the_collector_alone(schedule, tmp_path, unfrozen):
    mine = Marker("before the app started")
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, Assistant(lambda: schedule), lambda: NOW, run_reminders=False,
                     worker_sleep=no_sleep)

    async def scenario():
        async with running(app):
            return tracked(mine)

    assert asyncio.run(scenario()) is True


def test_freezing_waits_until_nothing_is_pending(unfrozen):
    pending = [0.5, 0.9, None]
    polls: list[float] = []

    async def counting_sleep(seconds: float) -> None:
        polls.append(seconds)
        pending.pop(0)

    async def scenario():
        def status():
            return pending[0]
        early = Marker("before the notes settled")
        frozen = await freeze_when_settled(status, counting_sleep, every=0.25)
        return frozen, tracked(early)

    frozen, early_tracked = asyncio.run(scenario())
    assert polls == [0.25, 0.25] and frozen > 0
    assert early_tracked is False
