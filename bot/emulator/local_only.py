"""Local mode answers only requests addressed to this machine.

Local mode authenticates nothing: the emulator page, its connector and /api/messages trust
whoever can reach them, which is meant to be this machine's user. A web page elsewhere can
still reach a loopback server through the browser: by DNS rebinding (its own name, re-pointed
at 127.0.0.1, so the browser treats the bot as that page's origin and lets it read the
answers), or by a cross-site form post. So every request's Host must name an address the
server serves (a loopback address, `localhost`, the address the connection arrived on, or
BOT_PUBLIC_URL's host), and a state-changing request that carries an Origin must come from
such an address too. Clients that are not browsers send no Origin and are unaffected.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web

from bot.teams.service_url import LOCALHOST, is_loopback_literal

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def served_base_url(request: web.Request) -> str:
    """http://<address>:<port> of the socket this request arrived on: the server itself,
    whatever the Host header says."""
    sockname = request.transport.get_extra_info("sockname") if request.transport else None
    if not sockname:
        raise ConnectionError("the connection is closed")
    host, port = str(sockname[0]), int(sockname[1])
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def local_only(public_url: str = "") -> Callable[[web.Request, Handler],
                                                 Awaitable[web.StreamResponse]]:
    """Middleware refusing (403) requests not addressed to this server."""
    public_host = (urlsplit(public_url).hostname or "").lower() if public_url else ""

    def allowed(name: str, request: web.Request) -> bool:
        if name == LOCALHOST or is_loopback_literal(name) or (public_host and
                                                              name == public_host):
            return True
        sockname = request.transport.get_extra_info("sockname") if request.transport else None
        return bool(sockname) and name == str(sockname[0]).lower()

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        host = request.headers.get("Host")
        if host is not None and not allowed(_hostname(host), request):
            return _refuse(request, f"Host {host!r} is not an address of this server")
        origin = request.headers.get("Origin")
        if request.method not in SAFE_METHODS and origin is not None:
            parts = urlsplit(origin) if origin != "null" else None
            if parts is None or parts.scheme not in ("http", "https") \
                    or not allowed(_hostname(parts.netloc), request):
                return _refuse(request, f"cross-site request from {origin!r}")
        return await handler(request)

    return middleware


def _hostname(host: str) -> str:
    """The name in a Host header or an origin's netloc, without port or brackets."""
    host = host.strip().lower()
    try:
        return (urlsplit(f"//{host}").hostname or "").rstrip(".") if host else ""
    except ValueError:
        return ""


def _refuse(request: web.Request, reason: str) -> web.Response:
    log.warning("refused %s %s from %s: %s (local mode serves this machine only)",
                request.method, request.path, request.remote, reason)
    return web.json_response({"error": f"{reason}; local mode serves this machine only"},
                             status=403)
