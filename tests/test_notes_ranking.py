"""The notes' ranking, its gate and the answer confidence's agreement signals."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.assistant import Assistant
from bot.core.handlers.notes import agreement, search_notes, search_text
from bot.knowledge.chunk import Chunk
from bot.knowledge.confidence import GATE_PASSAGES, gate, probability
from bot.knowledge.index import Hit

LONDON = ZoneInfo("Europe/London")
QUESTIONS = ("how does an lstm avoid vanishing gradients", "what does dropout do at test time",
             "why do we scale dot products in attention", "how do residual connections help",
             "what is the reparameterisation trick", "formula for layer normalisation")


def test_the_notes_search_keeps_the_hybrid_order_and_gates_on_the_passage_model(
        assistant: Assistant):
    view = assistant.view()
    reordered = 0
    for question in QUESTIONS:
        q = view.understander.parse(question, datetime(2021, 2, 1, 9, tzinfo=LONDON), LONDON)
        text = search_text(q, view)
        hits, confidence = search_notes(q, view)
        hybrid = view.knowledge.search(text, k=12)
        assert [h.chunk.key for h in hits] == [h.chunk.key for h in hybrid], question
        first = hybrid[:GATE_PASSAGES]
        assert confidence == max(probability(h, text) for h in first)
        by_model = sorted(first, key=lambda h: -probability(h, text))
        reordered += [h.chunk.key for h in by_model] != [h.chunk.key for h in first]
    # The passage model would have reordered some of these (so the first assertion has
    # something to catch).
    assert reordered


def _hit(section: str, dense: float, bm25: float, path: str = "N01.md") -> Hit:
    chunk = Chunk("N01", "Notes", section, f"Text of {section}.", path)
    return Hit(chunk, score=0.5, bm25=bm25, dense=dense, bm25_raw=bm25 * 10, heading=0.3)


def test_agreement_says_which_rankers_put_the_first_section_first():
    first, other = "Notes > Dropout at test time", "Notes > Weight decay"
    hits = [_hit(first, dense=0.6, bm25=0.4), _hit(other, dense=0.7, bm25=0.2)]
    model, dense, bm25 = agreement(hits, "dropout at test time")
    assert (dense, bm25) == (0.0, 1.0)
    assert model == float(probability(hits[0], "dropout at test time")
                          >= probability(hits[1], "dropout at test time"))
    assert agreement(hits[:1], "anything") == (1.0, 1.0, 1.0)


def test_gate_is_the_best_probability_among_the_first_passages():
    hits = [_hit(f"Notes > S{i}", dense=0.1 * i, bm25=0.1) for i in range(GATE_PASSAGES + 2)]
    assert gate(hits, "s") == max(probability(h, "s") for h in hits[:GATE_PASSAGES])
    assert gate([], "s") == 0.0
