"""A clash of the writer's own told beside a question (round 24): the reason for asking, not
a time to check, so it is never denied; the question alone is answered. The phrasings are
the developer's own."""

from __future__ import annotations

NOW = "2021-01-24T12:00"


def test_a_clash_told_after_a_recording_question_is_not_checked(ask):
    for question in ("will the tutorials be recorded? they clash with my other module on tuesdays",
                     "do q&a sessions get recorded?? i have a conflict w another course",
                     "is the tutorial recorded. it clashes with my other lab every week"):
        a = ask(question, now=NOW)
        assert "record" in a.text and "overlaps" not in a.text, (question, a.text)
        assert "ask a TA" in a.text, (question, a.text)


def test_sessions_set_against_each_other_still_get_the_overlap_answer(ask):
    a = ask("do the q&a and the tutorial clash on 26 jan?", now=NOW)
    assert a.text.startswith("No: nothing you asked about overlaps"), a.text
    # (a time of the writer's own asked about is still checked)
    a = ask("does anything clash with my other module on tuesdays 10-11?", now=NOW)
    assert a.text.startswith("Yes") and "10:00-11:00" in a.text, a.text
