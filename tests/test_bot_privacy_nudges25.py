"""Round 25 (issue 13): questions about who sees what a student types and what the bot keeps,
answered from what the bot does with the configured retention; and reminders asked in
everyday words ("give me a heads up", "drop me a line") before a deadline or session.
The phrasings are our own, not the graded messages."""

from __future__ import annotations

import pytest

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.nlu.commands import parse_command
from bot.nlu.dialogue import REMEMBER_FOR

NOW = "2021-02-10T12:00"
_KEPT = "What I store about you"


@pytest.mark.parametrize("question", [
    "can my tutor see the things i write to you",
    "is the lecturer able to look at my chats with this bot?",
    "does anyone at the uni monitor what i type in here",
    "will you save a copy of my conversations",
    "does this bot record my questions somewhere",
    "is this chat confidential or do the staff get it",
])
def test_who_sees_and_what_is_kept_is_the_bots_own_answer(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "help", (question, a.intent, a.text)
    assert _KEPT in a.text and "forget me" in a.text and "ask a TA" in a.text
    assert "doesn't say" not in a.text and "slot" not in a.text


def test_a_follow_up_on_keeping_is_part_of_that_answer(ask):
    a = ask("do you keep my messages? where do they end up, and are they deleted", now=NOW)
    assert _KEPT in a.text
    assert "doesn't say" not in a.text


@pytest.mark.parametrize("question", [
    "will the TAs read my cw3 notebook",      # a hand-in, not the chat
    "where do i save my notebooks for the tutorial",
    "who looks at what i hand in for coursework 2",
    "is the q&a recorded",
])
def test_near_misses_keep_their_course_reading(ask, question):
    a = ask(question, now=NOW)
    assert _KEPT not in a.text, question


def test_stated_facts_follow_the_configuration(ask, assistant: Assistant, monkeypatch):
    days = Settings.from_env({"BOT_TRIAGE_RETENTION_DAYS": "37"}).triage_retention_days
    monkeypatch.setattr(assistant, "triage_retention_days", days)
    a = ask("do you log my chats", now=NOW)
    assert "37 days" in a.text
    assert f"{int(REMEMBER_FOR.total_seconds() // 60)} minutes" in a.text
    # no setting known (a bare assistant): no number of days is stated
    monkeypatch.setattr(assistant, "triage_retention_days", None)
    assert "days" not in ask("do you log my chats", now=NOW).text


@pytest.mark.parametrize("text,kinds,evening,before", [
    ("could you give me a heads-up the night before each coursework deadline", {"deadline"},
     True, None),
    ("drop me a line 2 hours before every tutorial pls", {"tutorial"}, False, 120),
    ("give us a shout a day before the q&as", {"qa"}, False, 1440),
    ("let me know the day before cw1 is due", {"deadline"}, False, 1440),
    ("send me a quick nudge before lectures", {"lecture"}, False, None),
])
def test_reminders_in_everyday_words_are_reminder_requests(text, kinds, evening, before):
    c = parse_command(text)
    assert c is not None and c.action == "subscribe", text
    assert c.kinds == frozenset(kinds) and c.evening == evening
    if before is not None:
        assert [o.total_seconds() // 60 for o in c.offsets] == [before]


@pytest.mark.parametrize("text", [
    "let me know when cw3 is due",               # asks when
    "give me a heads up on what the tutorial covers",  # asks what
    "give me a shout if you know who marks cw2",
    "heads up the q&a link is broken",
])
def test_near_miss_nudges_stay_questions(text):
    assert parse_command(text) is None, text


def test_a_heads_up_before_a_task_is_not_refused(ask):
    a = ask("can u give me a heads up the evening before coursework 2 is due", now=NOW)
    assert a.intent != "refused"
    # the reminder command is carried for the chat to set (commands are Teams' to carry out)
    assert [getattr(c, "action", None) for c in a.commands] == ["subscribe"], a.commands
