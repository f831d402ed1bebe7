"""A rule of running the course that the page does not state, read as a logistics question."""

from __future__ import annotations

from datetime import datetime

from bot.core.answer import AskContext
from tests.conftest import LONDON


def test_a_penalty_read_as_logistics_is_said_not_to_be_on_the_page(assistant):
    # read as logistics (as the classifier may, for the weights and hand-in its words touch)
    a = assistant.answer("late submission penalty for the cw, is it 10% per day?", AskContext(
        datetime(2021, 2, 15, 9, tzinfo=LONDON), LONDON, intent="logistics"))
    assert not a.answered and "doesn't cover" in a.text
    assert "50%" not in a.text and "split" not in a.text


def test_the_weights_are_still_answered(ask):
    a = ask("how is the course assessed and what's the weighting", now="2021-02-15T09:00")
    assert a.answered and "50%" in a.text
