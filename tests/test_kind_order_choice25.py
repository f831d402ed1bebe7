"""The order of two kinds of session asked as a choice ("<a> before or after <b>", "which is
earlier, <a> or <b>") says which comes first; an order stated with a trailing "right?" is a
question of the schedule, not a wish for reminders (round 25). Phrasings written for the
test; near-misses keep their readings."""

from __future__ import annotations

import pytest

from bot.core import wording as W

NOW = "2021-02-03T12:00"
FIRST = "The Q&A (10:00 GMT) comes first, then the tutorial (11:00 GMT)"


@pytest.mark.parametrize("question", [
    "does the tutorial happen before or after the q&a session?",
    "is the q&a earlier or later than the tutorial",
    "which one is earlier on a tuesday: tutorial or q&a?",
    "what comes first, the tut or the Q&A",
])
def test_a_choice_of_order_says_which_comes_first(ask, question):
    a = ask(question, now=NOW)
    assert a.text.startswith(FIRST), (question, a.text)
    # (the week 7 pair, both at 11:00, said apart)
    assert "Except on Tue 23 Feb 2021: both are listed at 11:00 GMT." in a.text, a.text


@pytest.mark.parametrize(("question", "lead"), [
    ("the tutorials come after the q&a every week, right?", W.YES),
    ("q&a happens after the tutorial yeah?", W.NO),
    ("tutorials are held before the q&a each tuesday right", W.NO),
])
def test_an_order_of_kinds_confirmed_is_not_a_reminder_request(ask, question, lead):
    a = ask(question, now=NOW)
    assert a.intent == "schedule" and a.text.startswith(f"{lead}: "), (question, a.text)


def test_reminder_requests_and_clock_choices_keep_their_readings(ask):
    a = ask("can you ping me before tutorials and q&as?", now=NOW)
    assert a.intent == "remind", a.text
    a = ask("is the tutorial before or after 11?", now=NOW)
    assert not a.text.startswith(FIRST), a.text


def test_two_tutorials_in_one_slot_are_both_listed_under_the_order(ask, schedule):
    # a day whose tutorial slot holds two numbered tutorials: the listing names both
    by_start: dict = {}
    for t in schedule.tutorials:
        if t.start is not None and t.topic:
            by_start.setdefault(t.start, []).append(t)
    start, pair = next((s, p) for s, p in sorted(by_start.items()) if len(p) > 1)
    a = ask(f"on {start:%d %b}, which comes first: the tutorial or the q&a?", now=NOW)
    listed = next(line for line in a.text.splitlines() if "Tutorial (" in line)
    assert all(t.topic in listed for t in pair), a.text
