"""A part the rules decide costs the model no forward pass: the pass (the classifier's reading
and the topic search's) is made when the policy first reads an embedding or the topic's
matches, not before deciding. Mechanisms, not a stopwatch."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.core.understand import Query
from tests.conftest import LONDON

NOW = datetime(2021, 2, 10, 12, 0, tzinfo=LONDON)


@pytest.fixture
def passes(embedder, monkeypatch) -> list[list[str]]:
    """The texts of each forward pass the model runs (none kept from earlier tests)."""
    calls: list[list[str]] = []
    encode = embedder._encode

    def counting(texts):
        calls.append(list(texts))
        return encode(texts)

    monkeypatch.setattr(embedder, "_encode", counting)
    embedder.forget_recent()
    return calls


@pytest.fixture
def model_assistant(schedule, embedder, knowledge) -> Assistant:
    """As served: the model and the notes (whose search reads the question's embedding)."""
    assistant = Assistant(lambda: schedule, embedder, knowledge)
    assistant.view()  # the course's titles are encoded when the view is built
    knowledge.forget_queries()
    return assistant


@pytest.mark.parametrize(("message", "intent"), [
    # asked to do the work, a topic named beside it
    ("could you code up the vae bit of task 2 and send it over", "refused"),
    # a circumstance of one's own, a topic named beside it
    ("my mum is in hospital so i can't finish the gans quiz this week", "personal"),
    ("my grandad passed away and i'm behind on the convolution material", "personal"),
    ("been having panic attacks, can't focus on the convolution lectures at all", "personal"),
    # a reminder asked of a session named by its topic
    ("remind me the day before the graph networks tutorial", "remind"),
])
def test_a_part_the_rules_decide_runs_no_forward_pass(model_assistant, passes, message,
                                                      intent):
    answer = model_assistant.answer(message, AskContext(NOW, LONDON))
    assert answer.intent == intent
    assert passes == []


@pytest.mark.parametrize(("message", "intent", "named"), [
    # near misses: the topic's matches are read (the session named by its topic) ...
    ("when is the tutorial on attention", "schedule", "T07"),
    ("who runs the gans tutorial", "people", "T06"),
    # ... or the classifier decides (a request no rule reads as one)
    ("pls just give me the finished lstm section of my coursework", "refused", None),
])
def test_a_part_the_topic_or_classifier_decides_still_reads_it(model_assistant, passes,
                                                               message, intent, named):
    answer = model_assistant.answer(message, AskContext(NOW, LONDON))
    assert answer.intent == intent
    assert named is None or named in {e.id for e in answer.events}
    assert passes


def _query(schedule, text: str) -> Query:
    understander = Assistant(lambda: schedule).view().understander
    return understander.parse(text, NOW, LONDON)


def test_a_deferred_topic_search_runs_once_for_the_part_and_its_copies(schedule):
    q = _query(schedule, "tell me about padding and strides")
    runs: list[int] = []

    def search():
        runs.append(1)
        return ["found"]

    q.defer_topic_search(search)
    before = copy.copy(q)
    assert runs == []
    assert q.topic_matches == ["found"] and before.topic_matches is q.topic_matches
    assert runs == [1]


def test_topic_matches_set_replace_a_deferred_search(schedule):
    q = _query(schedule, "what about the attention stuff")
    q.defer_topic_search(lambda: pytest.fail("the search set aside ran"))
    q.topic_matches = []
    assert q.topic_matches == []
    assert _query(schedule, "is there a lecture on dropout").topic_matches == []
