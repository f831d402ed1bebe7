"""Concurrent questions share the model's forward passes (bot/core/batching.py)."""

from __future__ import annotations

import threading
import time

import numpy as np

from bot.core.batching import SMALL, BatchingEmbedder


class GatedModel:
    """An embedder whose first pass waits for a gate, so callers pile up behind it; each
    text's vector encodes the text, so every caller can check it got its own."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.calls: list[list[str]] = []
        self.bulk_threads = 2
        self.sha256 = "fake"
        self.entered = threading.Event()

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        if len(self.calls) == 1:
            self.entered.set()
            assert self.gate.wait(10)
        if any(t == "boom" for t in texts):
            raise RuntimeError("the model failed")
        return np.array([[float(len(t)), float(hash(t) % 997)] for t in texts])


def vector(text: str) -> list[float]:
    return [float(len(text)), float(hash(text) % 997)]


def wait_for(predicate, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def ask_all(embedder: BatchingEmbedder, questions: list[list[str]]) -> dict[int, object]:
    results: dict[int, object] = {}

    def ask(i: int, texts: list[str]) -> None:
        try:
            results[i] = embedder.encode(texts).tolist()
        except RuntimeError as exc:
            results[i] = exc

    threads = [threading.Thread(target=ask, args=(i, q)) for i, q in enumerate(questions)]
    for t in threads:
        t.start()
    return results, threads  # type: ignore[return-value]


def test_questions_waiting_for_the_model_share_its_next_pass():
    model = GatedModel()
    embedder = BatchingEmbedder(model)  # type: ignore[arg-type]
    first, first_threads = ask_all(embedder, [["what is dropout?"]])
    assert model.entered.wait(10)  # the first pass runs (and is held)
    later = [[f"question {i}"] for i in range(5)] + [["two", "texts"]]
    results, threads = ask_all(embedder, later)
    wait_for(lambda: sum(len(r.texts) for r in embedder._queue) == 7)
    model.gate.set()
    for t in first_threads + threads:
        t.join(10)
    # One pass for the first question, one for the seven texts that queued behind it.
    assert len(model.calls) == 2 and sorted(model.calls[1]) == sorted(
        [q[0] for q in later[:5]] + ["two", "texts"])
    assert first[0] == [vector("what is dropout?")]
    for i, texts in enumerate(later):
        assert results[i] == [vector(t) for t in texts]  # each caller its own rows
    assert embedder.passes == 2 and embedder.batched == 6


def test_a_pass_never_grows_past_the_small_size():
    model = GatedModel()
    embedder = BatchingEmbedder(model)  # type: ignore[arg-type]
    _, first = ask_all(embedder, [["held"]])
    assert model.entered.wait(10)
    results, threads = ask_all(embedder, [[f"q{i}"] for i in range(SMALL + 3)])
    wait_for(lambda: len(embedder._queue) == SMALL + 3)
    model.gate.set()
    for t in first + threads:
        t.join(10)
    assert [len(c) for c in model.calls] == [1, SMALL, 3]
    assert all(results[i] == [vector(f"q{i}")] for i in range(SMALL + 3))


def test_a_failed_pass_fails_each_caller_and_the_next_pass_runs():
    model = GatedModel()
    embedder = BatchingEmbedder(model)  # type: ignore[arg-type]
    _, first = ask_all(embedder, [["held"]])
    assert model.entered.wait(10)
    results, threads = ask_all(embedder, [["boom"], ["fine"]])
    wait_for(lambda: len(embedder._queue) == 2)
    model.gate.set()
    for t in first + threads:
        t.join(10)
    assert isinstance(results[0], RuntimeError) and isinstance(results[1], RuntimeError)
    assert embedder.encode(["again"]).tolist() == [vector("again")]


def test_bulk_work_and_settings_go_to_the_model_itself():
    model = GatedModel()
    model.gate.set()
    embedder = BatchingEmbedder(model)  # type: ignore[arg-type]
    texts = [f"passage {i}" for i in range(SMALL + 1)]
    assert embedder.encode(texts).tolist() == [vector(t) for t in texts]
    assert model.calls == [texts] and embedder.passes == 0
    embedder.bulk_threads = 1  # what the notes loader does while it indexes
    assert model.bulk_threads == 1 and embedder.sha256 == "fake"


def test_the_real_model_gives_each_question_the_same_vector_in_a_shared_pass(embedder):
    # What sharing relies on: a shorter question padded to a longer one's length in one
    # pass gets the vector it gets alone.
    questions = ["what is dropout?", "explain backpropagation through time in recurrent "
                 "networks and why gradients vanish", "how does attention work?"]
    alone = np.vstack([embedder.encode([q]) for q in questions])
    assert np.allclose(alone, embedder.encode(questions), atol=1e-5)
