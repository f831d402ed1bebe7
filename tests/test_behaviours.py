"""What students expect beyond the schedule's tables: help with their own work, another course
or not the bot's business, what the page does not state, asking back when a question could
mean two things, follow-ups in a chat, and chat commands outside a chat."""

from __future__ import annotations

import io
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from teams_support import activity

from bot.cli.chat import run_chat
from bot.core import wording as W
from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.nlu.intents import LEARNED, Intent
from bot.nlu.model import IntentModel
from bot.teams.cards import answer_card
from tests.conftest import LONDON, from_notes, ids
from tests.test_teams_bot import texts, turn

NOW = datetime(2021, 2, 15, 12, tzinfo=LONDON)


def test_help_with_own_work_is_never_the_deadline(ask):
    a = ask("the generator in my cw2 GAN keeps producing the same picture whatever z i give it",
            now="2021-02-15T12:00")
    assert a.intent == "own_work"
    assert "CW2" not in ids(a) and "due" not in a.text
    assert "ask a TA" in a.text
    # what the notes say is quoted like any answer from them, so the adapters render it as
    # written and offer its whole section when only part is shown
    # and it is the notes' explanation of the symptom (mode collapse), not their code
    assert from_notes(a) and a.quotes[0].citation.startswith(("— N17", "— T06"))
    assert "mode collapse" in a.quotes[0].markdown.lower() and "```" not in a.quotes[0].markdown


def test_own_work_the_notes_do_not_cover_goes_to_a_ta(ask):
    a = ask("my conda environment won't activate in the terminal, any idea?")
    assert a.intent == "own_work" and not a.answered and "ask a TA" in a.text


@pytest.mark.parametrize("question", [
    "when's the computer vision coursework due?",
    "who lectures the robotics module this term",
])
def test_another_course_gets_none_of_this_courses_facts(ask, question):
    a = ask(question)
    assert a.intent == "other_course" and not a.answered and a.events == []
    assert "19:00" not in a.text and "CW" not in a.text


@pytest.mark.parametrize("question", ["what's the weather going to be like tomorrow",
                                      "can you recommend a good film for tonight"])
def test_not_the_bots_business(ask, question):
    a = ask(question)
    assert a.intent == "off_topic" and not a.answered and a.events == []


def test_yes_no_about_what_the_page_does_not_state(ask):
    a = ask("will there be snacks at the panel discussion?")
    assert not a.answered and ids(a) == ["PANEL-W8"]
    assert "doesn't say" in a.text and "ask a TA" in a.text


def test_the_rest_of_a_question_about_the_material_is_not_a_question_failed(ask):
    a = ask("I was not at the RNN basics lecture. Please can you explain what is "
            "backpropagation through time and why is it different to normal backprop?")
    assert a.intent == "content" and from_notes(a)
    assert "couldn't find" not in a.text


def test_another_students_data_is_refused(ask):
    a = ask("can you send me the phone number of the guy who got the top mark in task 1")
    assert a.intent == "refused" and not a.answered and a.events == []
    assert "other students" in a.text


@pytest.mark.parametrize("question, expected", [
    # what the student says first names lectures; the question asks for the next tutorial
    ("so I'm doing the msc and joined late, I watched lectures 1 to 6 already. when is the "
     "next tutorial?", ["T07", "T08"]),
    ("been working through the rnn lectures 18 and 19 this weekend. who runs the q&a tomorrow?",
     ["QA-W6"]),
    # a question that points back takes its subject from what was said first
    ("working on task 2 atm. when is it due?", ["CW2"]),
])
def test_the_question_after_what_the_student_says_first(ask, question, expected):
    assert ids(ask(question, now="2021-02-15T09:00")) == expected


def test_a_check_on_the_answer_is_part_of_the_same_question(ask):
    a = ask("when is cw3 due, is it the 9th?", now="2021-03-01T12:00")
    assert ids(a) == ["CW3"]


def test_a_reminder_that_names_something_also_says_when_it_is(ask):
    a = ask("remind me a day before cw3 is due")
    assert ids(a) == ["CW3"] and a.commands and a.commands[0].kinds == frozenset({"deadline"})


# --- asking back -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def torn(schedule, embedder, knowledge):
    """An assistant whose classifier cannot choose between a deadline and own work."""
    n = len(LEARNED)
    bias = np.full(n, -10.0, dtype=np.float32)
    bias[LEARNED.index(Intent.DEADLINE)] = bias[LEARNED.index(Intent.OWN_WORK)] = 0.0
    model = IntentModel(list(LEARNED), [], np.zeros((0, n), np.float32), bias,
                        np.zeros((0, n), np.float32), np.zeros((384, n), np.float32), bias, 0.5,
                        1.0)
    return Assistant(lambda: schedule, embedder, knowledge, intent_model=model)


