"""Background workers never stop silently: the supervisor, and the bot's workers under it.

No test sleeps for real time: the supervisor's sleep and clock are injected. App-level tests
use `scaled_sleep`, which passes short waits (backoffs, polling periods) at once and holds
long ones (a scheduler sleeping until its next reminder) until the app stops.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import Clock, emulator_say, running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.schedule.store import ScheduleStore
from bot.server import SERVICES, create_app
from bot.supervisor import Job, Supervisor
from bot.wakeable import Wakeup

ROOT = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")


async def scaled_sleep(seconds: float) -> None:
    """Waits up to ten minutes pass at once; longer ones last until the app stops."""
    if seconds > 600:
        await asyncio.Event().wait()
    await asyncio.sleep(min(seconds, 60) / 1000)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def until(condition, timeout: float = 30.0) -> None:
    """Wait for something the app does in the background (condition checked each 10 ms)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("timed out waiting for the background work")
        await asyncio.sleep(0.01)


# --- the supervisor ---------------------------------------------------------------------------

def test_a_failing_worker_backs_off_logs_and_goes_on(caplog):
    naps: list[float] = []
    calls = {"n": 0}

    async def cycle() -> float:
        calls["n"] += 1
        if calls["n"] <= 6:
            raise sqlite3.OperationalError("disk I/O error")
        return 5.0

    async def sleep(seconds: float) -> None:
        naps.append(seconds)
        await asyncio.sleep(0)

    async def scenario() -> Supervisor:
        supervisor = Supervisor(sleep=sleep, backoff=1.0, max_backoff=8.0)
        supervisor.add(Job("flaky", cycle))
        supervisor.start()
        await until(lambda: calls["n"] >= 9)
        await supervisor.stop()
        return supervisor

    with caplog.at_level(logging.WARNING):
        supervisor = asyncio.run(scenario())
    assert naps[:7] == [1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 5.0]  # bounded exponential, then normal
    state = supervisor.states["flaky"]
    assert state.failures == 0 and state.last_error is None and state.loops >= 2
    failures = [r for r in caplog.records if "failed (" in r.getMessage()]
    assert len(failures) == 6 and "disk I/O error" in failures[0].exc_text
    assert [r.levelno for r in failures][:4] == [logging.WARNING] * 4
    assert failures[-1].levelno == logging.ERROR  # it kept failing
    assert any("works again" in r.getMessage() for r in caplog.records)


def test_news_that_arrives_while_a_worker_is_busy_wakes_its_next_wait():
    """The wake-up was cleared when the wait began, so news that came during a loop (a new
    subscription, a moved clock) was lost and the worker slept its whole planned wait."""
    wake = Wakeup()
    loops = {"n": 0}

    async def cycle() -> float:
        loops["n"] += 1
        if loops["n"] == 1:
            wake.set()  # news while this loop is still working
        return 10_000.0  # nothing due for hours

    async def sleep(seconds: float) -> None:
        await asyncio.Event().wait()  # a planned wait never ends by itself here

    async def scenario() -> None:
        supervisor = Supervisor(sleep=sleep)
        supervisor.add(Job("reminders", cycle, wake))
        supervisor.start()
        await until(lambda: loops["n"] >= 2, timeout=5)
        await supervisor.stop()

    asyncio.run(scenario())
    assert loops["n"] == 2  # woken once by the news, then waiting again


def test_a_worker_whose_task_dies_is_started_again(caplog):
    loops = {"n": 0}

    async def cycle() -> float:
        loops["n"] += 1
        return 1.0

    async def sleep(seconds: float) -> None:
        await asyncio.sleep(0)

    async def scenario() -> Supervisor:
        supervisor = Supervisor(sleep=sleep)
        supervisor.add(Job("w", cycle))
        supervisor.start()
        await until(lambda: loops["n"] >= 2)
        supervisor._tasks["w"].cancel()  # killed from outside, as a stray cancel would
        await until(lambda: supervisor.states["w"].restarts == 1)
        before = loops["n"]
        await until(lambda: loops["n"] > before + 2)
        await supervisor.stop()
        return supervisor

    with caplog.at_level(logging.ERROR):
        supervisor = asyncio.run(scenario())
    assert any("was cancelled; starting it again" in r.getMessage() for r in caplog.records)
    assert supervisor.states["w"].restarts == 1
    assert not supervisor.states["w"].running  # stopped for good by stop(), not restarted


