"""Round 22: a clock change asked of after the last listed session or deadline ("uk clocks go
forward this weekend, does that move anything for the course?" in late March) says when the
clocks change, that no listed session or deadline falls after it and that the page's times
are course time, instead of the course's name. Phrasings are new."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "uk clocks go forward this weekend, does that move anything for the course?",
    "daylight saving starts sunday - any course times affected?",
    "with the clocks springing forward, do any of our sessions shift?",
])
def test_clock_change_after_the_term(ask, schedule, question):
    a = ask(question, now="2021-03-24T12:00")
    assert "Sun 28 Mar 2021" in a.text
    assert "No listed session or deadline falls after it" in a.text
    assert schedule.course.timezone in a.text
