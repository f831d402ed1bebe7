"""Local mode serves this machine only (issue 11, section 2): Host, Origin and BOT_HOST."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web
from teams_support import activity_json, running

from bot.cli.serve import startup_banner
from bot.config import ConfigError, Settings
from bot.core.assistant import Assistant
from bot.emulator.render import activity_text
from bot.server import SERVICES, create_app

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def schedule_assistant(schedule) -> Assistant:
    return Assistant(lambda: schedule)


def local_app(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    return create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False)


def test_a_forged_host_does_not_redirect_the_emulators_post(schedule_assistant, tmp_path):
    """The page posts to the server it runs on, not to the address a Host header names."""
    app = local_app(schedule_assistant, tmp_path)
    elsewhere: list[dict] = []

    async def record(request: web.Request) -> web.Response:
        elsewhere.append(await request.json())
        return web.Response(status=201)

    other = web.Application()
    other.add_routes([web.post("/api/messages", record)])

    async def scenario():
        async with running(app) as base, running(other) as other_base, \
                aiohttp.ClientSession() as s:
            forged = other_base.removeprefix("http://")  # another server on this machine
            async with s.post(f"{base}/emulator/send", json={"text": "when is cw2 due?"},
                              headers={"Host": forged}) as r:
                return r.status, await r.json()

    status, result = asyncio.run(scenario())
    assert status == 200 and result["status"] == 201
    assert elsewhere == []
    assert "CW2" in activity_text(result["replies"][0])
    conversation = app[SERVICES].connector.bot_activities("personal-local-user")
    assert conversation and conversation[-1]["type"] == "message"


@pytest.mark.parametrize("method,path", [
    ("GET", "/"), ("GET", "/emulator/activities?conversation=personal-local-user"),
    ("GET", "/healthz"), ("POST", "/api/messages")])
def test_dns_rebinding_is_refused(schedule_assistant, tmp_path, method, path):
    """A page on attacker.example, its name re-pointed at 127.0.0.1, sends Host:
    attacker.example: it gets nothing."""
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            port = base.rsplit(":", 1)[1]
            body = activity_json("when is cw2 due?", service_url=f"{base}/connector/",
                                 deliveryMode="expectReplies") if method == "POST" else None
            async with s.request(method, base + path, json=body,
                                 headers={"Host": f"attacker.example:{port}"}) as r:
                return r.status

    assert asyncio.run(scenario()) == 403


def test_the_addresses_the_server_serves_are_accepted(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            port = base.rsplit(":", 1)[1]
            statuses = []
            for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}",
                         "LOCALHOST", f"127.0.0.1:{port}"):
                async with s.get(f"{base}/", headers={"Host": host}) as r:
                    statuses.append(r.status)
            return statuses

    assert asyncio.run(scenario()) == [200] * 5


def test_cross_site_posts_are_refused(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            port = base.rsplit(":", 1)[1]
            results = {}
            for label, origin in (("another site", "https://attacker.example"),
                                  ("an opaque origin", "null"),
                                  ("the page itself", f"http://localhost:{port}"),
                                  ("no Origin (not a browser)", None)):
                headers = {"Origin": origin} if origin else {}
                async with s.post(f"{base}/emulator/send", json={"text": "forget me"},
                                  headers=headers) as r:
                    results[label] = r.status
            # Reading is not state-changing: the browser itself keeps the answer from a
            # cross-site page (no CORS headers).
            async with s.get(f"{base}/", headers={"Origin": "https://attacker.example"}) as r:
                results["GET from another site"] = r.status
            return results

    assert asyncio.run(scenario()) == {
        "another site": 403, "an opaque origin": 403, "the page itself": 200,
        "no Origin (not a browser)": 200, "GET from another site": 200}


# --- BOT_HOST ---------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "bot.example.org"])
def test_local_mode_refuses_a_network_address_unless_told(host):
    with pytest.raises(ConfigError, match="BOT_ALLOW_UNAUTHENTICATED_NETWORK=1"):
        Settings.from_env({"BOT_HOST": host})
    settings = Settings.from_env({"BOT_HOST": host, "BOT_ALLOW_UNAUTHENTICATED_NETWORK": "1"})
    assert settings.host == host and settings.allow_unauthenticated_network
    banner = startup_banner(settings)
    assert "WITHOUT AUTHENTICATION" in banner and host in banner


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "[::1]", "localhost"])
def test_loopback_addresses_need_no_permission(host):
    settings = Settings.from_env({"BOT_HOST": host})
    assert settings.host == host and not settings.allow_unauthenticated_network
    assert "WITHOUT AUTHENTICATION" not in startup_banner(settings)


def test_credentials_mode_listens_anywhere_and_the_setting_is_checked():
    settings = Settings.from_env({"MicrosoftAppId": "app", "MicrosoftAppPassword": "x",
                                  "MicrosoftAppTenantId": "t", "BOT_HOST": "0.0.0.0"})
    assert settings.host == "0.0.0.0" and "WITHOUT AUTHENTICATION" not in \
        startup_banner(settings)
    with pytest.raises(ConfigError, match="BOT_ALLOW_UNAUTHENTICATED_NETWORK"):
        Settings.from_env({"BOT_ALLOW_UNAUTHENTICATED_NETWORK": "sure"})
