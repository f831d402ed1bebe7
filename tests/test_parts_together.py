"""Parts about the material that the notes answer none of alone are asked as one question
(`assistant._material_together`): each part's few words found too little, the whole finds
the section that answers both."""

from __future__ import annotations

import pytest

from tests.conftest import from_notes


@pytest.mark.parametrize("question", [
    "how many learnable params does a BatchNorm2d(64) have? and what are running_mean/running_var",
    "how many learnable parameters does BatchNorm2d(256) have? and what are running_mean and "
    "running_var used for",
    "how many trainable params has a BatchNorm1d(10)? and what are the running_mean and "
    "running_var buffers",
])
def test_parts_the_notes_answer_only_together(ask, question):
    a = ask(question)
    assert from_notes(a), a.text
    assert any("Batch-norm" in q.citation or "BatchNorm" in q.citation for q in a.quotes)


def test_a_part_answered_alone_keeps_its_own_answer(ask):
    # a schedule part beside a question about the material: each answered as before
    a = ask("when is cw2 due? and what is a GAN")
    assert "CW2" in [e.id for e in a.events]
    assert any("GAN" in q.citation for q in a.quotes)
