"""Issue 13, round 27 (mend E): a topic asked for with no kind of session named ("when do we
get to X", "what week is X") lists the lectures whose titles name it and the tutorials that
go with them, whichever kind its words matched; naming a kind keeps to that kind."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-10T10:00"


# --- 1. a topic's lectures and tutorials, no kind named ------------------------------------

@pytest.mark.parametrize("question, wanted", [
    ("when do we get to recurrent nets", {"L18", "L19", "T08"}),
    ("when are tranformrs", {"L20", "L21", "T07"}),
    ("whens the transformer stuff happening", {"L20", "L21", "T07"}),
    ("which week is the attention material", {"L20", "T07"}),
    ("what week do we do transformers", {"L20", "L21", "T07"}),
    ("which week is recurrent networks in?", {"L18", "L19", "T08"}),
])
def test_topic_lists_lectures_and_their_tutorials(ask, question: str, wanted: set[str]):
    answer = ask(question, now=NOW)
    assert wanted <= set(ids(answer)), (question, ids(answer), answer.text)
    assert "week 6" in answer.text or "16 Feb" in answer.text


@pytest.mark.parametrize("question, kept, left", [
    ("when is the transformer lecture", {"L20", "L21"}, "T07"),
    ("what week are the lectures on transformers", {"L20", "L21"}, "T07"),
    ("when is the tutorial on attention", {"T07"}, "L20"),
    ("when is the recurrent networks tutorial", {"T08"}, "L18"),
])
def test_a_named_kind_keeps_to_it(ask, question: str, kept: set[str], left: str):
    answer = ask(question, now=NOW)
    assert kept <= set(ids(answer)), (question, ids(answer), answer.text)
    assert left not in ids(answer), (question, ids(answer), answer.text)


# --- 4. what must be done by a time: all of it from now, and plainly when nothing is due ---

@pytest.mark.parametrize("question", [
    "what have i got to finish by the end of the month",
    "anything I need done by end of feb?",
    "what's due before the end of this month",
])
def test_done_by_the_month_end_is_everything_from_now(ask, question: str):
    answer = ask(question, now="2021-02-02T12:00")
    assert {"CW1", "CW2"} <= set(ids(answer)), (question, ids(answer), answer.text)


@pytest.mark.parametrize("question", [
    "what do i have to get finished by the end of this week",
    "what needs doing by the end of the week? anything to hand in",
])
def test_nothing_due_in_the_time_asked_is_said_with_the_next_deadline(ask, question: str):
    answer = ask(question, now="2021-02-08T10:00")
    assert "no coursework deadline" in answer.text, answer.text
    assert "CW2" in answer.text and "23 Feb" in answer.text


@pytest.mark.parametrize("question", [
    "what's on for the rest of the week",
    "anything happening at the end of the month",
])
def test_what_is_on_keeps_its_listing(ask, question: str):
    answer = ask(question, now="2021-02-08T10:00")
    assert "no coursework deadline" not in answer.text, answer.text


@pytest.mark.parametrize("question, left", [
    ("which week do we cover vaes", "L17"),
    ("when do we learn about VAEs", "L17"),
    ("what week do we get to gans", "L16"),
])
def test_a_tutorial_of_two_topics_brings_in_no_other_lecture(ask, question: str, left: str):
    answer = ask(question, now=NOW)
    assert "T06" in ids(answer) and left not in ids(answer), (question, ids(answer))
