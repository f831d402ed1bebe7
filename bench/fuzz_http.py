"""Malformed requests against a real server: how many get a 5xx, per authentication mode.

    .venv/bin/python bench/fuzz_http.py [--requests 1200] [--seed 11] [--concurrency 8] [--json]

One server process serves the course bot twice, on two ports: in local mode (no credentials,
the emulator's connector on) and in credentials mode (tokens checked against a local OpenID
metadata document and JWKS served by this process, signed with a key made up here). The
same seeded corpus generator then sends, per mode:

- `local`: the corpus as is, without tokens;
- `creds-no-token`: no token, or a broken one;
- `creds-valid-token`: every request with a valid token for its serviceUrl, so the malformed
  activity is read past authentication.

The corpus mutates a valid Teams message: broken JSON and encodings, deep nesting, huge
numbers, lone UTF-16 surrogates, every field the bot reads given a wrong type or removed,
serviceUrl tricks, other activity types and invoke names, odd headers, chunked bodies. It
prints the number of 5xx per mode (target 0), the requests whose response could not be read,
the number of turns that raised an unexpected exception in the server (its "turn failed" log
lines), and whether the server still answers a valid message afterwards. A delivery that
fails (a reply to a closed port) is not a failure of the bot; the server retries it once,
quickly.

`tests/test_fuzz_http.py` runs a smaller slice of the same corpus in-process.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import itertools
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

APP_ID = "00000000-0000-0000-0000-0000000f0zz1"
TENANT = "tenant-1"
MODES = ("local", "creds-no-token", "creds-valid-token")
KEEP = object()  # a mutation that leaves the field alone


@dataclass
class FuzzRequest:
    """One request of the corpus; `body` is bytes, or a dict to serialise after the URL is known."""

    name: str
    body: bytes | dict[str, Any] | list[Any] | None
    headers: dict[str, str] = field(default_factory=dict)
    chunked: bool = False
    authorization: str | None = None  # creds-no-token: the header to send, if any


# Every request carries its own activity id (filled in when it is sent): the bot answers an
# activity that is delivered twice only once, and would otherwise take most of the corpus for
# repeats of the first valid message.
ACTIVITY_ID = "{activity_id}"
_activity_ids = itertools.count(1)


# --- the corpus -----------------------------------------------------------------------------

def valid_activity(service_url: str, text: str = "when is cw2 due?") -> dict[str, Any]:
    return {
        "type": "message", "id": ACTIVITY_ID, "channelId": "msteams", "serviceUrl": service_url,
        "timestamp": "2021-02-01T09:00:00.000Z", "text": text, "textFormat": "plain",
        "locale": "en-GB", "localTimezone": "Europe/London",
        "from": {"id": "29:fuzz-student", "name": "Fuzz Student", "aadObjectId": "aad-fuzz"},
        "recipient": {"id": "28:bot-id", "name": "Course assistant"},
        "conversation": {"id": "fuzz-conv", "conversationType": "personal",
                         "tenantId": TENANT},
        "channelData": {"tenant": {"id": TENANT}},
    }


WRONG_VALUES: list[Any] = [
    None, 0, -1, 2 ** 70, 1.5, True, False, "", "x", " " * 3, "x" * 20_000, [], [None], [1, 2],
    {}, {"id": 5}, {"id": None}, {"id": {"id": "x"}}, [{}], [{"id": 1}], ["a"], "\ud800",
    "\udfff\ud800", "\u0000", "<at>Course assistant</at>", "((((", "Europe/Nowhere", "UTC",
    "../../etc/passwd", "%s%s%n", "{0}{1}", "\\", "\u202e\u200b", "😀" * 50,
]

FIELD_PATHS: list[tuple[str, ...]] = [
    ("type",), ("id",), ("channelId",), ("serviceUrl",), ("timestamp",), ("localTimestamp",),
    ("text",), ("textFormat",), ("locale",), ("localTimezone",), ("from",), ("from", "id"),
    ("from", "name"), ("from", "aadObjectId"), ("from", "role"), ("recipient",),
    ("recipient", "id"), ("recipient", "name"), ("conversation",), ("conversation", "id"),
    ("conversation", "conversationType"), ("conversation", "tenantId"),
    ("conversation", "isGroup"), ("conversation", "name"), ("channelData",),
    ("channelData", "tenant"), ("channelData", "tenant", "id"), ("channelData", "team"),
    ("channelData", "channel"), ("channelData", "eventType"), ("entities",), ("value",),
    ("attachments",), ("membersAdded",), ("membersRemoved",), ("action",), ("name",),
    ("replyToId",), ("deliveryMode",), ("relatesTo",), ("callerId",), ("label",),
    ("valueType",), ("summary",), ("importance",), ("expiration",), ("semanticAction",),
    ("suggestedActions",), ("inputHint",), ("attachmentLayout",), ("topicName",),
    ("historyDisclosed",), ("code",), ("listenFor",), ("textHighlights",),
]

NASTY_STRINGS = [
    "\ud800", "a\udc00b", "\ud83d", "\x00\x01\x02", "\u202e" + "gnirts", "%00", "\r\n\r\n",
    "<at>" * 50, "<at>Course assistant</at>" * 30, "(" * 500, "[" * 500, "$" + "{" * 100,
    "x" * 60_000, "😀" * 2000, "\ufeff", "\U0010ffff", "ǅ" * 10, "\\u0000", "forget me",
    "ask a TA: " + "y" * 5000, "remind me " * 200, "when is cw" + "9" * 400 + " due?",
]

SERVICE_URL_TRICKS = [
    "http://[::1/", "http://[::1", "http://[zz]/", "http://127.0.0.1:99999/", "http://127.0.0.1:-1/",
    "http://127.0.0.1:port/", "http://", "http:///connector/", "https://", "//127.0.0.1/",
    "ftp://127.0.0.1/", "file:///etc/passwd", "javascript:alert(1)", "http://127.0.0.1\\@/",
    "http://fuzz.invalid\\@127.0.0.1/connector/", "http://fuzz.invalid\\\\.localhost/",
    "http://user:pw@127.0.0.1:1/", "http://127.0.0.1@fuzz.invalid/", "http://fuzz.localhost:1/",
    "http://127.1:1/", "http://0x7f.0.0.1:1/", "http://2130706433:1/", "http://[::ffff:127.0.0.1]:1/",
    "http://%31%32%37.0.0.1:1/", "http://127.0.0.1:1/\r\nX-Injected: 1", "http://127.0.0.1 :1/",
    "HTTP://LOCALHOST:1/", "http://localhost.:1/", "http://127.0.0.1:1/" + "a" * 5000,
    "http://ｌｏｃａｌｈｏｓｔ:1/", "http://xn--nxasmq6b:1/", "http://[::1]:1/", "http://127.0.0.1:0/",
    " http://127.0.0.1:1/", "http://127.0.0.1:1/\u0000", "http://127.0.0.1#@fuzz.invalid/",
]

RAW_BODIES = [
    b"", b" ", b"{", b"}", b"[]", b"null", b"true", b"0", b"\"message\"", b"{not json",
    b'{"type": "message"', b'{"type": "message",}', b"\xff\xfe{\x00}\x00", b"\xef\xbb\xbf{}",
    b'{"type": "\xff"}', b'{"type": "\xc3"}', b'{"type": NaN}',
    b'{"type": "message", "x": Infinity}', b'{"type": "message", "x": -Infinity}',
    b'{"a":' * 5 + b"1" + b"}" * 5,
    b'{"type": "message", "text": "\\ud800"}', b'{"type": "message", "text": "\\udfff"}',
    b'{"type": "message", "text": "\\u00"}', b'{"type": "message", "text": "\x01"}',
    b'{"type":"message","type":"invoke"}', b"\x00" * 100, b"\x1f\x8b\x08\x00garbage",
]


def _deep(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def _set(body: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node: Any = body
    for key in path[:-1]:
        if not isinstance(node.get(key), dict):
            node[key] = {}
        node = node[key]
    if value is KEEP:
        return
    node[path[-1]] = value


def _delete(body: dict[str, Any], path: tuple[str, ...]) -> None:
    node: Any = body
    for key in path[:-1]:
        node = node.get(key)
        if not isinstance(node, dict):
            return
    node.pop(path[-1], None)


INVOKE_NAMES = ["adaptiveCard/action", "task/fetch", "task/submit", "composeExtension/query",
                "composeExtension/fetchTask", "signin/verifyState", "signin/tokenExchange",
                "fileConsent/invoke", "actionableMessage/executeAction", "healthCheck",
                "config/fetch", "", "x" * 300, "tab/fetch", "message/submitAction"]
INVOKE_VALUES: list[Any] = [
    None, {}, [], "x", 5, {"action": None}, {"action": "x"}, {"action": []},
    {"action": {"type": "Action.Execute"}}, {"action": {"type": "Action.Submit", "data": {}}},
    {"action": {"type": "Action.Execute", "verb": "x", "data": {"ask": "when is cw2 due?"}}},
    {"action": {"type": "Action.Execute", "data": {"ask": 5}}},
    {"action": {"type": "Action.Execute", "data": {"reminder": "stop", "event": "CW2"}}},
    {"action": {"type": "Action.Execute", "data": {"triage": "answer", "group": "x"}}},
    {"action": {"type": "Action.Execute", "data": "not an object"}},
    {"action": {"type": 5, "data": None}, "trigger": "automatic"},
    {"commandId": "x", "parameters": "y"}, {"data": {"ask": ["x"]}}, {"state": 5},
]
ACTIVITY_TYPES = ["conversationUpdate", "installationUpdate", "messageReaction", "event",
                  "typing", "endOfConversation", "deleteUserData", "messageUpdate",
                  "messageDelete", "handoff", "trace", "suggestion", "command", "unknown",
                  "MESSAGE", " message", "invoke"]
CONTENT_TYPES = ["application/json; charset=utf-8", "application/json; charset=latin-1",
                 "application/json; charset=utf-16", "application/json;", "APPLICATION/JSON",
                 "text/plain", "", "application/x-www-form-urlencoded", "application/jsonx",
                 "multipart/form-data; boundary=x", "application/json\u00e9"]
AUTH_HEADERS = ["", "Bearer", "Bearer ", "Bearer x", "Bearer a.b.c", "Bearer " + "A" * 9000,
                "Basic dXNlcjpwYXNz", "bearer x.y.z", "Bearer  x.y.z", "Bearer x.y.z extra",
                "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.",
                "Bearer e30.e30.e30", "Bearer ====.====.====", "Bearer \u00e9.\u00e9.\u00e9"]


def corpus(count: int, seed: int) -> list[FuzzRequest]:
    """`count` malformed requests, the same for a given seed. Bodies that are dicts carry the
    placeholder serviceUrl "{service_url}", replaced when sent."""
    rng = random.Random(seed)
    families: list[tuple[float, Callable[[random.Random], FuzzRequest]]] = [
        (3, _wrong_field), (1, _deleted_field), (2, _nasty_string), (1, _service_url_trick),
        (1, _raw_body), (1, _deep_body), (1, _numbers), (2, _invoke), (1, _other_type),
        (1, _odd_headers), (1, _mention_entities), (1, _card_value), (1, _truncated),
    ]
    weights = [w for w, _ in families]
    makers = [f for _, f in families]
    requests = []
    for i in range(count):
        maker = rng.choices(makers, weights)[0]
        request = maker(rng)
        request.name = f"{i:05d} {request.name}"
        requests.append(request)
    return requests


PLACEHOLDER = "{service_url}"


def _base() -> dict[str, Any]:
    return valid_activity(PLACEHOLDER)


def _wrong_field(rng: random.Random) -> FuzzRequest:
    body = _base()
    path = rng.choice(FIELD_PATHS)
    value = copy.deepcopy(rng.choice(WRONG_VALUES))
    _set(body, path, value)
    return FuzzRequest(f"{'.'.join(path)}={_short(value)}", body)


def _deleted_field(rng: random.Random) -> FuzzRequest:
    body = _base()
    path = rng.choice(FIELD_PATHS)
    _delete(body, path)
    return FuzzRequest(f"without {'.'.join(path)}", body)


def _nasty_string(rng: random.Random) -> FuzzRequest:
    body = _base()
    path = rng.choice([("text",), ("from", "name"), ("from", "id"), ("conversation", "id"),
                       ("localTimezone",), ("locale",), ("channelData", "tenant", "id"),
                       ("recipient", "id"), ("id",), ("conversation", "tenantId"),
                       ("conversation", "conversationType"), ("channelId",)])
    value = rng.choice(NASTY_STRINGS)
    _set(body, path, value)
    return FuzzRequest(f"{'.'.join(path)}={_short(value)}", body)


def _service_url_trick(rng: random.Random) -> FuzzRequest:
    body = _base()
    url = rng.choice(SERVICE_URL_TRICKS)
    body["serviceUrl"] = url
    # If a trick got through, the answer comes back in the response, never sent anywhere.
    body["deliveryMode"] = "expectReplies"
    return FuzzRequest(f"serviceUrl={_short(url)}", body)


def _raw_body(rng: random.Random) -> FuzzRequest:
    raw = rng.choice(RAW_BODIES)
    if rng.random() < 0.3:
        raw = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
    return FuzzRequest(f"raw {_short(raw)}", raw, {"Content-Type": "application/json"})


def _deep_body(rng: random.Random) -> FuzzRequest:
    depth = rng.choice([50, 100, 500, 1000, 5000, 100_000])
    kind = rng.choice(["list", "dict"])
    where = rng.choice(["top", "value", "channelData", "entities", "text"])
    nested = _deep(depth, kind)
    if where == "top":
        raw = nested
    else:
        body = json.dumps(_base())
        key = {"value": '"value": ', "channelData": '"channelData": ', "entities": '"entities": ',
               "text": '"text": '}[where]
        raw = body.replace(key, key + nested + ', "x": ', 1)
    return FuzzRequest(f"{kind} nested {depth} deep in {where}", raw.encode(),
                       {"Content-Type": "application/json"})


def _numbers(rng: random.Random) -> FuzzRequest:
    body = json.dumps(_base())
    number = rng.choice(["1" * 5000, "-" + "9" * 4301, "1e400", "-1e400", "1e-400", "0.1e99999",
                         "123456789012345678901234567890", "-0", "1E+308", "4.9e-324"])
    where = rng.choice(['"text": ', '"id": ', '"value": ', '"localTimezone": '])
    raw = body.replace(where, where + number + ', "y": ', 1) if where in body else \
        body[:-1] + f', "value": {number}}}'
    return FuzzRequest(f"number {number[:12]} at {where.strip(': ')}", raw.encode(),
                       {"Content-Type": "application/json"})


def _invoke(rng: random.Random) -> FuzzRequest:
    body = _base()
    body["type"] = "invoke"
    body.pop("text", None)
    name = rng.choice(INVOKE_NAMES)
    body["name"] = name
    value = copy.deepcopy(rng.choice(INVOKE_VALUES))
    if value is not None:
        body["value"] = value
    return FuzzRequest(f"invoke {name[:30]!r} value={_short(value)}", body)


def _other_type(rng: random.Random) -> FuzzRequest:
    body = _base()
    body["type"] = rng.choice(ACTIVITY_TYPES)
    if rng.random() < 0.7:
        path = rng.choice([("membersAdded",), ("membersRemoved",), ("action",), ("value",),
                           ("name",), ("reactionsAdded",), ("channelData", "eventType"),
                           ("channelData", "team"), ("channelData", "channel"),
                           ("conversation", "conversationType")])
        _set(body, path, copy.deepcopy(rng.choice(WRONG_VALUES + [
            [{"id": "28:bot-id"}], [{"id": "29:x"}, {"id": 5}], "add", "remove",
            "add-upgrade", [{"type": "like"}], {"id": "19:x@thread.tacv2", "name": 5}])))
    return FuzzRequest(f"type {body['type']!r}", body)


def _odd_headers(rng: random.Random) -> FuzzRequest:
    body = _base()
    choice = rng.randrange(5)
    if choice == 0:
        ctype = rng.choice(CONTENT_TYPES)
        return FuzzRequest(f"content-type {ctype!r}", body, {"Content-Type": ctype})
    if choice == 1:
        return FuzzRequest("gzip header on a plain body", body,
                           {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    if choice == 2:
        encoding = rng.choice(["deflate", "br", "zstd", "x-unknown", "gzip, gzip", "identity"])
        return FuzzRequest(f"content-encoding {encoding}", b"\x00\x01garbage" * 10,
                           {"Content-Type": "application/json", "Content-Encoding": encoding})
    if choice == 3:
        size = rng.choice([10, 300_000, 1_100_000])
        big = _base()
        big["channelData"]["padding"] = "p" * size
        return FuzzRequest(f"chunked body with {size} bytes of padding", big, chunked=True)
    return FuzzRequest("authorization header variant", body,
                       authorization=rng.choice(AUTH_HEADERS))


def _mention_entities(rng: random.Random) -> FuzzRequest:
    body = _base()
    body["conversation"]["conversationType"] = rng.choice(["channel", "groupChat", "personal"])
    mentioned = rng.choice([{"id": "28:bot-id", "name": "Course assistant"}, {"id": 5},
                            {"id": "28:bot-id", "name": "(((["}, None, "x", [],
                            {"id": "28:bot-id", "name": "\ud800"}])
    text_tag = rng.choice(["<at>Course assistant</at>", "<at>(((</at>", "", None, 5, "<at>",
                           "<at>" + "a" * 5000 + "</at>", "\\"])
    entity = {"type": rng.choice(["mention", "Mention", "clientInfo", 5, None]),
              "mentioned": mentioned, "text": text_tag}
    if rng.random() < 0.3:
        entity = rng.choice(["x", 5, None, [], {"type": "clientInfo", "timezone": 5}])
    body["entities"] = [entity]
    body["text"] = rng.choice([f"{text_tag} when is cw2 due?" if isinstance(text_tag, str)
                               else "x", "", None, "<at>Course assistant</at>"])
    return FuzzRequest(f"mention {_short(entity)}", body)


def _card_value(rng: random.Random) -> FuzzRequest:
    body = _base()
    body["value"] = copy.deepcopy(rng.choice([
        {"ask": None}, {"ask": 5}, {"ask": ""}, {"ask": "x" * 30_000}, {"ask": ["x"]},
        {"reminder": None}, {"reminder": "stop"}, {"reminder": "snooze", "event": 5},
        {"reminder": {"x": 1}, "event": ["CW2"], "offset": "a"}, {"triage": None},
        {"triage": "answer", "group": None, "text": 5}, {"triage": "close", "group": "x" * 9000},
        {"triage": "answer", "group": 1, "faq": "yes", "text": ["a"]}, [], "ask", 5, None,
        {"triage": "escalate", "question": {"q": 1}}, {"ask": "forget me"},
    ]))
    if rng.random() < 0.5:
        body["text"] = None
    return FuzzRequest(f"card value {_short(body['value'])}", body)


def _truncated(rng: random.Random) -> FuzzRequest:
    raw = json.dumps(_base()).encode()
    cut = rng.randrange(1, len(raw))
    if rng.random() < 0.5:
        raw = raw[:cut]
    else:
        raw = raw[:cut] + bytes([rng.randrange(256)]) + raw[cut + 1:]
    return FuzzRequest(f"mangled at byte {cut}", raw, {"Content-Type": "application/json"})


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# --- sending --------------------------------------------------------------------------------

def encode(request: FuzzRequest, service_url: str) -> bytes:
    activity_id = f"act-{next(_activity_ids)}"
    if isinstance(request.body, bytes):
        return request.body.replace(PLACEHOLDER.encode(), service_url.encode()).replace(
            ACTIVITY_ID.encode(), activity_id.encode())
    text = json.dumps(request.body, ensure_ascii=True)  # lone surrogates travel as \\udXXX
    return text.replace(PLACEHOLDER, service_url).replace(ACTIVITY_ID, activity_id).encode()


def body_service_url(request: FuzzRequest, service_url: str) -> str:
    """The serviceUrl the body will carry, for a token that matches it."""
    if isinstance(request.body, dict) and isinstance(request.body.get("serviceUrl"), str):
        return request.body["serviceUrl"].replace(PLACEHOLDER, service_url)
    return service_url


async def send(session: Any, url: str, request: FuzzRequest, service_url: str,
               authorization: str | None) -> tuple[int, str]:
    """The response's status, or 0 and what went wrong when no response could be read."""
    import aiohttp

    data = encode(request, service_url)
    headers = {"Content-Type": "application/json"} if not isinstance(request.body, bytes) \
        else {}
    headers.update(request.headers)
    if authorization is not None:
        headers["Authorization"] = authorization
    payload: Any = data
    if request.chunked:
        async def pieces() -> Any:
            for i in range(0, len(data), 65536):
                yield data[i:i + 65536]

        payload = pieces()
    try:
        async with session.post(url, data=payload, headers=headers) as response:
            await response.read()
            return response.status, ""
    except (TimeoutError, aiohttp.ClientError) as exc:
        return 0, f"{type(exc).__name__}: {exc}"


