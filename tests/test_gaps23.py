"""The gaps between consecutive dated events of a kind (round 23), computed from the page's
dates: the longest or shortest asked, else each; equal gaps said so; weeks without a session
and the size of a task stay other questions. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("question", [
    "what's the longest break between two coursework hand-ins?",
    "biggest gap between deadlines?",
    "which deadlines have the most time between them",
])
def test_the_longest_gap_between_deadlines(ask, question):
    answer = ask(question)
    assert answer.answered and "18 days" in answer.text
    assert ids(answer) == ["CW1", "CW2"]


def test_the_shortest_gap_between_deadlines(ask):
    answer = ask("tightest spacing between coursework deadlines?")
    assert "14 days" in answer.text and ids(answer) == ["CW2", "CW3"]


def test_equal_gaps_are_said_to_be_the_same(ask):
    answer = ask("which interval between tutorials is the longest")
    assert "are the same: 7 days" in answer.text


def test_each_gap_when_no_extreme_is_asked_and_undated_ones_apart(ask):
    answer = ask("how far apart are the q&a sessions?")
    assert "gaps between consecutive Q&A sessions" in answer.text
    assert "no date for (week 2)" in answer.text


@pytest.mark.parametrize("question", ["is there a gap week with no tutorial?",
                                      "which coursework is the longest?",
                                      "how long between cw1 and cw2"])
def test_near_misses_keep_their_answers(ask, question):
    assert "consecutive" not in ask(question).text
