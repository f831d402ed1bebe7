"""The aiohttp application: the Bot Framework endpoint, health check and local emulator."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from botbuilder.core import ActivityHandler, CardFactory, MessageFactory
from botframework.connector.auth import BotFrameworkAuthentication

from bot.calendar.feed import CalendarFeed
from bot.clock import Clock
from bot.config import Settings
from bot.core import wording as W
from bot.core.assistant import Assistant
from bot.core.personal import PersonalDetector
from bot.emulator.connector import LocalConnector
from bot.emulator.local_only import local_only
from bot.emulator.page import EmulatorPage
from bot.ops.metrics import Metrics
from bot.ops.requests import request_middleware
from bot.reminders.compose import compose
from bot.reminders.model import Reminder, Subscription
from bot.reminders.planner import current_planner
from bot.reminders.policy import ReminderPolicy, load_policy
from bot.reminders.scheduler import ReminderScheduler, Unreachable
from bot.reminders.service import ReminderService
from bot.reminders.store import ReminderStore
from bot.storage.conversations import ConversationStore, valid_zone
from bot.storage.database import Database
from bot.teams.adapter import MAX_BODY_BYTES, CourseAdapter
from bot.teams.auth import make_authentication
from bot.teams.cards import reminder_card, triage_card
from bot.teams.handler import CourseBot
from bot.teams.private import PrivateMessenger
from bot.teams.proactive import PermanentSendError, ProactiveSender, RateLimiter
from bot.teams.reminder_turns import ReminderTurns
from bot.teams.retry import DEFAULT_POLICY, RetryPolicy
from bot.teams.safe_text import defang
from bot.teams.triage_turns import TriageTurns
from bot.triage.relay import RelayWorker
from bot.triage.roles import Roster, thread_root
from bot.triage.service import Filed, TriageService
from bot.triage.store import Question, TriageStore

log = logging.getLogger(__name__)


@dataclass
class Services:
    """What the app holds; reminders (and later triage) send through these."""

    settings: Settings
    db: Database
    conversations: ConversationStore
    adapter: CourseAdapter
    bot: ActivityHandler
    clock: Clock
    connector: LocalConnector | None = None
    reminders: ReminderService | None = None
    scheduler: ReminderScheduler | None = None
    sender: ProactiveSender | None = None
    private: PrivateMessenger | None = None  # 1:1 sends: personal answers and reminders
    triage: TriageService | None = None
    relay: RelayWorker | None = None
    metrics: Metrics | None = None


SERVICES = web.AppKey("services", Services)


def create_app(settings: Settings, assistant: Assistant | None, clock: Clock, *,
               bot: ActivityHandler | None = None,
               authentication: BotFrameworkAuthentication | None = None,
               emulator: bool | None = None, db: Database | None = None,
               typing_after: float = 0.4, retry: RetryPolicy = DEFAULT_POLICY,
               sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
               connector_log: Path | None = None, policy: ReminderPolicy | None = None,
               run_reminders: bool = True, speed: float = 1.0) -> web.Application:
    """`emulator` defaults to on in local mode (its page cannot sign tokens).

    `bot` replaces the course bot (benchmarks compare against an echo bot on this stack).
    """
    db = db or Database(settings.database_path)
    conversations = ConversationStore(db)
    adapter = CourseAdapter(authentication or make_authentication(settings),
                            local_mode=settings.local_mode, retry=retry, sleep=sleep)
    services = Services(settings, db, conversations, adapter, bot, clock)  # type: ignore[arg-type]
    metrics = services.metrics = Metrics()
    if bot is None:
        if assistant is None:
            raise ValueError("create_app needs an assistant or a bot")
        policy = policy or load_policy(settings.reminders_path)
        _wire_reminders(services, assistant, policy, speed, sleep)
        assert services.scheduler is not None
        turns = _wire_triage(services, assistant)
        reminder_turns = ReminderTurns(services.reminders, clock,  # type: ignore[arg-type]
                                       services.scheduler.wake,
                                       Roster(settings.ta_ids, settings.ta_channel),
                                       conversations=conversations)
        bot = CourseBot(assistant, conversations, clock, typing_after=typing_after,
                        reminders=reminder_turns, triage=turns,
                        on_answer=lambda a: metrics.observe_answer(a.intent, a.answered))
        services.bot = bot
        _watch(services, assistant)

    serve_emulator = emulator if emulator is not None else settings.local_mode
    app = web.Application(client_max_size=MAX_BODY_BYTES * 2,
                          middlewares=[request_middleware(metrics)])
    if settings.local_mode or serve_emulator:  # nothing is authenticated: this machine only
        app.middlewares.append(local_only(settings.public_url))
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
                    web.get("/healthz", health),
                    web.get("/metrics", metrics.handler(settings.metrics_token))])
    if serve_emulator:
        services.connector = LocalConnector(connector_log)
        page = EmulatorPage(services.connector, clock)
        app.add_routes(services.connector.routes() + page.routes())
        app.on_cleanup.append(lambda _app: page.close())

    if assistant is not None:
        feed = CalendarFeed(lambda: assistant.view().schedule,
                            policy or load_policy(settings.reminders_path), clock)
        app.add_routes(feed.routes())

    async def start_workers(_app: web.Application) -> None:
        tasks = []
        if services.scheduler is not None and run_reminders:
            tasks.append(asyncio.create_task(services.scheduler.run_forever()))
        if services.relay is not None:
            tasks.append(asyncio.create_task(services.relay.run_forever()))
        _app[WORKERS] = tasks

    async def stop_workers(_app: web.Application) -> None:
        for task in _app.get(WORKERS, []):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def close_db(_app: web.Application) -> None:
        db.close()

    app.on_startup.append(start_workers)
    app.on_cleanup.append(stop_workers)
    app.on_cleanup.append(close_db)
    return app


WORKERS = web.AppKey("workers", list)


def _watch(services: Services, assistant: Assistant) -> None:
    """The gauges /metrics reads when scraped."""
    assert services.metrics is not None and services.triage is not None
    store = services.triage.store
    services.metrics.watch(
        relay_queue=store.pending_relay_count, triage_open=store.open_count,
        ready={"model": lambda: assistant.embedder is not None,
               "index": lambda: assistant.view().knowledge is not None})


def _wire_triage(services: Services, assistant: Assistant) -> TriageTurns:
    settings = services.settings
    store = TriageStore(services.db)
    embedder = assistant.embedder
    services.triage = TriageService(
        store, embedder.encode if embedder else None, lambda: assistant.view().schedule,
        personal=PersonalDetector(embedder.encode, embedding_sha256=embedder.sha256)
        if embedder else None)
    purged = store.purge_closed(services.clock() - timedelta(days=settings.triage_retention_days))
    if purged:
        log.info("deleted %d closed TA questions past their retention", purged)

    async def send_text(question: Question, text: str, private: bool) -> None:
        if private:  # never where a personal question was asked, if that was shared
            await services.private.send(question.user_id, question.reference,  # type: ignore
                                        MessageFactory.text(text))
        else:
            await services.sender.send(question.reference,  # type: ignore[union-attr]
                                       MessageFactory.text(text))

    services.relay = RelayWorker(store, send_text, services.clock)

    roster = Roster(settings.ta_ids, settings.ta_channel)

    async def announce(filed: Filed) -> None:
        if not settings.ta_channel:
            return
        known = await asyncio.to_thread(services.conversations.in_conversation,
                                        thread_root(settings.ta_channel))
        if not known:
            log.info("TA channel %s not seen yet: new questions are not announced",
                     settings.ta_channel)
            return
        group = await asyncio.to_thread(store.group, filed.group_id)
        where = W.TRIAGE_WHERE_PART.format(week=filed.tags.week, lecture="") \
            if filed.tags.week else ""
        text = W.TRIAGE_NEW_GROUP.format(id=filed.group_id, category=filed.tags.category,
                                         where=where, urgency=filed.tags.urgency)
        title = group.title if group else ""  # the student's text: shown literally
        activity = MessageFactory.attachment(CardFactory.adaptive_card(
            triage_card(filed.group_id, text, title)))
        activity.summary = f"{text} {defang(title)}"[:200]
        await services.sender.send(known[0].reference, activity)  # type: ignore[union-attr]

    return TriageTurns(services.triage, roster,
                       services.clock, conversations=services.conversations,
                       reminders=services.reminders.store if services.reminders else None,
                       relay_wake=services.relay.wake, announce=announce,
                       database=services.db)


def _wire_reminders(services: Services, assistant: Assistant, policy: ReminderPolicy,
                    speed: float, sleep: Callable[[float], Awaitable[Any]]) -> None:
    store = ReminderStore(services.db)
    services.reminders = ReminderService(store, policy, lambda: assistant.view().schedule)
    limiter = RateLimiter(policy.per_second, policy.per_conversation_per_second, sleep=sleep)
    services.sender = ProactiveSender(services.adapter, services.settings.app_id, limiter)
    metrics = services.metrics
    assert metrics is not None
    services.private = PrivateMessenger(services.sender, services.adapter,
                                        services.conversations, services.settings.app_id,
                                        services.clock, sleep)
    async def deliver(sub: Subscription, r: Reminder) -> None:
        schedule = assistant.view().schedule
        zone = ZoneInfo(sub.time_zone) if valid_zone(sub.time_zone) else schedule.tz
        if r.type == "digest":  # the digest asks the assistant: off the event loop
            message = await asyncio.to_thread(compose, r, schedule, zone, services.clock(),
                                               assistant.answer)
        else:
            message = compose(r, schedule, zone, services.clock())
        card = reminder_card(message, zone, schedule.tz, services.settings.public_url)
        activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
        activity.summary = message.text[:200]
        # The key lets a receiver drop a repeat sent after a crash (see the README).
        activity.channel_data = {"reminderKey": r.key}
        try:
            if sub.is_channel:
                await services.sender.send(sub.reference, activity)  # type: ignore[union-attr]
            else:  # a person's reminders: their 1:1 chat only
                await services.private.send(sub.user_id or sub.subscriber[5:],  # type: ignore
                                            sub.reference, activity)
        except PermanentSendError as exc:
            metrics.observe_reminder("failed")
            raise Unreachable(str(exc)) from exc
        except Exception:
            metrics.observe_reminder("failed")
            raise
        metrics.observe_reminder("sent_late" if r.late else "sent")

    services.scheduler = ReminderScheduler(
        store, current_planner(lambda: assistant.view().schedule, policy), deliver,
        services.clock, pause_after=policy.pause_after_failures,
        speed=speed, sleep=sleep)
