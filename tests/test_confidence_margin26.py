"""The answer model for adapted passages, refitted on the rounds the adapter never saw
(round 26, `confidence.ANSWER_COEF_ADAPTED`): a narrow lead of the first section over the
next (often a neighbouring section of the same note) no longer holds back an answer every
other signal agrees on, while an answer the signals disagree on, or that the passage model
doubts, stays hedged. Inputs are typical of the labelled sets' shown answers (medians of
the first six: dense 0.58, log BM25 1.99, heading overlap 0.25, heading cosine 0.51, best
unit 0.56, asked words shown 0.5)."""

from __future__ import annotations

import pytest

from bot.knowledge import confidence as C

TYPICAL = (0.58, 1.99, 0.25, 0.51, 0.56, 0.5)


def _p(margin: float, passage: float, dense: float, bm25: float, gate: float) -> float:
    return C.answer_probability((*TYPICAL, margin, passage, dense, bm25, gate), adapted=True)


@pytest.mark.parametrize("margin", [0.04, 0.05, 0.08])
def test_a_narrow_lead_that_every_signal_agrees_on_is_confident(margin: float) -> None:
    assert _p(margin, 1, 1, 1, 0.97) >= C.CONFIDENT_THRESHOLD


@pytest.mark.parametrize(("passage", "dense", "bm25", "gate"), [
    (1, 1, 0, 0.97),  # BM25 puts another section first
    (1, 0, 0, 0.97),  # so do BM25 and the dense score
    (0, 1, 1, 0.97),  # the passage model does
    (1, 1, 1, 0.80),  # the passage model doubts the passage
    (0, 0, 0, 0.60),
])
def test_a_narrow_lead_the_signals_disagree_on_stays_hedged(passage: int, dense: int,
                                                            bm25: int, gate: float) -> None:
    assert _p(0.05, passage, dense, bm25, gate) < C.CONFIDENT_THRESHOLD


def test_a_wide_lead_stays_confident_and_the_lead_still_counts() -> None:
    assert _p(0.25, 1, 1, 1, 0.97) >= C.CONFIDENT_THRESHOLD
    assert _p(0.25, 1, 1, 1, 0.85) >= C.CONFIDENT_THRESHOLD
    assert _p(0.02, 1, 1, 1, 0.9) < _p(0.1, 1, 1, 1, 0.9) < _p(0.2, 1, 1, 1, 0.9)

