"""The same kinds of answer for a second, made-up course (tests/fixtures/second_course/):
another code, year, staff, time zone (America/New_York), submission system, forum, number of
homeworks and notes. Nothing in the bot's code may know either course."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject

from bot.calendar.ics import build_calendar, timed_events
from bot.core.answer import Answer, AskContext
from bot.core.assistant import Assistant
from bot.knowledge.base import open_index
from bot.reminders.model import Subscription
from bot.reminders.planner import Planner
from bot.reminders.policy import load_policy
from bot.schedule import Schedule, load_schedule
from tests.conftest import ROOT, from_notes, ids

COURSE = Path(__file__).resolve().parent / "fixtures" / "second_course"
NEW_YORK = ZoneInfo("America/New_York")
POLICY = load_policy(ROOT / "reminders.yaml")


@pytest.fixture(scope="module")
def second() -> Schedule:
    return load_schedule(COURSE / "schedule.yaml")


@pytest.fixture(scope="module")
def ask2(second, embedder, tmp_path_factory):
    """ask2(question, now="2023-10-09T09:00", tz=None); naive `now` is course time."""
    index, _ = open_index(COURSE / "knowledge", tmp_path_factory.mktemp("index2"), embedder)
    assistant = Assistant(lambda: second, embedder, index)

    def _ask(question: str, now: str = "2023-10-09T09:00", tz: str | None = None) -> Answer:
        when = datetime.fromisoformat(now)
        if when.tzinfo is None:
            when = when.replace(tzinfo=NEW_YORK)
        return assistant.answer(question, AskContext(when, ZoneInfo(tz) if tz else NEW_YORK))

    return _ask


# --- deadlines ---------------------------------------------------------------------------


@pytest.mark.parametrize("question, expected, due", [
    ("when is hw2 due?", "HW2", "Fri 27 Oct 2023, 23:59 EDT"),
    ("homework 1 deadline", "HW1", "Fri 13 Oct 2023, 23:59 EDT"),
    ("when's pset 3 due", "HW3", "Fri 10 Nov 2023, 23:59 EST"),  # after the clocks change
    ("due date of the last problem set?", "HW4", "Fri 17 Nov 2023, 23:59 EST"),
])
def test_deadlines(ask2, question, expected, due):
    a = ask2(question)
    assert a.intent == "deadline" and a.answered and ids(a) == [expected], a.text
    assert due in a.text and "Gradescope" in a.text


def test_next_deadline_and_time_left(ask2):
    assert ids(ask2("what's the next deadline?", now="2023-10-14T09:00")) == ["HW2"]
    a = ask2("how many days until hw3 is due", now="2023-11-07T23:59")
    assert ids(a) == ["HW3"] and "3 days from now" in a.text
    a = ask2("list all the homework deadlines")
    assert ids(a) == ["HW1", "HW2", "HW3", "HW4"] and "60%" in a.text


def test_a_deadline_read_from_london_shows_both_zones(ask2):
    a = ask2("when is hw3 due", tz="Europe/London")
    assert "Sat 11 Nov 2023, 04:59 GMT (Fri 10 Nov 2023, 23:59 EST course time)" in a.text


# --- sessions ----------------------------------------------------------------------------


def test_tomorrow_is_a_live_lecture_in_its_room(ask2):
    a = ask2("what's on tomorrow?", now="2023-10-09T09:00")
    assert a.intent == "schedule" and ids(a) == ["L3"]
    assert "Tue 10 Oct 2023, 14:00-15:15 EDT" in a.text and "Silver Center 207" in a.text


def test_the_next_lecture_is_a_time_not_a_pre_recorded_week(ask2):
    a = ask2("when is the next lecture", now="2023-11-03T12:00")
    assert ids(a) == ["L11"] and "Tue 7 Nov 2023, 14:00-15:15 EST" in a.text
    assert "pre-recorded" not in a.text


def test_office_hours_and_recitations_in_the_course_words(ask2):
    assert ids(ask2("when are office hours this week", now="2023-10-09T09:00")) == ["OH-W2"]
    assert ids(ask2("next recitation?", now="2023-10-28T09:00")) == ["R5"]
    assert ids(ask2("what is recitation 3 about")) == ["R3"]


def test_dates_in_digits_are_month_first(ask2):
    assert ids(ask2("what's on 11/7")) == ["L11"]
    assert ids(ask2("anything on 10/20?")) == ["R3"]


def test_a_week_with_a_note_and_nothing_after_the_course(ask2):
    a = ask2("what's happening in week 7")
    assert {"OH-W7", "HW4"} <= set(ids(a)) and "reading period" in a.text
    assert "no room" in a.text  # the entry's uncertain note
    a = ask2("anything next week?", now="2023-11-20T09:00")
    assert a.events == [] and "outside the course" in a.text


# --- people ------------------------------------------------------------------------------


def test_people(ask2):
    a = ask2("who grades hw2")
    assert a.intent == "people" and ids(a) == ["HW2"] and "Moreau and Tanaka" in a.text
    a = ask2("who is marking homework 4")
    assert "Tanaka (week 6)" in a.text and "Tanaka and Haddad (week 7)" in a.text
    a = ask2("who gives lecture 12")
    assert a.answered and "Okafor, Haddad" in a.text
    a = ask2("who runs the recitation in week 4")
    assert ids(a) == ["R4"] and "Tanaka, Haddad" in a.text
    a = ask2("what does Lindqvist do")
    assert {"OH-W3", "R1", "R2", "HW1"} <= set(ids(a))


# --- logistics ---------------------------------------------------------------------------


@pytest.mark.parametrize("question, fact", [
    ("how is the course assessed", "40%"),
    ("how do I submit my homework", "Gradescope"),
    ("where do I ask questions", "Ed"),
    ("which textbook do we use", "Sutton and Barto"),
    ("where can I get a GPU", "JupyterHub"),
    ("what's examinable?", "lectures 1-10"),
    ("where are the recitations held", "Warren Weaver Hall 312"),
    ("how long are lectures", "75-minute"),
    ("are the lectures recorded or live", "given live"),
])
def test_logistics(ask2, question, fact):
    a = ask2(question)
    assert a.intent == "logistics" and a.answered, (a.intent, a.text)
    assert fact in a.text


def test_logistics_that_differ_from_the_shipped_course(ask2):
    a = ask2("can I do the homework with a partner")
    assert "doesn't require the coursework to be done individually" in a.text
    a = ask2("is lecture 11 examinable?")
    assert not a.answered and "lectures 1-10 only" in a.text
    a = ask2("when is the CSCI 4651 homework due")
    assert not a.answered and "CSCI 4650" in a.text and ids(a) == []
    assert "week 2" in ask2("what week is it", now="2023-10-11T12:00").text


# --- topics, reading and the notes -----------------------------------------------------------


@pytest.mark.parametrize("question, lecture", [
    ("which lecture covers q-learning", "L6"),
    ("when do we learn about mdps", "L2"),
    ("which lecture is on policy gradients", "L8"),
    ("what lecture covers td learning", "L5"),
])
def test_which_lecture_covers(ask2, question, lecture):
    a = ask2(question)
    assert a.answered and lecture in ids(a), a.text


def test_reading(ask2):
    a = ask2("what should I read for week 3")
    assert a.intent == "reading" and a.answered
    assert all(i in a.text for i in ("RL-N5", "RL-N6", "SB-6")) and "Brightspace" in a.text
    assert "RL-N8" in ask2("notes for lecture 8?").text
    a = ask2("where do I find the course materials")
    assert a.answered and "Brightspace" in a.text


@pytest.mark.parametrize("question, note", [
    ("what is the bellman equation", "RL-N2"),
    ("difference between sarsa and q-learning?", "RL-N6"),
    ("why subtract a baseline in REINFORCE", "RL-N8"),
    ("what is bootstrapping in td", "RL-N5"),
])
def test_content_from_the_course_notes(ask2, question, note):
    a = ask2(question)
    assert a.intent == "content" and from_notes(a), a.text
    assert a.sources[0].id == note


def test_missing_ids_say_what_there_is(ask2):
    a = ask2("when is homework 5 due")
    assert a.intent == "missing" and not a.answered and "HW1, HW2, HW3, HW4" in a.text
    a = ask2("what is lecture 13 about")
    assert a.intent == "missing" and "1 to 12" in a.text
    a = ask2("when is recitation 9")
    assert a.intent == "missing" and "R1 to R5" in a.text


def test_every_example_in_help_is_answered(ask2):
    examples = re.findall(r"\"([^\"]+\?)\"", ask2("help").text)
    assert len(examples) >= 12
    for example in examples:
        a = ask2(example, now="2023-10-04T09:00")
        assert a.answered, (example, a.text)


def test_every_example_in_help_is_answered_for_the_shipped_course(ask):
    examples = re.findall(r"\"([^\"]+\?)\"", ask("help").text)
    assert len(examples) >= 12
    for example in examples:
        a = ask(example, now="2021-02-01T09:00")
        assert a.answered, (example, a.text)


# --- reminders and the calendar ------------------------------------------------------------


def test_reminders_follow_new_york_clocks(second):
    sub = Subscription(subscriber="user:a", conversation_id="c", reference={},
                       kinds=POLICY.default_kinds, created=datetime(2023, 9, 1, tzinfo=UTC))
    reminders = Planner(second, POLICY).window([sub], datetime(2023, 11, 3, tzinfo=UTC),
                                               datetime(2023, 11, 12, tzinfo=UTC))

    def local(event_id: str) -> list[tuple[str, str]]:
        return [(r.label, f"{r.due.astimezone(NEW_YORK):%a %d %b %H:%M %Z}")
                for r in reminders if r.event_id == event_id]

    # HW3 is due Fri 10 Nov 23:59 EST; a week before is 23:59 on the other side of the change.
    assert local("HW3") == [("7d", "Fri 03 Nov 23:59 EDT"), ("2d", "Wed 08 Nov 23:59 EST"),
                            ("1d", "Thu 09 Nov 23:59 EST"), ("2h", "Fri 10 Nov 21:59 EST")]
    assert local("L11") == [("15m", "Tue 07 Nov 13:45 EST")]
    assert local("OH-W6") == [("15m", "Wed 08 Nov 15:45 EST")]
    assert local("DIGEST-W6") == [("digest", "Mon 06 Nov 09:00 EST")]
    assert {r.event_id for r in reminders} <= {e.id for e in second.events()} | {
        "DIGEST-W6", "DIGEST-W5"}


def test_calendar_feed(second):
    stamp = datetime(2023, 9, 1, tzinfo=UTC)
    cal = vobject.readOne(build_calendar(second, timed_events(second), POLICY,
                                         stamp).decode("utf-8"))
    assert cal.vtimezone.tzid.value == "America/New_York"
    events = {v.uid.value: v for v in cal.vevent_list}
    assert len(events) == len([e for e in second.events() if e.start])
    l11 = events["l11.csci-4650@course-assistant"]
    assert l11.dtstart.value == datetime(2023, 11, 7, 14, 0, tzinfo=NEW_YORK)
    assert l11.dtstart.value.utcoffset() == timedelta(hours=-5)
    assert "CSCI 4650" in l11.summary.value and l11.location.value == "Silver Center 207"
    hw2 = events["hw2.csci-4650@course-assistant"]
    assert "Gradescope" in hw2.description.value and "Moreau" in hw2.description.value


# --- where a symptom or a legal problem is pointed --------------------------------------------

@pytest.mark.parametrize("question", [
    "my chest hurts and i feel dizzy, should i see someone?",
    "my landlord kept my deposit, can i take him to court",
])
def test_help_outside_the_course_is_named_in_general_words_without_support_data(ask2, second,
                                                                                  question):
    # this course's data names no support services: no other country's numbers or services
    assert second.course.support is None
    a = ask2(question)
    assert a.intent == "personal", a.text
    assert not re.search(r"\b(?:999|111|NHS|A&E|Imperial|Union)\b", a.text), a.text
    assert "doctor" in a.text or "advice service" in a.text, a.text