def test_liveness_is_the_last_successful_loop_against_its_period():
    clock = FakeTime()
    gate = asyncio.Event

    async def scenario() -> list[bool]:
        release = gate()
        stuck = gate()
        fail = {"on": False}

        async def cycle() -> float:
            if fail["on"]:
                raise RuntimeError("database is locked")
            return 30.0

        async def sleep(seconds: float) -> None:
            if seconds == 30.0:
                await release.wait()  # the worker's normal wait between loops
                release.clear()
            else:
                await stuck.wait()  # backoff: hold, so time can pass meanwhile

        supervisor = Supervisor(sleep=sleep, monotonic=clock)
        supervisor.add(Job("w", cycle, grace=10.0))
        supervisor.start()
        await until(lambda: supervisor.states["w"].loops == 1)
        seen = []
        clock.now += 39  # within its 30 s period and 10 s grace
        seen.append(supervisor.all_alive())
        clock.now += 2  # a loop was due by now and none came: the worker is stuck
        seen.append(supervisor.all_alive())
        fail["on"] = True
        release.set()  # the next loop runs, and fails
        await until(lambda: supervisor.states["w"].failures == 1)
        clock.now += 5
        seen.append(supervisor.all_alive())  # one failure, within grace: still alive
        clock.now += 6
        seen.append(supervisor.all_alive())  # failing for longer than its grace: not alive
        await supervisor.stop()
        return seen

    assert asyncio.run(scenario()) == [True, False, True, False]


# --- the bot's workers --------------------------------------------------------------------------

def say(session: aiohttp.ClientSession, base: str):
    return functools.partial(emulator_say, session, base)


def test_reminders_survive_database_errors_in_the_scheduler(assistant, tmp_path, caplog):
    """A read error while planning the next wake-up used to end reminders for good."""
    clock = Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON))
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, clock, typing_after=30, worker_sleep=scaled_sleep)
    services = app[SERVICES]
    store = services.reminders.store
    faults = {"left": 0}
    real_active = store.active

    def active():
        if faults["left"] > 0:
            faults["left"] -= 1
            raise sqlite3.OperationalError("disk I/O error")
        return real_active()

    store.active = active

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            replies = await say(s, base)("ada", "remind me only about deadlines")
            faults["left"] = 2  # the next two reads fail, as during a disk fault
            clock.now = datetime(2021, 2, 3, 19, 0, tzinfo=LONDON)  # CW1 is 2 days away
            services.scheduler.wake()
            def card_sent() -> bool:
                return any(e["activity"].get("attachments")
                           for e in services.connector.entries("personal-ada"))

            await until(card_sent, timeout=30)
            sent = services.connector.entries("personal-ada")
            await until(lambda: services.supervisor.states["reminders"].failures == 0)
            return replies, sent, await services.health.report()

    with caplog.at_level(logging.WARNING):
        replies, sent, health = asyncio.run(scenario())
    assert "coursework deadlines" in replies[0]["text"]
    cards = [e["activity"] for e in sent if e["activity"].get("attachments")]
    assert len(cards) == 1 and "Coursework Task 1" in json.dumps(cards[0])
    assert faults["left"] == 0
    assert any("'reminders' failed" in r.getMessage() and r.levelno >= logging.WARNING
               for r in caplog.records)
    assert health["workers"]["reminders"]["alive"]
    assert health["workers"]["reminders"]["failures"] == 0


