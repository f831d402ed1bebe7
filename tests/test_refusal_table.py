"""Every refusal in the assistant's table has its wording, filled from either course's data with
nothing left unfilled."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import assistant
from bot.core.course import CourseView
from bot.schedule import load_schedule
from tests.conftest import ROOT

COURSES = [ROOT / "schedule.yaml",
           Path(__file__).resolve().parent / "fixtures" / "second_course" / "schedule.yaml"]


@pytest.mark.parametrize("path", COURSES, ids=["shipped", "second"])
@pytest.mark.parametrize("refusal", sorted(assistant._REFUSAL_WORDING))
def test_each_refusal_is_worded_from_the_course_data(path, refusal):
    schedule = load_schedule(path)
    forum = {"forum": schedule.course.forum.name,
             "forum_course": schedule.course.forum.course_name}
    text = assistant._refusal_text(refusal, CourseView(schedule), forum)
    assert text and "{" not in text and "}" not in text, text
