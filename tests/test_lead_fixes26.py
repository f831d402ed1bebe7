"""Round 26, after integration: a date named as the page dates it is checked in course time
too (the asker abroad may give the clock in their own zone), and a person asked whether they
take students on for projects is theirs to decide."""

from __future__ import annotations

import pytest

from bot.core.their_call import asks_their_grant


@pytest.mark.parametrize("text, tz, local", [
    ("so the 9 march deadline lands at 4am my time, yes?", "Asia/Tokyo", "04:00 JST"),
    ("the cw3 deadline on 9 mar is 4am for me right?", "Asia/Tokyo", "04:00 JST"),
    ("so the 23 feb deadline is 2pm for me?", "America/New_York", "14:00 EST"),
])
def test_a_date_as_the_page_gives_it_holds_in_course_time(ask, text, tz, local):
    a = ask(text, now="2021-02-20T09:00", tz=tz)
    assert not a.text.startswith("No"), a.text
    assert local in a.text


@pytest.mark.parametrize("text, tz, wrong", [
    ("is cw3 due on the 8th of march?", "Asia/Tokyo", "No"),      # neither calendar's day
    ("so the 23 feb deadline is 7pm for me right", "America/New_York", "No, not at 19:00"),
])
def test_a_date_or_clock_that_holds_in_neither_is_still_denied(ask, text, tz, wrong):
    a = ask(text, now="2021-02-20T09:00", tz=tz)
    assert a.text.startswith(wrong), a.text


@pytest.mark.parametrize("text", [
    "does Li take phd students for summer research?",
    "would the lecturer take students on for a final year project",
])
def test_taking_students_on_is_the_persons_call(text):
    assert asks_their_grant(text, staff_named=True)


@pytest.mark.parametrize("text", [
    "does the course take students from other departments",  # admission, not their grant
    "are the coursework tasks individual projects",
])
def test_taking_students_without_a_grant_is_not(text):
    assert not asks_their_grant(text, staff_named=False)


def test_today_is_the_askers_own_day_not_the_pages(ask):
    # 22 hours before the deadline from Sydney: the page's Tuesday is the asker's Wednesday
    a = ask("is cw3 due today? what time for me", now="2021-03-08T21:00",
            tz="Australia/Sydney")
    assert a.text.startswith("No"), a.text


@pytest.mark.parametrize("text", [
    "there's no submission page for task 2 on the system yet, due soon",
    "is there no handin link for cw1?",
])
def test_a_missing_hand_in_page_is_not_read_as_a_person_named(text):
    from bot.core.text import normalize
    from bot.nlu import safety
    assert not safety.asks_named_status(normalize(text))
