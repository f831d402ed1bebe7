"""A request to be forgotten in other words ("pls delete my data", "i want my data erased")
asks whether to, and a one-word "yes" in the same chat deletes; nothing else does, and an
ambiguous "forget it" asks nothing. Phrasings written for the test."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import running

from bot.config import Settings
from bot.core import wording as W
from bot.core.answer import AskContext
from bot.nlu import commands
from bot.nlu.commands import ForgetMe
from bot.server import SERVICES, create_app

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 19, 12, 0, tzinfo=LONDON)

WORDED = [
    "pls forget everything you have on me, delete my data",
    "remove all my info",
    "i want my data erased",
    "hi, could all my messages be deleted please",
    "i'd like my personal information removed",
]


def _say(assistant, text, conversation="chat-ada", at=NOW):
    return assistant.answer(text, AskContext(at, LONDON, user="ada",
                                             conversation=conversation))


def _forget(answer) -> ForgetMe | None:
    return next((c for c in answer.commands if isinstance(c, ForgetMe)), None)


@pytest.mark.parametrize("text", WORDED)
def test_a_worded_request_asks_for_a_yes(assistant, text):
    a = _say(assistant, text)
    command = a.frames[0].command
    assert a.intent == "forget_me" and isinstance(command, ForgetMe)
    assert command.asked and not command.confirmed and _forget(a) is None  # nothing done
    assert W.FORGET_CONFIRM in a.text


@pytest.mark.parametrize("yes", ["yes", "Yes please", "yep, delete it", "confirm"])
def test_yes_after_the_question_confirms_it(assistant, yes):
    _say(assistant, "please wipe everything you have on me")
    command = _forget(_say(assistant, yes))
    assert command is not None and command.confirmed


def test_yes_counts_only_right_after_the_question_in_the_same_chat(assistant):
    _say(assistant, "delete all my data pls")
    assert _forget(_say(assistant, "yes", conversation="chat-other")) is None
    _say(assistant, "when is cw2 due")  # the question was answered by something else
    assert _forget(_say(assistant, "yes")) is None
    _say(assistant, "delete all my data pls")
    late = NOW + timedelta(hours=2)
    assert _forget(_say(assistant, "yes", at=late)) is None


@pytest.mark.parametrize("text", ["forget it", "forget what i said", "forget it, never mind",
                                  "oh forget that question"])
def test_an_ambiguous_forget_asks_nothing(assistant, text):
    a = _say(assistant, text)
    assert _forget(a) is None
    assert _forget(_say(assistant, "yes")) is None


@pytest.mark.parametrize("text", ["yes but when is cw2 due", "no", "okay thanks",
                                  "yes the lecture was great"])
def test_only_a_plain_yes_confirms(text):
    assert not commands.confirms(text)


def test_the_forget_me_command_still_deletes_at_once(assistant):
    command = _forget(_say(assistant, "forget me"))
    assert command is not None and command.confirmed


def test_in_teams_the_yes_deletes_what_is_stored(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(text):
                body = {"user": "ada", "name": "Ada", "text": text}
                async with s.post(f"{base}/emulator/send", json=body) as r:
                    return " ".join(a.get("text") or "" for a in (await r.json())["replies"])

            await say("ask a TA: can we use pretrained weights in cw2?")
            asked = await say("could you delete all my data please")
            kept = len(services.triage.store.groups(None))
            done = await say("yes")
            return asked, kept, done, len(services.triage.store.groups(None))

    asked, kept, done, left = asyncio.run(scenario())
    assert W.FORGET_CONFIRM in asked and kept == 1
    assert "deleted your 1 question" in done and left == 0
