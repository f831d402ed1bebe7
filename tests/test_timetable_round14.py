"""Timetable classes (round 14): the regular weekly slot asked without a date, clashes
between sessions, "this week" once this week's sessions are over, what a course term means,
and where handed-out things are posted as against where sessions are held. The phrasings
are the developer's own, not graded messages."""

from __future__ import annotations

from tests.conftest import ids

NOW = "2021-02-15T09:00"


def test_handed_out_sheets_are_where_the_materials_are_not_where_sessions_run(ask):
    for question in ("where do i find the tutorial worksheets", "where can i get the tut "
                     "exercise sheet for week 4", "where are the tutorial solutions"):
        a = ask(question, now=NOW)
        assert "Materials and CATe" in a.text, question
        assert "MS Teams" not in a.text, question
    held = ask("where is the tutorial held", now=NOW)
    assert "MS Teams" in held.text
