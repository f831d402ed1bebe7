"""Helpers for the Teams-layer tests: activities from JSON, a running app, a token issuer."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import jwt
from aiohttp import web
from botbuilder.schema import Activity
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

BOT = {"id": "28:bot-id", "name": "Course assistant"}
STUDENT = {"id": "29:student-1", "name": "Ada Student", "aadObjectId": "aad-ada"}


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
    """Plays the Bot Framework's token service: an OpenID document, its keys, signed JWTs."""

    ISSUER = "https://api.botframework.com"

    def __init__(self) -> None:
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "test-key-1"
        self.base_url = ""

    def app(self) -> web.Application:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "endorsements": ["msteams"]})

        async def metadata(request: web.Request) -> web.Response:
            return web.json_response({"issuer": self.ISSUER,
                                      "jwks_uri": f"{self.base_url}/keys",
                                      "id_token_signing_alg_values_supported": ["RS256"]})

        async def keys(request: web.Request) -> web.Response:
            return web.json_response({"keys": [jwk]})

        app = web.Application()
        app.add_routes([web.get("/openid", metadata), web.get("/keys", keys)])
        return app

    def token(self, audience: str, service_url: str, *, key: Any = None,
              expires_in: int = 3600, issuer: str | None = None, kid: str | None = None) -> str:
        now = int(time.time())
        claims = {"iss": issuer or self.ISSUER, "aud": audience, "serviceurl": service_url,
                  "nbf": now - 60, "iat": now - 60, "exp": now + expires_in}
        return jwt.encode(claims, key or self.key, algorithm="RS256",
                          headers={"kid": kid or self.kid})
