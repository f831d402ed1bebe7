"""Round 17: a bare call for help sent with a deadline close ("help", "??", "pls help!!")
names that deadline, the time left and how to reach a TA; far from one, the usual reply."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("said", "now", "wanted", "left"), [
    ("help", "2021-02-05T16:45", "CW1", "2 hours 15 minutes"),
    ("???", "2021-02-23T18:10", "CW2", "50 minutes"),
    ("pls help!!", "2021-03-09T07:00", "CW3", "12 hours"),
    ("HELP", "2021-03-08T20:00", "CW3", "23 hours"),
])
def test_a_bare_call_for_help_names_the_close_deadline(ask, said, now, wanted, left):
    a = ask(said, now=now)
    assert wanted in a.text and left in a.text
    assert "ask a TA" in a.text


@pytest.mark.parametrize(("said", "now"), [
    ("help", "2021-02-01T09:00"),  # CW1 is four days away
    ("what sort of things can you answer", "2021-02-05T16:45"),  # asks about the bot
])
def test_no_deadline_when_none_is_close_or_the_message_asks_something(ask, said, now):
    a = ask(said, now=now)
    assert "is due" not in a.text
