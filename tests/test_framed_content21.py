"""Content questions wrapped in words that name no topic of the notes: a statement put up to
be checked ("is it fair to say X, or am I oversimplifying"), a request for other words ("give
me an analogy for X", "in plain words what does X do"), the point of X ("what's the big idea
of X", "what would go wrong without X"), and why X mattered next to Y. The notes' search
reads the concept, not the wrapping."""
from __future__ import annotations

import pytest

from bot.knowledge.framing import unframed
from bot.nlu.checks import checks_the_material
from tests.conftest import from_notes


@pytest.mark.parametrize("question, expected", [
    ("Is my understanding right: dropout trains an ensemble of thinner networks",
     "dropout trains an ensemble of thinner networks"),
    ("is my intuition correct that pooling makes features shift invariant",
     "pooling makes features shift invariant"),
    ("is it fair to say layer norm is like batch norm over the features",
     "layer norm is like batch norm over the features"),
    ("so an lstm cell is a gated memory, or am I oversimplifying?",
     "so an lstm cell is a gated memory"),
    ("would it be fair to say that the ELBO is a lower bound on the likelihood, or is that "
     "too simplistic", "the ELBO is a lower bound on the likelihood"),
])
def test_a_check_of_ones_understanding_searches_the_statement(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("give me an analogy for positional encodings", "what is positional encodings"),
    ("can you give me a metaphor for the latent space", "what is the latent space"),
    ("in plain words what does a 1x1 convolution do", "what does a 1x1 convolution do"),
    ("what does dropout do in simple terms?", "what does dropout do?"),
])
def test_a_request_for_other_words_searches_what_the_concept_is(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("what's the big idea of batch norm", "why batch norm"),
    ("what is the main idea behind multi-head attention?", "why multi-head attention?"),
    ("what would go wrong without the KL term", "why the KL term"),
    ("what goes wrong if we don't use positional encodings", "why positional encodings"),
])
def test_the_point_of_a_concept_is_searched_as_why(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("why was batch norm such a big deal compared with careful initialisation",
     "why was batch norm such a big deal"),
    ("what made inception so influential compared to vgg?", "what made inception so "
     "influential?"),
    ("why were LSTMs a breakthrough over plain RNNs", "why were LSTMs a breakthrough"),
])
def test_why_something_mattered_searches_its_subject_not_the_contrast(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question", [
    "what is dropout", "why does batch norm help training", "difference between vgg and "
    "resnet", "is it fair", "how do I pad an image", "is resnet better than vgg",
    "why is this wrong", "what goes wrong without",
])
def test_a_question_without_wrapping_is_searched_as_asked(question):
    assert unframed(question) == question


@pytest.mark.parametrize("question, note", [
    ("what would go wrong without padding", "padding"),
    ("what goes wrong if we don't use padding in a deep CNN", "padding"),
    ("why was resnet such a big deal compared with vgg", "resnet"),
    ("what made alexnet so important compared to lenet", "alexnet"),
])
def test_wrapped_questions_are_answered_from_their_subjects_note(ask, question, note):
    answer = ask(question)
    assert from_notes(answer)
    assert note in answer.sources[0].title.lower()


@pytest.mark.parametrize("message", [
    "is it fair to say weight decay is like a penalty on big weights",
    "would it be fair to say that dropout is like training many thinner networks",
    "so the generator is just learning to fool a learned loss, or am I oversimplifying?",
    "the encoder outputs a distribution rather than a point, or am I oversimplifying",
    "an lstm cell is basically a gated memory - am i being too simplistic",
])
def test_a_statement_put_up_to_be_checked_is_a_check_of_the_material(message):
    assert checks_the_material(message)


@pytest.mark.parametrize("question", [
    "do i need .to(device) on both the model and the tensors",
    "k=3, s=2, p=1 -> ?",
    "why do we call .detach() on the fakes ??",
])
def test_a_message_without_wrapping_keeps_its_spacing(question):
    assert unframed(question) == question
