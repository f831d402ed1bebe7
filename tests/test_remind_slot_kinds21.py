"""Round 21: reminders asked for a kind of session cover, and list, every session the course
data places in that kind's timetable slot (a panel held in the Q&A slot is one of the Q&As),
whatever else the message asks beside them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    "remind me before each q&a from now on",
    "can u ping me before the q&as? thanks",
    "could you remind me 30 min before every Q&A, I keep missing them",
])
def test_reminders_for_the_qas_list_the_panel_in_their_slot(ask, message):
    answer = ask(message, now="2021-02-14T20:00")
    assert "panel" in answer.text.lower(), answer.text
