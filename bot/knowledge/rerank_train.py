"""Training the reranker (bot/knowledge/rerank.py): pairs of a question and a unit of the
notes, labelled 1 when the unit holds what answers the question, else 0.

Two sources of pairs:
- labelled questions (the blind sets' format: `question`, `file`, `section`, `evidence`):
  a unit holding an evidence item is a positive; the other units of the sections the
  search offers for the question (the labelled one, and the first few found) are hard
  negatives, the ones the composer itself ranks highest first;
- questions made mechanically from the notes' own structure: "what is <term>" for a unit
  that opens on a bold term, and "what is <heading>" for a section whose first sentence
  defines its subject; the other units of the section are the negatives.

Deterministic: seeded shuffling and initialisation, one torch thread.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.knowledge.index import KnowledgeIndex, heading_of
from bot.knowledge.units import PARAGRAPH, sentences, unit_kind

log = logging.getLogger(__name__)

SEED = 2024
# Negatives per question: a few hard ones keep training short (each pair costs a forward
# and a backward pass) and are the ones the composer confuses.
NEGATIVES = 6


@dataclass(frozen=True)
class Pair:
    question: str
    text: str
    label: float
    group: str  # the question it came from (folds keep a question's pairs together)


@dataclass
class Labelled:
    question: str
    file: str
    section: str
    evidence: list[str]
    also: list[str]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _base(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def same_file(path: str, other: str) -> bool:
    return _base(path) == _base(other)


def read_labelled(paths: Iterable[Path]) -> list[Labelled]:
    out = []
    for path in paths:
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("answerable", True) and r.get("file") and r.get("evidence"):
                out.append(Labelled(r["question"], r["file"], r.get("section", ""),
                                    list(r["evidence"]), [_base(a) for a in r.get("also") or []]))
    return out


def holds_evidence(text: str, evidence: list[str]) -> bool:
    unit = _norm(text)
    return any(_norm(e) in unit for e in evidence)


# A section: (path, heading) -> its units' texts in reading order.
Sections = list[tuple[tuple[str, str], list[str], list[float]]]


def labelled_pairs(case: Labelled, search_text: str, sections: Sections) -> list[Pair]:
    """Pairs for one labelled question from the sections offered for it (each with the
    composer's own unit scores): its evidence units positive, the composer's best other
    units negative. Units of notes the label names as also answering are left out."""
    positives, negatives = [], []
    for (path, heading), texts, scores in sections:
        if _base(path) in case.also:
            continue
        right = _base(path) == _base(case.file) and heading == case.section
        for text, score in zip(texts, scores, strict=True):
            if holds_evidence(text, case.evidence):
                if right or _base(path) == _base(case.file):
                    positives.append(text)
            else:
                negatives.append((score, text))
    negatives.sort(key=lambda t: -t[0])
    group = case.question
    return ([Pair(search_text, t, 1.0, group) for t in dict.fromkeys(positives)]
            + [Pair(search_text, t, 0.0, group)
               for t in dict.fromkeys(t for _, t in negatives[:NEGATIVES])])


_BOLD_LEAD = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?\*\*([^*]{3,60}?)[.:]?\*\*")
_DEFINES = re.compile(r"\b(is|are|means|refers to|denotes|is defined as|is called)\b", re.I)


def generated_pairs(index: KnowledgeIndex, limit: int = 600, seed: int = SEED) -> list[Pair]:
    """Questions made from the notes' headings and bold terms, with their units."""
    rng = np.random.default_rng(seed)
    pairs: list[Pair] = []
    seen: set[tuple[str, str]] = set()
    for chunk in index.chunks:
        key = (chunk.path, chunk.section)
        if key in seen or chunk.is_overview:
            continue
        seen.add(key)
        texts = [text for _, text, _ in index.section(chunk)]
        if len(texts) < 2:
            continue
        made: list[tuple[str, int]] = []
        first = sentences(_norm(texts[0]))
        heading = heading_of(chunk)
        if unit_kind(texts[0]) == PARAGRAPH and first \
                and _DEFINES.search(" ".join(first[0].split()[:14])) and len(heading) < 60:
            made.append((f"what is {heading.lower()}", 0))
        for i, text in enumerate(texts):
            if m := _BOLD_LEAD.match(text):
                term = re.sub(r"[$\\{}_^]", "", m.group(1)).strip().lower()
                if len(term.split()) <= 6 and term:
                    made.append((f"what is {term}", i))
        for question, i in made:
            group = f"generated:{chunk.path}:{chunk.section}:{question}"
            others = [t for j, t in enumerate(texts) if j != i and t != texts[i]]
            picked = rng.permutation(len(others))[:3]
            pairs.append(Pair(question, texts[i], 1.0, group))
            pairs.extend(Pair(question, others[j], 0.0, group) for j in picked)
    order = rng.permutation(len(pairs))
    groups = list(dict.fromkeys(pairs[i].group for i in order))[:max(1, limit // 4)]
    keep = set(groups)
    return [p for p in pairs if p.group in keep]


def train(pairs: list[Pair], base_dir: Path, layers: int = 3, epochs: int = 2,
          batch: int = 16, rate: float = 5e-5, max_length: int = 128, seed: int = SEED,
          progress: Callable[[int, int], None] | None = None, threads: int = 1) -> Any:
    """The cross-encoder fine-tuned on `pairs` (binary cross-entropy), deterministic on
    one thread (more are faster, on a machine that is not shared)."""
    import torch
    from transformers import AutoTokenizer

    from bot.knowledge.rerank import build_network

    torch.set_num_threads(threads)  # the machine is shared; and one thread is deterministic
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    network = build_network(base_dir, layers)
    tokenizer = AutoTokenizer.from_pretrained(str(base_dir), local_files_only=True)
    params = [p for p in network.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=rate, weight_decay=0.01)
    steps = epochs * ((len(pairs) + batch - 1) // batch)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup))))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    network.train()
    done = 0
    for _ in range(epochs):
        order = rng.permutation(len(pairs))
        for start in range(0, len(order), batch):
            part = [pairs[i] for i in order[start:start + batch]]
            inputs = tokenizer([p.question for p in part], [p.text for p in part],
                               padding=True, truncation="only_second", max_length=max_length,
                               return_tensors="pt")
            labels = torch.tensor([p.label for p in part], dtype=torch.float32)
            loss = loss_fn(network(**inputs).logits[:, 0], labels)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            done += 1
            if progress:
                progress(done, steps)
    return network.eval()
