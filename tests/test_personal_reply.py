"""The personal-matter reply: a person is offered, privately, whatever the matter; someone
who says they are ill hears that first. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.text import normalize
from bot.nlu.safety import refusal

NOW = "2021-02-20T11:00"


@pytest.mark.parametrize("text", [
    "i was in hospital all week with appendicitis, can i have more time for task 2",
    "came down with flu on monday and couldnt work, could i get an extension for cw2?",
])
def test_someone_ill_hears_sorry_then_is_offered_a_ta_privately(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and not a.answered
    assert a.text.startswith(W.PERSONAL_UNWELL)
    assert 'say "ask a TA"' in a.text and "privately" in a.text


@pytest.mark.parametrize("text", [
    "my cw1 mark looks wrong, part 2 seems to have been skipped in the marking, who do i talk to",
    "i uploaded the wrong zip for task 1 just before the deadline, can it be swapped?",
])
def test_other_matters_get_the_private_ta_offer_without_the_apology(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and not a.answered
    assert W.PERSONAL_UNWELL not in a.text
    assert 'say "ask a TA"' in a.text and "only the course staff" in a.text


@pytest.mark.parametrize(("text", "unwell"), [
    ("I have been sick since tuesday", True),
    ("i'm so sick of this notebook", False),
    ("my flatmate has covid but i'm fine", False),
    ("i tested positive on friday", True),
    ("is the q&a recorded if someone is ill", False),
])
def test_who_is_unwell_is_the_writer_in_the_first_person(text, unwell):
    assert ("unwell" in personal.matter(text)) is unwell


# --- another student's record -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "did my housemate already upload cw3? he is asleep",
    "has my coursemate sam handed in task 1",
    "how much did my girlfriend score in the week 5 quiz",
])
def test_whether_another_student_handed_in_or_what_they_got_is_theirs(text):
    assert refusal(normalize(text)) == "others_data"


@pytest.mark.parametrize("text", [
    "my flatmate says task 3 is due on the 9th, is that right?",
    "did my submission for cw2 go through",
    "has the week 5 quiz been released",
])
def test_a_course_question_that_mentions_someone_is_not_refused(text):
    assert refusal(normalize(text)) is None


# --- whether the timetable lets one be there ----------------------------------------------

@pytest.mark.parametrize("text", [
    "i do evening shifts at a restaurant, could i still catch the tutorial on tuesday?",
    "I have a part-time job on tuesday mornings. do i have to be online at a set time for "
    "the lectures?",
])
def test_asking_whether_one_can_be_there_after_background_is_a_course_question(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "I work part time on tuesdays, can I attend a different tutorial slot?",
    "i have a part time job, can i get an extension on cw2?",
])
def test_an_arrangement_of_ones_own_after_background_stays_personal(text):
    assert personal.rule_verdict(text) is not None
