"""What answers would build on their first questions (the zone names' patterns, the notes'
word weights) is built by the notes loader, off the loop, before the bot says it is ready."""

from __future__ import annotations

import pytest

from bot.core import zones
from bot.core.assistant import Assistant
from bot.knowledge.compose import word_rarity
from bot.knowledge.loading import NotesLoader


@pytest.fixture
def notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "dropout.md").write_text(
        "---\nid: N99\nlecture: 7\nweek: 3\ntitle: Regularisation\n---\n# Dropout\n\n"
        "Dropout randomly zeroes a fraction of the activations during training.\n",
        encoding="utf-8")
    return folder


def test_loader_builds_the_lazy_tables_before_ready(schedule, embedder, notes, tmp_path):
    zones._pattern.cache_clear()
    zones._anywhere.cache_clear()
    assistant = Assistant(lambda: schedule)
    loader = NotesLoader(assistant, notes, tmp_path / "index", None,
                         load_model=lambda _folder: embedder)
    loader.start()
    loader.join(120)
    assert loader.state == "ready"
    assert zones._pattern.cache_info().currsize == 1
    assert zones._anywhere.cache_info().currsize == 1
    knowledge = assistant.view().knowledge
    before = word_rarity.cache_info()
    word_rarity(knowledge)  # the first content question's look-up: already there
    after = word_rarity.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)


@pytest.mark.parametrize("question", ["when is cw2 due in new york time?",
                                      "I'm in toronto, when is the Q&A?",
                                      "kst deadline for cw2??"])
def test_warmed_pattern_reads_zones_as_before(question):
    zones.warm()
    assert zones.find_zone.__wrapped__(question) is not None
