"""Days named by a well-known name, and dates that do not exist (issue 13)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.answer import AskContext
from bot.core.named_days import easter
from tests.conftest import LONDON


def _ask(assistant, text: str, when: str = "2021-01-20T12:00"):
    return assistant.answer(text, AskContext(datetime.fromisoformat(when).replace(
        tzinfo=LONDON), LONDON))


@pytest.mark.parametrize("year, day", [(2021, date(2021, 4, 4)), (2024, date(2024, 3, 31)),
                                       (2019, date(2019, 4, 21)), (2025, date(2025, 4, 20))])
def test_easter_is_computed_from_the_year(year, day):
    assert easter(year) == day


@pytest.mark.parametrize("text, shown", [
    ("anything on valentine's day", "14 Feb 2021"),
    ("is there anything happening on valentines day?", "14 Feb 2021"),
    ("whats on pancake day", "16 Feb 2021"),
    ("is there a q&a on shrove tuesday", "16 Feb 2021"),
    ("anything on ash wednesday?", "17 Feb 2021"),
    ("anything on christmas eve", "24 Dec 2020"),
    ("what's on new year's day", "1 Jan 2021"),
    ("any sessions on st patrick's day", "17 Mar 2021"),
])
def test_a_day_named_by_its_name_is_read_as_its_date(assistant, text, shown):
    answer = _ask(assistant, text)
    assert shown in answer.text.splitlines()[0], (text, answer.text)


@pytest.mark.parametrize("text, said", [
    ("anything on 29 feb", "29 February 2021"),
    ("is there a tutorial on 31st april?", "31 April 2021"),
    ("what's happening feb 30", "30 February 2021"),
    ("any deadline on the 31st of june", "31 June 2021"),
])
def test_a_date_that_does_not_exist_is_said_not_to(assistant, text, said):
    answer = _ask(assistant, text)
    assert f"There is no {said}" in answer.text, (text, answer.text)
    assert "Next up" not in answer.text


@pytest.mark.parametrize("text, line", [
    ("which week is cw2 due in", "CW2 is due in week 7"),
    ("cw3 deadline is in which week?", "CW3 is due in week 9"),
    ("what week is task 1 due", "CW1 is due in week 4"),
    ("week number of the cw1 deadline?", "CW1 is due in week 4"),
])
def test_the_course_week_of_a_deadline_asked_is_said(assistant, text, line):
    answer = _ask(assistant, text)
    assert answer.text.startswith(line), (text, answer.text)
    assert " 2021, 19:00" in answer.text  # and its date


def test_the_week_is_not_added_when_not_asked(assistant):
    assert "is due in week" not in _ask(assistant, "when is cw2 due").text


@pytest.mark.parametrize("text", [
    "when does it all begin", "when does it all start? first thing i need to attend",
    "so when does all of it start"])
def test_it_all_starting_is_the_course_start(assistant, text):
    answer = _ask(assistant, text, "2021-01-05T12:00")
    assert answer.text.startswith("Week 1 starts Mon 11 Jan 2021"), (text, answer.text)


@pytest.mark.parametrize("text", [
    "first thing i need to attend", "the first thing i'm supposed to attend",
    "whats the first thing we have to attend?"])
def test_the_first_thing_to_attend_is_a_session_not_a_rule(assistant, text):
    answer = _ask(assistant, text, "2021-01-05T12:00")
    assert "Tue 19 Jan 2021, 11:00-12:00" in answer.text, (text, answer.text)
    assert "compulsory" not in answer.text
