"""Sends to the Bot Connector on the event loop, through one pooled aiohttp session.

The SDK's async connector client (`botframework.connector.aio`) sends through msrest's
`AsyncRequestsHTTPSender`: every reply is a blocking `requests` call handed to the loop's
default executor (six threads on two cores). Under load each reply held a thread while it
waited for the connector's answer, so at most six were in flight, and those threads took
the GIL from the loop for every socket call; the executor is also the one the database's
off-loop work shares. The SDK lets a client's pipeline be replaced (its configuration takes
a `pipeline_type`/`sender`), but msrest's own aiohttp sender passes neither the headers nor
the body on; so here the SDK's pipeline is rebuilt with the same policies (user agent,
credentials, raw deserializer, HTTP logger) and a last step that sends with aiohttp.
Failures keep their kinds: a status the operation does not expect is msrest's
`HttpOperationError` as before, and a refused or dropped connection is aiohttp's
`ClientConnectionError` (or a timeout), which `retry.send_with_retry` retries.
"""

from __future__ import annotations

import asyncio
import functools
import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from msrest.pipeline import AsyncHTTPSender, Request, Response, SansIOHTTPPolicy
from msrest.pipeline.async_abc import AsyncPipeline
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http.aiohttp import AioHttpClientResponse


class ConnectorHttp:
    """The aiohttp session every connector client of one app sends through (kept-alive,
    pooled connections), made on the running loop when first needed."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            # Not trust_env: aiohttp would then look up netrc and the proxy on a worker
            # thread for every request. The proxy is looked up here (`proxy_for`).
            self._session = aiohttp.ClientSession()
            self._loop = loop
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed \
                and self._loop is asyncio.get_running_loop():
            await self._session.close()
        self._session = None


@functools.lru_cache(maxsize=256)
def proxy_for(scheme: str, host: str) -> str | None:
    """The proxy HTTP(S)_PROXY and NO_PROXY name for this scheme and host, as `requests`
    used them (the environment is read once per host: it does not change under us)."""
    proxies = urllib.request.getproxies_environment()
    if not proxies or urllib.request.proxy_bypass_environment(host, proxies):
        return None
    return proxies.get(scheme)


class _Headers:
    """What a credential's `signed_session` writes its Authorization header into."""

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}


class _Credentials(SansIOHTTPPolicy):
    """The credential's own header (none without an app id), as the SDK's requests policy
    sets it on its session. The token is one `tokens.py` holds, fetched off the loop."""

    def __init__(self, credentials: Any):
        self._credentials = credentials

    def on_request(self, request: Request, **kwargs: Any) -> None:
        signed = _Headers()
        self._credentials.signed_session(signed)
        header = signed.headers.get("Authorization")
        if header:
            request.http_request.headers["Authorization"] = header


class _Response(AioHttpClientResponse):
    def body(self) -> bytes:
        return self._body or b""  # an empty body (a 202, a bare 429) is b"", not an error


class AiohttpSender(AsyncHTTPSender):
    """The pipeline's last step: the request through the app's aiohttp session."""

    def __init__(self, http: ConnectorHttp, timeout: float | None):
        self._http = http
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def __aenter__(self) -> AiohttpSender:
        return self

    async def __aexit__(self, *exc_details: Any) -> None:
        return None  # the session is the app's, closed with it

    def build_context(self) -> None:
        return None

    async def send(self, request: Request, **kwargs: Any) -> Response:
        http_request = request.http_request
        if http_request.files:
            raise ValueError("multipart uploads are not sent through the connector sender")
        data = http_request.data
        if isinstance(data, str):
            data = data.encode("utf-8")
        # msrest counts Content-Length in characters; aiohttp counts the bytes it sends.
        headers = {k: v for k, v in http_request.headers.items()
                   if k.lower() != "content-length"}
        url = urlsplit(http_request.url)
        async with self._http.session().request(http_request.method, http_request.url,
                                                data=data, headers=headers,
                                                proxy=proxy_for(url.scheme, url.hostname or ""),
                                                timeout=self._timeout) as raw:
            response = _Response(http_request, raw)
            await response.load_body()
        return Response(request, response)


def send_on_loop(client: Any, http: ConnectorHttp) -> Any:
    """`client` (the SDK's async ConnectorClient) sending through `http` on the loop."""
    config = client.config
    policies = [config.user_agent_policy, RawDeserializer(), config.http_logger_policy]
    if config.credentials:
        policies.insert(1, _Credentials(config.credentials))
    timeout = config.connection.timeout
    client._client.config.pipeline = AsyncPipeline(policies, AiohttpSender(http, timeout))
    return client
