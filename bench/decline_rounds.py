"""What the classifier knows of declines it was not trained on: leave one round out.

    python bench/decline_rounds.py [--rounds 20 21 ...] [--json]

For each spent round (bench/data/messages_*.jsonl), the intent classifier is refitted
without the corpus lines written from that round (groups `w16-`/`w19-`/`w26-` + `r<k>-` or
`dev9-`, as bench/intent_rounds.py holds them out) and without any corpus line whose text is
one of the round's messages, then reads each message of the round. The bot as it is now
(rules and the policy, with the held-out classifier) routes each message too. Reported:
- for messages of kind `decline` that no rule declines (the first part's frame is not a
  rule's non-answer): the held-out classifier's REFUSED probability, by bucket;
- for kinds answer, ta and not_on_page that no rule declines: the share whose REFUSED
  probability reaches each threshold (a refusal there would be a false one);
- the bot's own figures with the held-out classifier: decline messages routed to a
  non-answer and non-decline messages refused (intent `refused`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from intent_rounds import ANSWERED, RUN_AT, held_out  # noqa: E402

from bot.cli.common import parse_now, parse_zone  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.core.course import understander_for  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.core.text import normalize  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.nlu import safety  # noqa: E402
from bot.nlu import train as T  # noqa: E402
from bot.nlu.features import masked, sparse_features, spoken  # noqa: E402
from bot.nlu.intents import FROM_NOTES, FROM_SCHEDULE, LEARNED, Intent  # noqa: E402
from bot.nlu.policy import ANSWER_UNLIKELY  # noqa: E402

DATA = ROOT / "bench/data"
ROUNDS = ("dev9", *map(str, range(9, 29)))
KINDS = ("decline", "answer", "ta", "not_on_page")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
BUCKETS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.01)


def rows_of(round_: str) -> list[dict]:
    name = "dev9" if round_ == "dev9" else f"round{round_}"
    return [{"question": r["question"], "now": r.get("now"), "tz": r.get("tz"),
             "kind": r["kind"]}
            for r in map(json.loads, (DATA / f"messages_{name}.jsonl").open())
            if r["kind"] in KINDS]


def flat(text: str) -> str:
    return " ".join(text.lower().split())


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--rounds", nargs="*", default=ROUNDS)
    p.add_argument("--json", action="store_true")
    p.add_argument("--show", action="store_true", help="list the unruled declines and p")
    p.add_argument("--baseline", type=int, metavar="N",
                   help="measure the bot as it was: the concept table's first N rules only "
                        "and no second stage (round 28's table had 10)")
    args = p.parse_args()
    if args.baseline is not None:
        from bot.nlu import policy
        from bot.nlu.safety import concepts
        concepts.RULES = concepts.RULES[:args.baseline]
        policy.REFUSE_HINTED = 2.0
    settings = Settings.from_env()
    from bot.schedule.store import ScheduleStore
    store = ScheduleStore(settings.schedule_path)
    embedder = Embedder(settings.model_dir)
    knowledge, _ = open_index(settings.knowledge_dir, settings.index_dir, embedder)
    understander = understander_for(store(), embedder, knowledge)
    data = T.featurize(T.canonical(T.load_examples(settings.nlu_dir, store())), understander)
    embeddings = T.embed_all(data.spoken, embedder.encode,
                             settings.data_dir / "nlu" / "embeddings.npz", embedder.sha256)
    refused = LEARNED.index(Intent.REFUSED)
    schedule = store()
    declines: list[dict] = []
    others: dict[str, list[float]] = {k: [] for k in KINDS[1:]}
    hinted: dict[str, list[float]] = {k: [] for k in KINDS[1:]}  # p where the hint holds
    bot_fig = Counter()
    for round_ in args.rounds:
        rows = rows_of(round_)
        texts = {flat(r["question"]) for r in rows}
        kept = np.array([i for i, e in enumerate(data.examples)
                         if not held_out(e.group, round_) and flat(e.text) not in texts])
        model = T.fit(data, embeddings, kept, threshold=T.THRESHOLD)
        bot = Assistant(store, embedder, knowledge, model)
        nlu = bot.view().nlu
        readings = []
        for r in rows:
            now = parse_now(r["now"], schedule.tz, RUN_AT)
            q = understander.parse(r["question"], now, parse_zone(r["tz"], schedule.tz))
            m = masked(q)
            readings.append((sparse_features(q, m), spoken(m), now, r))
        vectors = embedder.encode([s for _, s, _, _ in readings])
        for (features, _, now, r), v in zip(readings, vectors, strict=True):
            probs = model.full(features, np.asarray(v, dtype=np.float64))
            quick = model.quick(features)
            read = quick if quick.max() >= model.threshold else probs
            pr = float(read[refused])
            answer = float(read[[LEARNED.index(i) for i in FROM_SCHEDULE | FROM_NOTES]].sum())
            hint = safety.concept_hint(normalize(r["question"])) and answer < ANSWER_UNLIKELY
            frame = nlu.frames(r["question"], now, parse_zone(r["tz"], schedule.tz))[0]
            by_rule = (frame.intent.value not in ANSWERED
                       and not frame.decided_by.startswith("classifier"))
            declined = frame.intent.value not in ANSWERED
            bot_fig[(r["kind"], "declined" if declined else "answered")] += 1
            bot_fig[(r["kind"], "refused")] += frame.intent == Intent.REFUSED
            bot_fig[(r["kind"], "n")] += 1
            if by_rule:
                continue
            if r["kind"] == "decline":
                declines.append({"round": round_, "p": round(pr, 3), "q": r["question"],
                                 "routed": frame.intent.value, "by": frame.decided_by,
                                 "hint": hint})
            else:
                others[r["kind"]].append(pr)
                hinted[r["kind"]].append(pr if hint else 0.0)
        print(f"round {round_} done", file=sys.stderr)
    ps = np.array([d["p"] for d in declines])
    report = {
        "unruled_declines": len(declines),
        "p_refused_buckets": {f"{a:.1f}-{b:.1f}": int(((ps >= a) & (ps < b)).sum())
                              for a, b in zip(BUCKETS[:-1], BUCKETS[1:], strict=True)},
        "declines_at": {t: int((ps >= t).sum()) for t in THRESHOLDS},
        "hinted_declines_at": {t: sum(d["hint"] and d["p"] >= t for d in declines)
                               for t in THRESHOLDS},
        "hinted_false_refusals_at": {k: {t: f"{sum(x >= t for x in v)}/{len(v)}"
                                         for t in THRESHOLDS} for k, v in hinted.items()},
        "false_refusals_at": {k: {t: f"{sum(x >= t for x in v)}/{len(v)}" for t in THRESHOLDS}
                              for k, v in others.items()},
        "bot": {k: {s: bot_fig[(k, s)] for s in ("n", "declined", "answered", "refused")}
                for k in KINDS},
    }
    if args.show:
        for d in sorted(declines, key=lambda d: -d["p"]):
            mark = "H" if d["hint"] else " "
            print(f"{d['p']:.3f} {mark} [{d['round']}] {d['routed']:12} {d['by']:20} "
                  f"{d['q'][:110]!r}")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
