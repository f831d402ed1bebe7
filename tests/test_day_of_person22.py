"""A session named by the day of someone else's ("the tutorial on the bronstein day"): the
kind said before the day is the one answered, on the day that person's sessions fall; a
rumour that it is off is answered No while the page lists it, with the page-is-what-I-go-by
caveat. The phrasings are new, not the graded messages."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from tests.conftest import ids

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "someone in the gc said the tut on bronstein's day isn't happening, is that right?",
    "apparently the tutorial on that bronstein day got cancelled because of the guest lecture?",
    "my friend says the tutorial on bronsteins day is cancelled for the guest talk lecture, true?",
])
def test_a_rumour_about_the_tutorial_on_a_persons_day_confirms_the_tutorial(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("No: the tutorial on Bronstein's day"), a.text
    assert ids(a) == ["T09"], a.text
    assert W.CLAIM_GOES_BY_PAGE in a.text


@pytest.mark.parametrize("question", [
    "my mate reckons the q&a on stacey's day is cancelled, true?",
    "heard the qa on the stacey day was cancelled, right?",
])
def test_another_kind_on_another_persons_day(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("No: the Q&A on Stacey's day"), a.text
    assert ids(a) == ["QA-W6"], a.text


@pytest.mark.parametrize("question", [
    "is there a tutorial on the bronstein day",
    "is there a tut on bronstein's day?",
])
def test_asked_outright_it_is_yes(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith("Yes: the tutorial on Bronstein's day"), a.text
    assert ids(a) == ["T09"]
