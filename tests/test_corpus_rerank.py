"""The corpus-made reranker's training pairs (bench/corpus_rerank.py; measured, not
shipped): questions come from the corpus's own headings and sentences, the positive is a
passage of the question's file other than the one it was drawn from, and the negatives are
the best passages of other files."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import corpus_rerank as C  # noqa: E402

from bot.knowledge.base import open_index  # noqa: E402

POOLING = """# Pooling layers

## Max pooling

A max pooling layer keeps the largest activation of every window it slides over the feature map.

It makes the representation insensitive to small shifts of the input image.

## Average pooling

An average pooling layer replaces each window of the feature map by the mean of its values.

Average pooling smooths the feature map instead of picking its strongest activation.
"""

DROPOUT = """# Dropout in practice

## Dropping hidden units

Dropout zeroes each hidden unit at random with a fixed probability while the network trains.

The surviving activations are scaled up so that their expected value stays the same.

## Dropout at test time

At test time no unit is dropped and the full network is used for every prediction.
"""


@pytest.fixture(scope="module")
def two_files(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("two-files")
    (folder / "pooling.md").write_text(POOLING)
    (folder / "dropout.md").write_text(DROPOUT)
    index, _ = open_index(folder, folder / "index", embedder)
    return index


def test_questions_come_from_headings_and_sentences_and_skip_their_own_passage(two_files):
    made = C.generated_questions(two_files, np.random.default_rng(0))
    questions = {q: (path, skip) for q, path, skip in made}
    assert questions["Max pooling"][0] == "pooling.md"  # a heading of two words or more
    for question, (path, skip) in questions.items():
        own = {two_files.chunks[i].path for i in skip}
        assert own == {path}
        if question != "Max pooling" and len(question.split()) >= C.MIN_WORDS:
            assert any(question in " ".join(two_files.chunks[i].text.split()) for i in skip)


def test_the_positive_is_another_passage_of_the_file_and_negatives_are_other_files(
        two_files, embedder):
    pairs = C.training_pairs(two_files, embedder, limit=100)
    assert pairs and {p.label for p in pairs} == {0.0, 1.0}
    texts = {C.passage_text(two_files, i): two_files.chunks[i].path
             for i in range(len(two_files.chunks))}
    for p in pairs:
        file = p.group.split(":", 2)[1]
        assert (texts[p.text] == file) == (p.label == 1.0)
        if p.label == 1.0 and len(p.question.split()) >= C.MIN_WORDS:
            assert p.question not in p.text  # never the passage it was drawn from
