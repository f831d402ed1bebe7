"""`python -m bot nlu train`: fit the intent classifier on the corpus and store it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.core.course import understander_for
from bot.core.embedding import Embedder, sha256_of
from bot.knowledge.base import open_index
from bot.nlu.corpus import SEED
from bot.nlu.model import bundled_model_dir
from bot.nlu.train import train
from bot.schedule.loader import load_schedule


def run_train(settings: Settings, out: Path | None, seed: int | None, stdout: TextIO) -> None:
    started = time.perf_counter()
    schedule = load_schedule(settings.schedule_path)
    embedder = Embedder(settings.model_dir)
    knowledge = None
    if settings.knowledge_dir.is_dir():  # its words guide typo correction, as when answering
        knowledge, _ = open_index(settings.knowledge_dir, settings.index_dir, embedder)
    understander = understander_for(schedule, embedder, knowledge)
    model, report = train(settings.nlu_dir, understander, embedder.encode, embedder.sha256,
                          cache=settings.data_dir / "nlu" / "embeddings.npz",
                          seed=SEED if seed is None else seed)
    model.meta["schedule_sha256"] = sha256_of(settings.schedule_path)
    folder = out or settings.intent_model_dir or bundled_model_dir()
    digest = model.save(folder)
    counts = ", ".join(f"{k} {v}" for k, v in report["by_intent"].items())
    print(f"{report['utterances']} utterances: {counts}", file=stdout)
    print(f"{report['cv_folds']}-fold cross-validation (whole messages and templates held out): "
          f"accuracy {report['cv_accuracy']:.3f} (quick model {report['cv_accuracy_quick']:.3f}, "
          f"with the embedding {report['cv_accuracy_full']:.3f}); the quick model decides at "
          f"p >= {report['threshold']}, {1 - report['cv_embedded_share']:.0%} of the time",
          file=stdout)
    print(f"model written to {folder} (sha256 {digest}) in {time.perf_counter() - started:.0f} s",
          file=stdout)
