"""Round 20: a requirement the page does not state (a software version) or a thing it has no
field for (the answers to quizzes and tutorials) is said not to be given, with the TA offer;
never implied by a topic search of the notes."""
import pytest


@pytest.mark.parametrize("question", [
    "which pytorch version are we meant to use",
    "what version of torch should i install for the cw",
    "which numpy version do they expect",
])
def test_version_is_not_on_page(ask, question):
    a = ask(question)
    assert a.intent == "not_on_page", a.text
    assert "version" in a.text and "ask a TA" in a.text
    assert "notes discuss" not in a.text


@pytest.mark.parametrize("question", [
    "are the quiz answers released",
    "will they put up the quiz answers after week 5",
    "when do the tutorial answers come out",
])
def test_answers_are_solutions_not_on_page(ask, question):
    a = ask(question)
    assert a.intent == "not_on_page", a.text
    assert "solutions" in a.text and "ask a TA" in a.text
