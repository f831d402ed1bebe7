"""The passage index: BM25 over stemmed words fused with MiniLM cosine similarity, of the
passage and of its heading.

Persisted under the data directory: the passages (JSON lines), the embeddings of passages
and of their headings (NumPy), and a manifest naming the model, the chunker version and the
corpus fingerprint. Embeddings are reused by content hash, so a rebuild embeds only what
changed; a manifest that does not match, or files that do not agree with it, mean the index
is rebuilt.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from bot.core.embedding import Embedder
from bot.core.recent_texts import register_holder
from bot.knowledge.chunk import CHUNKER_VERSION, Chunk, clean_markup
from bot.knowledge.pieces import piece_counter

if TYPE_CHECKING:
    from bot.knowledge.adapter import QuestionAdapter
    from bot.knowledge.rerank import Reranker

log = logging.getLogger(__name__)

FORMAT_VERSION = 5
# Fusion: a convex mix of BM25 (scaled to the query's best passage), the passage's cosine
# and its heading's cosine; the dense passage score takes the rest. The heading is scored on
# its own because a window's embedding is mostly its body: "Layer Normalization" as a
# heading says what the passage is about better than the words under it. Weights measured
# by bench/retrieval.py (a grid with two-fold cross-validation on the dev queries).
BM25_WEIGHT = 0.2
HEADING_WEIGHT = 0.15
SEARCHES_KEPT = 512  # recent searches kept (as the other caches of message texts)


class IndexError_(RuntimeError):
    """The stored index is missing, corrupt or stale."""


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float  # fused, 0..1
    bm25: float  # normalised to the query's best passage, 0..1
    dense: float  # cosine similarity
    bm25_raw: float = 0.0  # unnormalised: how strongly the query's words match at all
    heading: float = 0.0  # cosine similarity of the passage's heading
    # The fused score with the question's own vector, when an adapter ordered the passages
    # (`score` is then the adapted one); None when the two are the same.
    own: float | None = None

    @property
    def own_score(self) -> float:
        return self.score if self.own is None else self.own


def innermost(section: str) -> str:
    """The last heading of a section's path ("Notes > GANs > Common GAN failure modes")."""
    return section.rsplit(" > ", 1)[-1]


def heading_of(chunk: Chunk) -> str:
    """The innermost heading, or the document title for a passage outside any section."""
    return (innermost(chunk.section) if chunk.section else "") or chunk.title


def _heading_key(heading: str) -> str:
    return "heading:" + hashlib.sha256(heading.encode()).hexdigest()[:32]


def _units_key(passage_key: str) -> str:
    return "units:" + passage_key


_IZE = re.compile(r"(\w{2,})iz(e|es|ed|ing|ation|ations|er|ers)\b", re.I)
QUESTION_WORDS = {"what", "why", "how", "explain", "describe", "define", "does", "do", "is",
                   "are", "the", "a", "an", "of", "in", "and", "or", "to", "for", "with", "between",
                   "difference", "when", "which", "can", "you", "me", "i", "we", "it", "this",
                   "that", "work", "works", "mean", "means", "use", "used", "lecture",
                   "lectures", "cover", "covers", "covered", "tutorial", "week", "topic",
                   "learn", "about", "talk", "talks", "discuss", "discussed", "where", "notes",
                   "learning", "deep", "model", "models", "method", "methods", "using", "based",
                   "please", "pls", "u"}


@lru_cache(maxsize=8192)  # the same question and headings are spelled for every passage
def spelling(text: str) -> str:
    """British spelling, so "normalization" and "normalisation" index alike; also the
    common short forms of a few long words."""
    text = _IZE.sub(r"\1is\2", text)
    text = re.sub(r"(\d)\s*[x×]\s*(\d)", r"\1x\2", text)  # "1×1" and "1 x 1" read as "1x1"
    text = re.sub(r"\b([A-Za-z]{2,})-(\d{1,3})\b", r"\1\2", text)  # "VGG-16" as "VGG16"
    text = re.sub(r"\bparams?\b", "parameters", text, flags=re.I)
    text = re.sub(r"\breparametri", "reparameteri", text, flags=re.I)
    text = re.sub(r"\breparam\b", "reparameterisation", text, flags=re.I)
    return re.sub(r"\bbackprop\b", "backpropagation", text, flags=re.I)


