"""Routing on the spent blind rounds, by round: a model against the shipped one.

    python bench/intent_rounds.py [--old DIR] [--heldout] [--json]

Each spent round (bench/data: the round-9 dev set and rounds 9-25, messages and content
questions) is read by understanding as the bot reads it, and its first part's intent is
scored against what the blind writers asked for:
- messages of kind `answer`: routed to the page's tables or the notes (an answer);
- `decline`: not routed to an answer from the page or the notes;
- `ta`: routed to a person or the student's own work (personal, ask_ta, own_work, policy,
  not_on_page, feedback, complaint);
- content questions labelled answerable: routed to the notes (content or own_work).

`--old DIR`: the model to compare against (default: the shipped one). The candidate is the
corpus as it is now (nlu/corpus.yaml and templates.yaml); with `--heldout`, for each round
it is refitted without the corpus lines written from that round's failures (groups named
`w16-`/`w19-`/`w26-` + `r<k>-`, `c<k>-` or `dev9-`, e.g. `w26-r23-014`), so that round is
unseen by the lines it suggested: the gain is not memorised (a leave-one-round-out check).
Without it the candidate is fitted once on everything; `--rounds` limits the check to some.
Only the classifier changes between the two; the rest of the bot is the same.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.cli.common import parse_now, parse_zone  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.core.course import understander_for  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.nlu import train as T  # noqa: E402
from bot.nlu.intents import FROM_NOTES, FROM_SCHEDULE, Intent  # noqa: E402
from bot.nlu.model import IntentModel, bundled_model_dir  # noqa: E402
from bot.schedule.store import ScheduleStore  # noqa: E402

DATA = ROOT / "bench/data"
ROUNDS = ("dev9", *map(str, range(9, 26)))
ANSWERED = {i.value for i in FROM_SCHEDULE | FROM_NOTES} | {Intent.MISSING.value}
NOTES = {i.value for i in FROM_NOTES}
TO_A_PERSON = {"personal", "ask_ta", "own_work", "policy", "not_on_page", "feedback",
               "complaint"}
OK = {
    "answer": lambda i: i in ANSWERED,
    "decline": lambda i: i not in ANSWERED,
    "ta": lambda i: i in TO_A_PERSON,
    "content": lambda i: i in NOTES,
}
RUN_AT = datetime(2026, 12, 6, 12, 0, tzinfo=ZoneInfo("Europe/London"))  # `now` left open


def rows_of(round_: str) -> list[dict]:
    """The round's messages (kind as labelled) and answerable content questions."""
    name = "dev9" if round_ == "dev9" else f"round{round_}"
    out = []
    for row in map(json.loads, (DATA / f"messages_{name}.jsonl").open()):
        if row["kind"] in OK:
            out.append({"question": row["question"], "now": row.get("now"),
                        "tz": row.get("tz"), "kind": row["kind"],
                        "right": (row.get("graded") or {}).get("grade") == "right"})
    for row in map(json.loads, (DATA / f"content_{name}.jsonl").open()):
        if row.get("answerable"):
            out.append({"question": row["question"], "now": None, "tz": None,
                        "kind": "content", "right": False})
    return out


def held_out(group: str, round_: str) -> bool:
    tag = "dev9" if round_ == "dev9" else f"[rc]{round_}"
    return re.match(rf"w(16|19|26)-{tag}-", group) is not None


def route(assistant: Assistant, rows: list[dict]) -> list[str]:
    view = assistant.view()
    tz = view.schedule.tz
    out = []
    for row in rows:
        now = parse_now(row["now"], tz, RUN_AT)
        frames = view.nlu.frames(row["question"], now, parse_zone(row["tz"], tz))
        out.append(frames[0].intent.value)
    return out


