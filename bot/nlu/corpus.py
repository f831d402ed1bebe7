"""The labelled intent corpus (corpus.yaml) and its paraphrases over the schedule
(templates.yaml), as one list of examples.

A paraphrase template is filled from the loaded schedule's own tables (its coursework, lectures,
tutorials, staff, materials, weeks and kinds of session), so the corpus follows the course
rather than naming it.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.nlu.intents import LEARNED, Intent
from bot.schedule.model import Schedule

SEED = 2024
EXPANSIONS = 4  # paraphrases drawn per template that has slots
_SLOT = re.compile(r"\{(\w+)\}")
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


class CorpusError(ValueError):
    """The corpus or templates file is malformed."""


@dataclass(frozen=True)
class Example:
    text: str
    intent: Intent
    group: str  # held out together in cross-validation
    source: str  # "dev-1", "blind-dev", "template", ...
    old: str | None = None  # what the old rule router said (kept to compare against)


def file_sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_corpus(path: Path) -> list[Example]:
    data = _yaml(path)
    rows = data.get("utterances")
    if not isinstance(rows, list):
        raise CorpusError(f"{path}: no list of utterances")
    out = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise CorpusError(f"{path}: utterance {n} has no text")
        out.append(Example(row["text"], _intent(row.get("intent"), f"{path}: utterance {n}"),
                           str(row.get("group") or f"u{n}"), str(row.get("source") or ""),
                           row.get("old")))
    return out


def expand_templates(path: Path, schedule: Schedule, seed: int = SEED,
                     per_template: int = EXPANSIONS) -> list[Example]:
    """Every template filled `per_template` times (once when it has no slots), deduplicated."""
    data = _yaml(path)
    lists = data.get("lists") or {}
    templates = data.get("templates") or {}
    if not isinstance(lists, dict) or not isinstance(templates, dict):
        raise CorpusError(f"{path}: 'lists' and 'templates' must be mappings")
    slots = _ScheduleSlots(schedule, lists)
    out: list[Example] = []
    seen: set[str] = set()
    for intent_name, texts in templates.items():
        intent = _intent(intent_name, f"{path}: templates.{intent_name}")
        for i, template in enumerate(texts or []):
            template = str(template)
            group = f"template:{intent.value}:{i}"
            # Each template gets its own stream, so editing one template leaves the
            # paraphrases of every other one unchanged.
            rng = random.Random(f"{seed}:{group}:{template}")
            count = per_template if _SLOT.search(template) else 1
            for _ in range(count):
                text = _SLOT.sub(lambda m, r=rng: slots.fill(m.group(1), r), template)
                text = re.sub(r"\s+", " ", text).strip()
                if text and text.lower() not in seen:
                    seen.add(text.lower())
                    out.append(Example(text, intent, group, "template"))
    return out


def _intent(name: object, where: str) -> Intent:
    try:
        intent = Intent(str(name))
    except ValueError:
        raise CorpusError(f"{where}: unknown intent {name!r}") from None
    if intent not in LEARNED:
        raise CorpusError(f"{where}: {intent.value} is decided by rules, not learned")
    return intent


def _yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: not a mapping")
    return data


class _ScheduleSlots:
    """Slot fillers: the schedule's things, written the ways students write them."""

    def __init__(self, schedule: Schedule, lists: dict):
        self.lists = {k: [str(x) for x in v] for k, v in lists.items() if isinstance(v, list)}
        nouns = self.lists.get("coursework_nouns") or ["coursework"]
        self.coursework = []
        for cw in schedule.coursework:
            n = cw.number
            for noun in nouns:
                self.coursework += [f"{noun} {n}", f"{noun}{n}" if len(noun) <= 3 else
                                    f"{noun} {_NUMBER_WORDS.get(n, n)}"]
            self.coursework.append(f"the {_ORDINALS.get(n, n)} {nouns[-1]}")
        self.lectures = []
        for lec in schedule.lectures:
            self.lectures += [f"lecture {lec.number}", f"lec {lec.number.lstrip('0')}",
                              f"the {lec.title.lower()} lecture"]
        self.tutorials = []
        for t in schedule.tutorials:
            digits = re.sub(r"\D", "", t.id)
            if t.topic and digits:
                self.tutorials += [t.id, t.id.lower(), f"tutorial {int(digits)}",
                                   f"tut {int(digits)}"]
        self.topics = [x.lower() for x in
                       [lec.title for lec in schedule.lectures]
                       + [t.topic for t in schedule.tutorials if t.topic]]
        self.staff = sorted({name.removesuffix(" & team") for e in schedule.events()
                             for name in e.staff})
        self.notes = [m.id for m in schedule.materials]
        self.weeks = [f"week {w.number}" for w in schedule.weeks]
        kind_words = lists.get("kind_words") or {}
        present = {e.kind for e in schedule.events()}
        self.kinds = [str(w) for kind, words in kind_words.items() if kind in present
                      for w in words]

    def fill(self, slot: str, rng: random.Random) -> str:
        choices = {"cw": self.coursework, "lecture": self.lectures, "tutorial": self.tutorials,
                   "topic": self.topics, "staff": self.staff, "note": self.notes,
                   "week": self.weeks, "kind": self.kinds}.get(slot)
        if slot == "kinds":
            word = rng.choice(self.kinds)
            return word if word.endswith("s") else f"{word}s"
        if choices is None:
            choices = self.lists.get(slot)
        if not choices:
            raise CorpusError(f"no fillers for the slot {{{slot}}}")
        return rng.choice(choices)
