"""Round 29, issue 13: schedule questions understood by their class, in new phrasings (not
the graded messages): a home given as a region (a state, province, coast or country of
several zones); a weekday with a day of the month and no month; a working week told as a
constraint beside whether anything is live; a student in an empty session's call; a day
with none of the kind asked though one was that week. Near-misses keep their old readings."""

from __future__ import annotations

import pytest

from bot.core import zones
from bot.core.text import normalize

# --- (a) a home given as a region ---------------------------------------------------------

@pytest.mark.parametrize(("said", "zone"), [
    ("back home in alberta, when is it", "America/Edmonton"),
    ("i live on the west coast so what time", "America/Los_Angeles"),
    ("my family is on the east coast of australia", "Australia/Sydney"),
    ("flying back to nova scotia next week", "America/Halifax"),
    ("what time in colorado", "America/Denver"),
    ("i'm from western australia", "Australia/Perth"),
])
def test_a_region_names_its_zone(said, zone):
    found = zones.find_zone(normalize(said))
    assert found is not None and zones.zone_name(found[0]) == zone


@pytest.mark.parametrize(("said", "region"), [
    ("i'm back in florida for the holidays", "florida"),
    ("i'm on the west coast", "west coast"),
    ("from canada", "canada"),
])
def test_a_region_of_several_zones_is_known_as_one(said, region):
    assert zones.spanning_region(normalize(said)) == region


@pytest.mark.parametrize("said", [
    "back home in alberta", "on the west coast of canada", "i'm in toronto", "in new york"])
def test_a_place_of_one_zone_is_no_spanning_region(said):
    assert zones.spanning_region(normalize(said)) is None


@pytest.mark.parametrize("said", [
    "is the coast clear for the next q&a", "the east side of the building",
    "what does a state space model do", "my home is quiet"])
def test_no_region_in_ordinary_words(said):
    assert zones.find_zone(normalize(said)) is None


def test_a_region_converts_the_session_and_says_which_zone(ask):
    a = ask("when's the next tutorial for me? I'm back home in oregon", now="2021-02-08T09:00")
    assert "03:00-04:00 PST" in a.text
    assert "I read Oregon as Los Angeles time" in a.text


def test_a_region_of_one_zone_converts_without_a_note(ask):
    a = ask("next q&a time where I am, I'm home in manitoba", now="2021-02-08T09:00")
    assert "04:00-05:00 CST" in a.text and "I read" not in a.text


# --- (b) a weekday with a day of the month and no month -------------------------------------

@pytest.mark.parametrize(("question", "now", "day"), [
    # from outside the course: the course date where both agree
    ("what's on tue the 19th?", "2026-06-01T09:00", "Tue 19 Jan 2021"),
    ("anything due fri the 15th", "2023-11-20T09:00", "Fri 15 Jan 2021"),
    # within the course: the nearest such date (8 Feb before 8 Mar)
    ("whats happening mon the 8th", "2021-02-10T09:00", "Mon 8 Feb 2021"),
])
def test_weekday_and_day_read_as_the_course_date(ask, question, now, day):
    a = ask(question, now=now)
    assert day in a.text
    assert "2026" not in a.text and "2023" not in a.text.split("today")[0]


@pytest.mark.parametrize(("question", "now"), [
    ("anything on wed the 9th?", "2021-02-01T09:00"),
    ("is the tutorial on thursday 2nd", "2026-06-01T09:00"),
])
def test_weekday_and_day_that_never_agree_is_said(ask, question, now):
    a = ask(question, now=now)
    assert a.text.startswith("The weekday and the date do not match")


def test_day_of_month_alone_is_unchanged(ask):
    a = ask("what's on the 23rd", now="2026-06-01T09:00")
    assert "read as Tue 23 Feb 2021" in a.text


# --- (c) a working week told as a constraint, asking what is live ---------------------------

