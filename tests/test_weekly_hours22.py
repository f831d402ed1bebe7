"""Round 22: the time a week the course's sessions take ("how many hrs a week is the live
stuff", "how much timetabled time per week") is the timetable's weekly slots and what the page
says of them (schedule.yaml's timetable and timetable_note), not a count of live lectures or
"I don't know". One's own study time stays the workload answer. Phrasings are new."""

from __future__ import annotations

import pytest

NOW = "2021-02-01T12:00"


@pytest.mark.parametrize("question", [
    "how many hrs a week is the live stuff",
    "how much timetabled time per week",
    "how much contact time is there per week",
    "how many hours of live sessions do we have each week",
    "whats the weekly contact time",
])
def test_weekly_session_time_is_the_timetable(ask, schedule, question):
    a = ask(question, now=NOW)
    assert schedule.course.timetable_note.split(",")[0] in " ".join(a.text.split())
    assert "Live lectures" not in a.text and "Sorry" not in a.text


def test_own_study_time_stays_the_workload(ask):
    a = ask("how many hours a week should i study for this course", now=NOW)
    assert "gives no estimate" in a.text
