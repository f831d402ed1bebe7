"""The answer model for adapted passages (confidence.ANSWER_COEF_ADAPTED) refitted by
rotation on the held-out features `adapter_cv.py --dump FILE` wrote: for each labelled set,
the margin's weight and the intercept (the other weights kept) are fitted on the other sets'
questions and read on it; confident = a passage shown and the probability at least the
confident threshold.

    python bench/answer_margin_cv.py FILE.jsonl [--all-weights]

Prints each set's confident answers and their precision with the shipped weights and with
the refitted ones, and the weights fitted on every set (what would ship).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge import confidence as C  # noqa: E402

MARGIN = C.ANSWER_FEATURE_NAMES.index("margin")


def fit(x: np.ndarray, y: np.ndarray, fixed: np.ndarray, free: list[int],
        l2: float = 0.01, steps: int = 6000) -> tuple[np.ndarray, float]:
    """Logistic fit of the weights in `free` and the intercept, the others held at
    `fixed` (their contribution an offset)."""
    offset = x[:, [i for i in range(x.shape[1]) if i not in free]] @ np.delete(fixed, free)
    xs = x[:, free]
    mean, scale = xs.mean(0), xs.std(0) + 1e-9
    z = np.hstack([(xs - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    w[-1] = -offset.mean()
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + offset)))
        w -= 0.5 * (z.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    coef = fixed.copy()
    coef[free] = w[:-1] / scale
    return coef, float(w[-1] - (w[:-1] / scale) @ mean)


def confident(rows: list[dict], coef: np.ndarray, intercept: float) -> tuple[int, int]:
    x = np.array([r["features"] for r in rows])
    p = 1 / (1 + np.exp(-(x @ coef + intercept)))
    sure = [r for r, q in zip(rows, p, strict=True)
            if r["answered"] and q >= C.CONFIDENT_THRESHOLD]
    return len(sure), sum(bool(r["correct"]) for r in sure)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--all-weights", action="store_true", help="refit every weight")
    args = ap.parse_args()
    rows = [r for r in map(json.loads, args.dump.read_text().splitlines())
            if r["label"] == "adapted" and r["features"]]
    sets = list(dict.fromkeys(r["set"] for r in rows))
    shipped = np.array(C.ANSWER_COEF_ADAPTED)
    free = list(range(len(shipped))) if args.all_weights else [MARGIN]

    def target(rs: list[dict]) -> np.ndarray:
        return np.array([float(r["correct"] or (r["file"] is not None and r["some"]))
                         for r in rs])

    print("| held out | shipped: confident (precision) | refitted |")
    print("|---|---|---|")
    totals = np.zeros(4)
    for name in sets:
        train = [r for r in rows if r["set"] != name]
        test = [r for r in rows if r["set"] == name]
        coef, intercept = fit(np.array([r["features"] for r in train]), target(train),
                              shipped, free)
        a = confident(test, shipped, C.ANSWER_INTERCEPT_ADAPTED)
        b = confident(test, coef, intercept)
        totals += (*a, *b)
        print(f"| {name} | {a[0]} ({a[1] / max(1, a[0]):.3f}) | {b[0]} "
              f"({b[1] / max(1, b[0]):.3f}) |")
    print(f"| pooled | {int(totals[0])} ({totals[1] / max(1, totals[0]):.3f}) | "
          f"{int(totals[2])} ({totals[3] / max(1, totals[2]):.3f}) |")
    coef, intercept = fit(np.array([r["features"] for r in rows]), target(rows), shipped, free)
    print("fitted on every set: " + ", ".join(
        f"{n} = {v:.2f}" for n, v in zip([*C.ANSWER_FEATURE_NAMES, "INTERCEPT"],
                                         [*coef, intercept], strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
