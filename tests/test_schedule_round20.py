"""Schedule questions of round 20 (issue 13): an ordinal counted inside a named month or
dates, not over the course. The phrasings are new, not the graded messages."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-01-12T12:00"


@pytest.mark.parametrize(("question", "expected"), [
    ("first tutorial of march", ["TUT-W8"]),
    ("whens the 1st tut in march?", ["TUT-W8"]),
    ("last Q&A in february", ["QA-W7"]),
    ("what's the 2nd q&a in feb", ["QA-W5"]),
    ("when is the final tutorial in january", ["T03"]),
    ("the third lecture in february", ["L11"]),
    ("first lecture in jan", ["L01"]),
])
def test_an_ordinal_is_counted_inside_the_month_named(ask, question, expected):
    answer = ask(question, now=NOW)
    assert answer.answered
    assert ids(answer) == expected


def test_an_ordinal_inside_a_week_is_still_counted_there(ask):
    answer = ask("second lecture of week 4", now=NOW)
    assert ids(answer) == ["L10"]
    assert answer.text.startswith("In week 4, lecture number 2")


def test_a_span_without_the_kind_says_none_is_listed(ask):
    answer = ask("first lecture of week 9", now=NOW)
    assert answer.text.startswith("In week 9, the course page lists no lectures")
    assert ids(answer) == []
