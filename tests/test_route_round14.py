"""Round 14: content questions sent away from the notes. A judgement of the material said
beside a question about it is no circumstance of the writer's; a claim about the material
put to be checked is the material's."""

from __future__ import annotations

import pytest

from bot.core import personal as privacy


@pytest.mark.parametrize("text", [
    "why does weight decay even help, seems pointless to me lol",
    "i think pooling is kinda pointless, what does it add",
    "layer norm looks pointless to me tbh. why use it?",
])
def test_pointless_said_of_a_method_is_an_opinion(text):
    assert privacy.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "everything i do feels pointless, can i talk to someone",
    "i'm so stressed and it all seems pointless",
    "honestly i feel pointless, what should i do",
])
def test_pointless_said_of_ones_life_stays_the_writers(text):
    assert privacy.rule_verdict(text) == "mind"


def test_an_opinion_beside_a_question_is_answered_from_the_notes(ask):
    answer = ask("why do we bother with dropout, seems pointless to me lol", "2021-02-15T09:00")
    assert answer.intent == "content" and answer.quotes
    assert not answer.text.startswith("Thank")
