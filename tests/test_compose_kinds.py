"""What the composer shows for help with one's own work (a symptom), for a comparison and
for two questions in one message, and that a reply makes one decision."""

from __future__ import annotations

import pytest

from bot.core.handlers.notes import two_questions
from bot.knowledge.base import open_index
from bot.knowledge.compose import COMPARISON, SYMPTOM, comparison_sides, compose
from tests.conftest import from_notes

NOTE = """---
id: N98
title: Training a small network
---

# Training a small network

## The training loop

Each step feeds a batch forward, computes the loss and updates the weights with the optimiser:

```python
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for x, y in loader:
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()
```

Accuracy on held-out data is measured after every epoch.

## Common failure modes

- **Diverging loss.** The loss becomes NaN after a few steps when the learning rate is too
  high for the optimiser; lower it by ten times or clip the gradients.
- **Accuracy stuck at chance.** The labels were shuffled separately from the inputs, so
  there is nothing to learn.

## Squashing functions

The logistic sigmoid maps any real input into the interval from zero to one.

Its derivative is largest at zero and vanishes for large inputs.

Whereas the sigmoid is centred on one half, tanh maps into the interval from minus one to one
and is centred on zero, which keeps the next layer's inputs balanced.
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("toy")
    (folder / "N98-training.md").write_text(NOTE)
    index, _ = open_index(folder, folder / "index", embedder)
    return index


def _section(index, heading):
    return next(c for c in index.chunks if c.section.endswith(heading))


def test_a_symptom_is_answered_by_what_goes_wrong_not_by_code(toy):
    question = "my loss turns to nan after a few steps with adam and lr 0.1, help"
    loop, faults = _section(toy, "The training loop"), _section(toy, "Common failure modes")
    vector = toy.query_vector(question)
    # The training loop is found first (its code shares the question's words).
    found = compose(question, vector, loop, toy, (faults,), kind=SYMPTOM,
                    section_scores=(0.62, 0.55))
    assert "learning rate is too high" in " ".join(found.markdown.split())
    assert "```" not in found.markdown
    assert found.chunk.section.endswith("Common failure modes")


def test_a_question_about_the_material_keeps_to_the_first_section(toy):
    question = "how does the training loop update the weights"
    loop, faults = _section(toy, "The training loop"), _section(toy, "Common failure modes")
    found = compose(question, toy.query_vector(question), loop, toy, (faults,),
                    section_scores=(0.62, 0.55))
    assert found.chunk.section.endswith("The training loop")


@pytest.mark.parametrize("question, sides", [
    ("sigmoid vs tanh", ({"sigmoid"}, {"tanh"})),
    ("whats the difference between equivariance and invariance", ({"equivari"}, {"invari"})),
    ("self attention vs rnn, which is better for long sequences and why",
     ({"self", "attent"}, {"rnn"})),
    ("what is equivariance vs invariance in cnn?? lec 5", ({"equivari"}, {"invari"})),
    ("what is a sigmoid", None),
])
def test_the_two_sides_of_a_comparison(question, sides):
    found = comparison_sides(question)
    assert (found and (set(found[0]), set(found[1]))) == (sides or None)


def test_a_comparison_shows_both_sides(toy):
    question = "sigmoid vs tanh"
    squash = _section(toy, "Squashing functions")
    found = compose(question, toy.query_vector(question), squash, toy, kind=COMPARISON)
    text = found.markdown.lower()
    assert "sigmoid" in text and "tanh" in text and "centred on zero" in text


@pytest.mark.parametrize("text, parts", [
    ("what is the 1x1 conv for in inception; why do skip connections help the gradient",
     ["what is the 1x1 conv for in inception", "why do skip connections help the gradient"]),
    ("what is mode collapse; how do people deal with it", []),  # one subject
    ("what is dropout", []),
    # a question mark, "also" and another question, left in one part by understanding
    ("whats the reparameterization trick? also what is the kl doing in the loss",
     ["whats the reparameterization trick", "also what is the kl doing in the loss"]),
    ("what is a gan? and how is it trained", []),  # points back
    ("whats the reparameterization trick; why cant we backprop through sampling; what is "
     "the kl doing in the loss", ["whats the reparameterization trick; why cant we backprop "
                                  "through sampling", "what is the kl doing in the loss"]),
    ("why divide by sqrt(d_k)? what goes wrong if we skip the scaling", []),  # a follow-up
])
def test_two_questions_in_one_message(text, parts):
    assert two_questions(text) == parts


def test_two_questions_are_each_answered_from_their_own_section(ask):
    a = ask("what does a 1x1 convolution do? and why does a residual connection help "
            "gradients flow")
    assert from_notes(a) and a.intent == "content" and len(a.quotes) == 2
    first, second = a.quotes
    assert "1×1" in first.citation or "1x1" in first.citation.lower()
    assert "ResNet" in second.citation
    assert first.citation in a.text and second.citation in a.text


def test_help_with_ones_own_work_quotes_the_failure_mode(ask):
    a = ask("my gan generator keeps producing the exact same digit no matter what z i "
            "feed it")
    assert a.intent == "own_work" and from_notes(a)
    assert "mode collapse" in a.quotes[0].markdown.lower()
    assert "```" not in a.quotes[0].markdown


def test_a_comparison_from_the_notes_states_both_sides(ask):
    a = ask("equivariance vs invariance in a cnn?")
    shown = a.quotes[0].markdown.lower()
    assert a.answered and "equivariant" in shown and "invariant" in shown
    assert "Definitions" in a.quotes[0].citation


def test_a_quote_is_never_followed_by_a_refusal(ask):
    # The parenthesis is read, weakly, as a personal matter; the answer quotes the notes.
    a = ask("batchnorm acting weird: when i call model.eval() my accuracy drop to like "
            "10%, in train mode it's fine. why?? (still bugging me from task 1 even tho "
            "already submitted)")
    assert from_notes(a)
    assert "can't see marks" not in a.text and "couldn't find" not in a.text


def test_a_second_question_after_also_gets_its_own_section(ask):
    a = ask("whats the reparameterization trick and why cant we just backprop thru the "
            "sampling normally? also what is the KL actually doing in the loss")
    assert a.intent == "content" and len(a.quotes) >= 2
    sections = [q.section_title for q in a.quotes]
    assert "reparameterisation" in sections[0].lower()
    assert any("KL" in s or "ELBO" in s for s in sections[1:])
