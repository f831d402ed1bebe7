"""A student's guess checked in their own terms: a deadline's day and clock time compared in
the zone they say (a past deadline's weekday on its own week), a guess that there is none of a
session corrected when there is one, a claim reported or doubted checked like a guess, and two
sessions set side by side by "the same time as" compared with each other."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, now, tz, verdict", [
    # a past deadline: "friday" is the friday it fell on, compared in the asker's zone
    ("task 1 was due friday at 1pm my time, right?", "2021-02-16T09:00", "America/Chicago",
     "Yes:"),
    ("task 1 was due friday at 7pm for me right?", "2021-02-16T09:00", "America/Chicago",
     "No, not at 19:00:"),
    ("cw2 deadline is 4am wednesday for me, correct?", "2021-02-01T09:00", "Asia/Tokyo", "Yes:"),
    ("cw3 closes at 6pm right?", "2021-02-01T09:00", "Europe/London", "No, not at 18:00:"),
    ("cw3 closes at 7pm uk time right?", "2021-02-01T09:00", "Asia/Tokyo", "Yes:"),
    ("task 1 is due at 2pm lima time yeah?", "2021-02-01T09:00", "Europe/London", "Yes:"),
])
def test_a_deadline_guessed_with_a_clock_time_is_checked_in_the_zone_said(
        ask, question, now, tz, verdict):
    a = ask(question, now=now, tz=tz)
    assert a.intent == "deadline" and a.text.startswith(verdict)


def test_two_days_guessed_are_a_choice_not_a_yes_or_no(ask):
    a = ask("my mate thinks cw1 is due monday, i said friday, which is it", now="2021-02-01T09:00")
    assert "5 Feb" in a.text and not a.text.startswith(("Yes", "No"))


@pytest.mark.parametrize("question, verdict", [
    ("there's no tutorial in week 6 right?", "No, there is one:"),
    ("i heard the q&a isn't on in week 4, true?", "No, there is one:"),
    ("no tutorial in week 9 yeah?", "Right, there is none:"),
    ("there's a q&a in week 4, no?", "Yes:"),
])
def test_a_guess_that_there_is_none_is_corrected_or_agreed(ask, question, verdict):
    a = ask(question, now="2021-02-01T09:00")
    assert a.intent == "schedule" and a.text.startswith(verdict)


def test_a_time_set_against_another_is_not_a_denial(ask):
    a = ask("the tutorial on 2 feb is at 11 not 10 right?", now="2021-02-01T09:00")
    assert not a.text.startswith("No, there is")


@pytest.mark.parametrize("question, verdict", [
    ("you sure? a classmate said cw2 is due at 5pm", "No, not at 17:00:"),
    ("really? my friend says task 3 is due on a monday", "No:"),
    ("someone told me cw2 is due tuesday 23 feb", "Yes:"),
])
def test_a_claim_reported_or_doubted_is_checked(ask, question, verdict):
    a = ask(question, now="2021-02-01T09:00")
    assert a.intent == "deadline" and a.text.startswith(verdict)


def test_a_claim_the_page_makes_is_not_a_reported_guess(ask):
    a = ask("the page says the week 2 q&a has no time? when is it then", now="2021-01-12T09:00")
    assert not a.text.startswith(("Yes", "No"))


@pytest.mark.parametrize("question, verdict", [
    ("does the covariate shift tut clash with the batch norm one?", "Yes:"),
    ("is the cnn tutorial at the same time as the gnn one", "No:"),
])
def test_two_sessions_at_the_same_time_are_compared(ask, question, verdict):
    a = ask(question, now="2021-02-01T09:00")
    assert a.intent == "schedule" and verdict in a.text and len(a.events) == 2
