"""A kind of a note's subject that the notes never name ("flash attention", "mixture of
experts transformers"): the question asks about something the notes do not teach, however
well its head word ("attention") finds a passage. Read from the notes alone, for any course.

Measured on the labelled content sets (bench/content_calibration.py, rounds 18-22): the
modifier must be a word the notes never use (a word they use once is as often a student's
paraphrase, "vision transformer", "sharp images", as a subject they lack), of five letters
or more ("incl bias"), and the head a word of a note's title (a heading's "example",
"problem" or "neighbour" is too general: "an everyday example", "the degradation problem").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.knowledge.compose import word_rarity
from bot.knowledge.index import KnowledgeIndex, spelling, stem_words

# Shorter words the notes lack are abbreviations and slang ("incl", "calc", "recon").
MIN_LETTERS = 5
# A word after one of these is said of the writer, not a kind of anything ("i thought cnns
# were ...", "i forgot optimizer.zero_grad").
_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it", "u"})
_COORDINATING = frozenset({"and", "or"})
# A verb's or an adverb's form is how the student says it, not a kind of the subject ("who
# invented GANs", "the squishing function"): the names of kinds the notes lack are nouns.
_VERBAL = ("ed", "ing", "ly")
_TOKEN = re.compile(r"[a-z][a-z0-9]*|[^\sa-z0-9]")


def folded(text: str) -> str:
    """Lower case without accents ("Fréchet" as "frechet")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4)  # one index at a time; its chunks do not change while the bot runs
def _notes_words(index: KnowledgeIndex) -> tuple[str, frozenset[str]]:
    """The notes' prose (folded, each run of other characters one space) and the stems of
    their notes' titles (the subjects a note is about)."""
    prose = re.sub(r"[^a-z0-9]+", " ", folded(" ".join(c.text for c in index.chunks)))
    titles = frozenset(w for c in index.chunks for w in stem_words(spelling(c.title)))
    return f" {prose} ", titles


def _unknown(word: str, index: KnowledgeIndex) -> bool:
    """Whether the notes never use the word, alone or written apart ("oversmoothing" is
    their "over smoothing")."""
    prose, _ = _notes_words(index)
    if f" {word} " in prose or any(w in word_rarity(index) for w in stem_words(word)):
        return False
    return not any(f" {word[:i]} {word[i:]} " in prose for i in range(2, len(word) - 1))


def absent_kind(sentence: str, index: KnowledgeIndex, ignored: frozenset[str]) -> str | None:
    """The first "<modifier> <head>" of the sentence whose modifier the notes never use and
    whose head is a word of a note's title ("flash attention"), as written; None if none.
    `ignored`: words that name no subject (stopwords, fillers, question words)."""
    tokens = _TOKEN.findall(folded(spelling(sentence)))
    _, titles = _notes_words(index)
    for i, (word, head) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if (len(word) < MIN_LETTERS or not word.isalpha() or word in ignored
                or word.endswith(_VERBAL) or not head.isalpha() or head in ignored
                or len(head) < 3):
            continue
        before = tokens[max(0, i - 2):i]
        if before and before[-1] in _PRONOUNS:
            continue
        # "nearest and farthest neighbour": a sibling of a word the notes use
        if len(before) == 2 and before[1] in _COORDINATING and not _unknown(before[0], index):
            continue
        if set(stem_words(head)) <= titles and _unknown(word, index):
            return f"{word} {head}"
    return None