@dataclass
class ModeResult:
    mode: str
    sent: int = 0
    statuses: Counter = field(default_factory=Counter)
    five_xx: list[str] = field(default_factory=list)
    no_response: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def count_5xx(self) -> int:
        return len(self.five_xx)


async def run_mode(mode: str, requests: list[FuzzRequest], base: str, service_url: str,
                   token_for: Callable[[str], str] | None, concurrency: int = 8) -> ModeResult:
    """Send `requests` to `base`/api/messages; `token_for(service_url)` signs valid tokens."""
    import aiohttp

    result = ModeResult(mode)
    queue: Iterator[FuzzRequest] = iter(requests)
    started = time.perf_counter()
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async def worker() -> None:
            for request in queue:
                if mode == "creds-valid-token":
                    assert token_for is not None
                    auth = "Bearer " + token_for(body_service_url(request, service_url))
                elif mode == "creds-no-token":
                    auth = request.authorization or None
                else:  # local mode reads no token: it never sends one
                    auth = None
                status, error = await send(session, f"{base}/api/messages", request,
                                           service_url, auth)
                result.sent += 1
                result.statuses[status] += 1
                if status >= 500:
                    result.five_xx.append(f"{status} {request.name}")
                elif not status:
                    result.no_response.append(f"{request.name}: {error}")

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - started
    return result


