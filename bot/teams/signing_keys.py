"""The token issuer's signing keys: fetched on the event loop, with a timeout, one at a time.

This replaces botbuilder 4.17.1's `_OpenIdMetadata` (botframework/connector/auth/
jwt_token_extractor.py), which fetches the OpenID metadata document and then its JWKS with
blocking `requests.get` and no timeout, from whatever thread authenticates, and drops nothing
when a fetch fails only because it never returns. Run in the default executor, a hung issuer
held every worker thread that answering and the database share, for good.

Here:
- both documents come through aiohttp on the event loop (no thread is held while waiting),
  with one overall timeout;
- single flight: one fetch at a time; every request that needs it awaits the same one;
- the last good keys are kept when a fetch fails, and keys past their refresh age are still
  used (and refreshed in the background) rather than making requests wait;
- an unknown key id triggers a refetch at most once per `refetch_interval`, so tokens with
  made-up key ids cannot make the bot hammer the issuer.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
from jwt.algorithms import RSAAlgorithm

log = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 1024 * 1024  # the metadata and key sets are a few kB


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    public_key: Any  # an RSA public key, as PyJWT takes it
    endorsements: tuple[str, ...]  # channel ids the key may sign for (empty: any)


Fetch = Callable[[str], Awaitable[Any]]  # URL -> parsed JSON


class SigningKeys:
    def __init__(self, metadata_url: str, *, timeout: float = 10.0,
                 refresh_after: float = 24 * 3600.0, refetch_interval: float = 300.0,
                 retry_interval: float = 30.0,
                 monotonic: Callable[[], float] = time.monotonic,
                 fetch: Fetch | None = None):
        """`refetch_interval`: the least time between fetches when a key id is unknown;
        `retry_interval`: the same after a failed fetch."""
        self.metadata_url = metadata_url
        self.timeout = timeout
        self.refresh_after = refresh_after
        self.refetch_interval = refetch_interval
        self.retry_interval = retry_interval
        self._monotonic = monotonic
        self._fetch_json = fetch or self._get_json
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: float | None = None  # the last successful fetch
        self._next_attempt = float("-inf")
        self._inflight: asyncio.Task[None] | None = None
        self.fetches = 0  # fetches started (for tests and logs)

    async def get(self, key_id: str) -> SigningKey | None:
        """The key with this id, fetching the keys when needed; None if the issuer has none."""
        now = self._monotonic()
        key = self._keys.get(key_id)
        if key is not None:
            stale = self._fetched_at is None or now - self._fetched_at >= self.refresh_after
            if stale and now >= self._next_attempt:
                self._start_fetch()  # refreshed in the background; the known key serves now
            return key
        if self._fetching() or now >= self._next_attempt:
            # shield: one request giving up (cancelled) must not cancel everyone's fetch.
            await asyncio.shield(self._start_fetch())
        return self._keys.get(key_id)

    def _fetching(self) -> bool:
        return self._inflight is not None and not self._inflight.done()

    def _start_fetch(self) -> asyncio.Task[None]:
        if self._inflight is None or self._inflight.done():
            self._next_attempt = self._monotonic() + self.refetch_interval
            self.fetches += 1
            self._inflight = asyncio.ensure_future(self._refresh())
        return self._inflight

    async def _refresh(self) -> None:
        try:
            async with asyncio.timeout(self.timeout):
                metadata = await self._fetch_json(self.metadata_url)
                jwks_uri = metadata.get("jwks_uri") if isinstance(metadata, dict) else None
                if not isinstance(jwks_uri, str):
                    raise ValueError("the OpenID metadata has no jwks_uri")
                keys = _parse_keys(await self._fetch_json(jwks_uri))
            if not keys:
                raise ValueError("it lists no usable signing keys")
        except Exception as exc:  # noqa: BLE001 - any failure keeps the last good keys
            self._next_attempt = self._monotonic() + self.retry_interval
            log.warning("could not fetch signing keys from %s (%s: %s); keeping the %d "
                        "known", self.metadata_url, type(exc).__name__, exc, len(self._keys))
            return
        self._keys = keys
        self._fetched_at = self._monotonic()
        log.info("fetched %d signing keys from %s", len(keys), self.metadata_url)

    async def _get_json(self, url: str) -> Any:
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session, \
                session.get(url, headers={"Accept": "application/json"}) as response:
            response.raise_for_status()
            body = bytearray()
            async for piece in response.content.iter_any():
                body += piece
                if len(body) > MAX_DOCUMENT_BYTES:
                    raise ValueError(f"{url} answered more than {MAX_DOCUMENT_BYTES} bytes")
            return json.loads(body)


def _parse_keys(document: Any) -> dict[str, SigningKey]:
    keys: dict[str, SigningKey] = {}
    entries = document.get("keys") if isinstance(document, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("kty") != "RSA" \
                or not isinstance(entry.get("kid"), str):
            continue
        try:
            public_key = RSAAlgorithm.from_jwk(json.dumps(entry))
        except Exception:  # noqa: BLE001 - one malformed key must not hide the others
            log.warning("skipping malformed signing key %s", entry.get("kid"))
            continue
        endorsements = entry.get("endorsements")
        keys[entry["kid"]] = SigningKey(
            entry["kid"], public_key,
            tuple(e for e in endorsements if isinstance(e, str))
            if isinstance(endorsements, list) else ())
    return keys
