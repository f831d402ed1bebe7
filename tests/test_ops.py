"""Operations: /metrics scraped from a running bot, JSON logs with a request id per turn."""

from __future__ import annotations

import asyncio
import functools
import io
import json
import logging
import os
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families
from teams_support import Clock, activity_json, emulator_say, no_sleep, running

from bot.config import ConfigError, Settings
from bot.ops.logs import handler_for
from bot.server import SERVICES, create_app

LONDON = ZoneInfo("Europe/London")


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """{(sample name, sorted labels): value} from a Prometheus text exposition."""
    out = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def test_metrics_count_requests_answers_reminders_and_queues(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON))
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_TA_IDS": "ta-tess"})
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=no_sleep)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            say = functools.partial(emulator_say, s, base)

            async def scrape():
                async with s.get(f"{base}/metrics") as r:
                    assert r.status == 200
                    assert r.headers["Content-Type"].startswith("text/plain")
                    return samples(await r.text())

            scraped = {"start": await scrape()}
            await say("ada", "remind me only about deadlines")
            await say("bob", "remind me only about deadlines")
            await say("ada", "when is cw2 due?")
            # Unanswered, filed for the TAs (off-topic questions are declined, not filed).
            await say("cy", "will the week 5 q&a be recorded?")
            async with s.get(f"{base}/no/such/page") as r:
                assert r.status == 404
            scraped["asked"] = await scrape()
            # With the relay worker stopped, the TA's answer waits in the outbox.
            await services.supervisor.stop()
            await say("ta-tess", "answer 1 Yes, the recording goes on the course page.")
            scraped["answered"] = await scrape()
            await services.relay.deliver_pending()
            scraped["relayed"] = await scrape()
            # 19:10: CW1's 2-day reminders (due 19:00) go out 10 minutes late; one send is
            # refused for good (403).
            clock.now = datetime(2021, 2, 3, 19, 10, tzinfo=LONDON)
            services.connector.fail_next(403)
            late = await services.scheduler.run_once()
            clock.now = datetime(2021, 2, 4, 19, 0, tzinfo=LONDON)  # the 24-hour ones, on time
            on_time = await services.scheduler.run_once()
            scraped["reminded"] = await scrape()
            return scraped, late, on_time

    scraped, late, on_time = asyncio.run(scenario())
    start, asked, answered = scraped["start"], scraped["asked"], scraped["answered"]
    assert start[("bot_ready", (("component", "model"),))] == 1
    assert start[("bot_ready", (("component", "index"),))] == 1
    assert start[("bot_triage_open", ())] == 0 and start[("bot_relay_queue_depth", ())] == 0

    posts = ("bot_http_requests_total",
             (("method", "POST"), ("route", "/api/messages"), ("status", "201")))
    assert asked[posts] == 4
    assert asked[("bot_http_requests_total",
                  (("method", "GET"), ("route", "unmatched"), ("status", "404")))] == 1
    assert asked[("bot_http_request_duration_seconds_count",
                  (("route", "/api/messages"),))] == 4
    assert asked[("bot_answers_total", (("answered", "true"), ("intent", "deadline")))] == 1
    assert sum(v for (name, labels), v in asked.items()
               if name == "bot_answers_total" and ("answered", "false") in labels) == 1
    # Reminder commands are not answers to questions.
    assert sum(v for (name, _), v in asked.items() if name == "bot_answers_total") == 2
    assert asked[("bot_triage_open", ())] == 1
    assert answered[("bot_triage_open", ())] == 0
    assert answered[("bot_relay_queue_depth", ())] == 1
    assert scraped["relayed"][("bot_relay_queue_depth", ())] == 0

    reminded = scraped["reminded"]
    assert (late.sent, late.failed, on_time.sent) == (1, 1, 2)
    assert reminded[("bot_reminders_total", (("outcome", "sent_late"),))] == 1
    assert reminded[("bot_reminders_total", (("outcome", "failed"),))] == 1
    assert reminded[("bot_reminders_total", (("outcome", "sent"),))] == 2


