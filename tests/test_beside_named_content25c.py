"""What the lecture or tutorial right before or after a named one covered: the notes of
that neighbour (lecture order), said with which session it is, not the named one's notes
(round 25, mend25c). Phrasings written for the test."""

from __future__ import annotations

import pytest


def _sources(a) -> set[str]:
    return {s.lecture for s in a.sources if s.lecture}


@pytest.mark.parametrize(("question", "lecture", "named"), [
    ("what was the lecture right before the batchnorm one about?", "09", "10"),
    ("what did the lecture preceding the lenet lecture cover?", "05", "06"),
    ("what did the lecture just after the vgg lecture go over", "09", "08"),
    ("what did the lecture before lecture 16 talk about?", "15", "16"),
])
def test_the_neighbours_notes_are_quoted(ask, question, lecture, named):
    a = ask(question, now="2021-02-25T09:00")
    assert a.intent == "content", a.text
    assert lecture in _sources(a) and named not in _sources(a), (a.text, _sources(a))
    assert f"Lecture {lecture}" in a.text.splitlines()[0], a.text


@pytest.mark.parametrize(("question", "lecture"), [
    ("what did the batchnorm lecture cover?", "10"),
    ("what was the vgg lecture about", "08"),
])
def test_near_miss_the_named_lectures_own_notes(ask, question, lecture):
    a = ask(question, now="2021-02-25T09:00")
    assert lecture in _sources(a), (a.text, _sources(a))
    assert not a.text.startswith(("Before", "After")), a.text
