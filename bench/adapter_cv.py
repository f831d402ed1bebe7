"""The question adapter (bot/knowledge/adapter.py) measured by rotation over the labelled
content sets: each set is read by an adapter trained on the questions made from the notes
and on the other sets (with --notes-only, on the notes' questions alone), through the whole
assistant as `content_calibration.py` runs it; the same set without an adapter beside it.

    python bench/adapter_cv.py [--labelled FILE.jsonl ...] [--index DIR] [--notes-only]
        [--epochs 30] [--l2 1.0] [--rate 2e-3] [--mix M] [--search-only]

--search-only prints Recall@1/3 by section of the search alone (fast, for choosing the
training settings); otherwise each fold's whole-assistant figures and content latency.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import content_calibration as CC  # noqa: E402

from bot.core.assistant import Assistant  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.core.handlers import notes  # noqa: E402
from bot.knowledge import adapter_train as T  # noqa: E402
from bot.knowledge.adapter import QuestionAdapter  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402


def search_recall(index, texts: list[str], cases: list[CC.Case]) -> tuple[float, float]:
    hits = []
    for text, case in zip(texts, cases, strict=True):
        case.sections = []
        for h in index.search(text, k=12):
            key = (h.chunk.path, h.chunk.section.rsplit(" > ", 1)[-1])
            if key not in case.sections:
                case.sections.append(key)
        hits.append((CC.section_found(case, 1), CC.section_found(case, 3)))
    return tuple(float(x) for x in np.mean(hits, axis=0))


def figures(cases: list[CC.Case]) -> dict[str, float]:
    pos = [c for c in cases if c.file]
    sure = [c for c in cases if CC.confident(c)]
    return {"R@1": float(np.mean([CC.section_found(c, 1) for c in pos])),
            "R@3": float(np.mean([CC.section_found(c, 3) for c in pos])),
            "declined": sum(not CC.answered(c) for c in pos),
            "all": float(np.mean([CC.shown(c)[0] for c in pos])),
            "some": float(np.mean([CC.shown(c)[1] for c in pos])),
            "correct": float(np.mean([CC.correct(c) for c in pos])),
            "confident": len(sure),
            "precision": float(np.mean([CC.correct(c) for c in sure])) if sure else float("nan"),
            "must-not shown": sum(c.file is None and CC.answered(c) for c in cases)}


def dump(path: Path, name: str, label: str, cases: list[CC.Case]) -> None:
    with path.open("a") as out:
        for c in cases:
            out.write(json.dumps({
                "set": name, "label": label, "question": c.question, "file": c.file,
                "features": list(c.features), "probability": c.probability,
                "correct": CC.correct(c), "some": CC.shown(c)[1], "all": CC.shown(c)[0],
                "answered": CC.answered(c), "confident": CC.confident(c),
                "r1": bool(c.file) and CC.section_found(c, 1),
                "source": c.answer.sources[0].title if c.answer and c.answer.sources else "",
            }) + "\n")


def row(name: str, f: dict[str, float]) -> str:
    return (f"| {name} | {f['R@1']:.3f} | {f['R@3']:.3f} | {f['all']:.3f} | {f['some']:.3f} | "
            f"{f['correct']:.3f} | {f['declined']} | {f['confident']} ({f['precision']:.3f}) | "
            f"{f['must-not shown']} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labelled", type=Path, action="append")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--notes-only", action="store_true")
    ap.add_argument("--search-only", action="store_true")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--rate", type=float, default=2e-3)
    ap.add_argument("--scale", type=float, default=30.0)
    ap.add_argument("--mix", type=float, default=T.MIX,
                    help="use mix x W + (1 - mix) x identity (default: the shipped mix)")
    ap.add_argument("--adapted-only", action="store_true",
                    help="read each held-out set with its fold's adapter only (no base run)")
    ap.add_argument("--only", action="append", help="hold out only these sets (file names)")
    ap.add_argument("--dump", type=Path,
                    help="write each held-out question's answer features and grades here "
                         "(JSON lines), for refitting the answer model by rotation")
    ap.add_argument("--folds", type=Path,
                    help="keep each fold's trained matrix here (<set>.npy) and reuse it when "
                         "present: a second rotation with the same training reads the same "
                         "adapters without training them again")
    args = ap.parse_args()
    files = args.labelled or CC.LABELLED
    embedder = Embedder()
    index, _ = open_index(ROOT / "knowledge", args.index or Path(tempfile.mkdtemp()), embedder)
    schedule = load_schedule(ROOT / "schedule.yaml")
    assistant = Assistant(lambda: schedule, embedder, index)
    view = assistant.view()
    generated = T.generated_examples(index)
    gen_vectors = T.encode(embedder, [e.question for e in generated])
    print(f"{len(generated)} questions made from the notes")
    sets, texts, examples, vectors = {}, {}, {}, {}
    for path in files:
        cases = CC.load([path], None)
        sets[path.name] = cases
        texts[path.name] = [notes.search_text(view.understander.parse(c.question, CC.NOW,
                                                                      CC.NOW.tzinfo), view)
                            for c in cases]
        ex, vec = [], []
        for c, t, v in zip(cases, texts[path.name], T.encode(embedder, texts[path.name]),
                           strict=True):
            rows = T.section_rows(index, c.file, c.section) if c.file else ()
            if rows:
                ex.append(T.Example(t, rows, path.name))
                vec.append(v)
        examples[path.name], vectors[path.name] = ex, np.array(vec)
    negatives = CC.load([], ROOT / "tests/data/content_questions.jsonl")
    print("| held out | R@1 by section | R@3 | all evidence | some | correct | wrongly declined "
          "| confident (precision) | must-not shown |")
    print("|---|---|---|---|---|---|---|---|---|")
    pooled: dict[str, list[CC.Case]] = {"base": [], "adapted": []}
    for name in [n for n in sets if not args.only or n in args.only]:
        train_ex = list(generated)
        train_vec = [gen_vectors]
        if not args.notes_only:
            for other in sets:
                if other != name and len(examples[other]):
                    train_ex += examples[other]
                    train_vec.append(vectors[other])
        kept = args.folds / f"{Path(name).stem}.npy" if args.folds else None
        if kept is not None and kept.is_file():
            matrix = np.load(kept)
        else:
            matrix = T.train(np.concatenate(train_vec), train_ex, index, epochs=args.epochs,
                             rate=args.rate, l2=args.l2, scale=args.scale)
            if kept is not None:
                kept.parent.mkdir(parents=True, exist_ok=True)
                np.save(kept, matrix)
        adapter = QuestionAdapter(T.mixed(matrix, args.mix), {})
        for label, used in (("base", None), ("adapted", adapter))[args.adapted_only:]:
            index.adapter = used
            if args.search_only:
                r1, r3 = search_recall(index, texts[name], sets[name])
                print(f"| {name} {label} | search R@1 {r1:.3f} | R@3 {r3:.3f} |")
                continue
            cases = CC.load([ROOT / "bench/data" / name] if (ROOT / "bench/data" / name)
                            .is_file() else [p for p in files if p.name == name], None)
            CC.run(assistant, cases + negatives)
            pooled[label] += cases
            if args.dump:
                dump(args.dump, name, label, cases + negatives)
            print(row(f"{name} {label}", figures(cases + negatives)), flush=True)
    if not args.search_only:
        if pooled["base"]:
            print(row("pooled base", figures(pooled["base"])))
        print(row("pooled adapted", figures(pooled["adapted"])))
        sample = (pooled["base"] or pooled["adapted"])[:200]
        for label, used in (("base", None), ("adapted", adapter)):
            index.adapter = used
            wall, cpu = CC.latency(assistant, sample)
            print(f"latency {label}: wall p50 {wall[0]:.1f} / p99 {wall[1]:.1f} ms, "
                  f"CPU p50 {cpu[0]:.1f} / p99 {cpu[1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
