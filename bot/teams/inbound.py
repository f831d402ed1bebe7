"""What a request to /api/messages must be before anything reads it as an activity.

Everything here is answered with a 4xx and a reason, never a 500: the body is read whole up
to a limit (it may arrive in many TCP segments, or chunked), must be UTF-8 JSON of modest
depth without non-finite numbers, and the fields the SDK and our handler read must have the
types Teams sends. Lone UTF-16 surrogates (a JSON `"\\ud800"`) cannot be stored or sent on,
so they become U+FFFD, as a UTF-8 decoder would make of them.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from aiohttp import web
from botbuilder.schema import Activity

from bot.teams.serialize import read_model
from bot.teams.service_url import parse_service_url

MAX_BODY_BYTES = 256 * 1024  # Teams activities are far smaller; larger bodies are refused
MAX_DEPTH = 32  # Teams activities nest about 6 deep; card data a few more
MAX_ID_CHARS = 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
# conversation.id travels in a header (x-ms-conversation-id) when the bot replies: Teams ids
# are printable ASCII, and anything else would fail there, after the turn had run.
_HEADER_SAFE_ID = re.compile(rf"[\x20-\x7e]{{1,{MAX_ID_CHARS}}}")


class BadRequest(ValueError):
    """The request is not a usable activity; the message says why, `status` is the 4xx.

    `unread` says the rest of the body was left unread: the connection is then closed rather
    than kept alive (aiohttp would read and discard it, failing again on a broken encoding).
    """

    def __init__(self, message: str, status: int = 400, *, unread: bool = False):
        super().__init__(message)
        self.status = status
        self.unread = unread


# The types of the fields the SDK and our handler read (None is always allowed). A dict is an
# object whose listed keys have those types (others are free); a list is an array of them.
_ACCOUNT = {"id": str, "name": str, "aadObjectId": str, "role": str}
_CONVERSATION = {"id": str, "conversationType": str, "tenantId": str, "isGroup": bool,
                 "name": str, "aadObjectId": str, "role": str}
SHAPE: dict[str, Any] = {
    "type": str, "id": str, "channelId": str, "serviceUrl": str, "timestamp": str,
    "localTimestamp": str, "text": str, "textFormat": str, "locale": str, "localTimezone": str,
    "action": str, "name": str, "replyToId": str, "deliveryMode": str, "callerId": str,
    "summary": str, "inputHint": str, "attachmentLayout": str, "topicName": str,
    "valueType": str, "label": str, "importance": str, "expiration": str, "code": str,
    "from": _ACCOUNT, "recipient": _ACCOUNT, "conversation": _CONVERSATION,
    "channelData": {"tenant": {"id": str}, "team": {"id": str, "name": str},
                    "channel": {"id": str, "name": str}, "eventType": str},
    "entities": [{"type": str, "text": str, "mentioned": _ACCOUNT}],
    "attachments": [{"contentType": str, "contentUrl": str, "name": str}],
    "membersAdded": [_ACCOUNT], "membersRemoved": [_ACCOUNT],
    "reactionsAdded": [{"type": str}], "reactionsRemoved": [{"type": str}],
    "relatesTo": {"activityId": str, "user": _ACCOUNT, "bot": _ACCOUNT,
                  "conversation": _CONVERSATION, "channelId": str, "serviceUrl": str},
}
_TYPE_NAMES = {str: "a string", bool: "true or false", dict: "an object", list: "an array"}


async def read_activity(request: web.Request) -> Activity:
    """The request's activity, or BadRequest (400, 413 or 415) saying what is wrong."""
    if "application/json" not in request.headers.get("Content-Type", "").lower():
        raise BadRequest("expected Content-Type: application/json", 415)
    body = parse_json(await read_body(request))
    if not isinstance(body, dict) or not isinstance(body.get("type"), str) or not body["type"]:
        raise BadRequest("body is not an activity (no 'type')")
    check_shape(body, SHAPE, "")
    conversation = body.get("conversation")
    if not isinstance(conversation, dict) or not conversation.get("id"):
        raise BadRequest("activity has no conversation.id")
    if not _HEADER_SAFE_ID.fullmatch(conversation["id"]):
        raise BadRequest(f"conversation.id must be 1 to {MAX_ID_CHARS} printable ASCII "
                         "characters")
    if not isinstance(body.get("serviceUrl"), str):
        raise BadRequest("activity has no http(s) serviceUrl")
    try:
        parse_service_url(body["serviceUrl"])
    except ValueError as exc:
        raise BadRequest(f"activity has no usable http(s) serviceUrl: {exc}") from None
    try:
        return read_model(Activity, body)  # what Activity.deserialize gives, in one pass
    except Exception as exc:  # noqa: BLE001 - msrest raises several kinds
        raise BadRequest(f"body is not a valid activity: {exc}") from None


