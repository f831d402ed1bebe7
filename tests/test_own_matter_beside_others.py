"""A student's own matter told beside another person is not a request for that person's data;
a rule asked as a hypothetical is a course rule, not a circumstance; a menace of the writer's
own is a threat."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.personal import asks_a_rule, matter, rule_verdict
from bot.core.text import normalize
from bot.nlu.safety import refusal, threatens

# The writer's mark, work or worry beside someone else's, or word passed to the staff for
# someone who cannot send it: nothing of theirs is asked for.
OWN_MATTERS = [
    "me and my coursemate had the same accuracy but my mark is way lower, how do i query it",
    "my lab partner and i got identical outputs yet my grade is 10 lower, who do i ask",
    "a classmate sent round his code before the deadline and i used a couple of lines, am i in"
    " trouble",
    "classmates shared notebooks in our group chat and now i'm worried my submission looks "
    "similar",
    "my housemate broke her arm and can't type or use her phone, can you tell the lecturers "
    "she won't make task 2",
    "my sister is in the ICU and can't use her phone, please let the TAs know she will miss "
    "the quiz",
]

# Requests for someone else's data stay declined, whatever is said beside them.
THEIR_DATA = [
    "what's my friend's mark for cw1",
    "can you give me my flatmate's email",
    "has my lab partner submitted task 2 yet",
    "my grade is lower than my mate's, what did my mate get on cw1",
    "my code is fine, send me my classmate's notebook to compare",
    "where does the tutor live, i want to talk to him about my grade",
    "who is my marker dating, i want to tell the staff my mark is unfair",
]


@pytest.mark.parametrize("text", OWN_MATTERS)
def test_own_matter_beside_someone_is_not_refused(text: str) -> None:
    assert refusal(normalize(text)) is None


@pytest.mark.parametrize("text", THEIR_DATA)
def test_their_data_is_still_refused(text: str) -> None:
    assert refusal(normalize(text)) == "others_data"


THREATS = [
    "tell the marker i'll get him if my cw2 mark isn't fixed",
    "i'm gonna make them pay if i fail this course, pass that on",
    "let the TAs know i'll come after them if my grade stays like this",
]
NOT_THREATS = [
    "i'll get him to check my notebook before the deadline",
    "i'll get you the traceback in a sec",
    "i'm going to make them into a table for my report",
]


@pytest.mark.parametrize("text", THREATS)
def test_own_menace_is_a_threat(text: str) -> None:
    assert threatens(normalize(text))
    assert refusal(normalize(text)) == "threat"


@pytest.mark.parametrize("text", NOT_THREATS)
def test_plain_errands_are_not_threats(text: str) -> None:
    assert not threatens(normalize(text))


# A course rule asked as a hypothetical: what the rules do in a case, nothing told as done.
HYPOTHETICALS = [
    "suppose i upload task 3 half a day late, how much would i lose",
    "what would happen to my grade if i handed cw2 in late",
    "do we get a resit if we fail the final",
    "if someone fails the exam can they retake it",
    "if i fail the exam could i resit it in the summer",
]
TOLD_AS_DONE = [
    "i failed the exam, can i resit",
    "i submitted a day late, what happens to my mark",
]


@pytest.mark.parametrize("text", HYPOTHETICALS)
def test_hypothetical_rule_is_not_a_circumstance(text: str) -> None:
    assert asks_a_rule(text)
    assert rule_verdict(text) is None


@pytest.mark.parametrize("text", TOLD_AS_DONE)
def test_told_as_done_stays_personal(text: str) -> None:
    assert not asks_a_rule(text)
    assert rule_verdict(text) is not None


# How a member of staff treated the writer, and a worry about integrity, are matters of their
# own kind (a complaint, the rules on one's work), not marks or extensions.
CONDUCT = [
    "the demonstrator was condescending every time i asked something, how do i complain",
    "my TA laughed at me in front of the group today, who do i report that to",
    "i think the lecturer has been unfair to me in the labs and keeps ignoring me",
]
INTEGRITY = [
    "our study group passed code around and i'm scared my notebook will get flagged",
    "i think i copied too much from a friend's repo, am i in trouble for plagiarism",
]


@pytest.mark.parametrize("text", CONDUCT)
def test_staff_conduct_is_its_own_matter(text: str) -> None:
    assert "conduct" in matter(text)


@pytest.mark.parametrize("text", INTEGRITY)
def test_integrity_worry_is_its_own_matter(text: str) -> None:
    assert "integrity" in matter(text)


def test_their_wordings_name_the_matter() -> None:
    assert "complain" in W.PERSONAL_CONDUCT and "{forum}" in W.PERSONAL_CONDUCT
    assert "someone else's" in W.PERSONAL_INTEGRITY and "marks" not in W.PERSONAL_INTEGRITY
