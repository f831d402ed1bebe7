"""Precision and recall of the personal-matter detector (bot/core/personal.py).

    python bench/personal.py [FILE.jsonl ...] [--errors] [--json]

Each FILE is labelled JSONL: {"message": str, "personal": bool, ...}. Prints, for each file,
the shipped detector's figures and those of its parts (rules alone, classifier alone), then
five-fold cross-validated figures on the training set (tests/data/personal_training.yaml):
every fold predicted by a model and threshold chosen on the other folds only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core import personal  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.core.personal_train import (  # noqa: E402
    cross_validated,
    featurise,
    load_training,
    scores,
)


def load_jsonl(path: Path) -> tuple[list[str], list[bool]]:
    texts, labels = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row.get("message"), str) or not isinstance(row.get("personal"), bool):
            raise SystemExit(f"{path}:{n}: expected {{'message': str, 'personal': bool}}")
        texts.append(row["message"])
        labels.append(row["personal"])
    return texts, labels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list the misclassified messages")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    embedder = Embedder()
    detector = personal.PersonalDetector(embedder.encode)
    results: dict[str, dict] = {}
    for path in args.files:
        texts, labels = load_jsonl(path)
        vectors = embedder.encode(texts)
        verdicts = [detector.verdict(t, v) for t, v in zip(texts, vectors, strict=True)]
        model = detector.model
        classifier = [model.probability(v, personal.cue_vector(t)) >= model.threshold
                      for t, v in zip(texts, vectors, strict=True)]
        results[str(path)] = {
            "messages": len(texts), "personal": sum(labels),
            "detector": scores([v.personal for v in verdicts], labels).__dict__,
            "rules alone": scores([v.rule is not None for v in verdicts], labels).__dict__,
            "classifier alone": scores(classifier, labels).__dict__,
        }
        if args.errors:
            results[str(path)]["missed"] = [t for t, v, a in zip(texts, verdicts, labels,
                                                                 strict=True)
                                            if a and not v.personal]
            results[str(path)]["false alarms"] = [
                f"{t} [{v.rule or f'p={v.probability:.2f}'}]"
                for t, v, a in zip(texts, verdicts, labels, strict=True) if v.personal and not a]
    texts, y = load_training()
    x, _cues, ruled = featurise(texts, embedder.encode)
    results["training set, 5-fold cross-validated"] = {
        "messages": len(y), "personal": int(y.sum()),
        "detector": cross_validated(x, y, ruled).__dict__,
        "rules alone": scores(ruled, y).__dict__}

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, result in results.items():
        print(f"{name}: {result['messages']} messages, {result['personal']} personal")
        for part in ("detector", "rules alone", "classifier alone"):
            if part in result:
                s = result[part]
                print(f"  {part:17} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
                      f"F1 {s['f1']:.3f}  (fn {s['fn']}, fp {s['fp']})")
        for key in ("missed", "false alarms"):
            for text in result.get(key, []):
                print(f"    {key}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
