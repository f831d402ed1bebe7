"""A clock-change question asked beside the converted time of an event ("what's the cw2
deadline in my time, and does the DST switch here change it"): both are answered, the clock
change from the tz database against that event. The phrasings are new (round 30)."""

from __future__ import annotations

import pytest

_NOW = "2021-02-01T09:00"


@pytest.mark.parametrize("question", [
    "I'm in Auckland, what time is task 3 due for me and does summer time ending there matter?",
    "living in santiago rn, cw2 deadline in my time? also will the DST switch affect it",
    "in sydney - when's cw3 due locally, and does daylight saving finishing change that?",
])
def test_the_time_and_the_clock_change_are_both_answered(ask, question):
    a = ask(question, now=_NOW)
    assert a.answered
    assert "is due" in a.text  # the converted time
    assert "The clocks change in" in a.text  # the clock change, from the tz database


def test_time_alone_says_no_clock_change(ask):
    a = ask("when is cw3 due in auckland time", now=_NOW)
    assert "is due" in a.text and "The clocks change in" not in a.text
