"""Round 26 (E): a material the page lists, told as not up yet, gets what the page lists for
it, that the bot cannot check the uploads, and the TA offer; asked where it is, the listing
alone. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.reported_missing import reported_missing

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "lecture 9 notes aren't online yet?",
    "the slides for lecture 16 are not available",
    "cannot find the lecture 3 notes anywhere",
    "the vae paper hasn't been uploaded",
])
def test_told_as_not_up(text):
    assert reported_missing(text)


@pytest.mark.parametrize("text", [
    "where are the notes for lecture 9",
    "when will the slides for lecture 16 be up",
    "is the vae paper examinable",
])
def test_not_told_as_missing(text):
    assert not reported_missing(text)


@pytest.mark.parametrize("question", [
    "are the lecture 9 notes still not posted?",
    "lecture 14 notes arent there yet",
    "the slides for lecture 16 are not available",
])
def test_a_listed_material_not_up_is_listed_unchecked_with_a_ta(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "reading" and "can't check" in a.text and "ask a TA" in a.text, a.text


def test_asked_where_keeps_the_listing_alone(ask):
    a = ask("where are the notes for lecture 9", now=NOW)
    assert "can't check" not in a.text, a.text
