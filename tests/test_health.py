"""Health that tells the truth: /healthz is cheap, /readyz checks what the bot needs.

Also: a database deleted under the running bot is noticed, and nothing is confirmed that
would be lost; while the notes are indexed, the bot answers what it can and says so.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web
from teams_support import emulator_say, running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.health import Health
from bot.knowledge.loading import NotesLoader
from bot.server import SERVICES, create_app
from bot.storage.database import open_sqlite
from bot.supervisor import Job, Supervisor

ROOT = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 3, 12, 0, tzinfo=LONDON)


async def fast_sleep(seconds: float) -> None:
    await asyncio.sleep(min(seconds, 60) / 1000)


async def get(session: aiohttp.ClientSession, url: str) -> tuple[int, dict, float]:
    t0 = time.perf_counter()
    async with session.get(url) as r:
        return r.status, await r.json(), time.perf_counter() - t0


def test_healthz_and_readyz_when_all_is_well(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, worker_sleep=fast_sleep)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            supervisor = app[SERVICES].supervisor
            while not all(st.loops for st in supervisor.states.values()):
                await asyncio.sleep(0.01)
            return await get(s, f"{base}/healthz"), await get(s, f"{base}/readyz")

    (live, body, _), (ready, report, _) = asyncio.run(scenario())
    assert live == 200 and body["status"] == "ok" and body["mode"] == "local"
    assert ready == 200 and report["status"] == "ready" and report["problems"] == []
    assert report["database"]["ok"]
    assert set(report["workers"]) == {"database-watch", "housekeeping", "reminders", "relay",
                                      "schedule"}
    assert all(w["alive"] and w["last_ok_seconds_ago"] is not None
               for w in report["workers"].values())
    assert report["notes"]["state"] == "ready"


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_readyz_is_503_for_a_stuck_or_failing_worker_and_a_slow_database(tmp_path):
    """Readiness from the workers' last loops and a real query that may not hang it."""
    clock = FakeTime()
    db = open_sqlite(tmp_path / "bot.sqlite3")
    supervisor = Supervisor(sleep=lambda s: asyncio.Event().wait(), monotonic=clock)
    fail = {"on": False}

    async def cycle() -> float:
        if fail["on"]:
            raise RuntimeError("database is locked")
        return 60.0

    supervisor.add(Job("reminders", cycle, grace=30.0))
    health = Health(db, supervisor, lambda: {"state": "ready"}, mode="local",
                    emulator=lambda: True, probe_timeout=0.3)
    app = web.Application()
    app.add_routes(health.routes())

    async def scenario():
        out = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            supervisor.start()
            while not supervisor.states["reminders"].loops:
                await asyncio.sleep(0.01)
            out["fresh"] = await get(s, f"{base}/readyz")
            clock.now += 91  # no loop for longer than its 60 s period and 30 s grace
            out["stuck"] = await get(s, f"{base}/readyz")
            clock.now = 0
            # The database hangs (a long write holds its lock): readiness says so in time,
            # and liveness is not held up meanwhile.
            held, release = threading.Event(), threading.Event()

            def hold() -> None:
                with db._lock:
                    held.set()
                    release.wait(10)

            holder = threading.Thread(target=hold)
            holder.start()
            held.wait(5)
            ready, live = await asyncio.gather(get(s, f"{base}/readyz"),
                                               get(s, f"{base}/healthz"))
            out["hung"], out["live"] = ready, live
            release.set()
            holder.join()
            out["recovered"] = await get(s, f"{base}/readyz")
            await supervisor.stop()
            out["dead"] = await get(s, f"{base}/readyz")
        health.close()
        db.close()
        return out

    out = asyncio.run(scenario())
    assert out["fresh"][0] == 200 and out["fresh"][1]["workers"]["reminders"]["alive"]
    assert out["stuck"][0] == 503
    assert any("worker reminders: not alive" in p for p in out["stuck"][1]["problems"])
    assert out["hung"][0] == 503 and "no answer within 0.3 s" in out["hung"][1]["database"][
        "error"]
    assert out["hung"][2] < 2.0 and out["live"][0] == 200 and out["live"][2] < 0.2
    assert out["recovered"][0] == 200
    assert out["dead"][0] == 503 and "task is not running" in " ".join(out["dead"][1]["problems"])


