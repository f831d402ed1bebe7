"""The lead's fixes after merging round 8: behaviours, in new phrasings."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "caught up on lectures 1 to 5 until yesterday. what percentage is the exam worth?",
    "i started late and watched up to lecture 9 before the weekend, how much does the exam "
    "count and the coursework?",
])
def test_the_exams_weight_asked_after_lectures_and_times_said_as_context(ask, text):
    # Lectures watched "until now" are context: the question is the weight, not what is
    # examinable and not when the exam is.
    a = ask(text, now="2021-02-15T09:00")
    assert a.answered and "50%" in a.text
    assert "examinable" not in a.text and "date" not in a.text


def test_whether_a_lecture_counts_for_the_exam_is_still_what_is_examinable(ask):
    a = ask("does lecture 19 count for the exam?", now="2021-02-15T09:00")
    assert "examinable" in a.text and "50%" not in a.text
