"""Round 14: entities and times read as students write them: numbers dictated or in roman
numerals, staff named roughly, a weekend named by a deadline, and a session's length or
end asked (answered from its start and end on the page)."""

from __future__ import annotations

import re

import pytest

from bot.core.understand import spoken_ids
from tests.conftest import ids

MONDAY = "2021-02-15T09:00"  # week 6; Tue 16 Feb holds a Q&A (10-11) and a tutorial (11-12)


@pytest.mark.parametrize("text, read", [
    ("what is lecture xix about", "what is lecture 19 about"),
    ("task ii due", "task 2 due"),
    ("lecture nine teen", "lecture nineteen"),
    ("the four teenth", "the fourteenth"),
    ("in week i missed the q&a", "in week i missed the q&a"),  # the pronoun stays
    ("lecture in new york time", "lecture in new york time"),  # no numeral in "in"
    ("week li", "week li"),
])
def test_numbers_dictated_or_roman_are_read_as_numbers(text, read):
    assert spoken_ids(text) == read


@pytest.mark.parametrize("question, lecture", [
    ("what's in lecture XIX", "L19"),
    ("lecture six teen topic?", "L16"),
    ("whats lecture seventeen a about", "L17a"),
    ("lec 17 a - what's it on", "L17a"),
    ("topic of lecture ix", "L09"),
])
def test_a_lecture_said_these_ways_is_that_lecture(ask, question, lecture):
    answer = ask(question, now=MONDAY)
    assert ids(answer) and ids(answer)[0] == lecture, (ids(answer), answer.text)


@pytest.mark.parametrize("question, name", [
    ("is stacy assessing task 3", "Stacey"),       # a name that is a word too, as a person
    ("who's dipalo", "Di Palo"),                   # a two-word surname run together
    ("is srini running a tutorial", "Srinivasan"),  # its start
    ("who is reynold", "Reynaud"),                 # two letters off
])
def test_staff_named_roughly_are_found(ask, question, name):
    answer = ask(question, now=MONDAY)
    assert answer.intent == "people" and name in answer.text, (answer.intent, answer.text)


def test_a_word_like_a_name_is_no_person_outside_a_persons_place(ask):
    answer = ask("is there space for everyone in the tutorial tomorrow", now=MONDAY)
    assert "Spies appears" not in answer.text, answer.text


@pytest.mark.parametrize("question, first", [
    ("how long is tomorrows tut", r"runs 11:00-12:00 GMT: 1 hour"),
    ("what time does the q&a finish tomorrow", r"Q&A on Tue 16 Feb 2021 ends at 11:00 GMT"),
    # (round 25: a session against a clock bound, as deadlines are: "it ends 1 hour before")
    ("will i be done by 1 tomorrow, got the tutorial",
     r"^Yes: .*ends at 12:00 GMT, by 13:00|^Yes, it ends 1 hour before 13:00 \(GMT\)"),
    ("would the q and a tomorrow be over before 10:30", r"^No: .*ends at 11:00 GMT, after 10:30"),
    ("is tomorrow's tutorial two hours long", r"^No: .*runs 11:00-12:00 GMT: 1 hour"),
])
def test_a_sessions_length_or_end_is_said_first(ask, question, first):
    answer = ask(question, now=MONDAY)
    assert re.search(first, answer.text.splitlines()[0]), answer.text


def test_a_length_is_shown_in_the_askers_zone(ask):
    answer = ask("when does the tutorial tomorrow end", now=MONDAY, tz="America/New_York")
    assert answer.text.startswith("The tutorial on Tue 16 Feb 2021 ends at 07:00 EST"), answer.text


def test_a_length_guessed_of_a_kind_is_answered_yes_or_no(ask):
    assert ask("are the q&as an hour?", now=MONDAY).text.startswith("Yes: ")
    assert ask("is a tutorial 2 hours", now=MONDAY).text.startswith("No: ")


@pytest.mark.parametrize("question, day", [
    ("anything on the weekend before the deadline?", "Sat 20 Feb 2021"),  # the next: CW2
    ("what's happening the weekend before task 3 is due", "Sat 6 Mar 2021"),
    ("whats on the weekend after cw1 is due", "Sat 6 Feb 2021"),
])
def test_a_weekend_named_by_a_deadline_is_that_weekend(ask, question, day):
    answer = ask(question, now="2021-02-01T09:00" if "cw1" in question else MONDAY)
    assert day in answer.text and "(weekends)" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "shown"), [
    ("PST: when's cw1 due", "11:00 PST"),
    ("cw1 deadline?? im on AEDT", "06:00 AEDT"),
    ("JST - when does cw1 close", "04:00 JST"),
])
def test_a_zone_abbreviation_alone_at_either_end_is_the_zone_asked(ask, question, shown):
    assert shown in ask(question, "2021-01-20T12:00").text
