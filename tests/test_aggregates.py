"""Questions answered by a computation over the whole schedule (issue 13): how many of a kind
in all or still to come (this week's included or not), the weeks a person is on the page,
who runs a kind every week (the last one too), what comes right after a dated thing, and
the lectures to have watched before a session or up to a day. Each reply states the number
and the items."""

from __future__ import annotations

import pytest

from tests.conftest import ids

MID_TERM = "2021-02-15T09:00"  # Monday of week 6


# --- counts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "count", "first"), [
    ("how many lectures do I still need to watch incl this week?", "5 lectures", "L18"),
    ("how many lectures are left to watch counting this week too", "5 lectures", "L18"),
    ("count of lectures remaining apart from this week", "1 lecture", "L22"),
    ("how many lecs are left not including this week", "1 lecture", "L22"),
])
def test_lectures_still_to_watch_with_or_without_this_week(ask, question, count, first):
    a = ask(question, now=MID_TERM)
    assert count in a.text.splitlines()[0], a.text
    assert ids(a)[0] == first and ids(a)[-1] == "L22"
    assert "L17a" not in ids(a)


@pytest.mark.parametrize("question", [
    "how many sessions does the course have in total?",
    "total number of classes over the term",
])
def test_sessions_in_all_are_counted_by_session_and_kind(ask, question):
    a = ask(question)
    assert a.text.startswith("37 sessions (23 lectures, 6 Q&A sessions, 7 tutorials, "
                             "1 panel discussion)"), a.text


# --- a person's weeks; who runs a kind every week ---------------------------------------------

@pytest.mark.parametrize(("question", "weeks"), [
    ("in what weeks is kainz around?", "4 weeks: 2, 3, 4, 8"),
    ("which weeks does Li appear", "4 weeks: 5, 6, 7, 8"),
    ("when is bronstein around", "1 week: 7"),
])
def test_the_weeks_a_person_is_on_the_page(ask, question, weeks):
    a = ask(question)
    assert a.intent == "people" and weeks in a.text, a.text


def test_who_runs_the_qa_every_week_lists_each_one_the_panel_in_its_slot_too(ask):
    a = ask("who's running the q&a every week, up to the final one?", tz="America/Chicago")
    assert {"QA-W2", "QA-W3", "QA-W7", "PANEL-W8"} <= set(ids(a)), a.text


# --- order: what comes right after a dated thing ----------------------------------------------

def test_what_comes_right_after_a_qa_named_by_its_week(ask):
    a = ask("what's on straight after the week 6 q&a")
    assert set(ids(a)) == {"T07", "T08"}, a.text


def test_what_comes_after_a_deadline_is_the_next_dated_thing_of_any_kind(ask):
    a = ask("what comes after the cw1 deadline?")
    assert ids(a) == ["QA-W5"], a.text


# --- what to have watched before a session, or up to a day ------------------------------------

@pytest.mark.parametrize(("question", "last", "count"), [
    ("which lectures should i watch before the tutorial on batch norm", "L14", "14 lectures"),
    ("what do i need to have seen before the week 5 q and a", "L17a", "18 lectures"),
    ("videos to watch before tut 3?", "L08", "8 lectures"),
])
def test_the_lectures_of_a_sessions_week_and_before_it(ask, question, last, count):
    a = ask(question)
    lectures = [i for i in ids(a) if i.startswith("L")]
    assert lectures[0] == "L01" and lectures[-1] == last, a.text
    assert count in a.text.splitlines()[0]


def test_what_was_covered_up_to_a_day(ask):
    a = ask("what have we covered up until 3 feb?", now=MID_TERM, tz="Asia/Kolkata")
    assert "week 4" in a.text.splitlines()[0] and "14 lectures" in a.text, a.text
    assert ids(a)[-1] == "L14"


def test_lectures_left_unqualified_mid_week_gives_both_counts(ask):
    # this week's recorded lectures are out, but may not be watched yet: both are said
    a = ask("how many lectures have we got left?", now="2021-02-18T15:00", tz="Europe/Berlin")
    lines = a.text.splitlines()
    assert lines[0].startswith("1 lecture still to come after this week (week 6)"), a.text
    assert "With this week's 4" in lines[-1] and "5 in all" in lines[-1]
    assert set(ids(a)) == {"L18", "L19", "L20", "L21", "L22"}


def test_another_kind_still_to_come_without_this_week(ask):
    a = ask("how many q&as are left not counting this week", now="2021-02-08T09:00")
    assert a.text.startswith("3 Q&A sessions still to come after this week (week 5)"), a.text
    assert ids(a) == ["QA-W6", "QA-W7", "PANEL-W8"]
