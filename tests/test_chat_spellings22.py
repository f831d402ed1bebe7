"""Round 22: text-message spellings of time words ("2moro", "nxt wk", "2nite", "b4") and "n"
for "and" are read as the words they stand for before a message is split, corrected or read
for its time; "2moro" had become "2more" and the day was lost. Phrasings are new."""

from __future__ import annotations

import pytest

from bot.core.text import read_chat_spellings

MONDAY = "2021-02-01T12:00"  # the day before a Tuesday with a Q&A and a tutorial


@pytest.mark.parametrize("question", [
    "wat tutorial topics r on 2moro",
    "what's the tut about 2morrow?",
    "tutorial topics tmrw pls",
    "wot r we covering in the tutorial 2mrw",
])
def test_tomorrow_spelt_short_is_the_day(ask, question):
    a = ask(question, now=MONDAY)
    assert "Tue 2 Feb 2021" in a.text
    assert "T01" not in a.text and "T09" not in a.text  # not every tutorial


@pytest.mark.parametrize("question", [
    "any deadlines nxt wk",
    "is anything due nxt wk?",
    "deadlines next wk?",
])
def test_next_week_spelt_short(ask, question):
    a = ask(question, now=MONDAY)
    assert "next week" in a.text.lower()
    assert "CW3 Coursework Task 3 deadline" not in a.text  # not the whole list


@pytest.mark.parametrize("question", [
    "is there a q&a 2day",
    "wat sessions r on 2day",
])
def test_today_spelt_short(ask, question):
    a = ask(question, now="2021-02-02T08:00")
    assert "Today (Tue 2 Feb 2021)" in a.text


@pytest.mark.parametrize("question", [
    "how many cws r there n when r they all due",
    "how many coursework tasks r there n when are they due",
])
def test_n_for_and_splits_the_questions(ask, question):
    a = ask(question, now=MONDAY)
    assert "3 coursework tasks" in a.text
    assert "Tue 9 Mar 2021" in a.text  # the due dates, not dropped


@pytest.mark.parametrize("text, read", [
    ("is there a q n a 2nite", "is there a q n a tonight"),
    ("what is n in the formula", "what is n in the formula"),
    ("Tmrw's tut b4 lunch", "tomorrow's tut before lunch"),
    ("task 2b4", "task 2b4"),
    ("is it 2 hrs n where is it", "is it 2 hours and where is it"),
])
def test_only_whole_chat_spellings_are_read(text, read):
    assert read_chat_spellings(text) == read


@pytest.mark.parametrize("question", [
    "how many coursework tasks are there? when are they due",
    "how many cws do we get, and when are those due",
    "how many deadlines r there n when are they",
])
def test_they_after_a_count_asks_of_every_one(ask, question):
    a = ask(question, now=MONDAY)
    assert "Tue 9 Mar 2021" in a.text  # the last of them, not only the next one
