"""Loading the model and the notes' index while the bot already serves.

Loading the model takes seconds and (re)building the index a minute or more, so `serve`
listens at once and does both here, in a thread of its own (never the event loop, never
the executor that answers questions). Until the index is ready, the assistant answers
schedule questions as usual and tells content questions that the notes are being indexed;
`status()` feeds `/readyz`.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.core import zones
from bot.core.assistant import Assistant
from bot.core.embedding import Embedder
from bot.knowledge.base import open_index
from bot.knowledge.compose import word_rarity

log = logging.getLogger(__name__)


class NotesLoader:
    def __init__(self, assistant: Assistant, knowledge_dir: Path, index_dir: Path,
                 model_dir: Path | None, *,
                 load_model: Callable[[Path | None], Embedder] = Embedder,
                 report: Callable[[int, int], None] | None = None):
        self._assistant = assistant
        self._knowledge_dir = knowledge_dir
        self._index_dir = index_dir
        self._model_dir = model_dir
        self._load_model = load_model
        self._report = report  # progress for the operator too (serve's log lines)
        self.state = "waiting"  # loading model, indexing, ready, none (no notes), failed
        self.done = 0
        self.total = 0
        self.error: str | None = None
        self._started = time.monotonic()
        self._thread: threading.Thread | None = None
        assistant.notes_pending = self.pending

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="notes-index", daemon=True)
        self._thread.start()

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def pending(self) -> float | None:
        """How far the notes are (0..1) while they are being prepared; None once settled."""
        if self.state in ("ready", "none", "failed"):
            return None
        return self.done / self.total if self.total else 0.0

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"state": self.state,
                               "seconds": round(time.monotonic() - self._started, 1)}
        if self.total:
            out.update(done=self.done, total=self.total,
                       percent=round(100 * self.done / self.total))
        if self.error:
            out["error"] = self.error
        return out

    def _progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._report is not None:
            self._report(done, total)

    def _run(self) -> None:
        try:
            # Tables the answers would otherwise build on their first questions: built
            # here, off the loop and before the heap is frozen, once for all threads.
            zones.warm()
            self.state = "loading model"
            embedder = self._load_model(self._model_dir)
            self._assistant.attach(embedder=embedder)
            self._assistant.view()  # built here, not by the first question to arrive
            if not self._knowledge_dir.is_dir():
                log.warning("no knowledge folder at %s: content questions go unanswered",
                            self._knowledge_dir)
                self.state = "none"
                return
            self.state = "indexing"
            # One core stays with the questions that keep arriving meanwhile.
            threads, embedder.bulk_threads = embedder.bulk_threads, max(
                1, (os.cpu_count() or 1) - 1)
            try:
                index, summary = open_index(self._knowledge_dir, self._index_dir, embedder,
                                            progress=self._progress)
            finally:
                embedder.bulk_threads = threads
            self._assistant.attach(knowledge=index)
            self._assistant.view()
            word_rarity(index)  # the notes' word weights, kept per index
            self.state = "ready"
            log.info("the notes' index is ready: %d passages from %d files (%s in %.0f s)",
                        summary.chunks, summary.files,
                        "rebuilt" if summary.rebuilt else "loaded", summary.seconds)
        except Exception as exc:  # noqa: BLE001 - the bot keeps serving; /readyz says why
            self.error = f"{type(exc).__name__}: {exc}"
            self.state = "failed"
            log.error("the notes could not be loaded; content questions go unanswered: %s",
                      self.error, exc_info=True)
