"""A session of any kind placed by position (round 22): "the next-but-one session", "the
class after next", "the penultimate session" count among every dated session (lectures,
Q&As, tutorials, panels) as "the q&a after next" counts among the Q&As; "next-but-one"
hyphenated is "next but one"."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.conftest import ids

NOW = "2021-02-03T12:00"
_SESSIONS = {"lecture", "qa", "tutorial", "panel"}


def _starts(schedule) -> list:
    return sorted({e.start for e in schedule.events() if e.kind in _SESSIONS and e.start})


@pytest.mark.parametrize("question", ["what's the next-but-one session",
                                      "when is the session after next",
                                      "when's the class after the next one?",
                                      "the next but one session, when is it"])
def test_the_session_after_next_is_the_second_to_come(ask, schedule, question):
    answer = ask(question, now=NOW)
    now = answer_now(schedule)
    second = [s for s in _starts(schedule) if s > now][1]
    got = {e.id for e in schedule.events() if e.id in ids(answer)}
    assert got and all(e.start == second for e in schedule.events() if e.id in got)


@pytest.mark.parametrize("question", ["what's the penultimate session",
                                      "when is the second-to-last class"])
def test_the_penultimate_session(ask, schedule, question):
    answer = ask(question, now=NOW)
    starts = _starts(schedule)
    got = [e for e in schedule.events() if e.id in ids(answer)]
    assert got and all(e.start == starts[-2] for e in got)


def test_hyphenated_next_but_one_of_a_kind(ask, schedule):
    answer = ask("when is the next-but-one q&a", now=NOW)
    qas = sorted(e.start for e in schedule.events() if e.kind == "qa" and e.start
                 and e.start > answer_now(schedule))
    got = [e for e in schedule.events() if e.id in ids(answer)]
    assert got and got[0].start == qas[1]


def answer_now(schedule) -> datetime:
    return datetime.fromisoformat(NOW).replace(tzinfo=schedule.tz)