async def still_answers(base: str, service_url: str, token: str | None,
                        connector_entries: Callable[[], Any] | None = None) -> bool:
    """A valid message still gets its 201 (and, when we can see it, a reply)."""
    import aiohttp

    body = valid_activity(service_url)
    body["id"] = body["conversation"]["id"] = f"after-fuzz-{time.monotonic_ns()}"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{base}/healthz") as r:
            if r.status != 200:
                return False
        async with session.post(f"{base}/api/messages", json=body, headers=headers) as r:
            return r.status == 201


# --- the server process ---------------------------------------------------------------------

def serve(local_port: int, creds_port: int, issuer_url: str, data_dir: str) -> None:
    """Child process: the course bot in local mode and in credentials mode, one assistant."""
    import logging
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from aiohttp import web
    from botframework.connector.auth import (
        MicrosoftAppCredentials,
        ServiceClientCredentialsFactory,
    )

    from bot.cli.common import build_assistant
    from bot.config import Settings
    from bot.server import create_app
    from bot.teams.auth import make_authentication
    from bot.teams.retry import RetryPolicy

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")

    class NoOutboundToken(ServiceClientCredentialsFactory):
        async def is_valid_app_id(self, app_id: str) -> bool:
            return app_id == APP_ID

        async def is_authentication_disabled(self) -> bool:
            return False

        async def create_credentials(self, app_id, oauth_scope, login_endpoint,
                                     validate_authority):
            return MicrosoftAppCredentials.empty()

    now = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    local = Settings.from_env({"BOT_DATA_DIR": str(Path(data_dir) / "local")})
    creds = Settings.from_env({"BOT_DATA_DIR": str(Path(data_dir) / "creds"),
                               "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "x",
                               "MicrosoftAppTenantId": TENANT})
    # The notes' index: BOT_DATA_DIR's if set (saves building it), else built in the scratch dir.
    shared = Settings.from_env({"BOT_DATA_DIR": os.environ.get("BOT_DATA_DIR")
                                or str(Path(data_dir) / "shared")})
    assistant = build_assistant(shared)
    quick = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, max_retry_after=1)

    async def main() -> None:
        runners = []
        for settings, port, auth in (
                (local, local_port, None),
                (creds, creds_port, make_authentication(
                    creds, openid_metadata_url=f"{issuer_url}/openid",
                    credentials=NoOutboundToken()))):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            app = create_app(settings, assistant, lambda: now, authentication=auth,
                             run_reminders=False, retry=quick)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            runners.append(runner)
        print("ready", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


class Issuer:
    """The OpenID metadata document and JWKS a credentials-mode bot trusts, and its tokens."""

    ISSUER = "https://api.botframework.com"

    def __init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import rsa

        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "fuzz-key-1"
        self.base_url = ""

    def app(self) -> Any:
        from aiohttp import web
        from jwt.algorithms import RSAAlgorithm

        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "endorsements": ["msteams"]})

        async def metadata(request: web.Request) -> web.Response:
            return web.json_response({"issuer": self.ISSUER, "jwks_uri": f"{self.base_url}/keys",
                                      "id_token_signing_alg_values_supported": ["RS256"]})

        async def keys(request: web.Request) -> web.Response:
            return web.json_response({"keys": [jwk]})

        app = web.Application()
        app.add_routes([web.get("/openid", metadata), web.get("/keys", keys)])
        return app

    def token(self, service_url: str) -> str:
        import jwt

        now = int(time.time())
        claims = {"iss": self.ISSUER, "aud": APP_ID, "serviceurl": service_url,
                  "nbf": now - 60, "iat": now - 60, "exp": now + 3600}
        return jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": self.kid})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_ready(process: subprocess.Popen, timeout: float = 600) -> None:
    assert process.stdout is not None
    loop = asyncio.get_running_loop()
    line = await asyncio.wait_for(loop.run_in_executor(None, process.stdout.readline), timeout)
    if "ready" not in line:
        raise RuntimeError(f"server did not start: {line!r}")


