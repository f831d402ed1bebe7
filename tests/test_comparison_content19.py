"""Comparisons whose sides share a head noun ("same and valid padding") or are a pronoun for
what the question named before ("mixup and cutmix, how do they differ from crops"), and a
side that is the note's own subject ("different from normal augmentation")."""
from __future__ import annotations

import pytest

from bot.knowledge.comparison import comparison_sides

# Subject words and the pairs of them the notes name together ("same pad"), as
# `subject_words` reads them from a course's headings and bold terms.
SUBJECTS = frozenset({"same", "valid", "full", "pad", "max", "averag", "pool", "dropout",
                      "batch", "norm", "mixup", "cutmix", "cutout", "flip", "crop", "they",
                      "resnet", "vgg", "augment",
                      "same pad", "valid pad", "full pad", "max pool", "averag pool",
                      "batch norm"})


def sides(question: str) -> list[set[str]] | None:
    found = comparison_sides(question, SUBJECTS)
    return [set(s) for s in found] if found else None


@pytest.mark.parametrize("question, expected", [
    ("difference between same and valid padding, when would you want each",
     [{"same"}, {"valid"}]),
    ("whats the diff between valid and full padding", [{"valid"}, {"full"}]),
    ("difference between max and average pooling?", [{"max"}, {"averag"}]),
    ("compare same and full padding for a 3x3 kernel", [{"same"}, {"full"}]),
])
def test_one_word_sides_share_the_head_noun_the_notes_name_them_with(question, expected):
    assert sides(question) == expected


def test_no_head_noun_is_shared_that_the_notes_never_name_with_the_side():
    # the notes never say "dropout norm": batch norm stays a side of two words
    assert sides("difference between dropout and batch norm") == [{"dropout"},
                                                                   {"batch", "norm"}]


@pytest.mark.parametrize("question, expected", [
    ("explain mixup and cutmix, how do they differ from flips and crops",
     [{"mixup", "cutmix"}, {"flip", "crop"}]),
    ("i get resnets but how are they different from vgg", [{"resnet"}, {"vgg"}]),
    ("so cutout and mixup - how are they different from crops", [{"cutout", "mixup"},
                                                                 {"crop"}]),
])
def test_a_pronoun_side_is_what_the_question_named_before(question, expected):
    assert sides(question) == expected


def test_a_pronoun_with_nothing_named_before_stays_a_side():
    assert sides("when are they used vs the batch stats") == [{"they"}, {"batch"}]


@pytest.mark.parametrize("question, section", [
    ("difference between same and valid padding, when would you want each", "Padding"),
    ("what's the difference between valid and same padding", "Padding"),
    ("explain mixup and cutmix, how do they differ from flips and crops",
     "Cutout, mixup and CutMix"),
    ("what is mixup / cutout and how are they different from normal augmentation",
     "Cutout, mixup and CutMix"),
    ("how is cutout different from ordinary data augmentation", "Cutout, mixup and CutMix"),
])
def test_the_comparison_is_answered_from_the_section_that_draws_it(ask, question, section):
    answer = ask(question)
    assert answer.quotes, answer.text
    assert answer.quotes[0].citation.split(" (")[0].endswith(f"> {section}")
