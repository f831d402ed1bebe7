"""`python -m bot serve` and the in-process server behind `chat --http`."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from bot.cli.chat import ChatReply
from bot.clock import Clock
from bot.config import Settings, is_loopback_host
from bot.core.assistant import Assistant
from bot.server import create_app

log = logging.getLogger(__name__)

LOCAL_BANNER = ("Local mode: MicrosoftAppId is not set, so requests are not authenticated; "
                "the bot listens on {host}.\n"
                "Emulator: http://localhost:{port}/   (Ctrl-C stops)\n"
                "Bot endpoint: http://localhost:{port}/api/messages")
AZURE_BANNER = ("Bot Framework mode (app {app_id}, {app_type}): every request must carry a "
                "valid token.\nEndpoint: http://{host}:{port}/api/messages   (Ctrl-C stops)")
SWITCH_INTERVAL = 0.0002  # seconds; Python's default is 0.005
CLOCK_NOTE = "Clock: simulated, starting {start}, {speed}x real time."
NETWORK_WARNING = ("WARNING: BOT_ALLOW_UNAUTHENTICATED_NETWORK is set: the bot and its emulator "
                   "listen on {host}:{port} WITHOUT AUTHENTICATION. Anyone who can reach this "
                   "address can chat as any student or TA, read the emulator's conversations "
                   "and trigger sends. Set MicrosoftAppId to require Bot Framework tokens.")


def network_warning(settings: Settings) -> str | None:
    """The warning for local mode listening beyond this machine (it was allowed), or None."""
    if settings.local_mode and not is_loopback_host(settings.host):
        return NETWORK_WARNING.format(host=settings.host, port=settings.port)
    return None


def startup_banner(settings: Settings) -> str:
    if not settings.local_mode:
        return AZURE_BANNER.format(app_id=settings.app_id, app_type=settings.app_type,
                                   host=settings.host, port=settings.port)
    banner = LOCAL_BANNER.format(host=settings.host, port=settings.port)
    warning = network_warning(settings)
    return f"{banner}\n\n{'!' * 78}\n{warning}\n{'!' * 78}" if warning else banner
NOTES_NOTE = ("Course notes: the model and the notes' index load in the background (a minute "
              "or more); until then content questions are told so. Progress: "
              "http://localhost:{port}/readyz")


def run_serve(settings: Settings, assistant: Assistant, clock: Clock, note: str = "",
              speed: float = 1.0) -> None:
    """Serve `assistant`; one without its model gets it, and the notes, in the background."""
    notes = None
    if assistant.embedder is None:
        from bot.cli.common import INDEXING
        from bot.cli.progress import BuildProgress
        from bot.core.batching import BatchingEmbedder
        from bot.core.embedding import Embedder
        from bot.knowledge.loading import NotesLoader

        # Lines, not a bar: the server's own log lines run in between. Questions answered
        # at once share the model's forward passes.
        notes = NotesLoader(assistant, settings.knowledge_dir, settings.index_dir,
                            settings.model_dir, report=BuildProgress(INDEXING, bar=False),
                            load_model=lambda folder: BatchingEmbedder(Embedder(folder)))
    app = create_app(settings, assistant, clock, speed=speed, notes=notes, settle_heap=True)
    # The event loop gives up the GIL on every socket call and must get it back from the
    # answering threads; the default 5 ms turn per thread made each reply (and /healthz)
    # wait several such turns under load. At 1 ms, profiled under load (50 students), the
    # loop still spent about two thirds of its busy time getting the GIL back after its own
    # system calls; 0.2 ms served more turns per second for about one more context switch
    # per reply (README, "Round 12").
    sys.setswitchinterval(SWITCH_INTERVAL)
    print(startup_banner(settings))
    warning = network_warning(settings)
    if warning:
        log.warning(warning)  # in the log too, where operators look
    if note:
        print(note)
    if notes is not None:
        print(NOTES_NOTE.format(port=settings.port))
    web.run_app(app, host=settings.host, port=settings.port, print=None,
                access_log=None)


def console_settings(settings: Settings, scratch: Path) -> Settings:
    """The settings of a console session's own server: its conversations in `scratch`, and
    away from the real database, the TA channel and Teams, so that it never claims (and
    fails to send) real TA answers or announcements."""
    return dataclasses.replace(settings, data_dir=scratch, app_id="", app_password="",
                               database_url_setting="", ta_channel="", teams_service_url="")


class BackgroundServer:
    """The app on a loopback port (an ephemeral one by default), in a thread with its own
    event loop."""

    def __init__(self, settings: Settings, assistant: Assistant, clock: Clock, port: int = 0):
        self._port = port
        self._settings = settings
        self._assistant = assistant
        self._clock = clock
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.base_url = ""
        self._ready = threading.Event()
        self._failed: BaseException | None = None  # why it did not start, for __enter__
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> BackgroundServer:
        self._thread.start()
        if not self._ready.wait(60) or not self.base_url:
            if self._failed is not None:
                self._thread.join(10)
                self._loop.close()
                raise self._failed  # e.g. the port is taken: say so, not "did not start"
            raise RuntimeError("the local server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        # Whatever is still open (a page's long poll) is cancelled, not destroyed mid-await.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._start())
        except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits
            self._failed = exc
            return
        finally:
            self._ready.set()
        self._loop.run_forever()

    async def _start(self) -> None:
        # The console and the browser tests do not need reminders firing underneath them.
        app = create_app(self._settings, self._assistant, self._clock, emulator=True,
                         run_reminders=False)
        # Open long polls from a page must not hold up shutdown.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self._port)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"


def post_json(url: str, body: dict, timeout: float = 120) -> dict:
    import json
    import urllib.request

    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback
        return json.loads(response.read())


def http_asker(base_url: str, user: str, tz: str | None) -> Callable[[str], ChatReply]:
    """A function that sends one line through the emulator and returns the replies as text
    (and the whole section a card offers, for "more")."""
    from bot.emulator.render import activity_more, activity_text

    def ask(line: str) -> ChatReply:
        result = post_json(f"{base_url}/emulator/send", {"text": line, "user": user, "tz": tz})
        if result.get("status", 500) >= 400:
            return ChatReply(f"(the bot answered HTTP {result.get('status')})")
        messages = [a for a in result.get("replies", []) if a.get("type") == "message"]
        texts = [activity_text(a) for a in messages]
        more = next((m for m in map(activity_more, messages) if m), None)
        return ChatReply("\n".join(t for t in texts if t), more)

    return ask
