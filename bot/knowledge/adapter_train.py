"""Training the question adapter (bot/knowledge/adapter.py).

Each training question comes with the passages of the section that answers it. The loss is
a softmax over every passage of the notes, scored as the search's dense part scores them
(the passage's cosine and its heading's, in the fusion's proportions): the section's
passages against all others, so the other sections of the same note, the ones the search
confuses, are always among the negatives. W is pulled toward the identity (`l2`), so a
question unlike any training one keeps roughly its own vector. Deterministic: seeded, one
torch thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.core.embedding import Embedder
from bot.knowledge.index import BM25_WEIGHT, HEADING_WEIGHT, KnowledgeIndex, innermost

SEED = 2024
# Share of the learned map kept; the rest is the identity (bench/adapter_cv.py --mix chose
# it by rotation over the labelled sets).
MIX = 0.75


@dataclass(frozen=True)
class Example:
    question: str
    positives: tuple[int, ...]  # passage rows of the index that answer it
    source: str  # "notes" or the labelled file's name


def generated_examples(index: KnowledgeIndex) -> list[Example]:
    """Questions made from each section of the notes (not the course overviews), with
    that section's passages."""
    from bot.knowledge.adapter import section_questions

    by_section: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(index.chunks):
        if not c.is_overview:
            by_section.setdefault((c.path, c.section), []).append(i)
    positives: dict[str, set[int]] = {}
    for rows in by_section.values():
        chunk = index.chunks[rows[0]]
        units = [text for _, text, _ in index.section(chunk)]
        for q in section_questions(innermost(chunk.section), chunk.title, units):
            positives.setdefault(q, set()).update(rows)
    return [Example(q, tuple(sorted(p)), "notes") for q, p in positives.items()]


def encode(embedder: Embedder, texts: list[str], batch: int = 64) -> np.ndarray:
    """The texts' embeddings, encoded `batch` at a time (none: an empty array)."""
    if not texts:
        return embedder.encode([])
    return np.concatenate([embedder.encode(texts[i:i + batch])
                           for i in range(0, len(texts), batch)])


def section_rows(index: KnowledgeIndex, file: str, section: str) -> tuple[int, ...]:
    """The passages of a labelled section (`file` a note's file name, `section` its
    innermost heading)."""
    name = file.rsplit("/", 1)[-1]
    return tuple(i for i, c in enumerate(index.chunks)
                 if c.path.rsplit("/", 1)[-1] == name and innermost(c.section) == section)


def train(vectors: np.ndarray, examples: list[Example], index: KnowledgeIndex,
          epochs: int = 30, rate: float = 2e-3, l2: float = 1.0, scale: float = 30.0,
          seed: int = SEED) -> np.ndarray:
    """W (d x d) from the questions' embeddings (`vectors`, one row per example)."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    dense = 1 - BM25_WEIGHT - HEADING_WEIGHT
    passages = torch.tensor(index.vectors)
    headings = torch.tensor(index.headings)
    q = torch.tensor(vectors, dtype=torch.float32)
    mask = torch.zeros(len(examples), len(index.chunks), dtype=torch.bool)
    for n, e in enumerate(examples):
        mask[n, list(e.positives)] = True
    d = q.shape[1]
    eye = torch.eye(d)
    residual = torch.zeros(d, d, requires_grad=True)
    opt = torch.optim.Adam([residual], lr=rate)
    rng = np.random.default_rng(seed)
    batch = 256
    for _ in range(epochs):
        order = rng.permutation(len(examples))
        for start in range(0, len(order), batch):
            rows = torch.tensor(order[start:start + batch])
            moved = torch.nn.functional.normalize(q[rows] @ (eye + residual).T, dim=1)
            score = (dense * moved @ passages.T + HEADING_WEIGHT * moved @ headings.T) \
                / (dense + HEADING_WEIGHT)
            logits = scale * score
            pos = logits.masked_fill(~mask[rows], float("-inf"))
            loss = (torch.logsumexp(logits, 1) - torch.logsumexp(pos, 1)).mean() \
                + l2 * (residual ** 2).sum() / d
            opt.zero_grad()
            loss.backward()
            opt.step()
    return (eye + residual.detach()).numpy().astype(np.float32)


def mixed(matrix: np.ndarray, mix: float = MIX) -> np.ndarray:
    """mix x W + (1 - mix) x identity: a gentler map, which moves a question less far from
    its own vector (the passage and answer models were fitted on the unmoved ones)."""
    return (mix * matrix + (1 - mix) * np.eye(len(matrix), dtype=np.float32)).astype(
        np.float32)
