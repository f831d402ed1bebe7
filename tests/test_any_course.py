"""The bot is not tied to one course: event kinds defined once, course facts only in data."""

from __future__ import annotations

from bot.core import wording as W
from bot.reminders.policy import ALL_KINDS as REMINDER_KINDS
from bot.schedule.kinds import EVENT_KINDS, SESSION_KINDS


def test_every_kind_is_named_once_in_the_wording():
    assert set(W.EVENT_KIND_NAMES) == set(EVENT_KINDS)
    assert set(W.KIND_SINGULAR) == set(EVENT_KINDS)
    assert set(W.KIND_NAMES) == set(REMINDER_KINDS)
    assert set(SESSION_KINDS) < set(REMINDER_KINDS) and "deadline" in REMINDER_KINDS
