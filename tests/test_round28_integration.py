"""Round 28, found in the integration: a room asked of a session on a day it never falls on
is the day's question (no such session then), not the room's; the weeks from the first Q&A
to the last count the panel held in the Q&A slot, as "the last q&a" does. The phrasings are
the lead's own."""

from __future__ import annotations

import pytest

DURING = "2021-01-21T09:00"


@pytest.mark.parametrize("question", [
    "which room is the friday lecture in",
    "what building is wednesday's deep learning lecture in?",
])
def test_a_room_on_a_day_no_such_session_falls_is_the_days_question(ask, question: str):
    a = ask(question, now=DURING)
    assert "doesn't give a room" not in a.text, a.text
    assert "Nothing of that kind is scheduled on" in a.text, a.text


def test_a_room_of_a_named_session_is_still_said_not_given(ask):
    a = ask("which room is lecture 22 held in", now=DURING)
    assert "doesn't give a room" in a.text and "ask a TA" in a.text, a.text


@pytest.mark.parametrize("question", [
    "how many weeks between the first and the last q&a",
    "weeks from first Q&A until the final one?",
])
def test_weeks_from_first_to_last_qa_count_the_panel_in_its_slot(ask, question: str):
    a = ask(question, now=DURING)
    assert a.text.startswith("6 weeks") and "week 8" in a.text, a.text


@pytest.mark.parametrize(("question", "tz"), [
    ("dhaka here. the hype panel, that's 4pm for me right?", "Europe/London"),
    ("is the next q&a at 6pm my time", "Asia/Singapore"),
])
def test_a_local_time_guessed_names_the_zone_once(ask, question: str, tz: str):
    # (a zone shown by its place already says "time": no "Dhaka time your time")
    a = ask(question, now="2021-02-01T10:00", tz=tz)
    assert a.text.startswith("Yes: ") and "your time (" in a.text, a.text
    assert "time your time" not in a.text and "time time" not in a.text, a.text


@pytest.mark.parametrize(("text", "refused"), [
    ("where do the tutorial notebooks live?", False),
    ("where does the week 5 dataset live on colab", False),
    ("where does the new TA live", True),
])
def test_where_a_thing_lives_is_no_ones_whereabouts(text: str, refused: bool):
    from bot.core.text import normalize
    from bot.nlu.safety import refusal

    assert (refusal(normalize(text)) == "others_data") is refused, text
