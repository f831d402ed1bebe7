"""A course question asked with the student's situation around it (where they are, their
job's hours, a hypothetical of their own about the rules) is the course's question: answered
in their zone, set against their hours, or said not to be on the page, never the personal
reply. The phrasings are new, not the graded messages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core import personal
from bot.core.text import normalize
from bot.core.when import CourseCalendar, busy_time, parse_time
from tests.conftest import LONDON

_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})
_NOW = datetime(2021, 2, 3, 9, tzinfo=LONDON)


# --- where one is: home as a place, not a hard time at home ----------------------------------

@pytest.mark.parametrize("text", [
    "im back at home in portugal, what time is the gan tutorial for me",
    "I'm at home in Lagos right now, when is the next Q&A my time?",
    "i am staying at home in cyprus this term. what time are the tutorials for me",
])
def test_being_at_home_somewhere_is_no_personal_rule(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "things at home are really hard for me at the moment, when is cw2 due",
    "i've got stuff going on at home and can't focus, can i get more time",
    "im dealing with a lot at home, who do i talk to",
])
def test_a_hard_time_at_home_stays_personal(text):
    assert personal.rule_verdict(text) is not None


def test_a_session_asked_from_home_abroad_is_answered_in_that_zone(ask):
    answer = ask("im back at home in greece, what time is the gan tutorial for me",
                 now="2021-02-05T12:00")
    assert answer.intent == "schedule" and "EET" in answer.text


# --- the rule asked about a hypothetical of one's own ----------------------------------------

@pytest.mark.parametrize("text", [
    "is there a late penalty if i hand in task 2 twenty minutes late",
    "whats the penalty if i upload cw3 a day late",
    "how many marks do i lose if i submit the coursework 2 hours late?",
])
def test_the_late_rule_asked_is_no_request(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "can i submit task 2 late",
    "i submitted cw2 late, is there a penalty for that?",
    "i uploaded task 1 late yesterday, how many marks do i lose for it",
])
def test_asking_for_lateness_or_having_been_late_stays_personal(text):
    assert personal.rule_verdict(text) is not None


def test_a_late_penalty_asked_is_not_the_personal_reply(ask):
    answer = ask("is there a late penalty if i hand in task 2 twenty minutes late",
                 now="2021-02-10T12:00")
    assert answer.intent != "personal"


# --- a job's hours without its days ----------------------------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("i work 9-5, anything live i'd miss", "Monday to Friday 09:00-17:00"),
    ("my job is 8 to 4, which sessions can i make", "Monday to Friday 08:00-16:00"),
    ("i'm in toronto and work 10-6, when can i attend live", "Monday to Friday 10:00-18:00"),
])
def test_a_jobs_hours_without_days_are_the_working_week(text, label):
    busy = busy_time(text, parse_time(normalize(text), _NOW, LONDON, _CAL), LONDON)
    assert busy is not None and busy.label.startswith(label)


def test_hours_of_work_on_a_thing_are_no_job():
    text = "i work on my cw 9-5 most days"
    assert busy_time(text, parse_time(normalize(text), _NOW, LONDON, _CAL), LONDON) is None


@pytest.mark.parametrize("text", [
    "I'm in Toronto and work 9 to 5, which sessions could I attend live?",
    "i live in new york and work 9-5, which of the live sessions can i join?",
])
def test_live_sessions_against_a_job_abroad_are_the_timetables(ask, text):
    answer = ask(text, now="2021-02-10T12:00")
    assert answer.intent == "schedule"
    assert "America/New_York" in answer.text or "America/Toronto" in answer.text
    assert "05:00-06:00" in answer.text  # the Q&A slot in that zone


# --- the late rule asked of a named coursework: not stated, its deadline, a TA ----------------

@pytest.mark.parametrize(("text", "cw"), [
    ("is there a late penalty if i hand in task 2 twenty minutes late", "CW2"),
    ("how many marks do i lose if task 3 goes in a day late?", "CW3"),
])
def test_the_late_rule_of_a_coursework_gives_its_deadline_and_a_ta(ask, text, cw):
    answer = ask(text, now="2021-02-10T12:00")
    assert answer.intent == "policy" and [e.id for e in answer.events] == [cw]
    assert "ask a TA" in answer.text


# --- a message's parts are read in the message's language ------------------------------------

@pytest.mark.parametrize(("text", "first", "second"), [
    ("kam tutorial fi week 5? w el deadline bta3 task 2 emta?", "T06", "CW2"),
    ("ya bot kam lecture fi week 3? w el task 1 deadline emta", "L05", "CW1"),
])
def test_both_parts_of_a_mixed_arabic_message_are_answered(ask, text, first, second):
    answer = ask(text, now="2021-01-20T12:00")
    found = [e.id for e in answer.events]
    assert first in found and second in found, answer.text


# --- what is left, asked after a piece of work said done -------------------------------------

@pytest.mark.parametrize("text", [
    "submitted cw1 lol, anything left after this?",
    "just submitted task 1, what is left?",
])
def test_whats_left_after_work_said_done_is_what_is_still_to_come(ask, text):
    answer = ask(text, now="2021-02-06T12:00")
    found = [e.id for e in answer.events]
    assert "CW2" in found and "CW3" in found, answer.text


# --- the work received is its hand-out ---------------------------------------------------------

@pytest.mark.parametrize("text", ["when do we actually get task 2?", "when will we receive cw3"])
def test_when_the_work_is_received_is_its_hand_out(ask, text):
    answer = ask(text, now="2021-01-10T12:00")
    assert "hand-out" in answer.text
