"""Two sessions at one time and which of them to go to asked (issue 13): the sessions are
listed, and the reply says the page does not say which to attend, with a TA offered."""

from __future__ import annotations

import pytest

from bot.core.lexicon import ASKS_WHICH_TO_ATTEND

NOW = "2021-02-09T10:00"


@pytest.mark.parametrize("text", [
    "TWO things at 11 on the 23rd, which one am I supposed to go to",
    "the q&a and the tutorial on feb 23 are at the same time - which do I pick?",
    "2 sessions clash at 11 on 23/02, which am i meant to go to",
    "which of them am I meant to join on the 23rd at 11, there are two",
])
def test_which_to_attend_is_not_on_the_page(ask, text):
    a = ask(text, NOW)
    assert "23 Feb" in a.text
    assert "doesn't say which of them to attend" in a.text
    assert "ask a TA" in a.text


@pytest.mark.parametrize("text", [
    "which tutorial is on tuesday",
    "which one is the live lecture",
    "which of them is on teams",
])
def test_which_one_is_on_is_no_choice_to_attend(text):
    assert ASKS_WHICH_TO_ATTEND.search(text.lower()) is None
