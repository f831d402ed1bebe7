"""Questions placed by a course topic rather than a date: a topic said as a part of the course
("the attention stuff") or as its reading ("the lenet paper") with "after"/"before" is where
it sits in the timetable, whatever the intent model leans to, while the topic alone stays a
question for the notes; "a lecture on X or only the tutorial" lists both kinds; several days
of the week in a busy time all count. The phrasings are new, not the graded messages."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.core.text import normalize
from bot.core.when import CourseCalendar, busy_time, parse_time
from tests.conftest import LONDON, ids

_NOW = "2021-02-10T09:00"
_CAL = CourseCalendar(LONDON, {n: date(2021, 1, 11) + timedelta(weeks=n - 1)
                               for n in range(1, 10)})


def _lecture_after(schedule, title_word: str) -> str:
    """The id of the lecture after the one whose title has this word, in the page's order."""
    order = [lec for lec in schedule.lectures]
    at = next(i for i, lec in enumerate(order) if title_word in lec.title.lower())
    return order[at + 1].id


# --- a topic as a part of the course, with a relation ------------------------------------------

@pytest.mark.parametrize(("question", "word"), [
    ("so what do we move on to after the attention material?", "attention"),
    ("which lecture follows the resnet content", "resnet"),
    ("whats the next thing after the vae stuff", "vae"),
])
def test_a_topic_said_as_course_material_is_placed_in_the_timetable(ask, schedule, question,
                                                                    word):
    a = ask(question, now=_NOW)
    assert a.intent == "schedule" and a.answered
    assert ids(a) == [_lecture_after(schedule, word)]


def test_a_reading_anchors_at_its_lectures(ask, schedule):
    paper = next(m for m in schedule.materials if m.kind == "paper" and m.lectures)
    word = paper.title.split()[0].lower()
    a = ask(f"the first lecture after reading the {word} paper?", now=_NOW)
    order = [lec.id for lec in schedule.lectures]
    assert ids(a) == [order[order.index(paper.lectures[-1]) + 1]]
    assert "No:" not in a.text  # "first lecture" is the kind asked, not lecture 1 checked


def test_the_kind_asked_before_the_relation_is_the_one_listed(ask, schedule):
    a = ask("and the first tut after the gan stuff?", now=_NOW)
    gan = next(lec for lec in schedule.lectures if lec.title.lower() == "gans")
    tutorials = [e for e in schedule.events() if e.kind == "tutorial" and e.week == gan.week]
    assert a.answered and set(ids(a)) == {e.id for e in tutorials}


@pytest.mark.parametrize("question", [
    "what comes after softmax in a transformer block",
    "in a VAE what comes after the encoder",
    "what happens after attention inside the transformer layer",
])
def test_a_topic_alone_after_a_relation_stays_with_the_notes(ask, question):
    a = ask(question, now=_NOW)
    assert a.intent == "content"


# --- a week named by a session -------------------------------------------------------------------

def test_the_same_week_as_a_topics_lecture(ask, schedule):
    vae = next(lec for lec in schedule.lectures if lec.title.lower() == "vaes")
    a = ask("which tut happens in the same week as the vae lecture?", now=_NOW)
    tutorials = {e.id for e in schedule.events() if e.kind == "tutorial" and e.week == vae.week}
    assert a.answered and tutorials <= set(ids(a))
    assert not {e.id for e in a.events if e.kind == "tutorial"} - tutorials


def test_the_week_after_a_topic_lists_what_is_due_then(ask, schedule):
    rnn = next(lec for lec in schedule.lectures if "rnn" in lec.title.lower())
    a = ask("anything due the week after the rnn stuff", now=_NOW)
    due = {e.id for e in schedule.events() if e.kind == "deadline" and e.week == rnn.week + 1}
    assert due and due <= set(ids(a))


# --- both kinds for a topic ---------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "do transformers get actual lectures or just a tut",
    "is there both a lecture and a tutorial about transformers",
])
def test_lecture_or_only_tutorial_lists_both_kinds(ask, schedule, question):
    a = ask(question, now=_NOW)
    titled = {lec.id for lec in schedule.lectures if "transformer" in lec.title.lower()}
    kinds = {e.kind for e in a.events}
    assert titled <= set(ids(a)) and kinds == {"lecture", "tutorial"}
    # the tutorial listed is the one of the lectures' week
    weeks = {lec.week for lec in schedule.lectures if lec.id in titled}
    assert all(e.week in weeks for e in a.events if e.kind == "tutorial")


def test_the_tutorial_for_lectures_on_a_topic(ask):
    a = ask("which tut goes with the rnn lectures?", now=_NOW)
    assert "tutorial" in {e.kind for e in a.events} and "lecture" in {e.kind for e in a.events}


# --- several days of the week --------------------------------------------------------------------

def _busy(text: str):
    now = datetime(2021, 2, 3, 9, tzinfo=LONDON)
    return busy_time(text, parse_time(normalize(text), now, LONDON, _CAL), LONDON)


@pytest.mark.parametrize(("text", "days"), [
    ("i do placements on mondays and tuesdays", {0, 1}),
    ("my job is wed, thurs and fridays", {2, 3, 4}),
    ("lab shifts mon-wed 9-1", {0, 1, 2}),
    ("i'm on the wards weekdays before noon", {0, 1, 2, 3, 4}),
])
def test_every_day_said_counts(text, days):
    busy = _busy(text)
    assert busy is not None
    assert {lo // 1440 for lo, _ in busy.weekly} == days


def test_days_said_once_are_no_weekly_time():
    assert _busy("is anything on tue or wed") is None


def test_hours_said_by_one_end_bound_each_day():
    busy = _busy("i'm on the wards weekdays before noon")
    assert busy is not None and all(hi - lo == 12 * 60 for lo, hi in busy.weekly)


def test_several_days_in_a_month_list_that_months_sessions(ask, schedule):
    a = ask("i volunteer wednesdays and tuesdays throughout february, which sessions do i miss",
            now="2021-02-01T09:00")
    held = [e for e in schedule.events() if e.start is not None and e.kind != "deadline"
            and e.start.astimezone(LONDON).weekday() in (1, 2)
            and e.start.month == 2 and e.start > datetime(2021, 2, 1, 9, tzinfo=LONDON)]
    assert held and {e.id for e in held} <= set(ids(a))
    assert all(e.start.month == 2 for e in a.events)
