"""Round 28 mend E (issue 13, schedule): an ordinal word of a tutorial counts sessions where
sessions and sheets number differently, ids still name the sheet; a small count word
("couple", "few") with first or last gives that many; "last" asked ahead is the course's
last ones. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from tests.conftest import ids

MID = "2021-02-22T12:00"
EARLY = "2021-02-01T12:00"


# --- an ordinal word: the session of that place, the sheet of that number noted ------------

@pytest.mark.parametrize("question, wanted, sheet", [
    ("which day did the 2nd tutorial happen", ["T03"], "T02"),
    ("who ran the third tut", ["T04", "T05"], "T03"),
    ("fourth tutorial - what was covered?", ["T06"], "T04"),
])
def test_ordinal_tutorial_is_the_session(ask, question: str, wanted: list[str], sheet: str):
    a = ask(question, now=MID)
    assert ids(a) == wanted, (question, a.text)
    assert f"tutorial {sheet}" in a.text, a.text  # the other reading said


@pytest.mark.parametrize("question, sheet", [
    ("when is T02", "T02"),
    ("what's tutorial 3 about", "T03"),
])
def test_an_id_still_names_the_sheet(ask, question: str, sheet: str):
    a = ask(question, now=MID)
    assert sheet in ids(a), (question, a.text)
    assert "Counted by session" not in a.text


def test_an_id_written_beside_the_ordinal_is_the_sheet(ask):
    a = ask("so the third tut is T03, right?", now=MID)
    assert "T03" in ids(a), a.text
    assert "Counted by session" not in a.text


def test_first_tutorial_needs_no_note(ask):
    a = ask("when was the 1st tutorial", now=MID)
    assert "Counted by session" not in a.text
    assert "T01" in ids(a), a.text


def test_next_tutorial_still_from_now(ask):
    a = ask("when's the next tutorial", now=EARLY)
    assert ids(a) == ["T04", "T05"], a.text


# --- a small count word with first or last ---------------------------------------------------

@pytest.mark.parametrize("question, wanted", [
    ("when were the first couple of tutorials", {"T01", "T02", "T03"}),
    ("when were the first few tutorials", {"T01", "T02", "T03", "T04", "T05"}),
])
def test_first_couple_gives_that_many(ask, question: str, wanted: set[str]):
    a = ask(question, now=MID)
    assert set(ids(a)) == wanted, (question, a.text)
    assert "couple" not in a.text


def test_last_asked_ahead_is_the_course_end(ask):
    a = ask("when will the last couple of tutorials be", now=EARLY)
    assert set(ids(a)) == {"T09", "TUT-W8"}, a.text


def test_last_asked_in_the_past_is_the_recent(ask):
    a = ask("what were the last two tutorials about", now=MID)
    assert "TUT-W8" not in ids(a), a.text
    assert "T09" not in ids(a), a.text
