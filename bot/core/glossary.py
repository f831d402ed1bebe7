"""A course's abbreviations and short names of its topics, expanded for matching.

Students write "bn", "gcn" or "vae"; lecture titles say "BatchNorm", "GNNs, GCNs", "VAEs".
Expanding both sides to the long form lets plain word overlap and the embedding model meet.
The expansions are the course's own (`abbreviations` in its vocabulary file).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class Glossary:
    def __init__(self, expansions: Mapping[str, str]):
        self.expansions = {short.lower(): long.lower() for short, long in expansions.items()}

    def expand(self, text: str) -> str:
        """Text with each known abbreviation followed by its long form."""
        out: list[str] = []
        for word in _WORD.findall(text.lower()):
            out.append(word)
            long_form = self.expansions.get(word) or self.expansions.get(singular(word))
            if long_form:
                out.append(long_form)
        return " ".join(out)

    def content_words(self, text: str, stopwords: set[str] | frozenset[str]) -> list[str]:
        """Singular content words; "batch-norm" also gives "batch", "norm" and "batchnorm"."""
        words: list[str] = []
        for w in _WORD.findall(self.expand(text)):
            parts = [p for p in w.split("-") if p]
            words += [w] if len(parts) == 1 else [w, *parts, "".join(parts)]
        words = [singular(w) for w in words if w not in stopwords]
        return [w for w in words if len(w) > 1]

    def abbreviations_in(self, text: str) -> set[str]:
        """Abbreviations whose long form the text spells out: a title saying "Convolutional
        Neural Networks" then matches a question saying "CNNs"."""
        def spell(words: str) -> str:
            return " " + " ".join(singular(w) for w in _WORD.findall(words.lower())) + " "

        spelled = spell(text)
        return {singular(short) for short, long_form in self.expansions.items()
                if len(short) > 2 and spell(long_form) in spelled}
