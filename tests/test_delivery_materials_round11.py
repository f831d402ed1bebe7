"""How the course is delivered, what it gives to work with, who runs a session, and words
that are no other course (round 11). The phrasings are new, not the graded messages."""

from __future__ import annotations

import pytest

NOW = "2021-02-15T09:00"


@pytest.mark.parametrize("question", [
    "what building is the tutorial in",
    "which room do the q&a sessions happen in",
    "are the tutorial and the q&a held in different rooms",
])
def test_a_room_asked_is_answered_with_the_online_course(ask, question):
    a = ask(question, now=NOW)
    assert a.answered
    assert "runs online" in a.text and "MS Teams" in a.text
    assert not a.text.startswith("No")


def test_lecture_recordings_asked_where_say_how_lectures_are_given(ask):
    a = ask("where would i find recordings of the lectures", now=NOW)
    assert "pre-recorded" in a.text and "Materials and CATe" in a.text
    assert "gives no place" in a.text and not a.answered


def test_the_live_lectures_recording_is_not_stated_and_not_denied(ask):
    a = ask("will the gnn lecture on the 23rd be recorded for later", now="2021-02-20T09:00")
    assert "doesn't say whether the live lecture is recorded" in a.text
    assert not a.text.startswith("No")


def test_software_asked_gets_the_pages_advice_and_the_notebooks(ask):
    a = ask("which software should i install for the coursework", now=NOW)
    assert a.answered
    assert "Colab" in a.text and "Jupyter" in a.text and "Introduction to PyTorch" in a.text


def test_a_material_asked_to_exist_in_own_words_is_found(ask):
    a = ask("do they give an intro to pytorch for people who never touched it", now=NOW)
    assert a.answered and "Introduction to PyTorch" in a.text


def test_people_is_no_topic_of_a_session(ask):
    a = ask("who are the people running the week 3 q&a", now=NOW)
    assert a.answered and "Kainz" in a.text


def test_every_lecture_matching_the_topic_is_listed(ask):
    a = ask("is there a lecture about transformers or only a tutorial", now=NOW)
    assert "Lecture 20" in a.text and "Lecture 21" in a.text


@pytest.mark.parametrize("question", [
    "whats tomorrows tut about",
    "was ist in week 3 lectures dran",
])
def test_unknown_words_before_a_session_are_no_other_course(ask, question):
    a = ask(question, now="2021-01-25T21:30")
    assert a.intent != "other_course"


def test_a_subject_named_as_a_name_is_still_another_course(ask):
    assert ask("when is the hci coursework due", now=NOW).intent == "other_course"


@pytest.mark.parametrize(("question", "said"), [
    ("is lecture 17a compulsory", "Lecture 17a (GANs advanced) is examinable"),
    ("is the paper for the gnn lecture mandatory", "geometric deep learning"),
])
def test_mandatory_asked_says_the_page_is_silent_and_what_it_lists(ask, question, said):
    a = ask(question, now=NOW)
    assert "doesn't say whether" in a.text and "mandatory" in a.text
    assert said in a.text


def test_what_to_read_is_not_asked_as_mandatory(ask):
    a = ask("what do we need to read for this week", now=NOW)
    assert "mandatory" not in a.text
