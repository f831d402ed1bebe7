"""The sides of a comparison are the subjects compared: not the question's words, not what is
said about a side, and more than two when a chain names more (bot/knowledge/comparison.py)."""
from __future__ import annotations

import pytest

from bot.knowledge.comparison import comparison_sides

# The subject words a course's notes might use in their headings and bold terms.
SUBJECTS = frozenset({"vae", "gan", "sampl", "sigmoid", "tanh", "relu", "elu", "leaki",
                      "resnet", "densenet", "lstm", "gru", "mse", "cross", "entropi", "imag",
                      "attent", "layer", "batch", "norm", "alexnet", "lenet", "softmax"})


def sides(question: str, subjects: frozenset[str] | None = SUBJECTS) -> list[set[str]] | None:
    found = comparison_sides(question, subjects)
    return [set(s) for s in found] if found else None


@pytest.mark.parametrize("question, expected", [
    ("how come vae outputs look so smeared compared to gan outputs", [{"vae"}, {"gan"}]),
    ("why is a gru usually quicker to train compared to an lstm", [{"gru"}, {"lstm"}]),
    ("why does alexnet do so much better than lenet did", [{"alexnet"}, {"lenet"}]),
])
def test_what_is_said_about_a_side_is_no_side(question, expected):
    # (before: "why", "outputs", "smeared" and the like stood in the first side)
    assert sides(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("tanh vs relu vs elu for a hidden layer?", [{"tanh"}, {"relu"}, {"elu"}]),
    ("sigmoid vs tanh vs relu, pros and cons please", [{"sigmoid"}, {"tanh"}, {"relu"}]),
    ("lstm vs gru vs plain rnn which to pick", [{"lstm"}, {"gru"}, {"plain", "rnn"}]),
])
def test_a_chain_names_every_side(question, expected):
    # (before: two sides, the second "relu, tanh, vs" or with "pros", "cons" in it)
    assert sides(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("relu vs elu vs tanh? and batch vs layer norm", [{"relu"}, {"elu"}, {"tanh"}]),
    ("resnet vs densenet vs lenet, and sum vs concat, which is cheaper",
     [{"resnet"}, {"densenet"}, {"lenet"}]),
])
def test_a_chain_ends_with_its_clause(question, expected):
    assert sides(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("how is a densenet different from a resnet", [{"densenet"}, {"resnet"}]),
    ("in what way does an lstm differ from a gru", [{"lstm"}, {"gru"}]),
])
def test_different_from_compares(question, expected):
    assert sides(question) == expected


def test_a_side_keeps_the_word_that_says_which_kind():
    # "medical images" and "natural images" are two sides, not one "images" twice
    assert sides("why are medical images harder compared to natural images") == [
        {"medic"}, {"natur"}]


def test_without_the_notes_subject_words_every_content_word_counts():
    assert sides("why do vae samples blur compared to gans", None) == [
        {"vae", "sampl", "blur"}, {"gan"}]


@pytest.mark.parametrize("question", [
    "tanh vs sigmoid vs relu, which should i pick",
    "relu vs sigmoid vs tanh for the hidden units?",
])
def test_a_three_way_comparison_keeps_the_section_the_search_found(ask, question):
    # a unit that names all three (ReLU's paragraph in AlexNet's note, a list of defaults)
    # is not the one that explains them: the activation functions' own section answers
    answer = ask(question)
    assert answer.sources and answer.sources[0].id == "N09"
