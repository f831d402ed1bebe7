"""Messy messages with the question inside (round 23): a problem of one's own work and a
question said to be another matter; "the one after that" after a named item; material on a
topic asked for after a problem; background before two questions; the page set against
another source. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.material_asked import asks_for_material, with_topic_named
from bot.core.multipart import split_question
from bot.core.sources_differ import sources_differ

NOW = "2021-02-01T12:00"
TRACE = ("Traceback (most recent call last):\n  File \"train.py\", line 40, in <module>\n"
         "    out = model(x)\nRuntimeError: mat1 and mat2 shapes cannot be multiplied "
         "(64x512 and 256x10)\n")


# --- 1. a problem, then a question said to be another matter ------------------------------

@pytest.mark.parametrize("text, question", [
    ("my loss is nan after 3 epochs, no idea why. separate question, when is task 2 due",
     "when is task 2 due"),
    ("gan outputs the same face every time. on another note, is the q&a on tuesday",
     "is the q&a on tuesday"),
    ("overfitting like crazy even with dropout. different question: who marks task 3",
     "who marks task 3"),
    ("the lectures are great so far. unrelated but when is the exam", "when is the exam"),
])
def test_another_matter_is_a_part_of_its_own(text, question):
    assert split_question(text)[-1] == question


@pytest.mark.parametrize("text", [
    "is cw2 unrelated to cw1",  # the word in a question, not turning to another matter
    "my loss is nan, any idea why",
])
def test_near_misses_stay_whole(text):
    assert len(split_question(text)) == 1


def test_problem_and_deadline_question_both_answered(ask):
    a = ask("val accuracy stuck at 10% on task 1 whatever i try. separate question, "
            "when is task 2 due?", NOW)
    assert "CW2" in [e.id for e in a.events] and "own work" in a.text, a.text


def test_paste_then_wrong_hour_checked(ask):
    a = ask(TRACE + "happens on my laptop for task 2 whatever i change. unrelated but is "
            "task 2 due on the 23rd at 9am?", NOW)
    assert "No, not at 09:00" in a.text and "ask a TA" in a.text, a.text


# --- 2. the one after / before a named item -------------------------------------------------

@pytest.mark.parametrize("text, wanted, not_wanted", [
    ("right so cw2 is due on the 23rd. what about the one after it?", "CW3", "CW2"),
    ("ok lecture 4 is tuesday. and the next one?", "L05", None),
    ("got it, tutorial 3 done. and the one before that?", "T02", None),
])
def test_the_item_beside_the_one_named(ask, text, wanted, not_wanted):
    a = ask(text, NOW)
    got = [e.id for e in a.events]
    assert wanted in got, (got, a.text)
    if not_wanted:
        assert f"({not_wanted}) is due" not in a.text.split("\n\n")[-1], a.text


def test_the_next_one_with_nothing_named_is_the_next_from_now(ask):
    a = ask("when is the next one?", NOW)
    assert "Next up" in a.text, a.text


# --- 3. what is submitted ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "what do we turn in for the course work, just the py file?",
    "do i need to hand in the weights as well or only the notebook",
    "what files should i upload for the assignment",
])
def test_what_is_handed_in_gets_the_submission_rule(ask, text):
    a = ask(text, NOW)
    assert "zip archive" in a.text, a.text


# --- 4. material on a topic -------------------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("really lost with pooling layers. any lecture on this?", "pooling layers"),
    ("i don't understand backprop at all. is there a tutorial about it?", "backprop"),
    ("no idea about attention masks. are there notes on that", "attention masks"),
])
def test_the_topic_pointed_back_to_is_written_in(text, topic):
    assert asks_for_material(text) and f" {topic}" in with_topic_named(text).split(".")[-1]


@pytest.mark.parametrize("text", [
    "what does this mean",
    "is there a deadline for this?",
    "i don't get it, when is the quiz",
])
def test_no_material_asked_leaves_the_text(text):
    assert with_topic_named(text) == text


@pytest.mark.parametrize("text", [
    TRACE + "clearly i don't get padding and strides. any notes on this?",
    "is there a tutorial or notes on padding and strides in this module?",
    "i really do not get strides at all. is there a tutorial on that?",
])
def test_material_on_a_topic_is_located(ask, text):
    a = ask(text, NOW)
    assert a.intent in ("topic", "schedule") and "T02" in a.text, a.text


def test_a_question_about_the_paste_stays_about_it(ask):
    a = ask(TRACE + "what does this mean?", NOW)
    assert a.intent == "own_work", a.text


# --- 5. background, then two questions --------------------------------------------------------

def test_background_before_two_questions_both_answered(ask):
    a = ask("Hello, I come from chemistry and barely coded before, and I started late because "
            "of visa problems so I'm a bit behind. Where do I get the lecture slides, and are "
            "there materials to refresh linear algebra?", NOW)
    assert a.intent != "personal" and "Materials" in a.text and "Revision notes" in a.text, \
        a.text


def test_a_personal_matter_before_a_question_is_still_heard(ask):
    a = ask("I've been in hospital and missed the deadline for task 1, can I get an extension?",
            NOW)
    assert a.intent == "personal", a.text


# --- 6. the page against another source -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "outlook shows cw1 due 8 feb while the course page has 5 feb?? which do i trust",
    "my calendar app lists task 3 on 16 march but the module website says 9 march, which "
    "one is right",
    "the website says cw2 is due on the 23rd but my timetable export has the 25th, they "
    "don't match",
])
def test_sources_that_differ(text):
    assert sources_differ(text)


@pytest.mark.parametrize("text", [
    "the course page says cw2 is due on the 23rd, is that right?",
    "which is correct for cw3, the 9th or the 16th?",
    "my friend says the quiz is in week 5, which is right",
])
def test_one_source_only_is_no_discrepancy(text):
    assert not sources_differ(text)


def test_a_discrepancy_gets_the_page_and_a_ta(ask):
    a = ask("my calendar app lists task 3 on 16 march but the module website says 9 march, "
            "which one is right", NOW)
    assert "9 Mar" in a.text and "ask a TA" in a.text, a.text
