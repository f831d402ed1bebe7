"""Round 30 (issue 13): a yes/no over a whole kind against the clock change; an either/or
whose sides name their own zones; a belief check that is no reminder command."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.handlers.clock_change import _changes, asks_clock_change
from bot.nlu.commands import parse_command

_NOW = "2021-02-01T10:00"


@pytest.mark.parametrize("said", [
    "are any of the tutorials after the clocks go forward?",
    "does any deadline land in BST",
    "will any of the q&as be after daylight saving starts",
])
def test_a_whole_kind_is_set_against_the_change(ask, said):
    a = ask(said, now=_NOW)
    assert a.answered and a.text.startswith("No:")
    assert "before the clocks change in London on Sun 28 Mar 2021 (GMT to BST)" in a.text
    assert "no deadlines left" not in a.text.lower()


def test_the_kind_asked_before_the_change_is_a_yes(ask):
    a = ask("do all the deadlines come before the clocks change?", now=_NOW)
    assert a.text.startswith("Yes: all 3 deadlines")


def test_a_whole_kind_counts_past_ones_too(ask):
    a = ask("did any of the deadlines fall after the clocks changed?", now="2021-03-20T10:00")
    assert a.text.startswith("No: all 3 deadlines")


@pytest.mark.parametrize("said", [
    "is the cw2 deadline in GMT?",          # a zone's question, no kind as a whole
    "what time is the q&a in BST",
    "will the clocks going forward shift any of my sessions",  # moved on a clock: per zone
])
def test_near_misses_are_no_whole_kind_question(ask, said):
    a = ask(said, now=_NOW, tz="America/Chicago")
    assert "with a time on the page" not in a.text


def test_summer_time_alone_is_no_clock_change():
    assert not asks_clock_change("is cw2 in BST")
    assert asks_clock_change("do any deadlines fall in BST")


@pytest.mark.parametrize(("zone", "expected"), [
    ("America/Denver", [("2021-03-14", "MST", "MDT")]),
    ("Europe/Berlin", [("2021-03-28", "CET", "CEST")]),
    ("Australia/Melbourne", [("2021-04-04", "AEDT", "AEST")]),
    ("Asia/Kolkata", []),
])
def test_each_zone_changes_on_its_own_day(zone, expected):
    start = datetime(2021, 2, 1, tzinfo=ZoneInfo("UTC"))
    end = datetime(2021, 4, 30, tzinfo=ZoneInfo("UTC"))
    found = [(at.date().isoformat(), a, b) for at, a, b in _changes(ZoneInfo(zone), start, end)]
    assert found == expected


@pytest.mark.parametrize(("said", "tz", "lead"), [
    ("is cw2 due 7pm london or 7pm my end?", "Europe/Madrid",
     "At 19:00 London time (20:00 for you), not at 19:00 your time:"),
    ("cw3 deadline - 7pm on my side or 7pm london?", "Europe/Helsinki",
     "At 19:00 London time (21:00 for you), not at 19:00 your time:"),
])
def test_an_either_or_reads_each_side_in_its_zone(ask, said, tz, lead):
    a = ask(said, now=_NOW, tz=tz)
    assert a.text.startswith(lead)


@pytest.mark.parametrize("said", [
    "is cw2 due 7pm london or 7pm my end?",   # the same zone: both hold, no lead
    "is the tutorial at 11 london or 11 on my side",
])
def test_no_two_identical_alternatives(ask, said):
    a = ask(said, now=_NOW)
    assert "neither" not in a.text and "not at 19:00 your time" not in a.text


def test_an_either_or_without_zones_is_unchanged(ask):
    a = ask("is the tutorial at 11 or 12", now=_NOW)
    assert a.text.startswith("At 11:00, not at 12:00:")


@pytest.mark.parametrize("said", [
    "no tutorial tomorrow right, only the lecture",
    "there is no q&a on friday, correct",
    "only the tutorial tomorrow, isn't it",
])
def test_a_belief_check_is_no_reminder_command(said):
    assert parse_command(said) is None


@pytest.mark.parametrize("said", [
    "just the q&a", "only deadlines please", "no lectures, just the deadlines",
    "remind me right before the deadline",
])
def test_reminder_follow_ups_stay_commands(said):
    assert parse_command(said) is not None


def test_a_belief_check_about_a_day_lists_the_day(ask):
    a = ask("no lecture today right, just the q&a?", now="2021-02-02T08:00")
    assert a.intent == "schedule"
    assert "Tutorial" in a.text and "Q&A" in a.text
