"""Graded work around a date the student gives: the coursework deadlines in that range (or
that none is), with the exam said to be undated rather than the weighting recited. Phrasings
are the developer's own: a departure day, "after"/"before" a day, a span, a course week."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-10T12:00"
UNDATED = "doesn't give its date"


@pytest.mark.parametrize("question", [
    "I fly home on 20 March, will I miss anything graded?",
    "anything assessed after the 10th of march?",
    "heading home from 12 march onwards - any assessments I'd miss?",
])
def test_nothing_graded_in_the_range_says_so_and_names_the_last(ask, question):
    a = ask(question, now=NOW)
    assert a.answered and a.text.startswith("No graded coursework is due")
    assert "CW3" in a.text and UNDATED in a.text and "50%" in a.text
    assert ids(a) == []


@pytest.mark.parametrize("question, expected", [
    ("anything assessed after the 15th?", {"CW2", "CW3"}),
    ("leaving on 3 march, anything assessed i would miss?", {"CW3"}),
    ("is anything graded in week 9", {"CW3"}),
    ("any assessment due before 1 march", {"CW2"}),
])
def test_graded_items_in_the_range_are_listed(ask, question, expected):
    a = ask(question, now=NOW)
    assert a.answered and a.text.startswith("Graded work due")
    assert set(ids(a)) == expected and UNDATED in a.text


def test_the_weight_asked_is_still_the_weighting(ask):
    a = ask("how much is the assessment worth", now=NOW)
    assert "50%" in a.text and "Graded work" not in a.text
