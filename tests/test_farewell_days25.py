"""A goodbye that says when one will be back ("talk on friday", "see you tmrw") asks nothing
of that day: it gets the farewell, not the day's sessions; a day asked about, with or
without a "night"/"later" beside it, is still a question (round 25). Phrasings written for
the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.nlu.pipeline import farewell_only

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "ty, see u on thursday!", "ok cheers, speak next week", "thanks a lot, talk to you tmrw",
    "great, catch ya on wednesday", "alright bye, till monday", "speak soon",
])
def test_a_goodbye_naming_a_day_is_a_farewell(text):
    assert farewell_only(text), text


@pytest.mark.parametrize("text", [
    "friday night?", "tomorrow later", "what about thursday", "thanks, and on monday?",
    "can we speak on monday about task 2", "see you at the tutorial on friday",
    "talk me through the week 5 tutorial",
])
def test_a_day_asked_about_is_not_a_farewell(text):
    assert not farewell_only(text), text


def test_the_farewell_reply_not_the_days_sessions(ask):
    for text in ("cheers mate, see ya tuesday", "thx! talk on friday then"):
        a = ask(text, NOW)
        assert a.intent == "greeting" and a.text == W.FAREWELL and not a.events, (text, a.text)
    a = ask("what's on tuesday?", NOW)
    assert a.intent == "schedule" and a.events, a.text
