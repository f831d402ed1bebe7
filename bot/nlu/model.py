"""The trained intent classifier: two logistic regressions, stored as numbers, checked by hash.

The quick model reads only the sparse features (masked words and bigrams, cues, entities,
shape); it costs well under a millisecond. When it is sure (its top probability reaches
`threshold`) its answer stands; otherwise the full model adds the MiniLM embedding of the
masked question, one embedding per question at most. Schedule questions are almost always
decided by the quick model, so they stay fast.

On disk: `intents.npz` (arrays) beside `intents.json` (a manifest with the npz's sha256, the
embedding model it was trained with, the corpus it was trained on and the measured scores).
Loading checks both hashes, so a corrupt, swapped or stale model fails loudly at start.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.embedding import checked_manifest, save_arrays
from bot.nlu.intents import Intent

MODEL_FILE = "intents.npz"
MANIFEST_FILE = "intents.json"


class IntentModelError(RuntimeError):
    """The intent model is missing, corrupt or does not match the embedding model."""


def bundled_model_dir() -> Path:
    return Path(__file__).resolve().parent / "model"


@dataclass(frozen=True)
class Prediction:
    """Probabilities over the learned intents, best first, and whether the embedding was used."""

    ranked: tuple[tuple[Intent, float], ...]
    embedded: bool

    @property
    def top(self) -> tuple[Intent, float]:
        return self.ranked[0]

    def p(self, *intents: Intent) -> float:
        return sum(p for i, p in self.ranked if i in intents)


@dataclass
class IntentModel:
    classes: list[Intent]
    vocabulary: list[str]  # sparse feature names, in column order
    quick_w: np.ndarray  # (features, classes)
    quick_b: np.ndarray
    full_w: np.ndarray  # (features, classes)
    full_e: np.ndarray  # (embedding dims, classes)
    full_b: np.ndarray
    threshold: float  # the quick model decides at or above this probability
    embed_scale: float  # how much the embedding weighs against the sparse features
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._column = {name: i for i, name in enumerate(self.vocabulary)}

    def columns(self, features: list[str]) -> list[int]:
        return [i for f in features if (i := self._column.get(f)) is not None]

    def quick(self, features: list[str]) -> np.ndarray:
        return _softmax(self.quick_w[self.columns(features)].sum(axis=0) + self.quick_b)

    def full(self, features: list[str], embedding: np.ndarray) -> np.ndarray:
        logits = (self.full_w[self.columns(features)].sum(axis=0) + self.full_b
                  + self.embed_scale * embedding @ self.full_e)
        return _softmax(logits)

    def needs_embedding(self, features: list[str],
                        quick: np.ndarray | None = None) -> bool:
        """Whether `predict` will ask for the embedding (the quick model is not sure).
        `quick`: the quick model's probabilities for `features`, if already computed."""
        probs = self.quick(features) if quick is None else quick
        return bool(probs.max() < self.threshold)

    def predict(self, features: list[str], embed: Callable[[], np.ndarray | None],
                quick: np.ndarray | None = None) -> Prediction:
        """The quick model's answer when it is sure, else the full one's (if `embed` gives a
        vector; without an embedding model the quick answer stands). `quick`: as above (a
        part is asked both, and the quick model was a tenth of a schedule answer's time)."""
        probs = self.quick(features) if quick is None else quick
        embedded = False
        if probs.max() < self.threshold and (vector := embed()) is not None:
            probs = self.full(features, vector)
            embedded = True
        order = np.argsort(-probs, kind="stable")
        return Prediction(tuple((self.classes[i], float(probs[i])) for i in order), embedded)

    # -- storing ------------------------------------------------------------------------------
    def save(self, folder: Path) -> str:
        """Write the arrays and the manifest; returns the arrays' sha256."""
        arrays = {"classes": np.array([c.value for c in self.classes]),
                  "vocabulary": np.array(self.vocabulary),
                  "quick_w": self.quick_w, "quick_b": self.quick_b, "full_w": self.full_w,
                  "full_e": self.full_e, "full_b": self.full_b,
                  "settings": np.array([self.threshold, self.embed_scale])}
        return save_arrays(folder, MODEL_FILE, MANIFEST_FILE, arrays, self.meta)

    @classmethod
    def load(cls, folder: Path, embedder_sha256: str | None = None) -> IntentModel:
        path, manifest_path = folder / MODEL_FILE, folder / MANIFEST_FILE
        manifest = checked_manifest(path, manifest_path, "intent model",
                                    "python -m bot nlu train", IntentModelError,
                                    embedder_sha256)
        try:
            with np.load(path, allow_pickle=False) as z:
                threshold, scale = (float(x) for x in z["settings"])
                return cls([Intent(c) for c in z["classes"]], [str(v) for v in z["vocabulary"]],
                           z["quick_w"], z["quick_b"], z["full_w"], z["full_e"], z["full_b"],
                           threshold, scale, manifest)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise IntentModelError(f"cannot load the intent model {path}: {exc}") from exc


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = np.exp(logits - logits.max())
    return z / z.sum()