@lru_cache(maxsize=8192)  # the gate, the agreement and the confidence ask for the same pairs
def heading_overlap(query: str, section: str) -> float:
    """Share of the question's content words found in the passage's heading path."""
    asked = [w for w in re.findall(r"[a-z0-9]+", spelling(query).lower())
             if w not in QUESTION_WORDS and len(w) > 1]
    words = {_root(w) for w in asked}
    if not words:
        return 0.0
    heading = {_root(w) for w in re.findall(r"[a-z0-9]+", spelling(section).lower())}
    found = words & heading
    for a, b in pairwise(asked):  # "layer norm" is named by a heading "LayerNorm"
        if _root(a + b) in heading:
            found |= {_root(a), _root(b)}
    return len(found) / len(words)


def stem_words(text: str) -> list[str]:
    """The text's words as the heading overlap compares them: stemmed, plurals folded."""
    return [_root(w) for w in re.findall(r"[a-z0-9]+", text.lower())]


@lru_cache(maxsize=50_000)
def _root(word: str) -> str:
    """The stem, with a plural folded where the stemmer keeps it ("lstms": no vowel)."""
    stem = _stemmer().stemWord(word)
    return stem[:-1] if len(stem) > 3 and stem.endswith("s") and not stem.endswith("ss") \
        else stem


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


# bm25s.tokenize's defaults, for the query side (_Lexical.query_tokens).
_WORD = re.compile(r"(?u)\b\w\w+\b")


@lru_cache(maxsize=1)
def _stopword_set() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


class _Lexical:
    def __init__(self, texts: list[str], k1: float = 1.5, b: float = 0.75):
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every build at DEBUG
        self._bm25s = bm25s
        self._stem = _stemmer()
        tokens = bm25s.tokenize([spelling(t) for t in texts], stopwords="en",
                                stemmer=self._stem.stemWords, show_progress=False)
        self.model = bm25s.BM25(k1=k1, b=b)  # bm25s's defaults (others: bench/retrieval.py)
        self.model.index(tokens, show_progress=False)
        self.vocab = tokens.vocab

    def query_tokens(self, text: str) -> list[str]:
        """The stems bm25s.tokenize makes of one text with the settings the index was
        built with (lower case, words of two or more characters, English stop words
        dropped, stemmed), without its per-call progress-bar objects, which cost about
        a millisecond a question."""
        words = [w for w in _WORD.findall(text.lower()) if w not in _stopword_set()]
        return self._stem.stemWords(words) if words else []

    def scores(self, query: str) -> np.ndarray:
        spelled = spelling(query)
        known = [t for t in self.query_tokens(spelled) if t in self.vocab]
        # "layer norm" also finds "LayerNorm": two words the notes write as one.
        words = re.findall(r"[a-z0-9]+", spelled.lower())
        known += [t for t in (self._stem.stemWord(a + b) for a, b in pairwise(words))
                  if t in self.vocab and t not in known]
        if not known:
            return np.zeros(self.model.scores["num_docs"], dtype=np.float32)
        return np.asarray(self.model.get_scores(known), dtype=np.float32)


def units_of(chunk: Chunk) -> tuple[str, ...]:
    return chunk.units or (chunk.text,)


def unit_vectors(chunk: Chunk, vector: np.ndarray, tokens: np.ndarray,
                 pieces: Callable[[str], int]) -> np.ndarray:
    """One embedding per unit of the passage: the mean of its word pieces' token embeddings
    in the passage's own forward pass (so in context, and at no extra cost). A unit past
    what the model read gets the passage's embedding."""
    start = 1 + (pieces(f"{chunk.section}:") if chunk.section else 0)  # after [CLS]
    rows = []
    for unit in units_of(chunk):
        n = pieces(unit)
        span = tokens[start:min(start + n, len(tokens) - 1)]
        mean = span.mean(axis=0) if len(span) else vector
        norm = float(np.linalg.norm(mean))
        rows.append(mean / norm if norm > 0 else vector)
        start += n
    return np.stack(rows).astype(np.float32)


