"""Round 26 (E): a person at a kind of session after (or before) a month, asked yes or no:
the month read as the time from its end on, and the verdict first. Phrasings written for
the test."""

from __future__ import annotations

import pytest

BEFORE = "2021-01-20T12:00"


@pytest.mark.parametrize("question", [
    "does Schmidtke run any q&a after february",
])
def test_none_after_the_month_is_a_no_first(ask, question):
    a = ask(question, now=BEFORE)
    assert a.text.startswith("No"), a.text


def test_one_after_the_month_is_a_yes(ask):
    a = ask("is Kainz doing any tutorial after february?", now=BEFORE)
    assert a.text.startswith("Yes") and "Mar" in a.text, a.text


def test_in_the_month_keeps_its_reading(ask):
    a = ask("is Spies at a q&a in february", now=BEFORE)
    assert a.text.startswith("Yes") and "16 Feb" in a.text, a.text
