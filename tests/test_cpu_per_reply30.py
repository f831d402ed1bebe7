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
