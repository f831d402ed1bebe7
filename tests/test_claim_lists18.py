"""A list of claims the writer asks to have checked (round 18, `bot/core/claims.py`): split
into its claims wherever the request stands (before or after them) and however they are
separated (list marks, commas, semicolons, new lines, "and"); each read into what it names
and what it says of it, checked against the page and answered line by line, under a lead
that counts the wrong ones. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from bot.core.claims import claims_asked
from tests.conftest import ids

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text, n", [
    ("wrote down: cw2 due 23/2 at 7pm; q&a 16 feb 10am; tutorial 2 mar at 11 - all good?", 3),
    ("cw3 tue 9/3 19:00, panel wed 3/3 at 10. is that accurate?", 2),
    ("can u check these: (1) lecture 22 on 23 feb (2) cw1 due 5 feb", 2),
    ("my planner says the gan tutorial is in week 5 and the attention one in week 6, true?", 2),
    ("friend put in the group chat:\ncw1 5 feb 7pm\ncw2 23 feb 7pm\nany errors?", 2),
])
def test_the_claims_are_split_wherever_the_request_stands(text, n):
    claims = claims_asked(text)
    assert claims is not None and len(claims) == n, claims


@pytest.mark.parametrize("text", [
    "is cw2 due friday, and when is the q&a?",  # a question beside a claim: not a list
    "cw2 is due on the 23rd right?",  # one claim: the yes/no question it is
    "when is the gnn lecture and who runs it? is that right",
    # a choice between two sayings, not a list to check
    'outlook has "q&a tue 23 feb 10:00", but a friend said it is a lecture, which one is right',
])
def test_a_message_that_is_no_list_of_claims_is_left_alone(text):
    assert claims_asked(text) is None


def test_every_claim_is_answered_and_the_wrong_ones_counted(ask):
    a = ask("wrote down: cw2 due 23/2 at 7pm; q&a 16 feb 10am; tutorial 9 feb at 10 - all good?",
            now=NOW)
    lines = a.text.splitlines()
    assert lines[0] == "Not all: 1 of 3 is wrong:", a.text
    assert lines[1].startswith("\u2713") and lines[2].startswith("\u2713"), a.text
    assert lines[3].startswith("\u2717") and "not at 10:00" in lines[3] and "11:00" in lines[3]


def test_swapped_dates_are_both_wrong_with_the_page_values(ask):
    a = ask("pls confirm: gan tutorial tue 16 feb, attention tutorial tue 9 feb", now=NOW)
    lines = a.text.splitlines()
    assert lines[0] == "Not all: 2 of 2 are wrong:", a.text
    assert "T06" in lines[1] and "Tue 9 Feb" in lines[1], a.text
    assert "T07" in lines[2] and "Tue 16 Feb" in lines[2], a.text


def test_weeks_said_the_wrong_way_round_are_both_wrong(ask):
    a = ask("my planner says the gan tutorial is in week 6 and the attention one in week 5, true?",
            now=NOW)
    # (round 22: weeks exchanged that match the page are said to be the other way round)
    assert a.text.startswith("No, it's the other way round"), a.text
    assert "not in week 6" in a.text and "not in week 5" in a.text


def test_all_right_is_yes_with_each_one(ask):
    a = ask("friend put in the group chat:\ncw1 5 feb 7pm\ncw2 23 feb 7pm\nany errors?", now=NOW)
    assert a.text.startswith("Yes, all 2 match the course page"), a.text
    assert {"CW1", "CW2"} <= set(ids(a))


def test_a_week_start_is_checked_as_a_week(ask):
    a = ask("are these correct? 1) week 5 begins mon 8 feb 2) week 3 starts mon 18 jan", now=NOW)
    assert a.text.startswith("Not all: 1 of 2 is wrong"), a.text
    assert "week 3 starts Mon 25 Jan" in a.text


def test_a_claim_about_every_one_of_a_kind_and_an_empty_week(ask):
    a = ask("lectures on tuesdays at 10 every week; deadlines always at 7pm; nothing in week 1. "
            "right?", now=NOW)
    lines = a.text.splitlines()
    assert len(lines) == 4 and lines[2].startswith("\u2713"), a.text


def test_a_claim_whose_subject_is_not_found_is_said_so(ask):
    a = ask("check pls: cw2 due 23 feb 7pm, the karaoke night on 5 mar at 8", now=NOW)
    assert "I can't tell which session or deadline" in a.text and "karaoke" in a.text, a.text
    assert a.text.splitlines()[1].startswith("\u2713")


def test_the_one_is_of_the_kind_of_the_claim_before(ask):
    a = ask("is this right: the gnn tutorial is in week 7 and the cnn one in week 4?", now=NOW)
    assert a.text.startswith("Not all: 1 of 2"), a.text
    assert "T03" in ids(a) and "T09" in ids(a), ids(a)


@pytest.mark.parametrize("question, verdict, right", [
    # (each read as who assesses the task or which session, before)
    ("the TA said at the tutorial cw2 is due on 26 feb", "No", "Tue 23 Feb"),
    ("a TA told us in the tut cw1 is due on the 5th feb", "Yes", "Fri 5 Feb"),
    ("TA told us in the tut cw3 is due on the 2nd march??", "No", "Tue 9 Mar"),
])
def test_a_claim_someone_else_made_is_checked_not_answered_by_its_people(ask, question,
                                                                         verdict, right):
    a = ask(question, now=NOW)
    assert a.text.startswith(verdict) and right in a.text, a.text
    assert "\u2713" in a.text or "\u2717" in a.text, a.text
    assert "ask a TA" in a.text
