"""`python -m bot index`: (re)build the notes' index with a progress bar and a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.knowledge.base import BuildSummary, open_index


def run_index(settings: Settings, corpus: Path | None, rebuild: bool,
              out: TextIO = sys.stdout) -> BuildSummary:
    from tqdm import tqdm

    from bot.core.embedding import Embedder

    corpus = corpus or settings.knowledge_dir
    embedder = Embedder(settings.model_dir)
    bar = tqdm(total=0, unit="text", desc="embedding passages and headings", file=sys.stderr,
               leave=False)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        _, summary = open_index(corpus, settings.index_dir, embedder, rebuild, progress)
    finally:
        bar.close()
    state = "rebuilt" if summary.rebuilt else "up to date"
    print(f"{corpus}: index {state} in {settings.index_dir}", file=out)
    print(f"files {summary.files}, passages {summary.chunks}, embedded {summary.embedded}, "
          f"skipped {len(summary.skipped)}, {summary.seconds:.1f} s", file=out)
    for path, reason in summary.skipped.items():
        print(f"  skipped {path}: {reason}", file=out)
    return summary
