"""Someone speaking for a student (a parent, guardian, sponsor, employer) asking what that
student did or got (handed in, attended, passed, marks): another person's private matter,
declined as any request for another's data; their questions about the course stay answered
(round 25). Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.outsiders import asks_for_a_student

# (round 26: a student's data asked by someone else is declined with its own reason)
REFUSED = "I can't share a student's marks"
OTHERS = "I can't share anyone else's private details"


@pytest.mark.parametrize("question", [
    "I'm the mother of a first year here, did my son turn in the second task?",
    "as his employer I need to know whether he attended the tutorials",
    "we sponsor a student on this course, has she passed?",
    "I'm Alex's guardian, did he show up to the q&a sessions?",
])
def test_another_students_record_is_declined(ask, question):
    a = ask(question)
    assert a.intent == "refused" and a.text.startswith(REFUSED), a.text


@pytest.mark.parametrize("question", [
    "my son is on this module, when is the last deadline?",
    "I'm a parent, how is the course assessed?",
    "as an employer, what does the course cover?",
    "did I pass the quiz?",
])
def test_questions_about_the_course_stay_answered(ask, question):
    a = ask(question)
    assert REFUSED not in a.text and OTHERS not in a.text, a.text


def test_the_words_of_speaking_for_a_student():
    assert asks_for_a_student("i'm her dad, did she submit cw1")
    assert asks_for_a_student("as their employer: did they complete the course")
    assert not asks_for_a_student("i'm her dad, when is cw1 due")
    assert not asks_for_a_student("did she submit cw1")  # (no one speaking for her)
