"""A retrievable passage and how long passages are cut."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from bot.knowledge.units import Unit, balanced_runs, split_long

# MiniLM reads at most 256 word pieces ([CLS] and [SEP] included) and ignores the rest. A
# passage is a run of whole units (see units.py) that fits in that, with its heading path,
# counted with the model's own tokenizer (pieces.py).
MODEL_PIECES = 256
CHUNKER_VERSION = 2  # change it when passages are cut differently: stored indexes rebuild
OVERVIEW_ROLES = frozenset({"admin", "overview"})
# Files that are overviews by convention, when their front matter names no role.
OVERVIEW_STEMS = frozenset({"index", "readme"})
_PIECE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")


@dataclass(frozen=True)
class Chunk:
    doc_id: str  # e.g. "N07", "T05", or the file's stem
    title: str  # document title
    section: str  # heading path, "BatchNorm > At test time"
    text: str  # Markdown: the units below, separated by blank lines
    path: str  # source file, relative to the corpus folder
    lecture: str | None = None  # "10", "17a"
    tutorial: str | None = None
    week: int | None = None
    page: int | None = None  # PDF page, 1-based
    role: str | None = None  # "admin" or "overview": notes that name every topic
    units: tuple[str, ...] = ()  # the whole units it is made of, in reading order

    @property
    def is_overview(self) -> bool:
        """A course or chapter overview: it names every topic, so it should not be cited
        as the place that explains one."""
        return self.role in OVERVIEW_ROLES

    @property
    def key(self) -> str:
        """Content hash: the same passage embeds the same, wherever it comes from."""
        return hashlib.sha256(f"{self.section}\n{self.text}".encode()).hexdigest()[:32]

    @property
    def embed_text(self) -> str:
        return f"{self.section}: {self.text}" if self.section else self.text

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Chunk:
        return cls(**{**data, "units": tuple(data.get("units") or ())})


def estimate_pieces(text: str) -> int:
    """About how many word pieces the model's tokenizer makes of `text`, for when the
    tokenizer itself is not at hand."""
    return sum(word_pieces(w) for w in text.split())


def word_pieces(word: str) -> int:
    """About how many word pieces a BERT-style tokenizer makes of `word`: one per symbol,
    and long words or numbers split into several (checked against MiniLM's tokenizer: it
    errs a little low)."""
    if word.isalpha():  # most words: no regex needed
        return 1 + len(word) // 8
    n = 0
    for piece in _PIECE.findall(word):
        n += 1 + (len(piece) // 8 if piece[0].isalpha() else
                  len(piece) // 3 if piece[0].isdigit() else 0)
    return max(n, 1)


def passages(section: str, found: list[Unit], pieces: Callable[[str], int],
             limit: int = MODEL_PIECES) -> list[list[Unit]]:
    """Runs of whole units that fit, with the heading path they are embedded with, in what
    the model reads; a unit too long alone is split between its sentences, items or rows."""
    budget = limit - 2 - (pieces(f"{section}:") if section else 0)
    parts = [piece for u in found for piece in split_long(u, pieces, budget)]
    sizes = [pieces(u.text) + 1 for u in parts]  # +1: the blank line between units
    return [parts[i:j] for i, j in balanced_runs(sizes, budget)]


_REFERENCED = {"fig": "the figure", "sec": "the section", "subsec": "the section",
               "chap": "the chapter", "tab": "the table", "eq": "the equation"}


def _reference(m: re.Match) -> str:
    """A cross-reference role as words ("the figure"), capitalised at a sentence start."""
    role, target = m.group(2), m.group(3)
    prefix = target.split("_", 1)[0].lower()
    words = "the equation" if role == "eqref" else _REFERENCED.get(prefix, "the text")
    before = m.group(1) or ""
    starts = "\n" in before or m.group(1) == "" or before.strip()[-1:] in (".", "!", "?")
    return before + (words[0].upper() + words[1:] if starts else words)


def _textual_citation(m: re.Match) -> str:
    """`:citet:` names the authors in the sentence ("Bottou.2010" -> "Bottou (2010)")."""
    names = []
    for key in m.group(1).split(","):
        year = re.search(r"(19|20)\d\d", key)
        parts = [p for p in re.split(r"[.\d]+", key) if p and p != "ea"]
        if not parts:
            continue
        many = len(parts) > 2 or ".ea." in key or key.endswith(".ea")
        name = parts[0].capitalize() + (" et al." if many else
                                        f" and {parts[1].capitalize()}" if len(parts) == 2
                                        and "." in key else "")
        names.append(f"{name} ({year.group(0)})" if year else name)
    return " and ".join(names) or " "


# Each pattern of clean_markup contains one of these characters.
_MARKUP_SIGNS = ("<", ":", "*", "@", "](")


# A textbook's markup (its roles, its other key-point and strike-out marks): it tells that
# a document's "(**...**)" marks a key point, not a bold term in the sentence's own brackets.
_TEXTBOOK_MARKUP = re.compile(r":(?:label|numref|eqref|ref|cite[pt]?|begin_tab):|\[\*\*|\(~~")


def uses_key_marks(document: str) -> bool:
    """Whether a document is written in the textbook's markup, where "(**...**)" marks a
    key point ("we can (**implement the loss**) by ..."); elsewhere the brackets belong to
    the sentence ("keys and values from the encoder (**cross-attention**)")."""
    return bool(_TEXTBOOK_MARKUP.search(document))


def clean_markup(text: str, key_marks: bool | None = None) -> str:
    """Drop markup that carries no meaning for retrieval (HTML comments, tab directives);
    cross-references and textual citations read as words, so no sentence is left without
    its subject. `key_marks`: whether "(**...**)" is the textbook's key-point mark, whose
    brackets are dropped (`uses_key_marks` of the whole document; of `text` itself unless
    given)."""
    if not any(mark in text for mark in _MARKUP_SIGNS):
        return text  # a question or passage with none of the signs every pattern needs
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r":(?:begin|end)_tab:(?:`[^`\n]*`|\S*)", " ", text)
    if uses_key_marks(text) if key_marks is None else key_marks:
        text = re.sub(r"\(\*\*(.+?)\*\*\)", r"\1", text, flags=re.S)
    text = re.sub(r"@tab \w+", " ", text)
    text = re.sub(r":citet:`([^`]*)`", _textual_citation, text)
    text = re.sub(r"(^|[.!?]\s+|\s)?:(numref|eqref|ref):`([^`]*)`", _reference, text,
                  flags=re.M)
    text = re.sub(r" ?:(?:cite[p]?|label|eqlabel|width|math):`[^`]*`", "", text)
    # A link reads as its text: the address's pieces ("https", "discuss", "t", "96") would
    # only be noise to the word index.
    return re.sub(r"\[([^\]]*)\]\((?:https?://|www\.)[^)\s]*\)", r"\1", text)