def test_a_schedule_edit_wakes_the_reminders_at_once(embedder, knowledge, tmp_path):
    """A moved deadline's notice went out only when something else woke the scheduler."""
    schedule_file = tmp_path / "schedule.yaml"
    shutil.copy(ROOT / "schedule.yaml", schedule_file)
    assistant = Assistant(ScheduleStore(schedule_file), embedder, knowledge)
    clock = Clock(datetime(2021, 2, 10, 12, 0, tzinfo=LONDON))
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "data")})
    app = create_app(settings, assistant, clock, typing_after=30, worker_sleep=scaled_sleep)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await say(s, base)("ada", "remind me only about deadlines")
            store = services.reminders.store
            await until(lambda: store.get("user:ada") and store.event_versions())
            seen = services.connector.entries("personal-ada")
            text = schedule_file.read_text()
            assert "2021-02-23 19:00" in text  # CW2's deadline
            schedule_file.write_text(text.replace("2021-02-23 19:00", "2021-02-26 19:00"))
            # Nobody asks anything: the bot notices the edit by itself.
            new = await services.connector.wait("personal-ada", seen[-1]["seq"], timeout=30)
            return new

    new = asyncio.run(scenario())
    notices = [json.dumps(e["activity"]) for e in new if e["role"] == "bot"]
    assert notices and "has moved" in notices[0] and "26 Feb" in notices[0]


def test_new_questions_are_announced_before_the_ta_channel_was_seen(assistant, tmp_path,
                                                                    caplog):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_TA_IDS": "ta-tess",
                                  "BOT_TA_CHANNEL": "ta-channel"})
    app = create_app(settings, assistant, Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON)),
                     typing_after=30, run_reminders=False, worker_sleep=scaled_sleep)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            started = [r.getMessage() for r in caplog.records]
            filed = await say(s, base)("ada", "ask a TA: is there a reading list for the exam?")
            await services.announcer.announce_pending()  # its worker may not have run yet
            posts = services.connector.bot_activities("ta-channel")
            card = posts[-1]["attachments"][0]["content"]
            close = next(a for a in card["actions"] if a["title"] == "Close")
            # A TA presses Close on the card, in the thread the bot started.
            closed = await say(s, base)("ta-tess", value=close["data"],
                                        conversationType="channel",
                                        conversation=posts[-1]["conversation"]["id"])
            return started, filed, posts, closed

    with caplog.at_level(logging.WARNING):
        started, filed, posts, closed = asyncio.run(scenario())
    # At start nothing was known about where to post, and the log said so.
    assert any("BOT_TA_CHANNEL" in m and "not received any message" in m for m in started)
    assert "teaching assistants (#1)" in filed[0]["text"]
    assert len(posts) == 1 and "New question #1" in json.dumps(posts[0])
    assert posts[0]["conversation"]["id"].startswith("ta-channel;messageid=")
    assert "Closed #1" in closed[0]["text"]


@pytest.mark.parametrize("known", [False, True])
def test_an_announcement_waits_until_the_channel_can_be_reached(assistant, tmp_path, known):
    """With no address to post to, announcements wait in the queue instead of being lost."""
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_TA_CHANNEL": "ta-channel"})
    app = create_app(settings, assistant, Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON)),
                     typing_after=30, run_reminders=False, worker_sleep=scaled_sleep)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            queue = services.announcer.queue
            await asyncio.to_thread(queue.add, 1, datetime(2021, 2, 3, tzinfo=LONDON))
            services.triage.store.new_group(
                title="Is there a reading list?", category="admin", week=None, lecture=None,
                deadline_id=None, due=None, urgency="low", personal=False,
                now=datetime(2021, 2, 3, tzinfo=LONDON))
            first = await services.announcer.announce_pending()
            waiting = services.announcer.waiting_reason
            if known:  # the TA channel writes first: posts go to that conversation
                await say(s, base)("ta-tess", "hello", conversationType="channel",
                                   conversation="ta-channel", mention=True)
            else:  # any message tells the bot where the Bot Connector is
                await say(s, base)("ada", "when is cw2 due?")
            await services.announcer.announce_pending()  # or its worker did already
            left = await asyncio.to_thread(queue.pending)
            return first, waiting, left, services.connector.bot_activities("ta-channel")

    first, waiting, left, posts = asyncio.run(scenario())
    assert first == 0 and "not received any message" in waiting
    announced = [p for p in posts if "New question" in json.dumps(p)]
    assert left == [] and len(announced) == 1 and "New question #1" in json.dumps(announced)
