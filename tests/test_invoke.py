"""`invoke` activities get a 200 in the shape Teams expects, never a 501 (issue 11, section 1)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import activity_json, running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.emulator.render import activity_text
from bot.server import SERVICES, create_app

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def schedule_assistant(schedule) -> Assistant:
    return Assistant(lambda: schedule)


def local_app(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    return create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False)


def test_invokes_get_a_200_in_the_shape_teams_expects(schedule_assistant, tmp_path):
    app = local_app(schedule_assistant, tmp_path)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def invoke(name, value, conversation):
                body = activity_json(None, kind="invoke", service_url=f"{base}/connector/",
                                     conversation=conversation, name=name, value=value)
                body.pop("text", None)
                async with s.post(f"{base}/api/messages", json=body) as r:
                    return r.status, await r.json()

            execute = await invoke("adaptiveCard/action", {
                "action": {"type": "Action.Execute", "verb": "ask",
                           "data": {"ask": "when is cw2 due?"}}, "trigger": "manual"}, "inv-1")
            foreign = await invoke("adaptiveCard/action", {
                "action": {"type": "Action.Execute", "verb": "order", "data": {"x": 1}}}, "inv-2")
            malformed = await invoke("adaptiveCard/action", {"action": "x"}, "inv-3")
            dialog = await invoke("task/fetch", {"data": {}}, "inv-4")
            unknown = await invoke("something/else", None, "inv-5")
            connector = app[SERVICES].connector
            return (execute, foreign, malformed, dialog, unknown,
                    connector.bot_activities("inv-1"), connector.bot_activities("inv-2"))

    execute, foreign, malformed, dialog, unknown, answered, silent = asyncio.run(scenario())
    message = "application/vnd.microsoft.activity.message"
    assert execute == (200, {"statusCode": 200, "type": message,
                             "value": "Done: my answer is in the chat."})
    assert "CW2" in activity_text(answered[-1])  # answered like the same Action.Submit
    for status, body in (foreign, malformed, unknown):
        assert status == 200 and body["statusCode"] == 200 and body["type"] == message
        assert "does not support" in body["value"]
    assert silent == []
    assert dialog[0] == 200 and dialog[1]["task"]["type"] == "message"
