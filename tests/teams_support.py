"""Helpers for the Teams-layer tests: activities from JSON, a running app, a token issuer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import jwt
from aiohttp import web
from botbuilder.schema import Activity
from botframework.connector.auth import MicrosoftAppCredentials, ServiceClientCredentialsFactory
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

APP_ID = "00000000-0000-0000-0000-00000000b0t1"
BOT = {"id": "28:bot-id", "name": "Course assistant"}
STUDENT = {"id": "29:student-1", "name": "Ada Student", "aadObjectId": "aad-ada"}


class Clock:
    """The course clock a test sets by hand (`clock.now = ...`)."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def emulator_say(session: Any, base: str, user: str, text: str | None = None,
                       *, name: str | None = None, **extra: Any) -> list[dict[str, Any]]:
    """One message through the emulator page's route; the bot's replies to it."""
    body = {"user": user, "name": name or user.title(), "text": text, **extra}
    async with session.post(f"{base}/emulator/send", json=body) as r:
        return (await r.json())["replies"]


async def no_sleep(_seconds: float) -> None:
    """Retries and back-offs without waiting."""
    return None


def activity_json(text: str | None = "when is cw2 due?", *, kind: str = "message",
                  conversation_type: str = "personal", conversation: str = "conv-1",
                  service_url: str = "http://127.0.0.1:9/connector/", tz: str | None = None,
                  mention: bool = False, sender: dict[str, Any] | None = None,
                  **extra: Any) -> dict[str, Any]:
    """A Teams-shaped activity as the channel sends it (built from JSON, not objects)."""
    body: dict[str, Any] = {
        "type": kind, "id": f"act-{time.monotonic_ns()}", "channelId": "msteams",
        "serviceUrl": service_url, "from": sender or STUDENT, "recipient": BOT,
        "conversation": {"id": conversation, "conversationType": conversation_type,
                         "tenantId": "tenant-1"},
        "channelData": {"tenant": {"id": "tenant-1"}},
        "timestamp": "2021-02-01T09:00:00.000Z",
    }
    if kind == "message":
        body["text"] = text
    if tz:
        body["localTimezone"] = tz
    if mention:
        tag = "<at>Course assistant</at>"
        body["text"] = f"{tag} {text}"
        body["entities"] = [{"type": "mention", "text": tag, "mentioned": BOT}]
    body.update(extra)
    return body


def activity(**kwargs: Any) -> Activity:
    return Activity().deserialize(activity_json(**kwargs))


@contextlib.asynccontextmanager
async def running(app: web.Application) -> AsyncIterator[str]:
    """The app on an ephemeral loopback port; yields its base URL."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


class TokenIssuer:
    """Plays the Bot Framework's token service: an OpenID document, its keys, signed JWTs.

    `hang()` makes the next metadata requests wait until `recover()` (a hung issuer);
    `rotate()` adds a new signing key; `served` and `max_in_flight` count the requests.
    """

    ISSUER = "https://api.botframework.com"

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "test-key-1"
        self.keys = {self.kid: self.key}
        self.base_url = ""
        self.served = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._hung: asyncio.Event | None = None
        self._stuck: list[asyncio.Event] = []

    def hang(self) -> None:
        self._hung = asyncio.Event()

    def recover(self) -> None:
        """New requests are answered; requests already hung stay hung (a dead connection)."""
        self._hung = None

    def release(self) -> None:
        """Let every hung request finish (teardown)."""
        for event in self._stuck:
            event.set()

    def rotate(self, kid: str) -> Any:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.keys[kid] = key
        return key

    def app(self) -> web.Application:
        async def metadata(request: web.Request) -> web.Response:
            self.served += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                if self._hung is not None:
                    self._stuck.append(self._hung)
                    await self._hung.wait()
                return web.json_response({"issuer": self.ISSUER,
                                          "jwks_uri": f"{self.base_url}/keys",
                                          "id_token_signing_alg_values_supported": ["RS256"]})
            finally:
                self.in_flight -= 1

        async def keys(request: web.Request) -> web.Response:
            jwks = []
            for kid, key in self.keys.items():
                jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
                jwk.update({"kid": kid, "use": "sig", "endorsements": ["msteams"]})
                jwks.append(jwk)
            return web.json_response({"keys": jwks})

        app = web.Application()
        app.add_routes([web.get("/openid", metadata), web.get("/keys", keys)])
        return app

    def token(self, audience: str, service_url: str, *, key: Any = None,
              expires_in: int | None = 3600, issuer: str | None = None,
              kid: str | None = None, not_before: int = -60) -> str:
        """`expires_in=None`: no `exp` claim at all."""
        now = int(time.time())
        claims = {"iss": issuer or self.ISSUER, "aud": audience, "serviceurl": service_url,
                  "nbf": now + not_before, "iat": now - 60}
        if expires_in is not None:
            claims["exp"] = now + expires_in
        kid = kid or self.kid
        return jwt.encode(claims, key or self.keys.get(kid, self.key), algorithm="RS256",
                          headers={"kid": kid})


class LocalCredentials(ServiceClientCredentialsFactory):
    """Outbound credentials for tests: the local connector needs no token."""

    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == APP_ID

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        return MicrosoftAppCredentials.empty()
