"""Issue 13 message classes: whether a library may be used, asked in Italian, is the same
rule question as in English (the page says nothing: not own work, not a refusal)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message, library", [
    ("Posso usare TensorFlow invece di PyTorch per i coursework?", "tensorflow"),
    ("posso usare jax al posto di pytorch per il coursework 1?", "jax"),
    ("è possibile usare keras anziché pytorch nei coursework?", "keras"),
    ("si può usare tensorflow per il compito 2?", "tensorflow"),
    ("posso utilizzare jax invece di pytorch?", "jax"),
])
def test_an_italian_library_question_is_the_rule_question(ask, message, library):
    a = ask(message, now="2021-02-10T12:00")
    assert a.intent == "policy" and not a.answered, a.text
    assert f"whether {library} is allowed" in a.text and "ask a TA" in a.text, a.text


@pytest.mark.parametrize("message", [
    "which room in Bush House is the tuesday q&a, 308?",
    "what room is the friday tutorial in the Strand building?",
    "the q&a on tuesday, which room in the main library, 214?",
])
def test_a_room_asked_for_an_online_session_is_corrected(ask, message):
    a = ask(message, now="2021-02-10T12:00")
    # (a weekday the kind is never held on is corrected with the weekly slot, round 25)
    assert (a.text.startswith("No, not in a room:") or "there is no room" in a.text), a.text
    assert "MS Teams" in a.text, a.text
    assert "10:00" in a.text or "11:00" in a.text, a.text


def test_a_building_tagged_on_a_bare_where_question_is_told_the_course_is_online(ask):
    # (read as where the course is given: the delivery answer, which corrects it as well)
    a = ask("which building is the tutorial in, huxley?", now="2021-02-10T12:00")
    assert ("not in a room" in a.text or "runs online" in a.text) and "Teams" in a.text, a.text
