"""The lean MiniLM forward (bot/core/lean_bert.py) gives the library's embeddings, and the
library's forward is kept for a model of another structure."""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path

import numpy as np
import pytest

from bot.core.embedding import Embedder, _direct_parts
from bot.core.lean_bert import LeanBert

ROOT = Path(__file__).resolve().parent.parent


def sample_questions() -> list[str]:
    rows = [json.loads(line) for f in sorted((ROOT / "bench" / "data").glob("content_*.jsonl"))
            for line in f.read_text().splitlines() if line.strip()]
    return [r["question"] for r in rows[::15]]


def test_the_lean_forward_is_used_for_minilm(embedder: Embedder):
    assert isinstance(embedder._direct[1], LeanBert)


def test_passages_and_questions_embed_as_the_library_embeds_them(embedder: Embedder,
                                                                   knowledge):
    texts = [c.embed_text for c in knowledge.chunks[::20]] + sample_questions()
    library = embedder._encode(texts)  # more than a few texts: the library's encode
    alone = np.stack([embedder._encode_one(t) for t in texts])
    packed = np.concatenate([embedder._encode_few(texts[i:i + 3])
                             for i in range(0, len(texts), 3)])
    for ours in (alone, packed):
        assert np.abs(ours - library).max() < 1e-5
        assert (ours * library).sum(axis=1).min() > 0.99999


def test_a_model_of_another_structure_keeps_the_librarys_forward(embedder: Embedder,
                                                                 caplog):
    model = copy.deepcopy(embedder._model)
    model[0].auto_model.config.hidden_act = "gelu_new"  # the tanh approximation
    with caplog.at_level(logging.WARNING):
        tokenizer, forward, _ = _direct_parts(model)
    assert forward is model[0].auto_model
    assert "the library's forward pass is used" in caplog.text
    trained = copy.deepcopy(embedder._model[0].auto_model).train()
    assert LeanBert.of(trained) is None


@pytest.mark.parametrize("text", ["ok", "what is the elbo " * 200])
def test_very_short_and_cut_texts_embed_as_the_library_embeds_them(embedder: Embedder,
                                                                   text: str):
    library = embedder._model.encode([text], normalize_embeddings=True)
    assert np.abs(embedder._encode_one(text) - library[0]).max() < 1e-5
