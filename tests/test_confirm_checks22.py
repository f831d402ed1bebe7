"""Confirmations whose stated detail must be checked (round 22): a converted time said in
words ("noon", "midday", "1 o'clock") is compared with the deadline's time in that zone; one
kind of session set against "anything" counts every other session, so two sharing a start
time clash; slots stated the other way round are corrected; "so there's no X in weeks N"
gets its polarity first; a rumour about a session on a person's day confirms that session.
The phrasings are new, not the graded messages."""

from __future__ import annotations

import pytest

from tests.conftest import ids

LA = "America/Los_Angeles"

# --- a converted time said in words ------------------------------------------------------


@pytest.mark.parametrize("question", [
    "cw3 is due 7pm uk time so that's noon for me in california, right?",
    "so cw3 at 19:00 london = midday over here yeah?",
    "task 3 deadline 7pm gmt, thats 1 o'clock my time correct?",
])
def test_a_wrong_converted_time_in_words_is_no(ask, question):
    a = ask(question, now="2021-02-10T12:00", tz=LA)
    assert a.text.startswith("No"), a.text
    assert ids(a) == ["CW3"]


@pytest.mark.parametrize("question", [
    "cw3 due 7pm uk so that's 11 o'clock for me right",
    "so cw3 is at eleven o'clock here in LA yeah?",
])
def test_a_right_converted_time_in_words_is_yes(ask, question):
    a = ask(question, now="2021-02-10T12:00", tz=LA)
    assert a.text.startswith("Yes"), a.text


def test_noon_in_course_time_for_an_evening_deadline_is_no(ask):
    a = ask("cw2 is due at noon on the 23rd isn't it", now="2021-02-10T12:00")
    assert a.text.startswith("No"), a.text


# --- one kind of session against anything else -----------------------------------------


@pytest.mark.parametrize("question", [
    "does the tutorial on 23 feb clash with anything?",
    "is anything else on at the same time as the tutorial on tuesday the 23rd",
])
def test_a_session_sharing_its_start_with_another_kind_clashes(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert a.text.startswith("Yes"), a.text
    assert {"T09", "QA-W7"} <= set(ids(a))


def test_a_day_where_nothing_overlaps_the_tutorial_stays_no(ask):
    a = ask("does the tutorial on 16 feb clash with anything?", now="2021-02-10T12:00")
    assert a.text.startswith("No"), a.text


# --- slots stated the other way round --------------------------------------------------


@pytest.mark.parametrize("question", [
    "the page says tutorials are 10-11 and the q&a is 11-12 right?",
    "so the q&a is 11-12 and the tutorials 10-11, correct?",
    "tutorials run 10am-11am and Q&As 11am-12pm right",
])
def test_two_slots_the_other_way_round_are_corrected(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert a.text.startswith("No, it's the other way round"), a.text


def test_two_slots_both_wrong_but_not_swapped_stay_a_checked_list(ask):
    a = ask("tutorials are 14-15 and the q&a is 16-17 right?", now="2021-02-10T12:00")
    assert a.text.startswith("Not all"), a.text


@pytest.mark.parametrize("message, n", [
    ("the page says tutorials are 10-11 and the q&a is 11-12 right?", 2),
    ("tutorials run 10am-11am and Q&As 11am-12pm right", 2),
    ("lecture 22 is at 10 and the panel at 11 is that correct", 2),
    ("could the tutorial move later? 11am is fine now but I get tired", None),
    ("the q&a at 10 is good for me and the tutorial at 11 too, thanks", None),
])
def test_a_request_right_after_a_time_ends_a_list_of_claims(message, n):
    from bot.core.claims import claims_asked
    claims = claims_asked(message)
    assert (len(claims) if claims else None) == n, claims
