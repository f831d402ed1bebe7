"""How well the intent classifier understands, measured.

1. Cross-validation on the corpus (nlu/corpus.yaml and the paraphrases of nlu/templates.yaml):
   5 folds, whole messages held out together, and all paraphrases of one template held out
   together, so nothing of a test utterance was seen in training. Per-intent precision and
   recall, the confusion matrix, accuracy by source, and how often the embedding was needed.
2. The old rule router on the same hand-labelled utterances (what it said is recorded in the
   corpus as `old`, with its intents renamed; it had no own_work, other_course, off_topic or
   complaint), beside the new classifier's cross-validated predictions: the "beats it on
   unseen messages" check.
3. The dev sets (tests/data/student_questions*.jsonl) answered end to end, scored like
   tests/test_phrasings.py, with the median time per answer.
4. Optionally (`--unseen FILE.jsonl ...`): messages not in the corpus, each with a `category`
   (schedule, refuse, not_on_page, off_topic, other_course), a `lecture` (a content question)
   or a `personal` flag, answered end to end.

    .venv/bin/python bench/nlu.py [--json] [--no-dev] [--unseen FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.cli.common import build_assistant  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.answer import AskContext  # noqa: E402
from bot.nlu import train as T  # noqa: E402
from bot.nlu.intents import FROM_NOTES, FROM_SCHEDULE, LEARNED  # noqa: E402

LONDON = ZoneInfo("Europe/London")
DEV_SETS = ("student_questions.jsonl", "student_questions_2.jsonl")
# What counts as right for a blind message's category, end to end.
UNSEEN_OK = {
    "schedule": lambda a: a.intent in {i.value for i in FROM_SCHEDULE} | {"missing"},
    "refuse": lambda a: a.intent == "refused",
    "not_on_page": lambda a: not a.answered and a.intent not in ("off_topic", "other_course"),
    "off_topic": lambda a: a.intent in ("off_topic", "help", "greeting") and not a.events,
    "other_course": lambda a: a.intent == "other_course" and not a.events,
    "content": lambda a: a.intent in {i.value for i in FROM_NOTES},
    "personal": lambda a: a.intent == "personal",
    "not_personal": lambda a: a.intent != "personal",
}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--json", action="store_true")
    p.add_argument("--no-dev", action="store_true", help="skip the dev sets (slow)")
    p.add_argument("--unseen", nargs="*", default=[], type=Path)
    args = p.parse_args()
    settings = Settings.from_env()
    assistant = build_assistant(settings)
    view = assistant.view()
    started = time.perf_counter()
    examples = T.canonical(T.load_examples(settings.nlu_dir, view.schedule))
    data = T.featurize(examples, view.understander)
    embedder = assistant.embedder
    embeddings = T.embed_all(data.spoken, embedder.encode,
                             settings.data_dir / "nlu" / "embeddings.npz", embedder.sha256)
    cv = T.cross_validate(data, embeddings)
    labels = data.labels
    threshold = T.THRESHOLD
    predicted, embedded = cv.cascade(threshold)
    report: dict = {"utterances": len(examples), "threshold": threshold,
                    "quick_precision": round(T.quick_precision(cv, labels, threshold), 4),
                    "accuracy": _acc(predicted, labels),
                    "accuracy_quick": _acc(cv.quick.argmax(1), labels),
                    "accuracy_full": _acc(cv.full.argmax(1), labels),
                    "embedded_share": round(float(embedded.mean()), 3),
                    "cv_seconds": round(time.perf_counter() - started, 1)}
    sources = np.array([e.source for e in examples])
    report["by_source"] = {s: {"n": int((sources == s).sum()),
                               "accuracy": _acc(predicted[sources == s], labels[sources == s])}
                           for s in sorted(set(sources))}
    report["per_intent"] = _per_intent(predicted, labels)
    report["confusion"] = _confusion(predicted, labels)
    report["old_router"] = _versus_old(examples, predicted, labels, sources)
    if not args.no_dev:
        report["dev_sets"] = _dev_sets(assistant)
    if args.unseen:
        report["unseen"] = _unseen(assistant, args.unseen)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return 0


def _acc(predicted: np.ndarray, labels: np.ndarray) -> float:
    return round(float((predicted == labels).mean()), 3) if len(labels) else 0.0


def _per_intent(predicted: np.ndarray, labels: np.ndarray) -> dict:
    out = {}
    for k, intent in enumerate(LEARNED):
        tp = int(((predicted == k) & (labels == k)).sum())
        said, true = int((predicted == k).sum()), int((labels == k).sum())
        out[intent.value] = {"n": true, "precision": round(tp / said, 3) if said else None,
                             "recall": round(tp / true, 3) if true else None}
    return out


def _confusion(predicted: np.ndarray, labels: np.ndarray) -> dict:
    """true intent -> {predicted intent: count}, mistakes only."""
    out: dict[str, dict[str, int]] = {}
    for t, p in zip(labels, predicted, strict=True):
        if t != p:
            row = out.setdefault(LEARNED[t].value, {})
            row[LEARNED[p].value] = row.get(LEARNED[p].value, 0) + 1
    return {k: dict(sorted(v.items(), key=lambda kv: -kv[1])) for k, v in sorted(out.items())}


def _versus_old(examples, predicted, labels, sources) -> dict:
    """On the hand-labelled utterances (not the paraphrases): what the old rule router said
    (recorded in the corpus as `old`) against the new classifier's cross-validated intents."""
    out = {}
    for source in sorted(set(sources) - {"template"}):
        rows = np.flatnonzero(sources == source)
        old_right = sum(examples[i].old == examples[i].intent.value for i in rows)
        out[source] = {"n": len(rows), "old_router": round(old_right / len(rows), 3),
                       "new_cross_validated": _acc(predicted[rows], labels[rows])}
    return out