def test_close_readings_are_put_to_the_student(torn):
    question = "cw2 vae blurry"
    a = torn.answer(question, AskContext(NOW, LONDON))
    assert a.intent == "clarify" and not a.answered
    assert [s.intent for s in a.suggestions] == ["deadline", "own_work"]
    assert all("CW2" in s.title for s in a.suggestions)
    body = a.to_json()
    assert body["answered"] is False and [s["intent"] for s in body["suggestions"]] == [
        "deadline", "own_work"]
    card = answer_card(a, LONDON, LONDON)
    assert [x["data"] for x in card["actions"]] == [
        {"ask": question, "intent": "deadline"}, {"ask": question, "intent": "own_work"}]
    picked = torn.answer(question, AskContext(NOW, LONDON, intent="deadline"))
    assert picked.intent == "deadline" and ids(picked) == ["CW2"]


def test_the_console_lets_the_student_pick_a_reading(torn):
    out = io.StringIO()
    lines = iter(["cw2 vae blurry", "1", "quit"])
    run_chat(torn, "2021-02-15T12:00", "Europe/London", lambda: NOW,
             read=lambda _: next(lines), out=out)
    shown = out.getvalue()
    assert W.CONSOLE_CHOOSE in shown and "1. " in shown
    assert "Coursework Task 2 (CW2) is due" in shown.split(W.CONSOLE_CHOOSE, 1)[1]


# --- follow-ups ------------------------------------------------------------------------------


def test_follow_ups_resolve_against_the_previous_subject(assistant):
    def say(text: str, conversation: str | None = "chat-1"):
        return assistant.answer(text, AskContext(NOW, LONDON, conversation=conversation))

    say("when is cw2 due?")
    a = say("and who marks it?")
    assert a.intent == "people" and ids(a) == ["CW2"] and "Coppock" in a.text
    say("which lecture covers batch norm")
    assert "T05" in ids(say("when's its tutorial?"))
    say("when is bronstein's lecture")
    a = say("is it examinable?")
    assert ids(a) == ["L22"] and "examinable" in a.text
    # another conversation, and the batch contract (no conversation), start afresh
    assert say("and who marks it?", "chat-2").events == []
    assert say("and who marks it?", None).events == []


class _JsonStore:
    """A store that keeps nothing but JSON text, as a database row does."""

    def __init__(self):
        self.rows: dict[str, tuple[str | None, str]] = {}

    def get(self, conversation):
        row = self.rows.get(conversation)
        return None if row is None else json.loads(row[1])

    def put(self, conversation, user, value):
        self.rows[conversation] = (user, json.dumps(value))

    def forget_user(self, user):
        self.rows = {k: v for k, v in self.rows.items() if v[0] != user}


def test_a_follow_up_needs_only_what_the_store_keeps(assistant):
    from bot.nlu.dialogue import Dialogue

    store = _JsonStore()

    def say(text: str, user: str = "u1"):
        assistant.dialogue = Dialogue(store)  # a fresh replica each turn: only the store
        return assistant.answer(text, AskContext(NOW, LONDON, user=user,
                                                 conversation=f"chat|{user}"))

    say("when is bronstein's lecture")
    a = say("is it examinable?")
    assert ids(a) == ["L22"] and "examinable" in a.text
    say("when is cw2 due?", user="u2")
    store.forget_user("u1")
    assert list(store.rows) == ["chat|u2"]
    assert say("is it examinable?").events == []


def test_follow_ups_in_teams(bot):
    replies = turn(bot, activity(text="when is cw3 due?"), activity(text="and who marks it?"))
    assert "Stacey" in texts(replies)[-1]


def test_the_console_keeps_the_conversation_and_says_what_it_cannot_do(assistant):
    out = io.StringIO()
    lines = iter(["when is cw2 due", "who marks it", "remind me 2 days before deadlines",
                  "forget me", "quit"])
    run_chat(assistant, "2021-02-15T12:00", "Europe/London", lambda: NOW,
             read=lambda _: next(lines), out=out)
    replies = out.getvalue().split("bot> ")[1:]
    assert "Coppock" in replies[1]
    assert "in a chat with me" in replies[2] and "in a chat with me" in replies[3]


def test_batch_answers_are_json_with_suggestions_listed(ask):
    body = ask("when is cw1 due").to_json()
    assert body["suggestions"] == [] and json.dumps(body)


@pytest.fixture
def bot(assistant, tmp_path):
    from bot.storage.conversations import ConversationStore
    from bot.storage.database import open_database
    from bot.storage.urls import sqlite_url
    from bot.teams.handler import CourseBot

    db = open_database(sqlite_url(tmp_path / "bot.sqlite3"))
    yield CourseBot(assistant, ConversationStore(db), lambda: NOW, typing_after=30)
    db.close()


