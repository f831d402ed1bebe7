"""Round 21, issue 13: a count of what is left answered after the last one too (a count line,
not "nothing of that kind"), "hw many" read as "how many" rather than the homework, and a
pasted mark with a remark or appeal asked kept one private matter, not split into a problem
of one's own work and a hand-off. The phrasings are new, not the graded messages."""

from __future__ import annotations

import pytest

from bot.core.multipart import split_question

AFTER = "2021-04-20T12:00"  # after the course's last session and deadline
DURING = "2021-02-10T12:00"


@pytest.mark.parametrize("question", [
    "how many tuts are left?",
    "how many tutorials do we still have",
    "how many q&as are remaining",
    "any tutorials left?",
])
def test_none_left_is_a_count(ask, question):
    a = ask(question, now=AFTER)
    assert "still to come: 0" in a.text and "nothing of that kind" not in a.text
    assert "All 7 on the course page are over." in a.text
    assert "The most recent one: Tue 2 Mar 2021" in a.text


@pytest.mark.parametrize("question", [
    "how many tuts remain? and which deadlines are still ahead",
    "how many tutorials are left and what deadlines are coming up",
])
def test_count_and_deadlines_both_answered_after_the_course(ask, question):
    a = ask(question, now=AFTER)
    head = a.text.splitlines()[0]
    assert "nothing of that kind" not in a.text and "tutorials" in head.lower()
    assert "no coursework deadlines left" in a.text


@pytest.mark.parametrize("question", [
    "hw many tutorials left",
    "hw many tuts are there still",
    "hw many labs remaining?",
])
def test_hw_many_is_how_many_not_homework(ask, question):
    a = ask(question, now=DURING)
    assert "deadline" not in a.text.lower()
    assert a.events and all(e.kind == "tutorial" for e in a.events)


def test_hw_before_a_verb_is_still_the_homework(ask):
    a = ask("when is hw 2 due", now=DURING)
    assert [e.id for e in a.events] == ["CW2"]


@pytest.mark.parametrize("question", [
    'got this email: "Subject: marks. Dear student, you scored 41/100 on CW1" why so '
    'low?? can I appeal',
    "received my feedback: 'Your mark for task 2: 17/50.' that can't be right?? how do I "
    "ask for a remark",
    'the email says "grade: 38% - notebook did not run" but it ran for me! can i get it '
    're-marked?',
    "just got 45 out of 100 on cw1?? can i appeal it",
])
def test_pasted_mark_with_an_appeal_is_one_private_matter(ask, question):
    assert len(split_question(question)) == 1
    a = ask(question, now=DURING)
    assert a.intent == "personal" and not a.answered
    assert "your own work" not in a.text and "ask a TA" in a.text
    assert "\n\n" not in a.text  # one reply, not two parts


@pytest.mark.parametrize("question", [
    "is cw1 out of 100? and when is it due",
    "got 41/100 on cw1. when is cw2 due? and who marks it",
])
def test_a_score_without_a_review_asked_still_splits(question):
    assert len(split_question(question)) == 2