def _dev_sets(assistant) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.test_phrasings import _problems

    out = {}
    for name in DEV_SETS:
        cases = [json.loads(x) for x in (ROOT / "tests" / "data" / name).read_text().splitlines()
                 if x.strip()]
        misses, latencies = [], []
        for case in cases:
            when = datetime.fromisoformat(case["now"]).replace(tzinfo=LONDON)
            tz = ZoneInfo(case["tz"] or "Europe/London")
            t0 = time.perf_counter()
            answer = assistant.answer(case["question"], AskContext(when, tz))
            latencies.append(time.perf_counter() - t0)
            if problems := _problems(case, answer):
                misses.append(f"{case['question']!r}: {'; '.join(problems)}")
        out[name] = {"n": len(cases), "accuracy": round(1 - len(misses) / len(cases), 3),
                     "p50_ms": round(1000 * float(np.median(latencies)), 2), "misses": misses}
    return out


def _unseen(assistant, files: list[Path]) -> dict:
    out: dict = {}
    for path in files:
        rows = [json.loads(x) for x in path.read_text().splitlines() if x.strip()]
        right: Counter = Counter()
        total: Counter = Counter()
        wrong = []
        for r in rows:
            category = r.get("category") or ("content" if "lecture" in r else None)
            if isinstance(r.get("personal"), bool):
                category = "personal" if r["personal"] else "not_personal"
            check = UNSEEN_OK.get(category or "")
            if check is None:
                continue
            text = r.get("message") or r.get("question") or ""
            now = r.get("now") or "2021-02-15T12:00"
            when = datetime.fromisoformat(now)
            when = when if when.tzinfo else when.replace(tzinfo=LONDON)
            answer = assistant.answer(text, AskContext(when, ZoneInfo(r.get("tz") or
                                                                       "Europe/London")))
            total[category] += 1
            if check(answer):
                right[category] += 1
            else:
                wrong.append(f"[{category}] {text!r} -> {answer.intent}")
        out[path.name] = {c: f"{right[c]}/{total[c]}" for c in sorted(total)}
        out[path.name]["wrong"] = wrong
    return out


def _print(r: dict) -> None:
    print(f"{r['utterances']} utterances, 5-fold cross-validation (groups held out)")
    print(f"accuracy {r['accuracy']} (quick {r['accuracy_quick']}, full {r['accuracy_full']}); "
          f"quick model decides at p >= {r['threshold']}; embedding needed for "
          f"{r['embedded_share']:.0%}")
    print("\nby source:")
    for s, v in r["by_source"].items():
        print(f"  {s:12} n={v['n']:4}  accuracy {v['accuracy']}")
    print("\nper intent:            n  precision  recall")
    for i, v in r["per_intent"].items():
        print(f"  {i:14} {v['n']:6}  {v['precision']!s:>9}  {v['recall']!s:>6}")
    print("\nconfusion (true -> predicted: count), mistakes only:")
    for t, row in r["confusion"].items():
        print(f"  {t:13} -> " + ", ".join(f"{k} {n}" for k, n in row.items()))
    print("\nold router vs new (cross-validated), hand-labelled utterances:")
    for s, v in r["old_router"].items():
        print(f"  {s:12} n={v['n']:4}  old {v['old_router']}  new {v['new_cross_validated']}")
    for name, v in r.get("dev_sets", {}).items():
        print(f"\n{name}: {v['n']} questions, accuracy {v['accuracy']}, p50 {v['p50_ms']} ms")
        for m in v["misses"]:
            print(f"  miss {m}")
    for name, v in r.get("unseen", {}).items():
        print(f"\nunseen {name}: " + ", ".join(f"{k} {x}" for k, x in v.items() if k != "wrong"))
        for w in v["wrong"]:
            print(f"  wrong {w}")


if __name__ == "__main__":
    sys.exit(main())
