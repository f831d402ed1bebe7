"""Schedule classes of the tenth round's dev failures: the course's first or last one checked
against a date, the session after or before one named by kind or by its day, a week and a
date beside it that disagree, a person wrongly named for a session, what was missed so far,
tutorials sharing a slot, an empty week on the writer's own timetable, and a question of
several parts after a preamble. The phrasings are new, not the graded messages."""

from __future__ import annotations

from datetime import datetime

from bot.core.when import parse_time
from tests.conftest import LONDON, ids

# --- the first or last one, checked against a date ------------------------------------------


def test_the_first_of_a_kind_on_a_wrong_day_is_no_and_the_first_one(ask):
    a = ask("the first q&a was on 11 jan wasn't it?", now="2021-02-16T10:00")
    assert a.text.startswith("No:")
    assert "The first Q&A of the course" in a.text and "QA-W2" in ids(a)
    assert "next one" not in a.text.lower()


def test_the_first_tutorial_on_a_later_day_is_no_with_the_one_held_then(ask):
    a = ask("first tutorial is on the 26th of jan right?", now="2021-02-16T10:00")
    assert a.text.startswith("No.")
    assert {"T01", "T03"} <= set(ids(a))


def test_the_last_tutorial_on_its_day_is_yes(ask):
    a = ask("the last tutorial is on 2 march right?", now="2021-02-16T10:00")
    assert a.text.startswith("Yes")


def test_a_lecture_named_by_number_on_the_wrong_day_is_no(ask):
    a = ask("is lecture 22 on the 24th of feb?", now="2021-02-16T10:00")
    assert a.text.startswith("No:") and "23 Feb" in a.text and ids(a) == ["L22"]

# --- the session after or before one ---------------------------------------------------------


def test_the_kind_said_before_after_names_what_is_asked(ask):
    a = ask("and the tutorial after the cnn one?", now="2021-01-27T10:00")
    assert a.text.startswith("After Tutorial T03") and set(ids(a)) == {"T04", "T05"}


def test_the_lecture_before_one_named_by_its_title(ask):
    a = ask("the lecture before resnet?", now="2021-02-10T10:00")
    assert a.text.startswith("Before Lecture 11") and ids(a) == ["L10"]


def test_a_session_named_by_its_day(ask):
    a = ask("which q&a comes after the one on 2 feb", now="2021-01-20T10:00")
    assert "Tue 2 Feb 2021" in a.text.splitlines()[0] and ids(a) == ["QA-W5"]
    b = ask("the tutorial before the one on 16 feb?", now="2021-01-20T10:00")
    assert ids(b) == ["T06"]

# --- a week and a date beside it ---------------------------------------------------------------


def test_a_date_beside_another_week_is_that_dates_week(assistant):
    cal = assistant.view().understander.calendar
    now = datetime(2021, 2, 15, 9, tzinfo=LONDON)
    t = parse_time("who runs the qa in week 6 (the one starting 8 feb)", now, LONDON, cal)
    assert t.window is not None and t.window.course_week == 5 and t.said_week == 6
    assert "starting" not in t.remainder
    t = parse_time("what is on in week 4 and on 9 feb", now, LONDON, cal)
    assert t.said_week is None  # two times asked about, not one corrected


def test_the_week_said_is_corrected_before_the_answer(ask):
    a = ask("in week 3 (from 1 feb) which tutorials are there", now="2021-02-10T10:00")
    assert a.text.startswith("Not week 3") and "week 4" in a.text
    assert set(ids(a)) == {"T04", "T05"} and "can't find" not in a.text

# --- a person wrongly named --------------------------------------------------------------------


def test_a_person_wrongly_named_for_a_session_gets_who_is_listed(ask):
    a = ask("Schmidtke is running the week 8 panel, right?", now="2021-02-10T10:00")
    assert a.text.startswith("No:")
    assert "Li, Kainz" in a.text and "PANEL-W8" in ids(a)
    b = ask("stacey is doing the live panel yeah?", now="2021-02-10T10:00")
    assert b.text.startswith("No:") and "Li, Kainz" in b.text and " ." not in b.text

# --- what was missed -----------------------------------------------------------------------------


def test_what_was_missed_lists_the_weeks_so_far(ask):
    a = ask("only joined this module now, what have i missed?", now="2021-01-28T10:00")
    assert a.answered and "Week 2" in a.text and "Week 3" in a.text and "Week 4" not in a.text
    assert "T03" in a.text and "Materials" in a.text and "marks" not in a.text


def test_what_was_missed_while_unwell_is_heard_and_answered(ask):
    a = ask("was sick for two weeks, what did i miss", now="2021-02-10T10:00")
    assert "Week 5" in a.text and "ask a TA" in a.text


def test_what_was_missed_in_a_week_named_is_that_weeks_listing(ask):
    a = ask("what did i miss last week", now="2021-02-10T10:00")
    assert "Week 2" not in a.text and "T04" in a.text

# --- tutorials sharing a slot, an empty week ------------------------------------------------


def test_tutorials_sharing_a_slot(ask):
    a = ask("in which weeks are two tutorials run together?", now="2021-02-15T09:00")
    assert set(ids(a)) == {"T01", "T02", "T04", "T05", "T07", "T08"}
    assert "2, 4 and 6" in a.text


def test_a_number_word_is_no_topic(ask):
    a = ask("when are the two tutorials in week 6", now="2021-02-15T09:00")
    assert set(ids(a)) == {"T07", "T08"}


def test_an_empty_week_on_the_writers_timetable_is_checked(ask):
    a = ask("my timetable has nothing for DL this week, did i break something?",
            now="2021-01-12T12:00")
    assert a.intent == "schedule" and "Week 1" in a.text and "19 Jan" in a.text

# --- several questions after a preamble ------------------------------------------------------


def test_parts_after_a_preamble_are_each_answered(ask):
    a = ask("two qs sorry: when's the padding tutorial, which lecture is alexnet",
            now="2021-01-15T10:00")
    assert "T02" in ids(a) and "L07" in ids(a)


def test_a_first_one_stated_on_a_day_is_checked(ask):
    a = ask("first tutorial is on the 12th of jan?", now="2021-02-15T09:00")
    assert a.text.startswith("No") and "T01" in ids(a) and "next one" not in a.text.lower()


def test_a_weekly_slot_asked_by_its_day_is_every_week_or_not(ask):
    a = ask("you said tuesday mornings, but is it really every week?", now="2021-02-15T09:00")
    assert a.text.startswith("No:") and "weeks 1 and 9" in a.text


def test_nothing_in_the_writers_calendar_is_checked(ask):
    a = ask("nothing in my calendar for this module this week, did i mess up?",
            now="2021-01-13T12:00")
    assert a.intent == "schedule" and "Week 1" in a.text


def test_the_next_one_in_week_one_names_the_undated_one_before_it(ask):
    a = ask("so when is the next q&a then", now="2021-01-12T10:05")
    assert ids(a)[0] == "QA-W2" and "no date or time" in a.text
