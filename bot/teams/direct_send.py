"""Sends to a conversation (a reply, or a new message in it) without msrest's request machinery.

The SDK's `reply_to_activity` / `send_to_conversation` build each request through msrest:
the conversation and activity ids validated and serialised one by one, the URL formatted
and parsed, a `ClientRequest` built, a pipeline of four policies run around the send, the
response deserialised through the schema's type dispatcher. Under load (50 students) that
wrapping cost the event loop more than the HTTP send it wraps (about an eighth of the
loop's time per reply). Here the same request is built directly: the same URL, headers and
body (`DirectSerializer`, then `json.dumps` as msrest), sent through the app's aiohttp
session (`sender.py`), and the same answer: a `ResourceResponse`, msrest's
`ErrorResponseException` for a status the operation does not expect, its
`DeserializationError` for a body that is not what its content type says. Anything unusual
(custom headers, a raw response, per-call options, the HTTP logger on, an id that is not a
string) takes the SDK's path as before.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import aiohttp
from botbuilder.schema import ResourceResponse
from botframework.connector import models
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http import ClientRequest

from bot.teams.sender import ConnectorHttp, _Headers, _Response, proxy_for
from bot.teams.serialize import read_model

_REPLY = "/v3/conversations/{conversationId}/activities/{activityId}"
_SEND = "/v3/conversations/{conversationId}/activities"
_EXPECTED = (200, 201, 202)


class DirectConversations:
    """The SDK's `ConversationsOperations`, with its two sends made directly."""

    def __init__(self, inner: Any, config: Any, http: ConnectorHttp):
        self._inner = inner
        self._config = config  # the client's: service URL, credentials, user agent
        self._http = http
        self._timeout = aiohttp.ClientTimeout(total=config.connection.timeout)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def reply_to_activity(self, conversation_id: Any, activity_id: Any, activity: Any,
                                *, custom_headers: Any = None, raw: bool = False,
                                **operation_config: Any) -> Any:
        if custom_headers or raw or operation_config or not self._plain_ids(
                conversation_id, activity_id):
            return await self._inner.reply_to_activity(
                conversation_id, activity_id, activity, custom_headers=custom_headers,
                raw=raw, **operation_config)
        path = _REPLY.format(conversationId=quote(conversation_id, safe=""),
                             activityId=quote(activity_id, safe=""))
        return await self._post(path, conversation_id, activity, reply=True)

    async def send_to_conversation(self, conversation_id: Any, activity: Any, *,
                                   custom_headers: Any = None, raw: bool = False,
                                   **operation_config: Any) -> Any:
        if custom_headers or raw or operation_config or not self._plain_ids(conversation_id):
            return await self._inner.send_to_conversation(
                conversation_id, activity, custom_headers=custom_headers, raw=raw,
                **operation_config)
        path = _SEND.format(conversationId=quote(conversation_id, safe=""))
        return await self._post(path, conversation_id, activity, reply=False)

    def _plain_ids(self, *ids: Any) -> bool:
        config = self._config
        return all(type(i) is str for i in ids) and "{" not in config.base_url \
            and not config.enable_http_logger

    async def _post(self, path: str, conversation_id: str, activity: Any,
                    reply: bool) -> ResourceResponse | None:
        config = self._config
        # msrest's format_url: the path joined to the service URL (its dot segments
        # resolved as urljoin does)
        url = urljoin(config.base_url.rstrip("/") + "/", path.lstrip("/"))
        headers = {"Accept": "application/json",
                   "Content-Type": "application/json; charset=utf-8"}
        if reply:
            headers["x-ms-conversation-id"] = conversation_id
        user_agent = config.user_agent_policy
        if user_agent._overwrite or user_agent._USERAGENT not in headers:
            headers[user_agent._USERAGENT] = user_agent._user_agent
        if config.credentials:
            signed = _Headers()
            config.credentials.signed_session(signed)
            if signed.headers.get("Authorization"):
                headers["Authorization"] = signed.headers["Authorization"]
        body = self._inner._serialize.body(activity, "Activity")
        data = json.dumps(body).encode("utf-8")
        parts = urlsplit(url)
        async with self._http.session().post(
                url, data=data, headers=headers,
                proxy=proxy_for(parts.scheme, parts.hostname or ""),
                timeout=self._timeout) as raw:
            response = _Response(None, raw)
            await response.load_body()
        # As msrest's RawDeserializer: the body read (and any parse error raised) first.
        content = RawDeserializer.deserialize_from_http_generics(response.text(),
                                                                 response.headers)
        response.context = {RawDeserializer.CONTEXT_NAME: content}
        if response.status_code not in _EXPECTED:
            response.request = ClientRequest("POST", url)
            raise models.ErrorResponseException(self._inner._deserialize, response)
        if type(content) is dict:
            return read_model(ResourceResponse, content)  # type: ignore[return-value]
        return self._inner._deserialize("ResourceResponse", response)


def send_directly(client: Any, http: ConnectorHttp) -> Any:
    """`client` (the SDK's async ConnectorClient, sending through `http`) with its replies
    and conversation sends made directly."""
    conversations = getattr(client, "conversations", None)
    if conversations is not None and not isinstance(conversations, DirectConversations):
        client.conversations = DirectConversations(conversations, client.config, http)
    return client
