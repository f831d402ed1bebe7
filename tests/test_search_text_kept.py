"""A question's search text is worked out once per text and glossary: asked again it is
the same, and a reloaded vocabulary's glossary spells out its own abbreviations."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.core.glossary import Glossary
from bot.core.handlers import notes
from bot.core.recent_texts import forget_recent_texts


def _view(expansions: dict[str, str]):
    glossary = Glossary(expansions)
    return SimpleNamespace(understander=SimpleNamespace(words=SimpleNamespace(
        glossary=glossary)))


def _q(text: str):
    return SimpleNamespace(search_text=text, text=text)


@pytest.mark.parametrize("question, short, long_form", [
    ("what is FID", "fid", "frechet inception distance"),
    ("how does  an lstm   work?", "lstm", "long short-term memory"),
    ("explain the KLD term", "kld", "kullback leibler divergence"),
])
def test_a_reloaded_glossary_expands_with_its_own_words(question, short, long_form):
    before, after = _view({}), _view({short: long_form})
    assert long_form not in notes.search_text(_q(question), before)
    first = notes.search_text(_q(question), after)
    assert f"({long_form})" in first and "  " not in first
    hits = notes._search_text.cache_info().hits
    assert notes.search_text(_q(question), after) == first
    assert notes._search_text.cache_info().hits == hits + 1
    # the old glossary's reading is not the new one's, asked after it
    assert long_form not in notes.search_text(_q(question), before)
    forget_recent_texts()
    assert notes._search_text.cache_info().currsize == 0
