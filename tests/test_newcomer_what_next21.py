"""Round 21: a newcomer's introduction of themselves ("late joiner here", "i'm a visiting
student", "i just joined") before "what's coming up" is who asks, not a circumstance nor a
subject: the reply is what is ahead of now, the next session and the next deadline."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "late joiner here - what's coming up?",
    "I'm a visiting student, what do I have coming up",
    "I just joined, what's due or coming up?",
    "exchange student here, what is coming up",
    "hi, new student here... whats next?",
])
def test_a_newcomer_asking_what_is_ahead_gets_the_next_session_and_deadline(ask, said):
    a = ask(said, now="2021-02-10T12:00")
    assert a.intent == "schedule" and a.answered
    assert "Q&A" in a.text and "Coursework Task 2" in a.text
    assert "Next up" in a.text and "ask a TA" not in a.text


def test_a_newcomer_with_a_matter_of_their_own_is_still_heard(ask):
    a = ask("i'm a visiting student, can i get extra time on task 2", now="2021-02-10T12:00")
    assert a.intent != "schedule"
