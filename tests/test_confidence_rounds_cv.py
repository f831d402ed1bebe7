"""The leave-one-round-out reading of the answer model (bench/confidence_rounds_cv.py): an
answer is re-decided from the inputs behind its reported confidence; one the adapted model
did not set (a rule capped it, or one's own work read by the unadapted model) keeps the
shipped decision; the shipped weights reproduce the shipped decisions."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import confidence_rounds_cv as R  # noqa: E402

from bot.knowledge import confidence as C  # noqa: E402

SHIPPED = np.array(C.ANSWER_COEF_ADAPTED)
N = len(C.ANSWER_FEATURE_NAMES)


def _row(used: list[float], *, adapted: bool = True, answered: bool = True,
         confident: bool = False, correct: bool = True, name: str = "r1") -> dict:
    return {"set": name, "features": [0.0] * N, "used": used, "used_adapted": adapted,
            "answered": answered, "confident": confident, "correct": correct,
            "file": "N01.md", "some": correct}


def _sure_inputs() -> list[float]:
    # every input at 1: the shipped adapted model is then well above the threshold
    return [1.0] * N


def _doubtful_inputs() -> list[float]:
    return [0.0] * N


def test_shipped_weights_reproduce_the_decisions() -> None:
    rows = [_row(_sure_inputs(), confident=True), _row(_doubtful_inputs())]
    p = R.probabilities(rows, SHIPPED, C.ANSWER_INTERCEPT_ADAPTED)
    assert p[0] >= C.CONFIDENT_THRESHOLD > p[1]
    assert R.confident(rows, p) == [rows[0]]


def test_an_answer_no_adapted_call_set_keeps_the_shipped_decision() -> None:
    capped = _row([], adapted=False, confident=False)  # e.g. a one-sided choice held down
    own_work = _row([], adapted=False, confident=True)
    p = np.array([0.99, 0.01])  # whatever a refitted model says
    assert R.confident([capped, own_work], p) == [own_work]


def test_a_passage_not_shown_is_never_confident() -> None:
    declined = _row(_sure_inputs(), answered=False)
    assert R.confident([declined], np.array([0.99])) == []


def test_the_target_counts_evidence_shown_and_the_negatives_as_wrong() -> None:
    shown = {**_row(_sure_inputs(), correct=False), "some": True}
    negative = {**_row(_sure_inputs(), correct=False), "file": None, "some": False}
    assert list(R.target([_row(_sure_inputs()), shown, negative])) == [1.0, 1.0, 0.0]


def test_cell_counts_confident_and_right() -> None:
    text, n, right = R.cell([_row([], correct=True), _row([], correct=False)])
    assert (n, right) == (2, 1) and text == "2 (0.500)"