class KnowledgeIndex:
    def __init__(self, chunks: list[Chunk], vectors: np.ndarray, headings: np.ndarray,
                 embedder: Embedder | None, units: np.ndarray | None = None):
        if not len(chunks) == len(vectors) == len(headings):
            raise IndexError_(f"{len(chunks)} passages but {len(vectors)} embeddings and "
                              f"{len(headings)} heading embeddings")
        counts = [len(units_of(c)) for c in chunks]
        if units is None:  # no unit embeddings: each unit scores as its passage
            units = (np.repeat(vectors, counts, axis=0) if chunks
                     else np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 384)))
        if len(units) != sum(counts):
            raise IndexError_(f"{sum(counts)} units but {len(units)} unit embeddings")
        self.chunks = chunks
        self.vectors = vectors
        self.headings = headings  # one row per passage: its heading's embedding
        self.units = units.astype(np.float32)  # one row per unit, passages in order
        self._unit_start = np.concatenate([[0], np.cumsum(counts)]).astype(int)
        self.embedder = embedder
        # The cross-encoder the composer picks answering units with (None: its own scores).
        self.reranker: Reranker | None = None
        # The learned map of the question's vector the passages are searched with (None:
        # the question's own embedding; bot/knowledge/adapter.py).
        self.adapter: QuestionAdapter | None = None
        self._lexical = _Lexical([c.embed_text for c in chunks]) if chunks else None
        self._position = {id(c): i for i, c in enumerate(chunks)}
        self._sections: dict[tuple[str, str], list[int]] = {}
        # Recent searches, oldest first: (the adapter they were made with, their hits).
        self._searched: dict[tuple, tuple[QuestionAdapter | None, tuple[Hit, ...]]] = {}
        self._searched_lock = threading.Lock()
        register_holder(self.forget_searches)
        for i, c in enumerate(chunks):
            self._sections.setdefault((c.path, c.section), []).append(i)

    # Building and storing -------------------------------------------------------------
    @classmethod
    def build(cls, chunks: list[Chunk], embedder: Embedder,
              cache: dict[str, np.ndarray] | None = None,
              progress: Callable[[int, int], None] | None = None,
              batch: int = 32) -> KnowledgeIndex:
        """Embed what the cache does not have (passages by content hash, headings by
        text), in batches."""
        cache = dict(cache or {})
        pieces = piece_counter(embedder.model_dir)
        passages = {c.key: c for c in chunks
                    if c.key not in cache or _units_key(c.key) not in cache}
        headings = {_heading_key(h): h for h in map(heading_of, chunks)
                    if _heading_key(h) not in cache}
        # Batches of similar length pad less: 30% faster on the benchmark corpus than in
        # corpus order.
        items = sorted([(k, c.embed_text, c) for k, c in passages.items()]
                       + [(k, h, None) for k, h in headings.items()],
                       key=lambda item: len(item[1]))
        if progress and items:
            progress(0, len(items))  # before the first batch: the work is announced
        for start in range(0, len(items), batch):
            part = items[start:start + batch]
            for (key, _, chunk), (vector, tokens) in zip(
                    part, embedder.encode_tokens([t for _, t, _ in part]), strict=True):
                cache[key] = vector
                if chunk is not None:  # a passage: its units' embeddings too
                    cache[_units_key(key)] = unit_vectors(chunk, vector, tokens, pieces)
            if progress:
                progress(min(start + batch, len(items)), len(items))

        def stack(keys: list[str]) -> np.ndarray:
            return (np.stack([cache[k] for k in keys]).astype(np.float32) if keys
                    else np.zeros((0, 384), dtype=np.float32))

        units = (np.concatenate([cache[_units_key(c.key)] for c in chunks]) if chunks
                 else np.zeros((0, 384), dtype=np.float32))
        index = cls(chunks, stack([c.key for c in chunks]),
                    stack([_heading_key(heading_of(c)) for c in chunks]), embedder, units)
        index.embedded = len(passages)
        return index

    def save(self, folder: Path, fingerprint: str, model_id: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {"format": FORMAT_VERSION, "chunker": CHUNKER_VERSION,
                    "model": model_id,
                    "fingerprint": fingerprint, "count": len(self.chunks),
                    "keys": hashlib.sha256("".join(c.key for c in self.chunks).encode())
                    .hexdigest()}
        _atomic_write(folder / "chunks.jsonl",
                      "".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n"
                              for c in self.chunks).encode())
        for name, array in (("vectors.npy", self.vectors), ("headings.npy", self.headings),
                            ("units.npy", self.units)):
            buffer = io.BytesIO()
            np.save(buffer, array)
            _atomic_write(folder / name, buffer.getvalue())
        _atomic_write(folder / "manifest.json", json.dumps(manifest, indent=1).encode())

    @classmethod
    def load(cls, folder: Path, embedder: Embedder | None, fingerprint: str | None = None,
             model_id: str | None = None) -> KnowledgeIndex:
        """Raise IndexError_ when anything is missing, corrupt or out of date."""
        try:
            manifest = json.loads((folder / "manifest.json").read_text())
            chunks = [Chunk.from_json(json.loads(line)) for line in
                      (folder / "chunks.jsonl").read_text().splitlines() if line]
            vectors = np.load(folder / "vectors.npy", allow_pickle=False)
            headings = np.load(folder / "headings.npy", allow_pickle=False)
            units = np.load(folder / "units.npy", allow_pickle=False)
        except (OSError, ValueError, TypeError) as exc:
            raise IndexError_(f"cannot read the index in {folder}: {exc}") from None
        expected = {"format": FORMAT_VERSION, "chunker": CHUNKER_VERSION}
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
        for array in (vectors, headings):
            if array.ndim != 2 or len(array) != len(chunks) or not np.isfinite(array).all():
                raise IndexError_("index is corrupt: embeddings do not match the passages")
        if units.ndim != 2 or len(units) != sum(len(units_of(c)) for c in chunks) \
                or not np.isfinite(units).all():
            raise IndexError_("index is corrupt: unit embeddings do not match the passages")
        return cls(chunks, vectors.astype(np.float32), headings.astype(np.float32), embedder,
                   units)

    def section(self, chunk: Chunk) -> list[tuple[Chunk, str, np.ndarray]]:
        """Every unit of the section `chunk` belongs to, in reading order: the passage it
        is in, its Markdown and its embedding."""
        out = []
        for i in self._sections.get((chunk.path, chunk.section), [self.position(chunk)]):
            c = self.chunks[i]
            rows = self.units[self._unit_start[i]:self._unit_start[i + 1]]
            out.extend((c, text, row) for text, row in zip(units_of(c), rows, strict=True))
        return out

    def position(self, chunk: Chunk) -> int:
        """Where `chunk` stands among the passages: the notes' reading order."""
        found = self._position.get(id(chunk))
        return found if found is not None else self.chunks.index(chunk)

    def embedding_cache(self) -> dict[str, np.ndarray]:
        cache = {_heading_key(heading_of(c)): v
                 for c, v in zip(self.chunks, self.headings, strict=True)}
        cache.update((c.key, v) for c, v in zip(self.chunks, self.vectors, strict=True))
        cache.update((_units_key(c.key), self.units[self._unit_start[i]:self._unit_start[i + 1]])
                     for i, c in enumerate(self.chunks))
        return cache

    # Searching --------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, query_vector: np.ndarray | None = None,
               adapt: bool = True) -> list[Hit]:
        """The first k passages; `adapt=False` searches with the question's own vector even
        when there is an adapter."""
        if not self.chunks:
            return []
        if query_vector is None:
            query_vector = self.query_vector(query)
        # (one question is searched by the intent's reading, its handler and the answer's
        # composer, and the same question by many students: kept for recent texts, keyed by
        # the vector too, which is the search's other input)
        key = (query, k, adapt, None if query_vector is None else
               (query_vector.dtype.str, query_vector.tobytes()))
        with self._searched_lock:
            kept = self._searched.get(key)
        if kept is not None and kept[0] is self.adapter:
            return list(kept[1])
        hits = self._search(query, k, query_vector, adapt)
        with self._searched_lock:
            self._searched[key] = (self.adapter, tuple(hits))
            while len(self._searched) > SEARCHES_KEPT:
                del self._searched[next(iter(self._searched))]
        return hits

    def forget_searches(self) -> None:
        """Drop the kept searches (forget-me: they are keyed by message texts)."""
        with self._searched_lock:
            self._searched.clear()

    def _search(self, query: str, k: int, query_vector: np.ndarray | None,
                adapt: bool) -> list[Hit]:
        raw = self.raw_lexical_scores(query)
        lexical = _scaled(raw)
        dense, heading = (self.dense_scores(query_vector) if adapt
                          else self.own_scores(query_vector))
        fused = fuse(lexical, dense, heading)
        own = None
        if self.adapter is not None and adapt:
            # The adapter orders the passages; the hits report the question's own cosines,
            # which the passage and answer models were fitted on, and its own fused score.
            dense, heading = self.own_scores(query_vector)
            own = fuse(lexical, dense, heading)
        return [self.hit(int(i), fused, lexical, dense, heading, raw, own)
                for i in np.argsort(-fused)[:k]]

    def hit(self, i: int, fused: np.ndarray, lexical: np.ndarray, dense: np.ndarray,
            heading: np.ndarray, raw: np.ndarray | None = None,
            own: np.ndarray | None = None) -> Hit:
        """Passage `i` as a Hit, from score arrays computed for one query."""
        return Hit(self.chunks[i], float(fused[i]), float(lexical[i]), float(dense[i]),
                   float(raw[i]) if raw is not None else 0.0, float(heading[i]),
                   float(own[i]) if own is not None else None)

    def raw_lexical_scores(self, query: str) -> np.ndarray:
        return self._lexical.scores(clean_markup(query)) if self._lexical else np.zeros(0)

    def lexical_scores(self, query: str) -> np.ndarray:
        return _scaled(self.raw_lexical_scores(query))

    def query_vector(self, query: str) -> np.ndarray | None:
        """The query's embedding, read like the passages were (markup dropped); the
        embedder keeps recent ones, since one question is searched and then composed from."""
        if self.embedder is None:
            return None
        return self.embedder.encode([clean_markup(query)])[0]

    def forget_queries(self) -> None:
        """Drop the kept query embeddings (for benchmarks that time a cold question)."""
        forget = getattr(self.embedder, "forget_recent", None)
        if forget is not None:
            forget()

    def dense_scores(self, query_vector: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Cosine similarity of each passage, and of each passage's heading, with the
        question's vector as the search reads it (moved by the adapter, if there is one)."""
        return self.own_scores(self.searched_vector(query_vector))

    def searched_vector(self, query_vector: np.ndarray | None) -> np.ndarray | None:
        """The question's vector as the search reads it: moved by the adapter, if any."""
        if query_vector is not None and self.adapter is not None:
            return self.adapter.apply(query_vector)
        return query_vector

    def own_scores(self, query_vector: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """The same cosines with the question's own embedding."""
        if query_vector is None:
            zeros = np.zeros(len(self.chunks), dtype=np.float32)
            return zeros, zeros
        return self.vectors @ query_vector, self.headings @ query_vector


def _scaled(raw: np.ndarray) -> np.ndarray:
    top = float(raw.max()) if raw.size else 0.0
    return raw / top if top > 0 else raw


def fuse(lexical: np.ndarray, dense: np.ndarray, heading: np.ndarray,
         bm25_weight: float = BM25_WEIGHT, heading_weight: float = HEADING_WEIGHT
         ) -> np.ndarray:
    """Convex mix of BM25 (scaled to the query's best) and the two cosines (clipped to
    [0, 1]), so the result is in [0, 1] too."""
    return (bm25_weight * lexical + heading_weight * np.clip(heading, 0.0, 1.0)
            + (1 - bm25_weight - heading_weight) * np.clip(dense, 0.0, 1.0))


def _atomic_write(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