async def bench(count: int, seed: int, concurrency: int,
                keep_log: Path | None = None) -> dict[str, Any]:
    from aiohttp import web

    issuer = Issuer()
    runner = web.AppRunner(issuer.app(), access_log=None)
    await runner.setup()
    idp_port = free_port()
    await web.TCPSite(runner, "127.0.0.1", idp_port).start()
    issuer.base_url = f"http://127.0.0.1:{idp_port}"
    local_port, creds_port = free_port(), free_port()
    requests = corpus(count, seed)
    with tempfile.TemporaryDirectory() as data_dir:
        log_path = Path(data_dir) / "server.log"
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [sys.executable, __file__, "--serve", str(local_port), str(creds_port),
                 issuer.base_url, data_dir],
                stdout=subprocess.PIPE, stderr=log, text=True, cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)})
            try:
                await wait_ready(process)
                local = f"http://127.0.0.1:{local_port}"
                creds = f"http://127.0.0.1:{creds_port}"
                connector = f"{local}/connector/"
                results = [
                    await run_mode("local", requests, local, connector, None, concurrency),
                    await run_mode("creds-no-token", requests, creds, connector, None,
                                   concurrency),
                    await run_mode("creds-valid-token", requests, creds, connector,
                                   issuer.token, concurrency),
                ]
                answers = {
                    "local": await still_answers(local, connector, None),
                    "creds": await still_answers(creds, connector, issuer.token(connector)),
                }
                alive = process.poll() is None
            finally:
                process.terminate()
                process.wait(30)
        server_log = log_path.read_text(errors="replace")
        if keep_log is not None:
            keep_log.write_text(server_log)
    await runner.cleanup()
    turn_failures = server_log.count("turn failed")
    # aiohttp's own protocol errors (a header over 8 kB: it answers 400 itself) and bodies
    # whose compression is broken (logged when it discards the rest after our 400).
    aiohttp_logged = server_log.count("ERROR aiohttp.server")
    return {
        "requests_per_mode": count, "seed": seed,
        "modes": {r.mode: {"sent": r.sent, "5xx": r.count_5xx,
                           "statuses": dict(sorted(r.statuses.items())),
                           "seconds": round(r.seconds, 1), "examples_5xx": r.five_xx[:10],
                           "no_response": len(r.no_response),
                           "examples_no_response": r.no_response[:5]}
                  for r in results},
        "total_5xx": sum(r.count_5xx for r in results),
        "total_sent": sum(r.sent for r in results),
        "turns_that_raised": turn_failures, "aiohttp_errors_logged": aiohttp_logged,
        "server_alive": alive, "still_answers": answers,
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1200, help="per mode")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--server-log", type=Path, help="keep the server's log here")
    args = parser.parse_args()
    report = asyncio.run(bench(args.requests, args.seed, args.concurrency, args.server_log))
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{args.requests} malformed requests per mode (seed {args.seed}):")
    for mode, r in report["modes"].items():
        print(f"  {mode:18} 5xx: {r['5xx']:4d} of {r['sent']}   ({r['seconds']} s)  "
              f"statuses {r['statuses']}")
        for example in r["examples_5xx"]:
            print(f"      {example}")
        if r["no_response"]:
            print(f"      no response read for {r['no_response']} (status 0), e.g.:")
            for example in r["examples_no_response"]:
                print(f"      {example}")
    print(f"total: {report['total_5xx']} x 5xx of {report['total_sent']} requests")
    print(f"turns that raised in the server: {report['turns_that_raised']}; aiohttp's own "
          f"error log lines (its 400s, broken compressed bodies): "
          f"{report['aiohttp_errors_logged']}")
    print(f"server alive afterwards: {report['server_alive']}; a valid message answered: "
          f"{report['still_answers']}")


if __name__ == "__main__":
    main()
