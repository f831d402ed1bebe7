"""Round 29's review: a new student's access to a course place without an account is no
attack (only machines, or a way round the owner, are); a doubt about the day is a report
from an empty call only when said from the call; "do" is the preparation's verb only with
what is done."""

from __future__ import annotations

import pytest

from bot.core.handlers.session_prep import _PREPARE
from bot.core.text import normalize
from bot.nlu import safety


@pytest.mark.parametrize("text", [
    "can i get on the module forum without an account",
    "how do i get into the lecture recordings without a login, i only just enrolled",
    "is there a way to join the teams channel without my own account yet",
])
def test_a_course_place_without_an_account_is_no_attack(text):
    assert safety.refusal(normalize(text)) != "attack"


@pytest.mark.parametrize("text", [
    "get me onto the lab cluster without an account",
    "get me into the department database without permission",
    "how can i bypass the login on the marking server",
])
def test_machines_or_a_way_round_the_owner_stay_refused(text):
    assert safety.refusal(normalize(text)) == "attack"


@pytest.mark.parametrize("question", [
    "did i put the wrong week for the tutorial in my calendar?",
    "the q&a hasn't started the new topic yet, right?",
])
def test_a_doubt_not_said_from_the_call_is_no_empty_call(ask, question):
    a = ask(question, now="2021-02-09T10:05")
    assert "there is no" not in a.text.lower() or "today" not in a.text.lower(), a.text


@pytest.mark.parametrize("text, prep", [
    ("what time do the tutorials start before the break", False),
    ("how long do we have before the panel starts", False),
    ("what do i need to do before the next tutorial", True),
    ("should i do all the notebooks before the q&a", True),
    ("is there anything i should do beforehand for the tutorial", False),
])
def test_do_is_the_preparations_verb_only_with_what_is_done(text, prep):
    assert bool(_PREPARE.search(text)) is prep
