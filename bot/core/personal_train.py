"""Training the personal-matter classifier (`python -m bot personal train`) and measuring it.

Logistic regression (scikit-learn, class-balanced) on the MiniLM embedding plus the rules'
cues. The decision threshold is the highest at which out-of-fold predictions on the training
set, combined with the rules, keep recall at `TARGET_RECALL`: a missed personal message is a
privacy breach, a false alarm only keeps a question out of the FAQ.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.core import personal
from bot.core.embedding import MINILM_SHA256

TRAINING_PATH = Path(__file__).resolve().parents[2] / "tests" / "data" / \
    "personal_training.yaml"
TARGET_RECALL = 0.99
C = 4.0  # inverse regularisation strength (bench: 4 keeps recall, 8 starts to lose it)
FOLDS = 5

Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int
    tn: int

    def line(self) -> str:
        return (f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})")


def scores(predicted: Sequence[bool], actual: Sequence[bool]) -> Scores:
    p, a = np.asarray(predicted, bool), np.asarray(actual, bool)
    tp, fp = int((p & a).sum()), int((p & ~a).sum())
    fn, tn = int((~p & a).sum()), int((~p & ~a).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, tp, fp, fn, tn)


def load_training(path: Path = TRAINING_PATH) -> tuple[list[str], np.ndarray]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts: list[str] = []
    labels: list[bool] = []
    for label, key in ((True, "personal"), (False, "not_personal")):
        for theme, messages in (data.get(key) or {}).items():
            odd = [m for m in messages if not isinstance(m, str)]
            if odd:  # an unquoted ": " makes YAML read a message as a mapping
                raise ValueError(f"{path}: {key}.{theme}: not a plain message: {odd[0]!r}")
            texts += messages
            labels += [label] * len(messages)
    if len(set(texts)) != len(texts):
        dupes = sorted({t for t in texts if texts.count(t) > 1})
        raise ValueError(f"{path}: repeated messages: {dupes[:3]}")
    return texts, np.asarray(labels, bool)


def featurise(texts: list[str], embed: Embed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(embedding + cues per message, cues, whether a rule decides)."""
    vectors = np.asarray(embed(texts), dtype=np.float32)
    cues = np.stack([personal.cue_vector(t) for t in texts])
    ruled = np.array([personal.rule_verdict(t) is not None for t in texts])
    return np.hstack([vectors, cues]), cues, ruled


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(x, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def probabilities(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ weights + bias, -60, 60)))


def out_of_fold(x: np.ndarray, y: np.ndarray, folds: int = FOLDS, seed: int = 0,
                c: float = C) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    p = np.zeros(len(y))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        weights, bias = fit(x[train], y[train], c)
        p[test] = probabilities(x[test], weights, bias)
    return p


def choose_threshold(p: np.ndarray, y: np.ndarray, ruled: np.ndarray,
                     target: float = TARGET_RECALL) -> float:
    """The highest threshold whose predictions (or a rule) keep recall at `target`."""
    for t in sorted(set(np.round(p, 4)), reverse=True):
        if scores((p >= t) | ruled, y).recall >= target:
            return float(t)
    return 0.0


def cross_validated(x: np.ndarray, y: np.ndarray, ruled: np.ndarray, folds: int = FOLDS,
                    seed: int = 1) -> Scores:
    """Held-out figures: each fold is predicted by a model, and a threshold, chosen on the
    other folds only."""
    from sklearn.model_selection import StratifiedKFold

    predicted = np.zeros(len(y), bool)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
        inner = out_of_fold(x[train], y[train])
        threshold = choose_threshold(inner, y[train], ruled[train])
        weights, bias = fit(x[train], y[train])
        predicted[test] = (probabilities(x[test], weights, bias) >= threshold) | ruled[test]
    return scores(predicted, y)


def train(embed: Embed, data: Path = TRAINING_PATH, out: Path = personal.MODEL_PATH,
          embedding_sha256: str = MINILM_SHA256) -> dict:
    """Fit on the whole training set, write the model, return what was measured."""
    texts, y = load_training(data)
    x, _cues, ruled = featurise(texts, embed)
    threshold = choose_threshold(out_of_fold(x, y), y, ruled)
    weights, bias = fit(x, y)
    held_out = cross_validated(x, y, ruled)
    report = {"messages": len(y), "personal": int(y.sum()), "threshold": threshold,
              "cross_validated": held_out.__dict__,
              "training_sha256": hashlib.sha256(data.read_bytes()).hexdigest()}
    model = {"format": 1, "cues": personal.CUE_NAMES, "embedding_sha256": embedding_sha256,
             "threshold": round(threshold, 4), "bias": round(bias, 6),
             "weights": [round(float(w), 6) for w in weights], "trained_on": report}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    report["sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    return report


def record_sha256(sha256: str, source: Path = Path(personal.__file__)) -> None:
    """Write the new model's sha256 into bot/core/personal.py, which checks it at load."""
    text = source.read_text(encoding="utf-8")
    updated, n = re.subn(r'^MODEL_SHA256 = "[0-9a-f]{64}"$', f'MODEL_SHA256 = "{sha256}"',
                         text, flags=re.MULTILINE)
    if n != 1:
        raise ValueError(f"{source}: no MODEL_SHA256 line to update")
    source.write_text(updated, encoding="utf-8")
