"""Round 22: whether lectures come up in the exam, asked in French, German, Spanish or
Portuguese words and with a range written with that language's "to", is answered with the
page's rule of what is examinable (`request_words`: the words read as "covered in the exam",
`NUMBER_RANGE`). Phrasings written for the test."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "les lectures 15 à 21 sont-elles au programme de l'examen ?",
    "est-ce que les cours 15 à 21 tombent à l'examen final ?",
    "sind die Vorlesungen 15 bis 21 auch prüfungsrelevant?",
    "las lectures 15 al 21 entran en el examen?",
    "as lectures 15 até 21 caem na prova final?",
])
def test_a_range_of_lectures_asked_examinable_gets_the_pages_rule(ask, text):
    a = ask(text, NOW)
    assert a.intent == "logistics", a.text
    assert "15-21 are also examinable" in a.text, a.text
    assert "50%" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "la lecture 19 est-elle au programme de l'examen ?",
    "ist die Vorlesung 19 prüfungsrelevant?",
])
def test_one_lecture_asked_examinable_is_said_examinable(ask, text):
    a = ask(text, NOW)
    assert a.intent == "logistics", a.text
    assert "examinable" in a.text and "50%" not in a.text, a.text
