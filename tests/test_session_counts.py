"""A count said over a listing matches what is listed: a Q&A and a tutorial that start at the
same time are two sessions (two tutorials' topics in one slot stay one)."""
from __future__ import annotations

import re

import pytest

from tests.conftest import ids

_COUNT = re.compile(r"\((\d+)\):|^(\d+) sessions", re.M)


@pytest.mark.parametrize(("question", "now"), [
    ("I have another module's exam 23 feb 9-12, clash?", "2021-02-10T12:00"),
    ("got a dentist appointment the morning of 23 feb, what will i miss", "2021-02-18T08:50"),
    ("i work tuesday mornings from 15 feb, which live things do i miss", "2021-02-10T12:00"),
])
def test_the_count_said_is_the_number_of_sessions_listed(ask, question, now):
    a = ask(question, now=now)
    said = _COUNT.search(a.text)
    assert said, a.text
    listed = [line for line in a.text.splitlines()
              if line.startswith("• ") and "GMT" in line and "deadline" not in line
              and line.split(":")[0] != "• Week"]
    # (the count is over the time asked: lines "also that day, outside that time" follow)
    head = a.text.split("Also that day")[0]
    listed = [line for line in listed if line in head]
    assert int(said.group(1) or said.group(2)) == len(listed), a.text


def test_two_topics_in_one_tutorial_slot_count_once(ask):
    a = ask("how many tutorials are there altogether?", now="2021-01-10T12:00")
    assert "in 7 tutorial sessions" in a.text, a.text


@pytest.mark.parametrize("question", [
    "i work tuesday mornings from 15 feb, which live things do i miss",
    "from 16th feb i'm busy tuesday mornings, what will i miss",
    "tuesday mornings are taken from the 15th of february, anything i'd miss",
])
def test_a_day_of_the_month_after_from_is_no_clock_time(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert "15:00" not in a.text and "16:00" not in a.text, a.text
    assert "Tuesday mornings" in a.text, a.text


def test_after_a_date_is_no_evening(ask):
    a = ask("busy wednesdays after 22 feb, do i miss anything", now="2021-02-10T12:00")
    assert "22:00" not in a.text, a.text


@pytest.mark.parametrize(("question", "first", "second"), [
    ("how long from the first tutorial to the last", "T01", "TUT-W8"),
    ("how many days from the first tutorial to the second one?", "T01", "T03"),
    ("what's the gap between the 2nd and the last tutorial", "T03", "TUT-W8"),
])
def test_a_span_between_sessions_of_one_kind_named_by_order(ask, question, first, second):
    a = ask(question, now="2021-01-10T12:00")
    assert a.text.split(" from the first")[0].endswith("days"), a.text
    assert ids(a)[0] == first and ids(a)[-1] == second, (ids(a), a.text)
