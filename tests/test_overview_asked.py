"""A revision request for what the material says (a recap, the key points, the kinds of a
thing and when to use each) is the notes' question, though it names the lectures, the
course or the exam; only where or when the material is taught is the page's. Phrasings
written for the test."""

from __future__ import annotations

import pytest

from bot.knowledge.compose import _form_fit
from bot.nlu.overview_asked import asks_for_overview

NOW = "2021-03-01T12:00"

REVISION = [
    "quick recap of the normalisation layers from the lectures, which one for small batches",
    "what are the key points about dropout I need for the exam",
    "list the sorts of data augmentation we saw and when to use each",
    "overview of the recurrent architectures covered in the module",
    "main differences between the gan losses we covered",
    "overview of the normalisation methods we studied in this module",
]
WHERE_OR_WHEN = [
    "which lecture goes over the kinds of pooling?",
    "when is the recap of convolutions covered",
    "is the overview of generative models examinable",
    "where can i find a summary of the attention lecture",
    "do we need to know the main types of gan loss for the exam",
    # the course itself summarised: how it runs
    "can u give me an overview of how the course is run",
    "summary of this module's format please",
]


@pytest.mark.parametrize("text", REVISION)
def test_a_revision_request_asks_for_an_overview(text):
    assert asks_for_overview(text)


@pytest.mark.parametrize("text", WHERE_OR_WHEN)
def test_where_or_when_it_is_taught_is_no_overview(text):
    assert not asks_for_overview(text)


@pytest.mark.parametrize("text", [
    "how does dropout work",  # no revision form at all
    "what is batch norm",
])
def test_a_plain_question_is_no_overview(text):
    assert not asks_for_overview(text)


def test_a_recap_is_answered_by_a_list_never_by_code():
    question = "recap of the optimisers and when to use each"
    listed = "- **SGD**: plain steps.\n- **Adam**: adaptive steps."
    code = "```python\nopt = torch.optim.Adam(model.parameters())\n```"
    assert _form_fit(question, {"optimis"}, listed) == 1.0
    assert _form_fit(question, {"optimis"}, code) < 0
    # the same units for a question of another form: no preference
    assert _form_fit("how do i make an optimiser", {"optimis"}, code) == 0.0


@pytest.mark.parametrize("text", [
    "give me a recap of the activation functions we studied, which for hidden layers and "
    "which for the output",
    "key points on the loss functions for the exam please",
    "summarise the kinds of pooling from the course",
])
def test_a_revision_request_is_answered_from_the_notes(ask, text):
    a = ask(text, NOW)
    assert a.intent == "content"
    assert a.quotes


@pytest.mark.parametrize(("text", "intent"), [
    ("which lecture covers the activation functions?", "topic"),
])
def test_where_it_is_taught_stays_the_pages(ask, text, intent):
    assert ask(text, NOW).intent == intent
