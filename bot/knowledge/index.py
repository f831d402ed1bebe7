"""The passage index: BM25 over stemmed words fused with MiniLM cosine similarity.

Persisted under the data directory: the passages (JSON lines), their embeddings (NumPy),
and a manifest naming the model, the chunker version and the corpus fingerprint. Embeddings
are reused by passage content hash, so a rebuild embeds only what changed; a manifest that
does not match, or files that do not agree with it, mean the index is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.core.embedding import Embedder
from bot.knowledge.chunk import WINDOW_WORDS, Chunk

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
# Fusion of the two rankings: a convex mix of per-query normalised scores. The weight is
# measured by bench/retrieval.py (two-fold cross-validation on the dev queries).
BM25_WEIGHT = 0.2


class IndexError_(RuntimeError):
    """The stored index is missing, corrupt or stale."""


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused, 0..1
    bm25: float  # normalised to the query's best passage, 0..1
    dense: float  # cosine similarity
    bm25_raw: float = 0.0  # unnormalised: how strongly the query's words match at all


_IZE = re.compile(r"(\w{2,})iz(e|es|ed|ing|ation|ations|er|ers)\b", re.I)
QUESTION_WORDS = {"what", "why", "how", "explain", "describe", "define", "does", "do", "is",
                   "are", "the", "a", "an", "of", "in", "and", "or", "to", "for", "with", "between",
                   "difference", "when", "which", "can", "you", "me", "i", "we", "it", "this",
                   "that", "work", "works", "mean", "means", "use", "used", "lecture",
                   "lectures", "cover", "covers", "covered", "tutorial", "week", "topic",
                   "learn", "about", "talk", "talks", "discuss", "discussed", "where", "notes",
                   "learning", "deep", "model", "models", "method", "methods", "using", "based",
                   "please", "pls", "u"}


def spelling(text: str) -> str:
    """British spelling, so "normalization" and "normalisation" index alike; also the
    common short forms of a few long words."""
    text = _IZE.sub(r"\1is\2", text)
    text = re.sub(r"(\d)\s*[x×]\s*(\d)", r"\1x\2", text)  # "1×1" and "1 x 1" read as "1x1"
    text = re.sub(r"\b([A-Za-z]{2,})-(\d{1,3})\b", r"\1\2", text)  # "VGG-16" as "VGG16"
    text = re.sub(r"\bparams?\b", "parameters", text, flags=re.I)
    text = re.sub(r"\breparametri", "reparameteri", text, flags=re.I)
    return re.sub(r"\bbackprop\b", "backpropagation", text, flags=re.I)


def heading_overlap(query: str, section: str) -> float:
    """Share of the question's content words found in the passage's heading path."""
    stem = _stemmer()
    words = {stem.stemWord(w) for w in re.findall(r"[a-z0-9]+", spelling(query.lower()))
             if w not in QUESTION_WORDS and len(w) > 1}
    if not words:
        return 0.0
    heading = {stem.stemWord(w) for w in re.findall(r"[a-z0-9]+", spelling(section.lower()))}
    return len(words & heading) / len(words)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


class _Lexical:
    def __init__(self, texts: list[str]):
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG
        self._bm25s = bm25s
        self._stem = _stemmer()
        tokens = bm25s.tokenize([spelling(t) for t in texts], stopwords="en",
                                stemmer=self._stem.stemWords, show_progress=False)
        self.model = bm25s.BM25()
        self.model.index(tokens, show_progress=False)
        self.vocab = tokens.vocab

    def scores(self, query: str) -> np.ndarray:
        tokens = self._bm25s.tokenize([spelling(query)], stopwords="en",
                                      stemmer=self._stem.stemWords, return_ids=False,
                                      show_progress=False)[0]
        known = [t for t in tokens if t in self.vocab]
        if not known:
            return np.zeros(self.model.scores["num_docs"], dtype=np.float32)
        return np.asarray(self.model.get_scores(known), dtype=np.float32)


class KnowledgeIndex:
    def __init__(self, chunks: list[Chunk], vectors: np.ndarray, embedder: Embedder | None):
        if len(chunks) != len(vectors):
            raise IndexError_(f"{len(chunks)} passages but {len(vectors)} embeddings")
        self.chunks = chunks
        self.vectors = vectors
        self.embedder = embedder
        self._lexical = _Lexical([c.embed_text for c in chunks]) if chunks else None
        self._section_start: dict[tuple[str, str], Chunk] = {}
        for c in chunks:
            self._section_start.setdefault((c.path, c.section), c)

    # Building and storing -------------------------------------------------------------
    @classmethod
    def build(cls, chunks: list[Chunk], embedder: Embedder,
              cache: dict[str, np.ndarray] | None = None,
              progress: Callable[[int, int], None] | None = None,
              batch: int = 32) -> KnowledgeIndex:
        """Embed what the cache does not have (by content hash), in batches."""
        cache = dict(cache or {})
        todo = [c for c in dict((c.key, c) for c in chunks).values() if c.key not in cache]
        for start in range(0, len(todo), batch):
            part = todo[start:start + batch]
            for c, v in zip(part, embedder.encode([c.embed_text for c in part]), strict=True):
                cache[c.key] = v
            if progress:
                progress(min(start + batch, len(todo)), len(todo))
        vectors = (np.stack([cache[c.key] for c in chunks]) if chunks
                   else np.zeros((0, 384), dtype=np.float32))
        index = cls(chunks, vectors.astype(np.float32), embedder)
        index.embedded = len(todo)
        return index

    def save(self, folder: Path, fingerprint: str, model_id: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {"format": FORMAT_VERSION, "window_words": WINDOW_WORDS, "model": model_id,
                    "fingerprint": fingerprint, "count": len(self.chunks),
                    "keys": hashlib.sha256("".join(c.key for c in self.chunks).encode())
                    .hexdigest()}
        _atomic_write(folder / "chunks.jsonl",
                      "".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n"
                              for c in self.chunks).encode())
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".npy") as tmp:
            np.save(tmp, self.vectors)
        os.replace(tmp.name, folder / "vectors.npy")
        _atomic_write(folder / "manifest.json", json.dumps(manifest, indent=1).encode())

    @classmethod
    def load(cls, folder: Path, embedder: Embedder | None, fingerprint: str | None = None,
             model_id: str | None = None) -> KnowledgeIndex:
        """Raise IndexError_ when anything is missing, corrupt or out of date."""
        try:
            manifest = json.loads((folder / "manifest.json").read_text())
            chunks = [Chunk(**json.loads(line)) for line in
                      (folder / "chunks.jsonl").read_text().splitlines() if line]
            vectors = np.load(folder / "vectors.npy", allow_pickle=False)
        except (OSError, ValueError, TypeError) as exc:
            raise IndexError_(f"cannot read the index in {folder}: {exc}") from None
        expected = {"format": FORMAT_VERSION, "window_words": WINDOW_WORDS}
        if model_id is not None:
            expected["model"] = model_id
        if fingerprint is not None:
            expected["fingerprint"] = fingerprint
        for key, value in expected.items():
            if manifest.get(key) != value:
                raise IndexError_(f"index is stale: {key} is {manifest.get(key)!r}, "
                                  f"expected {value!r}")
        keys = hashlib.sha256("".join(c.key for c in chunks).encode()).hexdigest()
        if manifest.get("count") != len(chunks) or manifest.get("keys") != keys:
            raise IndexError_("index is corrupt: passages do not match the manifest")
        if vectors.ndim != 2 or len(vectors) != len(chunks) or not np.isfinite(vectors).all():
            raise IndexError_("index is corrupt: embeddings do not match the passages")
        return cls(chunks, vectors.astype(np.float32), embedder)

    def section_start(self, chunk: Chunk) -> Chunk:
        """The first passage of the section `chunk` belongs to (itself for short sections)."""
        return self._section_start.get((chunk.path, chunk.section), chunk)

    def embedding_cache(self) -> dict[str, np.ndarray]:
        return {c.key: v for c, v in zip(self.chunks, self.vectors, strict=True)}

    # Searching --------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, bm25_weight: float = BM25_WEIGHT,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        if not self.chunks:
            return []
        raw = self.raw_lexical_scores(query)
        lexical = _scaled(raw)
        dense = self.dense_scores(query, query_vector)
        fused = fuse(lexical, dense, bm25_weight)
        top = np.argsort(-fused)[:k]
        return [Hit(self.chunks[i], float(fused[i]), float(lexical[i]), float(dense[i]),
                    float(raw[i])) for i in top]

    def raw_lexical_scores(self, query: str) -> np.ndarray:
        return self._lexical.scores(query) if self._lexical else np.zeros(0)

    def lexical_scores(self, query: str) -> np.ndarray:
        return _scaled(self.raw_lexical_scores(query))

    def dense_scores(self, query: str, query_vector: np.ndarray | None = None) -> np.ndarray:
        if query_vector is None:
            if self.embedder is None:
                return np.zeros(len(self.chunks), dtype=np.float32)
            query_vector = self.embedder.encode([query])[0]
        return self.vectors @ query_vector


def _scaled(raw: np.ndarray) -> np.ndarray:
    top = float(raw.max()) if raw.size else 0.0
    return raw / top if top > 0 else raw


def fuse(lexical: np.ndarray, dense: np.ndarray, bm25_weight: float) -> np.ndarray:
    """Convex mix of BM25 (scaled to the query's best) and cosine (scaled to [0, 1])."""
    return bm25_weight * lexical + (1 - bm25_weight) * np.clip(dense, 0.0, 1.0)


def _atomic_write(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