def test_metrics_can_require_a_token(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path),
                                  "BOT_METRICS_TOKEN": "s3cret"})
    app = create_app(settings, assistant, lambda: datetime(2021, 2, 1, tzinfo=LONDON),
                     run_reminders=False)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            codes = []
            for headers in ({}, {"Authorization": "Bearer wrong"},
                            {"Authorization": "Bearer s3cret"}):
                async with s.get(f"{base}/metrics", headers=headers) as r:
                    codes.append(r.status)
            return codes

    assert asyncio.run(scenario()) == [401, 401, 200]


@pytest.fixture
def json_log():
    """JSON log lines of the `bot` loggers (DEBUG and up) while the test runs."""
    stream = io.StringIO()
    handler = handler_for("json", stream)
    root, bot = logging.getLogger(), logging.getLogger("bot")
    old_level = bot.level
    root.addHandler(handler)
    bot.setLevel(logging.DEBUG)
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    finally:
        root.removeHandler(handler)
        bot.setLevel(old_level)


def test_every_log_line_of_a_turn_carries_its_request_id(assistant, tmp_path, json_log):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: datetime(2021, 2, 1, 9, tzinfo=LONDON),
                     typing_after=30, run_reminders=False)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            body = activity_json("what is batch norm?", service_url=f"{base}/connector/")
            headers = {"X-Request-Id": "req-0001"}
            async with s.post(f"{base}/api/messages", json=body, headers=headers) as r:
                first = (r.status, r.headers.get("X-Request-Id"))
            body = activity_json("when is cw2 due?", service_url=f"{base}/connector/")
            headers = {"X-Request-Id": "not an id; drop table"}
            async with s.post(f"{base}/api/messages", json=body, headers=headers) as r:
                second = (r.status, r.headers.get("X-Request-Id"))
            async with s.post(f"{base}/api/messages", data=b"{", headers={
                    "Content-Type": "application/json", "X-Request-Id": "req-bad"}) as r:
                third = r.status
            return first, second, third

    first, second, third = asyncio.run(scenario())
    assert first == (201, "req-0001")
    assert second[0] == 201 and len(second[1]) == 32 and second[1].isalnum()
    assert third == 400
    lines = json_log()
    turn = [e for e in lines if e.get("request_id") == "req-0001"]
    loggers = {e["logger"] for e in turn}
    # The answer is computed in a worker thread: its line still has the request's id.
    assert "bot.core.assistant" in loggers and "bot.access" in loggers
    access = next(e for e in turn if e["logger"] == "bot.access")
    assert access["route"] == "/api/messages" and access["status"] == 201
    assert access["method"] == "POST" and access["duration_ms"] > 0
    assert all(e["time"].endswith("+00:00") and e["level"] for e in turn)
    # Lines of the turn name no other request; every request-time line has an id.
    assert all(e.get("request_id") for e in lines if e["logger"] in ("bot.access",
                                                                     "bot.core.assistant"))
    assert [e["request_id"] for e in lines if e["logger"] == "bot.core.assistant"] \
        == ["req-0001", second[1]]
    rejected = [e for e in lines if e.get("request_id") == "req-bad"]
    assert any(e["logger"] == "bot.teams.adapter" and "rejected" in e["message"]
               for e in rejected)


def test_log_format_setting():
    assert Settings.from_env({"BOT_LOG_FORMAT": "JSON"}).log_format == "json"
    assert Settings.from_env({}).log_format == "text"
    with pytest.raises(ConfigError, match="BOT_LOG_FORMAT"):
        Settings.from_env({"BOT_LOG_FORMAT": "xml"})
    stream = io.StringIO()
    logger = logging.getLogger("bot.test.text")
    handler = handler_for("text", stream)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("plain %s", "line")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert stream.getvalue() == "WARNING bot.test.text: plain line\n"


def test_request_ids_are_made_without_a_system_call(monkeypatch):
    """The loop gives up the GIL for a system call: none per request for its id (uuid4
    read os.urandom, a getrandom() call, on every request, /healthz included)."""
    from aiohttp.test_utils import make_mocked_request

    from bot.ops.requests import request_id_for

    def no_system_randomness(n: int) -> bytes:
        raise AssertionError("os.urandom called for a request id")

    monkeypatch.setattr(os, "urandom", no_system_randomness)
    ids = {request_id_for(make_mocked_request("GET", "/healthz")) for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 32 and all(c in "0123456789abcdef" for c in i) for i in ids)
