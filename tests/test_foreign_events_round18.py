"""A schedule question in another language (round 18): the exam, coursework and sessions
named in more of their forms ("sınavlar", "l'examen", "partiels", "Klausuren", "pariksha"),
the reading that fits the thing named (the exam is no session), and an event word still not
read said so in English rather than answered with whatever is next."""

from __future__ import annotations

import pytest

from bot.core.understand import in_english

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "hocam sinav ne zaman?",
    "quand est l'examen ?",
    "quand sont les partiels",
    "wann sind die Klausuren",
    "kab hai pariksha",
])
def test_the_exam_asked_in_another_language_is_the_exams_answer(ask, question):
    a = ask(question, now=NOW)
    assert "exam" in a.text
    assert "Next up" not in a.text and "CW3" not in a.text and "Task 3" not in a.text


@pytest.mark.parametrize("question", [
    "wann ist die nachklausur",
    "cuándo es la recuperación por favor",
])
def test_an_event_word_not_read_is_said_so_not_answered_with_the_next_event(ask, question):
    a = ask(question, now=NOW)
    assert "Next up" not in a.text
    assert not a.answered


@pytest.mark.parametrize("text, english", [
    ("quand est l'examen", "when is exam"),
    ("la data dell'esame quando", "the data exam when"),
    ("hocam sinav ne zaman", "exam when"),
])
def test_elided_articles_and_address_words_are_read(text, english):
    assert in_english(text) == english


@pytest.mark.parametrize("question", [
    # (guards: not answered with another event before this round's change either)
    "hocam sınavlar ne zaman", "quando é a prova", "hocam bütünleme ne zaman",
])
def test_already_not_answered_with_another_event(ask, question):
    a = ask(question, now=NOW)
    assert "Next up" not in a.text and "CW3" not in a.text
