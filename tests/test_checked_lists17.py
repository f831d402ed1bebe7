"""A list the writer asks to have checked (round 17): each item is checked on its own, right
(confirmed) or wrong (what is wrong and the page's value); a clock time after a date is no
id; a session asked of with people who do not run it that day is corrected by who does. The
phrasings are the developer's own."""

from __future__ import annotations

from bot.core.multipart import split_question
from tests.conftest import ids

NOW = "2021-01-12T10:00"


def test_a_list_to_check_is_split_into_one_yes_no_question_per_item():
    for text in ("did I copy these right?\n- cw3 due tue 9 march 7pm\n- tutorial on 16 feb "
                 "at 10\n- panel 2 march",
                 "pls check my notes are correct: * cw2 deadline wed 23 feb * q&a 2 feb 10am "
                 "* tutorial 26 jan 11:00",
                 "are these ok: 1) cw1 fri 5 feb 2) tut 9 feb 11am 3) q&a 16 feb"):
        parts = split_question(text)
        assert len(parts) == 3 and all(p.startswith("is ") for p in parts), parts


def test_each_item_is_confirmed_or_corrected(ask):
    a = ask("did I copy these right?\n- cw3 due tue 9 march 7pm\n- tutorial on 16 feb at 10",
            now=NOW)
    # (round 18: one line per claim under a lead counting the wrong ones, claims.py)
    lead, first, second = a.text.splitlines()[:3]
    assert lead.startswith("Not all: 1 of 2")
    assert first.startswith("\u2713") and "Tue 9 Mar 2021, 19:00" in first
    assert "not at 10:00" in second and "11:00-12:00" in second


def test_a_clock_time_after_a_date_is_no_id(ask):
    a = ask("pls check my notes are correct: * cw2 deadline wed 23 feb * tutorial 26 jan 11:00",
            now=NOW)
    assert "no tutorial 11" not in a.text.lower()
    assert "not on Wednesday" in a.text and "T03" in ids(a)


def test_a_session_with_the_wrong_people_names_who_runs_it(ask):
    for question, right in (("is the tutorial on 19 jan with Schmidtke?", "Budd"),
                            ("is the 9 feb q&a with Kainz?", "Schmidtke")):
        a = ask(question, now=NOW)
        assert a.text.startswith("No, not with"), question
        assert right in a.text and "Nothing of that kind" not in a.text, question
