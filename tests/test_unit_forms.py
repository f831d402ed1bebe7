"""Which unit of a long section the composer shows, by the form of the question: the unit
that introduces the asked term (not the example after it), the description of the parts
for "structure of", the unit that weighs pros and cons, the display formula of an
objective, and a second answering unit that is not beside the best one (when it nearly
ties with it)."""

from __future__ import annotations

import pytest

from bot.knowledge.base import open_index
from bot.knowledge.compose import _around, compose, unit_scores, words

# Invented material (no course's facts), in sections long enough that the composer chooses.
BLOCKS = """---
id: N91
title: Fusion networks
---

# Fusion networks

## The fusion block (Ortega et al., 2031)

*Wide paths for small images* (Ortega et al., 2031) introduced the Fusion network, which
placed first in a regional benchmark of satellite crops that year, with about half the
parameters of the runner-up and a quarter of its multiply-adds per image at test time.

The authors' reasoning was that no single receptive field suits every object, since roads,
fields and roofs appear at very different widths in the same crop.

So each **fusion block** runs a narrow path, a wide path and a pooled path side by side and
sums what they produce, letting the next block weigh the three widths for itself.

Striding keeps the resolution equal on every path, so the maps can be summed without any
cropping. The layout also echoes how the visual cortex is thought to mix receptive fields of
several sizes, although the paper makes no strong claim about this.

**Worked cost example.** The input has 64 channels at 40 by 40. A direct wide path with 128
filters of width 7 costs about 40 times 40 times 128 times 49 times 64 multiply-adds, nearly
820 million. Squeezing to 16 channels first costs about 1.6 million for the squeeze and 205
million for the wide filters, roughly a fourth of the direct cost.

Overall layout: a plain stem of two strided layers, then twelve fusion blocks in four
stages, then global pooling and a single linear classifier; no fully connected stack.

## Label tempering

Label tempering replaces the one-hot target by a softened one, moving a small share of the
probability mass from the true class to all the others evenly.

The argument given for it went: 1. a network trained on hard targets keeps pushing its
logits apart, since the loss only reaches zero at infinite margin; 2. such confident logits
make the model overfit the training labels and calibrate badly on new data; 3. softening
the target bounds the margin the loss asks for, so the logits stay finite and the
predicted probabilities stay closer to how often the model is right; 4. the same softened
targets were reported to make later distillation from the tempered teacher worse, a point
that was raised only after the method had become a default in image classification and in
machine translation alike.

**Second thoughts:** - The calibration gain is real but small against temperature scaling
after training, which costs nothing during training and can be tuned on held-out data
afterwards. - Later studies found the accuracy gain mostly disappears once the learning
rate schedule and the weight decay are tuned as carefully as for the baseline, so the
early reported numbers overstated what tempering alone does for a well tuned network.

The name lives on, but the accepted account of why it helps has changed a good deal.

## Memory slots

Recurrent readers of long documents keep their state in a handful of vectors that every
step can read and overwrite, rather than in one hidden vector squeezed at every step.

A **memory slot** is one of those vectors: a row of a small matrix that the reader
addresses by content, comparing a query with every row and blending the rows by the
softmax of the comparisons.

For example, a reader with eight slots of width 64 that meets the sentence "the bridge
opened in spring" may write the bridge into slot three and spring into slot five; when a
later sentence asks when the bridge opened, the query built from that sentence lands
closest to slot three, whose blend brings back the season as well as the bridge itself,
since both were written in the same step of the reading.

Slots are cheap to add: each costs one row of the matrix and one comparison per step, so
a reader with many of them is still far lighter than attending over the whole document.

On the other hand, slots have real drawbacks: content addressing is slow to learn from
scratch, the reader struggles when two facts compete for one slot, and the fixed number of
slots limits how much it can hold, however long the document is.

The reader is trained end to end with the ordinary loss of its task; the writes and reads
are soft, so the gradient reaches every slot at every step.

## Training a slot reader

The reader minimises the summed loss of its answers over the training documents, with a
penalty that keeps the slots from collapsing onto one another:

$$
\\mathcal{L} = \\sum_{d} \\ell(y_d, \\hat y_d) + \\lambda \\sum_{i \\neq j} (m_i^\\top m_j)^2
$$

where $m_i$ is the i-th slot and $\\lambda$ sets how strongly distinct slots are kept
apart, and $\\ell$ is the task's own loss.

In practice the penalty weight is small, about one hundredth, and is switched on only after
the first epoch, once the slots have begun to hold different things; switched on at once,
it pushes the slots apart before they hold anything and slows the start of training.

Readers of legal contracts, patient records and news archives have all been trained this
way, and the slot count is usually chosen between eight and thirty two, by the length of
the documents to be read and by how many facts a question typically needs at once, which
is rarely more than four in these collections.

The optimiser is the usual adaptive one with a short warm-up; the documents are cut into
windows of a few hundred words, each window read in turn with the slots carried over, and
the gradient is stopped at the window's edge so that memory use does not grow with the
length of the document being read, however long it is, and whatever the number of slots.
"""