def test_a_database_deleted_under_the_bot_is_not_pretended_away(assistant, tmp_path, caplog):
    """It used to go on confirming subscriptions and hand-offs that a restart then lost."""
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False,
                     worker_sleep=fast_sleep)
    services = app[SERVICES]

    async def scenario():
        out = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(text):
                return json.dumps(await emulator_say(s, base, "ada", text))

            out["before"] = await say("remind me about deadlines")
            os.remove(settings.database_path)
            out["subscribe"] = await say("remind me about tutorials too")
            out["ask_ta"] = await say("ask a TA: is there a reading list?")
            out["schedule"] = await say("when is cw2 due?")
            out["ready"] = await get(s, f"{base}/readyz")
            out["stored"] = services.reminders.store.get("user:ada")
        return out

    with caplog.at_level(logging.WARNING):
        out = asyncio.run(scenario())
    assert "coursework deadlines" in out["before"]
    for refused in ("subscribe", "ask_ta"):
        assert "not recorded" in out[refused], out[refused]
        assert "tutorials" not in out[refused] and "#1" not in out[refused]
    assert "CW2" in out["schedule"]  # answering goes on
    status, report, _ = out["ready"]
    assert status == 503 and "was deleted while the bot was running" in \
        report["database"]["error"]
    assert out["stored"].kinds == {"deadline"}  # the refused change was not half-applied
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR
              and "was deleted while the bot was running" in r.getMessage()]
    assert errors


def test_the_bot_serves_while_the_notes_are_indexed(schedule, embedder, tmp_path):
    """Schedule answers at once; content questions hear that the notes are being indexed."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "dropout.md").write_text(
        "---\nid: N99\nlecture: 7\nweek: 3\ntitle: Regularisation\n---\n# Dropout\n\n"
        "Dropout randomly zeroes a fraction of the activations during training, so that "
        "units cannot rely on each other; at test time every unit is kept and the "
        "activations are scaled.\n", encoding="utf-8")
    model_wanted = threading.Event()
    model_given = threading.Event()

    def load_model(_folder):
        model_wanted.set()
        model_given.wait(30)
        return embedder

    assistant = Assistant(lambda: schedule)
    reported: list[tuple[int, int]] = []  # what serve prints for the operator
    loader = NotesLoader(assistant, notes, tmp_path / "index", None, load_model=load_model,
                         report=lambda done, total: reported.append((done, total)))
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "data")})
    app = create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False,
                     worker_sleep=fast_sleep, notes=loader)

    async def scenario():
        out = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(text):
                return json.dumps(await emulator_say(s, base, "ada", text))

            await asyncio.to_thread(model_wanted.wait, 10)
            out["ready_early"] = await get(s, f"{base}/readyz")
            out["schedule"] = await say("when is cw2 due?")
            out["content"] = await say("what does dropout do?")
            out["queue"] = app[SERVICES].triage.store.groups()
            model_given.set()
            await asyncio.to_thread(loader.join, 60)
            out["ready_late"] = await get(s, f"{base}/readyz")
            out["content_late"] = await say("what does dropout do?")
        return out

    out = asyncio.run(scenario())
    status, report, _ = out["ready_early"]
    assert status == 200 and report["status"] == "indexing"
    assert report["notes"]["state"] == "loading model"
    assert "CW2" in out["schedule"] and "23 Feb" in out["schedule"]
    assert "still being indexed" in out["content"]
    assert out["queue"] == []  # not handed to the TAs as unanswerable
    status, report, _ = out["ready_late"]
    assert status == 200 and report["status"] == "ready"
    assert report["notes"]["state"] == "ready" and report["notes"]["percent"] == 100
    assert "randomly zeroes" in out["content_late"]
    total = reported[-1][1]
    assert reported[0] == (0, total) and reported[-1] == (total, total) and total >= 2


def test_answers_do_not_wait_behind_the_shared_executor(schedule):
    """Answering has threads of its own: blocking calls that fill the shared executor (the
    database, the SDK's blocking sends) cannot hold questions up."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.core.answer import AskContext

    assistant = Assistant(lambda: schedule, answer_threads=2)

    async def scenario():
        loop = asyncio.get_running_loop()
        shared = ThreadPoolExecutor(2)
        loop.set_default_executor(shared)
        release = threading.Event()
        stuck = [loop.run_in_executor(None, release.wait, 10) for _ in range(4)]
        try:
            answer = await asyncio.wait_for(assistant.answer_async(
                "when is cw2 due?", AskContext(NOW, LONDON)), timeout=5)
        finally:
            release.set()
            await asyncio.gather(*stuck)
        return answer

    assert "CW2" in asyncio.run(scenario()).text


def test_concurrency_settings_are_checked():
    from bot.config import ConfigError

    s = Settings.from_env({"BOT_ANSWER_THREADS": "3", "BOT_MAX_TURNS": "16",
                           "BOT_ALLOW_FRESH_DATABASE": "yes"})
    assert (s.answer_threads, s.max_turns, s.allow_fresh_database) == (3, 16, True)
    for env in ({"BOT_ANSWER_THREADS": "0"}, {"BOT_MAX_TURNS": "many"},
                {"BOT_ALLOW_FRESH_DATABASE": "perhaps"},
                {"BOT_TEAMS_SERVICE_URL": "smba.trafficmanager.net"}):
        with pytest.raises(ConfigError):
            Settings.from_env(env)


def test_housekeeping_deletes_questions_past_retention_while_the_server_runs(assistant,
                                                                              tmp_path):
    # Retention ran only at start: a server up all term kept every closed question.
    from datetime import timedelta

    from bot.core.answer import Answer
    from bot.triage.service import Asker

    clock = {"now": NOW}
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path),
                                  "BOT_TRIAGE_RETENTION_DAYS": "30"})
    app = create_app(settings, assistant, lambda: clock["now"], worker_sleep=fast_sleep)

    async def scenario() -> tuple[bool, bool]:
        async with running(app):
            services = app[SERVICES]
            state = services.supervisor.states["housekeeping"]
            while not state.loops:
                await asyncio.sleep(0.01)
            asker = Asker("u1", "Ada", {"conversation": {"id": "personal-u1"}})
            filed = await asyncio.to_thread(
                services.triage.escalate, "is the exam open book?",
                Answer("is the exam open book?", "unknown", False, 0.1, "?"), asker, NOW)
            await asyncio.to_thread(services.triage.store.close, filed.group_id, NOW)
            kept = await asyncio.to_thread(services.triage.store.group, filed.group_id)
            clock["now"] = NOW + timedelta(days=31)
            loops = state.loops
            while state.loops < loops + 2:  # a whole pass after the clock moved on
                await asyncio.sleep(0.01)
            left = await asyncio.to_thread(services.triage.store.group, filed.group_id)
            return kept is not None, left is None

    kept, gone = asyncio.run(scenario())
    assert kept and gone  # closed on day 0, kept within 30 days, deleted after


