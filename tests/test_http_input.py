"""Every valid Teams message is accepted, and nothing malformed gets a 5xx (issue 11, section 1).

Over real sockets: bodies written in pieces, chunked bodies, malformed and wrongly typed
activities, the local connector's routes, serviceUrl tricks. (Invokes: test_invoke.py.)
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import activity_json, running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.emulator.render import activity_text
from bot.server import SERVICES, create_app
from bot.teams.inbound import MAX_DEPTH
from bot.teams.service_url import LocalServiceUrls, parse_service_url

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def schedule_assistant(schedule) -> Assistant:
    """Schedule answers only (no model): these tests are about HTTP, not answers."""
    return Assistant(lambda: schedule)


def local_app(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    return create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False)


async def raw_post(base: str, body: bytes, pieces: list[int], *,
                   headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """POST over a plain socket, writing `body` in pieces of these sizes (the rest last) and
    letting the server run between writes, as segments that arrive apart would."""
    host, port = base.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    head = {"Host": f"{host}:{port}", "Content-Type": "application/json",
            "Content-Length": str(len(body)), "Connection": "close", **(headers or {})}
    writer.write(("POST /api/messages HTTP/1.1\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in head.items()) + "\r\n").encode())
    offset = 0
    for size in pieces + [len(body)]:
        writer.write(body[offset:offset + size])
        offset += size
        await writer.drain()
        for _ in range(20):  # the server reads what has arrived before the next segment
            await asyncio.sleep(0)
        if offset >= len(body):
            break
    response = await reader.read()
    writer.close()
    status_line, _, rest = response.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


# --- bodies that arrive in pieces ------------------------------------------------------------

def test_a_body_written_in_pieces_is_read_whole(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base:
            body = json.dumps(activity_json("when is cw2 due?",
                                            service_url=f"{base}/connector/")).encode()
            small = await raw_post(base, body, [100])
            # 200 KB (under the 256 KB limit) in 16 KB writes.
            big_activity = activity_json("when is cw1 due?", service_url=f"{base}/connector/",
                                         conversation="conv-big")
            big_activity["channelData"]["padding"] = "p" * 200_000
            big = json.dumps(big_activity).encode()
            large = await raw_post(base, big, [16_384] * (len(big) // 16_384))
            connector = app[SERVICES].connector
            return small, large, connector.bot_activities("conv-1"), \
                connector.bot_activities("conv-big")

    small, large, replies, big_replies = asyncio.run(scenario())
    assert small[0] == 201, small
    assert large[0] == 201, large
    assert "CW2" in activity_text(replies[0]) and "CW1" in activity_text(big_replies[0])


def test_chunked_bodies_are_read_whole_and_refused_over_the_limit(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def chunked(session, url, data: bytes) -> int:
        async def pieces():
            for i in range(0, len(data), 65_536):
                yield data[i:i + 65_536]
                for _ in range(20):  # the server reads each chunk as it arrives
                    await asyncio.sleep(0)

        async with session.post(url, data=pieces(),
                                headers={"Content-Type": "application/json"}) as r:
            return r.status

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            ok = activity_json("when is cw2 due?", service_url=f"{base}/connector/")
            ok["channelData"]["padding"] = "p" * 200_000
            too_big = dict(ok, channelData={"padding": "p" * (1024 * 1024)})
            under = await chunked(s, f"{base}/api/messages", json.dumps(ok).encode())
            over = await chunked(s, f"{base}/api/messages", json.dumps(too_big).encode())
            async with s.get(f"{base}/healthz") as r:
                return under, over, r.status

    under, over, health = asyncio.run(scenario())
    assert (under, over, health) == (201, 413, 200)


# --- no 5xx before (or after) authentication ---------------------------------------------------

def _body(**fields):
    body = activity_json("when is cw2 due?", service_url="{service_url}")
    body.update(fields)
    return body


def _raw(text: str) -> bytes:
    return text.encode()


MALFORMED = [
    # (name, body or raw bytes, extra headers, expected status)
    ("json nested 1000 deep", _raw("[" * 1000 + "]" * 1000), {}, 400),
    ("object nested 30000 deep", _raw('{"a":' * 30_000 + "1" + "}" * 30_000), {}, 400),
    (f"value nested {MAX_DEPTH + 1} deep",
     _body(value=json.loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))), {}, 400),
    ("unclosed IPv6 serviceUrl", _body(serviceUrl="http://[::1/"), {}, 400),
    ("serviceUrl port out of range", _body(serviceUrl="http://127.0.0.1:99999/"), {}, 400),
    ("channelData.tenant a string", _body(channelData={"tenant": "tenant-1"}), {}, 400),
    ("channelData a list", _body(channelData=["x"]), {}, 400),
    ("from a string", _body(**{"from": "29:student"}), {}, 400),
    ("recipient a list", _body(recipient=[]), {}, 400),
    ("entities of numbers", _body(entities=[5]), {}, 400),
    ("mention without an object", _body(entities=[{"type": "mention", "mentioned": "x"}]), {},
     400),
    ("localTimezone a number", _body(localTimezone=5), {}, 400),
    ("text a list", _body(text=["when", "is", "cw2", "due"]), {}, 400),
    ("conversation.isGroup a string", _body(conversation={"id": "c", "isGroup": "yes"}), {},
     400),
    ("conversation.id with an emoji", _body(conversation={"id": "conv-😀"}), {}, 400),
    ("conversation.id with a line break", _body(conversation={"id": "a\r\nX-Evil: 1"}), {},
     400),
    ("membersAdded of strings", _body(type="conversationUpdate", membersAdded=["x"]), {}, 400),
    ("a 5000-digit number", _raw('{"type": "message", "x": ' + "1" * 5000 + "}"), {}, 400),
    ("NaN", _raw('{"type": "message", "x": NaN}'), {}, 400),
    ("1e400", _raw('{"type": "message", "x": 1e400}'), {}, 400),
    ("gzip header on a plain body", _body(), {"Content-Encoding": "gzip"}, 400),
    ("invalid UTF-8", b'{"type": "message", "text": "\xff"}', {}, 400),
]


@pytest.mark.parametrize("mode", ["local", "credentials without a token"])
@pytest.mark.parametrize("name,body,headers,expected", MALFORMED,
                         ids=[m[0] for m in MALFORMED])
def test_malformed_requests_get_a_4xx(schedule_assistant, tmp_path, mode, name, body, headers,
                                      expected):
    if mode == "local":
        app = local_app(schedule_assistant, tmp_path)
    else:
        settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "MicrosoftAppId": "app",
                                      "MicrosoftAppPassword": "x",
                                      "MicrosoftAppTenantId": "t"})
        app = create_app(settings, schedule_assistant, lambda: NOW, run_reminders=False)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            raw = body if isinstance(body, bytes) else json.dumps(body).replace(
                "{service_url}", f"{base}/connector/").encode()
            async with s.post(f"{base}/api/messages", data=raw, headers={
                    "Content-Type": "application/json", **headers}) as r:
                return r.status, await r.text()

    status, text = asyncio.run(scenario())
    assert status == expected, text
    assert "error" in json.loads(text)


def test_lone_surrogates_are_replaced_and_the_turn_answered(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            body = activity_json("when is cw2 due? \ud83d", service_url=f"{base}/connector/",
                                 sender={"id": "29:s\udc00", "name": "Ada \ud800"})
            raw = json.dumps(body)  # ASCII, so the surrogates travel as \\ud83d escapes
            assert "\\ud83d" in raw
            async with s.post(f"{base}/api/messages", data=raw,
                              headers={"Content-Type": "application/json"}) as r:
                status = r.status
            stored = app[SERVICES].conversations.get("conv-1", "29:s\ufffd")
            return status, app[SERVICES].connector.bot_activities("conv-1"), stored

    status, replies, stored = asyncio.run(scenario())
    assert status == 201
    assert "CW2" in activity_text(replies[0])
    assert stored is not None and stored.user_name == "Ada \ufffd"


def test_wrongly_typed_card_values_are_handled_turns(schedule_assistant, tmp_path):
    """`value` is free-form (card data): odd shapes get an answer or silence, never a 5xx."""
    app = local_app(schedule_assistant, tmp_path)
    values = [[], "ask", 5, {"ask": 5}, {"ask": None}, {"reminder": None},
              {"reminder": {"x": 1}, "event": ["CW2"]}, {"triage": 5, "group": None}]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            statuses = []
            for value in values:
                body = activity_json("when is cw2 due?", service_url=f"{base}/connector/",
                                     value=value)
                async with s.post(f"{base}/api/messages", json=body) as r:
                    statuses.append(r.status)
            return statuses

    assert asyncio.run(scenario()) == [201] * len(values)


CONNECTOR_REQUESTS = [
    ("post", "/connector/v3/conversations", b"{not json"),
    ("post", "/connector/v3/conversations", b'{"members": "x"}'),
    ("post", "/connector/v3/conversations", b'{"members": [{"id": 5}]}'),
    ("post", "/connector/v3/conversations/c/activities", b"[1, 2]"),
    ("post", "/connector/v3/conversations/c/activities/a1", b"\xff"),
    ("put", "/connector/v3/conversations/c/activities/a1", b"{not json"),
    ("put", "/connector/v3/conversations/c/activities/a1", b'"a string"'),
]


def test_the_local_connector_answers_malformed_json_with_400(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            statuses = []
            for method, path, data in CONNECTOR_REQUESTS:
                async with s.request(method, base + path, data=data,
                                     headers={"Content-Type": "application/json"}) as r:
                    statuses.append(r.status)
            return statuses

    assert asyncio.run(scenario()) == [400] * len(CONNECTOR_REQUESTS)


# --- serviceUrl: parsed as the HTTP client will; local mode stays on this machine ----------

REFUSED_IN_LOCAL_MODE = [
    "http://example.invalid\\@127.0.0.1/connector/",  # urllib3 connects to example.invalid
    "http://example.invalid\\\\.localhost/",
    "http://127.0.0.1@example.invalid/",
    "http://user:pw@127.0.0.1/connector/",
    "http://evil.localhost/connector/",  # .localhost names are resolved through DNS
    "http://localhost./connector/",
    "http://127.1/connector/",
    "http://0x7f.0.0.1/connector/",
    "http://2130706433/connector/",
    "http://[::ffff:127.0.0.1]/connector/",
    "http://%31%32%37.0.0.1/connector/",
    "http://127.0.0.1 /connector/",
    "https://attacker.example/",
]


@pytest.mark.parametrize("url", REFUSED_IN_LOCAL_MODE)
def test_local_mode_refuses_service_urls_off_this_machine(schedule_assistant, tmp_path, url):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            # expectReplies: had the URL been accepted, nothing is posted anywhere.
            body = activity_json("when is cw2 due?", service_url=url,
                                 deliveryMode="expectReplies")
            async with s.post(f"{base}/api/messages", json=body) as r:
                return r.status

    assert asyncio.run(scenario()) == 400


def test_local_mode_accepts_loopback_literals_and_localhost(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            port = base.rsplit(":", 1)[1]
            statuses = []
            for url in (f"http://127.0.0.1:{port}/connector/", f"http://127.9.9.9:{port}/x/",
                        f"http://[::1]:{port}/connector/", f"http://LOCALHOST:{port}/_connector"):
                body = activity_json("when is cw2 due?", service_url=url,
                                     deliveryMode="expectReplies")
                async with s.post(f"{base}/api/messages", json=body) as r:
                    statuses.append(r.status)
            return statuses

    assert asyncio.run(scenario()) == [200, 200, 200, 200]


def test_service_urls_must_parse_the_same_in_every_http_client():
    assert parse_service_url("https://smba.trafficmanager.net/emea/") == (
        "https", "smba.trafficmanager.net", 443)
    assert parse_service_url("http://[::1]:3978/connector/") == ("http", "::1", 3978)
    for url in ("http://example.com\\@127.0.0.1/", "http://[::1/", "http://a b/", "ftp://x/",
                "http:///x", "http://u@h/", "http://h:99999/", "http://ｌｏｃａｌｈｏｓｔ/"):
        with pytest.raises(ValueError):
            parse_service_url(url)


def test_localhost_counts_only_if_this_machine_resolves_it_to_loopback():
    async def hijacked(name):
        return ["127.0.0.1", "203.0.113.7"]

    async def usual(name):
        return ["::1", "127.0.0.1"]

    async def scenario():
        results = []
        for resolver in (hijacked, usual):
            try:
                await LocalServiceUrls(resolver).require("http://localhost:56150/_connector")
                results.append("accepted")
            except ValueError:
                results.append("refused")
        return results

    assert asyncio.run(scenario()) == ["refused", "accepted"]
