"""Round 26 (E): a reminder asked in everyday words that name the thing ("don't let me
forget ...", "msg me before each ..."), and the run's end as its last day. Phrasings
written for the test."""

from __future__ import annotations

import pytest

from bot.core.later_run import course_end
from bot.nlu.commands import parse_command

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text, kinds", [
    ("pls dont let me forget coursework 3", {"deadline"}),
    ("never let me miss a q&a", {"qa"}),
    ("make sure i remember the tutorials", {"tutorial"}),
    ("make sure we don't miss the panel ok", {"panel"}),
    ("dm me ahead of every tutorial", {"tutorial"}),
    ("could you text me on the morning of each q&a", {"qa"}),
    ("msg us the night before the deadlines", {"deadline"}),
])
def test_everyday_words_naming_a_kind_ask_a_reminder(text, kinds):
    command = parse_command(text)
    assert command is not None and command.action == "subscribe", (text, command)
    assert set(command.kinds) >= kinds, command


@pytest.mark.parametrize("text", [
    "how do i make sure i don't forget the deadline",   # advice asked
    "text me when cw2 is due",                          # a date asked
    "email me the slides before the lecture",            # materials, no reminder
    "don't forget cw3 is due on tuesday",                # told, not asked
    "i forgot the tutorial, is there a recording",
])
def test_near_misses_are_no_reminder(text):
    assert parse_command(text) is None, text


def test_a_named_item_gets_its_date_and_the_reminder_note(ask):
    a = ask("don't let me forget coursework 2 pls", now=NOW)
    # (the date answered, the reminder carried as a command: the CLI says it is for Teams)
    assert "23 Feb" in a.text and a.commands, a


def test_before_each_session_lists_only_what_is_to_come(ask):
    a = ask("dm me ahead of every tutorial", now=NOW)
    assert "still to come" in a.text and "19 Jan" not in a.text, a.text


# --- the run's end ------------------------------------------------------------------------
def test_the_run_ends_on_its_last_weeks_last_day(schedule):
    end = course_end(schedule)
    assert end is not None and end.weekday() == 6 and end >= schedule.weeks[-1].starts


@pytest.mark.parametrize("question", [
    "how many weeks does the module run for",
    "how long is this course in weeks",
])
def test_how_long_the_course_runs_names_its_last_day(ask, question, schedule):
    a = ask(question, now=NOW)
    last_monday = f"{schedule.weeks[-1].starts:%a} {schedule.weeks[-1].starts.day} "
    assert "Sun 14 Mar" in a.text and f"to {last_monday}" not in a.text, a.text
