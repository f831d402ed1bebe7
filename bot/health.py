"""Liveness (`/healthz`) and readiness (`/readyz`).

`/healthz` answers at once from the event loop: the process is up and its loop turns.
`/readyz` says whether the bot can do its job: every background worker looped recently
enough (see `bot/supervisor.py`), the database answers a real query and is still the file
the bot opened, and the notes' index is ready (or how far its build is). Neither blocks the
event loop: the database probe runs on a thread of its own with a timeout, one at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiohttp import web

from bot.storage.database import Database
from bot.supervisor import Supervisor

PROBE_TIMEOUT = 2.0  # seconds: a database slower than this counts as unreachable
NotesStatus = Callable[[], dict[str, Any]]


class Health:
    def __init__(self, db: Database, supervisor: Supervisor, notes: NotesStatus, *,
                 mode: str, emulator: Callable[[], bool],
                 probe_timeout: float = PROBE_TIMEOUT):
        self._db = db
        self._supervisor = supervisor
        self._notes = notes
        self._mode = mode
        self._emulator = emulator
        self._timeout = probe_timeout
        # Its own thread: a queue of answers in the shared executor must not delay it.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="readyz")
        self._probe: asyncio.Future[float] | None = None

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/healthz", self.liveness), web.get("/readyz", self.readiness)]

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def liveness(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok", "mode": self._mode,
                                  "emulator": self._emulator()})

    async def readiness(self, request: web.Request) -> web.Response:
        report = await self.report()
        return web.json_response(report, status=503 if report["status"] == "unavailable"
                                 else 200)

    async def report(self) -> dict[str, Any]:
        problems: list[str] = []
        database = await self._database()
        if not database["ok"]:
            problems.append(f"database: {database['error']}")
        workers = self._supervisor.status()
        for name, w in workers.items():
            if not w["alive"]:
                why = "its task is not running" if not w["running"] else \
                    f"no successful loop for {w['last_ok_seconds_ago']} s" \
                    if w["last_ok_seconds_ago"] is not None else "it has not completed a loop"
                problems.append(f"worker {name}: not alive ({why}"
                                + (f"; last error: {w['last_error']}" if w["last_error"]
                                   else "") + ")")
        notes = self._notes()
        if notes.get("state") == "failed":
            problems.append(f"notes: the index could not be built: {notes.get('error')}")
        status = "unavailable" if problems else \
            "ready" if notes.get("state") in ("ready", "none") else "indexing"
        return {"status": status, "problems": problems, "database": database,
                "workers": workers, "notes": notes}

    async def _database(self) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        if self._probe is None or self._probe.done():
            self._probe = loop.run_in_executor(self._executor, self._timed_probe)
        try:
            ms = await asyncio.wait_for(asyncio.shield(self._probe), self._timeout)
        except TimeoutError:
            return {"ok": False, "error": f"no answer within {self._timeout:g} s (locked, "
                                          "or the disk hangs)"}
        except Exception as exc:  # noqa: BLE001 - reported, not raised: this is the probe
            return {"ok": False, "error": str(exc) or type(exc).__name__}
        finally:
            if self._probe.done():
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    self._probe.exception()  # retrieved: no "never retrieved" warning
        return {"ok": True, "ms": round(ms, 2)}

    def _timed_probe(self) -> float:
        t0 = time.perf_counter()
        self._db.probe()
        return (time.perf_counter() - t0) * 1000
