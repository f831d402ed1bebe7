"""Round 19: a topic described with a verb ("the one about making fake images", "the
session where we generate text"): the verb that says what a session does with the topic
does not count against a title, and a vocabulary phrase for an action ("text generation")
is found with its verb first ("generate text", "generating text")."""

from __future__ import annotations

import pytest

from bot.core.topics import TopicIndex
from tests.conftest import ids


@pytest.fixture(scope="module")
def topics(schedule, embedder) -> TopicIndex:
    return TopicIndex(schedule, embedder)


@pytest.mark.parametrize("phrase, expected", [
    ("making fake images", "L17"),
    ("creating fake images", "L17"),
    ("generate text", "L19"),
    ("generating text", "L18"),
    ("building sequence models", "T08"),
    ("teaching a network to make fake images", "T06"),
])
def test_a_topic_said_with_a_verb_names_its_titles(topics, phrase, expected):
    found = topics.search(phrase)
    best = [m for m in found if m.score >= found[0].score - 0.05]
    assert found and found[0].named, found
    assert expected in [m.item.id for m in best], found


@pytest.mark.parametrize("phrase", ["diffusion models", "batch size"])
def test_an_unknown_noun_still_counts_against(topics, phrase):
    found = topics.search(phrase)
    assert not (found and found[0].named and found[0].score >= 0.6), found


@pytest.mark.parametrize("message, expected", [
    ("when was the one about making fake images", "L17"),
    ("when is the session where we generate text", "L19"),
    ("which week was the lecture on creating fake images", "L17"),
])
def test_a_session_described_with_a_verb_is_found(ask, message, expected):
    answer = ask(message, now="2021-02-10T12:00")
    assert answer.answered and expected in ids(answer), answer.text
