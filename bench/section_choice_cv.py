"""Which of the first sections found answers (notes._best_section), measured by rotation
over the labelled content sets without the whole assistant: each set is read with the
adapter its fold of `adapter_cv.py --folds DIR` trained without it, the candidates the
section choice weighs are recorded once with their scores, and choice rules are then
scored on them offline. A weight is chosen on the other sets and read on the held-out one.

    python bench/section_choice_cv.py --folds DIR [--index DIR] [--labelled FILE.jsonl ...]

Reported per held-out set: the labelled section first (Recall@1 by section, over the
questions the section choice decides and over all answerable ones) for the shipped weights
and for the weight chosen on the other sets.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

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
from bot.knowledge.compose import section_fit  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402

# A candidate: (note, innermost heading, own fused score, adapted fused score, heading
# cosine, best unit's score, kind fit, 1 for a tutorial's note).
Row = tuple[str, str, float, float, float, float, float, float]


def candidates(view, cases: list[CC.Case]) -> list[list[Row] | None]:
    """Each answerable question's candidates as the section choice weighs them (None when
    the choice is not made: a comparison, a symptom, a bare definition's opening)."""
    recorded: list[list[Row]] = []
    original = notes._best_section

    def record(text, vector, hits, view, kind):
        rows = []
        for hit in notes._section_hits(hits, notes.SECTION_CHOICES)[:notes.SECTION_CHOICES]:
            unit, fits = section_fit(text, vector, view.knowledge.section(hit.chunk), kind)
            rows.append((CC._base(hit.chunk.path), hit.chunk.section.rsplit(" > ", 1)[-1],
                         hit.own_score, hit.score, hit.heading, unit, fits,
                         float(hit.chunk.tutorial is not None)))
        recorded.append(rows)
        return original(text, vector, hits, view, kind)

    notes._best_section = record
    out: list[list[Row] | None] = []
    tz = ZoneInfo("Europe/London")
    try:
        for case in cases:
            recorded.clear()
            q = view.understander.parse(case.question, CC.NOW, tz)
            notes.composed_answer(q, view)
            out.append(list(recorded[0]) if recorded else None)
    finally:
        notes._best_section = original
    return out


def right(case: CC.Case, row: Row) -> bool:
    return (row[0] == CC._base(case.file or "") and row[1] == case.section) or row[0] in case.also


def choose(rows: list[Row], weights: tuple[float, float],
           heading: float = notes.SECTION_HEADING_WEIGHT,
           unit: float = notes.SECTION_UNIT_WEIGHT, kind: float = notes.SECTION_KIND_WEIGHT
           ) -> Row:
    """The shipped rule with the fused score read as (1 - a) x own + a x the adapter's,
    and t added for a tutorial's section; weights = (a, t)."""
    a, t = weights
    return max(rows, key=lambda r: ((1 - a) * r[2] + a * r[3] + heading * r[4]
                                    + unit * r[5] + kind * r[6] + t * r[7]))


GRID = [(float(round(a, 2)), t) for a in np.arange(0.0, 1.01, 0.1)
        for t in (0.0, -0.01, -0.02, -0.03, 0.01)]
SHIPPED = (0.0, 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labelled", type=Path, action="append")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--folds", type=Path, required=True)
    ap.add_argument("--mix", type=float, default=T.MIX)
    ap.add_argument("--cache", type=Path,
                    help="keep each set's recorded candidates here (JSON) and reuse them")
    args = ap.parse_args()
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.is_file() else {}
    files = args.labelled or CC.LABELLED
    embedder = Embedder()
    index, _ = open_index(ROOT / "knowledge", args.index or Path(tempfile.mkdtemp()), embedder)
    schedule = load_schedule(ROOT / "schedule.yaml")
    assistant = Assistant(lambda: schedule, embedder, index)
    view = assistant.view()
    data: dict[str, tuple[list[CC.Case], list[list[Row] | None]]] = {}
    for path in files:
        cases = [c for c in CC.load([path], None) if c.file]
        if path.stem not in cache:
            index.adapter = QuestionAdapter(T.mixed(np.load(args.folds / f"{path.stem}.npy"),
                                                    args.mix), {})
            cache[path.stem] = candidates(view, cases)
            if args.cache:
                args.cache.write_text(json.dumps(cache))
        data[path.stem] = (cases, [[tuple(r) for r in rows] if rows else None
                                   for rows in cache[path.stem]])
        print(f"{path.stem}: {len(cases)} answerable, "
              f"{sum(r is not None for r in data[path.stem][1])} decided by the choice",
              flush=True)

    def hits(name: str, a: tuple[float, float]) -> tuple[int, int, int]:
        cases, rows = data[name]
        decided = [(c, r) for c, r in zip(cases, rows, strict=True) if r]
        first = sum(right(c, r[0]) for c, r in decided)
        return sum(right(c, choose(r, a)) for c, r in decided), first, len(decided)

    print("| held out | decided | search order | shipped (own score) | chosen weight | held out |")
    print("|---|---|---|---|---|---|")
    total = np.zeros(4)
    for name in data:
        others = [n for n in data if n != name]
        best = max(GRID, key=lambda a: (sum(hits(n, a)[0] for n in others),
                                        -abs(a[0]) - abs(a[1])))
        shipped, first, n = hits(name, SHIPPED)
        held, _, _ = hits(name, best)
        total += (n, first, shipped, held)
        print(f"| {name} | {n} | {first / n:.3f} | {shipped / n:.3f} | {best} | "
              f"{held / n:.3f} |")
    count, first, shipped, held = total
    print(f"| pooled | {int(count)} | {first / count:.3f} | {shipped / count:.3f} | | "
          f"{held / count:.3f} |")
    print("pooled by weight (in-sample): " + ", ".join(
        f"{a}: {sum(hits(name, a)[0] for name in data) / count:.3f}" for a in GRID))
    return 0


if __name__ == "__main__":
    sys.exit(main())
