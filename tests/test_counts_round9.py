"""Counts, spans and whole-course questions of the ninth round: what is left after a week
(the pre-recorded lectures included), the time between two things, the busiest week, the
weeks of teaching, the tutorials as sessions, every deadline when asked for in the plural, the
very last thing, how lectures are given, a lecture in writing, and the coursework's rules in
other words. The phrasings are new, not the graded messages."""

from __future__ import annotations

from tests.conftest import ids

NOW = "2021-02-15T09:00"

# --- counts and spans ------------------------------------------------------------------------


def test_lectures_left_after_a_week_count_the_prerecorded_ones(ask):
    a = ask("after this week how many lectures remain?", now="2021-02-01T09:00")
    # weeks 5 and 6 (15, 16, 17, 17a, 18-21) and the live lecture 22
    assert a.answered and ": 9" in a.text.splitlines()[0]
    assert "L15" in ids(a) and "L22" in ids(a) and "L14" not in ids(a)


def test_days_between_two_tasks_named_by_order(ask):
    a = ask("how many days separate the second and third coursework deadlines?", now=NOW)
    assert a.answered and "14 days" in a.text
    assert set(ids(a)) == {"CW2", "CW3"}


def test_time_between_a_session_and_a_deadline(ask):
    a = ask("how much time between tomorrow's tutorial and when task 2 is due", now=NOW)
    assert a.answered and "7 days 8 hours" in a.text
    assert "CW2" in ids(a) and "8 days" not in a.text


def test_the_busiest_week(ask):
    a = ask("which week is the most intense one?", now=NOW)
    assert a.answered and a.text.startswith("Week 4 ")
    assert "6 lectures" in a.text and "CW1" in a.text


def test_weeks_of_teaching_are_the_weeks_with_sessions(ask):
    a = ask("how many weeks are actually taught?", now=NOW)
    assert a.answered and a.text.startswith("7 weeks") and "2 to 8" in a.text


def test_tutorials_in_total_count_the_sessions_too(ask):
    a = ask("how many tutorials does the course have overall?", now=NOW)
    assert "9 tutorial topics" in a.text and "7 tutorial sessions" in a.text
    assert "week 8" in a.text

# --- all of it, asked plainly ----------------------------------------------------------------


def test_deadlines_in_the_plural_are_all_listed(ask):
    a = ask("deadlines?? for this module", now=NOW)
    assert set(ids(a)) == {"CW1", "CW2", "CW3"}


def test_the_next_deadline_is_still_the_next(ask):
    a = ask("what's the next deadline", now=NOW)
    assert ids(a) == ["CW2"]


def test_a_part_asking_for_all_of_it_lists_every_one(ask):
    a = ask("when do things have to be handed in? list them all please", now=NOW)
    assert set(ids(a)) == {"CW1", "CW2", "CW3"}
    assert a.text.count("CW3") == 1


def test_the_very_last_thing_includes_a_later_deadline(ask):
    a = ask("what's the last thing on the timetable for this course?", now=NOW)
    assert ids(a)[0] == "CW3" and "9 Mar" in a.text
    assert "2 Mar" in a.text  # the last session, after it

# --- how lectures are given, and in writing ---------------------------------------------------


def test_lectures_live_or_watch_any_time(ask):
    a = ask("can i watch the lectures whenever or are they live?", now=NOW)
    assert a.answered and "pre-recorded" in a.text and "lecture 22" in a.text
    assert "Next up" not in a.text


def test_a_lecture_on_a_day_asked_live_is_yes(ask):
    a = ask("is the lecture on the 23rd of feb live?", now=NOW)
    assert a.text.startswith("Yes") and ids(a) == ["L22"]


def test_a_prerecorded_lecture_asked_live_is_no(ask):
    a = ask("is lecture 13 live", now=NOW)
    assert a.text.startswith("No") and "pre-recorded" in a.text


def test_a_lecture_in_writing_is_its_notes(ask):
    a = ask("i'd rather read than watch: is there a written version of the VGG lecture?",
            now=NOW)
    assert a.answered and "doesn't say" not in a.text
    assert "lecture 08" in a.text

# --- coursework rules in other words ---------------------------------------------------------


def test_model_weights_handed_in_are_the_submission(ask):
    a = ask("does the zip need the saved model weights as well as the notebooks?", now=NOW)
    assert "model weights" in a.text and "50%" not in a.text


def test_what_the_task_asks_is_in_the_notebooks(ask):
    a = ask("where can i see what the coursework actually wants from us", now=NOW)
    assert "task description" in a.text


def test_tasks_weighted_the_same_has_no_split_and_no_date(ask):
    a = ask("do all three tasks count the same, like 16.7% each?", now=NOW)
    assert "split" in a.text and "Jul" not in a.text
