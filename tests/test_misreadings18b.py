"""Misreadings fixed in round 18 (claimfix18b): a time from now said at the end of a question
is when, not a length guessed; several tutorials counted against one another at once is the
question of which sessions hold more than one tutorial. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from bot.core.handlers.lengths import guessed_verdict

BEFORE = "2021-02-16T10:50"  # ten minutes before a tutorial


@pytest.mark.parametrize("text", [
    "is the tutorial still on in 10 min",
    "is the q&a on in half an hour",
    "is the tutorial happening in 5 mins",
    "is the lecture still going in an hour",
])
def test_a_time_from_now_is_no_length_guessed(text):
    assert guessed_verdict(text, 60) == ""


@pytest.mark.parametrize("text", ["is the tutorial an hour", "is the q&a 60 minutes long"])
def test_a_length_guessed_is_still_checked(text):
    assert guessed_verdict(text, 60) != ""


@pytest.mark.parametrize("question", [
    "is the tutorial still on in 10 min?",
    "is the tutorial running in 5 mins",
])
def test_a_time_from_now_gets_no_length_lead(ask, question):
    a = ask(question, now=BEFORE)
    assert "1 hour" not in a.text.splitlines()[0], a.text


@pytest.mark.parametrize("question", [
    "which tutorial sessions cover two T's at once",
    "do any sessions run two tutorials at once",
    "are 2 tutorials ever on at the same time",
    "which tutorial slots have multiple tutorials simultaneously",
])
def test_tutorials_sharing_a_session_are_listed(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert "share one session" in a.text and "T07" in a.text, a.text
    assert "overlaps" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "pytorch?? never touched it",
    "never used colab",
    "i dont know numpy at all",
    "completely new to pytorch",
])
def test_a_tool_not_known_gets_what_the_page_offers_to_start(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert "NB1" in a.text and "ask a TA" in a.text, a.text
    assert "own work" not in a.text, a.text
