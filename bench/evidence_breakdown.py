"""Where the labelled evidence goes missing, set by set: the answerable content questions
of bench/data run through the whole assistant, each miss put in one class.

    python bench/evidence_breakdown.py [--labelled FILE.jsonl ...] [--index DIR] [--out F]

Classes of an answerable question whose evidence is not all shown whole:
- declined, routed away: the intent model sent it elsewhere (the intent is counted);
- declined, low confidence: routed to the notes, but their gate showed no passage;
- wrong section: an evidence item's section is not among the sections quoted;
- right section, not chosen: every missing item's section is quoted, the unit not shown.
Also per set: all / some evidence shown, quoted words (mean, of answered), CPU p50 per
answer. `--out` keeps one JSON line per question, for comparing two branches.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import content_calibration as CC  # noqa: E402

from bot.core.answer import AskContext  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.knowledge.compose import words  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402


def classify(case: CC.Case) -> str:
    a = case.answer
    every, _ = CC.shown(case)
    if every:
        return "shown"
    if not CC.answered(case):
        return f"declined, routed away ({a.intent})" if a and a.intent not in \
            CC._NOTES_INTENTS else "declined, low confidence"
    quoted = " ".join(CC._norm(q.section or q.markdown) for q in a.quotes)
    shown_text = " ".join(CC._norm(q.markdown) for q in a.quotes)
    missing = [e for e in case.evidence if CC._norm(e) not in shown_text]
    if all(CC._norm(e) in quoted for e in missing):
        return "right section, unit not chosen"
    return "wrong section"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labelled", type=Path, action="append")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    embedder = Embedder()
    index, _ = open_index(ROOT / "knowledge", args.index or Path(tempfile.mkdtemp()), embedder)
    schedule = load_schedule(ROOT / "schedule.yaml")
    assistant = Assistant(lambda: schedule, embedder, index)
    rows = []
    for path in args.labelled or CC.LABELLED:
        cases = [c for c in CC.load([path], None) if c.file]
        cpu = []
        for case in cases:
            index.forget_queries()
            start = time.process_time()
            case.answer = assistant.answer(case.question, AskContext(CC.NOW, CC.NOW.tzinfo))
            cpu.append((time.process_time() - start) * 1000)
        classes = Counter(classify(c) for c in cases)
        done = [c for c in cases if CC.answered(c)]
        said = [sum(words(q.markdown) for q in c.answer.quotes) for c in done]
        print(f"{path.name}: {len(cases)} answerable; all evidence "
              f"{np.mean([CC.shown(c)[0] for c in cases]):.3f}, some "
              f"{np.mean([CC.shown(c)[1] for c in cases]):.3f}; declined "
              f"{len(cases) - len(done)}; words {np.mean(said):.0f} (p90 "
              f"{np.percentile(said, 90):.0f}); CPU p50 {np.median(cpu):.1f} ms")
        for name, n in classes.most_common():
            print(f"    {n:4d}  {name}")
        for case, ms in zip(cases, cpu, strict=True):
            a = case.answer
            rows.append({"set": path.name, "question": case.question, "class": classify(case),
                         "some": CC.shown(case)[1], "intent": a.intent if a else None,
                         "confidence": a.confidence if a else 0.0,
                         "words": sum(words(q.markdown) for q in a.quotes) if a else 0,
                         "quotes": [q.markdown for q in a.quotes] if a else [],
                         "cites": [q.citation for q in a.quotes] if a else [],
                         "want": f"{case.file} > {case.section}", "evidence": case.evidence,
                         "cpu_ms": ms})
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
