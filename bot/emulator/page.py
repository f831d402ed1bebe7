"""The emulator's chat page and its small API.

The page never calls the bot directly: its server side builds a Teams-like activity whose
`serviceUrl` is the local connector and posts it to /api/messages over HTTP, exactly as the
Bot Connector would. Replies reach the page from the connector's transcript (long poll).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.emulator.connector import PREFIX, LocalConnector
from bot.emulator.local_only import served_base_url

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
BOT_ID = "course-assistant"
BOT_NAME = "Course assistant"
MAX_WAIT = 25.0  # seconds a long poll is held open
CONVERSATION_TYPES = ("personal", "channel", "groupChat")


def build_activity(base_url: str, *, conversation: str, user: str, name: str,
                   text: str | None = None, value: Any = None, tz: str | None = None,
                   conversation_type: str = "personal", mention: bool = False,
                   kind: str = "message", now: datetime | None = None) -> dict[str, Any]:
    """A Teams-shaped activity as the connector would deliver it."""
    activity: dict[str, Any] = {
        "type": kind, "id": f"user-{uuid.uuid4().hex[:12]}",
        "timestamp": (now or datetime.now(UTC)).isoformat(),
        "channelId": "msteams", "serviceUrl": f"{base_url}{PREFIX}/",
        "from": {"id": user, "name": name, "aadObjectId": f"aad-{user}"},
        "recipient": {"id": BOT_ID, "name": BOT_NAME},
        "conversation": {"id": conversation, "conversationType": conversation_type,
                         "tenantId": "local-tenant",
                         "isGroup": conversation_type != "personal"},
        "channelData": {"tenant": {"id": "local-tenant"}},
    }
    if tz:
        activity["localTimezone"] = tz
    if kind == "message":
        activity["text"] = text or ""
        if value is not None:
            activity["value"] = value
        if mention and conversation_type != "personal":
            tag = f"<at>{BOT_NAME}</at>"
            activity["text"] = f"{tag} {activity['text']}"
            activity["entities"] = [{"type": "mention", "text": tag,
                                     "mentioned": {"id": BOT_ID, "name": BOT_NAME}}]
    elif kind == "installationUpdate":
        activity["action"] = "add"
    elif kind == "conversationUpdate":
        activity["membersAdded"] = [{"id": BOT_ID, "name": BOT_NAME}, {"id": user, "name": name}]
    return activity


class EmulatorPage:
    def __init__(self, connector: LocalConnector, clock: Callable[[], datetime]):
        self._connector = connector
        self._clock = clock
        self._session: aiohttp.ClientSession | None = None

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self._index),
            web.static("/static", STATIC),
            web.post("/emulator/send", self._send),
            web.get("/emulator/activities", self._activities),
        ]

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def _index(self, request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html")

    async def _send(self, request: web.Request) -> web.Response:
        # The bot and its connector are this server, at the address the request came in on:
        # never the Host header's, which the client chooses.
        try:
            base = served_base_url(request)
        except ConnectionError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        try:
            body = await request.json()
            activity, conversation = self._activity_from(body, base)
        except (ValueError, TypeError, KeyError) as exc:
            return web.json_response({"error": f"bad emulator request: {exc}"}, status=400)
        if activity["type"] == "message":
            await self._connector.record(conversation, activity, "user")
        before = max((e["seq"] for e in self._connector.entries(conversation)), default=0)
        status = await self._post(base, activity)
        replies = [e["activity"] for e in self._connector.entries(conversation, before)
                   if e["role"] == "bot"]
        return web.json_response({"status": status, "id": activity["id"], "replies": replies})

    def _activity_from(self, body: Any, base: str) -> tuple[dict[str, Any], str]:
        if not isinstance(body, dict):
            raise ValueError("expected a JSON object")
        user = str(body.get("user") or "local-user")[:64]
        conversation_type = body.get("conversationType") or "personal"
        if conversation_type not in CONVERSATION_TYPES:
            raise ValueError(f"conversationType must be one of {CONVERSATION_TYPES}")
        conversation = str(body.get("conversation") or f"personal-{user}")[:128]
        if not (user.isascii() and user.isprintable()
                and conversation.isascii() and conversation.isprintable()):
            raise ValueError("user and conversation must be printable ASCII, as Teams ids are")
        kind = body.get("event") or "message"
        if kind not in ("message", "installationUpdate", "conversationUpdate"):
            raise ValueError("event must be message, installationUpdate or conversationUpdate")
        text = body.get("text")
        if text is not None and not isinstance(text, str):
            raise TypeError("text must be a string")
        activity = build_activity(
            base, conversation=conversation, user=user,
            name=str(body.get("name") or "Local student")[:64], text=text,
            value=body.get("value"), tz=body.get("tz") or None,
            conversation_type=conversation_type, mention=bool(body.get("mention")),
            kind=kind, now=self._clock())
        return activity, conversation

    async def _post(self, base: str, activity: dict[str, Any]) -> int:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        try:
            async with self._session.post(f"{base}/api/messages", json=activity) as response:
                await response.read()
                return response.status
        except aiohttp.ClientError as exc:
            log.warning("emulator could not reach the bot: %s", exc)
            return 502

    async def _activities(self, request: web.Request) -> web.Response:
        conversation = request.query.get("conversation", "")
        try:
            after = int(request.query.get("after", "0"))
            wait = min(MAX_WAIT, max(0.0, float(request.query.get("wait", "0"))))
        except ValueError:
            return web.json_response({"error": "after and wait must be numbers"}, status=400)
        entries = await self._connector.wait(conversation, after, wait)
        # `boot` changes when the server restarts, `last` is the newest sequence number: a
        # page that sees either disagree with what it counted catches up from the start.
        return web.json_response({"entries": entries, "boot": self._connector.boot,
                                  "last": self._connector.last_seq()})
