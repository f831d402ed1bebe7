"""The current schedule, re-read when its file (or the vocabulary beside it) changes; a broken
edit keeps the last good one."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from bot.schedule.loader import ScheduleError, load_schedule
from bot.schedule.model import Schedule
from bot.schedule.vocabulary import vocabulary_beside

log = logging.getLogger(__name__)


class ScheduleStore:
    """Callable returning the current Schedule. The first load must succeed (raises)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp = self._file_stamp()
        self._schedule = load_schedule(self.path)
        self.last_error: ScheduleError | None = None
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call `callback` (from whichever thread re-read the file) after each new version."""
        self._listeners.append(callback)

    def _file_stamp(self) -> tuple[tuple[int, int] | None, ...]:
        return tuple(_stamp(p) for p in (self.path, vocabulary_beside(self.path)))

    def __call__(self) -> Schedule:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            self.reload(stamp)
        return self._schedule

    def reload(self, stamp: tuple[tuple[int, int] | None, ...] | None = None) -> bool:
        """Re-read the file; True when a new schedule was taken."""
        with self._lock:
            self._stamp = stamp if stamp is not None else self._file_stamp()
            try:
                fresh = load_schedule(self.path)
            except ScheduleError as exc:
                self.last_error = exc
                log.error("schedule reload failed, keeping the last good schedule:\n%s", exc)
                return False
            self._schedule = fresh
            self.last_error = None
            log.info("schedule reloaded from %s", self.path)
        for callback in self._listeners:
            try:
                callback()
            except Exception:  # noqa: BLE001 - one listener must not stop the others
                log.exception("a schedule listener failed")
        return True


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)
