"""A retrievable passage and how long passages are cut."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from typing import Any

# MiniLM reads at most 256 word pieces (about 180 words); longer passages are cut into
# overlapping windows so that nothing falls off the end of what the model sees.
WINDOW_WORDS = 170
OVERLAP_WORDS = 40


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
    role: str | None = None  # "admin" for course-overview notes that name every topic

    @property
    def key(self) -> str:
        """Content hash: the same passage embeds the same, wherever it comes from."""
        return hashlib.sha256(f"{self.section}\n{self.text}".encode()).hexdigest()[:32]

    @property
    def embed_text(self) -> str:
        return f"{self.section}: {self.text}" if self.section else self.text

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def windows(text: str, size: int = WINDOW_WORDS, overlap: int = OVERLAP_WORDS) -> list[str]:
    words = text.split()
    if len(words) <= size + overlap // 2:
        return [" ".join(words)] if words else []
    out = []
    step = size - overlap
    for start in range(0, len(words), step):
        part = words[start:start + size]
        if len(part) < overlap and out:
            break
        out.append(" ".join(part))
    return out


def clean_markup(text: str) -> str:
    """Drop markup that carries no meaning for retrieval (HTML comments, tab directives)."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r":(?:begin|end)_tab:`?[^`\s]*`?", " ", text)
    text = re.sub(r"@tab \w+", " ", text)
    text = re.sub(r":(?:cite[tp]?|numref|eqref|ref|label|width|math):`[^`]*`", " ", text)
    return text
