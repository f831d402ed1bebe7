"""Round 15, content: what a named session covered is answered from the notes that go with
it (the schedule links lectures and tutorials to notes); the material asked about with the
exam as its frame is answered from the notes, with what the page says is examinable."""

from __future__ import annotations

import pytest

from bot.core import wording as W


def _cited(a) -> str:
    return " ".join(q.citation for q in a.quotes)


@pytest.mark.parametrize(("question", "doc"), [
    ("what was the tutorial on signals about", "T01"),
    ("i skipped tutorial 8, what did they go over", "T08"),
    ("could u summarise lecture 16 pls", "N16"),
    ("what did the batchnorm tutorial cover", "T05"),
    ("what was covered in the GCN tutorial", "T09"),
    ("what was the padding and strides tutorial about", "T02"),  # the whole title
])
def test_what_a_session_covered_quotes_its_notes(ask, question, doc):
    a = ask(question, now="2021-02-26T10:00")
    assert a.quotes, a.text
    assert doc in _cited(a)
    assert W.SESSION_SECTIONS.split("{")[0] in a.text  # the notes' headings follow


@pytest.mark.parametrize("question", [
    "lecture 14 ended with a case study, what did they do in it",
])
def test_a_later_part_of_a_session_asked_about_is_found_in_its_notes(ask, question):
    a = ask(question, now="2021-02-26T10:00")
    assert a.quotes and "N11" in _cited(a) and "Case study" in _cited(a)


def test_what_a_session_said_about_something_quotes_that_passage(ask):
    a = ask("what did the gans lecture say about mode collapse?")
    assert a.quotes and "Mode collapse" in _cited(a)


@pytest.mark.parametrize("question", [
    "when was the signals tutorial",
    "slides for lecture 10 differ from what's in the video",
])
def test_when_a_session_is_or_what_else_is_said_of_it_is_not_its_notes(ask, question):
    a = ask(question)
    assert W.SESSION_SECTIONS.split("{")[0] not in a.text


@pytest.mark.parametrize(("question", "doc"), [
    ("what should we know about activation functions for the exam", "N09"),
    ("exam revision - explain equivariance pls", "N02"),
    ("for the final how do resnets work", "N08"),
])
def test_the_material_framed_by_the_exam_is_quoted_with_what_is_examinable(ask, question, doc):
    a = ask(question)
    assert a.quotes and doc in _cited(a), a.text
    assert "examinable" in a.text


def test_whether_a_lecture_is_examinable_alone_stays_the_pages_answer(ask):
    a = ask("do i need to memorise the vgg architecture for the test")
    assert not a.quotes and "examinable" in a.text
