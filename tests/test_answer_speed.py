"""What keeps a content answer fast: the mechanisms, not a stopwatch (timings are measured by
bench/content_calibration.py on a quiet machine)."""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
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
    embedder.forget_recent()
    passes: list[list[str]] = []
    inner = embedder._encode

    def counting(texts):
        passes.append(list(texts))
        return inner(texts)

    monkeypatch.setattr(embedder, "_encode", counting)
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
