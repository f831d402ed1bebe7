"""Two sayings of a course fact set against each other ("... who wins", "settle this",
"who's right"): an either/or checked against the page, not banter to refuse
(`bot/nlu/rival.py`, `bot/core/either.py`). The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from bot.nlu.rival import rival_sides

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text, sides", [
    ("my flatmate says the tutorials are on fridays, I said tuesdays. who wins",
     ("the tutorials are on fridays", "tuesdays")),
    ("settle this: i think cw3 is due the 8th, my mate says the 9th",
     ("cw3 is due the 8th", "the 9th")),
    ("I reckon the panel is in week 8 but tom says week 7, who's right?",
     ("the panel is in week 8", "week 7")),
])
def test_the_two_sides_are_read(text, sides):
    assert rival_sides(text) == sides


@pytest.mark.parametrize("text", [
    "who wins in a fight, a GAN or a transformer",
    "my friend says cw2 is due the 23rd, is that right?",
])
def test_no_contest_of_two_sayings(text):
    assert rival_sides(text) is None


@pytest.mark.parametrize("text, right", [
    ("my flatmate says the tutorials are on fridays, I said tuesdays. who wins", "Tuesday"),
    ("settle this: i think cw3 is due the 8th, my mate says the 9th", "9th"),
    ("we said the tutorials are on thursdays, but the TA says tuesdays, who is right",
     "Tuesday"),
])
def test_a_contest_of_course_facts_is_answered_not_refused(ask, text, right):
    a = ask(text, now=NOW)
    assert a.answered and "not something I answer" not in a.text, a.text
    assert right in a.text.splitlines()[0], a.text
