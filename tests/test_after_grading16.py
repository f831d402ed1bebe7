"""Round 16, after grading: a weekday shortened with its s and a part of the day in the
plural is a weekly commitment; how the course is given names only the weeks a session is
held in its slot, and the weeks it is held at another time with that time."""

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("text", [
    "i do shifts tues mornings 8 till 12, how bad is that for the course",
    "got a part time job thurs mornings, will i miss much",
    "i have a lab on tues afternoons, does that clash with anything",
])
def test_a_shortened_weekday_with_a_plural_part_of_day_recurs_each_week(ask, text):
    a = ask(text, now="2021-01-20T10:00")
    # read as every such day of the week, not one date's slot
    assert "Jan 2021 0" not in a.text.splitlines()[0] and "Feb 2021 0" not in a.text.splitlines()[0]
    assert ("Tuesday" in a.text or "Thursday" in a.text)


def test_a_tuesday_morning_job_meets_every_tuesday_session(ask):
    a = ask("i do shifts tues mornings 9 till 1, how bad is that for the course",
            now="2021-01-20T10:00")
    assert "Tuesday 09:00-13:00" in a.text
    assert {"QA-W3", "T03"} <= set(ids(a))


def test_a_tuesday_morning_job_asked_after_the_course_is_no_date_of_december(ask):
    a = ask("i do shifts tues mornings 9 till 1, how bad is that for the course",
            now="2026-12-06T10:00")
    assert "Dec 2026" not in a.text and "Tuesday 09:00-13:00" in a.text


@pytest.mark.parametrize("text", ["how is this course taught? what are the live parts",
                                  "how does the module run, which bits are live for me"])
def test_how_it_is_given_names_the_weeks_in_the_slot_and_the_week_held_elsewhere(ask, text):
    a = ask(text, now="2021-01-14T09:30", tz="Asia/Tokyo")
    qa = next(line for line in a.text.splitlines() if line.startswith("The timetable puts Q&A"))
    assert "weeks 3-6" in qa
    assert any(line.startswith("• Week 7: Tue 23 Feb 2021, 20:00 JST")
               for line in a.text.splitlines())
