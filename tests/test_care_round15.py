"""Messages with a person behind them (round 15): someone who may be in danger, a long
backstory before a schedule question, a submission gone wrong, a greeting alone. Phrasings
written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from tests.test_second_course import ask2, second  # noqa: F401 (the second course's fixtures)

NOW = "2021-02-10T22:00"

_CRISIS = [
    "i honestly cant do this any more",
    "whats even the point. i feel like giving up on everything",
    "i dont want to be here anymore tbh",
    "ive been hurting myself again",
    "everyone would be better off without me",
    "I just want it all to stop. i don't see a way out",
    "im so tired, i dont think i can keep going. when is cw2 due",
]


@pytest.mark.parametrize("text", _CRISIS)
def test_someone_who_may_be_in_danger_is_answered_with_care_and_help_not_the_course(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and not a.answered and not a.events
    assert "emergency services" in a.text and "trust" in a.text
    assert 'say "ask a TA"' in a.text and "privately" in a.text
    # the support named comes from the course data
    assert "Samaritans" in a.text
    # nothing of the course: no marks or extensions template, no deadline, no forum
    assert "extension" not in a.text and "marks" not in a.text and "CW2" not in a.text
    assert "Piazza" not in a.text


def test_without_support_in_the_course_data_the_help_is_named_in_general_words(
        ask2):  # noqa: F811 (the imported fixture)
    a = ask2("i can't do this anymore, nobody would notice if i was gone")
    assert a.intent == "personal"
    assert W.CRISIS_EMERGENCY in a.text and W.CRISIS_SUPPORT in a.text


@pytest.mark.parametrize("text", [
    "cant do this anymore, my loss is nan again after 3 epochs",
    "whats the point of the pooling layer",
    "my gan is hopeless, the generator collapses every time",
])
def test_despair_over_a_bug_or_a_point_asked_is_no_crisis(ask, text):
    a = ask(text, NOW)
    assert "emergency services" not in a.text
