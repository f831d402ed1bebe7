"""Issue 13 (round 24): a yes/no is answered on the predicate it asks. A Yes from a check of
something else (a time, a person) is not given when the question asks whether a session is
recorded or where it is held; a clock time said as a bound is compared, not matched; two
kinds of session set in order are put in order; "is it in UK time?" keeps the asker's zone."""

from __future__ import annotations

import pytest

from bot.core.clock_bound import bound_side
from bot.core.whose_zone import asks_if_in_zone

# 1. the property asked (recorded, where) decides the lead

@pytest.mark.parametrize("question, now", [
    ("i've a physio slot on tuesday morning, will the graph networks lecture get recorded?",
     "2021-02-21T12:00"),
    ("busy with a job shift tmrw morning, is the live lecture going to be recorded?",
     "2021-02-22T20:00"),
])
def test_busy_then_asked_if_recorded_says_the_page_does_not_say(ask, question, now):
    a = ask(question, now=now)
    assert not a.text.startswith("Yes")
    assert "doesn't say" in a.text
    assert "teaching assistant" in a.text and not a.answered


@pytest.mark.parametrize("question", [
    "is bronstein's lecture going to be on teams? there's no link",
    "is bronstein's lecture on zoom or what",
])
def test_a_persons_session_asked_where_gets_no_yes_from_the_person_check(ask, question):
    a = ask(question, now="2021-02-22T09:00")
    assert not a.text.startswith("Yes")
    assert "no place for lectures" in a.text or "online" in a.text


def test_a_platform_the_page_does_not_give_is_a_no(ask):
    a = ask("is kainz's q&a happening on zoom? haven't got a link", now="2021-01-20T10:00")
    assert a.text.startswith("No") and "MS Teams" in a.text


@pytest.mark.parametrize("question, now, lead", [
    # near-misses: the property is not asked, the handler's own Yes stands
    ("does bronstein teach a lecture next week?", "2021-02-15T10:00", "Yes"),
    ("is there a tutorial tomorrow?", "2021-02-08T20:00", "Yes"),
    ("i'm busy tuesday mornings, will i miss anything?", "2021-02-08T20:00", "Yes"),
    # a pre-recorded lecture asked if recorded: its own handler checked that
    ("is lecture 4 recorded?", "2021-02-08T20:00", "Yes"),
])
def test_a_yes_on_what_was_checked_stands(ask, question, now, lead):
    assert ask(question, now=now).text.startswith(lead)


# 2. a clock time said as a bound is compared in the asker's zone

@pytest.mark.parametrize("question, tz, lead", [
    ("cw1 is in before 9pm for me right?", "Asia/Kolkata", "No, 3 hours 30 minutes after 21:00"),
    ("is coursework 2 due earlier than 6pm?", "Europe/London", "No, 1 hour after 18:00"),
    ("does task 2 close before 8pm?", "Europe/London", "Yes, 1 hour before 20:00"),
    ("is the cw3 deadline after midnight for me?", "Australia/Sydney",
     "Yes, 6 hours after midnight"),
    ("will cw3 be due before midnight where i am?", "Europe/Moscow",
     "Yes, 2 hours before midnight"),
    ("will cw3 be due before midnight where i am?", "Asia/Karachi", "No, exactly at midnight"),
    ("does cw2 have to be in by 7pm?", "Europe/London", "Yes, exactly at 19:00"),
])
def test_a_deadline_against_a_bound_is_compared(ask, question, tz, lead):
    a = ask(question, now="2021-01-20T10:00", tz=tz)
    assert a.intent == "deadline" and a.text.startswith(lead)


@pytest.mark.parametrize("question, lead", [
    ("is cw1 due at 7pm?", "Yes:"),  # near-misses: a time said as the time itself
    ("is cw1 due at 8pm?", "No, not at 20:00"),
])
def test_a_deadline_at_a_time_is_still_matched(ask, question, lead):
    assert ask(question, now="2021-01-20T10:00").text.startswith(lead)


def test_bound_words():
    text = "is it due before 20:00 or later than 18:00 or at 17:00"
    assert bound_side(text, text.index("20:00")) == "before"
    assert bound_side(text, text.index("18:00")) == "after"
    assert bound_side(text, text.index("17:00")) is None
    assert bound_side("due by 19:00", 7) == "by"


# 3. two kinds of session set in order

@pytest.mark.parametrize("question, tz, lead, first", [
    ("does the Q&A come after the tut?", "America/New_York", "No:", "05:00 EST"),
    ("the tutorial happens after the q and a, yeah?", "Europe/London", "Yes:", "11:00 GMT"),
    ("is the tutorial after the q&a in week 4?", "Europe/London", "Yes:", "11:00 GMT"),
    ("the tutorial is earlier than the q&a on tuesdays isn't it?", "Asia/Tokyo", "No:",
     "20:00 JST"),
])
def test_two_kinds_in_order(ask, question, tz, lead, first):
    a = ask(question, now="2021-02-01T10:00", tz=tz)
    assert a.text.startswith(lead) and first in a.text.splitlines()[0]


def test_the_day_the_order_differs_is_said_apart(ask):
    a = ask("the Q&A is before the tutorial on tuesdays, right?", now="2021-02-01T10:00")
    assert a.text.startswith("Yes:") and "Except on Tue 23 Feb 2021" in a.text


def test_two_named_sessions_keep_their_own_order_answer(ask):
    # near-miss: two lectures named by topic are ordered by answer_order as before
    a = ask("is the gan lecture before the rnn lecture?", now="2021-02-01T10:00")
    assert a.text.startswith("Yes: Lecture 17")


# 4. "is it in UK time?": the page's zone said, the times shown in the asker's

@pytest.mark.parametrize("question, tz, theirs", [
    ("the 11am tutorial, is that in london time? i live in singapore", "Europe/London",
     "19:00-20:00"),
    ("the cw1 deadline is UK time right?", "America/Chicago", "13:00 CST"),
    ("Is tuesday's 10:00 q&a on UK time? I'm based in Spain", "Europe/London", "11:00-12:00 CET"),
])
def test_in_course_time_yes_then_the_asker_s_time(ask, question, tz, theirs):
    a = ask(question, now="2021-01-20T10:00", tz=tz)
    assert a.text.startswith("Yes: the course page gives its times in course time")
    assert theirs in a.text


@pytest.mark.parametrize("message, asks", [
    ("is the wednesday 2pm lab in uk time?", True),
    ("those times are london time yeah?", True),
    ("when is the q&a in uk time?", False),  # a conversion asked, not a yes/no
    ("is the tutorial at 11 in new york time?", False),  # a clock time said in that zone
    ("is the tutorial at 3pm in sydney time?", False),
])
def test_asks_if_in_zone(message, asks):
    assert asks_if_in_zone(message) is asks


def test_a_time_said_in_a_zone_is_still_checked_there(ask):
    a = ask("is the tutorial at 6am in new york time?", now="2021-02-01T10:00")
    assert not a.text.startswith("Yes: the course page") and "06:00-07:00 EST" in a.text
