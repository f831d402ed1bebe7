"""Whether the coursework is done alone or together (round 22), in English or another
language ("el cw3 es individual o en grupo?", "le cw2 est individuel ou en groupe?"): the
page's rule on individual work answers it, not the task's deadline; a question of when a task
is due that names groups stays a deadline question."""

from __future__ import annotations

import pytest

from bot.core import wording as W

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "el cw3 es individual o en grupo?",
    "cw3 individual o en grupo?",
    "la tarea 3 es individual o en grupo?",
    "le cw2 est individuel ou en groupe?",
    "ist cw3 einzeln oder in gruppen?",
    "se puede hacer el cw2 en parejas?",
    "cw1 en equipo o solo?",
])
def test_alone_or_together_gets_the_pages_rule(ask, schedule, question):
    assert schedule.assessment.coursework_individual
    answer = ask(question, now=NOW)
    assert answer.intent == "logistics", answer.text
    assert W.INDIVIDUAL in answer.text
    assert "due" not in answer.text


@pytest.mark.parametrize("question", [
    "cw2 deadline for groups?",
    "when is cw2 due for the groups",
])
def test_when_due_stays_a_deadline(ask, question):
    answer = ask(question, now=NOW)
    assert answer.intent == "deadline", answer.text
    assert "due" in answer.text
