"""A question about the material asked beside what went wrong in one's own work ("D loss
hits 0 and G loss climbs, what should i do", "the KL goes to infinity, should the encoder
output log variance", "nn.Dropout(p=0.2): do I rescale at eval"): answered from the notes,
searched both as a question about the material and as a symptom, by the usual rules, with
the offer of a TA; a report that asks nothing keeps the stricter rules."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import wording as W
from bot.core.handlers import beyond
from bot.knowledge.confidence import CONFIDENT_THRESHOLD

ASKED_BESIDE = [
    ("nn.Dropout(p=0.2) in my model: at eval time do i rescale the activations by hand or "
     "does torch do it for me", "eval"),
    ("should random horizontal flips also go in my validation transforms or only in the "
     "training ones", "augment"),
    ("my VAE encoder outputs sigma and the KL term goes to infinity, should it output log "
     "variance instead", "KL"),
    ("my discriminator loss hits 0 after a few iterations and the generator loss just keeps "
     "going up, what should i do", "GAN"),
    ("do i have to call model.eval() before computing validation accuracy for my batchnorm "
     "network", "inference"),
]


@pytest.mark.parametrize(("message", "shown"), ASKED_BESIDE)
def test_a_question_beside_a_symptom_is_answered_from_the_notes(ask, message, shown):
    a = ask(message)
    assert a.intent == "own_work" and a.quotes, message
    said = " ".join(q.markdown for q in a.quotes) + " ".join(s.title for s in a.sources)
    assert shown in said, message
    assert W.OWN_WORK_TA in a.text and "couldn't find" not in a.text
    assert a.answered == (a.confidence >= CONFIDENT_THRESHOLD)
    assert not any(e.kind == "deadline" for e in a.events)


def _query(assistant, message):
    view = assistant.view()
    tz = ZoneInfo("Europe/London")
    return view.understander.parse(message, datetime(2021, 2, 1, 9, tzinfo=tz), tz), view


@pytest.mark.parametrize("message", [
    "should random crops be applied to the test images as well",
    "my val loss is flat. is weight decay supposed to go on the biases too",
    "training is unstable; would a lower learning rate help",
])
def test_an_auxiliary_opening_a_clause_asks(assistant, message):
    q, _ = _query(assistant, message)
    assert beyond._asks(q), message


@pytest.mark.parametrize("message", [
    "my generator keeps giving the same blob for every z",
    "write the training loop for my gan, it keeps collapsing",
    "can you fix my vae, the kl is inf",
])
def test_a_report_that_asks_nothing_gets_no_practice_answer(assistant, message):
    q, view = _query(assistant, message)
    assert not beyond._asks(q), message


@pytest.mark.parametrize("message", [
    "never touched pytorch before, where should i begin for cw1",
    "i have no idea how to start coursework 1, which notebook do i open first?",
])
def test_a_question_the_search_reads_as_about_the_course_quotes_no_material(ask, message):
    a = ask(message)
    # (the course overview is not quoted as help with one's work, nor anything else)
    assert a.intent != "own_work" or not a.quotes, message
