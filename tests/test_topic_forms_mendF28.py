"""Round 28 (F): a topic said short, in the plural or misspelt finds every session whose
title names it: a title's "-ional" adjective names its noun too ("Convolutional ..." is about
convolutions, and "conv" with it), from the title's own words only (an abbreviation's long
form adds none: VGG is no lecture on convolutions). Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.topics import TopicIndex
from tests.conftest import ids


def _titled(schedule, stem: str) -> set[str]:
    return {lec.id for lec in schedule.lectures if stem in lec.title.lower()}


@pytest.mark.parametrize("phrase", ["convs", "conv", "convolutions", "convolution"])
def test_every_lecture_whose_title_names_the_topic_is_named(schedule, phrase):
    index = TopicIndex(schedule)
    found = {m.item.id for m in index.search(phrase) if m.named and m.score >= 0.99}
    assert _titled(schedule, "convolution") <= found, found


def test_an_abbreviations_long_form_adds_no_noun(schedule):
    index = TopicIndex(schedule)
    found = {m.item.id for m in index.search("convolutions") if m.named}
    assert found == _titled(schedule, "convolution"), found


@pytest.mark.parametrize("question", [
    "when do we get to convs?",
    "which week has the convolution lectures",
])
def test_a_short_or_plural_topic_lists_all_its_lectures(ask, schedule, question):
    a = ask(question)
    assert _titled(schedule, "convolution") <= set(ids(a)), a.text


def test_a_misspelt_topic_still_finds_its_lectures_and_tutorial(ask, schedule):
    a = ask("when are the tranformer lectures")
    assert _titled(schedule, "transformer") <= set(ids(a)), a.text
