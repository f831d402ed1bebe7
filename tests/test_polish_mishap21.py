"""A mishap told in Polish reaches the personal-matter hand-off, not the deadline alone."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Mój laptop się zepsuł dzień przed terminem CW3, co mam zrobić?",
    "laptop mi się zepsuł przed terminem zadania 3, co robić?",
])
def test_a_broken_laptop_before_a_deadline_goes_to_a_person(ask, question):
    a = ask(question, now="2021-03-08T18:00")
    assert a.intent == "personal", a.text
