"""The rules' normalised reading of a message is kept while it is answered, and forgotten
with the other message texts (forget-me)."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core.recent_texts import forget_recent_texts


@pytest.mark.parametrize("message", [
    "My grandmother passed away, can I get an extension on cw2?",
    "wann ist die q&a diese woche",
    "i was off sick all week, what did i miss",
])
def test_a_normalised_message_is_kept_then_forgotten(message):
    first = personal.normalise(message)
    hits = personal.normalise.cache_info().hits
    assert personal.normalise(message) == first
    assert personal.normalise.cache_info().hits == hits + 1  # read again, not recomputed
    forget_recent_texts()
    assert personal.normalise.cache_info().currsize == 0
