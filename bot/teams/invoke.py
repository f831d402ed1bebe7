"""Answers to `invoke` activities, in the shapes Teams waits for.

An invoke is a request Teams holds open until the bot answers it in the HTTP response: a card
button with `Action.Execute` (`adaptiveCard/action`), a dialog (`task/fetch`), a message
extension (`composeExtension/...`). botbuilder's ActivityHandler answers every one but sign-in
with 501, which Teams shows as an error, and a malformed `adaptiveCard/action` value made it
fail with a 500. Our cards use `Action.Submit` (plain messages), so an invoke is either one of
our card actions sent as `Action.Execute`, answered like the same `Action.Submit`, or
something the bot does not offer, answered 200 with a message saying so.

Response bodies (Bot Framework schema):
- `adaptiveCard/action`: an AdaptiveCardInvokeResponse, `{"statusCode": 200,
  "type": "application/vnd.microsoft.activity.message", "value": "<text>"}`;
- `task/fetch`, `task/submit`: a TaskModuleResponse, `{"task": {"type": "message",
  "value": "<text>"}}`;
- `composeExtension/...`: a MessagingExtensionActionResponse, `{"composeExtension":
  {"type": "message", "text": "<text>"}}`;
- anything else: the adaptiveCard/action message shape.
"""

from __future__ import annotations

from typing import Any

from botbuilder.core import InvokeResponse
from botbuilder.schema import Activity

ADAPTIVE_CARD_ACTION = "adaptiveCard/action"
MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message"


def card_action_data(activity: Activity) -> dict[str, Any] | None:
    """An `adaptiveCard/action` invoke's `action.data`, when it is an object."""
    if activity.name != ADAPTIVE_CARD_ACTION or not isinstance(activity.value, dict):
        return None
    action = activity.value.get("action")
    data = action.get("data") if isinstance(action, dict) else None
    return data if isinstance(data, dict) else None


def message_response(name: str | None, text: str) -> InvokeResponse:
    """200 with `text`, in the body shape the invoke `name` expects."""
    name = name or ""
    if name.startswith("task/"):
        body: dict[str, Any] = {"task": {"type": "message", "value": text}}
    elif name.startswith("composeExtension/"):
        body = {"composeExtension": {"type": "message", "text": text}}
    else:
        body = {"statusCode": 200, "type": MESSAGE_RESPONSE, "value": text}
    return InvokeResponse(status=200, body=body)
