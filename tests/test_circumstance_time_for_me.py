"""A circumstance told beside a plain timetable question asked "for me" (issue 13): the
clock time where the writer is, not an arrangement, so the question is answered in the
zone named; asking for an arrangement "for me" stays a person's."""

from __future__ import annotations

import pytest

from bot.core import personal


@pytest.mark.parametrize("text", [
    "stuck in kenya bc of visa delays, what time is the tutorial for me this week",
    "my visa is delayed so im still in Nigeria - when is the tutorial for me tomorrow?",
    "visa got delayed so I'm in Lagos. When's the Q&A for me?",
    "cant fly over yet, immigration paperwork is stuck, what time is the next q&a for me",
])
def test_a_time_asked_for_me_beside_a_circumstance_is_no_arrangement(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "stuck in india bc of visa delays, can you move the q&a for me",
    "visa got delayed so I'm in Lagos, can you set a later time for me?",
])
def test_an_arrangement_asked_for_me_stays_a_persons(text):
    assert personal.rule_verdict(text) is not None


def test_the_time_is_given_in_the_zone_named(ask):
    a = ask("stuck in india bc of visa delays, what time is the q&a for me this week",
            "2021-02-09T08:00")
    assert a.intent == "schedule"
    assert "IST" in a.text
