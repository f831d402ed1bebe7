"""The aiohttp application: the Bot Framework endpoint, health checks and local emulator.

Background work (reminders, TA answers, TA-channel announcements, watching the schedule file
and the database file) runs under one supervisor (`bot/supervisor.py`): no worker stops
silently, and `/readyz` reports each one's last successful loop.
"""

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
from bot.emulator.connector import LocalConnector
from bot.emulator.local_only import local_only
from bot.emulator.page import EmulatorPage
from bot.health import Health
from bot.knowledge.loading import NotesLoader
from bot.nlu.dialogue import Dialogue
from bot.ops.heap import freeze_long_lived, freeze_when_settled
from bot.ops.metrics import Metrics
from bot.ops.requests import request_middleware
from bot.reminders.compose import compose
from bot.reminders.model import Reminder, Subscription
from bot.reminders.planner import current_planner
from bot.reminders.policy import ReminderPolicy, load_policy
from bot.reminders.scheduler import ReminderScheduler, Unreachable
from bot.reminders.service import ReminderService
from bot.reminders.store import ReminderStore
from bot.storage.activities import SeenActivities
from bot.storage.chat_state import ChatStateStore
from bot.storage.conversations import ConversationStore, valid_zone
from bot.storage.database import Database, DatabaseGone, open_database
from bot.storage.send_budget import SharedSendBudget
from bot.supervisor import Job, Supervisor
from bot.teams.adapter import MAX_BODY_BYTES, CourseAdapter
from bot.teams.auth import make_authentication
from bot.teams.cards import reminder_card, triage_card
from bot.teams.deadline import mark_arrival
from bot.teams.follow_ups import ChatStateSubjects
from bot.teams.handler import CourseBot
from bot.teams.private import PrivateMessenger
from bot.teams.proactive import PermanentSendError, ProactiveSender
from bot.teams.reminder_turns import ReminderTurns
from bot.teams.retry import DEFAULT_POLICY, RetryPolicy
from bot.teams.safe_text import defang
from bot.teams.ta_channel import TaChannel
from bot.teams.triage_turns import TriageTurns
from bot.triage.announce import AnnouncementQueue, Announcer
from bot.triage.relay import RelayWorker
from bot.triage.roles import Roster
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
    announcer: Announcer | None = None
    ta_channel: TaChannel | None = None
    supervisor: Supervisor | None = None
    health: Health | None = None


SERVICES = web.AppKey("services", Services)


