"""Rules for the adapted section choice scored by rotation over rounds, offline, on the
candidates `section_units_probe.py` recorded (round 30): the shipped weighing
(`notes._best_adapted_section`) plus a weight on the share of the question's words the
section's heading path names, and a rule without a weight (a formula asked for goes to a
section that shows one, when one of those weighed does). Each held-out round is read with
the weights chosen on the other rounds (ties to the smaller weights).

    python bench/section_units_probe.py --out P.json --labelled ... (rounds the shipped
        adapter never saw: 17 on)
    python bench/section_rules_cv.py P.json

Reported per held-out round and pooled: the labelled section chosen by the shipped rule and
by the rule chosen on the other rounds. Round 30 (rounds 17-29, 1,298 questions the choice
decides): 0.841 shipped, 0.847 held out (unit 0.7, heading 0.1, the formula rule); through
the whole assistant Recall@1 0.841 -> 0.848 but some evidence 0.836 -> 0.835 (the next
section's unit was already shown beside hedged answers), so not shipped.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.handlers import notes  # noqa: E402
from bot.knowledge.compose import FORMULA_ASKED  # noqa: E402

# (unit weight, heading-path share weight, formula rule)
Rule = tuple[float, float, bool]
SHIPPED: Rule = (notes.SECTION_ADAPTED_UNIT_WEIGHT, 0.0, False)
GRID = [(u, h, f) for u, h, f in itertools.product((0.3, 0.5, 0.7, 0.9),
                                                   (0.0, 0.03, 0.06, 0.1, 0.15),
                                                   (False, True))]


def right(case: dict, row: dict) -> bool:
    return (row["path"] == case["file"] and row["sec"] == case["section"]) or \
        row["path"] in case["also"]


def choose(rows: list[dict], kind: str, rule: Rule) -> dict:
    """notes._best_adapted_section on recorded candidates."""
    unit, named, formula = rule
    if rows[0]["overview"]:
        return rows[0]
    near = [r for r in rows[:notes.SECTION_CHOICES]
            if rows[0]["score"] - r["score"] <= notes.SECTION_ADAPTED_GAP
            and not r["overview"]]
    if formula and kind == FORMULA_ASKED:
        near = [r for r in near if r["fits"] >= 1.0] or near
    return max(near, key=lambda r: (r["score"] + unit * r["maxcosa"]
                                    + notes.SECTION_ADAPTED_LEAD_WEIGHT * r["leada"]
                                    + named * r["path_named"]), default=rows[0])


def main() -> int:
    sets: dict[str, list[dict]] = defaultdict(list)
    for case in json.loads(Path(sys.argv[1]).read_text()):
        if case["rec"] and case["rec"]["rows"] and not case["rec"]["own_work"]:
            sets[case["set"]].append(case)

    def hits(name: str, rule: Rule) -> int:
        return sum(right(c, choose(c["rec"]["rows"], c["rec"]["kind"], rule))
                   for c in sets[name])
    table = {name: {rule: hits(name, rule) for rule in {*GRID, SHIPPED}}
             for name in sets}
    print("| held out | decided | shipped | chosen on the others | held out |")
    print("|---|---|---|---|---|")
    totals = [0, 0, 0]
    for name in sets:
        best = max(GRID, key=lambda r: (sum(table[n][r] for n in sets if n != name),
                                        -r[1], -abs(r[0] - SHIPPED[0]), -r[2]))
        n = len(sets[name])
        row = (n, table[name][SHIPPED], table[name][best])
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"| {name} | {n} | {row[1] / n:.3f} | {best} | {row[2] / n:.3f} |")
    n = totals[0]
    print(f"| pooled | {n} | {totals[1] / n:.3f} | | {totals[2] / n:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
