"""The typo corrector changes misspellings, never real words: a word of the notes, a form
of a known word (an English ending or prefix), the stem of one, or a word drawn out for
emphasis stays as written. The words here are not those of the dev messages."""

from __future__ import annotations

import pytest

from bot.core.course import understander_for
from bot.core.text import SpellFixer


@pytest.fixture(scope="module")
def fix(schedule, embedder, knowledge):
    return understander_for(schedule, embedder, knowledge).speller.fix


@pytest.mark.parametrize("word", [
    "gelu", "cosine", "sine", "cons", "pros",  # the notes' own short words
    "regularise", "reweighted", "samplers", "deconvolve", "retrain",
    "minibatches", "unrolled", "recompute", "pretraining",  # forms of known words
    "commute", "binge",  # ordinary words the vocabularies lack
    ])
def test_real_words_are_left_alone(fix, word):
    assert fix(word) == word


@pytest.mark.parametrize("drawn, word", [("yesss", "yes"), ("weeek", "week"), ("whattt", "what"),
                                         ("pleaseee", "please")])
def test_drawn_out_words_are_the_word(fix, drawn, word):
    assert fix(drawn) == word


@pytest.mark.parametrize("typo, word", [
    ("tranformer", "transformer"), ("gradeint", "gradient"), ("optimzer", "optimizer"),
    ("discriminater", "discriminator"), ("genrator", "generator"), ("varience", "variance"),
    ("lecutre", "lecture"), ("assignmnet", "assignment"), ("courseowrk", "coursework"),
    ("backpropogation", "backpropagation"), ("embeddng", "embedding")])
def test_misspellings_are_still_corrected(fix, typo, word):
    assert fix(typo) == word


def test_a_plural_or_possessive_s_is_read_as_the_word_it_is_on(fix):
    # "tomorrows tutorial" is tomorrow's; the word as the schedule and the notes name it
    assert fix("tomorrows") == "tomorrow"
    assert fix("dropouts") == "dropout"


def test_a_dropped_e_or_a_doubled_letter_is_a_typo_not_a_stem():
    # "lectur" is no stem of "lectured" when "lecture" is a word; "quizz" none of "quizzes"
    speller = SpellFixer(["lecture", "lectured", "lecturer", "quiz", "quizzes"])
    assert speller.fix("lectur") == "lecture"
    assert not speller.is_real("quizz")
    # with no "e" form known, the stem is a word ("augment" of "augmented")
    assert SpellFixer(["augmented", "argument"]).fix("augment") == "augment"


def test_a_correction_keeps_the_first_letter_and_short_words_one_edit():
    speller = SpellFixer(["hinge", "discards"])
    assert speller.fix("binge") == "binge"
    assert speller.fix("discord") == "discord"  # two edits from a word of 8 letters
    assert SpellFixer(["transformer"]).fix("rtansformer") == "transformer"  # swapped start


def test_corrections_are_kept_and_read_again_the_same(monkeypatch):
    # Kept per word (the vocabulary does not change), bounded: asked again, a word gets the
    # same reading, from the kept one, and past the bound the kept ones start over.
    import bot.core.text as text

    monkeypatch.setattr(text, "_MAX_FIXED", 3)
    speller = SpellFixer(["transformer", "gradient", "optimizer", "variance"])
    typos = ["tranformer", "gradeint", "optimzer", "varience", "commute"]
    first = [speller.fix(t) for t in typos]
    assert first == ["transformer", "gradient", "optimizer", "variance", "commute"]
    assert len(speller._fixed) <= 3
    speller._correction = lambda word: pytest.fail("read again")  # type: ignore[method-assign]
    assert speller.fix("commute") == "commute"  # kept
    assert [speller.fix(t) for t in typos[-2:]] == first[-2:]
