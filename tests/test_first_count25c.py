"""The course's first N of a kind ("the first three lectures") are that many in course order,
not the first alone; "the first lecture" and spans ("the first 2 weeks") keep their reading
(round 25, mend25c). Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.count_asked import first_count_asked
from tests.conftest import ids


@pytest.mark.parametrize(("question", "count"), [
    ("what were the first three lectures?", 3),
    ("list the first 5 lectures", 5),
    ("the first two lectures, what are they", 2),
])
def test_the_first_n_lectures(ask, schedule, question, count):
    a = ask(question, now="2021-02-01T09:00")
    assert ids(a) == [lec.id for lec in schedule.lectures[:count]], a.text


@pytest.mark.parametrize(("text", "count"), [
    ("the first four lectures", 4), ("the 3 first tutorials", 3),
    ("what is the first lecture", None), ("in the first 2 weeks", None),
    ("the first one", None),
])
def test_first_count_asked(text, count):
    assert first_count_asked(text) == count


def test_near_miss_the_first_lecture_alone(ask, schedule):
    a = ask("what's the very first lecture called?", now="2021-02-01T09:00")
    assert ids(a) == [schedule.lectures[0].id], a.text
