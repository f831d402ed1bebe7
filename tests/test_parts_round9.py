"""A later part of a message read only weakly as asking for help or for a choice, naming
nothing, adds to the part before: one answer, no help text or "did you mean" after it.
Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.multipart import corrected

NOW = "2021-02-15T09:00"


@pytest.mark.parametrize("text", [
    "cw3 is due on the 9th isn't it? what time",
    "is the batchnorm lecture examinable? i can't see any marks on my copy",
])
def test_a_weak_add_on_part_gets_no_menu_or_help(ask, text):
    a = ask(text, NOW)
    assert a.answered
    assert "Did you mean" not in a.text and "a bot, not a person" not in a.text


def test_a_second_real_question_is_still_answered(ask):
    a = ask("when is cw2 due? and who marks it", NOW)
    assert "23 Feb" in a.text and "Coppock" in a.text


@pytest.mark.parametrize("text, now, want, not_want", [
    ("when is task 1 due? oh wait i meant task 2", "2021-01-20T10:00", "23 Feb", "5 Feb"),
    ("is lecture 6 examinable, sorry i mean lecture 16", NOW, "16", "Lecture 06"),
])
def test_an_id_corrected_in_the_message_is_the_one_answered(ask, text, now, want, not_want):
    a = ask(text, now)
    assert want in a.text and not_want not in a.text


@pytest.mark.parametrize("text", [
    "what does the i mean in the attention formula",
    "i mean week 3 was busy, when is cw1 due",
])
def test_mean_without_a_correction_changes_nothing(text):
    assert corrected(text) == text
