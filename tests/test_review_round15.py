"""Faults a review of round 15's new handlers found, in new phrasings: a task the page lists
under no week, and things with no day set against each other."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from tests.conftest import LONDON


def _ask_with_unlisted_task(schedule, embedder, knowledge, question: str):
    tasks = [dataclasses.replace(c, listed_in_weeks=[]) if c.id == "CW3" else c
             for c in schedule.coursework]
    changed = dataclasses.replace(schedule, coursework=tasks)
    bot = Assistant(lambda: changed, embedder, knowledge)
    now = dt.datetime(2021, 2, 1, 9, 0, tzinfo=LONDON)
    return bot.answer(question, AskContext(now, LONDON))


def test_a_task_listed_under_no_week_is_still_answered(schedule, embedder, knowledge):
    # (these raised IndexError / ValueError when the schedule lists the task in no week)
    for question in ("whats task 3 about", "is attention part of cw3", "when does cw3 come out"):
        a = _ask_with_unlisted_task(schedule, embedder, knowledge, question)
        assert "CW3" in a.text and "week 7" not in a.text, (question, a.text)


def test_two_things_without_a_day_are_both_named(ask):
    a = ask("is lecture 16 on the same day as lecture 17?")
    assert "have no day" in a.text and "VAEs" in a.text and "GANs" in a.text


def test_a_session_with_no_day_is_not_called_pre_recorded(ask):
    a = ask("does the q&a in week 2 fall on the same day as the cw1 deadline?",
            now="2021-01-12T10:00")
    assert "no day" in a.text and "pre-recorded" not in a.text.split("\n")[0]
