"""A whole kind of session asked for one attribute (round 18): its topics, place, time in
each week, a thing the page does not give, a superlative over a field given only for some
of them. The phrasings are the developer's own, not graded messages."""

from __future__ import annotations

from tests.conftest import ids

AFTER = "2026-12-06T04:00"  # a clock long after the course, as a batch without `now` runs


def test_a_kinds_topics_asked_after_the_course_are_listed_not_its_slot(ask):
    for question in ("could you list every tutorial topic", "what were the tuts about",
                     "gimme all the tutorial topics"):
        a = ask(question, now=AFTER)
        assert "The timetable puts" not in a.text, question
        assert "T04" in a.text and "Covariate shift" in a.text, question
        assert "T09" in ids(a), question


def test_a_kinds_place_asked_after_the_course_is_its_place(ask):
    for question in ("where do the tutorials take place", "where are q&as usually held",
                     "tutorials - where do they happen?"):
        a = ask(question, now=AFTER)
        assert "MS Teams" in a.text, question


def test_every_week_at_an_hour_checks_the_hour_and_names_the_weeks_that_differ(ask):
    for question, now in (("are q&as at 10 every single week", AFTER),
                          ("q&a is weekly at 10am, yes?", "2021-02-10T12:00"),
                          ("do the q&as happen each week at 10", AFTER)):
        a = ask(question, now=now)
        assert "Week 7: Tue 23 Feb 2021, 11:00 GMT" in a.text, question
        assert a.text.startswith("Mostly, not always"), question


TA = 'say "ask a TA"'


def test_a_time_the_page_does_not_give_offers_a_ta_and_is_not_answered(ask):
    for question in ("when does the week 3 quiz close", "what time do the quizzes open",
                     "when does the week 7 quiz start"):
        a = ask(question, now="2021-02-10T12:00")
        assert TA in a.text, question
        assert not a.answered, question


def test_a_code_to_join_an_online_session_is_not_on_the_page_and_offers_a_ta(ask):
    for question in ("teams code for the q&a channel?", "what's the zoom meeting id for "
                     "the tuts", "is there a join code for the tutorial team"):
        a = ask(question, now=AFTER)
        # (said not to be on the page, or handed to a person as an access code: either way
        # a TA, and nothing answered)
        assert "join codes" in a.text or "access codes" in a.text, question
        assert ('"ask a TA"' in a.text) and not a.answered, question
        assert "The timetable puts" not in a.text, question
