"""Outbound tokens fetched off the event loop.

botbuilder's credentials fetch the bot's token for the Bot Connector (MSAL, or the managed
identity endpoint) with blocking HTTP inside `get_access_token`, which msrest calls on the
event loop before each send; about once an hour per identity that call goes to the network
and the whole loop (every turn, /healthz) waits for it. Here every credential the SDK
creates is wrapped: its first token is fetched on a worker thread before the credential is
used, a supervised worker refreshes them on a thread well before they expire, and the call
on the loop returns the token already held. Only if that fails for so long that the token
is about to expire does the loop fetch it itself (logged).
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from botframework.connector.auth import ServiceClientCredentialsFactory

log = logging.getLogger(__name__)

REFRESH_EVERY = 300.0  # seconds between the worker's looks at the held tokens
REFRESH_BEFORE = 900.0  # fetch a new token when the held one has less than this left
LAST_RESORT = 120.0  # with less than this left, the loop fetches one itself


def token_expiry(token: str) -> float | None:
    """The `exp` claim of a JWT (not verified: it is our own token, to know its age)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError):
        return None


class HeldToken:
    """A credential whose `get_access_token` answers from a token fetched off the loop."""

    def __init__(self, credentials: Any, clock: Callable[[], float] = time.time):
        self._credentials = credentials
        self._fetch = credentials.get_access_token  # the SDK's own (blocking) fetch
        self._clock = clock
        self._lock = threading.Lock()
        self.token: str | None = None
        self.expires: float = 0.0
        credentials.get_access_token = self.get  # what msrest calls on the loop

    def refresh(self, force: bool = False) -> str:
        """Fetch a token (on a worker thread) unless the held one has long enough left."""
        with self._lock:
            if force or self.token is None or self.expires - self._clock() < REFRESH_BEFORE:
                token = self._fetch()
                self.token = token
                # No readable expiry: treat it as good for the SDK's usual hour, less margin.
                self.expires = token_expiry(token) or self._clock() + 3000.0
            return self.token

    def get(self, force_refresh: bool = False) -> str:
        if not force_refresh and self.token is not None \
                and self.expires - self._clock() > LAST_RESORT:
            return self.token
        log.warning("fetching the bot's token on the event loop: the background refresh "
                    "has not kept it fresh")
        return self.refresh(force=True)


class OffLoopCredentialsFactory(ServiceClientCredentialsFactory):
    """Wraps the SDK's credentials factory; `refresh()` is the worker's loop."""

    def __init__(self, inner: ServiceClientCredentialsFactory,
                 clock: Callable[[], float] = time.time):
        self._inner = inner
        self._clock = clock
        self._held: dict[tuple[Any, ...], HeldToken] = {}

    async def is_valid_app_id(self, app_id: str) -> bool:
        return await self._inner.is_valid_app_id(app_id)

    async def is_authentication_disabled(self) -> bool:
        return await self._inner.is_authentication_disabled()

    async def create_credentials(self, app_id: str, oauth_scope: str, login_endpoint: str,
                                 validate_authority: bool) -> Any:
        credentials = await self._inner.create_credentials(app_id, oauth_scope,
                                                           login_endpoint, validate_authority)
        if not app_id or credentials is None or not getattr(credentials, "microsoft_app_id",
                                                            None):
            return credentials  # no identity (local mode): nothing is fetched
        key = (app_id, oauth_scope, login_endpoint)
        held = self._held.get(key)
        if held is not None:  # another credential of the same identity: one token for both
            credentials.get_access_token = held.get
        else:
            held = self._held[key] = HeldToken(credentials, self._clock)
        if held.token is None:
            await asyncio.to_thread(held.refresh)
        return credentials

    async def refresh(self) -> float:
        """Refresh every held token that is getting old, each on a worker thread."""
        for held in list(self._held.values()):
            try:
                await asyncio.to_thread(held.refresh)
            except Exception as exc:  # noqa: BLE001 - kept: the held token still serves
                log.warning("could not refresh the bot's token (the current one serves "
                            "until it expires): %s", exc)
        return REFRESH_EVERY
