"""Whether a kind of session is always on a weekday (round 23): only the weekday of the
dated ones is compared (a session moved to another hour of that day is no exception), the
undated ones and the weeks without are still listed; an hour guessed is compared too. The
phrasings are the developer's own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", ["is the q&a session always on tuesdays?",
                                      "does the q&a always fall on a tuesday",
                                      "are tutorials always tuesday ones?"])
def test_a_weekday_guessed_compares_only_the_day(ask, question):
    answer = ask(question)
    assert answer.text.startswith("Yes: each one the course page dates is on a Tuesday.")


def test_the_undated_week_is_still_said(ask):
    text = ask("does the q&a always fall on a tuesday").text
    assert "Week 2: listed with no date or time" in text


@pytest.mark.parametrize("question, start", [
    ("is the q&a always on thursdays?", "No."),                  # the wrong day
    ("is the q&a always 10am on a tuesday?", "Mostly, not always."),  # an hour guessed too
])
def test_near_misses_keep_their_verdict(ask, question, start):
    assert ask(question).text.startswith(start)
