"""A bare "L" and a number followed by a word of norms ("L1 loss", "l2 regularisation", "L1
vs L2 norm") names the norm, not a lecture; "what is in L2" still names lecture 2."""

import pytest


@pytest.mark.parametrize("question", [
    "L2 regularization vs dropout which is better",
    "is L1 regularisation the same as lasso",
    "L2 loss = MSE right?",
    "does an l1 penalty make the weights sparse",
    "when would you pick l1 loss over mse",
    "explain L1 vs L2 norm pls",
])
def test_a_norm_is_no_lecture(ask, question):
    a = ask(question)
    assert a.intent == "content" and not any(e.id.startswith("L0") for e in a.events)


@pytest.mark.parametrize("question, lecture", [
    ("what is in L2", "lecture 02"), ("when is L3 released", "lecture 03"),
    ("L2 slides pls", "lecture 02"),
])
def test_a_bare_l_and_a_number_is_still_a_lecture(ask, question, lecture):
    a = ask(question)
    assert a.intent != "content" and lecture in a.text.lower()
