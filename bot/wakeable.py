"""Sleeping that can be cut short: background workers wait for a time or for news."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


async def sleep_or_wake(sleep: Callable[[float], Awaitable[Any]], seconds: float,
                        wake: asyncio.Event) -> None:
    """Return after `seconds` (through the injected `sleep`) or as soon as `wake` is set.

    The event is cleared first, so only news that arrives while waiting cuts it short.
    An exception raised by `sleep` (tests use one to stop a worker) propagates.
    """
    wake.clear()
    sleeper = asyncio.ensure_future(sleep(seconds))
    woken = asyncio.ensure_future(wake.wait())
    await asyncio.wait({sleeper, woken}, return_when=asyncio.FIRST_COMPLETED)
    for task in (sleeper, woken):
        if not task.done():
            task.cancel()
    if sleeper.done() and not sleeper.cancelled() and sleeper.exception():
        raise sleeper.exception()  # type: ignore[misc]
