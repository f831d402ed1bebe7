"""An "only" premise counted in the scope it is claimed over (round 25): the whole course, a
time the question names, what is still to come, or every kind of session in a time ("the
only thing on <day>"). Phrasings written for the test; near-misses keep their readings."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-01-24T12:00"


@pytest.mark.parametrize("question", [
    "is there just one tutorial across the entire course?",
    "only one panel discussion overall, yes?",
    "so the week 6 q&a is the only q&a this term",
])
def test_an_only_over_the_whole_course_counts_the_course(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith(("No: the course page lists", "Yes: the course page lists")), (
        question, a.text)
    if "panel" in question:
        assert a.text.startswith("Yes: the course page lists only one panel:"), a.text
    else:
        assert "not just one" in a.text and len(ids(a)) >= 6, (question, a.text)


def test_an_only_bound_to_a_time_counts_in_that_time(ask):
    a = ask("so cw1 is the only coursework deadline in february?", now=NOW)
    assert a.text.startswith("No: the course page lists 2 deadlines in February 2021"), a.text
    assert ids(a) == ["CW1", "CW2"], ids(a)
    a = ask("is task 3 the only deadline during march", now=NOW)
    assert a.text.startswith("Yes: the course page lists only one deadline in March"), a.text
    a = ask("the week 4 tutorial is the only tutorial in week 4 isn't it", now=NOW)
    assert a.text.startswith("Yes: the course page lists only one tutorial in week 4"), a.text


def test_an_only_left_counts_what_is_still_to_come(ask):
    a = ask("so there's only one q&a remaining?", now="2021-02-10T12:00")
    assert a.text.startswith("No: the course page lists 2 Q&A sessions still to come"), a.text
    a = ask("just one tutorial left now right", now="2021-02-25T12:00")
    assert a.text.startswith("Yes: the course page lists only one tutorial still to come"), (
        a.text)


def test_the_only_thing_in_a_time_counts_every_kind(ask):
    a = ask("the tutorial is the only session we have on tuesday, yeah?", now=NOW)
    assert a.text.startswith("No: the course page also lists a Q&A on Tue 26 Jan 2021"), a.text
    assert sorted(ids(a)) == ["QA-W3", "T03"], ids(a)
    a = ask("is the panel the only thing happening in week 8", now=NOW)
    assert a.text.startswith("No: the course page also lists a tutorial in week 8"), a.text
    a = ask("is the deadline the only thing on 9 march?", now=NOW)
    assert a.text.startswith("Yes: the deadline is the only thing the course page lists"), (
        a.text)


def test_an_only_that_qualifies_the_kind_is_not_a_count(ask):
    for question in ("is lecture 22 the only lecture in the course that is live?",
                     "is the q&a the only one with Kainz",
                     "is this the only tutorial on convolutions?"):
        a = ask(question, now=NOW)
        assert "not just one" not in a.text and "only one" not in a.text[:40], (question, a.text)
