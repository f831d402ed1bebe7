"""serviceUrl checks: parse it as the HTTP clients will, and (local mode) keep it on this machine.

The bot posts its replies to the activity's serviceUrl, with msrest over requests/urllib3
(the SDK's connector) and aiohttp/yarl (ours). Python's `urlsplit` disagrees with urllib3 on
some inputs: for `http://example.com\\@127.0.0.1/` it sees the host 127.0.0.1 while urllib3
connects to example.com. So a serviceUrl is accepted only when it is plain ASCII without
backslashes, spaces or user info, and urlsplit, yarl and urllib3 all read the same host.

In local mode (no authentication) anyone who can reach the bot chooses the serviceUrl, so it
must be this machine: a literal loopback address (127.0.0.0/8 or ::1), or the name
`localhost` if this machine's resolver maps it to loopback addresses only. Names under
`.localhost` are refused: they are looked up like any other name, through DNS.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import logging
import re
import socket
from collections.abc import Awaitable, Callable
from typing import NamedTuple
from urllib.parse import urlsplit

import urllib3.util
import yarl

log = logging.getLogger(__name__)

_PLAIN = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no spaces or control characters
LOCALHOST = "localhost"


class ServiceUrl(NamedTuple):
    scheme: str
    host: str  # lower case; IPv6 without brackets
    port: int


# A deployment sees a handful of serviceUrls, each in every activity (twice a turn: read, and
# checked in local mode): its three parsers ran on the event loop for each. A URL that fails
# raises every time (exceptions are not kept), so only good ones take room here.
@functools.lru_cache(maxsize=256)
def parse_service_url(text: str) -> ServiceUrl:
    """The URL's parts, or ValueError when any HTTP client could read it differently."""
    if not _PLAIN.fullmatch(text) or "\\" in text:
        raise ValueError("it must be printable ASCII without spaces or backslashes")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError("it is not an http(s) URL")
    if "@" in parts.netloc:
        raise ValueError("it must not carry user info")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        hosts = {_host(parts.hostname), _host(yarl.URL(text).raw_host),
                 _host(urllib3.util.parse_url(text).host)}
    except ValueError as exc:  # LocationParseError is a ValueError too
        raise ValueError(f"it is not a valid URL ({exc})") from None
    if len(hosts) != 1 or "" in hosts:
        raise ValueError("its host is missing or ambiguous")
    return ServiceUrl(parts.scheme.lower(), hosts.pop(), port)


@functools.lru_cache(maxsize=256)
def is_loopback_literal(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


Resolver = Callable[[str], Awaitable[list[str]]]


async def system_addresses(name: str) -> list[str]:
    """What this machine's resolver (the one the HTTP clients use) gives for `name`."""
    infos = await asyncio.get_running_loop().getaddrinfo(name, None, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


class LocalServiceUrls:
    """Local mode's rule: replies go to this machine only."""

    def __init__(self, resolve: Resolver = system_addresses):
        self._resolve = resolve
        self._localhost_is_loopback: bool | None = None

    async def require(self, service_url: str) -> None:
        """ValueError unless `service_url` is on this machine."""
        host = parse_service_url(service_url).host
        if is_loopback_literal(host):
            return
        if host == LOCALHOST and await self._localhost_loopback():
            return
        raise ValueError("local mode (no MicrosoftAppId) only replies to a serviceUrl on this "
                         "machine: 127.0.0.1, [::1] or localhost")

    async def _localhost_loopback(self) -> bool:
        # Resolved once: /etc/hosts answers it on any usual system, and it does not move.
        if self._localhost_is_loopback is None:
            try:
                addresses = await self._resolve(LOCALHOST)
            except OSError as exc:
                log.warning("'localhost' does not resolve (%s): only literal loopback "
                            "serviceUrls are accepted", exc)
                addresses = []
            ok = bool(addresses) and all(is_loopback_literal(a) for a in addresses)
            if addresses and not ok:
                log.warning("'localhost' resolves to %s, not only loopback: serviceUrls "
                            "naming it are refused", ", ".join(addresses))
            self._localhost_is_loopback = ok
        return self._localhost_is_loopback


def _host(host: str | None) -> str:
    return (host or "").strip("[]").lower()
