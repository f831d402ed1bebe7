"""Reminders end to end: subscribe in chat, the scheduler sends cards through the local
connector, and the card's buttons work."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import aiohttp
from teams_support import Clock, emulator_say, no_sleep, running

from bot.config import Settings
from bot.server import SERVICES, create_app

LONDON = ZoneInfo("Europe/London")


def course_app(assistant, tmp_path, clock):
    """The bot with reminders planned by hand (run_once), retries without real sleeping."""
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=no_sleep)
    return app, app[SERVICES]


def test_subscribe_receive_snooze_and_stop(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)
    connector = services.connector

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(text=None, value=None):
                return await emulator_say(s, base, "ada", text, tz="America/New_York",
                                          value=value)

            subscribed = await say("remind me only about deadlines")
            stored = services.reminders.store.get("user:ada")
            clock.now = datetime(2021, 2, 3, 19, 0, tzinfo=LONDON)  # CW1 is 2 days away
            report = await services.scheduler.run_once()
            cards = [a for a in connector.bot_activities("personal-ada") if a.get("attachments")]
            card = cards[-1]["attachments"][0]["content"]
            again = await services.scheduler.run_once()
            snooze = next(a for a in card["actions"] if a["title"] == "Snooze 1 h")
            snoozed = await say(value=snooze["data"])
            clock.now += timedelta(hours=1, minutes=1)
            after_snooze = await services.scheduler.run_once()
            stop = next(a for a in card["actions"] if a["title"] == "Stop these")
            stopped = await say(value=stop["data"])
            listing = await say("what reminders do I have?")
            return (subscribed, stored, report, card, again, snoozed, after_snooze, stopped,
                    listing, cards)

    (subscribed, stored, report, card, again, snoozed, after_snooze, stopped, listing,
     cards) = asyncio.run(scenario())
    assert "coursework deadlines" in subscribed[0]["text"]
    assert stored.kinds == {"deadline"} and stored.time_zone == "America/New_York"
    assert stored.reference["serviceUrl"].endswith("/connector/")
    assert report.sent == 1 and again.sent == 0
    text = json.dumps(card)
    assert "Coursework Task 1" in text and "EST" in text and "GMT" in text
    assert "CATe" in text and "Time left" in text
    assert any(a["type"] == "Action.OpenUrl" and a["url"].endswith("/calendar/CW1.ics")
               for a in card["actions"])
    assert "again at" in snoozed[0]["text"]
    assert after_snooze.sent == 1 and len(cards) == 1  # cards listed before the snooze fired
    assert "no more reminders about coursework deadlines" in stopped[0]["text"]
    assert "no reminders" in listing[0]["text"]


def test_a_blocked_subscriber_is_paused_after_a_few_tries(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 1, 9, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await emulator_say(s, base, "bob", "remind me about Q&As and tutorials")
            services.connector.fail_next(403, times=10)
            reports = []
            for when in ("2021-02-02T09:45", "2021-02-02T10:45", "2021-02-09T09:45",
                         "2021-02-09T10:45"):
                clock.now = datetime.fromisoformat(when).replace(tzinfo=LONDON)
                reports.append(await services.scheduler.run_once())
            return reports, services.reminders.store.get("user:bob")

    reports, sub = asyncio.run(scenario())
    # QA-W4, then T04 (T05 shares its slot: one reminder), then QA-W5 fail; the third
    # failure pauses bob, so T06 is not tried.
    assert [r.failed for r in reports] == [1, 1, 1, 0]
    assert sub.paused and "403" in sub.paused
    assert reports[-1].failed == 0 and reports[-1].sent == 0


def test_with_tas_configured_only_a_ta_changes_a_channels_reminders(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_TA_IDS": "ta-tess"})
    app = create_app(settings, assistant, Clock(datetime(2021, 2, 2, 9, 0, tzinfo=LONDON)),
                     typing_after=30, run_reminders=False, sleep=no_sleep)
    services = app[SERVICES]

    async def scenario():
        replies = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            for user, text in (("ada", "remind this channel about Q&As"),
                               ("ta-tess", "remind this channel about Q&As"),
                               ("ada", "stop reminders"), ("ada", "what reminders do I have?"),
                               ("ada", "when is cw2 due?")):
                replies[(user, text)] = json.dumps(await emulator_say(
                    s, base, user, text, conversationType="channel",
                    conversation="course-channel", mention=True))
            return replies, services.reminders.store.all()

    replies, subs = asyncio.run(scenario())
    refused = "Only a TA can change this channel"
    assert refused in replies[("ada", "remind this channel about Q&As")]
    assert refused not in replies[("ta-tess", "remind this channel about Q&As")]
    assert refused in replies[("ada", "stop reminders")]  # the channel keeps its reminders
    assert refused not in replies[("ada", "what reminders do I have?")]  # looking is fine
    assert "CW2" in replies[("ada", "when is cw2 due?")]
    assert [(s.subscriber, s.active) for s in subs] == [("channel:course-channel", True)]


def test_a_channel_subscription_posts_once(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 2, 9, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            for user in ("ada", "bob"):  # two members of the same channel
                await emulator_say(s, base, user, "remind this channel about Q&As",
                                   conversationType="channel", conversation="course-channel",
                                   mention=True)
            clock.now = datetime(2021, 2, 2, 9, 45, tzinfo=LONDON)
            report = await services.scheduler.run_once()
            return report, services.reminders.store.all()

    report, subs = asyncio.run(scenario())
    assert [s.subscriber for s in subs] == ["channel:course-channel"]
    assert report.sent == 1
    posted = [a for a in app[SERVICES].connector.bot_activities("course-channel")
              if a.get("attachments")]
    # A new post in the channel, not a reply to the id the SDK makes up for its turn.
    assert len(posted) == 1 and not posted[0].get("replyToId")
