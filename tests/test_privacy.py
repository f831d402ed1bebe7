"""Personal stays personal: reminders and personal answers reach a student only in their 1:1
chat, channel reminders are the TAs' to change, forget-me deletes physically, and student
text shown to TAs cannot carry links or formulas."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
from teams_support import running

from bot.config import Settings
from bot.server import SERVICES, create_app

LONDON = ZoneInfo("Europe/London")


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def _noop_sleep(_seconds: float) -> None:
    return None


def course_app(assistant, tmp_path, clock, **env):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), **env})
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=_noop_sleep)
    return app, app[SERVICES]


async def _say(session, base, user, text=None, value=None, **extra):
    body = {"user": user, "name": user.title(), "text": text, "value": value, **extra}
    async with session.post(f"{base}/emulator/send", json=body) as r:
        return json.dumps((await r.json())["replies"])


GROUP = {"conversationType": "groupChat", "conversation": "study-group", "mention": True}


def test_personal_reminders_never_follow_the_student_into_a_group_chat(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)
    connector = services.connector

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "ada", "remind me only about deadlines")
            # Later Ada asks something, and even changes her reminders, in a group chat.
            await _say(s, base, "ada", "when is cw2 due?", **GROUP)
            added = await _say(s, base, "ada", "remind me about tutorials too", **GROUP)
            # Bob has never written to the bot privately.
            bob = await _say(s, base, "bob", "remind me about deadlines", **GROUP)
            clock.now = datetime(2021, 2, 3, 19, 0, tzinfo=LONDON)  # CW1 is 2 days away
            report = await services.scheduler.run_once()
            return added, bob, report, services.reminders.store.all()

    added, bob, report, subs = asyncio.run(scenario())
    assert [s.subscriber for s in subs] == ["user:ada"]
    assert subs[0].reference["conversation"]["id"] == "personal-ada"
    assert subs[0].kinds == {"deadline", "tutorial"} and "tutorials" in added
    assert "personal chat" in bob
    assert report.sent == 1
    assert any(a.get("attachments") for a in connector.bot_activities("personal-ada"))
    group = connector.bot_activities("study-group")
    assert not any("Coursework Task 1" in json.dumps(a) for a in group)
    assert len(group) == 3  # the three replies, and nothing else


def test_only_tas_change_a_channels_reminders_with_only_a_ta_channel(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 2, 9, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock, BOT_TA_CHANNEL="ta-channel")

    async def scenario():
        out = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            course = {"conversationType": "channel", "conversation": "course-channel",
                      "mention": True}
            tas = {"conversationType": "channel", "conversation": "ta-channel",
                   "mention": True}
            out["student subscribes"] = await _say(s, base, "ada", "remind this channel about "
                                                   "Q&As", **course)
            out["ta subscribes"] = await _say(s, base, "tess", "remind this channel about "
                                              "Q&As", **tas)
            out["student stops"] = await _say(s, base, "ada", "stop reminders", **course)
            out["student looks"] = await _say(s, base, "ada", "what reminders do I have?",
                                              **course)
            return out, services.reminders.store.all()

    out, subs = asyncio.run(scenario())
    refused = "Only a TA can change this channel"
    assert refused in out["student subscribes"] and refused in out["student stops"]
    assert refused not in out["ta subscribes"] and refused not in out["student looks"]
    assert [(s.subscriber, s.active) for s in subs] == [("channel:ta-channel", True)]
