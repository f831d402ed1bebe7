"""A session named by its topic in the student's words (issue 13): "when's the attention
tutorial" is that one session, not the kind's weekly slot; compared with a deadline, the
two dates; a lecture named by its lecturer, the readings of that lecture's week."""

from __future__ import annotations

import pytest

from bot.schedule import Schedule
from tests.conftest import ids

AFTER_TERM = "2026-12-06T12:00"  # no date of the course meant: "when" is not "the next one"


def _tutorial(schedule: Schedule, topic: str):
    return next(t for t in schedule.tutorials if (t.topic or "").lower() == topic)


@pytest.mark.parametrize("question,topic", [
    ("when's the attention tutorial", "attention"),
    ("when is the tutorial on recurrent networks?", "recurrent networks"),
    ("when is the batch-norm tut", "batch-norm"),
    ("whens the covariate shift tutorial", "covariate shift"),
])
def test_tutorial_named_by_topic_is_that_one(ask, schedule, question, topic):
    tut = _tutorial(schedule, topic)
    a = ask(question, now=AFTER_TERM)
    assert ids(a) == [tut.id], a.text
    assert f"{tut.start:%-d %b}" in a.text, a.text


@pytest.mark.parametrize("question", [
    "when are the tutorials usually",
    "what time is the weekly tutorial",
])
def test_kind_alone_still_gets_the_slot(ask, question):
    a = ask(question, now=AFTER_TERM)
    assert len(ids(a)) > 1, a.text


def _lecture_of(schedule: Schedule, person: str):
    return next(lec for lec in schedule.lectures if person in lec.staff)


@pytest.mark.parametrize("question,now", [
    ("anything i should read before bronsteins lecture?", "2021-02-10T12:00"),
    ("what should I read before bronstein's lecture", AFTER_TERM),
    ("any prep reading for the lecture bronstein gives?", "2021-01-20T12:00"),
])
def test_reading_before_a_persons_lecture_is_of_that_lecture(ask, schedule, question, now):
    lec = _lecture_of(schedule, "Bronstein")
    a = ask(question, now=now)
    wanted = [m.id for m in schedule.materials if lec.id in m.lectures]
    assert wanted and all(i in a.text for i in wanted), a.text
    others = [m.id for m in schedule.materials if m.week != lec.week]
    assert not any(f"{i} " in a.text for i in others), a.text


@pytest.mark.parametrize("question,topic,task", [
    ("the attention tutorial - before or after cw2 is due?", "attention", "CW2"),
    ("is the attention tutorial before the cw2 deadline?", "attention", "CW2"),
])
def test_session_named_by_topic_against_a_deadline(ask, schedule, question, topic, task):
    tut = _tutorial(schedule, topic)
    a = ask(question, now=AFTER_TERM)
    assert sorted(ids(a)) == sorted([tut.id, task]), a.text
