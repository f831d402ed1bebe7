"""A retrievable passage and how long passages are cut."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from typing import Any

# MiniLM reads at most 256 word pieces and ignores the rest. Passages are cut into overlapping
# windows measured in (estimated) word pieces, not words: cut by words, 62% of the passages
# of the benchmark's textbook corpus ran past 256 pieces (formulas and code split into many),
# so their ends were never embedded. 200 leaves room for the heading path that is embedded
# with each window.
WINDOW_TOKENS = 200
OVERLAP_TOKENS = 50
OVERVIEW_ROLES = frozenset({"admin", "overview"})
# Files that are overviews by convention, when their front matter names no role.
OVERVIEW_STEMS = frozenset({"index", "readme"})
_PIECE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")


@dataclass(frozen=True)
class Chunk:
    doc_id: str  # e.g. "N07", "T05", or the file's stem
    title: str  # document title
    section: str  # heading path, "BatchNorm > At test time"
    text: str
    path: str  # source file, relative to the corpus folder
    lecture: str | None = None  # "10", "17a"
    tutorial: str | None = None
    week: int | None = None
    page: int | None = None  # PDF page, 1-based
    role: str | None = None  # "admin" or "overview": notes that name every topic

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


def word_pieces(word: str) -> int:
    """About how many word pieces a BERT-style tokenizer makes of `word`: one per symbol,
    and long words or numbers split into several (checked against MiniLM's tokenizer: it
    errs a little low, which the margin in WINDOW_TOKENS absorbs)."""
    if word.isalpha():  # most words: no regex needed
        return 1 + len(word) // 8
    n = 0
    for piece in _PIECE.findall(word):
        n += 1 + (len(piece) // 8 if piece[0].isalpha() else
                  len(piece) // 3 if piece[0].isdigit() else 0)
    return max(n, 1)


def windows(text: str, size: int = WINDOW_TOKENS, overlap: int = OVERLAP_TOKENS) -> list[str]:
    """Overlapping windows of at most `size` word pieces; a text that fits (with a little
    slack, so as not to split off a tiny tail) stays whole."""
    words = text.split()
    cost = [word_pieces(w) for w in words]
    if sum(cost) <= size + overlap // 2:
        return [" ".join(words)] if words else []
    out = []
    start = 0
    while True:
        end, used = start, 0
        while end < len(words) and (used + cost[end] <= size or end == start):
            used += cost[end]
            end += 1
        out.append(" ".join(words[start:end]))
        if end == len(words):
            return out
        back, shared = end, 0  # the next window starts `overlap` pieces before this one ends
        while back > start + 1 and shared + cost[back - 1] <= overlap:
            back -= 1
            shared += cost[back]
        start = back


def clean_markup(text: str) -> str:
    """Drop markup that carries no meaning for retrieval (HTML comments, tab directives)."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r":(?:begin|end)_tab:`?[^`\s]*`?", " ", text)
    text = re.sub(r"@tab \w+", " ", text)
    text = re.sub(r":(?:cite[tp]?|numref|eqref|ref|label|width|math):`[^`]*`", " ", text)
    # A link reads as its text: the address's pieces ("https", "discuss", "t", "96") would
    # only be noise to the word index.
    return re.sub(r"\[([^\]]*)\]\((?:https?://|www\.)[^)\s]*\)", r"\1", text)
