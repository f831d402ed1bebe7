"""Adapters on an event loop: answering (model inference included) runs off the loop."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.answer import AskContext


def test_answer_async_leaves_the_loop_free(assistant):
    ctx = AskContext(datetime(2021, 2, 1, 9, tzinfo=ZoneInfo("Europe/London")),
                     ZoneInfo("Europe/London"))

    async def scenario() -> tuple[int, str]:
        ticks = 0
        task = asyncio.ensure_future(assistant.answer_async("explain the reparameterisation "
                                                            "trick", ctx))
        while not task.done():
            ticks += 1  # the loop keeps running other work while the model encodes
            await asyncio.sleep(0)
        return ticks, (await task).text

    ticks, text = asyncio.run(scenario())
    assert ticks > 1 and "N16" in text
