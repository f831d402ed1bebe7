"""The reranker measured by 5-fold cross-validation by question: each fold's cross-encoder
is trained on the other folds' labelled questions (and the questions made from the notes),
and the answers to the fold's own questions are composed with it.

    python bench/rerank_cv.py [--labelled FILE.jsonl ...] [--layers 3] [--epochs 2]
                              [--sections 1 2 3] [--models DIR]

Printed, for the composer without the reranker and with it (choosing among the composer's
best units of the first 1, 2, 3 sections): bench/content_calibration's report (section
recall, answering unit shown, wrongly declined, and the precision-coverage table of a
confidence model refitted 5-fold, with the reranker's logit among its features when it is
used), and the content answers' latency. Fold models are kept under --models and reused.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import content_calibration as CC  # noqa: E402

from bot.cli.knowledge import training_pairs  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.core.handlers import notes  # noqa: E402
from bot.knowledge import compose  # noqa: E402
from bot.knowledge import rerank as R  # noqa: E402
from bot.knowledge import rerank_train as T  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.knowledge.compose import unit_scores  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402

TZ = ZoneInfo("Europe/London")


def folds_of(questions: list[str], k: int = 5, seed: int = T.SEED) -> dict[str, int]:
    unique = sorted(set(questions))
    order = np.random.default_rng(seed).permutation(len(unique))
    return {unique[i]: n % k for n, i in enumerate(order)}


def pool_accuracy(assistant: Assistant, cases: list[T.Labelled], models: list,
                  fold: dict[str, int], sections: int) -> None:
    """Within the units the reranker reads (the composer's best few of the first sections):
    how often the best by the composer's score, and the best by the reranker's, holds an
    evidence item, and how often each ranks an evidence unit above a non-evidence one."""
    view = assistant.view()
    index = view.knowledge
    first = {"composer": [], "reranker": []}
    pairwise = {"composer": [], "reranker": []}
    for case in cases:
        if fold[case.question] >= len(models) or models[fold[case.question]] is None:
            continue
        q = view.understander.parse(case.question, CC.NOW, TZ)
        hits, _ = notes.search_notes(q, view)
        text, vector = notes.search_text(q, view), notes.question_vector(q, view)
        found, seen = [], set()
        for h in hits:
            if (h.chunk.path, h.chunk.section) not in seen and len(seen) < sections:
                seen.add((h.chunk.path, h.chunk.section))
                found.append(index.section(h.chunk))
        pool = sorted(((s, n, i) for n, units in enumerate(found)
                       for i, s in enumerate(unit_scores(text, vector, units))),
                      reverse=True)[:compose.RERANK_UNITS]
        right = np.array([T.holds_evidence(found[n][i][1], case.evidence)
                          and T.same_file(found[n][i][0].path, case.file) for _, n, i in pool])
        scores = {"composer": np.array([s for s, _, _ in pool]),
                  "reranker": models[fold[case.question]].scores(
                      text, [found[n][i][1] for _, n, i in pool])}
        for name, score in scores.items():
            first[name].append(bool(right[int(np.argmax(score))]))
            if right.any() and (~right).any():
                pairwise[name].append(np.mean([a > b for a in score[right]
                                               for b in score[~right]]))
    print(f"\n== within the reranker's pool ({compose.RERANK_UNITS} units of the first "
          f"{sections} section(s)), {len(first['composer'])} questions:")
    for name in first:
        print(f"  {name:9} best unit holds evidence {np.mean(first[name]):.3f}; evidence "
              f"unit ranked above another {np.mean(pairwise[name]):.3f}")


def evaluate(assistant: Assistant, cases: list[CC.Case], models: list | None,
             fold: dict[str, int], sections: int) -> None:
    index = assistant.view().knowledge
    notes.RERANK_SECTIONS = sections
    reranks = []
    view = assistant.view()
    for case in cases:
        index.reranker = models[fold[case.question]] if models else None
        CC.run(assistant, [case])
        q = view.understander.parse(case.question, CC.NOW, TZ)
        _, _, composed, _ = notes.composed_answer(q, view)
        reranks.append(composed.rerank if composed else -10.0)
    walls = []
    for case in cases[:120]:
        index.reranker = models[fold[case.question]] if models else None
        index.forget_queries()
        started = time.perf_counter()
        assistant.answer(case.question, CC.AskContext(CC.NOW, TZ))
        walls.append((time.perf_counter() - started) * 1000)
    label = (f"reranker over the first {sections} section(s)" if models
             else "composer alone (shipped)")
    print(f"\n== {label}: content answer wall p50 {np.percentile(walls, 50):.1f} ms, "
          f"p99 {np.percentile(walls, 99):.1f} ms")
    CC.report(cases, [c.probability for c in cases], label + ", shipped confidence")
    x = np.array([c.features or (0.0,) * len(CC.C.ANSWER_COEF) for c in cases])
    if models:
        x = np.hstack([x, np.array(reranks)[:, None]])
    y = np.array([float(CC.correct(c) or (c.file is not None and CC.shown(c)[1]))
                  for c in cases])
    held = np.zeros(len(cases))
    for f in range(5):
        test = np.array([fold[c.question] == f for c in cases])
        if not test.any():
            continue
        w = CC.fit(x[~test], y[~test])
        held[test] = 1 / (1 + np.exp(-(x[test] @ w[:-1] + w[-1])))
    CC.report(cases, list(held), label + ", confidence refitted 5-fold by question")
    if models:
        w = CC.fit(x, y)
        print("  fitted on all: " + ", ".join(f"{v:.2f}" for v in w))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labelled", type=Path, action="append")
    ap.add_argument("--negatives", type=Path,
                    default=ROOT / "tests/data/content_questions.jsonl")
    ap.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--models", type=Path, default=Path(tempfile.gettempdir()) / "rerank_cv")
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--rate", type=float, default=5e-5, help="peak learning rate")
    ap.add_argument("--train-length", type=int, default=R.MAX_LENGTH,
                    help="word pieces per pair while training")
    ap.add_argument("--folds", type=int, nargs="+", default=list(range(5)),
                    help="train and score only these folds' questions (a partial CV)")
    ap.add_argument("--no-eval", action="store_true", help="only train the fold models")
    ap.add_argument("--sections", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--units", type=int, default=compose.RERANK_UNITS,
                    help="units the reranker reads per question")
    ap.add_argument("--max-length", type=int, default=R.MAX_LENGTH,
                    help="word pieces the reranker reads per pair at answer time")
    ap.add_argument("--baseline", action="store_true", help="also report the composer alone")
    args = ap.parse_args()
    labelled = args.labelled or CC.LABELLED
    embedder = Embedder()
    index, _ = open_index(args.knowledge, args.index or Path(tempfile.mkdtemp()), embedder)
    index.reranker = None
    schedule = load_schedule(ROOT / "schedule.yaml")
    assistant = Assistant(lambda: schedule, embedder, index)
    train_cases = T.read_labelled(labelled)
    fold = folds_of([c.question for c in train_cases])
    started = time.perf_counter()
    pairs = training_pairs(assistant.view(), train_cases)
    generated = T.generated_pairs(index)
    print(f"{len(pairs)} labelled pairs ({sum(p.label for p in pairs):.0f} positive) from "
          f"{len(train_cases)} questions; {len(generated)} generated pairs; "
          f"{time.perf_counter() - started:.0f} s")
    models: list = [None] * 5
    name = f"L{args.layers}e{args.epochs}" + (f"r{args.rate:g}l{args.train_length}"
                                             if (args.rate, args.train_length)
                                             != (5e-5, R.MAX_LENGTH) else "")
    for f in args.folds:
        folder = args.models / name / f"fold{f}"
        if not (folder / R.MANIFEST_FILE).is_file():
            started = time.perf_counter()
            own = [p for p in pairs if fold.get(p.group) != f] + generated
            network = T.train(own, embedder.model_dir, layers=args.layers, epochs=args.epochs,
                              rate=args.rate, max_length=args.train_length)
            R.save(network, folder, {"layers": args.layers, "base_sha256": embedder.sha256,
                                     "max_length": R.MAX_LENGTH, "fold": f})
            print(f"fold {f}: trained on {len(own)} pairs in "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
        models[f] = R.Reranker.load(folder, embedder.model_dir, embedder.sha256)
        models[f].max_length = args.max_length
    if args.no_eval:
        return 0
    compose.RERANK_UNITS = args.units
    print(f"the reranker reads {args.units} units, {args.max_length} word pieces each")
    cases = CC.load(labelled, args.negatives)
    for n, c in enumerate(cases):  # the negatives, spread over the folds by their order
        fold.setdefault(c.question, n % 5)
    cases = [c for c in cases if fold[c.question] in args.folds]
    for sections in args.sections:
        pool_accuracy(assistant, train_cases, models, fold, sections)
    if args.baseline:
        evaluate(assistant, cases, None, fold, 1)
    for sections in args.sections:
        evaluate(assistant, cases, models, fold, sections)
    return 0


if __name__ == "__main__":
    sys.exit(main())
