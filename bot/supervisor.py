"""Background workers that never stop silently.

Each worker is a `Job`: one loop's work (`cycle`), which returns how many seconds to wait
before the next loop; its `wake` cuts that wait short. The supervisor runs each job in its own
task. Any exception is logged (WARNING, then ERROR once it keeps failing) and followed by a
bounded exponential backoff through the injected sleep; a task that ends anyway (cancelled
by mistake, a bug in the loop itself) is logged at ERROR and started again. Each job's last
successful loop is recorded, with the time by which the next one is due, so that `/readyz`
can tell a live worker from a dead, stuck or failing one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.wakeable import Wakeup, sleep_or_wake

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[Any]]
ERROR_AFTER = 5  # consecutive failures before the log says ERROR instead of WARNING


@dataclass
class Job:
    name: str
    cycle: Callable[[], Awaitable[float]]  # one loop; returns seconds until the next
    wake: Wakeup | None = None
    # How long one loop may run, beyond its planned wait, before the worker counts as stuck.
    grace: float = 120.0


@dataclass
class WorkerState:
    name: str
    next_due: float  # monotonic: the next successful loop is expected by then
    last_ok: float | None = None  # monotonic time of the last successful loop
    loops: int = 0
    failures: int = 0  # consecutive
    last_error: str | None = None
    restarts: int = 0
    running: bool = False

    def alive(self, now: float) -> bool:
        return self.running and now <= self.next_due


class Supervisor:
    def __init__(self, *, sleep: Sleep = asyncio.sleep,
                 monotonic: Callable[[], float] = time.monotonic,
                 backoff: float = 1.0, max_backoff: float = 60.0):
        self._sleep = sleep
        self._monotonic = monotonic
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._jobs: dict[str, Job] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self.states: dict[str, WorkerState] = {}
        self._stopping = False

    def add(self, job: Job) -> None:
        if job.name in self._jobs:
            raise ValueError(f"a worker named {job.name!r} is already supervised")
        self._jobs[job.name] = job
        self.states[job.name] = WorkerState(job.name, self._monotonic() + job.grace)

    def start(self) -> None:
        """Start every job (on the running loop)."""
        self._stopping = False
        for name in self._jobs:
            self._launch(name)

    async def stop(self) -> None:
        self._stopping = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()

    def progress(self, name: str) -> None:
        """A long loop is still making progress (e.g. a batch of reminders went out)."""
        job, state = self._jobs.get(name), self.states.get(name)
        if job is not None and state is not None:
            state.next_due = max(state.next_due, self._monotonic() + job.grace)

    def status(self) -> dict[str, dict[str, Any]]:
        now = self._monotonic()
        return {name: {"alive": s.alive(now), "running": s.running, "loops": s.loops,
                       "last_ok_seconds_ago": None if s.last_ok is None
                       else round(now - s.last_ok, 3),
                       "next_loop_due_in": round(s.next_due - now, 3),
                       "failures": s.failures, "last_error": s.last_error,
                       "restarts": s.restarts}
                for name, s in self.states.items()}

    def all_alive(self) -> bool:
        now = self._monotonic()
        return all(s.alive(now) for s in self.states.values())

    def _launch(self, name: str) -> None:
        task = asyncio.get_running_loop().create_task(self._run(self._jobs[name]),
                                                       name=f"worker:{name}")
        self._tasks[name] = task
        self.states[name].running = True
        task.add_done_callback(lambda t, n=name: self._ended(n, t))

    def _ended(self, name: str, task: asyncio.Task[None]) -> None:
        state = self.states[name]
        state.running = False
        if self._stopping or self._tasks.get(name) is not task:
            return
        reason = "was cancelled" if task.cancelled() else f"ended: {task.exception()!r}"
        log.error("background worker %r %s; starting it again", name, reason)
        state.restarts += 1
        try:
            self._launch(name)
        except RuntimeError:  # the loop is shutting down
            log.error("background worker %r could not be restarted", name)

    async def _run(self, job: Job) -> None:
        state = self.states[job.name]
        while True:
            if not state.failures:
                # A loop under way must end (or report progress) within its grace period;
                # a worker that keeps failing goes stale `grace` after its first failure.
                state.next_due = self._monotonic() + job.grace
            if job.wake is not None:
                job.wake.clear()  # news from now on is for this loop or wakes the next
            try:
                wait = max(0.0, float(await job.cycle()))
                self._succeeded(job, state, wait)
                if job.wake is not None:
                    await sleep_or_wake(self._sleep, wait, job.wake)
                else:
                    await self._sleep(wait)
            except Exception as exc:  # noqa: BLE001 - logged; the worker must go on
                state.failures += 1
                state.last_error = f"{type(exc).__name__}: {exc}"[:300]
                delay = min(self._max_backoff, self._backoff * 2 ** (state.failures - 1))
                level = logging.ERROR if state.failures >= ERROR_AFTER else logging.WARNING
                log.log(level, "background worker %r failed (%d in a row); trying again in "
                        "%.0f s", job.name, state.failures, delay, exc_info=True)
                await self._sleep(delay)

    def _succeeded(self, job: Job, state: WorkerState, wait: float) -> None:
        now = self._monotonic()
        if state.failures:
            log.warning("background worker %r works again after %d failures", job.name,
                        state.failures)
        state.failures, state.last_error = 0, None
        state.last_ok, state.loops = now, state.loops + 1
        state.next_due = now + wait + job.grace
