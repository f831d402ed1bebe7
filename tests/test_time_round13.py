"""Round 13: times, ranges and availability (offsets with minutes, availability verdicts,
what is not examinable, catch-up summaries with dates)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.answer import AskContext
from bot.core.zones import find_zone
from tests.conftest import LONDON


def _ask(assistant, text: str, when: str):
    return assistant.answer(text, AskContext(datetime.fromisoformat(when).replace(
        tzinfo=LONDON), LONDON))


@pytest.mark.parametrize("text, minutes", [
    ("deadline in utc+5:30", 330), ("next q&a for gmt+9.30", 570), ("cw2 in utc-3:30", -210),
    ("tutorial in gmt+8", 480)])
def test_an_offset_said_with_its_minutes_keeps_them(text, minutes):
    zone = find_zone(text)[0]
    offset = zone.utcoffset(datetime(2021, 2, 15, 9))
    assert offset.total_seconds() / 60 == minutes, (text, offset)


def test_a_deadline_in_a_half_hour_zone_is_shown_at_its_half_hour(assistant):
    answer = _ask(assistant, "when is cw3 due in utc+5:30", "2021-02-15T09:00")
    assert "00:30 UTC+05:30" in answer.text, answer.text


@pytest.mark.parametrize("text, when", [
    ("i do shifts on mondays and tuesdays, will i miss the live sessions?", "2021-01-17T14:00"),
    ("got a job every tuesday, does it clash with the tutorials", "2021-02-03T12:00"),
])
def test_a_weekly_time_holding_every_session_is_answered_yes_first(assistant, text, when):
    answer = _ask(assistant, text, when)
    first = answer.text.splitlines()[0]
    assert answer.intent == "schedule", answer.text
    assert first.startswith("Yes: every session still to come"), answer.text
    assert "Tuesdays, 10:00-12:00" in first, answer.text
    assert "pre-recorded" in answer.text, answer.text


def test_a_weekly_time_holding_nothing_is_answered_no_with_deadlines_then(assistant):
    answer = _ask(assistant, "any live sessions in the evenings?", "2021-02-08T09:00")
    assert answer.text.startswith("No: none of the course's sessions"), answer.text
    assert "Deadlines do fall in that time" in answer.text and "19:00" in answer.text


def test_a_time_one_is_free_is_not_answered_as_a_time_one_is_taken(assistant):
    answer = _ask(assistant, "im only available on thursdays, will i miss the live sessions?",
                  "2021-01-20T21:30")
    assert answer.text.startswith("Yes, you would miss them live: none"), answer.text
    answer = _ask(assistant, "i'm free on tuesday mornings, what sessions are then?",
                  "2021-02-03T12:00")
    assert answer.text.startswith("Every session still to come"), answer.text


def test_a_plain_what_is_on_is_listed_without_a_verdict(assistant):
    answer = _ask(assistant, "whats on tuesday morning", "2021-02-12T10:00")
    assert not answer.text.startswith(("Yes", "No")), answer.text


def test_a_start_alone_says_the_hour_assumed_and_the_rest_of_that_day(assistant):
    answer = _ask(assistant, "physio at 3pm on tuesday 23 feb, will i miss anything?",
                  "2021-02-18T12:00")
    assert "an hour from the time you said" in answer.text, answer.text
    assert "Also that day" in answer.text and "Coursework Task 2" in answer.text


def test_another_modules_exam_set_against_the_course_is_a_clash(assistant):
    answer = _ask(assistant, "i sit a test for another module on 16 feb at 10am, does that "
                  "clash?", "2021-02-10T10:00")
    assert answer.intent == "schedule", answer.text
    assert "Q&A" in answer.text and "Right after that hour" in answer.text


@pytest.mark.parametrize("text", ["which lectures aren't examinable?",
                                  "which lectures are excluded from the exam"])
def test_what_is_not_examinable_says_the_page_excludes_nothing(assistant, text):
    answer = _ask(assistant, text, "2021-02-20T12:00")
    assert "doesn't say that any lecture is not examinable" in answer.text, answer.text
    assert "lecture 22" in answer.text and "ask a TA" in answer.text


def test_a_catch_up_dates_its_sessions_and_deadlines(assistant):
    answer = _ask(assistant, "was away all of week 4, what did i miss?", "2021-02-09T12:00")
    assert "a Q&A (Tue 2 Feb, 10:00" in answer.text, answer.text
    assert "(Tue 2 Feb, 11:00)" in answer.text and "due Fri 5 Feb, 19:00" in answer.text
    assert "pre-recorded lectures 09" in answer.text


def test_tonight_after_midnight_says_how_it_is_read(assistant):
    answer = _ask(assistant, "anything on tonight?", "2021-02-16T00:40")
    assert "past midnight" in answer.text, answer.text
