"""Round 13: times, ranges and availability (offsets with minutes, availability verdicts,
what is not examinable, catch-up summaries with dates)."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.answer import AskContext
from bot.core.zones import find_zone
from tests.conftest import LONDON


def _ask(assistant, text: str, when: str):
    return assistant.answer(text, AskContext(datetime.fromisoformat(when).replace(
        tzinfo=LONDON), LONDON))


@pytest.mark.parametrize("text, minutes", [
    ("deadline in utc+5:30", 330), ("next q&a for gmt+9.30", 570), ("cw2 in utc-3:30", -210),
    ("tutorial in gmt+8", 480)])
def test_an_offset_said_with_its_minutes_keeps_them(text, minutes):
    zone = find_zone(text)[0]
    offset = zone.utcoffset(datetime(2021, 2, 15, 9))
    assert offset.total_seconds() / 60 == minutes, (text, offset)


def test_a_deadline_in_a_half_hour_zone_is_shown_at_its_half_hour(assistant):
    answer = _ask(assistant, "when is cw3 due in utc+5:30", "2021-02-15T09:00")
    assert "00:30 UTC+05:30" in answer.text, answer.text