@pytest.fixture(scope="module")
def notes(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("forms")
    (folder / "N91-fusion.md").write_text(BLOCKS)
    index, _ = open_index(folder, folder / "index", embedder)
    return index


def _answer(index, question: str, heading: str) -> str:
    chunk = next(c for c in index.chunks if c.section.endswith(heading))
    found = compose(question, index.query_vector(question), chunk, index)
    assert sum(words(t) for t in found.section) > 220  # long enough for the composer to choose
    return " ".join(found.markdown.split())


BRANCHES = "runs a narrow path, a wide path and a pooled path"
SLOT = "is one of those vectors"


@pytest.mark.parametrize("question", [
    "explain the fusion block",
    "fusion block??",
    "what's a fusion block, in two lines",
    "fusion block structure",
    "what is the architecture of the fusion block",
    "what are the components of a fusion block",
])
def test_the_unit_that_introduces_the_term_is_shown(notes, question):
    assert BRANCHES in _answer(notes, question, "The fusion block (Ortega et al., 2031)")


@pytest.mark.parametrize("question", [
    "what is a memory slot",
    "define memory slot",
    "memory slots, what are they",
])
def test_a_definition_shows_the_defining_unit_not_only_its_example(notes, question):
    assert SLOT in _answer(notes, question, "Memory slots")


@pytest.mark.parametrize("question", [
    "how much compute does the squeeze save in a fusion block? numbers please",
    "fusion block worked cost example with 64 channels",
])
def test_near_miss_a_cost_question_still_gets_the_worked_example(notes, question):
    assert "roughly a fourth of the direct cost" in _answer(
        notes, question, "The fusion block (Ortega et al., 2031)")


@pytest.mark.parametrize("question", [
    "pros and cons of memory slots",
    "what are the disadvantages of memory slots",
    "memory slots: advantages and drawbacks?",
])
def test_pros_and_cons_show_the_unit_that_weighs_them(notes, question):
    assert "slots have real drawbacks" in _answer(notes, question, "Memory slots")


@pytest.mark.parametrize("question", [
    "what loss function does the slot reader minimise",
    "the slot reader's training objective?",
])
def test_an_objective_shows_its_display_formula(notes, question):
    answer = _answer(notes, question, "Training a slot reader")
    assert "$$" in answer and "minimises the summed loss" in answer


def test_near_miss_a_bare_definition_does_not_reach_for_a_far_unit(notes):
    answer = _answer(notes, "what is label tempering", "Label tempering")
    assert "replaces the one-hot target" in answer and "Second thoughts" not in answer


# A second answering unit apart from the best one: the section's units as word counts and
# scores, the best one first in score, the others too far for filling outward to reach.
def _units(sizes: list[int]) -> list[str]:
    return [" ".join(f"w{n}" for n in range(size)) for size in sizes]


@pytest.mark.parametrize("scores, expected", [
    ([1.0, 0.5, 0.95, 0.2], [0, 2, 3]),  # a near tie two units away: the middle skipped
    ([0.5, 0.95, 0.2, 1.0], [0, 1, 3]),  # before the best one as well
])
def test_a_near_tie_apart_from_the_best_unit_is_shown(scores, expected):
    texts = _units([40, 110, 80, 20])
    best = max(range(len(scores)), key=scores.__getitem__)
    assert _around(best, texts, scores, set(), whole=False, apart=True) == expected


@pytest.mark.parametrize("scores, apart", [
    ([1.0, 0.5, 0.7, 0.2], True),  # no near tie: filling outward as before
    ([1.0, 0.5, 0.95, 0.2], False),  # a bare definition or a symptom: not asked for
])
def test_near_miss_no_far_unit_without_a_near_tie(scores, apart):
    texts = _units([40, 110, 80, 20])
    assert _around(0, texts, scores, set(), whole=False, apart=apart) == [0, 1]


def test_near_miss_a_far_unit_that_leans_back_is_not_shown_alone():
    texts = _units([40, 110, 80, 20])
    texts[2] = "This " + texts[2]
    assert _around(0, texts, [1.0, 0.5, 0.95, 0.2], set(), whole=False, apart=True) == [0, 1]


# The cues alone (no embedding: the question's vector left out), on units of our own.
def _best(index, question: str, texts: list[str]) -> int:
    chunk = next(c for c in index.chunks if c.section.endswith("Memory slots"))
    scores = unit_scores(question, None, [(chunk, t, None) for t in texts])
    return max(range(len(texts)), key=scores.__getitem__)


INTRO = ["Readers of long documents were slow before this.",
         "So each **memory slot** holds one fact the reader wrote at some step.",
         "For example, a memory slot is what holds the bridge: a slot of width 64 is enough."]


@pytest.mark.parametrize("question", [
    "what is a memory slot", "memory slot structure", "describe the structure of a memory slot",
])
def test_the_introducing_unit_beats_an_example_that_names_the_term(notes, question):
    assert _best(notes, question, INTRO) == 1


def test_near_miss_an_example_asked_for_is_still_the_example(notes):
    assert _best(notes, "give me an example with a memory slot of width 64", INTRO) == 2


MERITS = ["Memory slots were proposed for readers of long documents.",
          "Memory slots are slow to learn, and their fixed number limits what a reader holds; "
          "however, each costs only one row."]


@pytest.mark.parametrize("question", [
    "pros and cons of memory slots", "memory slots downsides?", "memory slot trade-offs",
])
def test_the_unit_that_weighs_pros_and_cons_is_chosen(notes, question):
    assert _best(notes, question, MERITS) == 1


def test_near_miss_a_plain_question_keeps_the_lead(notes):
    assert _best(notes, "memory slots", MERITS) == 0
