"""The aiohttp application: the Bot Framework endpoint, health check and local emulator."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web
from botbuilder.core import ActivityHandler
from botframework.connector.auth import BotFrameworkAuthentication

from bot.clock import Clock
from bot.config import Settings
from bot.core.assistant import Assistant
from bot.emulator.connector import LocalConnector
from bot.emulator.page import EmulatorPage
from bot.storage.conversations import ConversationStore
from bot.storage.database import Database
from bot.teams.adapter import MAX_BODY_BYTES, CourseAdapter
from bot.teams.auth import make_authentication
from bot.teams.handler import CourseBot
from bot.teams.retry import DEFAULT_POLICY, RetryPolicy

log = logging.getLogger(__name__)


@dataclass
class Services:
    """What the app holds; later features (reminders, triage) send through these."""

    settings: Settings
    db: Database
    conversations: ConversationStore
    adapter: CourseAdapter
    bot: ActivityHandler
    clock: Clock
    connector: LocalConnector | None = None


SERVICES = web.AppKey("services", Services)


def create_app(settings: Settings, assistant: Assistant | None, clock: Clock, *,
               bot: ActivityHandler | None = None,
               authentication: BotFrameworkAuthentication | None = None,
               emulator: bool | None = None, db: Database | None = None,
               typing_after: float = 0.4, retry: RetryPolicy = DEFAULT_POLICY,
               sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
               connector_log: Path | None = None) -> web.Application:
    """`emulator` defaults to on in local mode (its page cannot sign tokens).

    `bot` replaces the course bot (benchmarks compare against an echo bot on this stack).
    """
    db = db or Database(settings.database_path)
    conversations = ConversationStore(db)
    adapter = CourseAdapter(authentication or make_authentication(settings),
                            local_mode=settings.local_mode, retry=retry, sleep=sleep)
    if bot is None:
        if assistant is None:
            raise ValueError("create_app needs an assistant or a bot")
        bot = CourseBot(assistant, conversations, clock, typing_after=typing_after)
    services = Services(settings, db, conversations, adapter, bot, clock)

    app = web.Application(client_max_size=MAX_BODY_BYTES * 2)
    app[SERVICES] = services

    async def messages(request: web.Request) -> web.Response:
        return await adapter.handle(request, bot)

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok",
                                  "mode": "local" if settings.local_mode else "azure",
                                  "emulator": services.connector is not None})

    async def messages_probe(request: web.Request) -> web.Response:
        # Clients (Agents Playground) probe the endpoint with HEAD before posting.
        return web.json_response({"endpoint": "Bot Framework messages: POST activities here"})

    app.add_routes([web.post("/api/messages", messages), web.get("/api/messages", messages_probe),
                    web.get("/healthz", health)])
    if emulator if emulator is not None else settings.local_mode:
        services.connector = LocalConnector(connector_log)
        page = EmulatorPage(services.connector, clock)
        app.add_routes(services.connector.routes() + page.routes())
        app.on_cleanup.append(lambda _app: page.close())

    async def close_db(_app: web.Application) -> None:
        db.close()

    app.on_cleanup.append(close_db)
    return app
