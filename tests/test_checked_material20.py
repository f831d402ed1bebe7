"""Round 20: a statement of the material checked in the first person (a computation done by
hand, one's reasoning, one's notes of a lecture, "I don't see why ...") is a question about
the material, answered from the notes, not a symptom of one's own work nor a circumstance;
one's marks, illness or own run stay what they were."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.nlu.checks import checks_the_material

NOW = "2021-02-10T12:00"

CHECKED = [
    # a computation done by hand
    "I worked out that a 7x7 input with a 3x3 kernel, stride 2 and no padding gives a 3x3 "
    "output, correct?",
    "i made the output size 15 for a 32x32 image with a 5x5 filter, stride 2, padding 1. "
    "did i mess that up?",
    # one's reasoning
    "is my reasoning correct: sigmoid saturates so its gradient goes to zero in deep nets",
    # not following
    "I don't see why the GAN discriminator loss goes to zero when the generator collapses",
    # one's notes of a lecture
    "my notes say dropout is turned off at test time, is that what the lecture meant?",
    "in my notes i wrote that LSTMs fix vanishing gradients with the cell state, did i get "
    "that right from the lecture?",
]


@pytest.mark.parametrize("message", CHECKED)
def test_a_checked_statement_of_the_material_is_a_content_question(ask, message):
    answer = ask(message, now=NOW)
    assert answer.intent == "content", (answer.intent, answer.text)
    assert "your own work" not in answer.text


@pytest.mark.parametrize("message", [
    "for a 3x3 conv from 16 to 32 channels i get 4608 weights, right?",
    "so basically layer norm normalises over features not the batch, yeah?",
    "i dont understand how the reparameterisation trick lets gradients through",
    "my lecture notes say pooling adds invariance, is that what was meant?",
    "have I understood it correctly that attention weights sum to one over the keys",
])
def test_checks_of_the_material_are_recognised(message):
    assert checks_the_material(message)


@pytest.mark.parametrize("message", [
    "is that right?",  # checks nothing said here
    "my model overfits after 5 epochs, am i right that dropout helps?",  # one's own run
    "I dont get why my gan collapses",  # one's own model
    "i dont understand why my loss is nan",
    "val acc 61% after epoch 5, is that ok?",
    "my mark for cw1 is wrong, right?",
])
def test_own_work_and_own_matters_are_no_check_of_the_material(message):
    assert not checks_the_material(message)


@pytest.mark.parametrize("message", [
    "input 32x32x3, conv with 8 filters of 5x5 and no bias, i got 600 parameters but my "
    "friend says 608",
    "I got 4608 weights for a 3x3 conv from 16 to 32 channels, right?",
    "for two stacked 3x3 convs i get 5 for the receptive field, is that it?",
])
def test_a_number_worked_out_is_no_mark(message):
    assert personal.rule_verdict(message) is None


@pytest.mark.parametrize("message", [
    "i got 62 on cw1, can someone check it",
    "i got 40% on the quiz",
    "I got 55 for task 2 and my friend got 70 with the same output",
])
def test_a_number_got_for_assessed_work_is_a_mark(message):
    assert personal.rule_verdict(message) == "marks"


@pytest.mark.parametrize("message", [
    "I was ill the whole week cw2 was due, is that a valid reason for an extension?",
    "my mark for task 1 looks wrong, did i get that right that it is out of 100?",
    "I got 4608 for task 1, is that a pass?",
])
def test_real_personal_matters_stay_personal(ask, message):
    answer = ask(message, now=NOW)
    assert answer.intent == "personal", (answer.intent, answer.text)
