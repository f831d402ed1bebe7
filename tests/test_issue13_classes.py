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
