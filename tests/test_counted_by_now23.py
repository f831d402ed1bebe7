"""How many of a kind are behind the asker and how many ahead, at the message's now (round
23): both counts with the items of each side, sessions sharing a slot counted once. Totals,
a week's count and lectures or deadlines left keep their own answers. The phrasings are the
developer's own."""

from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("question, now, past, left", [
    ("how many tutorials have we done up to now?", "2021-02-03T09:00", 3, 4),
    ("how many deadlines have gone by so far", "2021-02-24T09:00", 2, 1),
    ("number of quizzes already done?", "2021-02-15T09:00", 2, 1),
    ("how many q&a sessions have happened to date", "2021-01-27T09:00", 2, 5),
])
def test_a_count_so_far_gives_both_sides_of_now(ask, question, now, past, left):
    answer = ask(question, now=now)
    assert f"{past} already past, {left} still to come" in answer.text
    assert "Already past:" in answer.text and "Still to come:" in answer.text


@pytest.mark.parametrize("question", ["how many quizzes have we still got?",
                                      "how many tutorials remain from today on"])
def test_a_count_left_of_one_kind_also_says_how_many_are_behind(ask, question):
    answer = ask(question, now="2021-02-10T09:00")
    # (those behind are counted in the lead; only the ones to come are listed)
    assert "already past" in answer.text and "Still to come:" in answer.text
    assert "Already past:" not in answer.text


def test_the_count_is_split_at_the_messages_own_now(ask):
    early = ask("how many tutorials have we had so far", now="2021-01-20T09:00")
    late = ask("how many tutorials have we had so far", now="2021-02-17T09:00")
    assert "1 already past, 6 still to come" in early.text
    assert "5 already past, 2 still to come" in late.text


def test_this_weeks_recorded_lectures_are_said_apart(ask):
    answer = ask("how many lectures have i gone through so far", now="2021-02-09T12:00")
    assert "14 already past" in answer.text
    assert "This week (no set time):" in answer.text


@pytest.mark.parametrize("question, now", [
    ("how many tutorials are there in total", "2021-02-10T09:00"),   # a total
    ("how many tutorials in week 4", "2021-02-10T09:00"),            # a week's
    ("how many deadlines are left", "2021-02-10T09:00"),             # the deadlines' own
    ("how many lectures per week", "2021-02-10T09:00"),              # a rate
])
def test_other_counts_keep_their_answers(ask, question, now):
    assert "already past," not in ask(question, now=now).text


def test_the_items_of_both_sides_are_the_events(ask):
    answer = ask("how many coursework deadlines have passed", now="2021-02-24T09:00")
    assert sorted(ids(answer)) == ["CW1", "CW2", "CW3"]
