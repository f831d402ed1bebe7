"""Replies and conversation sends made directly (bot/teams/direct_send.py) are the requests
the SDK's msrest path made, and fail as it did."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiohttp import web
from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import ResourceResponse
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from msrest.exceptions import DeserializationError, HttpOperationError
from msrest.service_client import ServiceClient
from teams_support import running

from bot.teams.direct_send import send_directly
from bot.teams.retry import status_of
from bot.teams.sender import ConnectorHttp, send_on_loop
from bot.teams.serialize import one_send, use_direct_serializer


class Signed:
    """A credential that signs with a fixed token, as MicrosoftAppCredentials does."""

    def signed_session(self, session: Any = None) -> Any:
        session.headers["Authorization"] = "Bearer token-1"
        return session


class Recorder:
    """A connector recording each request as it arrived; `answers` (status, body, content
    type) are given in turn, then 201 with an id."""

    def __init__(self) -> None:
        self.requests: list[tuple] = []
        self.answers: list[tuple[int, str, str]] = []

    async def handle(self, request: web.Request) -> web.Response:
        headers = tuple((k, v) for k, v in request.headers.items() if k.lower() != "host")
        self.requests.append((request.method, request.raw_path, headers, await request.read()))
        if self.answers:
            status, body, kind = self.answers.pop(0)
            return web.Response(status=status, text=body, content_type=kind)
        return web.json_response({"id": f"sent-{len(self.requests)}"}, status=201)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app


def client(base: str, http: ConnectorHttp, credentials: Any, direct: bool) -> Any:
    made = use_direct_serializer(send_on_loop(ConnectorClient(credentials, base_url=base),
                                              http))
    return send_directly(made, http) if direct else made


def card_reply() -> Any:
    card = {"type": "AdaptiveCard", "version": "1.4",
            "body": [{"type": "TextBlock", "text": "Week 3 — ünïcode \"quoted\"", "wrap": True},
                     {"type": "FactSet", "facts": [{"title": "Due", "value": "Fri 19:00"}]}]}
    reply = MessageFactory.attachment(CardFactory.adaptive_card(card))
    reply.summary = "Week 3"
    return one_send(reply)


CONVERSATIONS = ["conv-1", "19:abc@thread.tacv2;messageid=1617", "a/b c?d#e", "..", "ünï"]
ACTIVITIES = [lambda: MessageFactory.text("plain text"), card_reply,
              lambda: MessageFactory.text("line one\nline two — ✓")]


async def both_ways(recorder: Recorder, credentials: Any, send: Any) -> list[tuple]:
    """`send(client)` through the SDK's path, then directly: what each sent and returned."""
    http = ConnectorHttp()
    outcomes = []
    try:
        async with running(recorder.app()) as base:
            for direct in (False, True):
                before = len(recorder.requests)
                try:
                    result: Any = await send(client(f"{base}/svc/", http, credentials, direct))
                    got: Any = result.id if isinstance(result, ResourceResponse) else result
                except Exception as exc:  # noqa: BLE001 - compared between the two paths
                    got = (type(exc).__name__, status_of(exc), str(exc),
                           isinstance(exc, HttpOperationError))
                outcomes.append((recorder.requests[before:], got))
    finally:
        await http.close()
    return outcomes


@pytest.mark.parametrize("credentials", [MicrosoftAppCredentials("", ""), Signed()])
def test_replies_and_sends_are_the_requests_the_sdk_made(credentials):
    recorder = Recorder()

    async def each(c: Any) -> list:
        results = []
        for n, conversation in enumerate(CONVERSATIONS):
            activity = ACTIVITIES[n % len(ACTIVITIES)]()
            replied = await c.conversations.reply_to_activity(conversation, f"m{n}/x", activity)
            sent = await c.conversations.send_to_conversation(conversation,
                                                              ACTIVITIES[0]())
            results.append((replied.id, sent.id))
        return results

    sdk, direct = asyncio.run(both_ways(recorder, credentials, each))
    assert len(sdk[0]) == 2 * len(CONVERSATIONS), sdk[1]
    assert [r[:3] for r in direct[0]] == [r[:3] for r in sdk[0]]  # method, path, headers
    assert [r[3] for r in direct[0]] == [r[3] for r in sdk[0]]  # the bytes of the body
    assert [ids for ids in direct[1]] == [(f"sent-{i}", f"sent-{i + 1}") for i in
                                          range(2 * len(CONVERSATIONS) + 1,
                                                4 * len(CONVERSATIONS) + 1, 2)]


def test_the_direct_path_is_taken(monkeypatch):
    """No msrest URL formatting or pipeline for an ordinary reply."""
    recorder = Recorder()

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("msrest's path was taken")

    async def scenario() -> Any:
        http = ConnectorHttp()
        try:
            async with running(recorder.app()) as base:
                c = client(f"{base}/svc/", http, Signed(), direct=True)
                monkeypatch.setattr(ServiceClient, "format_url", refused)
                return await c.conversations.reply_to_activity("conv-1", "m1",
                                                               MessageFactory.text("hi"))
        finally:
            await http.close()

    assert asyncio.run(scenario()).id == "sent-1"


@pytest.mark.parametrize("answer", [
    (429, '{"error": {"code": "Throttled", "message": "slow down"}}', "application/json"),
    (500, '{"error": {"code": "ServiceError", "message": "boom"}}', "application/json"),
    (404, "<html>not here</html>", "text/html"),
    (502, "not json at all", "application/json"),
    (202, "", "application/json"),
    (200, '{"id": "given-id", "extra": 1}', "application/json"),
])
def test_answers_and_failures_are_the_sdks(answer):
    recorder = Recorder()
    recorder.answers = [answer, answer]

    async def once(c: Any) -> Any:
        return await c.conversations.reply_to_activity("conv-1", "m1", MessageFactory.text("x"))

    sdk, direct = asyncio.run(both_ways(recorder, MicrosoftAppCredentials("", ""), once))
    assert direct[1] == sdk[1]
    if answer[0] >= 400 and answer[1].startswith("{"):
        assert direct[1][3] and direct[1][1] == answer[0]  # retry.py reads the status
    elif answer[0] >= 400:  # a body that is not the error JSON: msrest could not read it
        assert direct[1][0] == DeserializationError.__name__
    else:
        assert direct[1] == (None if answer[0] == 202 else "given-id")