def test_teams_follow_ups_survive_another_replica_and_forget_me(assistant, database_url):
    """Each turn on a replica of its own (own connection, own dialogue): only the database's
    chat state carries the subject; forget-me deletes it."""
    from bot.nlu.dialogue import Dialogue
    from bot.storage.chat_state import ChatStateStore
    from bot.storage.conversations import ConversationStore
    from bot.storage.database import open_database
    from bot.teams.follow_ups import FOLLOW_UP, ChatStateSubjects
    from bot.teams.handler import CourseBot

    opened = []

    def replica() -> CourseBot:
        db = open_database(database_url)
        opened.append(db)
        assistant.dialogue = Dialogue(ChatStateSubjects(ChatStateStore(db)))
        return CourseBot(assistant, ConversationStore(db), lambda: NOW, typing_after=30)

    try:
        turn(replica(), activity(text="when is cw3 due?"))
        assert "Stacey" in texts(turn(replica(), activity(text="and who marks it?")))[-1]
        chats = ChatStateStore(opened[-1])
        key = next(iter(opened[-1].query("SELECT chat FROM chat_state WHERE name=?",
                                         (FOLLOW_UP,))))["chat"]
        assert chats.get(key, FOLLOW_UP) is not None
        chats.forget_user(key.rsplit("|", 1)[1])
        assert chats.get(key, FOLLOW_UP) is None
    finally:
        for db in opened:
            db.close()



def test_a_turns_chat_state_is_written_in_one_transaction_before_the_next(assistant,
                                                                          tmp_path):
    """Through the live endpoint: an answered question leaves its follow-up subject and its
    last answer (for a bare "ask a TA") in one write, done by the time its request returns,
    so the chat's next message (on any replica) resolves "who marks it?"."""
    import asyncio
    import contextlib

    import aiohttp
    from teams_support import activity_json, running

    from bot.config import Settings
    from bot.emulator.render import activity_text
    from bot.server import SERVICES, create_app
    from bot.storage.database import open_database
    from bot.storage.urls import sqlite_url

    db = open_database(sqlite_url(tmp_path / "bot.sqlite3"))
    transactions: list[list[str]] = []  # the statements of each write transaction
    real = db.transaction

    class Recorded:
        def __init__(self, tx, statements):
            self._tx, self._statements = tx, statements

        def execute(self, sql, params=()):
            self._statements.append(sql)
            return self._tx.execute(sql, params)

        def executemany(self, sql, rows):
            self._statements.extend([sql] * len(rows))
            return self._tx.executemany(sql, rows)

        def insert(self, sql, params=()):
            self._statements.append(sql)
            return self._tx.insert(sql, params)

    @contextlib.contextmanager
    def recorded():
        with real() as tx:
            statements: list[str] = []
            yield Recorded(tx, statements)
        transactions.append(statements)

    db.transaction = recorded  # type: ignore[method-assign]
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, db=db, typing_after=30,
                     run_reminders=False)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            url = f"{base}/connector/"
            async with s.post(f"{base}/api/messages",
                              json=activity_json("when is cw3 due?", service_url=url)) as r:
                assert r.status == 201
            first = [t for t in transactions if any("INTO chat_state" in q for q in t)]
            names = [r["name"] for r in db.query("SELECT name FROM chat_state ORDER BY name")]
            async with s.post(f"{base}/api/messages",
                              json=activity_json("and who marks it?", service_url=url)) as r:
                assert r.status == 201
            return first, names, app[SERVICES].connector.bot_activities("conv-1")

    first, names, sent = asyncio.run(scenario())
    # One transaction: both pieces of state, and the activity taken with them (on a
    # server's first turn too, when it has not yet looked whether the TAs' FAQ has entries).
    assert len(first) == 1, first
    assert sum("INTO chat_state" in q for q in first[0]) == 2, first
    assert sum("INTO seen_activities" in q for q in first[0]) == 1, first
    assert names == ["follow_up", "last_answer"]
    assert "Stacey" in activity_text(sent[-1])

# --- time phrases measured on the dev messages ------------------------------------------------


def test_the_next_session_after_today_is_not_todays(ask):
    a = ask("when's the next tutorial after today's?", now="2021-01-26T16:00")
    assert "T04" in ids(a) and "T03" not in ids(a)


def test_what_week_of_term_it_is(ask):
    assert "week 2 " in ask("what week of term is it?", now="2021-01-20T09:00").text


def test_a_weeks_session_with_filler_words_is_that_weeks(ask):
    assert ids(ask("week 5 tutorial details please")) == ["T06"]


def test_the_day_the_asker_says_it_is_anchors_tomorrow(ask):
    a = ask("is the q&a tmrw at 10 or 11?? (its monday 22nd feb, 2am)", now="2021-02-15T09:00")
    assert ids(a) == ["QA-W7"] and "11:00" in a.text
    a = ask("its sat 20 feb, whats my next deadline", now="2021-02-15T09:00")
    assert ids(a) == ["CW2"] and "3 days" in a.text


