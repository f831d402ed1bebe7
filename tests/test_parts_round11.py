"""Lists of questions, checked premises and ids said as they sound. Phrasings written for
the test (the course page is the truth: tutorials Tue 11:00, Q&A Tue 10:00)."""

from __future__ import annotations

import pytest

from bot.core.multipart import split_question

NOW = "2021-02-08T09:00"


@pytest.mark.parametrize("text, parts", [
    ("hello there\nsome quick qs\n1. when is the lecture\n2. is the q&a right after\n"
     "3. where are the slides\ncheers!!",
     ["when is the lecture", "is the q&a right after", "where are the slides"]),
    ("- when is cw3 due\n- who marks it\n- which tutorial covers rnns",
     ["when is cw3 due", "who marks it", "which tutorial covers rnns"]),
    ("yo\nwhen is cw1 due\nwhere do i submit it\nthx", ["when is cw1 due", "where do i submit it"]),
    ("heya! 1) is there a lecture in week 7\n2) when is cw2 due",
     ["is there a lecture in week 7", "when is cw2 due"]),
])
def test_a_list_of_questions_is_split_into_its_questions(text, parts):
    assert split_question(text) == parts


def test_a_single_line_message_is_not_split_by_lines():
    assert split_question("when is cw1 due\nthanks") == ["when is cw1 due\nthanks"]


def test_every_item_of_a_numbered_list_is_answered(ask):
    a = ask("hiya\n1) is there a lecture in week 7\n2) when is cw2 due\n3) is week 9 free? ta",
            NOW)
    assert "Lecture 22" in a.text and "23 Feb" in a.text and "No lecture or tutorial" in a.text


def test_every_bullet_is_answered(ask):
    a = ask("• when is cw3 due\n• which tutorial covers attention", NOW)
    assert "9 Mar" in a.text and "T07" in a.text


@pytest.mark.parametrize("text, now", [
    ("the last tutorial is 2 march at 10 right?", NOW),
    ("is there a q&a on tuesday at 9am", NOW),
])
def test_a_wrong_clock_time_is_not_confirmed(ask, text, now):
    a = ask(text, now)
    assert not a.text.startswith("Yes") and "No, not at" in a.text


def test_the_right_clock_time_is_confirmed(ask):
    assert ask("is there a q&a on tuesday at 10am", NOW).text.startswith("Yes")


@pytest.mark.parametrize("text, wrong, right", [
    ("is kainz giving the transformer lectures?", "Kainz", "Lecture 20"),
    ("is li running the batch norm tutorial", "Li", "Reynaud"),
])
def test_a_person_named_for_a_topic_they_do_not_give_is_corrected(ask, text, wrong, right):
    a = ask(text, NOW)
    assert a.text.startswith("No") and right in a.text


def test_a_person_who_gives_the_topic_is_confirmed(ask):
    a = ask("is bronstein doing the gnn lecture?", NOW)
    assert a.text.startswith("Yes") and "Lecture 22" in a.text


@pytest.mark.parametrize("text, named, titled", [
    ("the attention tutorial is T08 isn't it", "T08", "T07"),
    ("is lecture 17 on vaes?", "Lecture 17", "Lecture 16"),
])
def test_an_id_beside_another_sessions_topic_is_corrected(ask, text, named, titled):
    a = ask(text, NOW)
    assert a.text.startswith("No") and named in a.text and titled in a.text


def test_an_id_beside_its_own_topic_is_not_contradicted(ask):
    assert not ask("T08 is the rnn one right", NOW).text.startswith("No")


@pytest.mark.parametrize("text, want", [
    ("when is lecture twenty-two", "Lecture 22"),
    ("what week is lecture twenty one", "Lecture 21"),
    ("when is see double you three due", "Task 3"),
    ("which lecture is bat norm", "Lecture 10"),
])
def test_ids_and_topics_said_as_they_sound_are_found(ask, text, want):
    assert want in ask(text, NOW).text


def test_a_forwarded_messages_this_week_gives_way_to_the_week_asked(ask):
    a = ask("Hi all, the Q&A this week is hosted by Dr Bronstein\n"
            "^ a friend sent me this, for week 4 is it him?", NOW)
    assert "week 4" in a.text and "2 Feb" in a.text


def test_a_guess_with_a_tag_then_which_week_is_one_answer(ask):
    a = ask("transformer lectures are 20 and 21 yeah? what week", NOW)
    assert "week 6" in a.text and "don't know" not in a.text
