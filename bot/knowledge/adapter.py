"""A learned map of the question's MiniLM embedding, applied before the notes are searched
(`python -m bot knowledge train-adapter`).

The passages' stored vectors stay as they are: only the question's vector is moved, by one
matrix product (W q, renormalised), toward the passages of the section that answers it. W
starts at the identity and is trained contrastively over every passage of the notes (the
other sections, including those of the same note, are the negatives), on questions made
from the notes' own structure (headings, bold terms, a unit's defining sentence) and,
optionally, on labelled content questions. It is built for one course's notes: loaded only
when most of the index's notes are the ones it was trained on.

On disk: `adapter.npz` beside `adapter.json` (the npz's sha256, the embedding model's, the
notes it was trained on), checked at load.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.embedding import checked_manifest, save_arrays

log = logging.getLogger(__name__)

MODEL_FILE = "adapter.npz"
MANIFEST_FILE = "adapter.json"
TRAIN = "python -m bot knowledge train-adapter"
# Share of the index's notes the adapter must have been trained on to be used: an adapter
# of another course's notes maps questions toward passages that are not there.
SAME_NOTES = 0.5


class AdapterError(RuntimeError):
    """The stored adapter is missing, corrupt or made for another model."""


def bundled_adapter_dir() -> Path:
    return Path(__file__).parent / "adapter"


@dataclass
class QuestionAdapter:
    matrix: np.ndarray  # (d, d): the question's vector is matrix @ q, renormalised
    meta: dict[str, Any]

    def apply(self, vector: np.ndarray) -> np.ndarray:
        moved = self.matrix @ vector
        norm = float(np.linalg.norm(moved))
        return (moved / norm).astype(np.float32) if norm > 0 else vector

    def fits(self, paths: Iterable[str]) -> bool:
        """Whether the notes these passages come from are mostly the ones it learned."""
        notes = {Path(p).name for p in paths}
        known = set(self.meta.get("notes", []))
        return bool(notes) and len(notes & known) >= SAME_NOTES * len(notes)

    def save(self, folder: Path) -> str:
        """Write the matrix and the manifest; returns the sha256."""
        return save_arrays(folder, MODEL_FILE, MANIFEST_FILE,
                           {"matrix": self.matrix.astype(np.float32)}, self.meta)

    @classmethod
    def load(cls, folder: Path, embedder_sha256: str | None = None) -> QuestionAdapter:
        path = folder / MODEL_FILE
        manifest = checked_manifest(path, folder / MANIFEST_FILE, "question adapter", TRAIN,
                                    AdapterError, embedder_sha256)
        try:
            with np.load(path, allow_pickle=False) as z:
                matrix = z["matrix"].astype(np.float32)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise AdapterError(f"cannot load the question adapter {path}: {exc}") from exc
        if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1] \
                or not np.isfinite(matrix).all():
            raise AdapterError(f"{path} does not hold a square matrix")
        return cls(matrix, manifest)


def load_for(index: Any, folder: Path | None, embedder_sha256: str | None) -> None:
    """Set `index.adapter` from `folder` (default: the bundled one) when there is one that
    fits the index's notes; otherwise leave the question's vector as it is."""
    folder = folder or bundled_adapter_dir()
    if not (folder / MANIFEST_FILE).is_file():
        return
    try:
        adapter = QuestionAdapter.load(folder, embedder_sha256)
    except AdapterError as exc:
        log.warning("question adapter not used: %s", exc)
        return
    if adapter.fits(c.path for c in index.chunks):
        index.adapter = adapter
    else:
        log.info("question adapter in %s was trained on other notes: not used", folder)


# Making questions from the notes ---------------------------------------------------------
_BOLD = re.compile(r"\*\*([^*\n]{2,60})\*\*")
_DEFINES = re.compile(r"^(?:an? |the )?([A-Za-z][\w\- ()/]{1,60}?)\s+(?:is|are|refers to|"
                      r"means|denotes)\s", re.IGNORECASE)
_MARKUP = re.compile(r"[$\\{}_^`*]")


def _clean(term: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", term)).strip().lower()


def section_questions(heading: str, title: str, units: list[str]) -> list[str]:
    """Questions a student might ask that this section answers, by rules that hold for
    any course's notes: its heading asked about, its bold terms, the subject a unit's
    opening sentence defines."""
    made: list[str] = []
    h = _clean(heading)
    if h and len(h.split()) <= 8:
        made += [h, f"what is {h}", f"explain {h} in {_clean(title)}"]
    for text in units:
        for term in _BOLD.findall(text):
            t = _clean(term)
            if t and len(t.split()) <= 6:
                made += [f"what is {t}", f"what does {t} mean"]
        first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
        if (m := _DEFINES.match(_clean(first))) and len(m.group(1).split()) <= 6:
            made.append(f"what is {m.group(1).strip()}")
    return list(dict.fromkeys(q for q in made if len(q) > 3))
