"""Our CloudAdapter: request checks, auth failures as 401, expectReplies, retried sends.

botbuilder 4.17.1's `CloudAdapter.process` answers some bad requests and bad tokens with 500
and fails on `deliveryMode: expectReplies` (it serialises an already serialised body). This
adapter validates the request itself (`inbound.py`), authenticates separately so that any
auth failure is a 401 (`auth.py`), and writes the turn's result without re-serialising it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from botbuilder.core import Bot, InvokeResponse, TurnContext
from botbuilder.core.serializer_helper import serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes, ResourceResponse
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    BotFrameworkAuthentication,
    ConnectorFactory,
)
from msrest.serialization import Model

from bot.core import wording as W
from bot.storage.activities import Delivery, SeenActivities
from bot.storage.database import StorageError
from bot.teams.inbound import MAX_BODY_BYTES, BadRequest, read_activity
from bot.teams.retry import DEFAULT_POLICY, RetryPolicy, SendError, send_with_retry
from bot.teams.sender import ConnectorHttp, send_on_loop
from bot.teams.serialize import use_direct_serializer
from bot.teams.service_url import LocalServiceUrls

log = logging.getLogger(__name__)

__all__ = ["DELIVERY", "MAX_BODY_BYTES", "BadRequest", "CourseAdapter", "ReusedClients",
           "take_delivery"]

# turn_state key of a message activity's `Delivery`, for a bot that takes it itself.
DELIVERY = "bot.delivery"


class ReusedClients:
    """Delegates to the SDK's authentication, reusing its clients across turns.

    The SDK builds a connector client (with a new HTTP session) and a token-API client for
    every turn and every proactive send, and msrest spends milliseconds setting each up.
    Connector clients are keyed by app id, service URL and audience and token clients by
    the bot's identity, so a client is only shared where an identical one would be built.
    They send through one aiohttp session on the loop (`sender.py`), not a thread each.
    """

    MAX_CONNECTORS = 256
    MAX_TOKEN_CLIENTS = 64

    def __init__(self, inner: BotFrameworkAuthentication):
        self._inner = inner
        self._connectors: OrderedDict[tuple[str | None, str, str | None], ConnectorClient] = \
            OrderedDict()
        self._token_clients: dict[tuple[Any, ...], Any] = {}
        self.http = ConnectorHttp()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def reusing(self, factory: ConnectorFactory) -> ConnectorFactory:
        """`factory`, but handing out cached clients."""
        return _ReusingFactory(self, factory)

    def create_connector_factory(self, claims_identity: Any) -> ConnectorFactory:
        return self.reusing(self._inner.create_connector_factory(claims_identity))

    async def connector(self, factory: ConnectorFactory, service_url: str,
                        audience: str | None) -> ConnectorClient:
        key = (getattr(factory, "_app_id", None), service_url, audience)
        client = self._connectors.get(key)
        if client is None:
            # Replies serialised in one pass, not msrest's three (bot/teams/serialize.py).
            client = use_direct_serializer(
                send_on_loop(await factory.create(service_url, audience), self.http))
            self._connectors[key] = client
            while len(self._connectors) > self.MAX_CONNECTORS:
                self._connectors.popitem(last=False)
        self._connectors.move_to_end(key)
        return client

    async def create_user_token_client(self, claims_identity: Any) -> Any:
        claims = getattr(claims_identity, "claims", None) or {}
        key = (claims.get("aud"), claims.get("appid"), claims.get("azp"))
        client = self._token_clients.get(key)
        if client is None:
            client = await self._inner.create_user_token_client(claims_identity)
            if len(self._token_clients) < self.MAX_TOKEN_CLIENTS:
                self._token_clients[key] = client
        return client


class _ReusingFactory(ConnectorFactory):
    def __init__(self, clients: ReusedClients, factory: ConnectorFactory):
        self._clients = clients
        self._factory = factory

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        return await self._clients.connector(self._factory, service_url, audience)


class CourseAdapter(CloudAdapter):
    def __init__(self, authentication: BotFrameworkAuthentication, *, local_mode: bool,
                 retry: RetryPolicy = DEFAULT_POLICY,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 seen: SeenActivities | None = None):
        """`seen`: message activities taken before (Teams delivered one twice, perhaps to
        another replica) are acknowledged (200), not answered. The adapter takes each one
        before its turn, unless the bot says it takes them itself (`takes_deliveries`):
        then the turn finds its `Delivery` in `turn_state[DELIVERY]` and takes it before
        anything it does for the student (the course bot, in the transaction that stores
        what the answer leaves: no trip to the database of its own)."""
        self._clients = ReusedClients(authentication)
        self._seen = seen
        super().__init__(self._clients)  # type: ignore[arg-type]
        self.local_mode = local_mode
        self.retry = retry
        self._sleep = sleep
        self._local_urls = LocalServiceUrls()
        self.on_turn_error = self._on_turn_error

    async def close(self) -> None:
        """Close the connections to the connectors (the app's cleanup, after the last send)."""
        await self._clients.http.close()

    async def handle(self, request: web.Request, bot: Bot) -> web.Response:
        """POST /api/messages: 4xx for anything that is not a valid, authorised activity."""
        try:
            activity = await read_activity(request)
            if self.local_mode:
                # Without authentication anyone could make us post anywhere: this machine only.
                await self._local_urls.require(activity.service_url)
        except BadRequest as exc:
            return _refused(request, str(exc), exc.status, close=exc.unread)
        except ValueError as exc:
            return _refused(request, str(exc), 400)
        header = request.headers.get("Authorization")
        try:
            auth = await self._authenticate(activity, header)
        except Exception as exc:  # noqa: BLE001 - any failure to prove identity is a 401
            log.warning("unauthorised request from %s: %s: %s", request.remote,
                        type(exc).__name__, exc)
            return web.json_response({"error": "unauthorized"}, status=401)
        if auth.connector_factory is not None:
            auth.connector_factory = self._clients.reusing(auth.connector_factory)
        delivery = self._delivery(activity)
        if delivery is None:
            invoke = await self.process_activity(auth, activity, bot.on_turn)
        elif getattr(bot, "takes_deliveries", False):
            async def logic(context: TurnContext) -> None:
                context.turn_state[DELIVERY] = delivery
                await bot.on_turn(context)

            invoke = await self.process_activity(auth, activity, logic)
            if delivery.taken is False:
                return web.Response(status=200)
        else:
            if not await take_delivery(delivery):
                return web.Response(status=200)
            invoke = await self.process_activity(auth, activity, bot.on_turn)
        return _response(invoke)

    def _delivery(self, activity: Activity) -> Delivery | None:
        if self._seen is None or activity.type != ActivityTypes.message or not activity.id:
            return None
        return Delivery(self._seen,
                        f"{activity.channel_id}|{activity.conversation.id}|{activity.id}")

    async def _authenticate(self, activity: Activity,
                            header: str | None) -> AuthenticateRequestResult:
        # Local mode reads no token; with credentials the token is checked on this loop (key
        # fetches are asynchronous, see signing_keys.py).
        return await self.bot_framework_authentication.authenticate_request(
            activity, "" if self.local_mode else header or "")

    async def send_activities(self, context: TurnContext,
                              activities: list[Activity]) -> list[ResourceResponse]:
        responses: list[ResourceResponse] = []
        for activity in activities:
            sent = await send_with_retry(
                lambda a=activity: super(CourseAdapter, self).send_activities(context, [a]),
                self.retry, self._sleep, what=f"send to {activity.conversation.id}")
            responses.extend(sent)
        return responses

    async def _on_turn_error(self, context: TurnContext, error: Exception) -> None:
        if isinstance(error, SendError):  # the connector refused or was unreachable: logged
            log.warning("could not deliver a reply in %s: %s", context.activity.conversation.id,
                        error)
            return
        if isinstance(error, StorageError):  # the database logged why; no traceback per turn
            log.error("turn failed for %s: %s", context.activity.type, error)
        else:
            log.exception("turn failed for %s", context.activity.type, exc_info=error)
        if context.activity.type != ActivityTypes.message:
            return
        if not await take_delivery(context.turn_state.get(DELIVERY)):
            return  # another delivery of this activity answers (or apologises)
        try:
            # Never a confirmation of something that was not stored: say it was not.
            await context.send_activity(W.STORAGE_UNAVAILABLE if isinstance(error, StorageError)
                                        else W.TURN_ERROR)
        except Exception:  # noqa: BLE001 - the apology itself could not be delivered
            log.exception("could not tell the user about the failure")


async def take_delivery(delivery: Delivery | None) -> bool:
    """Take a message activity (on a worker thread); False for a second delivery. No
    `delivery` (not a message, no id, no store) is always answered."""
    if delivery is None:
        return True
    if delivery.taken is not None:
        return delivery.taken
    try:
        taken = await asyncio.to_thread(delivery.take)
    except StorageError as exc:  # rather answer twice than not at all
        log.warning("could not check whether an activity was seen before: %s", exc)
        delivery.assume_taken()
        return True
    if not taken:
        log.info("an activity was delivered again; it was taken already")
    return taken


def _refused(request: web.Request, reason: str, status: int,
             close: bool = False) -> web.Response:
    log.info("rejected request from %s: %s", request.remote, reason)
    response = web.json_response({"error": reason}, status=status)
    if close:
        response.force_close()  # the rest of the body is not read
    return response


def _response(invoke: InvokeResponse | None) -> web.Response:
    if invoke is None:
        return web.Response(status=201)
    body = invoke.body
    if isinstance(body, Model):
        body = serializer_helper(body)
    # expectReplies: the SDK already serialised the ExpectedReplies into a dict.
    return web.json_response(body, status=int(invoke.status or 200),
                             dumps=lambda o: json.dumps(o, default=str))
