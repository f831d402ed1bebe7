"""The request middleware: a request id for every log line of a turn, one log line and the
metrics per request.

The id is the caller's `X-Request-Id` when it looks like one (Azure Container Apps' ingress
sets it, so the bot's lines match the ingress logs), else a new one; it is sent back in the
response's `X-Request-Id`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import time
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.ops.logs import REQUEST_ID
from bot.ops.metrics import Metrics, route_label

log = logging.getLogger("bot.access")

HEADER = "X-Request-Id"
_USABLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
# Probes and scrapes arrive every few seconds: logged at DEBUG unless they fail.
QUIET_ROUTES = frozenset({"/healthz", "/readyz", "/metrics"})
CLIENT_GONE = 499  # nginx's code for a client that closed the connection first

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


# Request ids only need to be unique, not unpredictable: drawn from a generator seeded
# once per process, not from uuid4's os.urandom. That is a getrandom() system call, and the
# event loop gives up the GIL for it on every request (/healthz included): under load,
# each time waiting about a millisecond to get it back from the answering threads.
_IDS = random.Random()
os.register_at_fork(after_in_child=_IDS.seed)  # a forked child draws ids of its own


def new_request_id() -> str:
    """32 hex digits, like `uuid4().hex`."""
    return f"{_IDS.getrandbits(128):032x}"


def request_id_for(request: web.Request) -> str:
    given = request.headers.get(HEADER, "")
    return given if _USABLE_ID.fullmatch(given) else new_request_id()


def request_middleware(metrics: Metrics | None = None,
                       timer: Callable[[], float] = time.perf_counter):
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        request_id = request_id_for(request)
        token = REQUEST_ID.set(request_id)
        started = timer()
        status = 500
        try:
            response = await handler(request)
            status = response.status
            if not response.prepared:
                response.headers[HEADER] = request_id
            return response
        except web.HTTPException as exc:  # 404, 405 and the like: still measured and logged
            status = exc.status
            exc.headers[HEADER] = request_id
            raise
        except asyncio.CancelledError:
            status = CLIENT_GONE
            raise
        finally:
            seconds = timer() - started
            route = route_label(request)
            if metrics is not None:
                metrics.requests.labels(route, request.method, str(status)).inc()
                metrics.latency.labels(route).observe(seconds)
            quiet = route in QUIET_ROUTES and status < 400
            log.log(logging.DEBUG if quiet else logging.INFO, "%s %s %d %.1f ms",
                    request.method, route, status, seconds * 1000,
                    extra={"method": request.method, "route": route, "status": status,
                           "duration_ms": round(seconds * 1000, 2)})
            REQUEST_ID.reset(token)

    return middleware
