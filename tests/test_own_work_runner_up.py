"""Help with one's own work read as a symptom shows the next close section too when its
answer is hedged, as any question about the material does: its search keeps its own order,
and the section that explains the fault is often the next one. A confident answer, or a
next section far behind, still shows one passage."""

from __future__ import annotations

import pytest

import bot.core.handlers.notes as notes

# Our own phrasings of trouble with one's own run (not the labelled sets' questions).
SYMPTOMS = [
    "my lstm's loss jumps to nan after about 300 steps, what do i try first",
    "with a batch of 2 images my batchnorm net gives garbage at test time, why",
    "my generator keeps spitting out the same face whatever noise i feed it",
]


def _hedged(monkeypatch, gap: float) -> None:
    monkeypatch.setattr(notes, "CONFIDENT_THRESHOLD", 1.01)
    monkeypatch.setattr(notes, "RUNNER_UP_BELOW", 1.01)
    monkeypatch.setattr(notes, "RUNNER_UP_GAP", gap)


@pytest.mark.parametrize("question", SYMPTOMS)
def test_a_hedged_symptom_shows_the_next_close_section(ask, monkeypatch, question):
    _hedged(monkeypatch, 1.0)  # any next section is close
    answer = ask(question)
    assert answer.intent == "own_work" and len(answer.quotes) == 2
    first, second = (q.section_title for q in answer.quotes)
    assert first != second
    # each passage keeps its own citation; the offer of a TA still closes the reply
    assert all(q.citation in answer.text for q in answer.quotes)


@pytest.mark.parametrize("question", SYMPTOMS)
def test_a_symptom_whose_next_section_is_far_behind_keeps_one_passage(ask, monkeypatch,
                                                                       question):
    _hedged(monkeypatch, -1.0)  # no next section is close
    answer = ask(question)
    assert answer.intent == "own_work" and len(answer.quotes) == 1


@pytest.mark.parametrize("question", SYMPTOMS[:2])
def test_a_confident_symptom_answer_keeps_one_passage(ask, monkeypatch, question):
    monkeypatch.setattr(notes, "CONFIDENT_THRESHOLD", 0.0)
    monkeypatch.setattr(notes, "RUNNER_UP_GAP", 1.0)
    answer = ask(question)
    assert answer.intent == "own_work" and len(answer.quotes) == 1
