"""Round 28 (C): a course date set against the writer's own commitment is a TA's matter; the
module's credit value, in any system's words, is not on the page (no weighting unless asked);
a quoted reminder's label is no command; a zone with no abbreviation is named by its place,
and a live session at night there is said so; help asked as the frame of one part's question
is that question. Phrasings written for the test; facts found from the schedule."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.core.multipart import split_question
from bot.core.timefmt import zone_abbrev
from tests.conftest import ids

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "the tuesday tutorial is at the same time as my dentist appointment, what now?",
    "the week 5 q&a is the same time as my econ midterm, what should i do",
    "cw3's deadline collides with an exam for another module, who do i talk to?",
    "next week's tutorial coincides with my shift at the cafe, help",
])
def test_a_course_date_against_ones_own_commitment_goes_to_a_ta(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "personal", (a.intent, a.text)
    assert "ask a TA" in a.text


@pytest.mark.parametrize("question", [
    "is the tutorial on the 23rd at the same time as the q&a?",
    "can i do both the week 7 q&a and the tutorial or do they overlap?",
])
def test_two_of_the_courses_own_sessions_are_still_checked(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "schedule" and a.answered, a.text
    assert {"qa", "tutorial"} <= {e.kind for e in a.events}


def test_a_weekly_job_asked_against_the_timetable_stays_the_timetables(ask):
    a = ask("i have a job on wednesday mornings, will that clash with anything?", now=NOW)
    assert a.intent == "schedule", a.text


@pytest.mark.parametrize("question", [
    "how many ECTS is this module worth?",
    "what's the ects value of the course",
    "how many CATS points do we get?",
    "credit points for this module?",
    "how many credits is this course worth towards my degree?",
])
def test_the_modules_credit_value_is_not_on_the_page(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "not_on_page" and not a.answered, (a.intent, a.text)
    assert "credits" in a.text and "ask a TA" in a.text
    assert "%" not in a.text  # never the mark's weighting in its place


def test_credits_beside_a_weighting_give_both(ask, schedule):
    a = ask("how many credits is the module and what % is the exam?", now=NOW)
    assert "credits" in a.text
    assert f"{schedule.assessment.exam_weight}%" in a.text


@pytest.mark.parametrize("question", ["how much is the exam worth?",
                                      "i ran out of colab credits, where else can i get a gpu?"])
def test_near_misses_of_credits_keep_their_answers(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "logistics" and "ECTS" not in a.text, a.text


@pytest.mark.parametrize("question", [
    "> Friendly reminder - cw2 is due on friday!\nwait is this true??",
    "> REMINDER: cw3 due on monday\nis that right?",
])
def test_a_quoted_reminder_is_checked_not_set(ask, question):
    a = ask(question, now=NOW)
    assert not a.commands and "reminders work in a chat" not in a.text, a.text
    assert a.text.startswith("No"), a.text
    assert ids(a) and ids(a)[0].startswith("CW")


def test_remind_me_is_still_a_command(ask):
    a = ask("remind me about cw2", now=NOW)
    assert a.commands


@pytest.mark.parametrize(("zone", "place"), [("Asia/Singapore", "Singapore"),
                                             ("Asia/Dubai", "Dubai"),
                                             ("America/Sao_Paulo", "Sao Paulo")])
def test_a_zone_without_an_abbreviation_is_named_by_its_place(zone, place):
    at = datetime(2021, 2, 16, 11, tzinfo=ZoneInfo("Europe/London")).astimezone(ZoneInfo(zone))
    assert zone_abbrev(at) == f"{place} time"


def test_a_zone_with_an_abbreviation_and_a_fixed_offset_keep_theirs():
    from datetime import timezone
    at = datetime(2021, 2, 16, 11, tzinfo=ZoneInfo("America/New_York"))
    assert zone_abbrev(at) == "EST"
    assert zone_abbrev(at.astimezone(timezone(timedelta(hours=5, minutes=30)))) == "UTC+05:30"
    assert zone_abbrev(at.astimezone(ZoneInfo("Etc/GMT-8"))) == "UTC+08:00"


@pytest.mark.parametrize(("question", "tz", "place"), [
    ("is it feasible to join the q&as live from Honolulu?", "Europe/London", "Honolulu"),
    ("are the q&as live?", "America/Los_Angeles", "Los Angeles"),
    ("can i realistically make the tutorials live? i'm in auckland", "Europe/London",
     "Auckland"),
])
def test_a_live_session_at_night_where_one_is_is_said_so(ask, question, tz, place):
    a = ask(question, now=NOW, tz=tz)
    assert a.intent == "schedule", (a.intent, a.text)
    assert a.text.startswith(f"Yes, but at night in {place}"), a.text


@pytest.mark.parametrize(("question", "tz"), [
    ("can i realistically attend the tutorial live from singapore?", "Europe/London"),
    ("are the tutorials live?", "America/New_York"),
    ("are the tutorials live?", "Europe/London"),
])
def test_a_live_session_by_day_there_is_a_plain_yes(ask, question, tz):
    a = ask(question, now=NOW, tz=tz)
    assert a.intent == "schedule" and a.text.startswith("Yes: "), (a.intent, a.text)


@pytest.mark.parametrize(("text", "asked"), [
    ("hi, when is cw1 due and could you help me with which lectures it needs?",
     "which lectures it needs"),
    ("where's the forum? i was wondering if you could help me figure out who marks cw2",
     "who marks cw2"),
    ("when is the next q&a, can u help me understand how the quizzes work",
     "how the quizzes work"),
])
def test_help_framing_a_question_in_one_part_is_that_question(text, asked):
    assert asked in split_question(text)


@pytest.mark.parametrize("text", ["help", "when is cw2 due? also can you help me?",
                                  "what can you help me with? and when is cw1 due"])
def test_help_asked_for_itself_stays(text):
    parts = split_question(text)
    assert any("help" in p for p in parts), parts


def test_a_long_message_with_help_framing_gets_no_help_block(ask):
    a = ask("hey, when is cw3 due and can you help me with who marks it? also who runs "
            "the tutorials?", now=NOW)
    assert "Ask me in your own words" not in a.text, a.text
