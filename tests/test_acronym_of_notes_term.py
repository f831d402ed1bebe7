"""An acronym of a term the notes write out ("LM" for "language model", "LMs") is a name
the notes use, not one they lack: the question is answered from them. An acronym of
nothing they write ("RLHF", "KD") still finds no passage."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    "is BERT a masked LM or a causal LM?",
    "how is a masked LM trained differently from a causal LM",
    "masked LM vs causal LM, which one is BERT?",
])
def test_an_acronym_of_a_notes_term_is_answered(ask, message):
    a = ask(message)
    assert a.intent == "content" and a.quotes, (message, a.text)


@pytest.mark.parametrize("message", ["how does RLHF work?", "what is a KD loss"])
def test_an_acronym_the_notes_never_write_is_not(ask, message):
    a = ask(message)
    assert not a.quotes, (message, a.text)