def create_app(settings: Settings, assistant: Assistant | None, clock: Clock, *,
               bot: ActivityHandler | None = None,
               authentication: BotFrameworkAuthentication | None = None,
               emulator: bool | None = None, db: Database | None = None,
               typing_after: float = 0.4, retry: RetryPolicy = DEFAULT_POLICY,
               sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
               connector_log: Path | None = None, policy: ReminderPolicy | None = None,
               run_reminders: bool = True, speed: float = 1.0,
               notes: NotesLoader | None = None,
               worker_sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
               settle_heap: bool = False) -> web.Application:
    """`emulator` defaults to on in local mode (its page cannot sign tokens).

    `bot` replaces the course bot (benchmarks compare against an echo bot on this stack).
    `notes` loads the model and the notes' index in the background once the app starts;
    without it the assistant is used as it is. `sleep` waits between retried sends and for
    the rate limits, `worker_sleep` between the background workers' loops (tests inject
    ones that do not sleep). `settle_heap` (the server processes) keeps what lives as long
    as the process out of the garbage collector's full passes once the app starts and
    again once the notes have loaded (`bot/ops/heap.py`): each pass held the GIL for
    300-500 ms.
    """
    db = db or open_database(settings.database_url, allow_fresh=settings.allow_fresh_database,
                             pool_size=settings.database_pool)
    conversations = ConversationStore(db)
    seen = SeenActivities(db)
    authentication = authentication or make_authentication(settings)
    tokens = getattr(authentication, "tokens", None)
    adapter = CourseAdapter(authentication,
                            local_mode=settings.local_mode, retry=retry, sleep=sleep,
                            seen=seen)
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
        sender = services.sender
        assert sender is not None
        # Follow-ups ("is it examinable?") resolve on whichever replica takes the next
        # message: the dialogue keeps each chat's subject in the database's chat state.
        assistant.dialogue = Dialogue(ChatStateSubjects(ChatStateStore(db)))
        bot = CourseBot(assistant, conversations, clock, typing_after=typing_after,
                        reminders=reminder_turns, triage=turns,
                        on_answer=lambda a: metrics.observe_answer(a.intent, a.answered),
                        defer_after=settings.defer_after or None,
                        deliver_later=sender.reply, max_deferred=4 * settings.max_turns,
                        send_privately=services.private.send)  # type: ignore[union-attr]
        services.bot = bot
        _watch(services, assistant)

    serve_emulator = emulator if emulator is not None else settings.local_mode
    app = web.Application(client_max_size=MAX_BODY_BYTES * 2,
                          middlewares=[request_middleware(metrics)])
    if settings.local_mode or serve_emulator:  # nothing is authenticated: this machine only
        app.middlewares.append(local_only(settings.public_url))
    app[SERVICES] = services
    supervisor = services.supervisor = Supervisor(sleep=worker_sleep)

    # At most this many turns in progress; the rest wait their turn here, cheaply. A loop
    # juggling every request at once takes longer per pass, and /healthz waits a pass.
    turns = asyncio.Semaphore(settings.max_turns)

    async def messages(request: web.Request) -> web.Response:
        mark_arrival()  # the wait for a slot counts against the answer's time
        async with turns:
            return await adapter.handle(request, bot)

    async def messages_probe(request: web.Request) -> web.Response:
        # Clients (Agents Playground) probe the endpoint with HEAD before posting.
        return web.json_response({"endpoint": "Bot Framework messages: POST activities here"})

    def notes_status() -> dict[str, Any]:
        if notes is not None:
            return notes.status()
        return {"state": "ready" if assistant is not None and assistant.knowledge is not None
                else "none"}

    services.health = Health(db, supervisor, notes_status,
                             mode="local" if settings.local_mode else "azure",
                             emulator=lambda: services.connector is not None)
    app.add_routes([web.post("/api/messages", messages), web.get("/api/messages", messages_probe),
                    web.get("/metrics", metrics.handler(settings.metrics_token)),
                    *services.health.routes()])
    if serve_emulator:
        services.connector = LocalConnector(
            connector_log, transcript=settings.data_dir / "emulator" / "transcript.jsonl")
        page = EmulatorPage(services.connector, clock)
        app.add_routes(services.connector.routes() + page.routes())
        app.on_cleanup.append(lambda _app: page.close())

    if assistant is not None:
        feed = CalendarFeed(lambda: assistant.view().schedule,
                            policy or load_policy(settings.reminders_path), clock)
        app.add_routes(feed.routes())

    _add_jobs(services, supervisor, assistant, run_reminders)

    async def housekeeping() -> float:
        # Old activity ids and chat state nobody touched for a week; TA questions past their
        # retention (a server runs all term: not only at start).
        await asyncio.to_thread(seen.prune)
        await asyncio.to_thread(ChatStateStore(db).prune)
        if services.triage is not None:
            cutoff = services.clock() - timedelta(days=settings.triage_retention_days)
            purged = await asyncio.to_thread(services.triage.store.purge_closed, cutoff)
            if purged:
                log.info("deleted %d closed TA questions past their retention", purged)
        return HOUSEKEEPING_EVERY

    supervisor.add(Job("housekeeping", housekeeping))
    if tokens is not None and not settings.local_mode:
        supervisor.add(Job("tokens", tokens.refresh))  # outbound tokens, off the loop

    settling: list[asyncio.Task] = []

    async def start_workers(_app: web.Application) -> None:
        if settle_heap:
            freeze_long_lived()
            if notes is not None:
                settling.append(asyncio.ensure_future(freeze_when_settled(notes.pending,
                                                                          worker_sleep)))
        if notes is not None:
            notes.start()
        if services.ta_channel is not None:
            why = await asyncio.to_thread(services.ta_channel.unreachable_reason)
            if why:
                log.warning("%s", why)
        supervisor.start()

    async def stop_workers(_app: web.Application) -> None:
        for task in settling:
            task.cancel()
        if isinstance(services.bot, CourseBot):  # answers promised to follow go out first
            await services.bot.drain(DRAIN_SECONDS)
        await supervisor.stop()

    async def close_all(_app: web.Application) -> None:
        if services.health is not None:
            services.health.close()
        await adapter.close()
        if services.connector is not None:
            services.connector.close()
        db.close()

    app.on_startup.append(start_workers)
    app.on_cleanup.append(stop_workers)
    app.on_cleanup.append(close_all)
    return app


DATABASE_CHECK_EVERY = 5.0  # seconds between checks that the database file is still ours
DRAIN_SECONDS = 10.0  # at shutdown, how long answers promised to follow may still take
HOUSEKEEPING_EVERY = 600.0  # seconds between prunes (activity ids, chat state, old questions)
SCHEDULE_CHECK_EVERY = 2.0  # seconds between looks at the schedule file


