"""Several `python -m bot serve` replicas on one PostgreSQL database, counted at one local
connector in this process: the harness of tests/test_replica_processes.py and
bench/replicas.py.

Each replica is a real server process (local mode, its own data folder and port, the same
BOT_DATABASE_URL); every activity sent to a replica names this process's connector as its
`serviceUrl`, so every reply, reminder and TA answer from any replica is recorded here.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEND_AT = "2021-02-03T19:00"  # CW1 is due in two days: its 2-day reminder is due now
POLICY = """
deadlines: [7d, 2d, 24h, 2h]
sessions: {kinds: [qa, tutorial, lecture, panel], before: [15m]}
default_kinds: [deadline]
sending: {per_second: 5000, per_conversation_per_second: 1, pause_after_failures: 3}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Connector:
    """The local connector on a port of its own, in this process's event loop."""

    async def start(self, folder: Path) -> Connector:
        from aiohttp import web

        from bot.emulator.connector import LocalConnector

        self.log = folder / "connector.jsonl"
        self.connector = LocalConnector(self.log)
        app = web.Application()
        app.add_routes(self.connector.routes())
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/connector/"
        return self

    async def stop(self) -> None:
        await self._runner.cleanup()
        self.connector.close()

    def entries(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.read_text().splitlines() if line]

    def reminder_counts(self) -> tuple[Counter, int]:
        """(deliveries shown per reminder key, repeats dropped by key)."""
        shown: Counter = Counter()
        dropped = 0
        for e in self.entries():
            key = (e["activity"].get("channelData") or {}).get("reminderKey")
            if key and e["role"] == "bot":
                shown[key] += 1
            elif key and e["role"] == "bot-duplicate":
                dropped += 1
        return shown, dropped

    def texts(self, conversation: str) -> list[str]:
        return [a.get("text") or "" for a in self.connector.bot_activities(conversation)]


@dataclass
class Replica:
    name: str
    database_url: str
    folder: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    proc: subprocess.Popen | None = None

    def start(self) -> Replica:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "reminders.yaml").write_text(POLICY)
        self.port = free_port()
        env = {**os.environ, "BOT_DATABASE_URL": self.database_url,
               "BOT_DATA_DIR": str(self.folder), "BOT_REPLICA_ID": self.name,
               "BOT_REMINDERS": str(self.folder / "reminders.yaml"),
               "BOT_LOG_LEVEL": "WARNING", "PORT": str(self.port), **self.extra_env}
        env.pop("MicrosoftAppId", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--now", SEND_AT], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=open(self.folder / "stderr.log", "ab"))  # noqa: SIM115
        return self

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def wait_listening(self, timeout: float = 120.0, ready: bool = False) -> None:
        """Until /healthz answers (or /readyz says ready: the model and notes loaded)."""
        import aiohttp

        deadline = time.monotonic() + timeout
        async with aiohttp.ClientSession() as s:
            while time.monotonic() < deadline:
                assert self.proc is not None
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited with {self.proc.returncode}: "
                                       + (self.folder / "stderr.log").read_text()[-2000:])
                try:
                    async with s.get(f"{self.base}/{'readyz' if ready else 'healthz'}") as r:
                        body = await r.json()
                        if r.status == 200 and (not ready or body.get("status") == "ready"):
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
        raise RuntimeError(f"{self.name} did not come up within {timeout:.0f} s")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


def seed_subscribers(database_url: str, n: int, service_url: str) -> None:
    from bot.reminders.model import Subscription
    from bot.reminders.store import ReminderStore
    from bot.storage.database import open_database

    db = open_database(database_url)
    try:
        store = ReminderStore(db)
        created = datetime(2021, 1, 1, tzinfo=UTC)
        subs = [Subscription(
            f"user:u{i}", f"personal-u{i}",
            {"serviceUrl": service_url, "channelId": "msteams",
             "conversation": {"id": f"personal-u{i}", "conversationType": "personal"},
             "user": {"id": f"u{i}"}, "bot": {"id": "bot", "name": "Course assistant"}},
            frozenset({"deadline"}), created, user_id=f"u{i}") for i in range(n)]
        store.save_many(subs, created)
    finally:
        db.close()


async def fan_out(database_url: str, folder: Path, n: int, replicas: int, kill_after: int,
                  lease: int = 3, timeout: float = 600.0) -> dict[str, Any]:
    """One deadline reminder to `n` subscribers from `replicas` servers; the first is
    SIGKILLed after `kill_after` deliveries (0: never) and started again."""
    connector = await Connector().start(folder)
    try:
        seed_subscribers(database_url, n, connector.url)
        env = {"BOT_LEASE_SECONDS": str(lease), "BOT_KNOWLEDGE_DIR": str(_empty(folder))}
        nodes = [Replica(f"replica-{i}", database_url, folder / f"replica-{i}", env)
                 for i in range(replicas)]
        t0 = time.perf_counter()
        for node in nodes:
            node.start()
        killed_at = None
        expected = {f"user:u{i}|CW1|2d" for i in range(n)}
        while time.perf_counter() - t0 < timeout:
            delivered = connector.connector.delivered
            if killed_at is None and kill_after and delivered >= kill_after:
                nodes[0].kill()
                killed_at = delivered
                nodes[0].start()
            shown, _ = connector.reminder_counts() if delivered >= n else (Counter(), 0)
            if expected <= set(shown):
                break
            await asyncio.sleep(0.05)
        seconds = time.perf_counter() - t0
        await asyncio.sleep(lease + 1.0)  # anything still leased would be re-sent by now
        for node in nodes:
            node.stop()
        shown, dropped = connector.reminder_counts()
        return {"replicas": replicas, "subscribers": n, "killed_after": killed_at,
                "delivered": len(set(shown) & expected),
                "duplicates": sum(c - 1 for c in shown.values() if c > 1),
                "resends_dropped_by_key": dropped, "lost": len(expected - set(shown)),
                "seconds": round(seconds, 2), "per_second": round(n / seconds, 1)}
    finally:
        await connector.stop()


def _empty(folder: Path) -> Path:
    """A notes folder with nothing in it: the fan-out needs no index."""
    empty = folder / "no-notes"
    empty.mkdir(exist_ok=True)
    return empty


def message(connector_url: str, user: str, text: str, seq: int,
            conversation: str | None = None) -> dict[str, Any]:
    return {"type": "message", "id": f"{user}-{seq}-{time.monotonic_ns()}",
            "channelId": "msteams", "serviceUrl": connector_url, "text": text,
            "from": {"id": user, "name": f"Student {user}", "aadObjectId": f"aad-{user}"},
            "recipient": {"id": "bot", "name": "Course assistant"},
            "conversation": {"id": conversation or f"personal-{user}",
                             "conversationType": "personal", "tenantId": "tenant-1"},
            "channelData": {"tenant": {"id": "tenant-1"}}, "localTimezone": "Europe/London"}


async def post(session: Any, replica: Replica, activity: dict[str, Any]) -> int:
    async with session.post(f"{replica.base}/api/messages", json=activity) as r:
        await r.read()
        return r.status
