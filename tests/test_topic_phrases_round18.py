"""Round 18: topics named in students' own words. The course vocabulary's `topics` (phrases
students use, in the titles' words) lets "sequence models" find the recurrent sessions and
"fake images" the GAN ones; a topic that names a title of this course is never read as
another course's; an id of a known family that does not exist is answered with its
neighbours."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.topics import MATCH_THRESHOLD, TopicIndex
from bot.schedule.vocabulary import VocabularyError, parse_vocabulary
from tests.conftest import ids

# --- the vocabulary's topic phrases ------------------------------------------------------------


def test_topic_phrases_are_read_and_checked():
    v = parse_vocabulary("topics:\n  sequence models: recurrent\n  fake image: generative\n")
    assert v.topics == {"sequence models": "recurrent", "fake image": "generative"}
    with pytest.raises(VocabularyError, match="topics.sequence models"):
        parse_vocabulary("topics:\n  sequence models: ' '\n")


@pytest.mark.parametrize(("phrase", "want"), [
    ("sequence models", {"L18", "L19", "T08"}),
    ("sequence model", {"L18", "L19", "T08"}),
    ("sequence modelling", {"L18", "L19", "T08"}),
    ("fake images", {"L17", "T06"}),
    ("fake image", {"L17", "T06"}),
    ("image classification", {"L04", "T03"}),
    ("image classifiers", {"L04", "T03"}),
    ("language models", {"L20", "L21"}),
])
def test_a_students_phrase_names_the_titles_of_its_topic(schedule, phrase, want):
    # lexical only (no model): the vocabulary's phrase, not the embedding, names them
    found = {m.item.id for m in TopicIndex(schedule).search(phrase)
             if m.named and m.score >= MATCH_THRESHOLD}
    assert want <= found, (phrase, found)


def test_the_phrases_are_the_courses_data_not_the_codes(schedule):
    bare = dataclasses.replace(schedule, vocabulary=dataclasses.replace(
        schedule.vocabulary, topics={}))
    assert not any(m.named for m in TopicIndex(bare).search("sequence models"))


def test_a_phrase_is_read_whole_not_word_by_word(schedule):
    # "image" alone or "sequence" alone is no topic phrase
    for phrase in ("image", "sequence", "models"):
        assert not any(m.named and m.item.id in {"L18", "L04"}
                       for m in TopicIndex(schedule).search(phrase)), phrase


# --- whole questions -------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "want"), [
    ("when do we do the graph stuff", {"L22"}),
    ("when do we get to the graph stuff?", {"L22"}),
    ("the sequence models tutorial - when", {"T08"}),
    ("sequence modelling tut when is it", {"T08"}),
    ("when is the sequence models lecture", {"L18", "L19"}),
    ("when do we cover image classification nets", {"L04"}),
    ("which week do we do language models", {"L20", "L21"}),
])
def test_a_topic_in_students_words_is_this_courses(ask, question, want):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent != "other_course", a.text
    assert want <= set(ids(a)), a.text


@pytest.mark.parametrize("question", [
    "when is the reinforcement learning lecture",
    "when is the computer vision coursework due",
    "when is the exam for my other module on graph theory",
])
def test_a_topic_the_course_lacks_stays_another_courses(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert not ids(a), a.text


# --- an id of a known family that the page lacks ------------------------------------------------


def test_id_families_are_the_ids_numbered_alike():
    from bot.core.understand import id_families
    assert id_families(["N00", "N01", "N01a", "NB1", "NB2", "P-LeNet", "X9"]) == {"n": 2, "nb": 1}


@pytest.mark.parametrize(("question", "missing", "neighbours"), [
    ("is there an N05? cant find it", "N05", ["N04", "N06"]),
    ("where are the n13 notes", "N13", ["N11", "N15"]),
    ("n12 link pls", "N12", ["N11", "N15"]),
])
def test_a_gap_in_a_family_is_answered_with_its_neighbours(ask, question, missing, neighbours):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent == "missing", a.text
    assert f"lists no {missing}" in a.text
    assert all(n in a.text for n in neighbours), a.text


@pytest.mark.parametrize(("question", "missing", "span"), [
    ("N30 please", "N30", ("N00", "N21")),
    ("is nb3 out yet", "NB3", ("NB1", "NB2")),
])
def test_an_id_past_its_family_is_answered_with_the_span(ask, question, missing, span):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent == "missing", a.text
    assert f"lists no {missing}" in a.text and all(i in a.text for i in span), a.text


def test_ids_that_exist_are_still_found(ask):
    assert "N04" in ids(ask("what does N04 cover")) or "N04" in ask("what does N04 cover").text
    assert "NB1" in ask("where is nb1").text


# --- a session named by its kind and a topic its title names -----------------------------------


@pytest.mark.parametrize(("question", "want"), [
    ("the attention tut", "T07"),
    ("the signals tutorial", "T01"),
    ("the padding tut", "T02"),
])
def test_a_session_named_by_kind_and_topic_is_that_session(ask, question, want):
    a = ask(question, now="2021-01-18T09:00")
    assert a.intent != "content", a.text
    assert want in ids(a), a.text
