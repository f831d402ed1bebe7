"""Round 28 (F): a city the writer is going to ("heading back to <city>", "flying home to
<city>") sets the zone times are shown in, named; whether a session can be attended live
from a place is a question of its time there, not of attendance rules. Phrasings written
for the test; zones from the zone table, not the course."""

from __future__ import annotations

import pytest

from bot.core.zones import find_zone


@pytest.mark.parametrize(("text", "key"), [
    ("flying back home to tokyo next week when is the qa", "Asia/Tokyo"),
    ("i am heading to nairobi in march what time is the tutorial", "Africa/Nairobi"),
    ("going back to lima for reading week", "America/Lima"),
])
def test_a_city_gone_to_names_the_zone(text, key):
    found = find_zone(text)
    assert found is not None and found[0].key == key


def test_a_place_gone_to_without_a_city_names_none():
    assert find_zone("going back to the library after the tutorial") is None


@pytest.mark.parametrize(("question", "abbreviation"), [
    ("realistically can i make the tutorials live from auckland?", "NZDT"),
    ("would it be possible to join the q&a live from chicago", "CST"),
])
def test_attending_live_from_a_place_gets_the_time_there(ask, question, abbreviation):
    a = ask(question)
    assert a.intent == "schedule" and abbreviation in a.text, a.text


def test_attendance_without_a_place_keeps_the_course_time(ask):
    a = ask("do i have to attend the tutorials live?")
    assert "course time" not in a.text, a.text  # no place said: no zone converted
