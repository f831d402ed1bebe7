"""Round 17: the next lecture asked in a course whose lectures are pre-recorded but for a
live one names that live lecture (day, time, who) besides the coming week's recordings."""

from __future__ import annotations

import pytest

from tests.conftest import ids

_NOW = "2021-02-01T10:00"  # Monday of week 4; the live lecture is in week 7


@pytest.mark.parametrize("said", [
    "when's the next lecture",
    "when is the next lecture?",
    "what's the next lecture",
    "next lecture?",
])
def test_the_next_lecture_names_the_next_live_one_too(ask, said):
    a = ask(said, now=_NOW)
    assert "L09" in ids(a) and "L22" in ids(a)
    assert "The next live lecture: Lecture 22" in a.text
    assert "Tue 23 Feb" in a.text and "Bronstein" in a.text


def test_no_live_lecture_left_is_not_named(ask):
    a = ask("when's the next lecture", now="2021-02-24T10:00")
    assert "next live lecture" not in a.text
