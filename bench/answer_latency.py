"""Answer latency of the core: wall time of `Assistant.answer` per question.

Builds the assistant once with the real embedding model, generates a reproducible set of
200 varied schedule, logistics, topic and people questions from the shipped schedule (asked
at different moments of the course from different time zones), answers a few untimed
warm-up questions, then times each answer with `time.perf_counter`. Model loading and
index building are not timed; only `answer()` is.

    .venv/bin/python bench/answer_latency.py [--repeat N] [--json] [--seed S]

With `--repeat N` every question is timed N times (N passes over the set, in the same
order) and the percentiles are over all 200 * N samples.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.cli.common import build_assistant  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.answer import AskContext  # noqa: E402
from bot.core.assistant import Assistant  # noqa: E402
from bot.schedule.model import Schedule  # noqa: E402

N_QUESTIONS = 200
N_WARMUP = 20
SEED = 70010
TARGET_P50_MS = 20.0
TARGET_P99_MS = 60.0
ZONES = ("Europe/London", "America/New_York", "Asia/Shanghai", "Australia/Sydney")

NUMBER_WORDS = {1: "one", 2: "two", 3: "three"}
ORDINALS = {1: "first", 2: "second", 3: "third"}
TOPICS = ("batch norm", "attention", "GANs", "VAEs", "residual connections", "ResNet",
          "convolutions", "CNNs", "dropout", "transformers", "RNNs", "LSTMs", "data augmentation",
          "activation functions", "loss functions", "GCNs", "graph neural networks",
          "the curse of dimensionality", "equivariance", "inception", "AlexNet", "VGG",
          "padding and strides", "covariate shift", "self-attention", "generative models",
          "ReLU", "LeNet", "densenet", "backprop", "weight decay", "learning rate schedules")
LOGISTICS = (
    "how much is the exam worth?", "what percentage is the coursework?",
    "is the exam 50%?", "how is the course assessed?", "what's the exam weight",
    "which lectures are examinable?", "is the GANs lecture examinable",
    "what do the exclamation marks in the notes mean?", "how do I submit the coursework?",
    "what do I need to hand in for the coursework", "where do we submit cw?",
    "is there a textbook?", "which book should I read?", "is d2l the course book",
    "where can I get a GPU?", "do I need a gpu for the coursework", "can I use colab?",
    "where do I ask questions?", "is there a piazza forum", "where is the forum",
    "is the coursework individual or in groups?", "can I do the coursework with a partner",
    "are the lectures recorded?", "are lectures live", "where are the materials?",
    "where do I find the notes", "is there revision material for machine learning?",
    "what's the course code", "what is the timetable", "are there any revision notes",
)


@dataclass(frozen=True)
class Item:
    kind: str  # the generator family: deadline, schedule, topic, reading, people, ...
    question: str
    context: AskContext


class Vocabulary:
    """Entities taken from the loaded schedule, with several ways of writing each."""

    def __init__(self, schedule: Schedule):
        self.schedule = schedule
        self.tz = schedule.tz
        self.coursework = [cw.number for cw in schedule.coursework]
        self.tutorials = [t.id for t in schedule.tutorials if t.id[1:].isdigit()]
        self.lectures = [(lec.number, lec.title) for lec in schedule.lectures]
        self.weeks = [w.number for w in schedule.weeks]
        self.staff = sorted({name.removesuffix(" & team") for e in schedule.events()
                             for name in e.staff})
        self.event_days = sorted({e.start.date() for e in schedule.events() if e.start})
        first = min(w.starts for w in schedule.weeks)
        last = max(w.starts for w in schedule.weeks) + timedelta(days=6)
        self.span = (first, last)

    def cw(self, rng: random.Random) -> str:
        n = rng.choice(self.coursework)
        forms = [f"cw{n}", f"CW{n}", f"cw {n}", f"task {n}", f"coursework {n}",
                 f"coursework {NUMBER_WORDS.get(n, n)}", f"the {ORDINALS.get(n, n)} coursework",
                 f"assignment {n}", f"coursework task {n}", f"the {ORDINALS.get(n, n)} task"]
        return rng.choice(forms)

    def tutorial(self, rng: random.Random) -> str:
        tid = rng.choice(self.tutorials)
        n = int(tid[1:])
        return rng.choice([tid, tid.lower(), f"tutorial {n}", f"tut {n}", f"tutorial {tid}"])

    def lecture(self, rng: random.Random) -> str:
        number, title = rng.choice(self.lectures)
        forms = [f"lecture {number}", f"lecture {number.lstrip('0')}", f"L{number}",
                 f"lec {number.lstrip('0')}", f"the {title} lecture", f"the lecture on {title}"]
        return rng.choice(forms)

    def day(self, rng: random.Random) -> str:
        d = rng.choice(self.event_days) if rng.random() < 0.7 else self._any_day(rng)
        forms = [f"{d.day} {d:%b}".lower(), f"{d:%d/%m}", f"{d.day}/{d.month}",
                 f"{d:%B} {d.day}", f"the {d.day}{_suffix(d.day)} of {d:%B}", f"{d:%Y-%m-%d}",
                 "tomorrow", "today", "next tuesday", "on tuesday", "this friday",
                 "next week", "this week", "the day after tomorrow", "last week"]
        return rng.choice(forms)

    def week(self, rng: random.Random) -> str:
        n = rng.choice(self.weeks)
        return rng.choice([f"week {n}", f"wk {n}", f"week {NUMBER_WORDS.get(n, n)}",
                           f"the {ORDINALS.get(n, str(n) + _suffix(n))} week", f"w{n}"])

    def person(self, rng: random.Random) -> str:
        return rng.choice(self.staff)

    def topic(self, rng: random.Random) -> str:
        if rng.random() < 0.3:
            return rng.choice(self.lectures)[1].lower()
        return rng.choice(TOPICS)

    def _any_day(self, rng: random.Random) -> date:
        first, last = self.span
        return first + timedelta(days=rng.randrange((last - first).days + 1))


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


Template = Callable[[Vocabulary, random.Random], str]

TEMPLATES: dict[str, list[Template]] = {
    "deadline": [
        lambda v, r: f"when is {v.cw(r)} due?",
        lambda v, r: f"{v.cw(r)} deadline",
        lambda v, r: f"how long until {v.cw(r)} is due",
        lambda v, r: f"when do we have to submit {v.cw(r)}?",
        lambda v, r: f"what time is the {v.cw(r)} deadline in my time zone",
        lambda v, r: f"is anything due {v.day(r)}?",
        lambda v, r: "when is the next coursework deadline",
        lambda v, r: "what deadlines are left?",
        lambda v, r: f"what's due in {v.week(r)}",
        lambda v, r: f"wen is {v.cw(r)} due lol",
    ],
    "schedule": [
        lambda v, r: f"what's on {v.day(r)}?",
        lambda v, r: f"is there a tutorial {v.day(r)}",
        lambda v, r: f"when is {v.tutorial(r)}?",
        lambda v, r: f"when is {v.lecture(r)}",
        lambda v, r: "when is the next Q&A?",
        lambda v, r: f"what's happening in {v.week(r)}",
        lambda v, r: f"any Q&A sessions {v.day(r)}?",
        lambda v, r: "when is the live panel discussion",
        lambda v, r: f"when is the quiz in {v.week(r)}",
        lambda v, r: "what's the next session",
        lambda v, r: "when was the last tutorial?",
        lambda v, r: "when is the live lecture",
        lambda v, r: f"schedule for {v.week(r)} please",
    ],
    "topic": [
        lambda v, r: f"which lecture covers {v.topic(r)}?",
        lambda v, r: f"what does {v.tutorial(r)} cover",
        lambda v, r: f"what is {v.lecture(r)} about?",
        lambda v, r: f"where is {v.topic(r)} taught",
        lambda v, r: f"what topics are covered in {v.week(r)}",
        lambda v, r: f"is there a lecture about {v.topic(r)}",
        lambda v, r: f"{v.topic(r)}?",
        lambda v, r: f"when do we learn about {v.topic(r)}",
    ],
    "reading": [
        lambda v, r: f"what should I read for {v.lecture(r)}",
        lambda v, r: f"notes for {v.topic(r)}",
        lambda v, r: f"reading for {v.week(r)}?",
        lambda v, r: f"where are the slides on {v.topic(r)}",
        lambda v, r: f"which paper goes with {v.lecture(r)}",
    ],
    "people": [
        lambda v, r: f"who runs {v.tutorial(r)}?",
        lambda v, r: f"who assesses {v.cw(r)}",
        lambda v, r: f"who marks {v.cw(r)}?",
        lambda v, r: f"what does {v.person(r)} do?",
        lambda v, r: f"who is {v.person(r)}",
        lambda v, r: f"who gives {v.lecture(r)}",
        lambda v, r: f"who is running the Q&A {v.day(r)}",
        lambda v, r: "who are the TAs?",
        lambda v, r: f"is {v.person(r)} teaching {v.week(r)}",
    ],
    "logistics": [
        lambda v, r: r.choice(LOGISTICS),
        lambda v, r: f"is {v.lecture(r)} examinable?",
        lambda v, r: f"is {v.topic(r)} on the exam",
        lambda v, r: f"how do I submit {v.cw(r)}",
        lambda v, r: f"what format should {v.cw(r)} be submitted in",
        lambda v, r: f"how much is {v.cw(r)} worth?",
    ],
    "content": [
        lambda v, r: f"what is {v.topic(r)}?",
        lambda v, r: f"explain {v.topic(r)}",
        lambda v, r: f"how does {v.topic(r)} work",
        lambda v, r: f"what's the intuition behind {v.topic(r)}",
        lambda v, r: f"difference between {v.topic(r)} and {v.topic(r)}",
    ],
}
KIND_WEIGHTS = {"deadline": 3, "schedule": 4, "topic": 3, "reading": 1, "people": 2,
                "logistics": 2, "content": 2}


def random_context(v: Vocabulary, rng: random.Random) -> AskContext:
    """A moment in the course (or just around it), seen from one of the asker zones."""
    first, last = v.span
    day = first - timedelta(days=3) + timedelta(days=rng.randrange((last - first).days + 7))
    hour, minute = rng.randrange(7, 24), rng.choice((0, 15, 30, 45))
    moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=v.tz)
    zone = ZoneInfo(rng.choice(ZONES))
    return AskContext(now=moment.astimezone(zone), tz=zone)


def generate(schedule: Schedule, count: int, seed: int, exclude: set[str] | None = None
             ) -> list[Item]:
    """`count` distinct questions (by text), reproducible for a given seed and schedule."""
    rng = random.Random(seed)
    v = Vocabulary(schedule)
    kinds = list(KIND_WEIGHTS)
    weights = [KIND_WEIGHTS[k] for k in kinds]
    seen = set(exclude or ())
    items: list[Item] = []
    for _ in range(count * 200):
        if len(items) == count:
            break
        kind = rng.choices(kinds, weights)[0]
        question = rng.choice(TEMPLATES[kind])(v, rng)
        if rng.random() < 0.15:
            question = question.lower().rstrip("?")
        if question in seen:
            continue
        seen.add(question)
        items.append(Item(kind, question, random_context(v, rng)))
    if len(items) < count:
        raise RuntimeError(f"only {len(items)} distinct questions could be generated")
    return items


def percentile(sorted_ms: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    rank = max(1, min(len(sorted_ms), -(-len(sorted_ms) * p // 100)))
    return sorted_ms[int(rank) - 1]


def run(assistant: Assistant, items: list[Item], warmup: list[Item], repeat: int
        ) -> dict[str, Any]:
    for item in warmup:
        assistant.answer(item.question, item.context)
    samples: list[list[float]] = [[] for _ in items]
    answered: list[bool] = [False] * len(items)
    intents: list[str] = [""] * len(items)
    for rep in range(repeat):
        for i, item in enumerate(items):
            start = time.perf_counter()
            answer = assistant.answer(item.question, item.context)
            samples[i].append((time.perf_counter() - start) * 1000.0)
            if rep == 0:
                answered[i], intents[i] = answer.answered, answer.intent
    flat = sorted(ms for s in samples for ms in s)
    p50, p90, p99 = (percentile(flat, p) for p in (50, 90, 99))
    order = sorted(range(len(items)), key=lambda i: max(samples[i]), reverse=True)
    slowest = [{"question": items[i].question, "kind": items[i].kind, "intent": intents[i],
                "tz": str(items[i].context.tz), "max_ms": round(max(samples[i]), 2),
                "median_ms": round(statistics.median(samples[i]), 2)} for i in order[:5]]
    by_kind: dict[str, list[float]] = {}
    by_intent: dict[str, list[float]] = {}
    for i, item in enumerate(items):
        by_kind.setdefault(item.kind, []).extend(samples[i])
        by_intent.setdefault(intents[i], []).extend(samples[i])
    return {
        "questions": len(items),
        "repeat": repeat,
        "count": len(flat),
        "p50_ms": round(p50, 2),
        "p90_ms": round(p90, 2),
        "p99_ms": round(p99, 2),
        "max_ms": round(flat[-1], 2),
        "mean_ms": round(statistics.fmean(flat), 2),
        "answered_rate": round(sum(answered) / len(items), 3),
        "targets": {"p50_ms": TARGET_P50_MS, "p99_ms": TARGET_P99_MS},
        "pass": {"p50": p50 <= TARGET_P50_MS, "p99": p99 <= TARGET_P99_MS},
        "slowest": slowest,
        "by_kind": _groups(by_kind),
        "by_intent": _groups(by_intent),
    }


def _groups(groups: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    out = {}
    for name, values in sorted(groups.items()):
        ordered = sorted(values)
        out[name] = {"n": len(ordered), "p50_ms": round(percentile(ordered, 50), 2),
                     "max_ms": round(ordered[-1], 2)}
    return out


def report(r: dict[str, Any]) -> str:
    verdict = {True: "PASS", False: "FAIL"}
    lines = [
        f"answer latency: {r['questions']} questions x {r['repeat']} = {r['count']} timed answers",
        f"  p50 {r['p50_ms']:8.2f} ms   target <= {TARGET_P50_MS:g} ms   "
        f"{verdict[r['pass']['p50']]}",
        f"  p90 {r['p90_ms']:8.2f} ms",
        f"  p99 {r['p99_ms']:8.2f} ms   target <= {TARGET_P99_MS:g} ms   "
        f"{verdict[r['pass']['p99']]}",
        f"  max {r['max_ms']:8.2f} ms",
        f"  mean {r['mean_ms']:7.2f} ms",
        f"  answered {r['answered_rate']:.1%}",
        "slowest questions:",
    ]
    for s in r["slowest"]:
        lines.append(f"  {s['max_ms']:8.2f} ms  [{s['kind']}/{s['intent']}] {s['question']!r}")
    for title, key in (("by generator family", "by_kind"), ("by answered intent", "by_intent")):
        lines.append(f"{title}:")
        for name, g in r[key].items():
            lines.append(f"  {name:10} n={g['n']:4}  p50 {g['p50_ms']:8.2f} ms  "
                         f"max {g['max_ms']:8.2f} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="time each question N times")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--seed", type=int, default=SEED, help="question-set seed")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    assistant = build_assistant(Settings.from_env())
    schedule = assistant.view().schedule
    items = generate(schedule, N_QUESTIONS, args.seed)
    warmup = generate(schedule, N_WARMUP, args.seed + 1, exclude={i.question for i in items})
    result = run(assistant, items, warmup, args.repeat)
    print(json.dumps(result, indent=2) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
