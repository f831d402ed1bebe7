"""With the question adapter, a section close behind the first whose best unit answers the
question is chosen over it (round 25, `notes._best_adapted_section`).

The adapter scores passages, and a passage is the mean of several units: the section whose
one unit answers ("Deriving the ELBO" for what the KL term of a VAE's loss does, "Findings
and legacy" for a network's weaknesses) lost to one whose passage names the same words
throughout. A section whose passage is well ahead, or whose heading is what was asked,
keeps its place."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import bot.core.handlers.notes as notes

TZ = ZoneInfo("Europe/London")
NOW = datetime(2021, 3, 1, 12, 0, tzinfo=TZ)


def _chunk(view, question: str):
    q = view.understander.parse(question, NOW, TZ)
    return notes.composed_answer(q, view)[2].chunk


# The section that answers, and the adapter's first section that it passes.
PASSED = [
    ("vae loss has two terms, what is the kl one actually for", "Deriving the ELBO"),
    ("what were vgg's weaknesses", "Findings and legacy"),
]


@pytest.mark.parametrize(("question", "heading"), PASSED)
def test_a_close_section_whose_unit_answers_is_chosen(assistant, monkeypatch, question,
                                                      heading):
    view = assistant.view()
    assert view.knowledge.adapter is not None
    assert _chunk(view, question).section.endswith(heading)
    # The adapter's own first section is another one: the units' weighing moved it.
    monkeypatch.setattr(notes, "SECTION_ADAPTED_UNIT_WEIGHT", 0.0)
    monkeypatch.setattr(notes, "SECTION_ADAPTED_LEAD_WEIGHT", 0.0)
    assert not _chunk(view, question).section.endswith(heading)


def test_the_influence_of_a_network_is_answered_from_its_own_note(assistant):
    """"How did resnet change later architectures": the ResNet note, not Inception's later
    versions that the passage scores put first."""
    assert "resnet" in _chunk(assistant.view(),
                              "how did resnet change later architectures").path.lower()


def test_a_section_far_behind_the_first_is_never_chosen(assistant, monkeypatch):
    view = assistant.view()
    monkeypatch.setattr(notes, "SECTION_ADAPTED_GAP", 0.0)
    for question, heading in PASSED:
        assert not _chunk(view, question).section.endswith(heading)


# Near-misses: the first section is what was asked; the weighing must keep it.
@pytest.mark.parametrize(("question", "heading"), [
    ("is kl divergence symmetric", "KL divergence"),
    ("why do plain rnns suffer from vanishing gradients", "Vanishing and exploding gradients"),
    ("what is the reparameterisation trick", "The reparameterisation trick"),
    ("why does attention scale by the square root of the key dimension",
     "Scaled dot-product attention"),
    ("which part of a cnn gives invariance rather than equivariance",
     "Invariance from pooling"),
    ("lenet-5 layer sequence", "Architecture overview"),
    ("in the elbo, what role does the kl term play", "Deriving the ELBO"),
    ("downsides of the vgg design", "Findings and legacy"),
])
def test_a_first_section_that_answers_keeps_its_place(assistant, question, heading):
    assert _chunk(assistant.view(), question).section.endswith(heading)
