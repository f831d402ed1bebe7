"""A session counted in the course's order: "the 4th q&a", "the second quiz"."""

from __future__ import annotations

from tests.conftest import ids


def test_the_nth_qa_is_counted_in_the_course_order(ask, schedule):
    qas = sorted((e for e in schedule.events() if e.kind == "qa"),
                 key=lambda e: (e.week if e.week is not None else 99,
                                e.start.timestamp() if e.start else 0.0, e.id))
    a = ask("the 4th q&a session, who's hosting that one?", now="2021-02-15T09:00")
    assert a.answered and ids(a) == [qas[3].id]
    assert all(name.split()[0] in a.text for name in qas[3].staff)


def test_the_nth_quiz_names_its_week(ask, schedule):
    quizzes = sorted((e for e in schedule.events() if e.kind == "quiz"),
                     key=lambda e: (e.week if e.week is not None else 99, e.id))
    a = ask("which week is the second quiz in", now="2021-02-15T09:00")
    assert a.answered and ids(a) == [quizzes[1].id]
    assert f"Week {quizzes[1].week}" in a.text


def test_a_place_past_the_last_says_how_many_there_are(ask, schedule):
    count = sum(1 for e in schedule.events() if e.kind == "qa")
    a = ask("who runs the 11th q&a", now="2021-02-15T09:00")
    assert not a.answered and f"only {count}" in a.text


def test_a_date_with_an_ordinal_is_still_a_date(ask):
    a = ask("is there a q&a on the 2nd of march", now="2021-02-15T09:00")
    assert "number 2" not in a.text and "2 Mar 2021" in a.text
