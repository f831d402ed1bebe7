"""Round 29 (F, b): a zone said as hours ahead of or behind a place, in words ("two hours
ahead of UK time", "eine Stunde hinter London"), is that place's zone moved by the hours at
each date (its clock changes kept), not a fixed UTC offset; times are shown in it and said
to be the place's plus or minus the hours. Phrasings written for the test."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.offset_zones import OffsetFrom
from bot.core.text import normalize
from bot.core.zones import find_zone, zone_name, zone_named

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(("text", "key", "hours"), [
    ("our clocks are two hours ahead of london", "Europe/London", 2),
    ("i live 6 hrs behind the uk", "Europe/London", -6),
    ("we're an hour in front of uk time, is the quiz open", "Europe/London", 1),
    ("uk time is four hours behind us", "Europe/London", 4),
    ("my place is 3h ahead of berlin", "Europe/Berlin", 3),
    ("wir sind zwei stunden hinter london", "Europe/London", -2),
    ("vivo tres horas por delante de londres", "Europe/London", 3),
    ("nous avons deux heures de retard sur londres", "Europe/London", -2),
])
def test_hours_from_a_place_name_that_place_moved(text, key, hours):
    found = find_zone(normalize(text))
    assert found is not None
    zone = found[0]
    assert isinstance(zone, OffsetFrom) and zone.base.key == key and zone.hours == hours
    assert zone_named(zone_name(zone)) == zone  # kept as the asker's zone and read back


@pytest.mark.parametrize("text", [
    "the tutorial is two hours long after the london lecture",
    "is the q&a an hour before the tutorial",
    "i spent 3 hours behind schedule on cw2",
    "i'm in utc+3, when is the q&a",
])
def test_near_misses_are_no_offset_from_a_place(text):
    found = find_zone(normalize(text))
    assert found is None or not isinstance(found[0], OffsetFrom)


def test_the_place_keeps_its_clock_change():
    zone = OffsetFrom(LONDON, -5)
    winter = datetime(2021, 3, 1, 12, 0, tzinfo=LONDON).astimezone(zone)
    summer = datetime(2021, 4, 6, 12, 0, tzinfo=LONDON).astimezone(zone)
    assert (winter.hour, summer.hour) == (7, 7)  # always five hours before London's clock
    assert winter.utcoffset() != summer.utcoffset()  # so not one UTC offset


@pytest.mark.parametrize(("question", "shown"), [
    ("me and my team are 2 hours ahead of london, when's the week 6 q&a", "12:00"),
    ("what time is the next tutorial? we are seven hours behind uk time", "04:00"),
])
def test_session_times_are_shown_moved_and_said_so(ask, question, shown):
    a = ask(question)
    assert a.answered and shown in a.text and "London time" in a.text, a.text
    assert "course time" in a.text, a.text


def test_a_deadline_is_shown_moved(ask):
    a = ask("when is coursework 1 due? im 3 hours behind london")
    assert a.intent == "deadline" and "16:00 London time - 3 hours" in a.text, a.text


def test_a_place_named_beside_the_hours_keeps_its_own_zone():
    found = find_zone(normalize("i'm 6 hours behind london (chicago), when is the quiz"))
    assert found is not None and getattr(found[0], "key", None) == "America/Chicago"


def test_a_long_message_pointing_with_it_is_no_quoted_session(ask):
    a = ask("so i have a part time job most evenings and some weekends and i am trying to plan "
            "my whole term around it properly, the live lecture with the guest speaker, is it "
            "every week or not?")
    assert "That one is week" not in a.text, a.text
