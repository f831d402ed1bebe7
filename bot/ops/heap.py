"""The long-lived heap kept out of the garbage collector's full passes.

A server holds about half a million objects that live as long as it does (the language
models, the schedule, the notes' index, the SDK's modules). Python's full (generation 2)
collection walks every one of them while holding the GIL: measured under `bench/load.py`
at 200 users, each took 300-500 ms, during which the event loop answered nothing (not
even `/healthz`) and no turn progressed. `gc.freeze()` moves what exists now into a
permanent generation the collector no longer walks; a full pass after it took well under
a millisecond. Objects made later (turns, replies) are collected as before.

Frozen once the app starts and again once the notes have settled (loaded in the
background: the index and the model are made then).
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

SETTLE_CHECK_EVERY = 1.0  # seconds between looks at whether the notes have settled


def freeze_long_lived() -> int:
    """Everything alive now leaves the collector's walks; how many objects are frozen."""
    gc.freeze()
    return gc.get_freeze_count()


async def freeze_when_settled(pending: Callable[[], float | None],
                              sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                              every: float = SETTLE_CHECK_EVERY) -> int:
    """Once `pending()` is None (the notes loaded, or given up), freeze what they made."""
    while pending() is not None:
        await sleep(every)
    frozen = freeze_long_lived()
    log.info("%d long-lived objects kept out of the garbage collector's passes", frozen)
    return frozen
