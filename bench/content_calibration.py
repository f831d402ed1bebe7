"""Answers from the notes, measured on labelled content questions; the confidence model
fitted on them.

    python bench/content_calibration.py [--labelled FILE.jsonl ...] [--negatives FILE]
                                        [--fit] [--show N] [--direct]

Labelled questions (the blind set's format): `question`, `file` (the note that answers it),
`section` (its heading), `evidence` (sentences or formulas of the notes that answer it),
`key_terms` (words a correct answer states), `also` (other notes that answer it too),
`answerable`. Negatives: questions the notes must not answer (tests/data/
content_questions.jsonl rows with `lecture: null`).

Every question goes through the whole assistant, as a student's would; with --direct, it is
answered from the notes alone (the router bypassed: only the notes' own gate declines), as
when understanding has already decided that it is about the material. Reported:
- Recall@1/3 by section: the labelled section among the first 1 or 3 distinct sections
  the notes search ranks (an `also` note counts for any of its sections);
- answering unit shown: every evidence item appears whole in the composed answer (and: at
  least one does); key terms present: all of them in the answer's text;
- correct: the answer shows an evidence item, or states every key term, from the right
  note; wrongly declined: answerable, but the bot showed no passage of the notes (an answer
  shown with hedged wording below the confident threshold is not declined; `answered
  (confident)` counts those at or above it, `answered` in the JSON);
- precision and coverage of answering at each confidence threshold, the shipped one marked.
With --fit, the logistic model of bot/knowledge/confidence.py is refitted (5-fold by
question, so the table's numbers are of questions the fit did not see) and its
coefficients printed; given several --labelled files, each file's table is also printed
from a model fitted on the other files alone (leave one set out).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.answer import Answer, AskContext  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.core.course import Reader  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.core.handlers import notes as N  # noqa: E402
from bot.core.handlers.notes import (  # noqa: E402
    answer_from_notes,
    composed_answer,
    ranked_adapted,
)
from bot.knowledge import confidence as C  # noqa: E402
from bot.knowledge.adapter import QuestionAdapter  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.knowledge.render import plain  # noqa: E402
from bot.nlu.intents import FROM_NOTES  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402

# Labelled content questions kept with the project (bench/data/README.md): a dev set and the
# eighth to sixteenth blind rounds' sets, spent once graded.
LABELLED = [ROOT / "bench/data/content_dev9.jsonl", ROOT / "bench/data/content_round9.jsonl",
            ROOT / "bench/data/content_round10.jsonl", ROOT / "bench/data/content_round11.jsonl",
            ROOT / "bench/data/content_round12.jsonl", ROOT / "bench/data/content_round13.jsonl",
            ROOT / "bench/data/content_round14.jsonl", ROOT / "bench/data/content_round15.jsonl",
            ROOT / "bench/data/content_round16.jsonl", ROOT / "bench/data/content_round17.jsonl"]
NOW = datetime(2021, 3, 1, 12, 0, tzinfo=ZoneInfo("Europe/London"))


@dataclass
class Case:
    question: str
    file: str | None  # None: the notes must not answer it
    section: str = ""
    evidence: list[str] = field(default_factory=list)
    key_terms: list[str] = field(default_factory=list)
    also: list[str] = field(default_factory=list)
    # Filled in by running it:
    answer: Answer | None = None
    sections: list[tuple[str, str]] = field(default_factory=list)
    features: tuple[float, ...] = ()
    probability: float = 0.0
    # The answer model's inputs behind the reported confidence (the part that set it), and
    # whether the adapted weights read them; () when a rule capped it (no call gave it).
    used: tuple[float, ...] = ()
    used_adapted: bool = False


def _norm(text: str) -> str:
    return " ".join(text.split())


def _base(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def load(labelled: list[Path], negatives: Path | None) -> list[Case]:
    cases = []
    for path in labelled:
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            answerable = r.get("answerable", True) and r.get("file")
            cases.append(Case(r["question"], r["file"] if answerable else None,
                              r.get("section", ""), list(r.get("evidence") or []),
                              list(r.get("key_terms") or []),
                              [_base(a) for a in r.get("also") or []]))
    if negatives and negatives.is_file():
        for line in negatives.read_text().splitlines():
            r = json.loads(line) if line.strip() else {}
            if r and r.get("lecture") is None:
                cases.append(Case(r["question"], None))
    return cases


def right_note(case: Case, path: str) -> bool:
    return case.file is not None and _base(path) in {_base(case.file), *case.also}


def shown(case: Case) -> tuple[bool, bool]:
    """(every evidence item shown whole, at least one shown whole) in the answer."""
    a = case.answer
    if a is None or not a.quotes or not case.evidence:
        return False, False
    text = _norm(" ".join(q.markdown for q in a.quotes))
    found = [_norm(e) in text for e in case.evidence]
    return all(found), any(found)


def key_terms_present(case: Case) -> bool:
    a = case.answer
    if a is None or not case.key_terms:
        return False
    said = a.text.lower()
    return all(_norm(plain(t)).lower() in said for t in case.key_terms)


# Help with one's own work is answered from the notes too ("why do my rnn's gradients vanish").
_NOTES_INTENTS = {i.value for i in FROM_NOTES}


def answered(case: Case) -> bool:
    """A passage of the notes shown (as the answer, or with hedged wording below the
    confident threshold): the student reads it, so it is not declined."""
    a = case.answer
    return bool(a and a.intent in _NOTES_INTENTS and a.quotes)


def confident(case: Case) -> bool:
    """Given as the answer (`answered` in the JSON): at or above the confident threshold."""
    a = case.answer
    return bool(a and a.answered and answered(case))


def correct(case: Case) -> bool:
    a = case.answer
    if not answered(case) or case.file is None:
        return False
    source = a.sources[0].path if a.sources else ""
    return right_note(case, source or "") and (shown(case)[1] or key_terms_present(case))


def answer_directly(assistant: Assistant, question: str) -> Answer:
    """The answer from the notes alone, as if the question had been routed to them."""
    view = assistant.view()
    tz = ZoneInfo("Europe/London")
    q = view.understander.parse(question, NOW, tz)
    reply = answer_from_notes(q, view, Reader(NOW, tz))
    if reply is None:
        return Answer(question, "content", False, 0.0, "")
    return Answer(question, reply.intent, reply.answered, reply.confidence, reply.text,
                  reply.events, reply.sources, reply.quotes)


def run(assistant: Assistant, cases: list[Case], direct: bool = False) -> float:
    view = assistant.view()
    tz = ZoneInfo("Europe/London")
    started = time.perf_counter()
    calls: list[tuple[tuple[float, ...], bool, float]] = []
    shipped = N.answer_probability

    def recorded(values: tuple[float, ...], adapted: bool = False) -> float:
        p = shipped(values, adapted)
        calls.append((tuple(values), adapted, p))
        return p
    N.answer_probability = recorded  # what each answer's confidence was computed from
    try:
        for case in cases:
            calls.clear()
            case.answer = (answer_directly(assistant, case.question) if direct
                           else assistant.answer(case.question, AskContext(NOW, tz)))
            said = case.answer.confidence
            case.used, case.used_adapted = next(
                ((v, a) for v, a, p in reversed(calls) if abs(p - said) < 1e-12), ((), False))
            q = view.understander.parse(case.question, NOW, tz)
            hits, gate, _, case.features = composed_answer(q, view)
            case.probability = (C.answer_probability(case.features, ranked_adapted(view))
                                 if case.features else 0.0)
            seen: list[tuple[str, str]] = []
            for h in hits:
                key = (h.chunk.path, h.chunk.section.rsplit(" > ", 1)[-1])
                if key not in seen:
                    seen.append(key)
            case.sections = seen
    finally:
        N.answer_probability = shipped
    return (time.perf_counter() - started) / max(1, len(cases))


def latency(assistant: Assistant, cases: list[Case]) -> tuple[tuple[float, float], ...]:
    """Each question answered again, warm (the model loaded; the question's embedding not
    kept from before): wall time, and the process's CPU time, which a busy machine does not
    inflate."""
    tz = ZoneInfo("Europe/London")
    walls, cpus = [], []
    knowledge = assistant.view().knowledge
    for case in cases:
        if knowledge is not None:
            knowledge.forget_queries()  # the question's embedding is computed again
        w, c = time.perf_counter(), time.process_time()
        assistant.answer(case.question, AskContext(NOW, tz))
        walls.append((time.perf_counter() - w) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return tuple((float(np.percentile(x, 50)), float(np.percentile(x, 99)))
                 for x in (walls, cpus))


def section_found(case: Case, k: int) -> bool:
    return any((_base(p) == _base(case.file or "") and s == case.section)
               or _base(p) in case.also for p, s in case.sections[:k])


def report(cases: list[Case], probabilities: list[float], label: str) -> None:
    positives = [c for c in cases if c.file]
    n = len(positives)
    print(f"{label}: {len(cases)} questions ({n} answerable)")
    for k in (1, 3):
        found = np.mean([section_found(c, k) for c in positives])
        print(f"  Recall@{k} by section       {found:.3f}")
    done = [c for c in positives if answered(c)]
    every = [shown(c)[0] for c in positives]
    some = [shown(c)[1] for c in positives]
    print(f"  answering unit shown       all evidence {np.mean(every):.3f}, "
          f"some evidence {np.mean(some):.3f} (of answerable); "
          f"{np.mean([shown(c)[1] for c in done]) if done else 0:.3f} of answered")
    print(f"  key terms present          {np.mean([key_terms_present(c) for c in positives]):.3f}")
    print(f"  correct                    {np.mean([correct(c) for c in positives]):.3f}")
    declined = [c for c in positives if not answered(c)]
    print(f"  wrongly declined           {len(declined) / max(1, n):.3f} ({len(declined)}; "
          "no passage of the notes shown)")
    sure = [c for c in cases if confident(c)]
    print(f"  answered (confident)       {len(sure)}, precision "
          f"{np.mean([correct(c) for c in sure]) if sure else float('nan'):.3f}, coverage "
          f"{sum(correct(c) for c in sure) / max(1, n):.3f}; hedged "
          f"{sum(answered(c) and not confident(c) for c in positives)} of answerable")
    wrong_negatives = [c for c in cases if c.file is None and answered(c)]
    print(f"  answered, must not be      {len(wrong_negatives)} of "
          f"{sum(c.file is None for c in cases)}")
    right_first = [c for c in positives if section_found(c, 1)]
    print(f"  with the right section first: some evidence shown "
          f"{np.mean([shown(c)[1] for c in right_first]):.3f} ({len(right_first)})")
    ok = np.array([correct(c) for c in cases])
    p = np.array(probabilities)
    print("  threshold  answered  precision  coverage of answerable")
    for t in sorted({0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, C.CONFIDENT_THRESHOLD}):
        mask = p >= t
        prec = ok[mask].mean() if mask.any() else float("nan")
        cover = (mask & ok).sum() / max(1, n)
        mark = ("  <- answered (confident)" if abs(t - C.CONFIDENT_THRESHOLD) < 1e-9
                else "  <- shown (hedged below the confident one)"
                if abs(t - C.ANSWER_THRESHOLD) < 1e-9 else "")
        print(f"  {t:>9.2f}  {mask.sum():>8}  {prec:>9.3f}  {cover:>8.3f}{mark}")


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 4000) -> np.ndarray:
    mean, scale = x.mean(0), x.std(0) + 1e-9
    xs = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(xs.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xs @ w))
        w -= 0.5 * (xs.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0])
    coef = w[:-1] / scale
    return np.r_[coef, w[-1] - float(coef @ mean)]


def set_row(name: str, cases: list[Case]) -> str:
    """One set's figures as a table row: Recall@1/3 by section, all / some evidence shown,
    correct and wrongly declined (of answerable), confident answers and their precision,
    must-not questions shown."""
    pos = [c for c in cases if c.file]
    sure = [c for c in cases if confident(c)]
    prec = np.mean([correct(c) for c in sure]) if sure else float("nan")
    return (f"| {name} | {len(pos)} | {np.mean([section_found(c, 1) for c in pos]):.3f} | "
            f"{np.mean([section_found(c, 3) for c in pos]):.3f} | "
            f"{np.mean([shown(c)[0] for c in pos]):.3f} | "
            f"{np.mean([shown(c)[1] for c in pos]):.3f} | "
            f"{np.mean([correct(c) for c in pos]):.3f} | "
            f"{sum(not answered(c) for c in pos)} | {len(sure)} ({prec:.3f}) | "
            f"{sum(c.file is None and answered(c) for c in cases)} |")


SET_HEADER = ("| set | answerable | R@1 | R@3 | all evidence | some evidence | correct | "
              "wrongly declined | confident (precision) | must-not shown |\n"
              "|---|---|---|---|---|---|---|---|---|---|")


def dump(path: Path, cases: list[Case], groups: list[str]) -> None:
    """One line per question: what a confident answer showed and whether it was right."""
    with path.open("w") as out:
        for c, g in zip(cases, groups, strict=True):
            a = c.answer
            src = a.sources[0] if a and a.sources else None
            out.write(json.dumps({
                "set": Path(g).stem, "question": c.question, "file": c.file,
                "section": c.section, "answered": answered(c), "confident": confident(c),
                "correct": correct(c), "some": shown(c)[1], "key_terms": key_terms_present(c),
                "intent": a.intent if a else None, "confidence": a.confidence if a else 0.0,
                "got": f"{src.path} > {src.title}" if src else None,
                "first": list(c.sections[0]) if c.sections else None,
                "features": list(c.features), "probability": c.probability,
                "used": list(c.used), "used_adapted": c.used_adapted,
                "text": a.text[:600] if a else ""}) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labelled", type=Path, action="append",
                    help="labelled questions (default: the sets in bench/data)")
    ap.add_argument("--negatives", type=Path,
                    default=ROOT / "tests/data/content_questions.jsonl")
    ap.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    ap.add_argument("--index", type=Path, help="keep the notes' index here (default: fresh)")
    ap.add_argument("--adapter", type=Path,
                    help="read the questions with the question adapter stored here (written "
                         "by `knowledge train-adapter --out DIR`) instead of the bundled one; "
                         "`none`: without an adapter")
    ap.add_argument("--fit", action="store_true", help="refit the confidence model")
    ap.add_argument("--show", type=int, default=0, help="print N wrong answers")
    ap.add_argument("--direct", action="store_true",
                    help="answer from the notes alone (the router bypassed)")
    ap.add_argument("--no-latency", action="store_true", help="skip the warm latency pass")
    ap.add_argument("--dump", type=Path,
                    help="one JSON line per question (set, confident, correct, features; "
                         "`used`: the answer model's inputs behind the reported confidence), "
                         "for listing confident misses and refitting by rotation "
                         "(bench/confidence_rounds_cv.py)")
    args = ap.parse_args()
    cases, groups = [], []  # which file each question comes from
    for path in args.labelled or LABELLED:
        part = load([path], None)
        cases += part
        groups += [str(path)] * len(part)
    negatives = load([], args.negatives)
    cases += negatives
    groups += ["negatives"] * len(negatives)
    embedder = Embedder()
    index, _ = open_index(args.knowledge, args.index or Path(tempfile.mkdtemp()), embedder)
    if args.adapter:  # a candidate adapter compared with the shipped one on the same code
        index.adapter = (None if str(args.adapter) == "none"
                         else QuestionAdapter.load(args.adapter, embedder.sha256))
    schedule = load_schedule(ROOT / "schedule.yaml")
    assistant = Assistant(lambda: schedule, embedder, index)
    run(assistant, cases, args.direct)
    if args.dump:
        dump(args.dump, cases, groups)
    if not args.no_latency:
        wall, cpu = latency(assistant, cases)
        print(f"content answers, warm, in process: wall p50 {wall[0]:.1f} ms, "
              f"p99 {wall[1]:.1f} ms; CPU p50 {cpu[0]:.1f} ms, p99 {cpu[1]:.1f} ms "
              "(target p50 <= 15, p99 <= 60)")
    report(cases, [c.probability for c in cases],
           "shipped model" + (", notes answered directly" if args.direct else ""))
    files = [g for g in dict.fromkeys(groups) if g != "negatives"]
    if len(files) > 1:  # each set's own row (its own must-not questions only)
        print(SET_HEADER)
        for name in files:
            print(set_row(Path(name).stem, [c for c, g in zip(cases, groups, strict=True)
                                            if g == name]))
        print(set_row("pooled", [c for c, g in zip(cases, groups, strict=True)
                                 if g != "negatives"]))
    if args.fit:
        x = np.array([c.features or (0.0,) * len(C.ANSWER_COEF) for c in cases])
        y = np.array([float(correct(c) or (c.file is not None and shown(c)[1])) for c in cases])
        order = np.random.default_rng(0).permutation(len(cases))
        held = np.zeros(len(cases))
        for fold in range(5):
            test = order[fold::5]
            train = np.setdiff1d(order, test)
            w = fit(x[train], y[train])
            held[test] = 1 / (1 + np.exp(-(x[test] @ w[:-1] + w[-1])))
        w = fit(x, y)
        print("fitted: " + ", ".join(f"{n} = {v:.2f}" for n, v in
                                     zip([*C.ANSWER_FEATURE_NAMES, "INTERCEPT"], w, strict=True)))
        report(cases, list(held), "refitted, 5-fold held-out")
        # With several labelled files: each file's questions scored by a model fitted on
        # the others (and the negatives), so no figure is of questions the fit saw.
        if len(files) > 1:
            g = np.array(groups)
            for name in files:
                test = g == name
                w = fit(x[~test], y[~test])
                held = 1 / (1 + np.exp(-(x[test] @ w[:-1] + w[-1])))
                report([c for c, t in zip(cases, test, strict=True) if t], list(held),
                       f"refitted without {name}, {name} held out")
    declined = [c for c in cases if c.file and not answered(c)]
    if args.show and declined:
        print("\ndeclined:")
        for c in declined:
            a = c.answer
            print(f"  {c.question!r}: intent {a.intent if a else '-'}, p={c.probability:.2f}, "
                  f"want {c.file} > {c.section}")
    for c in [c for c in cases if c.file and not correct(c)][:args.show]:
        got = c.answer.sources[0].title if c.answer and c.answer.sources else "-"
        print(f"\n? {c.question}\n  want {c.file} > {c.section}\n  got  {got} "
              f"(p={c.probability:.2f}, {c.answer.intent if c.answer else '-'})")
        if c.answer and c.answer.quotes:
            print("  " + re.sub(r"\s+", " ", c.answer.quotes[0].markdown)[:300])
    return 0


if __name__ == "__main__":
    sys.exit(main())
