"""Sends to the Bot Connector go out on the event loop: no thread per send, the loop free.

The connector here is a real HTTP server on a thread and loop of its own, so that a send
which blocked the bot's loop could not also stall the connector that would release it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.schema import ChannelAccount, ConversationAccount, ConversationReference
from teams_support import BOT, STUDENT, activity_json, running

from bot.config import Settings
from bot.emulator.render import activity_text
from bot.server import SERVICES, create_app

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
HELD = 8  # replies in flight at once: more than the default executor's threads on 2 cores


class HeldConnector:
    """A Bot Connector that holds every send until `release` (or a safety timeout), and
    says when `hold` of them are held at once."""

    def __init__(self, hold: int):
        self.hold = hold
        self.all_held = threading.Event()
        self.release = threading.Event()
        self.received: list[dict] = []
        self.base = ""
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def _activity(self, request: web.Request) -> web.Response:
        self.received.append(await request.json())
        if len(self.received) >= self.hold:
            self.all_held.set()
        await asyncio.to_thread(self.release.wait, 30)  # this server's own worker thread
        return web.json_response({"id": f"sent-{len(self.received)}"})

    async def _serve(self) -> None:
        app = web.Application()
        app.add_routes([web.post("/v3/conversations/{conversation}/activities", self._activity),
                        web.post("/v3/conversations/{conversation}/activities/{reply_to}",
                                 self._activity)])
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        async with running(app) as base:
            self.base = base
            self._ready.set()
            await self._stop.wait()

    @contextlib.contextmanager
    def serving(self) -> Iterator[str]:
        thread = threading.Thread(target=asyncio.run, args=(self._serve(),), daemon=True)
        thread.start()
        assert self._ready.wait(10)
        try:
            yield self.base
        finally:
            self.release.set()
            assert self._loop is not None and self._stop is not None
            self._loop.call_soon_threadsafe(self._stop.set)
            thread.join(10)


def reference(service_url: str, n: int) -> ConversationReference:
    return ConversationReference(
        channel_id="msteams", service_url=service_url,
        conversation=ConversationAccount(id=f"conv-{n}", conversation_type="personal"),
        user=ChannelAccount(id=STUDENT["id"]), bot=ChannelAccount(**BOT))


def local_app(assistant, tmp_path, **kwargs) -> web.Application:
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    return create_app(settings, assistant, lambda: NOW, typing_after=30,
                      run_reminders=False, **kwargs)


def test_replies_to_a_slow_connector_hold_no_thread_and_leave_the_loop_free(assistant,
                                                                            tmp_path):
    """Eight sends held by the connector at once while the loop's default executor (which
    the SDK's `requests` sends used, a thread each) has its only thread busy: all eight
    reach the connector, /healthz answers meanwhile, and each completes when released."""
    app = local_app(assistant, tmp_path)
    connector = HeldConnector(HELD)
    adapter = app[SERVICES].adapter

    async def scenario(service_url: str) -> tuple[bool, int, list]:
        loop = asyncio.get_running_loop()
        loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
        busy = threading.Event()
        occupied = loop.run_in_executor(None, busy.wait, 30)  # its one thread, taken
        waiter = ThreadPoolExecutor(max_workers=1)
        async with running(app) as base, aiohttp.ClientSession() as session:
            try:
                def say(n: int):
                    async def callback(context: TurnContext) -> None:
                        await context.send_activity(f"reminder {n}")
                    return callback

                sends = [asyncio.ensure_future(adapter.continue_conversation(
                    reference(service_url, n), say(n), None)) for n in range(HELD)]
                all_held = await loop.run_in_executor(waiter, connector.all_held.wait, 10)
                async with session.get(f"{base}/healthz",
                                       timeout=aiohttp.ClientTimeout(total=5)) as r:
                    health = r.status
                connector.release.set()
                await asyncio.wait_for(asyncio.gather(*sends), 10)
            finally:
                connector.release.set()
                busy.set()
                await occupied
                waiter.shutdown()
        return all_held, health, sends

    with connector.serving() as base:
        all_held, health, sends = asyncio.run(scenario(f"{base}/"))
    assert all_held, f"only {len(connector.received)} of {HELD} sends reached the connector"
    assert health == 200
    assert sorted(a["text"] for a in connector.received) == \
        sorted(f"reminder {n}" for n in range(HELD))
    assert all(s.done() and s.exception() is None for s in sends)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_refused_connection_to_the_connector_is_retried(assistant, tmp_path):
    """The connector is not listening when the reply is first sent (a restart): the send is
    retried after a backoff, by which time it listens, and the reply arrives."""
    port = free_port()
    received: list[dict] = []
    waits: list[float] = []
    runner_box: list[web.AppRunner] = []

    async def activity(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.json_response({"id": "sent-1"})

    async def back_up(seconds: float) -> None:  # the backoff: the connector comes back
        waits.append(seconds)
        if not runner_box:
            connector = web.Application()
            connector.add_routes([web.post("/v3/conversations/{c}/activities/{a}", activity)])
            runner = web.AppRunner(connector)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            runner_box.append(runner)

    app = local_app(assistant, tmp_path, sleep=back_up)

    async def scenario() -> int:
        async with running(app) as base, aiohttp.ClientSession() as session:
            body = activity_json("when is cw2 due?",
                                 service_url=f"http://127.0.0.1:{port}/")
            async with session.post(f"{base}/api/messages", json=body) as r:
                status = r.status
            for runner in runner_box:
                await runner.cleanup()
            return status

    assert asyncio.run(scenario()) == 201
    assert len(waits) == 1
    assert len(received) == 1 and "CW2" in activity_text(received[0])


def test_the_transcript_is_written_together_and_survives_a_restart(tmp_path):
    """Entries recorded close together reach the files in one write (a system call per reply
    on the loop was a wait for the GIL under load): soon after, and all of them on close."""
    from bot.emulator.connector import FLUSH_AFTER, LocalConnector

    log, kept = tmp_path / "connector.jsonl", tmp_path / "emulator" / "transcript.jsonl"

    def lines(path):
        return [json.loads(line) for line in path.read_text().splitlines()] \
            if path.exists() else []

    async def scenario() -> list[dict]:
        connector = LocalConnector(log, transcript=kept)
        for i in range(5):
            await connector.record("conv-1", {"type": "message", "text": f"reply {i}"}, "bot")
        await asyncio.sleep(FLUSH_AFTER * 4)
        written = lines(kept)
        await connector.record("conv-1;messageid=7", {"type": "message", "text": "late"},
                               "bot")
        connector.close()  # what is still pending is written
        return written

    written = asyncio.run(scenario())
    assert [e["activity"]["text"] for e in written] == [f"reply {i}" for i in range(5)]
    for path in (kept, log):
        entries = lines(path)
        assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5, 6]
        assert entries[-1]["activity"]["text"] == "late" and entries[-1]["conversation"] == \
            "conv-1"
    again = LocalConnector(transcript=kept)  # a restart reads it back and numbers on
    assert again.last_seq() == 6
    assert [a["text"] for a in again.bot_activities("conv-1")][-1] == "late"
