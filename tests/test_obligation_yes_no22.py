"""An obligation asked of is a yes or no question (round 22): "must i have task 2 done by
friday?", "should we ...", "shall we ..." get the yes/no checks a "do i ..." gets: a deadline
on or before the day said is a yes, one after it a no."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "now", "lead"), [
    ("must i have task 2 done by friday?", "2021-02-10T12:00", "No"),
    ("shall we hand in cw2 on monday?", "2021-02-10T12:00", "No"),
    ("should i finish cw3 by this friday?", "2021-02-10T12:00", "No"),
    ("should I submit cw1 by friday?", "2021-02-03T12:00", "Yes"),
    ("must we have cw3 finished by the 9th of march?", "2021-02-10T12:00", "Yes"),
])
def test_obligation_gets_a_yes_or_no(ask, question, now, lead):
    answer = ask(question, now=now)
    assert answer.intent == "deadline", answer.text
    assert answer.text.startswith(lead), answer.text
