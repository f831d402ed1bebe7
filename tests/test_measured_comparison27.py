"""A one-way comparison ("X compared to Y", "X better than Y", "X different from Y", "X vs a
plain Y") asks about X: among the first sections found, one whose note and heading name only
the reference Y goes after one that names X (round 27, `comparison.measured_sides`,
`notes._asked_side_first`). "X vs Y", "difference between X and Y" and "compare X and Y"
weigh both sides alike and keep the search's order."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import bot.core.handlers.notes as notes
from bot.knowledge.chunk import Chunk
from bot.knowledge.comparison import measured_sides
from bot.knowledge.index import Hit

# The subject words a course's notes might use in their titles and headings.
SUBJECTS = frozenset({"vae", "gan", "gru", "lstm", "alexnet", "lenet", "relu", "sigmoid",
                      "wasserstein", "autoencod", "dropout", "batch", "norm", "cnn", "mlp",
                      "sampl", "output"})


def _sides(question: str) -> tuple[set[str], set[str]] | None:
    found = measured_sides(question, SUBJECTS)
    return (set(found[0]), set(found[1])) if found else None


@pytest.mark.parametrize(("question", "asked", "against"), [
    ("how come vae reconstructions come out smeared compared with gan ones", {"vae"}, {"gan"}),
    ("is a gru better than an lstm for short sequences", {"gru"}, {"lstm"}),
    ("in what way is dropout different from batch norm", {"dropout"}, {"batch", "norm"}),
    ("why would a cnn do better than a mlp on pictures", {"cnn"}, {"mlp"}),
])
def test_the_side_asked_about_comes_first(question, asked, against):
    assert _sides(question) == (asked, against)


def test_measured_against_the_plain_kind_the_reference_names_nothing():
    # "the original GAN": the shared "gan" is no side's, "original" names no subject.
    assert _sides("what does a wasserstein gan do differently compared to the original gan") \
        == ({"wasserstein"}, set())
    assert _sides("lstm vs a plain rnn, what's the gain") is not None


@pytest.mark.parametrize("question", [
    "gru vs lstm, which trains faster",                 # both sides alike
    "difference between a vae and a gan",
    "compare relu and sigmoid",
    "is relu better than sigmoid or vs tanh",           # a chain with "vs": not one-way
    "why use relu rather than sigmoid",                 # no connector the sides split on
    "what is a gan",
])
def test_comparisons_of_both_sides_alike_are_not_one_way(question):
    assert _sides(question) is None


# A small note fixture: two notes, each section's best passage with its fused score.
def _hit(title: str, heading: str, score: float) -> Hit:
    path = f"{title.lower()}.md"
    chunk = Chunk(doc_id=title, title=title, section=f"{title} > {heading}", text=heading,
                  path=path)
    return Hit(chunk=chunk, score=score, bm25=score, dense=score)


@pytest.fixture
def subjects(monkeypatch):
    monkeypatch.setattr(notes, "subject_words", lambda knowledge: SUBJECTS)


def _order(question: str, hits: list[Hit]) -> list[str]:
    return [h.chunk.section for h in notes._asked_side_first(question, hits, None)]


HITS = [_hit("GANs", "The adversarial game", 0.62), _hit("VAEs", "Why samples look soft", 0.58),
        _hit("GANs", "Mode collapse", 0.50), _hit("VAEs", "The ELBO", 0.45)]


def test_the_reference_sides_own_section_goes_after_the_asked_sides(subjects):
    order = _order("why do vae pictures look washed out compared to gan pictures", HITS)
    # every passage is still there, each group in the search's order
    assert order == ["VAEs > Why samples look soft", "VAEs > The ELBO",
                     "GANs > The adversarial game", "GANs > Mode collapse"]


@pytest.mark.parametrize("question", [
    "gan vs vae: which makes sharper pictures",          # both sides alike
    "why do gan pictures look sharper",                  # no comparison
    "why do lstm outputs look worse compared to gru outputs",  # neither side in these notes
])
def test_near_misses_keep_the_search_order(subjects, question):
    assert _order(question, HITS) == [h.chunk.section for h in HITS]


def test_a_section_naming_both_sides_keeps_its_place(subjects):
    both = [_hit("VAEs and GANs", "Side by side", 0.7), *HITS]
    order = _order("why do vae pictures look washed out compared to gan pictures", both)
    assert order[0] == "VAEs and GANs > Side by side"


TZ = ZoneInfo("Europe/London")
NOW = datetime(2021, 3, 1, 12, 0, tzinfo=TZ)


def _first_found(view, question: str) -> str:
    q = view.understander.parse(question, NOW, TZ)
    return notes.composed_answer(q, view)[0][0].chunk.title


# The shipped notes: the section found first is in the asked side's note, not the opening of
# the reference's ("The adversarial idea" for why VAE samples are blurry).
@pytest.mark.parametrize(("question", "note"), [
    ("how come vae reconstructions come out smeared compared with gan ones", "vae"),
    ("why do images sampled from a vae look fuzzier compared to a gan's", "vae"),
    ("what did a wasserstein gan do differently compared with the original gan", "advanced"),
])
def test_the_asked_sides_note_is_found_first(assistant, question, note):
    assert note in _first_found(assistant.view(), question).lower()
