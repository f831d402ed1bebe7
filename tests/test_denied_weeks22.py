"""A guess that a time has none of a kind ("so there's no X in weeks N or M?", "there isn't a
Y in week N, is there?") is answered with its polarity first, from the schedule, then what
those weeks do have: right when none is listed (a lecture asked as pre-recorded or live
counts only when it is so), "No, there is one" when one is. The phrasings are new."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "so there's no prerecorded lectures in weeks 7 or 8?",
    "ok so no pre-recorded lectures in week 7 and week 8 then",
    "so there are no recorded lectures in weeks 7 and 8?",
])
def test_weeks_without_that_kind_are_agreed_with(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("Right: none are listed in weeks 7 and 8."), a.text
    assert "nearest, the last one before it" not in a.text
    assert "Week 7" in a.text and "Week 8" in a.text or "week 8" in a.text, a.text


@pytest.mark.parametrize("question", [
    "ok so no tutorials in weeks 8 and 9 then",
    "so no tuts in weeks 8 or 9?",
])
def test_weeks_with_one_are_corrected(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("No, there is one"), a.text
    assert "Tue 2 Mar 2021, 11:00-12:00" in a.text


@pytest.mark.parametrize("question", [
    "there isn't a tutorial in week 8, is there?",
    "theres no tut in week 8 is there",
    "so there's no tutorial in week 8?",
])
def test_a_tag_or_so_denial_of_one_week_is_corrected(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("No, there is one"), a.text
    assert "Tue 2 Mar 2021, 11:00-12:00" in a.text


@pytest.mark.parametrize("question", [
    "no prerecorded lectures in week 7 right?",
    "so there's no recorded lecture in week 7?",
])
def test_a_lecture_given_otherwise_does_not_count(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("Right: none are listed in week 7."), a.text
    assert "Lecture 22" in a.text  # what the week does have


@pytest.mark.parametrize("question", [
    "so no recorded lectures in week 6?",
    "so there are no prerecorded lectures in week 6?",
])
def test_each_pre_recorded_lecture_is_counted(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("No, there are 4"), a.text


@pytest.mark.parametrize("question", [
    "so there's a tutorial in week 8?",
    "ok so there is a tut in week 8",
])
def test_a_conclusion_that_there_is_one_is_confirmed(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("Yes"), a.text


@pytest.mark.parametrize("question", [
    "first tuesday session after cw1 is due - which one is it",
    "the tutorial after the gan lecture, when is it",
])
def test_a_questions_own_end_is_no_tag(ask, question):
    a = ask(question, now=NOW)
    assert not a.text.startswith(("Yes", "No")), a.text
