"""A window gone by, named by days of the week or "since" one ("was off wed and thu, did I
miss anything", "what's happened since monday"): what fell in it, dated, not the course's
delivery in general or the week's day ahead. The phrasings are new (round 30)."""

from __future__ import annotations

import pytest

_THURSDAY = "2021-02-18T12:00"  # (the Tuesday before held a Q&A and a tutorial)


@pytest.mark.parametrize("question", [
    "I was poorly on tuesday, did i miss anything live?",
    "skipped monday and tuesday, what did we miss",
    "what's happened since monday?",
    "been offline since monday, did anything happen?",
    "my internet died on tuesday - have i missed much?",
])
def test_the_days_gone_by_are_listed_with_their_sessions(ask, schedule, question):
    a = ask(question, now=_THURSDAY)
    tuesday = [e for e in schedule.events() if e.start is not None
               and e.start.date().isoformat() == "2021-02-16"]
    assert tuesday
    # (each session of that day, with its time: "10:00" beside "Tue 16 Feb")
    assert "Tue 16 Feb" in a.text
    assert all(f"{e.start:%H:%M}" in a.text for e in tuesday)
    assert "Tue 23 Feb 2021, 10:00" not in a.text.split("Next due")[0]  # (no day ahead)


def test_two_days_joined_make_one_span(ask):
    a = ask("was away thu & fri, did i miss anything?", now="2021-02-22T09:00")
    assert "Thu 18 Feb 2021 to Fri 19 Feb 2021" in a.text


def test_since_a_day_runs_up_to_now(ask):
    a = ask("what has happened since friday", now="2021-02-17T10:00")
    assert "Fri 12 Feb 2021 to Wed 17 Feb 2021" in a.text


@pytest.mark.parametrize("question", [
    "did i miss the deadline",           # one named thing: the deadline's answer
    "what will i miss if i'm off next tuesday",  # a day ahead
    "what's on monday and tuesday next week",
])
def test_near_misses_are_no_window_gone_by(ask, question):
    a = ask(question, now=_THURSDAY)
    assert "What the course page had" not in a.text


def test_days_said_of_the_present_stay_weekly(ask):
    # ("i work mon + tue": a weekly time taken, not two dates)
    a = ask("i work mon + tue (part time job). am i gonna miss everything live?",
            now="2021-01-18T09:00")
    assert "What the course page had" not in a.text
    assert "from Mon 18 Jan to Tue 19 Jan" not in a.text
