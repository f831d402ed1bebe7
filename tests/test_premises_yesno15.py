"""A Yes/No lead decided on the fact the premise states (round 15 mending): a deadline's day
and clock time checked in the zone said beside them ("friday 7pm uk" from Karachi is right
though it is Saturday there), each of two times said in its own zone ("19:00, so 2pm for me
in nyc"); a guess at a task's hand-out not checked against its due date; and a claim that
only some lectures are examinable denied when the page lists more."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, now, tz, verdict", [
    ("cw1 is due friday at 7pm uk time yeah? im in islamabad", "2021-02-02T09:00",
     "Asia/Karachi", "Yes"),
    ("is task 1 friday 7pm london? i'm based in wellington", "2021-02-01T09:00",
     "Pacific/Auckland", "Yes"),
    ("cw2 due tuesday at 7pm london, right? im in beijing", "2021-02-10T09:00",
     "Asia/Shanghai", "Yes"),
    ("cw1 is thursday 7pm uk right?", "2021-02-01T09:00", "Asia/Tokyo", "No"),
    ("cw1 due saturday 7pm uk yeah?", "2021-02-01T09:00", "Asia/Karachi", "No"),
])
def test_a_deadline_day_said_beside_a_zone_is_that_zones_day(ask, question, now, tz, verdict):
    a = ask(question, now=now, tz=tz)
    assert a.text.startswith(verdict + ":"), a.text


@pytest.mark.parametrize("question, now, tz, verdict", [
    ("task 3 is due 9 march at 19:00 so 2pm for me in new york correct?", "2021-03-04T09:00",
     "America/New_York", "Yes:"),
    ("cw2 is 23 feb 19:00, meaning 11am for me in LA right?", "2021-02-10T09:00",
     "America/Los_Angeles", "Yes:"),
    ("cw3 due at 7pm london so 9pm my time in berlin right", "2021-03-01T09:00",
     "Europe/Berlin", "No, not at 21:00"),
])
def test_a_course_time_and_a_local_time_each_hold_in_their_own_zone(ask, question, now, tz,
                                                                    verdict):
    a = ask(question, now=now, tz=tz)
    assert a.text.startswith(verdict), a.text


@pytest.mark.parametrize("question", [
    "task 2 gets released in week 5 yes?",
    "is cw3 handed out in week 6",
    "cw1 came out in week 2 right",
    "the second coursework is published in february isn't it",
])
def test_a_guess_at_a_hand_out_is_not_answered_from_the_due_date(ask, question):
    a = ask(question, now="2021-01-20T09:00")
    assert not a.text.startswith(("Yes", "No")), a.text
    assert "hand-out" in a.text and "listed from week" in a.text


@pytest.mark.parametrize("question", [
    "am i right that only lec 1-14 are examinable?",
    "exam is only on lectures 1 to 10, correct?",
    "nothing but lectures 15-21 will be examined yeah",
])
def test_a_claim_that_only_some_lectures_are_examinable_is_denied(ask, question):
    a = ask(question, now="2021-03-01T09:00")
    assert a.text.startswith("No"), a.text
    assert "also examinable" in a.text


def test_lectures_said_examinable_without_only_are_confirmed(ask):
    a = ask("lectures 1-14 are examinable right?", now="2021-03-01T09:00")
    assert a.text.startswith("Yes"), a.text


def test_only_said_of_the_marking_is_no_claim_about_the_lectures_named(ask):
    a = ask("is the vae lecture examinable or only the ones marked with !", now="2021-03-01T09:00")
    assert not a.text.startswith("No"), a.text


@pytest.mark.parametrize("question, verdict", [
    ("utc+9:30 here, when does the tutorial start for me", None),
    ("gmt+5:45 - is the tutorial at 4:45pm for me?", "Yes"),
    ("utc+5:30 is the q and a at 3:30pm for me?", "Yes"),
])
def test_a_zone_offset_is_no_clock_time_guessed(ask, question, verdict):
    a = ask(question, now="2021-02-10T09:00")
    if verdict is None:
        assert not a.text.startswith(("No", "Yes")), a.text
    else:
        assert a.text.startswith(verdict), a.text
