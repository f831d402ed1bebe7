"""Issue 14 (CPU per reply), round 30: a region named for a zone ("the west coast", "texas")
was found by one `re.search` per place name, longest first: hundreds of patterns per message
that names a zone, which also pushed every other rule's pattern out of `re`'s own cache (512
entries) so that they were compiled again. Now a name is tried only when the span holds it,
with its pattern compiled once. The region read is the same."""

from __future__ import annotations

import re

import pytest

from bot.core import zones
from bot.core.text import normalize


def _region_as_before(text: str) -> str | None:
    """The reading as it was: every name's pattern searched, longest name first."""
    found = zones.find_zone(text)
    if found is None:
        return None
    said = text[found[1][0]:found[1][1]]
    names = sorted(zones._names(), key=len, reverse=True)
    first = next((n for n in names if re.search(rf"\b{re.escape(n)}\b", said)), None)
    return first if first in zones._regions()["spanning"] else None


@pytest.mark.parametrize("text", [
    # regions of several zones, said in other ways
    "im on the east coast, what time is the q&a for me",
    "does the tutorial clash with my job, i'm in texas time",
    "from australia here: is the quiz open over the weekend",
    "what time does the panel start in canada time",
    # near-misses: one place's zone, or no zone at all (no region read)
    "just moved to vancouver, when is the next live lecture",
    "is the lecture at 10 in mexico city time",
    "when is coursework two due",
    "what does the week 4 reading cover",
])
def test_the_region_read_is_the_same(text):
    text = normalize(text)
    assert zones.spanning_region(text) == _region_as_before(text)


@pytest.mark.parametrize("text", [
    "i'm based on the west coast, which tutorials can i make",
    "im in brazil - when does cw3 close",
    "what time is the lecture in sydney time",
])
def test_a_region_is_found_without_a_search_per_place_name(text, monkeypatch):
    """Only names inside the zone's span are tried: a handful of searches, not hundreds,
    and no pattern goes through `re`'s shared cache."""
    text = normalize(text)
    zones.find_zone(text)  # (its own patterns built before counting)
    zones._longest_first()
    module_searches = []
    real_search = re.search
    monkeypatch.setattr(re, "search", lambda *a, **k: module_searches.append(a[0])
                        or real_search(*a, **k))
    zones._as_word.cache_clear()
    zones.spanning_region(text)
    assert module_searches == []
    # (a name is compiled only when its letters are in the span: "west coast", "west", ...)
    assert zones._as_word.cache_info().misses <= 6


# --- the words another language's lists read: one set, made once --------------------------


@pytest.mark.parametrize("text", [
    "kab hai agla tutorial yaar",            # romanised Hindi around a course word
    "wann ist die deadline fur cw2 bitte",   # German
    "ni hao, zuoye shenme shihou jiao",      # pinyin
    # near-misses: English with a typo, a course id; nothing to read as foreign
    "whn is the nxt lecture",
    "is t07 on tuesday",
])
def test_the_words_read_anywhere_are_one_set_made_once(text):
    from bot.core import language
    from bot.core.lexicon import FUNCTION_WORDS

    def reads(word: str) -> bool:
        return word in {"tutorial", "deadline", "lecture", "cw2", "t07", "tuesday"}

    known = language._known_words() | FUNCTION_WORDS  # (the union each call used to make)
    expected = [w for w in language._counts(text)[0] if len(w) > 1 and w not in known
                and w not in language.pinyin_syllables()
                and not any(ch.isdigit() for ch in w) and not reads(w)]
    language.unread_latin(text, reads)
    made = language._read_anywhere.cache_info().misses
    for _ in range(3):
        assert language.unread_latin(text, reads) == expected
        language.loan_words(text, reads)
        language.mostly_foreign(text, reads)
    assert language._read_anywhere.cache_info().misses == made


# --- a definition's own note: the lecture notes by subject, made once per index --------------


def _index_of(chunks):
    import numpy as np

    from bot.knowledge.index import KnowledgeIndex
    vectors = np.eye(len(chunks), 8, dtype=np.float32)
    return KnowledgeIndex(chunks, vectors, vectors, None)


def _notes():
    from bot.knowledge.chunk import Chunk
    return [
        Chunk("N03", "Pooling", "Pooling > Max", "max pooling keeps the largest", "N03.md", "3"),
        Chunk("N03", "Pooling", "Pooling > Average", "average pooling", "N03.md", "3"),
        Chunk("N04", "Pooling layers and strides", "Intro", "strides", "N04.md", "4"),
        Chunk("N05", "Dropout, regularisation", "Dropout", "drops units", "N05.md", "5"),
        Chunk("T02", "Pooling", "Exercise", "an exercise", "T02.md", tutorial="2"),
        Chunk("N06", "Embeddings", "Intro", "vectors of words", "N06.md"),  # no lecture
    ]


def test_the_lecture_notes_by_subject_are_the_scan_they_replace():
    from bot.core.handlers import notes
    from bot.knowledge.compose import title_subject
    chunks = _notes()
    index = _index_of(chunks)
    table = notes._lecture_notes_by_subject(index)
    for subject in {title_subject(c.title) for c in chunks} | {"attention"}:
        scanned = list({c.path: c for c in chunks if c.lecture and not c.tutorial
                        and not c.is_overview and title_subject(c.title) == subject}.values())
        assert list(table.get(subject, ())) == scanned
    # made once for the index: asked again, the same table, no new scan
    assert notes._lecture_notes_by_subject(index) is table
    # another index (a rebuilt one) has its own
    other = _index_of(chunks[:2])
    assert notes._lecture_notes_by_subject(other) is not table
