"""Sleeping that can be cut short: background workers wait for a time or for news."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Any


class Wakeup:
    """An event a worker waits on, which any thread may set.

    News comes from the event loop (a chat command) and from worker threads (the schedule
    file re-read while answering), and `asyncio.Event.set` is not safe from another thread.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def set(self) -> None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if self._loop is None or running is self._loop:
            self._event.set()
            return
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is waiting
            self._loop.call_soon_threadsafe(self._event.set)

    def is_set(self) -> bool:
        return self._event.is_set()

    def clear(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._event.clear()

    async def wait(self) -> None:
        self._loop = asyncio.get_running_loop()
        await self._event.wait()


async def sleep_or_wake(sleep: Callable[[float], Awaitable[Any]], seconds: float,
                        wake: Wakeup | asyncio.Event) -> None:
    """Return after `seconds` (through the injected `sleep`) or as soon as `wake` is set.

    News that arrived before (while the worker was busy) returns at once: the worker clears
    the event when it starts looking, so nothing set after that is lost. An exception
    raised by `sleep` propagates.
    """
    if wake.is_set():
        return
    sleeper = asyncio.ensure_future(sleep(seconds))
    woken = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait({sleeper, woken}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (sleeper, woken):
            if not task.done():
                task.cancel()
    if sleeper.done() and not sleeper.cancelled() and sleeper.exception():
        raise sleeper.exception()  # type: ignore[misc]
