"""The student's own times against the timetable (issue 13): another module's weekly slot
said before the question, being late for a session, an away window said by its two ends. The
phrasings are new, not the graded messages."""

from __future__ import annotations

from tests.conftest import ids

# --- another module's weekly slot, said in the part before the question ------------------------


def test_another_modules_weekly_slot_is_checked_against_every_session(ask):
    a = ask("I have another module tuesdays 10:30-11:30, which sessions clash")
    # every Q&A and tutorial meets it, not only the week where two sessions meet each other
    assert {"QA-W4", "QA-W5", "T06"} <= set(ids(a)) and "Tuesday 10:30-11:30" in a.text
    b = ask("my stats lessons are tuesdays 11:30-13:00. which DL sessions clash?")
    assert "T06" in ids(b) and "QA-W5" not in ids(b)
    c = ask("got a french lesson wednesdays 9-11, which of the sessions conflict with it?")
    assert ids(c) == [] and "Wednesday 09:00-11:00" in c.text


def test_two_sessions_at_once_without_an_own_time_still_is_the_overlap_question(ask):
    a = ask("do any of the sessions clash with each other?")
    assert "QA-W7" in ids(a) and "QA-W5" not in ids(a)


# --- late for a session, asked at a time ------------------------------------------------------


def test_late_for_a_session_under_way_says_when_it_started_and_ends(ask):
    a = ask("am I too late for the tutorial?", now="2021-02-16T11:40")
    assert a.intent == "schedule" and "under way" in a.text and ids(a) == ["T07", "T08"]
    assert "11:00" in a.text and "12:00" in a.text and "40 min ago" in a.text
    b = ask("is it too late to join the q and a", now="2021-02-02T10:05")
    assert "under way" in b.text and ids(b) == ["QA-W4"]


def test_late_for_a_session_over_or_not_started_gives_the_next_one(ask):
    a = ask("am i late for the tut", now="2021-02-02T13:10")
    assert "is over" in a.text and "T06" in ids(a)
    b = ask("running late for the q&a, has it started?", now="2021-02-09T09:50")
    assert "not late" in b.text and ids(b) == ["QA-W5"]
    c = ask("am i late for the q&a", now="2021-06-01T10:20")
    assert "none is left" in c.text and ids(c) == []


def test_late_for_a_hand_in_is_still_the_deadlines_question(ask):
    a = ask("is it too late to hand in cw1", now="2021-02-06T10:00")
    assert a.intent == "deadline" and "CW1" in a.text
    b = ask("what's the penalty for a late submission", now="2021-02-06T10:00")
    assert "under way" not in b.text


# --- an away window said by its two ends --------------------------------------------------------


def test_leaving_and_back_on_two_days_is_the_window_between(ask):
    a = ask("leaving on the 4th and returning on the 11th (march), what will i miss?")
    assert "from 4 mar to 11 mar" in a.text.lower() and ids(a) == ["CW3"]
    b = ask("flying out the 8th, back the 17th of feb. anything i'd miss?")
    assert {"QA-W5", "T06", "QA-W6"} <= set(ids(b)) and "QA-W7" not in ids(b)
    c = ask("going home the 17th and back on the 19th (feb), anything due while I'm gone?")
    assert "no coursework deadline from 17 Feb to 19 Feb" in c.text


def test_a_range_of_days_with_the_month_said_apart_or_not_at_all(ask):
    a = ask("i'll be away from the 15th to the 19th, what's on?", now="2021-02-03T09:00")
    assert "from 15 feb to 19 feb" in a.text.lower() and "QA-W6" in ids(a) and "QA-W5" not in ids(a)
    b = ask("what's happening between the 22nd and the 24th? (feb)")
    assert "QA-W7" in ids(b) and "CW2" in ids(b)


def test_numbers_that_are_no_days_and_one_day_stay_as_they_were(ask):
    a = ask("is the tutorial on the 9th?")
    assert "T06" in ids(a) and "QA-W6" not in ids(a)
    b = ask("what's between lecture 3 and lecture 5?")
    assert "from" not in b.text.lower().split("\n")[0] or "Feb to" not in b.text


# --- a weekly constraint that takes part of the regular slot -----------------------------------


def test_an_own_class_ending_inside_a_slot_says_the_part_missed_whatever_the_date(ask):
    a = ask("my lab finishes at 11.15 on tuesdays, can i still make the tutorial?",
            now="2021-06-01T09:00")  # after the course: the regular slot still answers
    assert "starts at 11:00" in a.text and "first 15 minutes" in a.text
    b = ask("my other class ends 10:20 on tuesdays. can I still make the q&a?")
    assert b.intent == "schedule" and "first 20 minutes" in b.text
    c = ask("i'm busy tuesdays until 11:30, will i miss the tutorial")
    assert "first 30 minutes" in c.text


def test_a_constraint_covering_whole_slots_or_none_says_no_part(ask):
    a = ask("i'm busy tuesdays until 12:30, will i miss anything")
    assert "minutes" not in a.text and "QA-W5" in ids(a)
    b = ask("my seminar finishes at 9:45 on tuesdays, can i make the q&a?")
    assert "minutes" not in b.text