def ok(row: dict, intent: str, old: str) -> bool:
    """Right for its kind; and a message the graded bot answered right keeps the side (the
    page's tables or the notes) the shipped model gives it: a schedule check read as a
    question of the material is an answer still, but a wrong one."""
    if not OK[row["kind"]](intent):
        return False
    return not (row["kind"] == "answer" and row["right"]
                and (intent in NOTES) != (old in NOTES))


def score(rows: list[dict], intents: list[str], old: list[str]) -> dict[str, tuple[int, int]]:
    right, total = Counter(), Counter()
    for row, intent, was in zip(rows, intents, old, strict=True):
        total[row["kind"]] += 1
        right[row["kind"]] += ok(row, intent, was)
    return {k: (right[k], total[k]) for k in OK}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--old", type=Path, default=bundled_model_dir())
    p.add_argument("--heldout", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--show", action="store_true", help="print every message whose route changed")
    p.add_argument("--rounds", nargs="*", default=ROUNDS, help="only these rounds (default all)")
    args = p.parse_args()
    settings = Settings.from_env()
    store = ScheduleStore(settings.schedule_path)
    embedder = Embedder(settings.model_dir)
    knowledge, _ = open_index(settings.knowledge_dir, settings.index_dir, embedder)
    old = IntentModel.load(args.old, embedder.sha256)
    understander = understander_for(store(), embedder, knowledge)
    data = T.featurize(T.canonical(T.load_examples(settings.nlu_dir, store())), understander)
    embeddings = T.embed_all(data.spoken, embedder.encode,
                             settings.data_dir / "nlu" / "embeddings.npz", embedder.sha256)
    everything = T.fit(data, embeddings, threshold=T.THRESHOLD)

    def assistant(model: IntentModel) -> Assistant:
        return Assistant(store, embedder, knowledge, model)

    old_bot = assistant(old)
    # The old model's routes do not change from one candidate to the next: kept by its sha256.
    cache = settings.data_dir / "nlu" / f"routes-{old.meta.get('sha256', 'unknown')}.json"
    old_routes = json.loads(cache.read_text()) if cache.is_file() else {}
    new_all = assistant(everything)
    report: dict = {"rounds": {}}
    for round_ in args.rounds:
        rows = rows_of(round_)
        kept = np.array([i for i, g in enumerate(data.examples)
                         if not held_out(g.group, round_)])
        new_bot = (assistant(T.fit(data, embeddings, kept, threshold=T.THRESHOLD))
                   if args.heldout and len(kept) < len(data.examples) else new_all)
        before = old_routes.get(round_) or route(old_bot, rows)
        old_routes[round_] = before
        after = route(new_bot, rows)
        changed = [(r, a, b) for r, a, b in zip(rows, before, after, strict=True) if a != b]
        report["rounds"][round_] = {"old": score(rows, before, before),
                                    "new": score(rows, after, before),
                                    "held_out_lines": len(data.examples) - len(kept),
                                    "changed": len(changed)}
        if args.show:
            for r, a, b in changed:
                mark = {(False, True): "+", (True, False): "-"}.get(
                    (ok(r, a, a), ok(r, b, a)), " ")
                print(f"{mark} [{round_} {r['kind']}] {a} -> {b}: {r['question'][:120]!r}")
    cache.write_text(json.dumps(old_routes))
    totals = {side: {k: [sum(r[side][k][i] for r in report["rounds"].values()) for i in (0, 1)]
                     for k in OK} for side in ("old", "new")}
    report["total"] = totals
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for round_, r in report["rounds"].items():
        cells = "  ".join(f"{k} {r['old'][k][0]}->{r['new'][k][0]}/{r['old'][k][1]}" for k in OK)
        print(f"round {round_:5} ({r['held_out_lines']:2} lines held out, {r['changed']:2} "
              f"routes changed): {cells}")
    cells = "  ".join(f"{k} {totals['old'][k][0]}->{totals['new'][k][0]}/{totals['old'][k][1]}"
                      for k in OK)
    print(f"all rounds: {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