def test_a_fact_the_page_does_not_give_is_handed_to_a_ta(ask):
    a = ask("where will the exam be held?")
    assert not a.answered and "ask a TA" in a.text


def test_the_first_session_may_be_one_without_a_date(ask):
    a = ask("when is the first q and a", now="2021-02-15T09:00")
    assert ids(a)[0] == "QA-W2" and "QA-W3" in ids(a) and "no time given" in a.text


def test_hours_of_the_timetable_are_its_slots(ask):
    a = ask("how many hours a week is timetabled")
    assert "Tue 10:00-11:00" in a.text and "9 weeks" not in a.text


def test_where_the_notes_are_is_where_all_of_them_are(ask):
    a = ask("where r the notes")
    assert "Materials" in a.text and a.text.count("\n") == 0


@pytest.mark.parametrize(("question", "intent", "expected"), [
    ("I'm auditing from the chemistry department. What is a vanishing gradient?",
     "content", None),
    ("so i tried to submit on cate last night and it was slow, then i gave up. basically what "
     "files go in the zip", "logistics", None),
    ("ok so my flatmate reckons the lectures are live. when is the graph networks lecture?",
     "schedule", "L22"),
])
def test_a_question_after_context_about_oneself_is_answered(ask, question, intent, expected):
    # Who the asker is or what happened to them is context, not a personal matter to hand over.
    a = ask(question)
    assert a.intent == intent and (a.answered or from_notes(a))
    assert expected is None or expected in ids(a)


def test_a_model_doing_worse_is_the_students_work_not_a_personal_matter(ask):
    assert ask("my cnn does worse than logistic regression on mnist, why").intent == "own_work"


@pytest.mark.parametrize("question", [
    "I've had covid all week. when is cw2 due?",
    "my grandfather passed away on sunday - when is task 2 due",
    "things have been really hard at home and I can't focus. what's in the week 6 reading?",
    # a request of one's own after the context is still the writer's business
    "im in sydney and the q&a is at 9pm for me, can i skip the q&as this term?",
])
def test_a_circumstance_before_a_question_stays_private(ask, question):
    assert ask(question).intent == "personal"


@pytest.mark.parametrize("question", ["is there a computational geometry tutorial on friday?",
                                      "what time is the quantum computing lecture tomorrow"])
def test_a_session_named_by_a_subject_no_title_has_is_not_that_days_sessions(ask, question):
    a = ask(question, now="2021-02-15T09:00")
    assert not a.answered and a.events == [] and "another course" in a.text


def test_which_course_week_a_day_is_in(ask):
    a = ask("what teaching week is 24 feb in?")
    assert "week 7 " in a.text and a.answered


def test_nothing_after_a_past_day_is_said_so(ask):
    a = ask("any more q&as after yesterday's?", now="2021-03-03T12:00")
    # (either wording; the newer one also names the last one held, for reference)
    assert "nothing of that kind left" in a.text or "no more Q&A sessions" in a.text
    assert all(e.start < datetime(2021, 3, 3, tzinfo=ZoneInfo("Europe/London"))
               for e in a.events if e.start)


def test_a_thing_the_page_never_states_is_not_answered_with_sessions(ask):
    a = ask("when do the solutions for the vae tutorial come out?", now="2021-02-15T09:00")
    assert not a.answered and a.intent == "not_on_page" and "Piazza" in a.text


def test_a_complaint_that_asks_is_answered_and_heard(ask):
    a = ask("the page is sloppy about task 3, who marks it?")
    assert ids(a) == ["CW3"] and a.answered
    assert "Sorry to hear that" in a.text and "ask a TA" in a.text


def test_a_link_to_join_is_not_on_the_page(ask):
    a = ask("got the zoom link for tuesday's tutorial?")
    assert "Teams" in a.text and "no links" in a.text and not a.answered


def test_a_follow_up_after_a_question_in_a_fixed_offset_zone(assistant):
    """"utc+5:30" is a fixed offset with no IANA key: the subject is kept under the offset's
    own name and read back as that offset, so the turn does not fail and the follow-up
    resolves."""
    from bot.nlu.dialogue import Dialogue

    store = _JsonStore()

    def say(text: str):
        assistant.dialogue = Dialogue(store)
        return assistant.answer(text, AskContext(NOW, LONDON, user="u1", conversation="chat|u1"))

    first = say("when is bronstein's lecture in utc+5:30")
    assert ids(first) == ["L22"]
    assert store.get("chat|u1")["tz"] == "UTC+05:30"
    follow = say("is it examinable?")
    assert ids(follow) == ["L22"] and "examinable" in follow.text
