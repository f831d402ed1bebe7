"""Round 23: an idea of the material put up for checking is a question about the material,
whatever words of a place, of marks or of the writer the classifier reads in it: a claim heard
or read elsewhere ("my flatmate reckons X, true?", "is it really true that X? sounds off to
me"), an explanation or analogy checked ("X explained with the <story> analogy - does it hold
up"), what goes wrong when one removes or skips a part ("what happens if I drop X from my
net"). The notes' search reads the claim or the subject, not the wrapping. A thing of the page
named beside it, a run of one's own, or a circumstance keeps today's reading."""

from __future__ import annotations

import pytest

from bot.knowledge.framing import unframed
from bot.nlu.checks import asks_of_an_idea
from tests.conftest import from_notes

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("question, expected", [
    ("my flatmate reckons attention weights always sum to one, is that actually the case?",
     "attention weights always sum to one"),
    ("true or false: dropout is switched off at inference",
     "dropout is switched off at inference"),
    ("i heard relu units can die and never recover, is that a myth",
     "relu units can die and never recover"),
    ("is it really true that a 1x1 convolution only mixes channels? sounds fishy to me",
     "a 1x1 convolution only mixes channels"),
    ("someone told me LSTMs cannot forget anything, true?", "LSTMs cannot forget anything"),
])
def test_a_claim_put_up_for_checking_searches_the_claim(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("the VAE explained with the postman and parcel analogy, does it really hold up?",
     "what is the VAE"),
    ("batch norm described using the thermostat metaphor - where does that metaphor break",
     "what is batch norm"),
    # the picture said as the claim ("as ...") is the claim itself
    ("attention described as a weighted average of values - is that a good way to see it",
     "attention described as a weighted average of values"),
])
def test_an_explanation_checked_searches_its_subject(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question, expected", [
    ("what happens if we skip the KL term in the VAE loss", "why the KL term in the VAE loss"),
    ("what would go wrong if I removed every pooling layer",
     "why every pooling layer"),
    ("what breaks if you get rid of the positional encodings",
     "why the positional encodings"),
])
def test_a_part_taken_away_searches_what_it_is_for(question, expected):
    assert unframed(question) == expected


@pytest.mark.parametrize("question", [
    "when is the bound true",  # a bare "true" asked, not checked
    "is it true", "what happens if", "true or false",
    "what happens if i use a bigger batch",  # no part taken away: searched as asked
])
def test_no_wrapping_leaves_the_question_as_asked(question):
    assert unframed(question) == question


@pytest.mark.parametrize("message", [
    "my housemate says sigmoid never saturates if you normalise inputs, true?",
    "is it true that deeper plain networks always train better? sounds wrong to me",
    "GCNs explained with the gossip-between-neighbours picture, does that picture hold up",
    "what goes wrong if i take out all the pooling from my cnn, it's still deep",
])
def test_ideas_put_up_are_recognised(message):
    assert asks_of_an_idea(message)


@pytest.mark.parametrize("message", [
    "what happens if i remove dropout from my model, val acc drops to 61% after epoch 5",
    "my gan collapses to one digit, is it true that lowering the lr helps?",
    "is it true?",
    "what is dropout",
    "RuntimeError: shape mismatch, what happens if i remove the flatten?",
])
def test_runs_of_ones_own_and_plain_questions_are_no_idea_put_up(message):
    assert not asks_of_an_idea(message)


@pytest.mark.parametrize("message, note", [
    # a claim whose words the classifier reads as marks or a place ("points", "apart")
    ("is it really true that as dimension grows every point is about equally far from the "
     "others? that sounds off to me", "curse"),
    # an analogy checked, with "hold" and "where" in it (a place, to the classifier)
    ("GANs described using the art forger versus the police analogy - does that analogy "
     "hold up, where does it break?", "gan"),
    ("backprop through time explained with the unrolled-loop picture - where does that "
     "picture break down?", "rnn"),
    # a part taken away, asked of one's network without any run of it reported
    ("what goes wrong if I strip out every nonlinearity from my net? it still has ten layers",
     "activation"),
])
def test_an_idea_put_up_is_answered_from_its_note(ask, message, note):
    answer = ask(message, now=NOW)
    assert answer.intent == "content", (answer.intent, answer.text)
    assert from_notes(answer)
    assert note in answer.sources[0].path.lower(), answer.sources[0].path


@pytest.mark.parametrize("message, intent", [
    ("is it true that cw2 is due on a friday?", "deadline"),
    ("is it true that the exam is worth half the final mark?", "logistics"),
    ("where is the q&a held?", "logistics"),
    ("i heard the panel is on thursday, is that right?", "schedule"),
    ("I've been ill all week and will miss the deadline, is it true I can get an extension?",
     "personal"),
    ("what happens if i remove dropout from my model, val acc drops to 61% after epoch 5",
     "own_work"),
    ("my training loss is nan after epoch 3 with lr 0.1, what goes wrong if i remove the "
     "batchnorm?", "own_work"),
])
def test_the_page_a_circumstance_or_a_run_keeps_its_reading(ask, message, intent):
    assert ask(message, now=NOW).intent == intent
