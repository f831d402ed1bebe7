"""Round 14: content questions sent away from the notes. A judgement of the material said
beside a question about it is no circumstance of the writer's; a claim about the material
put to be checked is the material's."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core import personal as privacy
from bot.core.handlers.notes import unknown_name
from bot.nlu.intents import Intent
from bot.nlu.model import Prediction
from bot.nlu.policy import NOTES_FIRST, NOTES_WEAK, decide
from tests.conftest import LONDON


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
    answer = ask("why does batch norm even work, seems pointless to me lol", "2021-02-15T09:00")
    assert answer.intent == "content" and answer.quotes
    assert not answer.text.startswith("Thank")


NOW = datetime(2021, 2, 15, 9, tzinfo=LONDON)


@pytest.mark.parametrize("text, unknown", [
    # a library's name for something the notes explain, written as one word
    ("does nn.CrossEntropyLoss want logits or probabilities", None),
    ("is LayerNorm applied per example", None),
    # names the notes never use, as a phrase or at all
    ("how does FlashAttention speed up a transformer", "FlashAttention"),
    ("what is SimCLR", "SimCLR"),
])
def test_a_name_written_as_one_is_known_by_its_words_in_the_notes(assistant, text, unknown):
    view = assistant.view()
    q = view.understander.parse(text, NOW, LONDON)
    assert unknown_name(q, view) == unknown


def _close_reading() -> Prediction:
    return Prediction(((Intent.CONTENT, 0.34), (Intent.LOGISTICS, 0.33), (Intent.SCHEDULE, 0.2),
                       (Intent.OWN_WORK, 0.13)), embedded=False)


def test_the_notes_reading_first_and_well_answered_is_no_choice(assistant):
    q = assistant.view().understander.parse(
        "truncated bptt, is that just backprop over a window of steps or something else",
        NOW, LONDON)
    sure, unsure = NOTES_FIRST + 0.05, NOTES_WEAK + 0.1
    f = decide(q, _close_reading, lambda _: sure, lambda _: False, lambda _: sure)
    assert f.intent is Intent.CONTENT
    # the notes unsure: the two readings are put as a choice, as before
    f = decide(q, _close_reading, lambda _: unsure, lambda _: False, lambda _: unsure)
    assert f.intent is Intent.CLARIFY
    # only the admin notes sure (they restate the page): still a choice
    f = decide(q, _close_reading, lambda _: sure, lambda _: False, lambda _: unsure)
    assert f.intent is Intent.CLARIFY
