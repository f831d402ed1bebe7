"""Clocks to inject: the real one, or a simulated one that starts at a chosen instant.

`serve` records its clock in the data folder (`clock.json`); the terminal commands that read
the data (`triage`, `calendar`) use it unless given `--now`, so both agree on what "now" is.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class SimulatedClock:
    """Starts at `start` and runs `speed` times faster than real time (1: real pace)."""

    def __init__(self, start: datetime, speed: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic):
        if start.tzinfo is None:
            raise ValueError("SimulatedClock needs a time-zone aware start")
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._start = start.astimezone(UTC)
        self._speed = speed
        self._monotonic = monotonic
        self._origin = monotonic()

    def __call__(self) -> datetime:
        return self._start + timedelta(seconds=(self._monotonic() - self._origin) * self._speed)


CLOCK_FILE = "clock.json"


def record_clock(data_dir: Path, start: datetime | None, speed: float,
                 real_now: datetime) -> None:
    """Record in the data folder which clock the server runs with (`start` None: the real
    one), so that terminal commands on the same data read its times the same way."""
    data_dir.mkdir(parents=True, exist_ok=True)
    record = {"clock": "system"} if start is None else {
        "clock": "simulated", "start": start.isoformat(), "speed": speed,
        "real_start": real_now.astimezone(UTC).isoformat()}
    path = data_dir / CLOCK_FILE
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps(record) + "\n", encoding="utf-8")
    temp.replace(path)


def recorded_clock(data_dir: Path, real_now: datetime) -> datetime | None:
    """Now on the simulated clock a server recorded in `data_dir`, run on since it started;
    None when it ran on the real clock or recorded nothing."""
    try:
        record = json.loads((data_dir / CLOCK_FILE).read_text(encoding="utf-8"))
        if record.get("clock") != "simulated":
            return None
        start = datetime.fromisoformat(record["start"])
        real_start = datetime.fromisoformat(record["real_start"])
        speed = float(record["speed"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return start + (real_now - real_start) * speed