@pytest.mark.parametrize("question", [
    "busy weekday afternoons with my job: is any of it at fixed times, or all recorded?",
    # (a run of weekdays, "mon-fri", once read as its first day too: no day asked of)
    "full time job mon-fri 9 to 6 - can I follow this course in my own time?",
])
def test_live_parts_against_a_working_week(ask, question):
    a = ask(question, now="2021-02-01T09:00")
    assert a.text.startswith("Live, at set times:")
    assert "Pre-recorded:" in a.text and "Q&A Tuesday 10:00-11:00" in a.text
    assert "still to come fall" in a.text and "in the time you gave" in a.text


@pytest.mark.parametrize("question", [
    "which mondays in february have live stuff in the afternoon",
    "is anything live on tuesday mornings?"])
def test_a_time_asked_about_is_no_constraint(ask, question):
    assert "in the time you gave" not in ask(question).text


def test_a_weekly_clash_is_still_a_clash(ask):
    a = ask("I have a seminar tuesdays 10-12, will I miss anything?", now="2021-02-01T09:00")
    assert a.text.startswith("Yes:") and "In the time you gave" in a.text


def test_one_kind_recorded_beside_a_working_week_is_unchanged(ask):
    a = ask("i work mon-fri 9-5, will the q&a sessions be recorded?", now="2021-02-01T09:00")
    assert "doesn't say whether the Q&A sessions are recorded" in a.text


# --- (d) in a session's call and nobody is there --------------------------------------------

def test_empty_call_after_todays_session(ask):
    a = ask("been waiting in the q&a teams meeting for ages and no one has joined, is it "
            "even today?", now="2021-02-09T15:00")
    assert a.text.startswith("Today's Q&A is over already")
    assert "Tue 16 Feb 2021, 10:00-11:00" in a.text


def test_empty_call_on_a_day_without_it(ask):
    a = ask("i'm in the tutorial link, empty. have i got the wrong day?",
            now="2021-02-11T11:05")
    assert a.text.startswith("No: there is no tutorial today (Thu 11 Feb 2021)")
    assert "The next one is Tue 16 Feb 2021, 11:00-12:00" in a.text


def test_empty_call_in_a_week_without_it(ask):
    a = ask("sitting in the q&a call and it's completely empty", now="2021-03-09T10:15")
    assert "no Q&A in week 9" in a.text


def test_empty_call_before_it_starts(ask):
    a = ask("im in the tutorial call but nobody is here yet?", now="2021-02-16T10:40")
    assert a.text.startswith("Today's tutorial has not started yet")


def test_empty_call_while_it_runs(ask):
    a = ask("on the tutorial call right now, there's nobody, wrong link?",
            now="2021-02-16T11:10")
    assert a.text.startswith("By the course page a tutorial is on right now")


@pytest.mark.parametrize("question", [
    "is the tutorial on today?", "nobody said when the q&a is, when is it?"])
def test_no_empty_call_no_change(ask, question):
    a = ask(question, now="2021-02-09T08:00")
    assert "Today's" not in a.text[:8] and "No: there is no" not in a.text


# --- (e) none of the kind that day, one that week -------------------------------------------

@pytest.mark.parametrize(("question", "now", "nearest"), [
    ("was there a q&a on thursday 11 feb? couldn't make it", "2021-02-20T09:00",
     "The Q&A nearest that day: Tue 9 Feb 2021, 10:00-11:00"),
    ("did I miss the tutorial on 17 feb?", "2021-02-22T09:00",
     "The tutorial nearest that day: Tue 16 Feb 2021, 11:00-12:00"),
])
def test_the_one_that_week_is_named(ask, question, now, nearest):
    a = ask(question, now=now)
    assert "Nothing of that kind is scheduled" in a.text
    assert nearest in a.text


def test_a_day_with_one_is_unchanged(ask):
    a = ask("was there a tutorial on 16 feb?", now="2021-02-22T09:00")
    assert a.text.startswith("Yes:") and "nearest" not in a.text
