"""The knowledge base on disk: build the index when missing, stale or corrupt, else load it.

Only passages whose content changed are embedded again (embeddings are kept by content
hash), so dropping a new slide deck into `knowledge/` and re-indexing is quick.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.core.embedding import Embedder, sha256_of
from bot.knowledge.adapter import load_for
from bot.knowledge.index import IndexError_, KnowledgeIndex
from bot.knowledge.ingest import SUFFIXES, ingest
from bot.knowledge.pieces import piece_counter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildSummary:
    files: int
    chunks: int
    skipped: dict[str, str]
    embedded: int
    seconds: float
    rebuilt: bool
    reason: str = ""


def corpus_fingerprint(corpus: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        rel = path.relative_to(corpus)
        if path.suffix.lower() in SUFFIXES and not any(x.startswith(".") for x in rel.parts):
            digest.update(rel.as_posix().encode())
            digest.update(sha256_of(path).encode())
    return digest.hexdigest()


def model_id(embedder: Embedder) -> str:
    return embedder.sha256


def open_index(corpus: Path, folder: Path, embedder: Embedder, rebuild: bool = False,
               progress: Callable[[int, int], None] | None = None
               ) -> tuple[KnowledgeIndex, BuildSummary]:
    """The index of `corpus` stored in `folder`, (re)built if needed."""
    if not corpus.is_dir():
        raise FileNotFoundError(f"knowledge folder {corpus} does not exist")
    started = time.perf_counter()
    fingerprint = corpus_fingerprint(corpus)
    model = model_id(embedder)
    reason = "asked to rebuild"
    if not rebuild:
        try:
            index = KnowledgeIndex.load(folder, embedder, fingerprint, model)
            load_for(index, None, embedder.sha256)
            return index, BuildSummary(len({c.path for c in index.chunks}), len(index.chunks),
                                       {}, 0, time.perf_counter() - started, False)
        except IndexError_ as exc:
            reason = str(exc)
            log.info("rebuilding the knowledge index: %s", exc)
    cache = {}
    with contextlib.suppress(IndexError_):  # reuse whatever embeddings are still readable
        cache = KnowledgeIndex.load(folder, None).embedding_cache()
    result = ingest(corpus, pieces=piece_counter(embedder.model_dir))
    index = KnowledgeIndex.build(result.chunks, embedder, cache=cache, progress=progress)
    try:
        index.save(folder, fingerprint, model)
    except OSError as exc:  # a read-only data folder: answer anyway, rebuild next time
        log.warning("cannot store the knowledge index in %s: %s", folder, exc)
    load_for(index, None, embedder.sha256)
    return index, BuildSummary(result.files, len(result.chunks), result.skipped,
                               index.embedded, time.perf_counter() - started, True, reason)
