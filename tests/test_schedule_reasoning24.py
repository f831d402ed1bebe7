"""Schedule reasoning of round 24 (issue 13), in the developer's own phrasings."""

from __future__ import annotations

import pytest

from tests.conftest import ids

AFTER = "2021-06-01T10:00"  # after the course's last event
DURING = "2021-02-20T10:00"


# A weekly time set against the course after it ended: what fell in it is still listed.
@pytest.mark.parametrize("question", [
    "i have a lab tuesdays 10:00-12:00, which sessions clash with it",
    "my job is tuesdays 9:30 to 10:30, which classes would i miss",
    "got football on tuesday mornings, what course stuff overlaps",
])
def test_a_weekly_time_after_the_course_lists_what_fell_in_it(ask, question):
    answer = ask(question, now=AFTER)
    assert "The course is over" in answer.text
    assert answer.events and all(e.start.weekday() == 1 for e in answer.events)


def test_a_weekly_time_during_the_course_lists_only_what_is_to_come(ask):
    answer = ask("my job is tuesdays 9:30 to 10:30, which classes would i miss", now=DURING)
    assert "The course is over" not in answer.text
    assert "still to come" in answer.text


def test_a_weekly_time_nothing_ever_fell_in_says_none(ask):
    answer = ask("my job is thursdays 14:00 to 16:00, which classes would i miss", now=AFTER)
    assert "None of the course's sessions" in answer.text


# The time of day asked of a kind: the clock time, not the latest (or earliest) date.
@pytest.mark.parametrize("question", [
    "which coursework deadline is earliest in the day?",
    "what's the latest time any coursework is due?",
    "of all the hand-ins which one is due latest in the day",
])
def test_deadlines_sharing_one_hour_say_so(ask, question):
    answer = ask(question, now="2021-02-01T09:00")
    assert answer.text.startswith("All 3 deadlines are due at the same time of day: 19:00")


@pytest.mark.parametrize("question, clock, latest", [
    ("which session starts earliest in the day?", "10:00", False),
    ("what's the earliest a q&a ever starts?", "10:00", False),
    ("which live session begins latest", "11:00", True),
])
def test_sessions_at_several_hours_give_the_edge_hour(ask, question, clock, latest):
    answer = ask(question, now="2021-02-01T09:00")
    assert answer.text.startswith(f"The {'latest' if latest else 'earliest'} start in the day")
    assert f"is {clock} GMT:" in answer.text
    assert all(e.start.strftime("%H:%M") == clock for e in answer.events)


def test_the_hour_is_the_askers(ask):
    answer = ask("which session starts the latest", now="2021-02-01T09:00", tz="Asia/Tokyo")
    assert "is 20:00 JST:" in answer.text


@pytest.mark.parametrize("question", [
    "when is the last tutorial?",
    "what's the latest time i can submit cw2",
    "when is the final deadline",
])
def test_a_date_edge_or_one_thing_named_is_not_a_clock_edge(ask, question):
    answer = ask(question, now="2021-02-01T09:00")
    assert "time of day" not in answer.text and "in the day among" not in answer.text


# Several tasks checked together against one day, month or time: a yes or no for the set,
# then each task's own.
@pytest.mark.parametrize("question, lead, verdicts, named", [
    ("is cw1 and cw2 both due on a friday?", "No, not both:", ["Yes:", "No:"], ["CW1", "CW2"]),
    ("are the 1st and 2nd coursework both due in february?", "Yes, both:", ["Yes:", "Yes:"],
     ["CW1", "CW2"]),
    ("first and third tasks due in march?", "No, not both:", ["No:", "Yes:"], ["CW1", "CW3"]),
    ("cw1 and cw3 are due at 19:00", "Yes, both:", ["Yes:", "Yes:"], ["CW1", "CW3"]),
    ("are cw1 and cw2 due on a sunday", "No, none of them:", ["No:", "No:"], ["CW1", "CW2"]),
])
def test_several_tasks_checked_together_answer_each(ask, question, lead, verdicts, named):
    answer = ask(question, now="2021-01-12T10:00")
    lines = answer.text.splitlines()
    assert lines[0] == lead
    assert [line.split(" ", 1)[0] for line in lines[1:3]] == verdicts
    assert ids(answer) == named


