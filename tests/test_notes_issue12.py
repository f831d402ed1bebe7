"""Answers from the notes (issue 12): a long section's unit that names what is asked is
shown; a comparison of things the notes never name is declined; a bold term in the
sentence's own brackets keeps them (only a textbook's key-point marks lose theirs)."""

from __future__ import annotations

import pytest

from bot.knowledge.chunk import clean_markup, uses_key_marks
from bot.knowledge.comparison import unnamed_sides
from bot.knowledge.compose import MAX_WORDS, _naming_unit, distinctive_terms, words
from bot.knowledge.index import stem_words
from tests.conftest import from_notes


def _filler(topic: str, n: int) -> str:
    return " ".join([f"This sentence is about {topic} and nothing more."] * n)


# A long section about pruning; the lottery-ticket idea only in its last unit.
SECTION = [
    _filler("pruning weights", 6),  # 0: the best unit, 48 words
    _filler("magnitude criteria", 6),  # 1: 48
    _filler("structured sparsity", 6),  # 2: 48
    _filler("retraining schedules", 4),  # 3: 32
    "The lottery ticket hypothesis says a dense network contains a small subnetwork that "
    "trains to the same accuracy from its original initialisation.",  # 4
]
SUBJECTS = frozenset(stem_words("pruning lottery ticket hypothesis sparsity compression"))


def test_distinctive_terms_leave_out_the_sections_own_subject():
    terms = distinctive_terms("how does pruning relate to the lottery ticket idea",
                              "Compression > Pruning", SUBJECTS)
    assert terms == frozenset(stem_words("lottery ticket"))


def test_a_late_unit_naming_the_asked_term_is_added_in_reading_order():
    terms = frozenset(stem_words("lottery ticket"))
    shown = _naming_unit(terms, 0, SECTION, [1.0, 0.8, 0.7, 0.6, 0.5], [0, 1, 2])
    assert shown[-1] == 4 and shown == sorted(shown) and 0 in shown
    assert sum(words(SECTION[i]) for i in shown) <= MAX_WORDS
    # room is made by the filling neighbour furthest from the best unit
    assert 2 not in shown and 1 in shown


@pytest.mark.parametrize("terms, shown", [
    (frozenset(stem_words("structured sparsity")), [0, 1, 2]),  # already shown
    (frozenset(stem_words("distillation")), [0, 1, 2]),  # no unit names it
    (frozenset(), [0, 1]),  # nothing distinctive asked
    (frozenset(stem_words("lottery")), [0, "a run of sentences of a long paragraph"]),
])
def test_near_misses_keep_what_is_shown(terms, shown):
    assert _naming_unit(terms, 0, SECTION, [1.0, 0.8, 0.7, 0.6, 0.5], shown) == shown


def test_code_is_not_the_unit_added():
    texts = [*SECTION[:4], "```python\nlottery_ticket = prune(net)\n```"]
    terms = frozenset(stem_words("lottery ticket"))
    assert _naming_unit(terms, 0, texts, [1.0, 0.8, 0.7, 0.6, 0.5], [0, 1]) == [0, 1]


@pytest.mark.parametrize("question", [
    "mamba vs rwkv",
    "how is rwkv different from mamba",
    "catboost versus lightgbm, which is faster?",
    "tabnet vs xgboost for tabular data",
    # each side read whole: the notes say "particle" once, of something else
    "how does a kalman filter differ from a particle filter",
])
def test_a_comparison_of_things_the_notes_never_name(knowledge, question):
    assert unnamed_sides(question, knowledge)


@pytest.mark.parametrize("question", [
    "lstm vs rwkv",  # one side the notes name
    "rwkv vs a plain rnn",  # "plain" says which kind; the RNN is named
    "xgboost compared to an mlp",
    "focal loss vs dice loss for segmentation",  # the notes name focal loss
    "difference between dropout and dropconnect",
    "layer norm vs rmsnorm, which do llms use",
    "stacking two 3x3 convs vs one 5x5",  # sizes are no names
    "what is rwkv",  # no comparison
])
def test_a_comparison_with_a_side_in_the_notes_is_not(knowledge, question):
    assert not unnamed_sides(question, knowledge)


def test_the_whole_assistant_declines_it_and_answers_the_near_miss(ask):
    assert not from_notes(ask("catboost versus lightgbm, which one is faster to train?"))
    assert from_notes(ask("how is an lstm different from rwkv"))


@pytest.mark.parametrize("text", [
    "Values come from the memory (**read heads**); keys from the controller.",
    "The output is averaged over the batch (**mean reduction**) by default.",
])
def test_a_bold_term_in_the_sentences_own_brackets_keeps_them(text):
    assert not uses_key_marks(text)
    assert clean_markup(text) == text
    assert clean_markup(text, key_marks=False) == text


@pytest.mark.parametrize("document, kept", [
    # a textbook's key-point marks: the brackets go, the words stay
    ("See :numref:`sec_x`. We can (**define the update rule**) in one line.",
     "We can define the update rule in one line."),
    ("[**Let us begin**] with a tensor (**of ones**).", "with a tensor of ones."),
])
def test_a_textbooks_key_point_marks_still_lose_their_brackets(document, kept):
    assert uses_key_marks(document)
    assert kept in clean_markup(document)


def test_the_document_decides_for_each_of_its_sections():
    section = "the best result (**so far**) is kept"
    assert clean_markup(section, key_marks=True) == "the best result so far is kept"
    assert clean_markup(section, key_marks=False) == section
