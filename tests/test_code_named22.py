"""A question naming a name from code ("optimizer.zero_grad()", "model.eval()") that the
passage found shows verbatim is shown that passage (hedged) even when the models doubt it:
the notes' lists of pitfalls and code match such a question weakly (one line among many),
and the question was declined though the line names what it asks about."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.core.handlers.notes import _shows_code_named
from tests.conftest import from_notes

PITFALLS = SimpleNamespace(markdown="- **Forgetting `optimizer.zero_grad()`** sums gradients "
                                    "across iterations.\n- Call `model.eval()` before testing.")


@pytest.mark.parametrize("question", [
    "what happens if i leave out optimizer.zero_grad()",
    "is model.eval() needed before i test",
    "forgot opt.zero_grad() and training went weird",  # the last part: only code writes it
])
def test_a_code_name_the_answer_shows_counts(question):
    assert _shows_code_named(question, PITFALLS)


@pytest.mark.parametrize("question", [
    "what happens if i forget to reset the gradients",  # no name from code
    "e.g. why does my loss hit 3.5",  # no dotted name: parts of one character, numbers
    "do i need torch.no_grad() when testing",  # a name the answer does not show
    "is model.train() needed",  # "train" is an English word: the last part alone is not code
])
def test_no_code_name_shown_no_override(question):
    assert not _shows_code_named(question, PITFALLS)


@pytest.mark.parametrize("question", [
    "do i have to call optimizer.zero_grad() each iteration, what if i forget it",
    "forgot opt.zero_grad() and training went weird, does that matter",
])
def test_a_question_naming_code_the_notes_show_is_not_declined(ask, question):
    answer = ask(question)
    assert from_notes(answer)
    assert "zero_grad" in " ".join(q.markdown for q in answer.quotes)
