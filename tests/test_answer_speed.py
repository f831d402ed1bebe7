"""What keeps a content answer fast: the mechanisms, not a stopwatch (timings are measured by
bench/content_calibration.py on a quiet machine)."""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np
import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.core.topics import TopicIndex
from tests.conftest import LONDON

NOW = datetime(2021, 3, 1, 12, 0, tzinfo=LONDON)


def test_one_text_is_encoded_as_a_batch_encodes_it(embedder):
    """A single question skips the wrapper's bookkeeping but gets the same embedding."""
    texts = ["what is batch norm", "why isnt KL divergence symmetric?", "word " * 400]
    for text in texts:
        embedder.forget_recent()
        alone = embedder.encode([text])[0]
        embedder.forget_recent()  # or the batch would reuse the kept embedding
        batched = embedder.encode([text, "another text in the batch"])[0]
        assert alone.shape == (384,) and alone.dtype == np.float32
        assert np.allclose(alone, batched, atol=1e-5)
        assert abs(float(np.linalg.norm(alone)) - 1.0) < 1e-5


def test_a_text_read_twice_is_encoded_once(embedder, monkeypatch):
    """A message's parts and readings repeat texts; each goes through the model once. An
    index build's texts are not kept."""
    passes = _count_passes(embedder, monkeypatch)
    first = embedder.encode(["is flipping always ok"])
    pair = embedder.encode(["is flipping always ok", "what is dropout"])
    again = embedder.encode(["is flipping always ok"])
    again[0][0] = 99.0  # a caller's copy: the kept one is not changed
    assert passes == [["is flipping always ok"], ["what is dropout"]]
    assert np.array_equal(first[0], pair[0])
    assert np.array_equal(first, embedder.encode(["is flipping always ok"]))
    bulk = [f"passage number {i}" for i in range(20)]
    embedder.encode(bulk)
    embedder.encode(bulk)
    assert passes[2:] == [bulk, bulk]


def test_a_content_question_is_read_by_the_model_once(schedule, embedder, knowledge,
                                                      monkeypatch):
    """The topic search, the notes search and the composer share the question's embedding
    (the topic phrase was encoded a second time)."""
    assistant = Assistant(lambda: schedule, embedder, knowledge)
    assistant.view()  # the course's titles are encoded once, when the view is built
    calls: list[list[str]] = []
    encode = embedder._encode

    def counting(texts):
        calls.append(list(texts))
        return encode(texts)

    monkeypatch.setattr(embedder, "_encode", counting)  # the model's passes
    knowledge.forget_queries()
    answer = assistant.answer("why does batch normalisation help training",
                              AskContext(NOW, LONDON))
    assert answer.intent == "content" and answer.quotes
    assert len(calls) == 1, calls


