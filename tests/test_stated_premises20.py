"""Round 20, issue 13: what the writer states or assumes is checked and answered. Phrasings
written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "now"), [
    ("if i hand in cw1 at like 6:45pm on the friday im fine right?", "2021-01-25T12:00"),
    ("if we upload cw3 at 18:55 on march 9 we're safe yeah?", "2021-03-01T12:00"),
    ("if i hand in task 2 at 6:45pm on tuesday that's fine right?", "2021-02-15T12:00"),
])
def test_a_planned_hand_in_before_the_deadline_is_said_in_time(ask, text, now):
    a = ask(text, now)
    assert a.intent == "deadline", a.text
    assert a.text.startswith("Yes:") and "before the" in a.text and "would be in time" in a.text
    assert "minutes before" in a.text, a.text  # on the deadline's own day


@pytest.mark.parametrize(("text", "now"), [
    ("if I submit task 2 at 7:30pm on the 23rd is that ok?", "2021-02-15T12:00"),
    ("if i upload coursework 3 at 19:20 on the tuesday it's due, am i ok?", "2021-03-01T12:00"),
])
def test_a_planned_hand_in_after_the_deadline_is_said_late(ask, text, now):
    a = ask(text, now)
    assert a.intent == "deadline", a.text
    assert a.text.startswith("No:") and "after the" in a.text and "would be late" in a.text


@pytest.mark.parametrize(("text", "lead"), [
    ("is cw2 due after the rnn tutorial", "Yes:"),
    ("is task 3 due before the attention tutorial?", "No:"),
    ("does cw1 have to be in before the batch norm tut", "No:"),
])
def test_a_deadline_named_first_against_a_session_opens_with_yes_or_no(ask, text, lead):
    a = ask(text, "2021-01-25T12:00")
    assert a.text.startswith(lead) and "comes first" in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(("text", "said"), [
    ("the ! marks stop at lecture 14, does that mean 15-21 arent examinable?", "15-21"),
    ("lecture 14 is the last one with the ! marks, so is 18 not examinable then?", "Lecture 18"),
    ("the marks end at lec 14. that means 16 and 17 aren't tested?", "Lecture 17"),
])
def test_a_denial_inferred_from_another_lecture_is_answered_of_those_denied(ask, text, said):
    a = ask(text, "2021-02-08T12:00")
    first = a.text.splitlines()[0]
    assert first.startswith("No") and "Lecture 14" not in first, a.text
    assert said in a.text and "examinable" in a.text, a.text


@pytest.mark.parametrize(("text", "gap"), [
    ("if cw3 went up the same day cw2 was due, thats how many days to do it?", "14 days"),
    ("say task 2 is released on the same day as task 1 is due, how long do we get for it?",
     "18 days"),
    ("if task 3 was set on the same day task 2 is due how many days do we have for it", "14 days"),
])
def test_the_same_day_said_as_a_condition_gives_the_days_between(ask, text, gap):
    a = ask(text, "2021-02-08T12:00")
    first = a.text.splitlines()[0]
    assert not first.startswith("No") and first.endswith(f"is {gap}."), a.text


@pytest.mark.parametrize("text", [
    "which room is the tuesday q&a in, is it huxley 311?",
    "where's the tutorial tomorrow, is it in room 308?",
    "where is the q&a on tuesday, is it in room 311?",
])
def test_a_room_guessed_for_a_session_held_online_is_corrected(ask, text):
    a = ask(text, "2021-02-08T12:00")
    first = a.text.splitlines()[0]
    assert first.startswith("No, not in a room:") and "MS Teams" in first, a.text
    assert "The next one: Tue 9 Feb 2021" in a.text, a.text


@pytest.mark.parametrize(("text", "tz", "place"), [
    ("any sessions left this week? also how far ahead is london rn", "America/New_York",
     "New York time"),
    ("whens the next q&a? how far ahead is the uk from me", "America/Chicago", "Chicago time"),
    ("how much ahead is london from me", "America/Los_Angeles", "Los Angeles time"),
])
def test_how_far_ahead_the_course_zone_is_answered_beside_the_rest(ask, text, tz, place):
    a = ask(text, "2021-02-08T12:00", tz)
    assert f"{place} (" in a.text and "behind course time" in a.text, a.text
