"""The question adapter (bot/knowledge/adapter.py): questions made from any course's notes,
trained toward their own section, stored with its hash and used only for the notes it
learned."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.knowledge import adapter as A
from bot.knowledge import adapter_train as T
from bot.knowledge.base import open_index

KERNELS = """# Kernel methods

## The kernel trick

A **kernel** is a function that computes an inner product in a feature space without
building the features.

It lets a linear method fit a nonlinear boundary.

## Support vector machines

A support vector machine is a classifier that maximises the margin between the classes.

Only the points on the margin, the support vectors, decide the boundary.
"""

TREES = """# Decision trees

## Splitting rules

Gini impurity is a measure of how mixed the labels of a node are.

A split is chosen to lower the impurity of the children most.

## Pruning

Pruning removes branches that fit noise, trading training accuracy for a simpler tree.
"""


@pytest.fixture(scope="module")
def small_notes(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("adapter-notes")
    (folder / "kernels.md").write_text(KERNELS)
    (folder / "trees.md").write_text(TREES)
    index, _ = open_index(folder, folder / "index", embedder)
    return index


def test_questions_come_from_headings_bold_terms_and_defining_sentences():
    made = A.section_questions("Splitting rules", "Decision trees",
                               ["Gini impurity is a measure of how mixed the labels are.",
                                "Each **split** lowers the impurity."])
    assert "what is splitting rules" in made
    assert "what is split" in made
    assert "what is gini impurity" in made


def test_every_section_of_the_notes_gets_questions_with_its_own_passages(small_notes):
    examples = T.generated_examples(small_notes)
    sections = {(small_notes.chunks[i].path, small_notes.chunks[i].section)
                for e in examples for i in e.positives}
    assert len(sections) == 4
    kernel = next(e for e in examples if e.question == "what is kernel")
    assert {small_notes.chunks[i].section.rsplit(" > ", 1)[-1] for i in kernel.positives} \
        == {"The kernel trick"}


def test_training_moves_the_questions_toward_their_own_section(small_notes, embedder):
    examples = T.generated_examples(small_notes)
    vectors = T.encode(embedder, [e.question for e in examples])
    matrix = T.train(vectors, examples, small_notes, epochs=40, l2=0.1)

    def margin(m: np.ndarray) -> float:
        """How far the own section's best passage stands above every other passage."""
        adapter = A.QuestionAdapter(m, {})
        gaps = []
        for e, v in zip(examples, vectors, strict=True):
            scores = small_notes.vectors @ adapter.apply(v)
            own = np.zeros(len(scores), dtype=bool)
            own[list(e.positives)] = True
            gaps.append(scores[own].max() - scores[~own].max())
        return float(np.mean(gaps))

    assert margin(matrix) > margin(np.eye(vectors.shape[1])) + 0.01


def test_the_identity_leaves_the_search_as_it_was(small_notes):
    q = small_notes.query_vector("how is a split chosen")
    before = small_notes.dense_scores(q)
    small_notes.adapter = A.QuestionAdapter(np.eye(len(q), dtype=np.float32), {})
    try:
        after = small_notes.dense_scores(q)
    finally:
        small_notes.adapter = None
    assert np.allclose(before[0], after[0], atol=1e-5)


def test_the_mix_is_part_of_the_stored_matrix_and_its_hash(tmp_path):
    learned = np.eye(4, dtype=np.float32) * 3
    half = T.mixed(learned, 0.5)
    assert np.allclose(half, np.eye(4) * 2)
    assert np.array_equal(T.mixed(learned, 1.0), learned)
    full = A.QuestionAdapter(learned, {"mix": 1.0}).save(tmp_path / "full")
    gentle = A.QuestionAdapter(half, {"mix": 0.5}).save(tmp_path / "half")
    assert full != gentle
    assert A.QuestionAdapter.load(tmp_path / "half").meta["mix"] == 0.5


def test_stored_with_its_hash_and_refused_when_altered(tmp_path):
    matrix = np.eye(4, dtype=np.float32) * 2
    digest = A.QuestionAdapter(matrix, {"embedding_sha256": "abc", "notes": ["a.md"]}
                               ).save(tmp_path)
    assert json.loads((tmp_path / A.MANIFEST_FILE).read_text())["sha256"] == digest
    loaded = A.QuestionAdapter.load(tmp_path, "abc")
    assert np.array_equal(loaded.matrix, matrix)
    assert np.allclose(np.linalg.norm(loaded.apply(np.ones(4, dtype=np.float32))), 1.0)
    with pytest.raises(A.AdapterError):
        A.QuestionAdapter.load(tmp_path, "another model")
    (tmp_path / A.MODEL_FILE).write_bytes(b"not the model")
    with pytest.raises(A.AdapterError):
        A.QuestionAdapter.load(tmp_path, "abc")


def test_an_adapter_of_other_notes_is_not_used(small_notes, embedder, tmp_path):
    d = small_notes.vectors.shape[1]
    A.QuestionAdapter(np.eye(d, dtype=np.float32),
                      {"embedding_sha256": embedder.sha256, "notes": ["L01-other.md"]}
                      ).save(tmp_path / "other")
    A.load_for(small_notes, tmp_path / "other", embedder.sha256)
    assert small_notes.adapter is None
    A.QuestionAdapter(np.eye(d, dtype=np.float32),
                      {"embedding_sha256": embedder.sha256,
                       "notes": ["kernels.md", "trees.md"]}).save(tmp_path / "same")
    A.load_for(small_notes, tmp_path / "same", embedder.sha256)
    try:
        assert small_notes.adapter is not None
    finally:
        small_notes.adapter = None
