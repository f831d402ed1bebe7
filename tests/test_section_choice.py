"""Which section answers, and when a second one is shown.

The first sections the search finds are weighed again by what they hold for the question
(their heading, their best unit, the kind of text asked for); a hedged answer's second
section is shown only when the first answer is unsure; a course abbreviation with a digit
("seq2seq") is spelled out for the search like a short one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import bot.core.handlers.notes as notes
from bot.knowledge.compose import compose
from bot.knowledge.index import Hit

TZ = ZoneInfo("Europe/London")
NOW = datetime(2021, 3, 1, 12, 0, tzinfo=TZ)


def _composed(view, question: str):
    q = view.understander.parse(question, NOW, TZ)
    return notes.composed_answer(q, view)[2]


@pytest.mark.xfail(strict=True, reason=(
    "known gap since round 17: with the question adapter the adapter's first section answers "
    "(no weighing again), and it ranks Bahdanau attention first here (adapted fused score "
    "0.528 against 0.492); by rotation over the nine labelled sets the adapter's order puts "
    "the labelled section first for 0.862 of the questions the choice decides, the weighing "
    "for 0.783. Without an adapter the weighing stays "
    "(test_section_adapter_order). Drop the mark when fixed."))
def test_the_section_choice_weighs_the_first_sections_again(assistant, monkeypatch):
    """A formula asked for is in the section with the formula under a heading naming it
    ("Scaled dot-product attention"), which the search ranks below another section."""
    view = assistant.view()
    question = "formula for scaled dot product attn"
    chosen = _composed(view, question).chunk.section
    monkeypatch.setattr(notes, "SECTION_CHOICES", 1)  # the search's order alone
    alone = _composed(view, question).chunk.section
    assert chosen.endswith("Scaled dot-product attention")
    assert alone != chosen


def test_the_section_choice_keeps_a_clear_first(assistant, monkeypatch):
    view = assistant.view()
    question = "what is the reparameterisation trick in a vae"
    chosen = _composed(view, question).chunk.section
    monkeypatch.setattr(notes, "SECTION_CHOICES", 1)
    assert _composed(view, question).chunk.section == chosen


def _close_sections(view):
    chunks = view.knowledge.chunks
    first = next(c for c in chunks if c.section.endswith("> LSTM"))
    later = next(c for c in chunks if c.section.endswith("> GRU"))
    text = "why does the lstm help with vanishing gradients"
    composed = compose(text, view.knowledge.query_vector(text), first, view.knowledge)
    return text, composed, [Hit(first, 0.60, 1.0, 0.5), Hit(later, 0.59, 0.9, 0.5)]


def test_a_second_section_is_shown_below_the_runner_up_confidence(assistant):
    view = assistant.view()
    text, composed, hits = _close_sections(view)
    below = notes.RUNNER_UP_BELOW - 0.05
    second = notes._runner_up(view, text, (composed, hits, below))
    assert second is not None and second[0].chunk.section.endswith("> GRU")


def test_a_fairly_sure_hedged_answer_shows_the_next_section_too(assistant):
    """Between 0.7 and the confident threshold the answer is still hedged, and its first
    section lacks the answer nearly as often as below 0.7 (round 11, the labelled sets of
    bench/data): the next section is shown there too; a confident answer stays alone."""
    view = assistant.view()
    text, composed, hits = _close_sections(view)
    fairly_sure = (0.7 + notes.CONFIDENT_THRESHOLD) / 2
    assert fairly_sure < notes.RUNNER_UP_BELOW <= notes.CONFIDENT_THRESHOLD
    second = notes._runner_up(view, text, (composed, hits, fairly_sure))
    assert second is not None and second[0].chunk.section.endswith("> GRU")
    assert notes._runner_up(view, text, (composed, hits, notes.CONFIDENT_THRESHOLD)) is None


def test_a_section_the_choice_put_first_keeps_the_search_s_first_as_the_second(assistant):
    """Close either way round: the search's first section, now second, is still shown."""
    view = assistant.view()
    text, composed, (first, later) = _close_sections(view)
    behind = [Hit(first.chunk, 0.58, 1.0, 0.5), Hit(later.chunk, 0.60, 0.9, 0.5)]
    assert notes._runner_up(view, text, (composed, behind, 0.3)) is not None


def test_an_abbreviation_with_a_digit_is_spelled_out_however_long():
    expansions = {"seq2seq": "sequence to sequence", "normalization": "normalisation"}
    assert notes.expand_for_search("how does seq2seq work", expansions) == (
        "how does seq2seq (sequence to sequence) work")
    # a long word without a digit is a spelling, not an abbreviation
    assert notes.expand_for_search("batch normalization", expansions) == "batch normalization"


def test_help_with_one_s_own_work_keeps_the_search_s_order(assistant, monkeypatch):
    """A student's broken code is answered from the section the search found first, not
    from one whose code or steps fit "how do I"."""
    view = assistant.view()
    question = "my vae reconstructions are all grey, what do i check in the training loop"
    monkeypatch.setattr(notes, "_best_section", lambda text, vector, hits, *_: hits[-1])
    q = view.understander.parse(question, NOW, TZ)
    hits, _, _, _ = notes.composed_answer(q, view, symptom=True)
    search, _ = notes.search_notes(q, view)
    assert hits[0].chunk is search[0].chunk
    q = view.understander.parse(question, NOW, TZ)
    moved, _, _, _ = notes.composed_answer(q, view)  # a question about the material: moved
    assert moved[0].chunk is not search[0].chunk
