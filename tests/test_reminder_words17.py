"""Reminder settings in the student's own words (round 17): read by the command reader,
carried out in a real chat turn and by the planner with an injected clock, stored on both
engines, and served in the one-shot reply, where nothing can be stored."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from teams_support import Clock, emulator_say, no_sleep, running

from bot.config import Settings
from bot.core.answer import AskContext
from bot.nlu.commands import parse_command, with_context
from bot.reminders.model import Subscription
from bot.reminders.planner import Planner
from bot.reminders.policy import load_policy
from bot.reminders.store import ReminderStore
from bot.server import SERVICES, create_app
from bot.storage import migrations
from bot.storage.database import open_database

LONDON = ZoneInfo("Europe/London")
LAGOS = ZoneInfo("Africa/Lagos")
POLICY = load_policy("reminders.yaml")


# --- the reader -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, stopped, kept", [
    ("stop the Q&A reminders but keep the deadline ones", {"qa"}, "deadline"),
    ("no more tutorial reminders, keep the coursework ones", {"tutorial"}, "deadline"),
    ("turn off lecture reminders except for deadlines", {"lecture"}, "deadline"),
    ("cancel q&a and tutorial notifications but not the deadline ones", {"qa", "tutorial"},
     "deadline"),
])
def test_a_stop_keeps_the_kinds_a_clause_of_it_keeps(text, stopped, kept):
    command = parse_command(text)
    assert command is not None and command.action == "remove"
    assert command.kinds == stopped and kept not in command.kinds


@pytest.mark.parametrize("text", ["stop everything except deadlines",
                                  "turn off all reminders apart from the deadlines"])
def test_stopping_all_but_one_kind_keeps_only_that_kind(text):
    assert parse_command(text) == parse_command("only deadlines")


@pytest.mark.parametrize("text, kinds", [
    ("only deadlines from now on", {"deadline"}),
    ("just tutorials going forward please", {"tutorial"}),
    ("deadlines only from now on thanks", {"deadline"}),
])
def test_a_follow_up_with_words_around_it_is_still_a_setting(text, kinds):
    command = parse_command(text)
    assert command is not None and command.action == "only" and command.kinds == kinds


@pytest.mark.parametrize("text, kinds", [
    ("ping me the evening before each deadline", {"deadline"}),
    ("remind me the night before every coursework is due", {"deadline"}),
    ("can i get a reminder the evening before tutorials", {"tutorial"}),
    ("nudge me the evening before anything is due", {"deadline"}),
])
def test_the_evening_before_is_a_lead(text, kinds):
    command = parse_command(text)
    assert command is not None and command.action == "subscribe"
    assert command.evening and command.kinds == kinds and not command.offsets


@pytest.mark.parametrize("text, lead", [
    ("a reminder the day before every cw", timedelta(days=1)),
    ("remind me the week before each deadline", timedelta(days=7)),
    ("nudge me the hour before tutorials", timedelta(hours=1)),
])
def test_the_day_or_week_before_is_an_offset(text, lead):
    command = parse_command(text)
    assert command is not None and command.offsets == (lead,)


@pytest.mark.parametrize("text", ["mute everything until the 10th of March",
                                  "pause all my reminders till 1 march",
                                  "silence everything until next monday",
                                  "turn everything off until the 3rd of march"])
def test_silencing_until_a_day_is_a_mute(text):
    command = parse_command(text)
    assert command is not None and command.action == "mute"
    day = datetime(2021, 3, 10, tzinfo=LONDON)
    assert with_context(command, day, None).until == day
    # without a day to start again on, it is a stop
    assert with_context(command, None, None).action == "unsubscribe"


@pytest.mark.parametrize("text", ["how do i pause the lecture video?",
                                  "should i mute my mic in the tutorial?",
                                  "how do i turn off dropout at test time",
                                  "i have an SoS (summary of support), can i get the slides "
                                  "early?"])
def test_pausing_something_else_is_no_command(text):
    assert parse_command(text) is None


# --- the planner, with an injected clock ----------------------------------------------------
def _sub(**kw) -> Subscription:
    return Subscription("user:u", "c", {}, kw.pop("kinds", frozenset({"deadline"})),
                        datetime(2021, 1, 1, tzinfo=LONDON), **kw)


def test_the_evening_before_goes_once_at_the_evening_hour_in_the_students_zone(schedule):
    cw2 = schedule.event("CW2")
    sub = _sub(deadline_offsets=(), evening_kinds=frozenset({"deadline"}),
               time_zone="Asia/Tokyo")
    planner = Planner(schedule, POLICY)
    mine = [s for s in planner.slots(sub) if s.event_id == "CW2"]
    assert len(mine) == 1
    due = mine[0].due.astimezone(ZoneInfo("Asia/Tokyo"))
    assert due.time() == POLICY.evening
    assert due.date() == cw2.start.astimezone(ZoneInfo("Asia/Tokyo")).date() - timedelta(days=1)
    send, _ = planner.due([sub], set(), [], mine[0].due + timedelta(minutes=1))
    assert [r.event_id for r in send] == ["CW2"]
    again, _ = planner.due([sub], {send[0].key}, [], mine[0].due + timedelta(minutes=2))
    assert again == []


def test_a_mute_sends_nothing_before_its_day_and_all_after(schedule):
    cw2, cw3 = schedule.event("CW2"), schedule.event("CW3")
    until = cw2.start + timedelta(hours=1)  # everything of CW2 falls in the mute
    sub = _sub(mute_until=until)
    planner = Planner(schedule, POLICY)
    assert not any(s.event_id == "CW2"
                   for s in planner.window([sub], until - timedelta(days=30), until))
    send, _ = planner.due([sub], set(), [], cw2.start - timedelta(minutes=30))
    assert send == []
    later, _ = planner.due([sub], set(), [], cw3.start - timedelta(hours=1))
    assert [r.event_id for r in later] == ["CW3"]


# --- storage, both engines -------------------------------------------------------------------
def test_the_new_settings_are_stored_and_a_named_zone_stays(db):
    store = ReminderStore(db)
    now = datetime(2021, 2, 10, 12, tzinfo=LONDON)
    until = datetime(2021, 3, 10, tzinfo=LONDON)
    store.save(_sub(mute_until=until, evening_kinds=frozenset({"deadline"}),
                    time_zone="Africa/Lagos", zone_said="Africa/Lagos"), now)
    store.touch("user:u", {"conversation": {"id": "c"}}, "America/New_York", now)
    got = store.get("user:u")
    assert got is not None and got.mute_until == until
    assert got.evening_kinds == {"deadline"} and got.time_zone == "Africa/Lagos"
    store.save(_sub(time_zone="Europe/Paris"), now)  # none named: the device's zone follows
    store.touch("user:u", {"conversation": {"id": "c"}}, "America/New_York", now)
    assert store.get("user:u").time_zone == "America/New_York"


def test_a_database_at_version_3_upgrades_and_keeps_its_subscriptions(database_url):
    db = open_database(database_url, check_schema=False)
    try:
        migrations._upgrade_locked(db, upto=3)
        with db.transaction() as tx:
            tx.execute("INSERT INTO subscriptions (subscriber, conversation_id, reference, "
                       "kinds, created, updated) VALUES (?,?,?,?,?,?)",
                       ("user:old", "c", "{}", '["deadline"]', "2021-01-01T00:00:00+00:00",
                        "2021-01-01T00:00:00+00:00"))
        assert [m.version for m in migrations.upgrade(db)] == [4]
        old = ReminderStore(db).get("user:old")
        assert old is not None and old.kinds == {"deadline"}
        assert old.mute_until is None and old.evening_kinds == frozenset()
        assert old.zone_said is None
    finally:
        db.close()


# --- a real chat turn -------------------------------------------------------------------------
def _app(assistant, tmp_path, clock):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=no_sleep)
    return app, app[SERVICES]


def test_settings_said_in_chat_are_confirmed_with_what_they_cover(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 10, 12, 0, tzinfo=LONDON))
    app, services = _app(assistant, tmp_path, clock)

    async def scenario():
        async with running(app) as base:
            import aiohttp

            async with aiohttp.ClientSession() as s:
                async def say(text):
                    reply = await emulator_say(s, base, "bea", text, tz="America/New_York")
                    return reply[0]["text"]

                out = {"on": await say("remind me")}
                out["evening"] = await say("could you ping me the night before each deadline")
                out["keep"] = await say("stop the Q&A reminders but keep the deadline ones")
                out["zone"] = await say("remind me in my time, I'm in Lagos")
                out["after"] = await say("what's on tomorrow?")
                out["stored"] = services.reminders.store.get("user:bea")
                clock.now = datetime(2021, 2, 22, 18, 1, tzinfo=LAGOS)  # CW2's evening
                out["sent"] = await services.scheduler.run_once()
                out["again"] = await services.scheduler.run_once()
                out["ledger"] = services.reminders.store.ledger("user:bea")
                out["mute"] = await say("pause everything till the 9th of march")
                out["muted"] = services.reminders.store.get("user:bea")
                return out

    out = asyncio.run(scenario())
    assert "the evening before" in out["evening"] and "Next:" in out["evening"]
    assert "CW2" in out["evening"] and "18:00" in out["evening"]
    assert "Q&A sessions" in out["keep"].split(".")[0]
    assert "coursework deadlines" in out["keep"].split(".", 1)[1]
    assert "Africa/Lagos" in out["zone"] and "WAT" in out["zone"]
    stored = out["stored"]
    assert "qa" not in stored.kinds and "deadline" in stored.kinds
    assert stored.time_zone == "Africa/Lagos"  # kept after a message from a New York device
    assert stored.evening_kinds == {"deadline"} and stored.deadline_offsets == ()
    evening = [r for r in out["ledger"] if r["event_id"] == "CW2" and r["label"] == "eve"]
    assert [r["state"] for r in evening] == ["sent"]  # once, at the evening in Lagos
    assert out["sent"].sent >= 1 and out["again"].sent == 0
    assert "no reminders until" in out["mute"] and "9 Mar 2021" in out["mute"]
    assert out["muted"].mute_until is not None
    assert out["muted"].mute_until.astimezone(LAGOS).date().day == 9


# --- the one-shot reply -----------------------------------------------------------------------
@pytest.mark.parametrize("text, shown", [
    ("ping me the evening before each deadline", ["CW2", "CW3"]),
    ("a reminder the day before every cw", ["CW2", "CW3"]),
    ("only deadlines from now on", ["CW2", "CW3"]),
    ("set me up with reminders for the tutorials", ["T09"]),
    ("mute everything until the 10th of March", ["CW2", "QA-W7"]),
    ("stop the Q&A reminders but keep the deadline ones", ["QA-W7"]),
])
def test_ask_says_where_reminders_are_set_and_serves_the_message(assistant, text, shown):
    before = assistant.reminder_policy
    assistant.reminder_policy = POLICY
    try:
        answer = assistant.answer(text, AskContext(datetime(2021, 2, 17, 12, tzinfo=LONDON),
                                                   ZoneInfo("Asia/Tokyo")))
    finally:
        assistant.reminder_policy = before
    assert answer.intent == "remind"
    assert "chat with me in Teams" in answer.text and "python -m" not in answer.text
    assert all(f"({i})" in answer.text for i in shown)
    assert "JST" in answer.text  # in the asker's zone
    assert "QA-W6" not in answer.text  # what is over is not listed


def test_ask_says_no_reminders_are_kept_there_to_stop(assistant):
    for text in ("stop all my reminders please", "unsubscribe me from the notifications"):
        answer = assistant.answer(text, AskContext(datetime(2021, 2, 17, 12, tzinfo=LONDON),
                                                   LONDON))
        assert answer.intent == "remind" and "no reminders to stop" in answer.text


def test_ask_lists_nothing_muted_for_a_day_already_past(assistant):
    answer = assistant.answer("mute all reminders until the 1st of february",
                              AskContext(datetime(2021, 2, 17, 12, tzinfo=LONDON), LONDON))
    assert answer.intent == "remind" and "already passed" in answer.text

