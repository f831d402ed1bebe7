"""Every heading and bold term of the notes asked as a question: how many are refused.

    PYTHONPATH=. python bench/term_refusals.py [--knowledge DIR] [--index DIR] [--show]

A subject word of the notes that is also a request's verb elsewhere ("translation",
"generate", "attack", "sample") must not make a question about it a refusal: each term is
asked as "what is <term>", "<term>?" and "<term> vs <the next term>", and the refused ones
are counted (and listed with --show).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.answer import AskContext  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402

NOW = datetime(2021, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/London"))
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.M)
_BOLD = re.compile(r"\*\*([^*\n]{2,60})\*\*")


def terms(knowledge: Path) -> list[str]:
    """The notes' headings and bold terms, lower-cased, without markup, once each."""
    seen: dict[str, None] = {}
    for path in sorted(knowledge.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for raw in [*_HEADING.findall(text), *_BOLD.findall(text)]:
            term = re.sub(r"[`*_$\\]|^\d+(?:\.\d+)*\.?\s*", "", raw).strip(" :.").lower()
            if 2 <= len(term) <= 60:
                seen[term] = None
    return list(seen)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    embedder = Embedder()
    index, _ = open_index(args.knowledge, args.index or Path(tempfile.mkdtemp()), embedder)
    schedule = load_schedule(ROOT / "schedule.yaml")
    assistant = Assistant(lambda: schedule, embedder, index)
    found = terms(args.knowledge)
    questions = [q for i, t in enumerate(found) for q in (
        f"what is {t}", f"{t}?", f"{t} vs {found[(i + 1) % len(found)]}")]
    refused = []
    for q in questions:
        a = assistant.answer(q, AskContext(NOW, ZoneInfo("Europe/London")))
        if a.intent == "refused":
            refused.append(q)
    print(f"{len(found)} terms, {len(questions)} questions, {len(refused)} refused")
    if args.show:
        for q in refused:
            print(f"  refused: {q}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
