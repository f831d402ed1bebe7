"""Replies serialised in one pass give msrest's own output (bot/teams/serialize.py)."""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import MicrosoftAppCredentials
from teams_support import activity, activity_json

from bot.core.answer import AskContext
from bot.teams.handler import reply_for
from bot.teams.serialize import DirectSerializer, use_direct_serializer

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 1, 9, 0, tzinfo=LONDON)


def client() -> ConnectorClient:
    return ConnectorClient(MicrosoftAppCredentials("", ""), "http://127.0.0.1:9/connector/")


def sent_as_reply(reply: Activity) -> Activity:
    """The activity as the SDK hands it to the connector: addressed from the question."""
    question = activity(text="when is cw2 due?", mention=True, conversation_type="channel")
    reference = TurnContext.get_conversation_reference(question)
    return TurnContext.apply_conversation_reference(reply, reference)


def test_direct_serialisation_matches_msrest_for_the_bots_replies(assistant):
    models = client()._serialize.dependencies
    full, direct = client()._serialize, DirectSerializer(models)
    replies = []
    for question in ["when is cw2 due?", "what's on tomorrow?", "explain dropout",
                     "who marks task 3?", "hello", "what is the capital of france?"]:
        answer = assistant.answer(question, AskContext(now=NOW, tz=ZoneInfo("Asia/Tokyo")))
        replies.append(reply_for(answer, ZoneInfo("Asia/Tokyo"), LONDON, ask_ta=question))
    typing = Activity(type=ActivityTypes.typing)
    keyed = MessageFactory.text("reminder")
    keyed.channel_data = {"reminderKey": "user:u1|CW1|2d", "nested": [1, 2.5, None, True]}
    keyed.timestamp = NOW
    keyed.members_added = [ChannelAccount(id="a", name="Ada")]
    for reply in [*replies, typing, keyed]:
        a = sent_as_reply(reply)
        assert direct._model(a) == full.body(a, "Activity")  # the direct path itself
    assert any(r.attachments for r in replies)  # cards were among them


def test_a_model_holding_a_dict_takes_msrests_full_path():
    models = client()._serialize.dependencies
    full, direct = client()._serialize, DirectSerializer(models)
    a = MessageFactory.text("hi")
    a.from_property = {"id": "bot", "name": "Course assistant"}  # a dict, not a ChannelAccount
    expected = full.body(MessageFactory.text("hi"), "Activity")
    expected["from"] = {"id": "bot", "name": "Course assistant"}
    assert direct.body(a, "Activity") == expected
    assert direct.body({"type": "message", "text": "x"}, "Activity") == \
        full.body({"type": "message", "text": "x"}, "Activity")


def test_connector_clients_use_it_and_it_is_faster(assistant):
    c = use_direct_serializer(client())
    assert isinstance(c.conversations._serialize, DirectSerializer)
    answer = assistant.answer("explain dropout", AskContext(now=NOW, tz=LONDON))
    a = sent_as_reply(reply_for(answer, LONDON, LONDON, ask_ta="explain dropout"))
    full = client()._serialize

    def best(serializer) -> float:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            serializer.body(a, "Activity")
            times.append(time.perf_counter() - t0)
        return min(times)

    assert best(c.conversations._serialize) < best(full) / 5


def test_a_reply_is_addressed_on_a_shallow_copy_and_written_out_unchanged(assistant):
    """The SDK copies every activity it sends before addressing it. A reply the bot built
    for one send (`reply_for`) is copied shallowly: its card is not walked again, the
    reply as built stays unaddressed, and the JSON sent is what msrest writes for the same
    reply as a plain Activity."""
    import asyncio
    import copy

    from botbuilder.core import BotAdapter
    from botbuilder.schema import ResourceResponse

    class Capture(BotAdapter):
        def __init__(self):
            super().__init__()
            self.sent: list[Activity] = []

        async def send_activities(self, context, activities):
            self.sent.extend(activities)
            return [ResourceResponse(id="1") for _ in activities]

        async def update_activity(self, context, activity):
            raise NotImplementedError

        async def delete_activity(self, context, reference):
            raise NotImplementedError

    question = activity(text="what's on this week?")
    answer = assistant.answer("what's on this week?", AskContext(now=NOW, tz=LONDON))
    reply = reply_for(answer, LONDON, LONDON)
    assert reply.attachments  # a card
    plain = Activity()
    plain.__dict__.update(copy.deepcopy(reply.__dict__))
    adapter = Capture()
    asyncio.run(TurnContext(adapter, question).send_activity(reply))
    sent = adapter.sent[0]
    assert sent is not reply and sent.attachments[0].content is reply.attachments[0].content
    assert reply.conversation is None and reply.reply_to_id is None  # as built
    assert sent.conversation.id == question.conversation.id
    assert sent.reply_to_id == question.id
    models = client()._serialize.dependencies
    full, direct = client()._serialize, DirectSerializer(models)
    addressed = TurnContext.apply_conversation_reference(
        plain, TurnContext.get_conversation_reference(question))
    addressed.input_hint, addressed.id = "acceptingInput", None  # as the SDK sets them
    assert direct.body(sent, "Activity") == full.body(addressed, "Activity")
    assert copy.deepcopy(plain).attachments[0].content is not plain.attachments[0].content