async def read_body(request: web.Request) -> bytes:
    """The whole body, up to MAX_BODY_BYTES, however many pieces it arrives in."""
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise BadRequest(f"body larger than {MAX_BODY_BYTES} bytes", 413, unread=True)
    # StreamReader.read(n) returns what is buffered (perhaps the first TCP segment), not n
    # bytes: read until the end of the body, counting.
    pieces: list[bytes] = []
    size = 0
    try:
        while True:
            piece = await request.content.read(MAX_BODY_BYTES + 1 - size)
            if not piece:
                break
            size += len(piece)
            if size > MAX_BODY_BYTES:
                raise BadRequest(f"body larger than {MAX_BODY_BYTES} bytes", 413, unread=True)
            pieces.append(piece)
    except web.RequestPayloadError as exc:  # e.g. a gzip header on a body that is not gzip
        raise BadRequest(f"body could not be read: {exc}", unread=True) from None
    return b"".join(pieces)


def parse_json(raw: bytes) -> Any:
    try:
        text = raw.decode("utf-8")
        parsed = json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except RecursionError:
        raise BadRequest(f"body is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # bad JSON, bad UTF-8 (UnicodeDecodeError), 5,000-digit ints
        raise BadRequest(f"body is not JSON: {exc}") from None
    return clean(parsed)


def clean(value: Any) -> Any:
    """`value` with lone surrogates replaced, or BadRequest if it nests too deeply.

    Iterative, so no depth of input can exhaust the stack here.
    """
    root: list[Any] = [value]
    stack: list[tuple[Any, Any, Any, int]] = [(root, 0, value, 1)]
    while stack:
        parent, key, node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                parent[key] = _SURROGATE.sub("\ufffd", node)
            continue
        if not isinstance(node, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise BadRequest(f"body is nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, dict):
            if any(_SURROGATE.search(k) for k in node):
                node = {_SURROGATE.sub("\ufffd", k): v for k, v in node.items()}
                parent[key] = node
            stack.extend((node, k, v, depth + 1) for k, v in node.items())
        else:
            stack.extend((node, i, v, depth + 1) for i, v in enumerate(node))
    return root[0]


def check_shape(value: Any, shape: Any, path: str) -> None:
    """BadRequest naming the first field whose type is not what `shape` says."""
    if value is None:
        return
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise BadRequest(f"activity field '{path}' must be {_TYPE_NAMES[dict]}")
        for key, inner in shape.items():
            check_shape(value.get(key), inner, f"{path}.{key}" if path else key)
    elif isinstance(shape, list):
        if not isinstance(value, list):
            raise BadRequest(f"activity field '{path}' must be {_TYPE_NAMES[list]}")
        for i, item in enumerate(value):
            if item is None:
                raise BadRequest(f"activity field '{path}[{i}]' must not be null")
            check_shape(item, shape[0], f"{path}[{i}]")
    elif not isinstance(value, shape):
        raise BadRequest(f"activity field '{path}' must be {_TYPE_NAMES[shape]}")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} is out of range")
    return number
