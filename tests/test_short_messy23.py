"""Short and messy messages (round 23, issue 13)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.text import normalize
from bot.nlu.commands import parse_command
from tests.conftest import ids

# Sundays, the last day of a Monday-to-Sunday week: CW1 is due Fri 5 Feb, CW2 Tue 23 Feb.
SUNDAY_BEFORE_CW1 = "2021-01-31T16:00"
SUNDAY_BEFORE_CW2 = "2021-02-21T10:00"


@pytest.mark.parametrize(("question", "now", "due"), [
    ("my son says there's a big assignment due this week, when is it?", SUNDAY_BEFORE_CW1,
     "CW1"),
    ("any coursework coming up this week?", SUNDAY_BEFORE_CW2, "CW2"),
    ("whats due this week", SUNDAY_BEFORE_CW2, "CW2"),
])
def test_this_week_on_a_sunday_is_the_week_ahead(ask, question, now, due):
    answer = ask(question, now=now)
    assert ids(answer) == [due]
    assert "no coursework deadline this week" not in answer.text.lower()
    assert answer.text.startswith("The next coursework deadline is")


@pytest.mark.parametrize(("question", "now"), [
    # a Sunday with nothing in the seven days ahead either
    ("anything due this week?", "2021-02-14T15:00"),
    # a Saturday: more than a day of the week is left
    ("anything due this week?", "2021-02-20T11:00"),
])
def test_this_week_stays_the_calendar_week_otherwise(ask, question, now):
    answer = ask(question, now=now)
    assert answer.text.startswith("There is no coursework deadline this week.")


def test_what_was_due_this_week_keeps_its_week(ask):
    answer = ask("what was due this week?", now="2021-02-07T11:00")
    assert ids(answer) == ["CW1"]


# A reminder asked in plain words: being written to ahead of a kind of session or deadline,
# with a lead ("the day before", "3 days before"), is the reminder command.
@pytest.mark.parametrize(("text", "kinds", "days"), [
    ("can u text me the day before each tutorial", {"tutorial"}, 1),
    ("pls message me 3 days before every deadline", {"deadline"}, 3),
    ("could you email me two days before the q&as", {"qa"}, 2),
])
def test_being_written_to_ahead_is_a_reminder(text, kinds, days):
    command = parse_command(text)
    assert command is not None and command.action == "subscribe"
    assert command.kinds == frozenset(kinds)
    assert command.offsets == (timedelta(days=days),)


def test_written_to_the_evening_before_is_a_reminder():
    command = parse_command("message me the evening before tutorials")
    assert command is not None and command.action == "subscribe" and command.evening


@pytest.mark.parametrize("text", [
    "can you email me the slides for the tutorial",   # no lead: something sent, no reminder
    "dm me the notes before the tutorial",
    "my tutor messaged me the evening before the tutorial",  # someone else writing
    "text me about the deadline",
])
def test_being_written_to_without_a_lead_is_no_reminder(text):
    assert parse_command(text) is None


@pytest.mark.parametrize("question", [
    "could u remind me like 3 days before every cw is due? i keep forgetting",
    "can you ping me the day before tutorials? i never remember them",
    "text me 2 days before each deadline pls, i always lose track",
])
def test_a_reason_beside_a_reminder_is_not_a_second_question(ask, question):
    answer = ask(question)
    assert answer.intent == "remind"
    assert "don't know" not in answer.text


def test_a_question_beside_a_reminder_is_still_answered(ask):
    answer = ask("remind me 2 days before deadlines? and when is the next q&a")
    assert "Q&A" in answer.text


# A lecture named by its lecturer, asked of as examinable: the page's examinable rule for that
# lecture (or that the rule does not cover it), never a listing of the person.
@pytest.mark.parametrize("question", [
    "does bronstein's lecture come up in the exam?",
    "bronsteins graph lecture, examinable??",
    "is the lecture by bronstein gonna be on the exam",
])
def test_a_lecturers_lecture_asked_as_examinable(ask, question):
    answer = ask(question)
    assert answer.intent == "logistics"
    assert "appears on the course page for" not in answer.text
    assert not answer.text.startswith("Yes")
    assert "doesn't say whether lecture 22" in answer.text


def test_who_is_a_lecturer_is_still_a_listing(ask):
    answer = ask("who is bronstein?")
    assert answer.intent == "people"


# "life" set against "recorded" is "live" misspelt; any other life stays.
@pytest.mark.parametrize(("text", "read"), [
    ("is the graph lecture life or recorded", "is the graph lecture live or recorded"),
    ("recorded or life??", "recorded or live??"),
    ("life or pre-recorded?", "live or pre-recorded?"),
])
def test_life_against_recorded_is_live(text, read):
    assert normalize(text) == read


@pytest.mark.parametrize("text", ["real life uses of gans", "life and death", "life or death"])
def test_other_lives_stay(text):
    assert normalize(text) == text


def test_a_misspelt_live_lecture_has_its_lecturer(ask):
    answer = ask("is the gnn lecture life or recorded?")
    assert "is live" in answer.text
