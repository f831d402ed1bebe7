"""The passage order's file support (bench/retrieval.py --tried; measured, not shipped): a
file that matches in several places outranks one passage of another that scores a little
higher alone, and a file's own passages keep their order."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from retrieval import FILE_TOP, FILE_WEIGHT, with_file_support  # noqa: E402


def _order(fused: list[float], files: list[int]) -> list[int]:
    return [int(i) for i in np.argsort(-with_file_support(np.array(fused), np.array(files)))]


def test_a_file_matching_in_several_places_outranks_one_lucky_passage() -> None:
    # Passage 0 (file 0) is best alone; file 1 has three passages just behind it.
    fused = [0.80, 0.795, 0.79, 0.785, 0.1]
    files = [0, 1, 1, 1, 2]
    assert _order(fused, files)[0] == 1
    # Its passages keep their own order, and the lucky passage is still next after them.
    assert _order(fused, files)[:4] == [1, 2, 3, 0]


def test_a_clear_lead_is_not_overturned() -> None:
    fused = [0.90, 0.70, 0.69, 0.68]
    files = [0, 1, 1, 1]
    assert _order(fused, files)[0] == 0


def test_only_the_first_passages_count() -> None:
    # File 1's many weak passages, below the first FILE_TOP, add nothing.
    strong = [0.9 - 0.001 * i for i in range(FILE_TOP)]
    fused = np.array(strong + [0.01] * 50)
    files = np.array([0] * FILE_TOP + [1] * 50)
    boosted = with_file_support(fused, files)
    assert np.allclose(boosted[FILE_TOP:], 0.01)
    assert np.allclose(boosted[:FILE_TOP], fused[:FILE_TOP] + FILE_WEIGHT * FILE_TOP)
