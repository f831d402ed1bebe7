"""One model shared by concurrent questions: their embeddings are computed together.

The model runs one forward pass at a time (the embedder's lock). A question that arrives
while a pass runs waits for it anyway, so instead of queueing one pass per question, the
texts that arrived meanwhile are encoded together in the next pass: a pass over eight short
questions costs little more than a pass over one, and the fixed cost per call (tokenising,
the library's bookkeeping, taking the lock) is paid once.

There is no batching thread: the first waiting caller runs the next pass for everyone
queued (leader and followers), so an idle server encodes a lone question at once, without
waiting for company.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.core.embedding import SMALL, Embedder

# Calls with more than SMALL texts are bulk work (indexing), encoded on their own; a shared
# pass stays this small: the model then runs on one thread (see embedding.py).


@dataclass(eq=False)
class _Request:
    texts: list[str]
    result: np.ndarray | None = None
    error: BaseException | None = None
    done: bool = field(default=False)


class BatchingEmbedder:
    """An Embedder whose small `encode` calls from several threads share forward passes.

    Everything else (`encode_tokens`, `sha256`, `model_dir`, ...) is the wrapped embedder's.
    """

    def __init__(self, inner: Embedder, max_texts: int = SMALL):
        self._inner = inner
        self._max_texts = max_texts
        self._cond = threading.Condition()
        self._queue: list[_Request] = []
        self._running = False
        self.passes = 0  # forward passes run for small calls (tests, metrics)
        self.batched = 0  # small calls that shared a pass with another

    @property
    def inner(self) -> Embedder:
        return self._inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    # The notes loader lowers the bulk threads while it indexes: that is the model's setting.
    @property
    def bulk_threads(self) -> int:
        return self._inner.bulk_threads

    @bulk_threads.setter
    def bulk_threads(self, value: int) -> None:
        self._inner.bulk_threads = value

    def encode(self, texts: list[str], along: Sequence[str] = ()) -> np.ndarray:
        """As `Embedder.encode`; `along` joins the pass only when `texts` need one."""
        if not texts or len(texts) > SMALL:
            return self._inner.encode(texts)
        if along and not self._inner.kept(texts):
            extra = [t for t in dict.fromkeys(along) if t not in texts]
            if extra := [t for t in extra if t and not self._inner.kept([t])]:
                return self.encode([*texts, *extra[:SMALL - len(texts)]])[:len(texts)]
        request = _Request(list(texts))
        with self._cond:
            self._queue.append(request)
            while not request.done:
                if self._running:
                    self._cond.wait()
                    continue
                batch = self._take()
                self._running = True
                self._cond.release()
                try:
                    self._run(batch)
                finally:
                    self._cond.acquire()
                    self._running = False
                    self._cond.notify_all()
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    def _take(self) -> list[_Request]:
        """The queued requests, oldest first, up to `max_texts` texts (at least one)."""
        batch, count = [], 0
        while self._queue and (not batch or count + len(self._queue[0].texts)
                               <= self._max_texts):
            request = self._queue.pop(0)
            batch.append(request)
            count += len(request.texts)
        return batch

    def _run(self, batch: list[_Request]) -> None:
        texts = [t for r in batch for t in r.texts]
        try:
            vectors = self._inner.encode(texts)
        except BaseException as exc:  # noqa: BLE001 - each caller gets it raised
            for r in batch:
                r.error, r.done = exc, True
            return
        self.passes += 1
        if len(batch) > 1:
            self.batched += len(batch)
        start = 0
        for r in batch:
            r.result = vectors[start:start + len(r.texts)]
            r.done = True
            start += len(r.texts)
