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

A wrong section is then placed (pooled over the sets): where the search ranks the labelled
section among the distinct sections of its first WIDE_PASSAGES passages (the section choice
weighs the first SECTION_CHOICES of them), whether the labelled section is in the labelled
note or only the answer's note differs, and the kind of text the question asks for (a
comparison has rules of its own).
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
from bot.core.handlers.notes import SECTION_CHOICES, WIDE_PASSAGES, search_text  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.knowledge.compose import asked_kind, words  # noqa: E402
from bot.knowledge.index import innermost  # noqa: E402
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


def labelled_rank(case: CC.Case, assistant: Assistant) -> int | None:
    """Where the search ranks the labelled section among the distinct sections of its first
    WIDE_PASSAGES passages (0: first), None when it is not among them."""
    view = assistant.view()
    if view.knowledge is None:
        return None
    q = view.understander.parse(case.question, CC.NOW, CC.NOW.tzinfo)
    seen: list[tuple[str, str]] = []
    for h in view.knowledge.search(search_text(q, view), k=WIDE_PASSAGES):
        key = (CC._base(h.chunk.path), innermost(h.chunk.section))
        if key not in seen:
            seen.append(key)
    want = (CC._base(case.file or ""), case.section)
    return seen.index(want) if want in seen else None


def placed(case: CC.Case, assistant: Assistant) -> tuple[str, str, str]:
    """A wrong section's place: the labelled section's rank in the search, whether the
    answer came from the labelled note, and the kind of question."""
    rank = labelled_rank(case, assistant)
    where = ("not in the search" if rank is None else
             f"ranked {rank + 1}" if rank < SECTION_CHOICES else
             f"ranked {SECTION_CHOICES + 1}-5" if rank < 5 else "ranked 6th or lower")
    a = case.answer
    source = a.sources[0].path if a and a.sources else ""
    note = "same note" if CC._base(source) == CC._base(case.file or "") else "another note"
    return where, note, asked_kind(case.question)


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
    wrong: list[tuple[str, str, str]] = []
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
        wrong += [placed(c, assistant) for c in cases if classify(c) == "wrong section"]
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
    print(f"wrong section, pooled ({len(wrong)}): the labelled section in the search")
    for i, name in enumerate(("rank", "note", "kind")):
        counts = Counter(w[i] for w in wrong)
        print(f"  by {name}: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())))
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
