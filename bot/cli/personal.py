"""`python -m bot personal train|test`: retrain the personal-matter detector, or try it."""

from __future__ import annotations

from typing import TextIO

from bot.cli.common import UsageError
from bot.config import Settings


def run_personal(settings: Settings, action: str, text: str, out: TextIO) -> None:
    from bot.core.embedding import Embedder

    embedder = Embedder(settings.model_dir)
    if action == "train":
        from bot.core.personal_train import record_sha256, train

        report = train(embedder.encode, embedding_sha256=embedder.sha256)
        record_sha256(report["sha256"])
        cv = report["cross_validated"]
        print(f"trained on {report['messages']} messages ({report['personal']} personal); "
              f"threshold {report['threshold']:.4f}", file=out)
        print(f"cross-validated: precision {cv['precision']:.3f}, recall {cv['recall']:.3f}, "
              f"F1 {cv['f1']:.3f}", file=out)
        print(f"wrote bot/core/data/personal_model.json (sha256 {report['sha256']}); "
              "its sha256 is recorded in bot/core/personal.py", file=out)
        return
    if not text.strip():
        raise UsageError('usage: python -m bot personal test "the message"')
    from bot.core.personal import PersonalDetector

    verdict = PersonalDetector(embedder.encode, embedding_sha256=embedder.sha256).verdict(text)
    how = f"rule: {verdict.rule}" if verdict.rule else "classifier"
    print(f"{'personal' if verdict.personal else 'not personal'} "
          f"(p={verdict.probability:.3f}, {how})", file=out)
