"""The answer model (confidence.ANSWER_COEF_ADAPTED) judged by leave-one-round-out on the
features `content_calibration.py --dump FILE` wrote (every labelled set through the whole
assistant): each held-out set is scored by a model fitted on all the other sets (and the
must-not negatives), and read at the confident threshold.

    python bench/content_calibration.py --labelled SET.jsonl ... --no-latency --dump FILE.jsonl
    python bench/confidence_rounds_cv.py FILE.jsonl [--free all|FEATURE ...] [--held SET ...]
        [--train SET ...] [--fit-above P] [--l2 0.01] [--show]

Each question is read from the answer model's inputs behind its reported confidence (`used`:
for a question answered in two parts, the part that set it); an answer no call of the
adapted model gave its confidence (a rule capped it, or one's own work, read by the
unadapted model) keeps the shipped decision, and is fitted on as the search found it
(`features`). Confident = a passage of the notes shown and a probability of at least the
confident threshold. Prints, for each held-out set (default: every set) and pooled, the
confident answers and their precision with the shipped weights and with the refitted ones
(every weight, or the named features' and the intercept, the others kept; --train: fitted on
those sets alone; --fit-above: on the answers the shipped model gives at least P), then the
weights fitted on every set (what would ship). --show lists the refitted model's confident
misses.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from answer_margin_cv import fit as fit_some  # noqa: E402

from bot.knowledge import confidence as C  # noqa: E402


def target(rows: list[dict]) -> np.ndarray:
    """What the model predicts, as content_calibration.py --fit reads it: correct, or an
    evidence item shown."""
    return np.array([float(r["correct"] or (r["file"] is not None and r["some"]))
                     for r in rows])


def inputs(r: dict) -> list[float]:
    return r["used"] if r["used_adapted"] else r["features"]


def probabilities(rows: list[dict], coef: np.ndarray, intercept: float) -> np.ndarray:
    x = np.array([inputs(r) for r in rows])
    return 1 / (1 + np.exp(-(x @ coef + intercept)))


def confident(rows: list[dict], p: np.ndarray) -> list[dict]:
    return [r for r, q in zip(rows, p, strict=True) if r["answered"] and (
        q >= C.CONFIDENT_THRESHOLD if r["used_adapted"] else r["confident"])]


def cell(sure: list[dict]) -> tuple[str, int, int]:
    right = sum(bool(r["correct"]) for r in sure)
    return f"{len(sure)} ({right / max(1, len(sure)):.3f})", len(sure), right


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--free", nargs="+", default=["all"],
                    choices=("all", *C.ANSWER_FEATURE_NAMES),
                    help="refit every weight, or these features' (and the intercept)")
    ap.add_argument("--held", nargs="*", help="the sets read held out (default: every set)")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--fit-above", type=float, default=0.0,
                    help="fit only on answers the shipped model gives at least this")
    ap.add_argument("--train", nargs="*",
                    help="fit only on these sets (and the negatives; default: every set)")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    rows = [r for r in map(json.loads, args.dump.read_text().splitlines()) if r["features"]]
    pool = [r for r in rows if not args.train or r["set"] in {*args.train, "negatives"}]
    sets = [s for s in dict.fromkeys(r["set"] for r in rows) if s != "negatives"]
    shipped = np.array(C.ANSWER_COEF_ADAPTED)
    free = (list(range(len(shipped))) if "all" in args.free
            else [C.ANSWER_FEATURE_NAMES.index(n) for n in args.free])

    def fitted(train: list[dict]) -> tuple[np.ndarray, float]:
        # the decision at the threshold is made among the likelier answers: fitted there
        p = probabilities(train, shipped, C.ANSWER_INTERCEPT_ADAPTED)
        train = [r for r, q in zip(train, p, strict=True) if q >= args.fit_above]
        x = np.array([inputs(r) for r in train])
        return fit_some(x, target(train), shipped, free, l2=args.l2)

    print("| held out | shipped: confident (precision) | refitted on the other sets |")
    print("|---|---|---|")
    totals = np.zeros(4, dtype=int)
    misses = []
    for name in args.held or sets:
        test = [r for r in rows if r["set"] == name]
        coef, intercept = fitted([r for r in pool if r["set"] != name])
        a = cell(confident(test, probabilities(test, shipped, C.ANSWER_INTERCEPT_ADAPTED)))
        sure = confident(test, probabilities(test, coef, intercept))
        b = cell(sure)
        misses += [r for r in sure if not r["correct"]]
        totals += (a[1], a[2], b[1], b[2])
        print(f"| {name} | {a[0]} | {b[0]} |")
    print(f"| pooled | {totals[0]} ({totals[1] / max(1, totals[0]):.3f}) | "
          f"{totals[2]} ({totals[3] / max(1, totals[2]):.3f}) |")
    coef, intercept = fitted(pool)
    print("fitted on every set: " + ", ".join(
        f"{n} = {v:.2f}" for n, v in zip([*C.ANSWER_FEATURE_NAMES, "INTERCEPT"],
                                         [*coef, intercept], strict=True)))
    for r in misses if args.show else []:
        print(f"\n? [{r['set']}] {r['question']}\n  want {r['file']} > {r['section']}\n"
              f"  got  {r['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
