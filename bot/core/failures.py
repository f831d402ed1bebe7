"""Failures a student names in their own work (a pasted error, a symptom), and whether a
passage of the notes covers them (data/failures.yaml).

An own-work answer quotes the notes found for the message; when the message names a failure
("CUDA out of memory", "loss is nan", an ImportError), only the parts of that passage that
name the failure help: a list of CNN pitfalls is no answer to an ImportError."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Failure:
    name: str
    said: re.Pattern[str]
    covered: re.Pattern[str]
    symptom: bool = False


def _phrases(words: list[str]) -> re.Pattern[str]:
    # whole words at a word's edge only: "shape [" ends in a bracket, ".to(" starts with a dot
    alternatives = (rf"(?<!\w){re.escape(w)}" + (r"(?!\w)" if w[-1].isalnum() else "")
                    for w in sorted(words, key=len, reverse=True))
    return re.compile("|".join(alternatives))


@cache
def failures() -> tuple[Failure, ...]:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "failures.yaml")
                         .read_text(encoding="utf-8"))
    return tuple(Failure(name, _phrases(entry["said"]), _phrases(entry["covered"]),
                         bool(entry.get("symptom")))
                 for name, entry in raw.items())


def named_failures(text: str) -> tuple[Failure, ...]:
    """The failures the message names."""
    low = (text or "").lower()
    return tuple(f for f in failures() if f.said.search(low))


def covers(failures_named: tuple[Failure, ...], passage: str) -> bool:
    """Whether `passage` names one of the failures."""
    low = passage.lower()
    return any(f.covered.search(low) for f in failures_named)


_ITEM = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def items_covering(text: str, failures_named: tuple[Failure, ...]) -> str | None:
    """`text` (a passage, plain or Markdown) with only the list items that name one of the
    failures (an item's continuation lines go with it); the whole text when it is no list and
    names one; None when nothing in it does."""
    lines = text.split("\n")
    if not any(_ITEM.match(line) for line in lines):
        return text if covers(failures_named, text) else None
    blocks: list[list[str]] = []  # runs of lines: an item with its continuation, or other
    for line in lines:
        item = bool(_ITEM.match(line))
        if item or not blocks or not line[:1].isspace() or not _continues(blocks[-1]):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    kept = [b for b in blocks if not _ITEM.match(b[0]) or covers(failures_named, "\n".join(b))]
    if not any(_ITEM.match(b[0]) for b in kept):
        return None
    return "\n".join(line for b in kept for line in b)


def _continues(block: list[str]) -> bool:
    """A block an indented line goes on: a list item."""
    return bool(_ITEM.match(block[0]))
