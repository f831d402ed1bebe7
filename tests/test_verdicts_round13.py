"""Yes/no verdicts whose premise is checked, not agreed with: a part of the day said of a
session held at another part of it; "have i missed it" while it runs; a neutral "or not"
(no denial in it); a kind asked about in a busy time when that kind is not live then. The
phrasings are the developer's own, not graded messages."""

from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize(("question", "now", "part"), [
    ("is the tutorial tonight?", "2021-02-09T08:00", "this morning, 11:00-12:00"),
    ("is the Q&A this evening?", "2021-02-09T07:30", "this morning, 10:00-11:00"),
    ("is the q&a in the afternoon today", "2021-02-16T08:00", "this morning, 10:00-11:00"),
    ("tutorial is tonight right?", "2021-02-02T09:00", "this morning, 11:00-12:00"),
    ("is the q and a tonight", "2021-02-09T01:00", "this morning, 10:00-11:00"),
    ("is the tutorial this afternoon?", "2021-02-02T08:30", "this morning, 11:00-12:00"),
])
def test_a_part_of_the_day_is_a_premise_checked(ask, question, now, part):
    a = ask(question, now=now)
    assert a.text.startswith("No: it's " + part), a.text
    assert not a.text.startswith("Yes")


def test_a_part_of_the_day_is_checked_in_the_askers_zone(ask):
    a = ask("is the Q&A this morning?", now="2021-02-09T08:00", tz="America/Los_Angeles")
    assert a.text.startswith("No: it's in the small hours, 02:00-03:00 PST"), a.text


def test_the_part_it_is_in_is_not_denied(ask):
    a = ask("is the tutorial this morning?", now="2021-02-09T08:00")
    assert not a.text.startswith("No") and "T06" in ids(a)


@pytest.mark.parametrize(("question", "now"), [
    ("have I missed the Q&A?", "2021-02-09T10:30"),
    ("did i miss the q&a already", "2021-02-16T10:45"),
])
def test_missed_while_it_runs_is_no_it_is_on_now(ask, question, now):
    a = ask(question, now=now)
    assert a.text.startswith("No, it's on now (until 11:00 GMT)"), a.text
    assert "most recent" not in a.text


def test_missed_after_it_ended_is_the_most_recent(ask):
    a = ask("have I missed the Q&A?", now="2021-02-09T11:30")
    # (since round 17, "is it over" near a session: it ended, and the next one)
    assert "ended at 11:00" in a.text and "on now" not in a.text


@pytest.mark.parametrize("question", [
    "is the transformer content examinable or not",
    "are the GANs lectures examinable or not?",
    "is lecture 15 examinable or not",
    "is the RNN material in the exam or not",
    "is VAEs examinable or not?",
])
def test_or_not_is_a_plain_question(ask, question):
    a = ask(question, now="2021-02-20T09:00")
    assert a.text.startswith("Yes: Lecture"), a.text
    assert "not what the course page says" not in a.text


def test_a_real_denial_of_the_exam_is_still_corrected(ask):
    a = ask("so lectures 15-21 won't be in the exam?", now="2021-02-20T09:00")
    assert "not what the course page says" in a.text


@pytest.mark.parametrize(("question", "now"), [
    ("will I miss the lectures if I can't make Tuesday 10-12?", "2021-02-05T09:00"),
    ("can't make tuesday 10:00-12:00, am I missing lectures?", "2021-01-25T12:00"),
    ("do I miss any lecture if I skip Tuesday 10-11", "2021-02-03T09:00"),
])
def test_a_kind_not_held_in_a_busy_time_is_no(ask, question, now):
    a = ask(question, now=now)
    assert a.text.startswith("No: the lectures are pre-recorded"), a.text
    assert "Q&A" in a.text


def test_a_kind_held_in_a_weekly_busy_time_is_named(ask):
    a = ask("I work on tuesday mornings, will I miss the lectures?", now="2021-02-03T09:00")
    assert a.text.startswith("Yes: one of the lectures falls in that time: Lecture 22"), a.text


def test_a_kind_that_is_held_then_is_still_yes(ask):
    a = ask("will i miss the tutorials if I can't make Tuesday 10-12?", now="2021-02-05T09:00")
    assert a.text.startswith("Yes"), a.text


@pytest.mark.parametrize(("question", "start"), [
    ("found a piazza called '70010/460 Deep Learning [Spring 2021]', is that the official one?",
     "Yes"),
    ("is the piazza page called 70010/460 Deep Learning [Spring 2021]?", "Yes"),
    ("is the textbook 'Dive into Deep Learning'?", "Yes"),
    ("is the book called 'Deep Learning' by Goodfellow?",
     'No: the course page\'s is "Dive into Deep Learning"'),
    ("I found 'Deep Learning with Python' as the book, is that the right one?",
     'No: the course page\'s is "Dive into Deep Learning"'),
    ("is tutorial T07 called 'transformers'?", 'No: the course page\'s is "attention"'),
])
def test_a_name_found_is_compared_with_the_page(ask, question, start):
    a = ask(question, now="2021-02-10T09:00")
    assert a.text.startswith(start), a.text


def test_apostrophes_quote_no_name(ask):
    a = ask("i can't find the book, isn't it on the page?", now="2021-02-10T09:00")
    assert not a.text.startswith(("Yes:", "No:")), a.text


@pytest.mark.parametrize(("question", "home", "said"), [
    ("is batchnorm in the resnet lecture?", "Lecture 10", "Lecture 11"),
    ("does the alexnet lecture cover inception", "Lecture 09", "Lecture 07"),
    ("is LeNet in the VGG lecture?", "Lecture 06", "Lecture 08"),
    ("is equivariance in the convolutions lecture", "Lecture 05", "Lecture 03"),
])
def test_a_topic_guessed_in_another_lecture_is_no_with_its_own(ask, question, home, said):
    a = ask(question, now="2021-02-10T09:00")
    assert a.text.startswith("No: the lecture on"), a.text
    assert home in a.text and f"not {said}" in a.text
    assert ids(a) == [home.replace("Lecture ", "L")] or len(ids(a)) == 1


def test_a_topic_in_its_own_lecture_is_yes(ask):
    a = ask("is batchnorm in the batchnorm lecture?", now="2021-02-10T09:00")
    assert a.text.startswith("Yes: the lecture on batchnorm is Lecture 10"), a.text
