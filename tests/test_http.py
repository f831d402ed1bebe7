"""The aiohttp app over real HTTP: bad requests, auth on and off, expectReplies, retries."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from teams_support import APP_ID, LocalCredentials, TokenIssuer, activity_json, running

from bot.config import Settings
from bot.emulator.render import activity_text
from bot.server import SERVICES, create_app
from bot.teams.adapter import MAX_BODY_BYTES
from bot.teams.auth import make_authentication
from bot.teams.retry import RetryPolicy, retry_after

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


class Sleeps:
    """A fake sleep: records the waits, never sleeps."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def local_app(assistant, tmp_path, **kwargs):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    kwargs.setdefault("run_reminders", False)
    return create_app(settings, assistant, lambda: NOW, typing_after=30, **kwargs)


async def post(session, url, body=None, *, data=None, headers=None):
    async with session.post(url, json=body, data=data, headers=headers) as r:
        text = await r.text()
        return r.status, text


# --- local mode ------------------------------------------------------------------------------

def test_health_and_a_round_trip_through_the_local_connector(assistant, tmp_path):
    app = local_app(assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async with s.get(f"{base}/healthz") as r:
                health = await r.json()
            body = activity_json("when is cw2 due?", service_url=f"{base}/connector/")
            status, _ = await post(s, f"{base}/api/messages", body)
            return health, status, app[SERVICES].connector.bot_activities("conv-1")

    health, status, sent = asyncio.run(scenario())
    assert health == {"status": "ok", "mode": "local", "emulator": True}
    assert status == 201
    assert len(sent) == 1 and "CW2" in activity_text(sent[0]) and sent[0]["replyToId"]


BAD_REQUESTS = [
    ("not json", {"data": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
    ("wrong type", {"data": b"hello", "headers": {"Content-Type": "text/plain"}}, 415),
    ("a list", {"body": [1, 2]}, 400),
    ("no type", {"body": {"text": "hi"}}, 400),
    ("type not a string", {"body": {"type": 5, "conversation": {"id": "c"}}}, 400),
    ("no conversation", {"body": {"type": "message", "serviceUrl": "http://127.0.0.1/"}}, 400),
    ("no service url", {"body": {"type": "message", "conversation": {"id": "c"}}}, 400),
    ("bad service url", {"body": {"type": "message", "conversation": {"id": "c"},
                                  "serviceUrl": "file:///etc/passwd"}}, 400),
    ("remote service url in local mode",
     {"body": activity_json(service_url="https://attacker.example/")}, 400),
    ("wrong field types", {"body": {"type": "message", "conversation": "c",
                                    "serviceUrl": "http://127.0.0.1/"}}, 400),
    ("invalid utf-8", {"data": b'{"type": "\xff"}',
                       "headers": {"Content-Type": "application/json"}}, 400),
    ("too large", {"data": b'{"type":"message","text":"' + b"a" * (MAX_BODY_BYTES + 10) + b'"}',
                   "headers": {"Content-Type": "application/json"}}, 413),
]


@pytest.mark.parametrize("name,request_kwargs,expected", BAD_REQUESTS,
                         ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_a_4xx(assistant, tmp_path, name, request_kwargs, expected):
    app = local_app(assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            kw = dict(request_kwargs)
            status, text = await post(s, f"{base}/api/messages", kw.pop("body", None), **kw)
            async with s.get(f"{base}/healthz") as r:  # and the server is still up
                return status, text, r.status

    status, text, health = asyncio.run(scenario())
    assert status == expected, text
    assert health == 200


def test_expect_replies_returns_the_answers_in_the_response(assistant, tmp_path):
    app = local_app(assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            body = activity_json("what's on this week?", service_url=f"{base}/connector/",
                                 deliveryMode="expectReplies")
            async with s.post(f"{base}/api/messages", json=body) as r:
                return r.status, await r.json(), app[SERVICES].connector.bot_activities("conv-1")

    status, payload, sent = asyncio.run(scenario())
    assert status == 200
    (reply,) = payload["activities"]
    assert reply["type"] == "message"
    assert reply["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert sent == []  # nothing went through the connector


def test_emulator_send_mentions_and_welcome(assistant, tmp_path):
    app = local_app(assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def send(**body):
                async with s.post(f"{base}/emulator/send", json=body) as r:
                    return await r.json()

            welcome = [await send(event="installationUpdate", user="u1"),
                       await send(event="conversationUpdate", user="u1")]
            quiet = await send(text="when is cw1 due?", conversationType="channel",
                               conversation="chan", mention=False)
            loud = await send(text="when is cw1 due?", conversationType="channel",
                              conversation="chan", mention=True, tz="Asia/Kolkata")
            alone = await send(text="when is cw1 due?", tz="Asia/Kolkata")
            bad = await send(text="x", conversationType="nonsense")
            stored = app[SERVICES].conversations.get("chan", "local-user")
            return welcome, quiet, loud, alone, bad, stored

    welcome, quiet, loud, alone, bad, stored = asyncio.run(scenario())
    assert len(welcome[0]["replies"]) == 1 and not welcome[1]["replies"]
    assert quiet["replies"] == []
    # The channel is told course time, not where the asker is; their 1:1 chat gets their zone.
    channel_text = activity_text(loud["replies"][0])
    assert "GMT" in channel_text and "IST" not in channel_text
    assert "IST" in activity_text(alone["replies"][0])
    assert "error" in bad
    assert stored is not None and stored.time_zone == "Asia/Kolkata"


# --- retries --------------------------------------------------------------------------------

def test_throttled_sends_are_retried_honouring_retry_after(assistant, tmp_path):
    sleeps = Sleeps()
    app = local_app(assistant, tmp_path, sleep=sleeps)
    connector = app[SERVICES].connector
    connector.fail_next(429, times=2, retry_after=3)
    connector.fail_next(503, times=1)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            body = activity_json("when is cw2 due?", service_url=f"{base}/connector/")
            status, _ = await post(s, f"{base}/api/messages", body)
            return status

    assert asyncio.run(scenario()) == 201
    assert connector.requests == 4 and len(connector.bot_activities("conv-1")) == 1
    assert sleeps.waits[:2] == [3.0, 3.0] and 0 <= sleeps.waits[2] <= 2.0


def test_permanent_failures_are_not_retried(assistant, tmp_path):
    sleeps = Sleeps()
    app = local_app(assistant, tmp_path, sleep=sleeps, retry=RetryPolicy(attempts=3))
    connector = app[SERVICES].connector
    connector.fail_next(403, times=5)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            body = activity_json("when is cw2 due?", service_url=f"{base}/connector/")
            return (await post(s, f"{base}/api/messages", body))[0]

    status = asyncio.run(scenario())
    assert status == 201  # the request was handled; the failed send is logged
    assert connector.requests == 1 and sleeps.waits == []


def test_retry_after_parsing():
    class Exc(Exception):
        def __init__(self, value):
            self.response = type("R", (), {"headers": {"Retry-After": value}})()

    assert retry_after(Exc("7")) == 7.0
    assert retry_after(Exc("Wed, 21 Oct 2015 07:28:00 GMT")) == 0.0  # in the past
    assert retry_after(Exc("soon")) is None


# --- auth on --------------------------------------------------------------------------------

def test_tokens_are_required_and_checked(assistant, tmp_path):
    issuer = TokenIssuer()
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "MicrosoftAppId": APP_ID,
                                  "MicrosoftAppPassword": "secret",
                                  "MicrosoftAppTenantId": "tenant-1"})
    assert not settings.local_mode and settings.host == "0.0.0.0"

    async def scenario():
        async with running(issuer.app()) as idp:
            issuer.base_url = idp
            auth = make_authentication(settings, openid_metadata_url=f"{idp}/openid",
                                       credentials=LocalCredentials())
            connector_app = local_app(assistant, tmp_path / "connector")
            async with running(connector_app) as connector_base:
                service_url = f"{connector_base}/connector/"
                app = create_app(settings, assistant, lambda: NOW, authentication=auth,
                                 typing_after=30, run_reminders=False)
                assert app[SERVICES].connector is None  # no emulator with credentials
                async with running(app) as base, aiohttp.ClientSession() as s:
                    body = activity_json("when is cw2 due?", service_url=service_url)

                    async def status(header):
                        headers = {"Authorization": header} if header else None
                        return (await post(s, f"{base}/api/messages", body,
                                           headers=headers))[0]

                    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
                    good = issuer.token(APP_ID, service_url)
                    results = {
                        "missing": await status(None),
                        "not a jwt": await status("Bearer not.a.jwt"),
                        "garbage": await status("Bearer ###"),
                        "wrong scheme": await status(f"Basic {good}"),
                        "three parts": await status(f"Bearer {good} extra"),
                        "bad signature": await status(
                            "Bearer " + issuer.token(APP_ID, service_url, key=other_key)),
                        "unknown key id": await status(
                            "Bearer " + issuer.token(APP_ID, service_url, kid="nope")),
                        "expired": await status(
                            "Bearer " + issuer.token(APP_ID, service_url, expires_in=-3600)),
                        "other audience": await status(
                            "Bearer " + issuer.token("someone-else", service_url)),
                        "other issuer": await status(
                            "Bearer " + issuer.token(APP_ID, service_url,
                                                     issuer="https://evil.example")),
                        "other service url": await status(
                            "Bearer " + issuer.token(APP_ID, "https://evil.example/")),
                    }
                    delivered_before = connector_app[SERVICES].connector.bot_activities("conv-1")
                    results["valid"] = await status(f"Bearer {good}")
                    delivered = connector_app[SERVICES].connector.bot_activities("conv-1")
            return results, delivered_before, delivered

    results, before, after = asyncio.run(scenario())
    assert results.pop("valid") == 201
    assert all(code == 401 for code in results.values()), results
    assert before == [] and len(after) == 1 and "CW2" in activity_text(after[0])


def test_settings_validate_the_azure_variables():
    from bot.config import ConfigError

    with pytest.raises(ConfigError, match="MicrosoftAppTenantId"):
        Settings.from_env({"MicrosoftAppId": "x", "MicrosoftAppPassword": "y"})
    with pytest.raises(ConfigError, match="MicrosoftAppType"):
        Settings.from_env({"MicrosoftAppType": "Sometimes"})
    with pytest.raises(ConfigError, match="MicrosoftAppPassword"):
        Settings.from_env({"MicrosoftAppId": "x", "MicrosoftAppType": "MultiTenant"})
    with pytest.raises(ConfigError, match="PORT"):
        Settings.from_env({"PORT": "http"})
    s = Settings.from_env({})
    assert s.local_mode and s.port == 3978 and s.host == "127.0.0.1"
    assert s.app_type == "SingleTenant"