# --- incoming activities read in one pass (read_model) -------------------------------------

TEAMS_MESSAGE = {  # as Teams posts a personal message (ids shortened)
    "text": "when is cw2 due?", "textFormat": "plain", "type": "message",
    "timestamp": "2021-02-01T09:00:00.1234567Z", "localTimestamp": "2021-02-01T09:00:00.123+00:00",
    "id": "1612170000123", "channelId": "msteams",
    "serviceUrl": "https://smba.trafficmanager.net/emea/",
    "from": {"id": "29:1abc", "name": "Ada Student", "aadObjectId": "aad-ada"},
    "conversation": {"conversationType": "personal", "tenantId": "tenant-1", "id": "a:1xyz"},
    "recipient": {"id": "28:bot-id", "name": "Course assistant"},
    "entities": [{"locale": "en-GB", "country": "GB", "platform": "Web",
                  "timezone": "Europe/London", "type": "clientInfo"}],
    "channelData": {"tenant": {"id": "tenant-1"}, "settings": {"selectedChannel": {"id": "x"}}},
    "locale": "en-GB", "localTimezone": "Europe/London",
}


def incoming_corpus() -> list[dict]:
    invoke = activity_json(kind="invoke", name="adaptiveCard/action",
                           value={"action": {"type": "Action.Execute",
                                             "data": {"ask": "cw2", "n": [1, 2.5, None, True]}}})
    added = activity_json(kind="conversationUpdate",
                          membersAdded=[{"id": "28:bot-id"}, {"id": "29:x", "name": "X"}])
    return [
        TEAMS_MESSAGE, activity_json(), activity_json(mention=True, conversation_type="channel"),
        activity_json(tz="Asia/Kolkata", replyToId="1234", unknownField={"kept": True}),
        activity_json(attachments=[{"contentType": "text/html", "content": "<p>hi</p>"}]),
        activity_json(suggestedActions={"to": ["a"], "actions": [
            {"type": "imBack", "title": "Yes", "value": "yes"}]}),
        invoke, added, activity_json(kind="installationUpdate", action="add"),
        activity_json(reactionsAdded=[{"type": "like"}], channelData={
            "tenant": {"id": "t"}, "team": {"id": "19:t", "name": "DL"},
            "channel": {"id": "19:c", "name": "General"}, "eventType": "teamMemberAdded"}),
        # Values msrest converts (a number where a string or float is meant): its path.
        activity_json(listenFor=[1, "a"], textHighlights=[{"text": "x", "occurrence": "2"}]),
        activity_json(semanticAction={"id": "s", "state": "start",
                                      "entities": {"e": {"type": "thing", "extra": 1}}}),
    ]


def test_incoming_activities_read_in_one_pass_equal_msrests():
    from bot.teams.serialize import read_model

    for body in incoming_corpus():
        direct, full = read_model(Activity, body), Activity.deserialize(body)
        assert direct == full, body
        assert direct.serialize() == full.serialize()
    unknown = read_model(Activity, incoming_corpus()[3])
    assert unknown.additional_properties == {"unknownField": {"kept": True}}
    assert read_model(Activity, TEAMS_MESSAGE).entities[0].additional_properties["timezone"] \
        == "Europe/London"


def test_an_activity_msrest_rejects_is_rejected_the_same_way():
    from bot.teams.serialize import read_model

    body = activity_json(timestamp="not a time")
    with pytest.raises(Exception) as full:  # noqa: PT011 - whatever msrest raises
        Activity.deserialize(body)
    with pytest.raises(type(full.value)):
        read_model(Activity, body)
