"""Round 10 of the understanding: plain questions that were put as a "did you mean" menu or
read as one's own work, questions that name a language or a second course in passing, and
another course's date set against this one's. Each phrasing is written for the test, not
taken from a graded set."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.nlu.intents import Intent
from bot.nlu.model import Prediction
from bot.nlu.policy import decide

NOW = "2021-02-15T09:00"
LONDON = ZoneInfo("Europe/London")


@pytest.fixture(scope="module")
def parse(assistant):
    nlu = assistant.view().nlu
    return lambda text: nlu.frames(text, datetime.fromisoformat(NOW).replace(tzinfo=LONDON),
                                   LONDON)[0].query


def _decide(q, probs: dict[str, float], notes: float):
    ranked = sorted(((Intent(k), v) for k, v in probs.items()), key=lambda kv: -kv[1])
    return decide(q, lambda: Prediction(tuple(ranked), embedded=False), lambda _: notes,
                  lambda _: False)


@pytest.mark.parametrize("probs, intent", [
    # help with one's own work the notes barely touch is no button to offer
    ({"schedule": 0.45, "own_work": 0.4, "topic": 0.15}, Intent.SCHEDULE),
    ({"own_work": 0.45, "policy": 0.4, "logistics": 0.15}, Intent.POLICY),
])
def test_own_work_the_notes_do_not_touch_is_not_put_as_a_choice(parse, probs, intent):
    f = _decide(parse("my task 2 model"), probs, notes=0.1)
    assert f.intent is intent
    assert all(i is not f.intent for i, _ in f.alternatives)


def test_own_work_the_notes_touch_is_still_put_as_a_choice(parse):
    f = _decide(parse("my task 2 model"), {"schedule": 0.45, "own_work": 0.4, "topic": 0.15},
                notes=0.3)
    assert f.intent is Intent.CLARIFY


@pytest.mark.parametrize("question", [
    "it's been years since i did any machine learning, something i could brush up with first?",
    "my maths is rusty, any refresher stuff before the module kicks off",
])
def test_what_to_go_over_first_is_the_revision_notes(ask, schedule, question):
    a = ask(question, now="2021-01-12T10:00")
    assert a.intent == "logistics" and a.answered and not a.suggestions
    assert schedule.course.revision_notes.split(",")[0] in a.text


def test_an_empty_calendar_checked_is_the_schedule_not_own_work(ask):
    a = ask("my outlook has no deep learning events at all this week, is that how it should be",
            now="2021-01-12T10:00")
    assert a.intent == "schedule" and "own work" not in a.text
    assert "No lectures" in a.text or "Nothing is scheduled" in a.text


def test_a_remark_on_ones_english_is_no_other_course(ask):
    a = ask("sorry english is not my first language. who is the lecturer of this module",
            now=NOW)
    assert a.intent == "people" and a.answered
    assert "Bronstein" in a.text


@pytest.mark.parametrize("question", [
    "is the stats for ds coursework due on the same day as ours?",
    "does the quantum computing cw clash with this course's deadline",
])
def test_another_courses_date_against_ours_answers_our_side(ask, question):
    a = ask(question, now=NOW)
    assert "another course" in a.text  # the other course's side is not the bot's
    assert any(e.id == "CW2" for e in a.events) and "23 Feb" in a.text


def test_another_courses_date_alone_still_says_nothing_of_ours(ask):
    a = ask("when is the stats for ds coursework due", now=NOW)
    assert a.intent == "other_course" and "19:00" not in a.text
