"""Lookups by person (round 17): a writer naming themself as one of the staff asks of their
own sessions ("which tutorials am i on"), not the whole timetable; a mark one of the staff
gave another student is that student's data, declined without listing the person's
sessions. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from bot.core.text import normalize
from bot.nlu.safety.others_data import _OTHERS_MARKS
from tests.conftest import ids

NOW = "2021-01-20T10:00"


@pytest.mark.parametrize("question, expected", [
    ("I'm Barmpas (a TA for this module), what tutorials am I on", {"T07", "T08", "T09"}),
    ("which tuts have i got? i'm barmpas", {"T07", "T08", "T09"}),
    ("which q&as am i hosting this term? i am Li", {"QA-W5", "QA-W6", "QA-W7", "PANEL-W8"}),
    ("my name is Spies (TA), can you list the tutorials i'm on", {"T07", "T08"}),
    ("im Schmidtke, a TA. which tutorials do i have?", {"T06"}),
])
def test_a_writer_naming_themself_as_staff_gets_their_own_sessions(ask, question, expected):
    a = ask(question, now=NOW)
    assert set(ids(a)) == expected, question


def test_a_writer_naming_no_staff_keeps_the_whole_listing(ask):
    a = ask("i'm in berlin, which tutorials are left", now=NOW)
    assert {"T03", "T07", "T09"} <= set(ids(a))


@pytest.mark.parametrize("question", [
    "what mark did Kainz give my neighbour",
    "which grade has Stacey given to priya for cw2",
    "how many marks did Vlontzos award my study buddy",
])
def test_a_mark_staff_gave_another_student_is_declined_without_their_sessions(ask, question):
    assert _OTHERS_MARKS.search(normalize(question))
    a = ask(question, now=NOW)
    assert a.intent == "refused" and not ids(a), question


def test_what_marks_are_given_for_a_thing_or_to_the_writer_is_no_one_elses():
    for question in ("what mark did kainz give me", "how many marks do they give for the "
                     "notebook", "what marks will the markers give per question"):
        assert not _OTHERS_MARKS.search(normalize(question)), question
