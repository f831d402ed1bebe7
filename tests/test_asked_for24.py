"""What a schedule question asks for (round 24): the last N before now (a shared tutorial
slot one session, its topics all named), staff ranked by how often one sees them, every part
of a series of materials, and a reminder asked "so I don't forget" read as one to set."""

from __future__ import annotations

import pytest

from bot.core.count_asked import count_asked, past_count_asked
from bot.core.series import series_stem
from bot.nlu.commands import parse_command
from tests.conftest import ids


@pytest.mark.parametrize("text, n", [
    ("what did the previous three tutorials cover", 3),
    ("the two most recent q&as", 2),
    ("the past couple of sessions", 2),
    ("the latest 2 deadlines", 2),
    ("the 3 last lectures", 3),
])
def test_a_past_count_is_read(text, n):
    assert past_count_asked(text) == n
    assert count_asked(text) is None


@pytest.mark.parametrize("text", [
    "the past two weeks", "the last 3 days", "the last tutorial", "the previous session",
    "the next two tutorials",
])
def test_a_span_or_a_single_one_is_no_past_count(text):
    assert past_count_asked(text) is None


@pytest.mark.parametrize("question", [
    "what did the previous 3 tutorials go over",
    "what were the two most recent tutorials about",
    "which topics came up in the past couple of tutorials",
])
def test_the_last_tutorials_are_the_latest_sessions_before_now(ask, question):
    a = ask(question, now="2021-02-24T12:00")
    assert "share one session" not in a.text
    got = ids(a)
    assert "T09" in got and "T01" not in got
    assert "TUT-W8" not in got  # after now


def test_a_shared_slot_counts_once_with_both_topics(ask):
    a = ask("what were the previous two tutorials on", now="2021-02-17T12:00")
    assert ids(a) == ["T06", "T07", "T08"]
    assert "The last 2 tutorials" in a.text


def test_next_count_of_tutorials_is_not_the_shared_slots(ask):
    a = ask("what are the coming next two tutorials about", now="2021-02-10T12:00")
    assert "share one session" not in a.text
    assert ids(a)[:1] == ["T07"]


@pytest.mark.parametrize("question", [
    "which weeks have two tutorials in one session",
    "when are tutorials doubled up",
])
def test_shared_slots_still_answered(ask, question):
    assert "share one session" in ask(question, now="2021-02-10T12:00").text


def test_the_last_deadlines_before_now(ask):
    a = ask("when were the previous 2 deadlines", now="2021-03-12T12:00")
    assert a.intent == "deadline"
    assert ids(a) == ["CW2", "CW3"]


@pytest.mark.parametrize("question", [
    "who will I bump into most frequently across the live sessions",
    "who do i see the most in the q&as",
    "which TA will I see most often",
    "who am i likely to run into most regularly",
])
def test_staff_ranked_by_how_often_they_are_seen(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent == "people"
    assert "the course page names people for, the most:" in a.text


def test_live_sessions_leave_out_the_prerecorded_lectures(ask):
    a = ask("who will I see most often in the live sessions", now="2021-02-10T12:00")
    assert "Counting the live sessions" in a.text
    assert "of 23" not in a.text  # the pre-recorded lectures are not counted


@pytest.mark.parametrize("question", [
    "who do I see in the live sessions",
    "who runs the tutorials",
])
def test_who_runs_sessions_is_not_a_ranking(ask, question):
    assert "the most:" not in ask(question, now="2021-02-10T12:00").text


@pytest.mark.parametrize("title, stem", [
    ("Introduction to Keras II (notebook II)", "introduction to keras"),
    ("Optimisation part 2", "optimisation"),
    ("Sequence models 1", "sequence models"),
    ("Lecture 3", None),
    ("Word2vec", None),
    ("U-Net", None),
])
def test_series_stem(title, stem):
    assert series_stem(title) == stem


@pytest.mark.parametrize("question", [
    "never touched pytorch, any beginner material?",
    "any intro notebooks on pytorch i could read?",
])
def test_every_part_of_a_series_is_listed(ask, question):
    a = ask(question, now="2021-01-17T12:00")
    assert "NB1" in a.text and "NB2" in a.text


@pytest.mark.parametrize("text", [
    "could you text me 2 days before every deadline so that i do not forget",
    "nudge me the evening before each quiz so i won't miss it",
    "remind me an hour before the q&as, otherwise i never remember",
])
def test_a_reason_not_to_forget_is_no_stop(text):
    command = parse_command(text)
    assert command is not None and command.action in ("subscribe", "only", "add")


@pytest.mark.parametrize("text", [
    "don't remind me about tutorials anymore",
    "stop the deadline reminders",
    "no more reminders for q&as please",
])
def test_a_stop_is_still_a_stop(text):
    command = parse_command(text)
    assert command is not None and command.action in ("remove", "unsubscribe")
