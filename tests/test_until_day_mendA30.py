"""Round 30 (A, class 6): a day said after "until" ("away until the 17th", "offline till
next friday") asks what falls from now to the end of that day, not that day alone. A day
asked on its own, or gone by, keeps its own reading. Phrasings written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-08T09:00"  # Monday of week 5: sessions on Tue 9 and Tue 16 Feb


@pytest.mark.parametrize("question", [
    "travelling till the 17th, what will i miss?",
    "no wifi till friday 19th - anything on in the meantime?",
    "away up to thursday the 18th, which sessions happen meanwhile",
])
def test_a_day_after_until_is_the_stretch_from_now(ask, question):
    a = ask(question, now=NOW)
    assert a.answered, a.text
    assert "until the end of" in a.text.split("\n")[0], a.text
    got = ids(a)
    assert "QA-W5" in got and "QA-W6" in got, a.text  # both Tuesdays, not the day alone


@pytest.mark.parametrize("question", [
    "what's on the 16th?",  # the day alone
    "anything on tuesday the 9th",
])
def test_a_day_alone_stays_that_day(ask, question):
    a = ask(question, now=NOW)
    assert "until the end of" not in a.text, a.text
    assert "QA-W5" in ids(a) or "QA-W6" in ids(a), a.text
    assert not ("QA-W5" in ids(a) and "QA-W6" in ids(a)), a.text
