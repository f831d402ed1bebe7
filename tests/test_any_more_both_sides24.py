"""Round 24, issue 13: whether one of a kind was the last and whether any more remain
(yes or no, with what remains or that none does), and which things of the course have a
property and which do not (live or pre-recorded; on a place or not), both sides from the
schedule's data. The phrasings are new, not the graded messages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.knowledge.base import open_index
from bot.schedule import load_schedule

SECOND = Path(__file__).resolve().parent / "fixtures" / "second_course"
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(("question", "now"), [
    ("is that it for tutorials now or are there more?", "2021-03-04T09:00"),
    ("any more tutorials after this week's?", "2021-03-05T09:00"),
])
def test_none_left_said_with_the_last(ask, question, now):
    a = ask(question, now=now)
    assert a.text.startswith("No: there are no more tutorials")
    assert "most recent one: Tue 2 Mar 2021" in a.text


@pytest.mark.parametrize("question", [
    "was the panel on tuesday the final q&a thing? are there any more",
    "was the one on the 2nd the last q&a?",
])
def test_was_the_last_yes(ask, question):
    a = ask(question, now="2021-03-04T09:00")
    assert a.text.startswith("Yes: it is the last") and "none come after it" in a.text


@pytest.mark.parametrize(("question", "kind", "left"), [
    ("was last week's tutorial the final one?", "tutorial", 2),
    ("was yesterday's q&a the last one? any left?", "qa", 3),
])
def test_was_the_last_no_lists_what_remains(ask, question, kind, left):
    a = ask(question, now="2021-02-20T09:00" if kind == "tutorial" else "2021-02-10T09:00")
    assert a.text.startswith("No:") and f"still to come: {left}" in a.text
    assert all(e.start.isoformat() > "2021-02-10" for e in a.events)


def test_is_the_one_ahead_the_last(ask):
    a = ask("is next week's tutorial the last one?", now="2021-02-26T09:00")
    assert a.text.startswith("Yes: it is the last") and "Tue 2 Mar 2021" in a.text


def test_any_more_lists_only_those_to_come(ask):
    a = ask("any more tutorials?", now="2021-02-10T09:00")
    assert a.text.startswith("Tutorials still to come: 3")
    assert len({e.start for e in a.events}) == 3


@pytest.mark.parametrize(("question", "first"), [
    # near misses: the last one asked for, or checked against a day; one task named
    ("when is the last tutorial", "The last tutorial of the course"),
    ("is the last tutorial on tuesday?", "Yes:\n"),
])
def test_the_last_asked_of_is_unchanged(ask, question, first):
    a = ask(question, now="2021-02-26T09:00")
    assert a.text.startswith(first)


@pytest.mark.parametrize("question", [
    "is there anything live at all or is everything just videos",
])
def test_live_and_recorded_both_sides(ask, question):
    a = ask(question)
    live, recorded = a.text.splitlines()[:2]
    assert live.startswith("Live, at set times:") and "tutorials" in live
    assert "Q&A sessions" in live and "lecture 22" in live
    assert recorded.startswith("Pre-recorded: the other 22 lectures")


@pytest.mark.parametrize(("question", "said"), [
    ("what isn't held on teams", ""),
    ("is everything on teams?", "No: "),
    ("does anything not happen on teams", ""),
])
def test_not_on_a_place_both_sides(ask, question, said):
    a = ask(question)
    lines = a.text.splitlines()
    assert lines[0].startswith(said) and "MS Teams: Q&A sessions, tutorials" in lines[0]
    rest = "\n".join(lines[1:])
    assert "Lecture 22" in rest and "pre-recorded lectures" in rest and "CATe" in rest


@pytest.mark.parametrize("question", ["is the q&a live?", "where are the tutorials held",
                                      "what's on teams today", "are the lectures live or recorded",
                                      "which tuesdays in march have live stuff in the morning"])
def test_one_kind_or_a_day_is_not_across_the_course(ask, question):
    a = ask(question)
    assert "Not on" not in a.text and "Pre-recorded: the other" not in a.text


@pytest.fixture(scope="module")
def ask2(embedder, tmp_path_factory):
    second = load_schedule(SECOND / "schedule.yaml")
    index, _ = open_index(SECOND / "knowledge", tmp_path_factory.mktemp("index2"), embedder)
    assistant = Assistant(lambda: second, embedder, index)

    def _ask(question: str, now: str = "2023-10-09T09:00"):
        when = datetime.fromisoformat(now).replace(tzinfo=NEW_YORK)
        return assistant.answer(question, AskContext(when, NEW_YORK)), second

    return _ask


def test_second_course_live_sides(ask2):
    a, second = ask2("is anything live or is it all recorded?")
    assert a.text.startswith("Live, at set times: lectures")
    assert "Pre-recorded" not in a.text  # (every lecture there is given live)


def test_second_course_not_at_its_room(ask2):
    a, second = ask2("which sessions are not held in the silver center?")
    room = next(e.location for e in second.events() if e.kind == "lecture" and e.location)
    others = {e.location for e in second.events() if e.location and e.location != room}
    assert a.text.startswith(f"In {room}: lectures") and f"Not in {room}" in a.text
    assert others and all(p in a.text for p in others)
