"""Content answers: a part that goes on asking about the material is one question with it;
the intent text and the search text in one forward pass; answers below the confident
threshold shown with hedged wording and not counted as answered."""

from __future__ import annotations

import numpy as np
import pytest

import bot.core.handlers.notes as notes
from bot.core import wording as W
from bot.core.answer import AskContext
from bot.core.multipart import split_question


@pytest.mark.parametrize("message", [
    "quick q on attention - why divide by sqrt(d_k) in the dot product? what goes wrong if "
    "we skip it",
    "after the covariate shift tutorial: why is it a problem if p(x) changes between train "
    "and test but p(y|x) stays the same? the mapping we learn is still correct isnt it",
    "In multi-head attention how are the heads formed? does each head get the full "
    "embedding or is it split?",
    "If a conv layer is followed directly by batchnorm, is the conv bias redundant? can I "
    "set bias=False",
    "how does gradient clipping help when training RNNs and how is it done?",
])
def test_a_part_that_goes_on_asking_about_the_material_joins_it(message):
    assert len(split_question(message)) == 1


@pytest.mark.parametrize("message", [
    "quick q on attention - why divide by sqrt(d_k)? is it on the exam",  # the schedule
    "after the covariate shift tutorial: why is it a problem if p(x) changes? "
    "can I get an extension",  # a personal matter, read alone by the rules
    "what is a gan? who teaches it",
    "how does gradient clipping help? when is the rnn lecture",
])
def test_a_part_about_the_schedule_or_a_personal_matter_stays_apart(message):
    assert len(split_question(message)) == 2


def test_a_few_texts_in_one_pass_embed_as_each_alone(embedder):
    texts = ["what is the elbo", "what is the elbo (evidence lower bound) in a vae"]
    together = embedder._encode_few(texts)
    alone = np.stack([embedder._encode_one(t) for t in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_a_question_the_classifier_reads_by_embedding_costs_one_forward_pass(
        assistant, embedder, monkeypatch):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Europe/London")
    now = datetime(2021, 2, 1, 9, tzinfo=tz)
    question = "what is the ELBO"
    view = assistant.view()
    from bot.nlu.features import masked, sparse_features
    q = view.understander.parse(question, now, tz)
    assert view.nlu.model.needs_embedding(sparse_features(q, masked(q)))  # the case tested
    tokenizer, transformer, length = embedder._direct
    passes = []

    def counted(*args, **kwargs):
        # the texts of a pass, packed into one sequence: each starts at position 0
        positions = kwargs.get("position_ids")
        passes.append(kwargs["input_ids"].shape[0] if positions is None
                      else int((positions == 0).sum()))
        return transformer(*args, **kwargs)

    monkeypatch.setattr(embedder, "_direct", (tokenizer, counted, length))
    embedder.forget_recent()
    view.knowledge.forget_queries()
    answer = assistant.answer(question, AskContext(now, tz))
    assert answer.intent == "content" and answer.quotes
    assert passes == [2]  # the intent text and the search text, together


def test_below_the_confident_threshold_the_notes_are_shown_hedged(ask, monkeypatch):
    # (a question the models are sure of, above RUNNER_UP_BELOW: below it a close runner-up
    # section is added to an unsure answer, so the passages shown would differ by design)
    question = "what is mode collapse"
    monkeypatch.setattr(notes, "CONFIDENT_THRESHOLD", 0.0)
    sure = ask(question)
    assert sure.answered and sure.text.startswith(W.FROM_NOTES) and sure.quotes
    monkeypatch.setattr(notes, "CONFIDENT_THRESHOLD", 1.01)
    hedged = ask(question)
    assert not hedged.answered and hedged.intent == "content"
    assert hedged.text.startswith(W.FROM_NOTES_HEDGED)
    assert [x.markdown for x in hedged.quotes] == [x.markdown for x in sure.quotes]
    assert hedged.confidence == pytest.approx(sure.confidence)


def test_a_hedged_answer_is_not_dropped_beside_an_answered_part(ask, monkeypatch):
    monkeypatch.setattr(notes, "CONFIDENT_THRESHOLD", 1.01)
    answer = ask("what is mode collapse in gans? and when is cw2 due")
    assert W.FROM_NOTES_HEDGED in answer.text and answer.quotes
    assert "Coursework Task 2" in answer.text
    assert not answer.answered