def test_liveness_fails_while_the_event_loop_is_wedged(tmp_path):
    """/healthz is answered by the event loop itself, so a wedged loop fails it (an
    orchestrator's probe times out and restarts the process): a faster answer from
    anywhere else (a thread of its own) would report a stuck bot as alive."""
    import urllib.error
    import urllib.request

    db = open_sqlite(tmp_path / "bot.sqlite3")
    health = Health(db, Supervisor(), lambda: {"state": "ready"}, mode="local",
                    emulator=lambda: False)
    app = web.Application()
    app.add_routes(health.routes())
    loop = asyncio.new_event_loop()
    listening, base = threading.Event(), {}
    stop = asyncio.Event()

    async def serve() -> None:
        async with running(app) as url:
            base["url"] = url
            listening.set()
            await stop.wait()

    server = threading.Thread(target=loop.run_until_complete, args=(serve(),))
    server.start()
    assert listening.wait(10)

    def probe(timeout: float) -> int | str:
        try:
            with urllib.request.urlopen(f"{base['url']}/healthz", timeout=timeout) as r:
                return r.status
        except (TimeoutError, urllib.error.URLError) as exc:
            return type(getattr(exc, "reason", exc)).__name__

    try:
        assert probe(10) == 200
        release = threading.Event()
        loop.call_soon_threadsafe(release.wait, 30)  # turn work that never gives the loop back
        wedged = probe(0.5)
        release.set()
        recovered = probe(10)
    finally:
        loop.call_soon_threadsafe(stop.set)
        server.join(10)
        loop.close()
        health.close()
        db.close()
    assert wedged in ("TimeoutError", "timeout")
    assert recovered == 200