def test_parsing_a_question_compiles_no_pattern(schedule, monkeypatch):
    """Patterns built per question (one per word) evicted every other pattern from re's
    cache, so each question recompiled dozens of them."""
    understander = Assistant(lambda: schedule).view().understander
    understander.parse("tell me about the gradient and what is the encoder", NOW, LONDON)
    compiled: list[str] = []
    compile_ = re._compiler.compile

    def spy(pattern, flags=0):
        compiled.append(str(pattern))
        return compile_(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", spy)
    q = understander.parse("tell me about the zorblax and what is the frobnitz quuxification",
                           NOW, LONDON)
    assert compiled == []
    assert {"zorblax", "frobnitz"} <= set(q.focus_words)


def test_texts_of_very_different_lengths_packed_in_one_pass_embed_as_each_alone(embedder):
    """A few texts share a pass packed into one sequence (no padding): each keeps its own
    positions and attends to itself only, so each gets the embedding it has alone, a text
    cut at the model's length included."""
    texts = ["how do skip connections help; what does the identity path carry",
             "ok", "why is the softmax temperature divided in", "token " * 400]
    packed = embedder._encode_few(texts)
    alone = np.stack([embedder._encode_one(t) for t in texts])
    assert packed.shape == (4, 384)
    assert np.allclose(packed, alone, atol=1e-5)


def test_texts_expected_along_share_a_pass_and_are_never_encoded_alone(embedder,
                                                                       monkeypatch):
    passes = _count_passes(embedder, monkeypatch)
    first = embedder.encode(["what does a pooling layer do"], along=["and a stride of two"])
    embedder.encode(["and a stride of two"])  # kept from the pass before
    embedder.encode(["what does a pooling layer do"], along=["something never asked"])
    assert passes == [["what does a pooling layer do", "and a stride of two"]]
    assert first.shape == (1, 384)
    assert embedder.kept(["and a stride of two"]) and not embedder.kept(["something never asked"])


def test_a_batching_embedder_passes_texts_along_only_with_a_pass(embedder, monkeypatch):
    from bot.core.batching import BatchingEmbedder

    passes = _count_passes(embedder, monkeypatch)
    shared = BatchingEmbedder(embedder)
    vectors = shared.encode(["is a gru simpler than an lstm"], along=["what gates does it drop"])
    assert vectors.shape == (1, 384)
    shared.encode(["is a gru simpler than an lstm"], along=["a text nobody needs"])
    assert passes == [["is a gru simpler than an lstm", "what gates does it drop"]]


@pytest.mark.parametrize("message", [
    # two questions the notes answer each from its own section
    "what does the reparameterisation trick do; why does the kl term pull towards the prior",
    # two parts, the second asking of the first's subject
    "how does attention weigh the values? and why scale the scores",
    # a question, then a remark about it
    "what is a residual block? i keep mixing it up with a highway layer",
])
def test_a_message_of_several_parts_is_read_by_the_model_in_one_pass(
        schedule, embedder, knowledge, monkeypatch, message):
    """Every text a content message is embedded as (each part as the classifier reads it and
    as the notes search it, and each of two questions it asks) is known before the first
    forward pass, and computed in it."""
    assistant = Assistant(lambda: schedule, embedder, knowledge)
    assistant.view()
    calls = _count_passes(embedder, monkeypatch)
    knowledge.forget_queries()
    answer = assistant.answer(message, AskContext(NOW, LONDON))
    assert answer.intent in ("content", "own_work") and answer.quotes
    assert len(calls) == 1, calls


@pytest.mark.parametrize("message", [
    "explain skip connections and vanishing gradients",
    "how do lstms and grus differ",
    "whats the link between attention, positional encodings and transformers",
    "explain the generator and the discriminator of a gan",
    "weight initialisation and exploding gradients, how are they related?",
    "tell me about pooling & strides in cnns",
    "what do max pooling and average pooling each keep",
    "variational autoencoders and the reparameterisation trick??",
    "label smoothing plus mixup, when would u use them",
    "can you go over dropout and weight decay, i always mix them up",
])
def test_topics_asked_together_are_read_in_the_message_s_one_pass(
        schedule, embedder, knowledge, monkeypatch, message):
    """Each topic of several asked together is read by meaning for the topic search: those
    readings join the message's first forward pass (they took one pass each)."""
    assistant = Assistant(lambda: schedule, embedder, knowledge)
    assistant.view()
    calls = _count_passes(embedder, monkeypatch)
    knowledge.forget_queries()
    assistant.answer(message, AskContext(NOW, LONDON))
    assert len(calls) == 1, calls


def test_the_topic_search_reads_the_topics_asked_together_in_one_pass(schedule, embedder,
                                                                        monkeypatch):
    """Alone too (no message's pass to join), the sides are read in one pass, and each as
    it reads alone."""
    topics = TopicIndex(schedule, embedder)
    phrase = "skip connections and vanishing gradients and gated units"
    sides = topics.texts_each(phrase)
    assert len(sides) == 3
    alone = [embedder.encode([side])[0] for side in sides]
    calls = _count_passes(embedder, monkeypatch)
    found = topics.search_each(phrase)
    assert calls == [sides]
    assert all(np.allclose(embedder.encode([side])[0], vector, atol=1e-5)
               for side, vector in zip(sides, alone, strict=True))
    assert found == topics.search_each(phrase) and len(calls) == 1


def _count_passes(embedder, monkeypatch) -> list[list[str]]:
    """The texts of each forward pass from now on (the kept embeddings emptied first)."""
    embedder.forget_recent()
    passes: list[list[str]] = []
    inner = embedder._encode

    def counting(texts):
        passes.append(list(texts))
        return inner(texts)

    monkeypatch.setattr(embedder, "_encode", counting)
    return passes
