"""Round 13's leftovers: whether a hand-in is still open is the deadline's question; a
person's reminder settings asked in a group chat are told in their 1:1 chat; a conversation
marked only as a group is shared; other languages' function words are no topic."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import Clock, activity, emulator_say, no_sleep, running

from bot.config import Settings
from bot.core import personal
from bot.server import SERVICES, create_app

LONDON = ZoneInfo("Europe/London")


# --- whether a hand-in is still open -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "wrapped up the second task an hour ago, could i still upload it?",
    "cw3 finally works!! still able to hand it in?",
    "am i too late to submit coursework 1",
    "is it too late for me to turn in task 2",
    "is the submission still open for cw2",
])
def test_asking_if_a_hand_in_is_still_open_is_no_circumstance(detector, text):
    assert personal.asks_if_still_open(text)
    assert not detector.is_personal(text)


@pytest.mark.parametrize("text", [
    "i was in hospital all week, can i still submit cw2?",
    "can i still get an extension for task 3",
    "could i still hand in cw2 if i get mitigating circumstances",
])
def test_a_circumstance_or_a_request_beside_it_stays_personal(detector, text):
    assert not personal.asks_if_still_open(text)
    assert detector.is_personal(text)


@pytest.mark.parametrize(("text", "now"), [
    ("got task 2 working at last, am I still able to upload it??", "2021-02-23T19:40"),
    ("is it too late to turn in coursework 2", "2021-02-23T21:00"),
    ("could i still submit cw3", "2021-03-10T08:00"),
])
def test_still_open_after_the_deadline_says_when_it_was_due_and_no_late_rule(ask, text, now):
    a = ask(text, now=now)
    assert a.intent == "deadline" and a.answered
    assert "was due" in a.text
    assert "late submissions" in a.text and "ask a TA" in a.text
    assert "can't see marks" not in a.text


def test_still_open_before_the_deadline_is_the_deadline(ask):
    a = ask("can we still hand in task 2?", now="2021-02-20T10:00")
    assert a.intent == "deadline" and "from now" in a.text
    assert "late submissions" not in a.text


@pytest.fixture(scope="module")
def detector(embedder):
    return personal.PersonalDetector(embedder.encode)


# --- reminder settings asked in a group chat -----------------------------------------------

def _app(assistant, tmp_path, clock):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=no_sleep)
    return app, app[SERVICES]


def test_reminder_settings_asked_in_a_group_chat_are_told_in_the_1to1_chat(assistant,
                                                                            tmp_path):
    from bot.core import wording as W

    clock = Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON))
    app, services = _app(assistant, tmp_path, clock)
    connector = services.connector
    group = {"conversationType": "groupChat", "conversation": "revision-crew", "mention": True}

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await emulator_say(s, base, "kim", "remind me about deadlines and quizzes",
                               tz="Pacific/Auckland")
            asked = await emulator_say(s, base, "kim", "which reminders have I set up?",
                                       tz="Pacific/Auckland", **group)
            return asked

    asked = asyncio.run(scenario())
    assert [a.get("text") for a in asked] == [W.REPLIED_PRIVATELY]
    posted = json.dumps(connector.bot_activities("revision-crew"))
    assert "Auckland" not in posted and "deadlines" not in posted
    private = json.dumps(connector.bot_activities("personal-kim"))
    assert "Pacific/Auckland" in private and "deadlines" in private


# --- a conversation marked only as a group is shared ---------------------------------------

def test_a_group_marked_only_by_is_group_needs_a_mention():
    from bot.teams.handler import question_of

    unmarked = activity(text="my mum is ill, can I get more time on cw2",
                        conversation_type=None, conversation="old-client-group",
                        isGroup=True)
    unmarked.conversation.is_group = True
    assert question_of(unmarked) is None
    mentioned = activity(text="when is cw2 due?", conversation_type=None,
                         conversation="old-client-group", mention=True)
    mentioned.conversation.is_group = True
    assert question_of(mentioned) == "when is cw2 due?"
    one_to_one = activity(text="when is cw2 due?")
    assert question_of(one_to_one) == "when is cw2 due?"


# --- other languages' function words -------------------------------------------------------

@pytest.mark.parametrize(("text", "topic"), [
    ("c'est quoi exactement la batch norm", "batch norm"),
    ("kannst du mir sagen wo ist das material zu transformers", "transformers"),
    ("me puedes decir qué es un variational autoencoder", "variational autoencoder"),
    ("quelles sont les slides sur le dropout", "dropout"),
])
def test_function_words_of_another_language_are_no_topic(assistant, text, topic):
    u = assistant.view().understander
    q = u.parse(text, datetime(2021, 2, 15, 9, tzinfo=LONDON), LONDON)
    for word in topic.split():
        assert word in q.topic.split()
    leftovers = set(q.topic.split()) - set(topic.split())
    from bot.core.lexicon import FUNCTION_WORDS
    assert not leftovers & FUNCTION_WORDS, q.topic


@pytest.mark.parametrize("text", [
    "what is le net",            # one such word in an English question: left alone
    "is the la tutorial online",
])
def test_a_lone_function_word_in_english_stays(assistant, text):
    u = assistant.view().understander
    q = u.parse(text, datetime(2021, 2, 15, 9, tzinfo=LONDON), LONDON)
    assert ("le" in q.topic.split()) or ("la" in q.topic.split())


# --- forget-me, end to end -----------------------------------------------------------------

def test_forget_me_end_to_end_leaves_nothing_of_the_student_anywhere(assistant, tmp_path,
                                                                    caplog):
    """Every place a student's id, name or words are kept (reminders and their ledger, the
    TA queue, chat state and follow-up context, known conversations, welcome marks, the
    database files, the bot's own log and in-memory caches) holds nothing of them after
    "forget me"; another student's are untouched."""
    import logging

    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_TA_IDS": "tess",
                                  "BOT_TA_CHANNEL": "ta-channel"})
    clock = Clock(datetime(2021, 2, 19, 12, 0, tzinfo=LONDON))
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=no_sleep)
    services = app[SERVICES]
    ada, name, marker = "ada-r8k2p", "Adalind Vexworth", "qzvmkmarker"
    group = {"conversationType": "groupChat", "conversation": "lab-group", "mention": True}

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(user, text=None, **extra):
                replies = await emulator_say(s, base, user, text,
                                             name=name if user == ada else None, **extra)
                return json.dumps(replies)

            await say("tess", "hello", conversationType="channel", conversation="ta-channel",
                      mention=True)
            # a personal matter in a group chat first: the 1:1 chat is opened for the reply
            await say(ada, f"my {marker} grandad died, can i get more time on cw2?", **group)
            await say(ada, "remind me about deadlines", tz="Asia/Tokyo")
            await say(ada, "which reminders do i have", tz="Asia/Tokyo", **group)
            await say(ada, f"what is on in week 6 {marker}")  # a follow-up subject kept
            await say(ada, f"ask a TA: is the exam open book {marker}?")
            await say("bob", "remind me about deadlines")
            await say("bob", "ask a TA: is the exam open book?")
            clock.now = datetime(2021, 2, 21, 19, 0, tzinfo=LONDON)  # CW2 two days away
            await services.scheduler.run_once()
            before = services.reminders.store.ledger(f"user:{ada}")
            forgot = await say(ada, "forget me")
            store, triage = services.reminders.store, services.triage.store
            held = {"reminders": store.get(f"user:{ada}"), "bob": store.get("user:bob"),
                    "conversations": services.conversations.for_user(ada),
                    "chat state": [k for k in services.bot._stored if k[1] == ada],
                    "askers": [q.user_id for g in triage.groups(None)
                               for q in triage.questions(g.id)]}
            return before, forgot, held

    with caplog.at_level(logging.INFO):
        before, forgot, held = asyncio.run(scenario())
    assert before and "deleted your" in forgot
    # the database, every table, and its write-ahead log
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("bot.sqlite3*"))
    for secret in (ada, name, marker, "Asia/Tokyo"):
        assert secret.encode() not in raw, secret
    # the bot's log: neither the student's id, name nor words were written to it
    for secret in (ada, name, marker):
        assert secret not in caplog.text, secret
    # what the running bot held once she was forgotten; Bob's are untouched
    assert held["reminders"] is None and held["bob"] is not None
    assert held["conversations"] == [] and held["chat state"] == []
    assert held["askers"] == ["bob"]
