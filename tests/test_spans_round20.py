"""Spans and weeks ranked by what they hold, asked in ways the earlier rounds did not cover:
two deadlines named by their order either side of "to" with no "from" or "between", and the
week with the most (or fewest) of a kind asked as "the highest number of", "the week with",
or of "sessions" with no kind named. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "first deadline to last deadline how many days",
    "1st deadline until the final deadline, how long is that?",
    "cw1 to cw3 how long",
    "first cw deadline till the last one, number of days?",
])
def test_span_between_deadlines_named_by_position(ask, question):
    a = ask(question, now=NOW)
    assert a.answered and a.text.startswith("32 days")
    assert set(ids(a)) == {"CW1", "CW3"}


@pytest.mark.parametrize("question", [
    "how many days between cw1 and cw3",
    "gap from the first to the second deadline",
])
def test_spans_said_with_between_or_from_still_work(ask, question):
    a = ask(question, now=NOW)
    assert a.answered and "days" in a.text.splitlines()[0]
    assert len(ids(a)) == 2


def test_a_countdown_to_one_deadline_is_no_span(ask):
    a = ask("how many days to the last deadline", now=NOW)
    assert "from the first to the second" not in a.text and "CW3" in ids(a)


@pytest.mark.parametrize("question", [
    "what week has the highest number of lectures",
    "the week with the most lectures?",
    "which wk has the largest number of lectures",
])
def test_week_with_the_most_lectures_is_counted(ask, question):
    a = ask(question, now=NOW)
    assert a.answered and a.text.startswith("Most lectures in one week (6): week 4")


def test_ties_are_all_listed_with_the_count(ask):
    a = ask("which week had the highest number of tutorials", now=NOW)
    assert a.answered and "(2): weeks 2, 4 and 6" in a.text


@pytest.mark.parametrize("question", [
    "which week has the most sessions",
    "what week has the most classes?",
    "week with the highest number of sessions?",
])
def test_sessions_with_no_kind_count_every_taught_kind(ask, question):
    a = ask(question, now=NOW)
    assert a.answered and a.text.startswith("Most sessions")
    assert "(9): week 4" in a.text and "6 lectures, 1 Q&A, 2 tutorials" in a.text


def test_fewest_sessions_in_a_week(ask):
    a = ask("which week has the fewest classes", now=NOW)
    assert a.answered and a.text.startswith("Fewest sessions") and "week 8" in a.text
