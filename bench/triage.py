"""TA triage: grouping quality on our labelled set, and relaying an answer to 100 askers.

1. Grouping: the questions of tests/data/triage_questions.jsonl are filed one by one, in
   file order, each joining the open group of its most similar earlier question when the
   cosine similarity reaches the threshold (what `TriageService.escalate` does). Pairwise
   precision and recall of "same group" against the labels, for a sweep of thresholds, plus
   two-fold cross-validation of choosing the threshold (choose on one half, score the other).
2. Relay: 100 students ask the same question through the bot's HTTP endpoint; a TA answers
   once; the time until all 100 answers have reached the local connector.

    .venv/bin/python bench/triage.py [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "triage_questions.jsonl"
THRESHOLDS = [round(0.40 + 0.025 * i, 3) for i in range(21)]


def load() -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    return [r["text"] for r in rows], [r["cluster"] for r in rows]


def online_groups(vectors: np.ndarray, threshold: float) -> list[int]:
    """Group ids as escalate() would assign them, question by question."""
    groups: list[int] = []
    for i, v in enumerate(vectors):
        best, best_sim = None, threshold
        for j in range(i):
            sim = float(np.dot(v, vectors[j]))
            if sim >= best_sim:
                best, best_sim = groups[j], sim
        groups.append(best if best is not None else i)
    return groups


def pair_scores(groups: list[int], labels: list[str]) -> dict[str, float]:
    tp = fp = fn = 0
    for a, b in combinations(range(len(labels)), 2):
        same_pred, same_true = groups[a] == groups[b], labels[a] == labels[b]
        tp += same_pred and same_true
        fp += same_pred and not same_true
        fn += same_true and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def grouping() -> dict:
    from bot.core.embedding import Embedder

    texts, labels = load()
    vectors = Embedder().encode(texts)
    sweep = {t: pair_scores(online_groups(vectors, t), labels) for t in THRESHOLDS}
    # Two folds by cluster (so paraphrases of one question stay together).
    clusters = sorted(set(labels))
    folds = [set(clusters[0::2]), set(clusters[1::2])]
    cv = []
    for k in (0, 1):
        tune = [i for i, c in enumerate(labels) if c in folds[k]]
        test = [i for i, c in enumerate(labels) if c not in folds[k]]

        def score(idx: list[int], t: float) -> dict[str, float]:
            return pair_scores(online_groups(vectors[idx], t), [labels[i] for i in idx])

        best = max(THRESHOLDS, key=lambda t: score(tune, t)["f1"])
        cv.append({"threshold": best, **score(test, best)})
    return {"questions": len(texts), "clusters": len(clusters), "sweep": sweep, "cv": cv}


async def relay(n: int = 100) -> dict:
    import aiohttp

    from bot.cli.common import build_assistant
    from bot.config import Settings
    from bot.server import SERVICES, create_app
    from tests.teams_support import running

    with tempfile.TemporaryDirectory() as data:
        settings = Settings.from_env({"BOT_DATA_DIR": data, "BOT_TA_IDS": "ta-1"})
        assistant = build_assistant(settings)
        app = create_app(settings, assistant, run_reminders=False,
                         clock=__import__("bot.clock", fromlist=["system_clock"]).system_clock)
        services = app[SERVICES]
        async with running(app) as base, aiohttp.ClientSession() as s:
            for i in range(n):
                body = {"user": f"s{i}", "text": "ask a TA: can we use pretrained weights "
                        f"in cw2? (student {i % 3})"}
                async with s.post(f"{base}/emulator/send", json=body) as r:
                    await r.read()
            groups = services.triage.store.groups("open")
            target = max(groups, key=lambda g: g.askers)
            t0 = time.perf_counter()
            body = {"user": "ta-1", "text": f"answer {target.id} Yes, if you cite them."}
            async with s.post(f"{base}/emulator/send", json=body) as r:
                await r.read()
            while True:
                delivered = sum(
                    1 for i in range(n) for a in
                    services.connector.bot_activities(f"personal-s{i}")
                    if "Yes, if you cite them" in (a.get("text") or ""))
                if delivered >= target.askers or time.perf_counter() - t0 > 120:
                    break
                await asyncio.sleep(0.01)
            seconds = time.perf_counter() - t0
    return {"askers": n, "grouped": target.askers, "delivered": delivered,
            "seconds_to_all": round(seconds, 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-relay", action="store_true")
    args = ap.parse_args()
    g = grouping()
    r = None if args.no_relay else asyncio.run(relay())
    if args.json:
        print(json.dumps({"grouping": g, "relay": r}, indent=2))
        return 0
    print(f"grouping: {g['questions']} questions in {g['clusters']} labelled clusters")
    print("threshold  precision  recall  f1")
    for t, s in g["sweep"].items():
        print(f"  {t:.3f}     {s['precision']:.3f}    {s['recall']:.3f}  {s['f1']:.3f}")
    for k, c in enumerate(g["cv"]):
        print(f"fold {k}: chose {c['threshold']:.3f} on the other half -> precision "
              f"{c['precision']:.3f}, recall {c['recall']:.3f}, f1 {c['f1']:.3f}")
    if r:
        print(f"relay: {r['askers']} students asked, {r['grouped']} grouped together; a TA's "
              f"answer reached {r['delivered']} of them in {r['seconds_to_all']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
