"""Bot identities that Azure creates today: single tenant with a secret, and a user-assigned
managed identity (no secret at all). Offline: the managed identity endpoint and the
channel's token service are played by local servers."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from aiohttp import web
from botframework.connector.auth import ClaimsIdentity
from teams_support import TokenIssuer, activity_json, running

from bot.config import ConfigError, Settings
from bot.server import create_app
from bot.teams.auth import make_authentication

APP_ID = "7c0c5a5e-3f4b-4f7e-9a36-5e2f0d1c9b11"  # the managed identity's client id
TENANT = "5a1b2c3d-0000-4000-8000-00000000abcd"
MSI_TOKEN = "msi-access-token-for-the-bot"
NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


class IdentityEndpoint:
    """The managed identity endpoint that Container Apps and App Service expose to the app
    (IDENTITY_ENDPOINT + IDENTITY_HEADER), in a thread: the SDK calls it with blocking
    `requests`."""

    def __init__(self, header: str):
        self.header = header
        self.calls: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                outer.calls.append({"query": query,
                                    "header": self.headers.get("X-IDENTITY-HEADER")})
                if self.headers.get("X-IDENTITY-HEADER") != outer.header:
                    self.send_response(401)
                    self.end_headers()
                    return
                body = json.dumps({"access_token": MSI_TOKEN, "token_type": "Bearer",
                                   "expires_on": str(int(time.time()) + 3600),
                                   "resource": query.get("resource"),
                                   "client_id": query.get("client_id")}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/msi/token"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> IdentityEndpoint:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def recording_connector() -> tuple[web.Application, list[dict]]:
    """A Bot Connector that keeps each reply with the Authorization header it came with."""
    received: list[dict] = []

    async def reply(request: web.Request) -> web.Response:
        received.append({"authorization": request.headers.get("Authorization"),
                         "activity": await request.json()})
        return web.json_response({"id": f"reply-{len(received)}"})

    app = web.Application()
    app.add_routes([web.post("/v3/conversations/{conversation}/activities/{activity}", reply),
                    web.post("/v3/conversations/{conversation}/activities", reply)])
    return app, received


def test_a_managed_identity_bot_needs_no_secret_and_signs_replies_with_its_token(
        assistant, tmp_path, monkeypatch):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "MicrosoftAppId": APP_ID,
                                  "MicrosoftAppType": "UserAssignedMSI",
                                  "MicrosoftAppTenantId": TENANT})
    assert settings.app_password == "" and not settings.local_mode
    issuer = TokenIssuer()

    with IdentityEndpoint(header="per-container-secret") as identity:
        monkeypatch.setenv("IDENTITY_ENDPOINT", identity.url)
        monkeypatch.setenv("IDENTITY_HEADER", "per-container-secret")

        async def scenario():
            connector, received = recording_connector()
            async with running(issuer.app()) as idp, running(connector) as connector_base:
                issuer.base_url = idp
                # Only the channel's token service is local; the outbound credentials are
                # the SDK's own managed-identity ones, built from the settings.
                auth = make_authentication(settings, openid_metadata_url=f"{idp}/openid")
                app = create_app(settings, assistant, lambda: NOW, authentication=auth,
                                 typing_after=30, run_reminders=False)
                service_url = f"{connector_base}/"
                body = activity_json("help", service_url=service_url)
                async with running(app) as base, aiohttp.ClientSession() as s:
                    async def post(token):
                        async with s.post(f"{base}/api/messages", json=body,
                                          headers={"Authorization": f"Bearer {token}"}) as r:
                            return r.status

                    wrong = await post(issuer.token("some-other-app", service_url))
                    status = await post(issuer.token(APP_ID, service_url))
            return wrong, status, received

        wrong, status, received = asyncio.run(scenario())

    assert wrong == 401
    assert status == 201
    assert received and all(r["authorization"] == f"Bearer {MSI_TOKEN}" for r in received)
    assert identity.calls, "the bot never asked the managed identity endpoint for a token"
    call = identity.calls[0]
    assert call["header"] == "per-container-secret"
    assert call["query"]["client_id"] == APP_ID  # the user-assigned identity, by client id
    assert call["query"]["resource"] == "https://api.botframework.com"


def test_a_single_tenant_bot_gets_its_tokens_from_its_own_tenant(monkeypatch):
    from botframework.connector.auth import MicrosoftAppCredentials

    fetched_on = []

    def fetch(self, force_refresh=False):  # MSAL would ask the tenant over the network
        fetched_on.append(threading.get_ident())
        return "token"

    monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", fetch)
    settings = Settings.from_env({"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "secret",
                                  "MicrosoftAppTenantId": TENANT})
    auth = make_authentication(settings)

    async def credentials():
        factory = auth.create_connector_factory(ClaimsIdentity({"aud": APP_ID}, True))
        client = await factory.create("https://smba.trafficmanager.net/emea/", None)
        return client.config.credentials, threading.get_ident()

    creds, loop_thread = asyncio.run(credentials())
    assert fetched_on and loop_thread not in fetched_on  # its first token: off the loop
    # Not the botframework.com tenant that multi-tenant bots used.
    assert creds.oauth_endpoint == f"https://login.microsoftonline.com/{TENANT}"
    assert creds.microsoft_app_id == APP_ID and creds.microsoft_app_password == "secret"
    assert creds.oauth_scope == "https://api.botframework.com"


@pytest.mark.parametrize("env, complaint", [
    ({"MicrosoftAppType": "UserAssignedMSI"}, "MicrosoftAppTenantId"),
    ({"MicrosoftAppType": "SingleTenant", "MicrosoftAppTenantId": TENANT},
     "MicrosoftAppPassword"),
])
def test_missing_identity_settings_are_named(env, complaint):
    with pytest.raises(ConfigError, match=complaint):
        Settings.from_env({"MicrosoftAppId": APP_ID, **env})
