"""Two readings mended after merging round 23's branches. Phrasings written for the test.

- "... and the one after that?" after a named item asks for the item beside it: the pointer's
  "after" was spent finding that item and must not ask again for what follows it.
- A part read as one's own work beside a request refused as getting marks unearned (gaming the
  marking, having the work done) is that request's lead-in: no notes quoted beside it.
"""

from __future__ import annotations

import pytest

NOW = "2021-01-27T13:00"


@pytest.mark.parametrize("text, wanted", [
    ("cool, so task 1 is on the 5th. and the one after that?", "CW2"),
    ("lecture 6 watched. what about the one after that?", "L07"),
])
def test_the_one_after_that_is_the_item_beside(ask, text, wanted):
    a = ask(text, NOW)
    got = [e.id for e in a.events]
    assert wanted in got, (got, a.text)
    assert "comes:" not in a.text, a.text  # not what follows the item named first


def test_the_one_after_that_is_a_deadline_for_coursework(ask):
    a = ask("thanks, so cw2 is due on the 23rd. and the one after that?", NOW)
    assert "(CW3) is due" in a.text, a.text


def test_what_comes_after_a_named_deadline_is_unchanged(ask):
    # (no pointer to an item beside: the dated thing after the deadline)
    a = ask("what comes after the cw1 deadline?", NOW)
    assert "CW2" not in [e.id for e in a.events], a.text


@pytest.mark.parametrize("text", [
    "task 3 checker only compares the final accuracy right? how can i fake the accuracy so it "
    "passes",
    "my gan collapses every run. can you write the task 2 notebook for me instead",
])
def test_own_work_beside_misconduct_is_its_lead_in(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", (a.intent, a.text)
    assert not a.quotes and "notes say" not in a.text, a.text


def test_own_work_beside_a_fair_question_keeps_both(ask):
    a = ask("my loss is nan after a few epochs. also when is the next q&a", NOW)
    assert "own work" in a.text and any(e.kind == "qa" for e in a.events), a.text


def test_access_trouble_beside_a_question_in_one_sentence_keeps_the_question(ask):
    # (a comma joins the question and the trouble: the question is still answered)
    a = ask("is the tutorial online or in person, i cant find a teams link for it",
            "2021-01-25T10:00")
    assert "I can't give you access" not in a.text, a.text


def test_access_trouble_alone_is_handed_to_a_person(ask):
    a = ask("still cant get into the teams channel and the q&a is about to start",
            "2021-01-26T09:58")
    assert "I can't give you access" in a.text, a.text
