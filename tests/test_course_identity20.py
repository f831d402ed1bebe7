"""Round 20: which course the bot serves, asked by a code ("is this 70010 or 70015?"), is the
schedule's course block, said plainly; a code the page never names is not called the same
course (a TA can tell). The course's own code and title come from the schedule."""
import pytest


@pytest.mark.parametrize("question", [
    "is this {ours} or {other}?? piazza says {ours}/460",
    "is {other} the same course as this one",
    "am i in the right place for {other}",
])
def test_identity_with_another_code(ask, schedule, question):
    c = schedule.course
    other = str(int(c.code) + 5)  # a code shaped like the course's own that is not it
    a = ask(question.format(ours=c.code, other=other))
    assert f"{c.code} {c.title}" in a.text
    assert other in a.text and "ask a TA" in a.text
    assert "I don't know" not in a.text and "only know about" not in a.text


def test_identity_with_our_code(ask, schedule):
    c = schedule.course
    a = ask(f"wait is this bot for {c.code}?")
    assert a.intent == "logistics"
    assert f"{c.code} {c.title}" in a.text


@pytest.mark.parametrize("question", [
    "took {ours} back in 2021, what was the textbook again?",
    "for {ours}, what is the recommended book",
])
def test_a_code_said_beside_another_question_is_not_asked_which_course(ask, schedule, question):
    c = schedule.course
    a = ask(question.format(ours=c.code))
    assert "This bot serves" not in a.text
    assert c.book in a.text
