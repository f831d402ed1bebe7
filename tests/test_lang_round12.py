"""Round 12: mixed languages, dictation and filler. Another course is one named, never a few
words of another language; a word dictation split in two is joined when the join is the
schedule's; filler is no topic; a lecture named by id in words the classifier cannot place
is answered from the page; a bare pointer back with nothing before it is the next one.
Phrasings written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core import wording as W
from tests.conftest import LONDON, ids

NOW = datetime(2021, 2, 10, 9, tzinfo=LONDON)


@pytest.fixture(scope="module")
def parse(assistant):
    understander = assistant.view().understander
    return lambda text: understander.parse(text, NOW, LONDON)


# --- another language mixed in --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "salut, c'est quand le prochain tutorial?",
    "bonjour! quel est le deadline pour le coursework 2?",
    "hallo, kurze frage: wann ist die nächste Q&A?",
    "wo finde ich die slides für die vorlesung?",
])
def test_another_language_mixed_in_is_no_other_course(ask, text):
    answer = ask(text, now="2021-02-10T09:00")
    assert answer.intent != "other_course"
    assert answer.answered


def test_words_of_the_other_language_are_no_topic(parse):
    q = parse("yaar attention wali tutorial kaunsi week mein thi")
    assert q.mixed
    assert q.topic.split() == ["attention"]


@pytest.mark.parametrize(("text", "weekday"), [
    ("oye, estoy en Lima, a qué hora es el tutorial del martes para mí?", 1),
    ("hallo, gibt es am freitag eine deadline?", 4),
    ("salut, il y a quoi jeudi pour le cours?", 3),
])
def test_a_weekday_in_the_other_language_is_that_day(parse, text, weekday):
    """The day asked about, said in Spanish, German or French, is read as that weekday (not
    left as an unknown word)."""
    q = parse(text)
    assert q.time.window is not None and q.time.window.start.weekday() == weekday


def test_a_subject_named_as_a_name_is_still_another_course(ask):
    assert ask("when is the computer vision coursework due").intent == "other_course"
    assert ask("what's the deadline for my other module").intent == "other_course"


# --- dictation ------------------------------------------------------------------------------

@pytest.mark.parametrize("said, written", [
    ("the tutor all on trans formers", "the tutorial on transformers"),
    ("convolution a nets", "convolutional nets"),
])
def test_a_dictated_split_of_a_schedule_word_is_joined(parse, said, written):
    assert parse(said).text == written


@pytest.mark.parametrize("text", [
    "the lecture is number 12?",
    "what time is the lecture for me",
    "do we submit the notebook",
    "batch norm tutorial",
])
def test_words_apart_stay_apart(parse, text):
    assert parse(text).text == text.rstrip("?") or parse(text).text == text


def test_a_dictated_tutorial_is_the_tutorial(ask):
    answer = ask("when's the tutor all on convolution a nets", now="2021-01-21T17:00")
    assert ids(answer) == ["T03"]


# --- filler, apologies, no context ----------------------------------------------------------

def test_filler_is_no_topic(parse):
    assert "even" not in parse("what does this module even cover").topic.split()
    assert "actually" not in parse("what is actually in lecture 3").topic.split()


def test_the_whole_course_is_answered_by_its_lecture_titles(ask):
    answer = ask("so what do we even cover")
    assert answer.answered
    assert answer.text.startswith(W.SYLLABUS)


def test_a_bare_pointer_back_with_nothing_before_is_the_next_one(ask):
    answer = ask("ok so what about the q&a", now="2021-02-08T18:40")
    assert answer.text.startswith(W.NEXT_WITHOUT_CONTEXT)
    assert ids(answer)[0].startswith("QA")


# --- a reading named by its title -----------------------------------------------------------

def test_a_reading_named_by_its_title_is_that_reading(ask):
    answer = ask("where can i get the jupyter pytorch stuff? never used it before",
                 now="2021-01-18T12:00")
    assert answer.intent == "reading" and answer.answered
    assert "Introduction to PyTorch" in answer.text


def test_whether_a_reading_is_taught_is_no_choice_of_readings(ask):
    answer = ask("am i expected to know pytorch already or is it taught", now="2021-01-18T12:00")
    assert answer.intent in ("reading", "logistics") and answer.answered
    assert "Introduction to PyTorch" in answer.text