@pytest.mark.parametrize("question", [
    "when are the first and second coursework due",
    "cw2 and cw3 due dates?",
])
def test_several_tasks_asked_when_are_not_checked(ask, question):
    answer = ask(question, now="2021-01-12T10:00")
    assert not answer.text.startswith(("Yes", "No"))
    assert len(answer.events) == 2


def test_one_task_checked_keeps_its_single_verdict(ask):
    answer = ask("is cw2 due on a tuesday?", now="2021-01-12T10:00")
    assert answer.text.startswith("Yes: Coursework Task 2")


def test_an_ordinal_pair_is_no_day_of_the_month(ask):
    answer = ask("when is the 2nd and 3rd coursework due", now="2021-01-12T10:00")
    assert ids(answer) == ["CW2", "CW3"]


# The first or last thing of the whole course: the earliest (latest) dated event.
@pytest.mark.parametrize("question", [
    "what's the first event of the whole course?",
    "whats the first thing on the schedule",
    "what is the first thing that happens in this course",
])
def test_the_first_thing_of_the_course_is_its_earliest_dated_event(ask, schedule, question):
    answer = ask(question, now="2021-01-12T10:00")
    assert answer.text.startswith("The first dated event on the course page:")
    first = min(e.start for e in schedule.events() if e.start is not None)
    assert answer.events[0].start == first


@pytest.mark.parametrize("question", [
    "final event of the module?",
    "what's the last thing in the timetable",
])
def test_the_last_thing_of_the_course_is_its_latest_dated_event(ask, schedule, question):
    answer = ask(question, now="2021-01-12T10:00")
    assert answer.text.startswith("The last dated event on the course page:")
    last = max(e.start for e in schedule.events() if e.start is not None)
    assert answer.events[0].start == last


@pytest.mark.parametrize("question", [
    "what's the first tutorial?",
    "what's the first thing on the timetable tomorrow?",
])
def test_a_kind_or_a_day_named_is_not_the_course_edge(ask, question):
    answer = ask(question, now="2021-01-18T10:00")
    assert "dated event on the course page" not in answer.text


# A claim that two tasks are due together, even in distress: corrected with the facts first.
@pytest.mark.parametrize("question, unit, gap", [
    ("WHY ARE CW1 AND CW3 DUE AT THE SAME TIME", "at the same time", "32 days"),
    ("so task 1 and task 2 are due the same week?!", "in the same week", "18 days"),
    ("omg cw 2 and cw 3 on the same day, how am i meant to cope", "on the same day", "14 days"),
])
def test_a_claim_that_tasks_coincide_is_corrected(ask, question, unit, gap):
    answer = ask(question, now="2021-01-20T10:00")
    assert answer.text.startswith(f"No, they are not due {unit}: they are {gap} apart")
    assert len(answer.events) == 2
    assert answer.text.rstrip().endswith("(only the course staff will see it).")


@pytest.mark.parametrize("question", [
    "can i submit cw1 and cw2 at the same time?",
    "cw2 and cw3 are at the same time, can i get an extension",
    "i have cw2 and cw3 due the same week as my other exams",
])
def test_own_doing_or_an_outside_clash_is_not_corrected(ask, question):
    answer = ask(question, now="2021-01-20T10:00")
    assert not answer.text.startswith("No, they are not due")


# Near misses found on the spent sets: an idiom, an hour compared, an edge of another span.
@pytest.mark.parametrize("question", [
    "first time using the forum, where are the tutorials held?",
    "last time i checked the q&a was on teams, still true?",
])
def test_first_time_is_no_clock_edge(ask, question):
    assert "in the day among" not in ask(question).text


@pytest.mark.parametrize("question", [
    "cw1 and cw3 - same deadline time as cw2?",
    "what about cw1 and cw2, same time of day?",
])
def test_an_hour_compared_is_no_claim_of_coinciding(ask, question):
    assert not ask(question).text.startswith("No, they are not due")


def test_the_last_thing_before_another_event_is_not_the_course_edge(ask):
    answer = ask("what's the last thing on the timetable before the exam")
    assert "dated event on the course page" not in answer.text