def _add_jobs(services: Services, supervisor: Supervisor, assistant: Assistant | None,
              run_reminders: bool) -> None:
    db = services.db

    async def check_database() -> float:
        # A deleted or replaced file is logged (ERROR, once) and refuses writes from then
        # on; /readyz reports it. Other failures (a disk error) count against this worker.
        with contextlib.suppress(DatabaseGone):
            await asyncio.to_thread(db.probe)
        return DATABASE_CHECK_EVERY

    supervisor.add(Job("database-watch", check_database))
    scheduler = services.scheduler
    if scheduler is not None and run_reminders:
        job = scheduler.job()
        supervisor.add(job)
        scheduler.on_progress = lambda: supervisor.progress(job.name)
    if services.relay is not None:
        supervisor.add(services.relay.job())
    if services.announcer is not None:
        supervisor.add(services.announcer.job())
    if assistant is not None:
        # A schedule edit is noticed within seconds even when nobody asks anything, and a
        # moved deadline wakes the reminders at once (ScheduleStore tells its listeners).
        source = assistant.schedule_source
        if scheduler is not None and hasattr(source, "add_listener"):
            source.add_listener(scheduler.wake)
        seen = [source()]

        async def watch_schedule() -> float:
            current = await asyncio.to_thread(source)
            if current is not seen[0]:
                seen[0] = current
                if scheduler is not None:
                    scheduler.wake()
            return SCHEDULE_CHECK_EVERY

        supervisor.add(Job("schedule", watch_schedule))


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
    store = TriageStore(services.db, owner=settings.replica_id, lease=settings.lease_seconds)

    def embed(texts: list[str]) -> Any:
        embedder = assistant.embedder  # None for the first seconds of a server's life
        return embedder.encode(texts) if embedder is not None else None

    # The detector understanding uses when answering: what the bot treats as personal,
    # triage keeps private.
    personal = assistant.personal
    services.triage = TriageService(store, embed, lambda: assistant.view().schedule,
                                    personal=personal)

    async def send_text(question: Question, text: str, private: bool) -> None:
        if private:  # never where a personal question was asked, if that was shared
            await services.private.send(question.user_id, question.reference,  # type: ignore
                                        MessageFactory.text(text))
        else:
            await services.sender.send(question.reference,  # type: ignore[union-attr]
                                       MessageFactory.text(text))

    services.relay = RelayWorker(store, send_text, services.clock)
    roster = Roster(settings.ta_ids, settings.ta_channel)
    announce = None
    if settings.ta_channel:
        announce = _wire_announcements(services, store)
    return TriageTurns(services.triage, roster,
                       services.clock, conversations=services.conversations,
                       reminders=services.reminders.store if services.reminders else None,
                       relay_wake=services.relay.wake, announce=announce,
                       database=services.db, chats=ChatStateStore(services.db))


def _wire_announcements(services: Services, store: TriageStore
                        ) -> Callable[[Filed], Awaitable[None]]:
    """New question groups go to the TA channel through a durable queue and its worker."""
    settings = services.settings
    channel = services.ta_channel = TaChannel(
        settings.ta_channel, services.conversations, services.sender,  # type: ignore[arg-type]
        services.adapter, app_id=settings.app_id, tenant_id=settings.tenant_id,
        service_url=settings.teams_service_url)

    async def post(group_id: int) -> None:
        group = await asyncio.to_thread(store.group, group_id)
        if group is None or group.status != "open":
            return  # answered, closed or forgotten before it could be announced
        where = W.TRIAGE_WHERE_PART.format(week=group.week, lecture="") if group.week else ""
        text = W.TRIAGE_NEW_GROUP.format(id=group.id, category=group.category, where=where,
                                         urgency=group.urgency)
        title = group.title  # the student's text: shown literally
        activity = MessageFactory.attachment(CardFactory.adaptive_card(
            triage_card(group.id, text, title)))
        activity.summary = f"{text} {defang(title)}"[:200]
        await channel.post(activity)

    queue = AnnouncementQueue(services.db, owner=settings.replica_id,
                              lease=settings.lease_seconds)
    services.announcer = Announcer(queue, post, services.clock)

    async def announce(filed: Filed) -> None:
        await asyncio.to_thread(queue.add, filed.group_id, services.clock())
        services.announcer.wake()  # type: ignore[union-attr]

    return announce


def _wire_reminders(services: Services, assistant: Assistant, policy: ReminderPolicy,
                    speed: float, sleep: Callable[[float], Awaitable[Any]]) -> None:
    settings = services.settings
    store = ReminderStore(services.db, owner=settings.replica_id, lease=settings.lease_seconds)
    services.reminders = ReminderService(store, policy, lambda: assistant.view().schedule)
    # Teams' limits hold for the bot as a whole: one budget for every replica.
    limiter = SharedSendBudget(services.db, policy.per_second,
                               policy.per_conversation_per_second, sleep=sleep)
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
        services.clock, pause_after=policy.pause_after_failures, speed=speed)
