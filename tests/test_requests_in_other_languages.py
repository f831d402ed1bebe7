"""Round 17: a clear request written in Italian, Portuguese, Spanish, German or French is
answered in English, saying so briefly; an unclear one keeps the polite English-only reply."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from tests.conftest import ids

_NOW = "2021-02-01T10:00"  # Monday of week 4: the tutorials T04/T05 are tomorrow


@pytest.mark.parametrize(("said", "wanted"), [
    ("quando scade il compito cw3?", "CW3"),
    ("qual è la scadenza del cw1?", "CW1"),
    ("quando é o prazo de entrega do cw3?", "CW3"),
    ("wann ist die Abgabe für cw3", "CW3"),
    ("quand est la date limite pour le cw1 ?", "CW1"),
])
def test_a_deadline_asked_in_another_language_is_answered_in_english(ask, said, wanted):
    a = ask(said, now=_NOW)
    assert ids(a) == [wanted]
    assert a.text.startswith(W.ANSWERED_IN_ENGLISH)


@pytest.mark.parametrize("said", [
    "a che ora è l'esercitazione domani?",
    "que horas é a tutoria amanhã?",
    "¿a qué hora es la tutoría de mañana?",
    "wann ist das Tutorium morgen?",
])
def test_tomorrows_tutorial_asked_in_another_language(ask, said):
    a = ask(said, now=_NOW)
    assert "T04" in ids(a) and W.ANSWERED_IN_ENGLISH in a.text


@pytest.mark.parametrize("said", [
    "hola, me ayudas con mi vida por favor",
    "bonjour, je suis perdu avec la vie",
])
def test_an_unclear_message_in_another_language_keeps_the_polite_reply(ask, said):
    a = ask(said, now=_NOW)
    assert not a.answered and "read English only" in a.text
