"""Round 19: two claims set against each other after a lead-in that says who argued ("my
friend and I were arguing - she says X, I say Y, who wins") are checked against the page,
not refused as a contest, and the right side is said first."""

from __future__ import annotations

import pytest

from bot.nlu.rival import rival_sides


@pytest.mark.parametrize("message, sides", [
    ("my friend and I were arguing – she says cw2 is due on a tuesday, I say it's a friday, "
     "who wins", ("cw2 is due on a tuesday", "a friday")),
    ("ok so we were debating this in the library. my mate says lecture 20 is in week 6 and i "
     "said week 7. who is right", ("lecture 20 is in week 6", "week 7")),
    ("me and my flatmate had a bet - he says the tutorials are on tuesdays, i say wednesdays. "
     "who's right?", ("the tutorials are on tuesdays", "wednesdays")),
])
def test_a_lead_in_is_neither_side(message, sides):
    assert rival_sides(message) == sides


@pytest.mark.parametrize("message, right", [
    ("my friend and I were arguing – she says cw2 is due on a tuesday, I say it's a friday, "
     "who wins", "Tuesday"),
    ("we had a whole argument over lunch: jo says cw2 is due on a friday, i say tuesday. "
     "who's right", "Tuesday"),
])
def test_the_right_side_is_said_first(ask, message, right):
    answer = ask(message, now="2021-02-10T12:00")
    assert answer.answered and answer.intent != "off_topic", answer.text
    assert answer.text.lstrip().startswith(("On " + right, right)), answer.text
