"""Caches that hold the text of recent messages, so forget-me can empty them.

A message is read by several parsers while it is answered, and some keep their result for
recent texts (normalisation, the privacy cues, the zone, the embedding). Those caches are
keyed by text, not by user, so forgetting one user empties them all: they refill from the
next messages at the cost of a few milliseconds.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_lock = threading.Lock()
_functions: list[Callable[[], None]] = []
_holders: list[weakref.WeakMethod] = []


def holds_message_text(function: F) -> F:
    """Register an `lru_cache`d function whose keys are message texts."""
    with _lock:
        _functions.append(function.cache_clear)  # type: ignore[attr-defined]
    return function


def register_holder(forget: Callable[[], None]) -> None:
    """Register an object's bound method that empties its kept texts (held weakly, so
    a model dropped by a test or a reload is not kept alive by this list)."""
    with _lock:
        _holders.append(weakref.WeakMethod(forget))  # type: ignore[arg-type]


def forget_recent_texts() -> int:
    """Empty every registered cache; returns how many were emptied."""
    with _lock:
        live = [ref() for ref in _holders]
        _holders[:] = [ref for ref, method in zip(_holders, live, strict=True) if method]
        clearers = [*_functions, *(m for m in live if m is not None)]
    for clear in clearers:
        clear()
    return len(clearers)
