"""The reranker: its artifact is hash-checked at load, training is deterministic, its pairs
come from the labels, and the composer shows the unit it prefers."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.knowledge import rerank as R
from bot.knowledge import rerank_train as T
from bot.knowledge.base import open_index
from bot.knowledge.compose import compose

NOTES = """# Regularisation

## Dropout

Dropout is a regulariser that zeroes each hidden unit with probability $p$ during training.

At test time nothing is dropped, so the kept units are scaled by $1/(1-p)$ during training
to keep the expected activation the same.

**Co-adaptation.** Without dropout, units learn to fix each other's mistakes; dropping them
at random forces each unit to be useful on its own.

## Weight decay

Weight decay adds $\\lambda \\lVert w \\rVert^2$ to the loss, which shrinks the weights
towards zero at every step.

It is the same as an isotropic Gaussian prior on the weights.
"""


@pytest.fixture(scope="module")
def notes_index(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("regularisation")
    (folder / "N98-regularisation.md").write_text(NOTES)
    index, _ = open_index(folder, folder / "index", embedder)
    return index


class Prefers:
    """A stand-in cross-encoder: scores a unit by whether it holds `word`."""

    def __init__(self, word: str):
        self.word = word
        self.seen: list[list[str]] = []

    def scores(self, question: str, texts: list[str]) -> np.ndarray:
        self.seen.append(texts)
        return np.array([5.0 if self.word in t else -5.0 for t in texts], dtype=np.float32)


def _first_of(index, heading):
    return next(c for c in index.chunks if c.section.endswith(heading))


def test_the_composer_shows_the_unit_the_reranker_prefers(notes_index):
    question = "what is dropout"
    vector = notes_index.query_vector(question)
    dropout = _first_of(notes_index, "Dropout")
    alone = compose(question, vector, dropout, notes_index)
    assert "Co-adaptation" not in alone.markdown.split("\n\n")[0]
    notes_index.reranker = Prefers("Co-adaptation")
    try:
        chosen = compose(question, vector, dropout, notes_index)
    finally:
        notes_index.reranker = None
    assert "Co-adaptation" in chosen.markdown and chosen.rerank == 5.0


def test_the_reranker_may_take_the_answer_from_the_next_section(notes_index):
    question = "why do the weights shrink"
    vector = notes_index.query_vector(question)
    dropout, decay = _first_of(notes_index, "Dropout"), _first_of(notes_index, "Weight decay")
    # Without a reranker the first section is the answer's, whatever else is offered.
    alone = compose(question, vector, dropout, notes_index, (decay,))
    assert alone.chunk.section.endswith("Dropout")
    notes_index.reranker = judge = Prefers("shrinks the weights")
    try:
        chosen = compose(question, vector, dropout, notes_index, (decay,))
    finally:
        notes_index.reranker = None
    assert chosen.chunk.section.endswith("Weight decay")
    assert "shrinks the weights" in chosen.markdown
    assert len(judge.seen[0]) <= 6  # only the composer's best few units are read


def test_labelled_pairs_take_evidence_units_as_positives_and_the_best_others_as_negatives():
    case = T.Labelled("why dropout scale", "notes/N98-regularisation.md", "Dropout",
                      ["so the kept units are scaled by $1/(1-p)$"], ["N97-other.md"])
    sections = [
        (("N98-regularisation.md", "Dropout"),
         ["Dropout is a regulariser.", "At test time nothing is dropped, so the kept units "
          "are scaled by $1/(1-p)$ during training.", "**Co-adaptation.** Units."],
         [0.9, 0.5, 0.1]),
        (("N97-other.md", "Other"), ["Also answers: units are scaled."], [1.0]),
        (("N98-regularisation.md", "Weight decay"), ["Weight decay shrinks."], [0.3]),
    ]
    pairs = T.labelled_pairs(case, "why does dropout scale", sections)
    positives = [p.text for p in pairs if p.label == 1.0]
    negatives = [p.text for p in pairs if p.label == 0.0]
    assert positives == [sections[0][1][1]]
    # The composer's best non-answering units first; the note also labelled right is left out.
    assert negatives == ["Dropout is a regulariser.", "Weight decay shrinks.",
                         "**Co-adaptation.** Units."]
    assert {p.group for p in pairs} == {"why dropout scale"}


def test_questions_are_made_from_the_notes_bold_terms_and_defining_headings(notes_index):
    pairs = T.generated_pairs(notes_index)
    questions = {p.question for p in pairs if p.label == 1.0}
    assert "what is co-adaptation" in questions
    assert "what is dropout" in questions
    positive = next(p for p in pairs if p.question == "what is co-adaptation" and p.label)
    assert positive.text.startswith("**Co-adaptation.**")


def _tiny_training(embedder):
    pairs = [T.Pair("what is dropout", "Dropout zeroes units at random.", 1.0, "a"),
             T.Pair("what is dropout", "Weight decay shrinks the weights.", 0.0, "a"),
             T.Pair("what is weight decay", "Weight decay shrinks the weights.", 1.0, "b"),
             T.Pair("what is weight decay", "Dropout zeroes units at random.", 0.0, "b")]
    return T.train(pairs, embedder.model_dir, layers=1, epochs=1, batch=2)


def test_training_is_deterministic_and_the_artifact_is_checked_at_load(tmp_path, embedder):
    first = R.save(_tiny_training(embedder), tmp_path / "a",
                   {"layers": 1, "base_sha256": embedder.sha256})
    second = R.save(_tiny_training(embedder), tmp_path / "b",
                    {"layers": 1, "base_sha256": embedder.sha256})
    assert first == second  # same data and seed: the same bytes
    reranker = R.Reranker.load(tmp_path / "a", embedder.model_dir, embedder.sha256)
    scores = reranker.scores("what is dropout", ["Dropout zeroes units.", "Weight decay."])
    assert scores.shape == (2,) and np.isfinite(scores).all()

    with pytest.raises(R.RerankerError, match="another embedding model"):
        R.Reranker.load(tmp_path / "a", embedder.model_dir, "0" * 64)
    artifact = tmp_path / "a" / R.MODEL_FILE
    data = bytearray(artifact.read_bytes())
    data[-1] ^= 1
    artifact.write_bytes(bytes(data))
    with pytest.raises(R.RerankerError, match="does not match the sha256"):
        R.Reranker.load(tmp_path / "a", embedder.model_dir, embedder.sha256)
    manifest = json.loads((tmp_path / "b" / R.MANIFEST_FILE).read_text())
    assert manifest["sha256"] == second and manifest["layers"] == 1


def test_the_command_asks_for_labelled_questions(capsys):
    from bot.__main__ import main

    assert main(["knowledge", "train-reranker"]) == 2
    assert "--labelled" in capsys.readouterr().err
