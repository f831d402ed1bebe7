"""Timetable classes (round 14): the regular weekly slot asked without a date, clashes
between sessions, "this week" once this week's sessions are over, what a course term means,
and where handed-out things are posted as against where sessions are held. The phrasings
are the developer's own, not graded messages."""

from __future__ import annotations

from tests.conftest import ids

NOW = "2021-02-15T09:00"


def test_handed_out_sheets_are_where_the_materials_are_not_where_sessions_run(ask):
    for question in ("where do i find the tutorial worksheets", "where can i get the tut "
                     "exercise sheet for week 4", "where are the tutorial solutions"):
        a = ask(question, now=NOW)
        assert "Materials and CATe" in a.text, question
        assert "MS Teams" not in a.text, question
    held = ask("where is the tutorial held", now=NOW)
    assert "MS Teams" in held.text


def test_this_week_asked_once_its_session_is_over_says_so_and_gives_the_next(ask):
    # Sunday evening in New York (23:00 course time)
    a = ask("whens this weeks tut?", now="2021-02-14T23:00", tz="America/New_York")
    assert "over already (it was on Tue 9 Feb 2021)" in a.text
    assert "The next one is Tue 16 Feb 2021" in a.text
    yes = ask("is there a q&a this week", now="2021-02-07T21:30")
    assert yes.text.startswith("Yes, but it is over already")
    assert "The next one is Tue 9 Feb 2021" in yes.text
    ahead = ask("is there a q&a this week", now="2021-02-01T09:00")
    assert "over already" not in ahead.text


def test_the_next_one_after_a_week_without_any_is_the_one_listed_without_a_time(ask):
    a = ask("is the q&a on this week", now="2021-01-16T12:00", tz="America/Chicago")
    assert "The next one is Week 2" in a.text
    assert "no date or time" in a.text


AFTER = "2026-12-06T04:00"  # a clock long after the course, as a batch without `now` runs


def test_a_weekday_said_after_the_course_is_its_weekly_slot_in_the_askers_zone(ask):
    a = ask("what time does the tuesday Q&A start in my time zone?", now=AFTER, tz="Asia/Tokyo")
    assert "outside the course" not in a.text
    assert "Tuesdays, 10:00-11:00" in a.text and "Tuesdays 19:00-20:00 JST" in a.text
    assert "Week 7" in a.text  # the week whose Q&A is at another time
    assert not a.text.startswith(("Yes", "Mostly"))  # a day said, not guessed


def test_a_slots_time_given_in_course_time_is_converted_to_the_zone_named(ask):
    a = ask("the tut is at 11 london time, whats that in new york", now=AFTER)
    assert "Tuesdays 06:00-07:00 EST" in a.text
    weekly = ask("wat time is the weekly tutorial for me", now="2021-02-15T09:00",
                 tz="America/Los_Angeles")
    assert "Tuesdays 03:00-04:00 PST" in weekly.text
    nxt = ask("when is the next tutorial", now="2021-02-15T09:00", tz="Asia/Tokyo")
    assert ids(nxt) == ["T07", "T08"]  # the next one, in the course, stays one date


def test_sessions_at_once_on_a_day_are_found_and_no_word_is_read_as_a_title(ask):
    a = ask("r two things on at once on 23/02?", now=NOW)
    assert a.text.startswith("Yes, on Tue 23 Feb 2021")
    assert set(ids(a)) == {"QA-W7", "T09"}
    assert "can't find" not in a.text


def test_can_i_do_both_is_answered_for_the_week_they_clash(ask):
    a = ask("can we attend both the q&a and the tutorial, or do we have to choose?", now=NOW)
    assert a.text.startswith("Not in week 7")
    assert "In the other weeks they don't overlap." in a.text
    apart = ask("can i make both the lecture and the q&a on 23rd feb", now=NOW,
                tz="America/New_York")
    assert apart.text.startswith("Yes: nothing you asked about overlaps")
    week4 = ask("does the tutorial overlap with the q and a in week 4", now=NOW)
    assert week4.text.startswith("No:")


def test_a_word_of_the_courses_format_is_what_the_page_says_not_a_listing(ask):
    a = ask("whats a q and a session", now=AFTER)
    assert "weekly Q&A sessions as one part of how the course is held online" in a.text
    assert "nothing of that kind left" not in a.text and not a.events
    cate = ask("what is cate exactly", now=NOW)
    assert "where coursework is submitted" in cate.text
    happens = ask("what goes on in the tutorials?", now=NOW)
    assert "tutorials on Teams" in happens.text and not happens.events
    both = ask("difference between a tutorial and a q&a?", now=NOW)
    assert "tutorials on Teams" in both.text and "weekly Q&A sessions" in both.text


def test_which_sessions_asked_with_the_word_is_still_a_listing(ask):
    a = ask("what is the q&a on tuesday", now=NOW)
    assert ids(a) == ["QA-W6"]


def test_the_difference_asked_with_whether_to_attend_says_the_page_is_silent_on_that(ask):
    a = ask("whats the difference between a q&a and a tutorial, do i have to go to both",
            now=NOW)
    assert "weekly Q&A sessions" in a.text and "tutorials on Teams" in a.text
    assert "doesn't say whether attending them is compulsory" in a.text


def test_the_askers_own_clock_in_another_zone_is_not_a_slot_to_convert(ask):
    a = ask("its tuesday 3pm in moscow, what's on right now", now="2021-02-16T12:00",
            tz="Europe/Moscow")
    assert "The timetable puts" not in a.text


def test_tutorials_sharing_a_session_and_a_clash_with_ones_own_time_are_not_overlaps(ask):
    shared = ask("which weeks have two tutorial sheets at once", now=NOW)
    assert "share one session" in shared.text
    mine = ask("will the tuesday tutorial clash?", now=NOW, tz="Africa/Lagos")
    assert "nothing you asked about overlaps" not in mine.text


def test_asking_for_anything_to_prepare_with_is_no_question_about_the_weekly_slot(ask):
    # with no time at all (a date after the course), "anything" asks for help, not a slot
    for question in ("total beginner with torch 😅 anything that can bring me up to speed "
                     "before the cw?", "is there anything to help me prepare before the "
                     "coursework, never touched pytorch"):
        a = ask(question)
        assert "The timetable puts" not in a.text, question
