"""How long the current request has been with us: Teams gives up on a turn after 15 s.

The endpoint records when a request arrived (before it waits for a turn slot); the handler
reads it to decide whether an answer still fits the request or should follow on its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar

_ARRIVED: ContextVar[float | None] = ContextVar("request_arrived", default=None)


def mark_arrival(monotonic: Callable[[], float] = time.monotonic) -> None:
    _ARRIVED.set(monotonic())


def waited(monotonic: Callable[[], float] = time.monotonic) -> float:
    """Seconds since this request arrived (0 outside a request)."""
    arrived = _ARRIVED.get()
    return 0.0 if arrived is None else max(0.0, monotonic() - arrived)
