"""A later part that names the kind of thing it asks about and its own time ("also is there
a quiz this week") is a question of its own: it does not borrow the earlier part's words as
its subject ("this" of "this week" points back at nothing). A part that points back ("is its
tutorial this week") still borrows. Phrasings written for the test."""

from __future__ import annotations

import pytest

NOW = "2021-01-27T12:30"  # a week with a quiz and a tutorial


@pytest.mark.parametrize("text", [
    "where do we ask questions outside the sessions. also is there a quiz this week",
    "who do I email about access problems. also is there a quiz this week",
])
def test_a_part_with_its_own_kind_and_time_is_answered_for_that_time(ask, text):
    a = ask(text, NOW)
    assert "quiz" in a.text.lower() and "can't tell which" not in a.text, a.text


def test_a_tutorial_asked_for_this_week_after_another_question(ask):
    a = ask("where are the recordings kept, and is there a tutorial this week", NOW)
    assert "T03" in a.text and "can't tell which" not in a.text, a.text


def test_a_part_that_points_back_still_borrows(ask):
    a = ask("when is the lecture on batch norm, and is its tutorial this week", NOW)
    assert "T05" in a.text, a.text
