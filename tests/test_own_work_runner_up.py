"""Help with one's own work read as a symptom shows the next close section too when its
answer is hedged, when that section's own heading names what the student says (its search
keeps its own order, and the section that explains the fault is often the next one); a
neighbour whose heading names none of it, or a message naming a failure (whose reply keeps
only the items naming it), keeps one passage. Questions about the material are unchanged."""

from __future__ import annotations

import pytest

import bot.core.handlers.notes as notes
from bot.knowledge.compose import compose
from bot.knowledge.index import Hit

# Our own phrasings of trouble with one's own run (not the labelled sets' questions).
NAMING = [
    "my rnn's gradients blow up every few batches, would clipping help",
    "gradients in my recurrent net keep exploding, is clipping the usual fix",
    "how hard should i clip when my rnn gradients spike",
]


def _hits(view, first_heading: str, next_heading: str):
    chunks = view.knowledge.chunks
    first = next(c for c in chunks if c.section.endswith(first_heading))
    runner = next(c for c in chunks if c.section.endswith(next_heading))
    return first, [Hit(first, 0.60, 1.0, 0.5), Hit(runner, 0.59, 0.9, 0.5)]


@pytest.mark.parametrize("text", NAMING)
def test_a_next_section_whose_heading_names_the_trouble_is_shown(assistant, text):
    view = assistant.view()
    first, hits = _hits(view, "> Training loop: truncated BPTT and gradient clipping",
                        "> Gradient clipping")
    composed = compose(text, view.knowledge.query_vector(text), first, view.knowledge)
    second = notes._runner_up(view, text, (composed, hits, 0.5), named=True)
    assert second is not None and second[0].chunk.section.endswith("> Gradient clipping")


@pytest.mark.parametrize("text", NAMING)
def test_a_neighbour_naming_none_of_it_is_not_shown(assistant, text):
    view = assistant.view()
    first, hits = _hits(view, "> Training loop: truncated BPTT and gradient clipping",
                        "> LSTM")
    composed = compose(text, view.knowledge.query_vector(text), first, view.knowledge)
    assert notes._runner_up(view, text, (composed, hits, 0.5), named=True) is None
    # a question about the material keeps its rule: any close next section is shown
    assert notes._runner_up(view, text, (composed, hits, 0.5)) is not None


@pytest.mark.parametrize("question", [
    "my lstm's loss jumps to nan after about 300 steps, what do i try first",
    "loss turns into nan on my vae after two epochs, what did i break",
])
def test_a_named_failure_keeps_one_passage(ask, monkeypatch, question):
    monkeypatch.setattr(notes, "CONFIDENT_THRESHOLD", 1.01)
    monkeypatch.setattr(notes, "RUNNER_UP_BELOW", 1.01)
    monkeypatch.setattr(notes, "RUNNER_UP_GAP", 1.0)  # any next section is close
    answer = ask(question)
    assert answer.intent == "own_work" and len(answer.quotes) == 1
    # no second list emptied to its lead-in by the failure's filter
    assert "Checks:\n\n\n" not in answer.text
