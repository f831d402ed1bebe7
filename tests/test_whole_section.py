"""A short section is shown whole: its units lean on each other (a formula and what its
symbols mean, a claim and the experiment behind it), and the 180-word fill left one of them
out. A long section is still cut to the units around the answer."""

from __future__ import annotations

import pytest

from bot.knowledge.base import open_index
from bot.knowledge.compose import MAX_WORDS, WHOLE_SECTION_WORDS, compose, words

# One short section (four units, about 200 words) and one long one, written for this test.
NOTE = """# Label smoothing

## Why soften the targets

A classifier trained on one-hot targets is pushed to make its logits grow without bound, \
because the cross-entropy of a one-hot target only reaches zero when the predicted \
probability of the true class is exactly one.

Label smoothing replaces the target $y$ by $(1 - \\epsilon)\\,y + \\epsilon / K$ for $K$ \
classes, so that every class keeps a small share $\\epsilon / K$ of the probability mass.

With $\\epsilon = 0.1$ the logits stay bounded: the loss is smallest when the true class \
gets about 0.9 of the mass and the others share the rest evenly. The gap between the \
largest logit and the others then settles at a finite value instead of growing through \
training, which keeps the network from becoming overconfident on examples it has \
memorised and usually improves its calibration on held-out data.

The original experiments on image classification reported a small gain in top-1 accuracy \
and a clearly better calibrated model; later work found that smoothing also erases \
information about which wrong classes are similar to the right one, which hurts a student \
network distilled from a smoothed teacher. So it is a regulariser with a price: it helps \
the model it trains and can hurt the models that learn from that model's outputs later.

## A long history

""" + "\n\n".join(
    f"Paragraph {n} of the history tells how one more group tried softened targets on "
    f"another benchmark, with a different value of the smoothing weight, a different "
    f"network and a different schedule, and how the results compared with the ones "
    f"before; none of it changes the method itself, only where it was tried." for n in range(8))


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("smoothing")
    (folder / "N98-label-smoothing.md").write_text(NOTE)
    found, _ = open_index(folder, folder / "index", embedder)
    return found


def _section(index, heading):
    return next(c for c in index.chunks if c.section.endswith(heading))


def test_a_short_section_is_shown_whole(index):
    chunk = _section(index, "Why soften the targets")
    question = "what does the epsilon do to the targets when smoothing labels"
    found = compose(question, index.query_vector(question), chunk, index)
    total = sum(words(u) for u in found.section)
    assert MAX_WORDS < total <= WHOLE_SECTION_WORDS
    assert found.whole
    # the unit that answers and the one that says what its result costs, far apart
    assert "(1 - \\epsilon)" in found.markdown and "regulariser with a price" in found.markdown


def test_a_long_section_is_still_cut_around_the_answer(index):
    chunk = _section(index, "A long history")
    question = "which benchmarks was label smoothing tried on"
    found = compose(question, index.query_vector(question), chunk, index)
    assert sum(words(u) for u in found.section) > WHOLE_SECTION_WORDS
    assert not found.whole and words(found.markdown) <= MAX_WORDS


def test_the_second_passage_of_a_hedged_answer_is_not_shown_whole(index):
    # the runner-up is its best unit and what fits in its own small fill: never the whole
    # section, however short (it is shown beside a first answer)
    chunk = _section(index, "Why soften the targets")
    question = "does label smoothing hurt distillation"
    found = compose(question, index.query_vector(question), chunk, index, fill=50)
    assert not found.whole
