"""Worker threads run behind the event loop (`create_app(workers_behind_loop=True)`, what
`serve` uses): the answering threads and the loop's default executor start at a lower
priority, the loop thread keeps its own."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from teams_support import running

from bot.config import Settings
from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.ops.priority import WORKER_NICENESS
from bot.server import create_app

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 3, 12, 0, tzinfo=LONDON)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="per-thread priorities are Linux's")


def niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def priorities(schedule, tmp_path, behind: bool) -> dict[str, object]:
    assistant = Assistant(lambda: schedule)
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, run_reminders=False,
                     workers_behind_loop=behind)

    async def scenario():
        out: dict[str, object] = {}
        async with running(app):
            out["loop"] = niceness()
            out["executor"] = await asyncio.to_thread(niceness)
            answered: list[int] = []
            answer = await assistant.answer_async(
                "when is cw2 due?", AskContext(NOW, LONDON),
                then=lambda _a: answered.append(niceness()))
            out["answering"] = answered[0]
            out["answer"] = answer.text
        return out

    return asyncio.run(scenario())


def test_answering_and_executor_threads_run_behind_the_loop(schedule, tmp_path):
    before = niceness()
    out = priorities(schedule, tmp_path, behind=True)
    assert out["loop"] == before  # the loop thread keeps its priority
    assert out["executor"] == min(19, before + WORKER_NICENESS)
    assert out["answering"] == min(19, before + WORKER_NICENESS)
    assert "CW2" in str(out["answer"])  # answered as before
    assert niceness() == before


def test_without_the_option_every_thread_keeps_the_process_priority(schedule, tmp_path):
    before = niceness()
    out = priorities(schedule, tmp_path, behind=False)
    assert out["loop"] == out["executor"] == out["answering"] == before
