"""Round 18: a message that is only an id (a lecture's, in any accepted spelling), or an id
with a remark beside it, asks for that item's entry, in term or with no time given; the
classifier reads a bare id as asking nothing."""

from __future__ import annotations

import pytest

from tests.conftest import ids

IN_TERM = "2021-02-10T12:00"
AFTER = "2026-12-06T12:00"  # what a null "now" means today: long after the course


@pytest.mark.parametrize("now", [IN_TERM, AFTER])
@pytest.mark.parametrize("message, lecture", [
    ("lec 12", "L12"),
    ("L10", "L10"),
    ("lecture 3?", "L03"),
    ("Lecture 19.", "L19"),
    ("lect 17a??", "L17a"),
])
def test_a_bare_lecture_id_gets_its_entry(ask, message, lecture, now):
    answer = ask(message, now=now)
    assert answer.answered and answer.intent == "schedule", answer.text
    assert lecture in ids(answer), answer.text
    assert "don't know" not in answer.text


@pytest.mark.parametrize("message, lecture", [
    ("lecture 16?? wasnt on my list", "L16"),
    ("lec 11!! had no idea it existed", "L11"),
    ("L20 lol totally forgot about that one", "L20"),
    # round 19: the id, then a remark set off by "!"s or an interjection, is split there
    ("L20 lol", "L20"),
    ("lecture 5 omg i completely missed it", "L05"),
    ("lecture 7 ugh i skipped it", "L07"),
    ("l14 haha been ignoring that one", "L14"),
])
def test_an_id_with_a_remark_gets_its_entry(ask, message, lecture):
    answer = ask(message, now=IN_TERM)
    assert answer.answered and lecture in ids(answer), answer.text
    assert "don't know" not in answer.text
