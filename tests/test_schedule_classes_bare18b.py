"""Four schedule classes: what now, a span to a named event, a length with a plan after it,
and what to have watched before a session named by its day."""
from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("text", [
    "what lectures am i supposed to have watched before the QA on 16th",
    "which videos should I have seen before the q&a on 16 feb?",
    "which lectures do i need to watch ahead of the Q&A on the 16th",
])
def test_watch_before_a_session_named_by_its_day(ask, text):
    a = ask(text, now="2021-02-10T12:00")
    assert "(week 6):" in a.text and "lectures" in a.text
    assert {"QA-W6", "L01", "L21"} <= set(ids(a))


@pytest.mark.parametrize("text", [
    "How long is each Q&A? Want to book something after",
    "how long does the q&a last? planning to book a gym slot afterwards",
    "how long are the tutorials? I'd like to book in a meeting straight after.",
])
def test_a_length_asked_is_answered_whatever_plan_follows(ask, text):
    a = ask(text, now="2021-02-10T12:00")
    assert a.answered and "60-minute" in a.text
    assert "course book" not in a.text  # ("book something": booking, not the book)


@pytest.mark.parametrize("text", ["what now", "now what?", "ok so what's on next?",
                                  "What comes next then"])
def test_what_now_gives_the_next_session_and_deadline(ask, text):
    a = ask(text, now="2021-02-10T12:00")
    assert a.answered and {"QA-W6", "CW2"} <= set(ids(a))


@pytest.mark.parametrize("text", ["what now?", "right, now what"])
def test_what_now_after_the_course_says_all_is_over(ask, text):
    a = ask(text, now="2021-06-10T12:00")
    assert a.answered and "exam" in a.text and not ids(a)


@pytest.mark.parametrize("text", ["what's between now and cw2",
                                  "what have we got from now to cw2?",
                                  "whats there between now and coursework 2"])
def test_a_span_from_now_to_a_deadline_lists_what_is_in_it(ask, text):
    a = ask(text, now="2021-02-10T12:00")
    assert {"QA-W6", "T07", "CW2"} <= set(ids(a))
