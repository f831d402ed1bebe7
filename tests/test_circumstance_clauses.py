"""A circumstance told before a question the course answers (a mood, the hour, a job, a visa,
an appointment) leaves that question to be answered; personal is a request for oneself (an
extension, a mark, an arrangement, a broken submission), decided per clause. A real request
of one's own is still never answered from the page. (After the eighth blind round.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core import personal

NOW = "2021-02-15T09:00"
DATA = Path(__file__).parent / "data" / "personal_clauses.jsonl"


@pytest.fixture(scope="module")
def detector(embedder):
    return personal.PersonalDetector(embedder.encode)


@pytest.mark.parametrize("text", [
    "so stressed this week, how is the final grade split?",
    "bit nervous tbh, which lectures are examinable?",
    "i have a dentist appointment on tuesday, is there a q&a that day?",
    "my visa paperwork is a nightmare, who runs the tutorials?",
    "i'm worried about time, how many days until task 3 is due?",
    "my family is visiting and im stressed, where do i find the tutorial notebooks?",
])
def test_a_mood_or_an_arrangement_beside_a_course_question_is_no_rule(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "so stressed this week, can i have a few more days for task 2?",
    "bit nervous tbh, can you tell me my cw1 mark?",
    "i have a doctor's appointment on the quiz day, can i sit it another day?",
    "my visa paperwork is a nightmare, will this affect my enrolment?",
    "im stressed, where do i find my marks?",
    # a crisis or strain written out is heard, whatever is asked beside it
    "i'm so stressed i can't sleep and i keep crying, when is the exam",
    "i've been feeling suicidal, when's the next tutorial?",
])
def test_the_same_with_a_request_of_one_s_own_or_a_crisis_stays_a_rule_s(text):
    assert personal.rule_verdict(text) is not None


@pytest.mark.parametrize("question, intent, expected", [
    ("3am and honestly freaking out, did the first coursework close already?", "deadline",
     "5 Feb"),
    ("i'm on a student visa, does the exam count more than the coursework?", "logistics",
     "50%"),
    ("got a job interview in the morning, the last coursework is due in march right? who "
     "should i ask about it", "deadline", "9 Mar"),
    ("my parents are visiting this week and im stressed, when's the next q&a?", "schedule",
     "16 Feb"),
    ("i have a hospital appointment on thursday, is there a lecture then?", "schedule",
     "Thu 18 Feb"),
])
def test_a_circumstance_then_a_course_question_gets_the_answer(ask, question, intent, expected):
    a = ask(question, now=NOW)
    assert a.intent == intent and a.answered
    assert expected in a.text and "personal circumstances" not in a.text


def test_a_question_about_passing_after_a_circumstance_gets_what_the_page_says(ask):
    # (the page gives the weights, not what is needed to pass: said so, not a private matter)
    a = ask("i'm on a student visa and need to pass this, does the exam count more than the "
            "coursework?", now=NOW)
    assert a.intent == "logistics" and "50%" in a.text
    assert "personal circumstances" not in a.text


@pytest.mark.parametrize("question", [
    "3am and honestly freaking out, can i hand the first coursework in late?",
    "i'm on a student visa and need to pass this, can you check what i got on cw1?",
    "panicking, my zip failed to upload right before seven, what do i do",
    "my landlord kicked me out this week, is there any way to get more time on task 3?",
])
def test_a_request_of_one_s_own_after_a_circumstance_stays_private(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "personal" and not a.answered
    assert not a.events


def test_the_detector_misses_no_request_of_one_s_own_in_the_clause_set(detector):
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    missed = [r["message"] for r in rows if r["personal"] and not detector.is_personal(
        r["message"])]
    assert not missed
