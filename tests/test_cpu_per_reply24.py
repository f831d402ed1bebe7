"""Issue 14 (CPU per reply): readings made several times for one message are made once
(kept for recent texts, forgotten with them), and the topic search's per-title loop does
only per-title work. Each answer stays what it was: the kept readings are the readings."""

from __future__ import annotations

import math

import pytest

from bot.core import personal, topics, understand, when
from bot.core.glossary import singular
from bot.core.recent_texts import forget_recent_texts
from bot.core.topics import TopicIndex

# --- a yes/no question: read once per part text and time phrase -----------------------------


@pytest.mark.parametrize(("text", "said", "yes_no"), [
    ("does the friday tutorial happen online", "", True),
    ("ok is the quiz marked", "", True),
    ("coursework two is due on a monday, right?", "", True),
    ("so there isn't a lab next week", "", True),
    ("next thursday, is there any lecture", "next thursday", True),
    # near-misses: asked what or when, not whether
    ("when does the friday tutorial happen", "", False),
    ("what is marked in the quiz", "", False),
    ("next thursday which lecture is on", "next thursday", False),
    ("this island is nice", "", False),
])
def test_a_yes_no_question_is_read_once_and_the_same(text, said, yes_no):
    forget_recent_texts()
    assert understand._asks_yes_no(text, said) is yes_no
    hits = understand._asks_yes_no.cache_info().hits
    assert understand._asks_yes_no(text, said) is yes_no
    assert understand._asks_yes_no.cache_info().hits == hits + 1
    forget_recent_texts()
    assert understand._asks_yes_no.cache_info().currsize == 0


# --- clock times said in words: read once per text --------------------------------------------


@pytest.mark.parametrize(("text", "read"), [
    ("is it at twenty past eight", "is it at 8:20"),
    ("the lab is quarter to 4 i think", "the lab is 3:45 i think"),
    ("meet at half seven?", "meet at 7:30?"),
    ("does it start eleven fifteen", "does it start 11:15"),
    # near-misses: no clock time said
    ("it takes half an hour", "it takes half an hour"),
    ("ten to twelve students came", "ten to twelve students came"),
    ("a quarter of the marks", "a quarter of the marks"),
])
def test_clock_words_are_read_once_and_the_same(text, read):
    forget_recent_texts()
    assert when.read_clock_words(text) == read
    hits = when.read_clock_words.cache_info().hits
    assert when.read_clock_words(text) == read
    assert when.read_clock_words.cache_info().hits == hits + 1
    forget_recent_texts()
    assert when.read_clock_words.cache_info().currsize == 0


# --- a question of one's place on the course: read once -----------------------------------------


@pytest.mark.parametrize(("text", "admin"), [
    ("could i move into this module even though term started?", True),
    ("how do i drop this module", True),
    # near-misses: a change told as done, or no change asked
    ("i dropped my other module last week. when is the first quiz?", False),
    ("how do i drop a column in pandas", False),
])
def test_asking_for_a_change_of_module_is_read_once(text, admin):
    forget_recent_texts()
    assert personal.asks_admin(text) is admin
    hits = personal.asks_admin.cache_info().hits
    assert personal.asks_admin(text) is admin
    assert personal.asks_admin.cache_info().hits == hits + 1
    forget_recent_texts()
    assert personal.asks_admin.cache_info().currsize == 0


# --- the topic search: the query's own work once, not once per title --------------------------


def _lexical_per_title(index: TopicIndex, words: list[str],
                       pairs: list[tuple[str, str]]) -> list[float]:
    """The scores as computed before: every title recomputing the query's joins."""
    query = set(words)
    total = math.fsum(index._idf.get(w, topics.UNKNOWN_WORD_WEIGHT) for w in query)
    scores = []
    for item_words in index._words:
        found = item_words | {w for a, b in pairs if a + b in item_words
                              or singular(a + b) in item_words for w in (a, b)}
        found |= {w for w in query if "-" in w and set(w.split("-")) <= found}
        hit = math.fsum(index._idf.get(w, 0.0) for w in query & found)
        scores.append(hit / total if total else 0.0)
    return scores


@pytest.mark.parametrize("phrase", [
    "drop-out regularisation", "drop out", "self attention layers", "self-attention",
    "conv nets", "graph conv nets", "recurrent nets", "residual nets and skip connections",
    "the lecture on weight-decay", "unknownword",
])
def test_the_topic_scores_are_those_computed_per_title(schedule, phrase):
    index = TopicIndex(schedule)
    read = index._read(phrase)
    assert index._lexical(read.words, read.pairs) == \
        _lexical_per_title(index, read.words, read.pairs)


@pytest.mark.parametrize("phrase", ["graph conv nets", "recurrent nets", "conv layers",
                                    "nets", "graph", "convolutional neural networks"])
def test_a_loose_saying_is_put_back_as_before(schedule, phrase):
    index = TopicIndex(schedule)
    words = phrase.split()
    said = [singular(w) for w in words]
    for start in range(len(words)):
        for long_form in index._long_forms:
            n = topics._loosely_says(said, start, long_form)
            assert n == 0 or (2 <= n <= len(words) - start)
    # a word said whole throughout is no loose saying of it
    for long_form in index._long_forms:
        assert topics._loosely_says(list(long_form), 0, long_form) == 0
