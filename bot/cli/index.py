"""`python -m bot index`: (re)build the notes' index with a progress bar and a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.knowledge.base import BuildSummary, open_index


def run_index(settings: Settings, corpus: Path | None, rebuild: bool,
              out: TextIO = sys.stdout) -> BuildSummary:
    from bot.cli.progress import BuildProgress
    from bot.core.embedding import Embedder

    corpus = corpus or settings.knowledge_dir
    embedder = Embedder(settings.model_dir)
    progress = BuildProgress("embedding passages and headings")
    try:
        _, summary = open_index(corpus, settings.index_dir, embedder, rebuild, progress)
    finally:
        progress.close()
    state = "rebuilt" if summary.rebuilt else "up to date"
    print(f"{corpus}: index {state} in {settings.index_dir}", file=out)
    print(f"files {summary.files}, passages {summary.chunks}, embedded {summary.embedded}, "
          f"skipped {len(summary.skipped)}, {summary.seconds:.1f} s", file=out)
    for path, reason in summary.skipped.items():
        print(f"  skipped {path}: {reason}", file=out)
    return summary
