"""Fit the answer-confidence model for retrieved passages and measure it.

    python bench/content_calibration.py [--questions tests/data/content_questions.jsonl]

For each question: the best passage's features (cosine, log raw BM25, heading overlap,
heading cosine) and whether it is right (its lecture or tutorial is one the question
accepts; never, for the questions that must not be answered). Fits a logistic regression
(plain gradient descent, L2), prints the coefficients to put in bot/knowledge/confidence.py,
and reports, at the shipped threshold, accuracy, precision and recall of "answered",
Recall@3 of the lecture, and the Brier score, with leave-one-out estimates so the numbers
are not those of the fitted points alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.embedding import Embedder  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.knowledge.confidence import ANSWER_THRESHOLD, features, probability  # noqa: E402


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.001, steps: int = 20000) -> np.ndarray:
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0]
        w -= 0.5 * grad
    return w


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=Path, default=ROOT / "tests/data/content_questions.jsonl")
    ap.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.questions.read_text().splitlines() if x.strip()]
    embedder = Embedder()
    index, _ = open_index(args.knowledge, Path(tempfile.mkdtemp()), embedder)
    feats, labels, hits3 = [], [], []
    for r in rows:
        hits = index.search(r["question"], k=10)
        keys = []
        for h in hits:
            key = h.chunk.lecture or h.chunk.tutorial or h.chunk.doc_id
            if key not in keys:
                keys.append(key)
        accepted = {r["lecture"], *r.get("also", [])} if r["lecture"] else set()
        labels.append(float(bool(accepted) and keys[0] in accepted))
        feats.append(features(hits[0], r["question"]))
        if accepted:
            hits3.append(bool(set(keys[:3]) & accepted))
        r["_hit"] = hits[0]
    x, y = np.array(feats), np.array(labels)
    w = fit(x, y)
    print(f"fitted: COEF_DENSE = {w[0]:.2f}, COEF_BM25 = {w[1]:.2f}, "
          f"COEF_HEADING = {w[2]:.2f}, COEF_HEADING_COSINE = {w[3]:.2f}, "
          f"INTERCEPT = {w[4]:.2f}")
    loo = []
    for i in range(len(y)):
        keep = np.arange(len(y)) != i
        wi = fit(x[keep], y[keep], steps=5000)
        loo.append(1 / (1 + np.exp(-(x[i] @ wi[:-1] + wi[-1]))))
    for name, probs in (("shipped", [probability(r["_hit"], r["question"]) for r in rows]),
                        ("leave-one-out", loo)):
        p = np.array(probs)
        answered = p >= ANSWER_THRESHOLD
        should = np.array([r["lecture"] is not None for r in rows])
        right = answered == y.astype(bool)
        tp = int((answered & y.astype(bool)).sum())
        print(f"{name:>14}: accuracy {right.mean():.3f}, precision "
              f"{tp / max(1, answered.sum()):.3f}, recall {tp / max(1, should.sum()):.3f}, "
              f"Brier {np.mean((p - y) ** 2):.3f}")
    print(f"Recall@3 of the right lecture/tutorial: {np.mean(hits3):.3f} ({len(hits3)} questions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
