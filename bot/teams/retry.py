"""Retrying sends to the Bot Connector: the SDK does not, and Teams throttles (429).

Transient statuses are retried with exponential backoff and full jitter, honouring
`Retry-After` when the service sends one. Everything else fails at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import aiohttp
from msrest.exceptions import DeserializationError, HttpOperationError

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({412, 429, 502, 503, 504})
T = TypeVar("T")


class SendError(RuntimeError):
    """A send failed for good; `status` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5  # seconds, doubled each try
    max_delay: float = 30.0
    max_retry_after: float = 120.0  # asked to wait longer: give up rather than hold the turn


def status_of(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    return int(status) if isinstance(status, int) else None


def retry_after(exc: BaseException) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), if any."""
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    value = headers.get("Retry-After") or headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        from datetime import UTC, datetime

        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


DEFAULT_POLICY = RetryPolicy()
_JITTER = random.Random()


async def send_with_retry(send: Callable[[], Awaitable[T]],
                          policy: RetryPolicy = DEFAULT_POLICY,
                          sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                          rng: random.Random | None = None, what: str = "send") -> T:
    rng = rng or _JITTER  # not a new Random per send: seeding one reads the OS's entropy
    for attempt in range(1, policy.attempts + 1):
        try:
            return await send()
        except HttpOperationError as exc:
            status = status_of(exc)
            if status not in RETRY_STATUSES or attempt == policy.attempts:
                raise SendError(f"{what} failed with HTTP {status}", status) from exc
            wait = retry_after(exc)
        except (aiohttp.ClientConnectionError, TimeoutError) as exc:
            if attempt == policy.attempts:
                raise SendError(f"{what} failed: {exc!r}") from exc
            status, wait = None, None
        except DeserializationError as exc:
            # msrest reads the body before the status: an error page that is not JSON (a
            # proxy's text/html, a 404 in text/plain) surfaces here, its status lost.
            raise SendError(f"{what}: the connector answered something that is not JSON "
                            f"({exc})") from exc
        if wait is not None and wait > policy.max_retry_after:
            raise SendError(f"{what}: HTTP {status} asks to retry after {wait:.0f} s", status)
        if wait is None:
            cap = min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1))
            wait = rng.uniform(0, cap)
        log.warning("%s: HTTP %s, retry %d/%d in %.2f s", what, status, attempt,
                    policy.attempts - 1, wait)
        await sleep(wait)
    raise AssertionError("unreachable")
