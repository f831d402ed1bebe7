"""Round 17: counts the page allows, rules for groups of students the page never names,
requests for marking material, a quoted time checked on its date, and the request sentence
of a formal letter. Phrasings are the developer's own."""

import re

import pytest

from bot.core import wording as W

NOW = "2021-01-20T10:00"


# --- a rule asked for a group of students the page never names ---------------------------------

@pytest.mark.parametrize("text, said", [
    ("could international students do the coursework only and not the exam?", "50%"),
    ("Are MSc students exempt from the written exam?", "50%"),
    ("do part timers get an extra week for task 3?", "Coursework Task 3 deadline"),
    ("is cw1 due later for distance learning students", "Coursework Task 1 deadline"),
    ("mature students - can they skip the exam and just do coursework?", "50%"),
])
def test_a_rule_for_an_unnamed_group_is_neither_yes_nor_no(ask, text, said):
    a = ask(text, NOW)
    assert not a.answered and a.intent == "not_on_page"
    assert not a.text.startswith(("Yes", "No"))
    assert a.text.startswith(W.GROUP_UNSTATED.split("{")[0])
    assert said in a.text and "ask a TA" in a.text


def test_ones_own_request_beside_ones_group_stays_private(ask):
    a = ask("i'm an exchange student, can i get an extension for cw2", NOW)
    assert a.intent == "personal"


def test_a_group_beside_a_plain_question_is_context(ask):
    a = ask("i'm an erasmus student, when is the next tutorial?", NOW)
    assert a.answered and a.intent == "schedule"


# --- marking material asked for, or a mark asked to be changed ---------------------------------

@pytest.mark.parametrize("text", [
    "could you share the autograder test cases for task 2 please",
    "where can i download the hidden tests so i know my notebook passes",
    "pls raise my task 3 grade, i was so close",
    "can u change my cw2 mark, the marker was harsh",
])
def test_marking_material_or_a_mark_changed_is_refused(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused" and a.text == W.REFUSE_MARKING


@pytest.mark.parametrize("text", [
    "how will task 2 be marked",
    "how can i improve my marks on the next task",
    "when do the cw1 marks come back",
])
def test_marking_asked_about_is_no_such_request(text):
    from bot.core.text import normalize
    from bot.nlu.safety import asks_marking_material
    assert not asks_marking_material(normalize(text))


# --- weeks counted for a kind of session --------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("how many weeks have lectures in them?", "lectures"),
    ("how many weeks of tutorials do we get", "tutorials"),
    ("How many weeks are there with a quiz", "quizzes"),
])
def test_weeks_of_a_kind_are_counted_as_weeks(ask, text, kind):
    a = ask(text, NOW)
    # (answered by the count in weeks, whichever handler words it)
    assert a.answered and kind in a.text and re.search(r"\b\d weeks\b", a.text), a.text


# --- a time quoted for a session on a date ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the page says the q&a on 19/01 is at 11:00, but i thought 10?",
    "is the q and a on tuesday 19 jan at 11",
    "my friend says the week 2 q&a on 19th january starts 10am",
])
def test_a_time_quoted_for_an_untimed_session_says_the_page_gives_none(ask, text):
    a = ask(text, "2021-01-15T10:00")
    assert a.text.startswith(W.UNDATED_ON_DAY.format(
        week=2, what="Q&A session", label="Tue 19 Jan 2021"))
    assert not a.text.startswith(("Yes", "Nothing"))


@pytest.mark.parametrize("text, said", [
    ("isn't the q&a on the 9th of feb at 2?", "No, not at 14:00:"),
    ("doesn't the tutorial on 2 feb start at 4pm", "No, not at 16:00:"),
    ("wasn't the 26 jan tutorial at 9", "No, not at 09:00:"),
])
def test_a_wrong_time_quoted_in_a_negative_question_gets_no(ask, text, said):
    a = ask(text, "2021-01-15T10:00")
    assert a.text.startswith(said)


# --- a formal letter: its request sentence drives the answer, its closing is no part ----------

@pytest.mark.parametrize("text", [
    "Good morning, I have been working through the examinable material in lectures 5 to 9. "
    "Could you let me know how much the exam counts towards the final mark? Best regards, Sam",
    "Dear teaching team,\nI revised the marked lectures 1 to 14 over the weekend.\nI would be "
    "grateful if you could confirm how the final mark is split.\nYours sincerely,\nJ. Okafor",
])
def test_the_request_sentence_of_a_letter_is_answered(ask, text):
    a = ask(text, NOW)
    assert a.answered and "50%" in a.text
    assert "exclamation" not in a.text


@pytest.mark.parametrize("text", [
    "Hello, could you tell me when the second coursework task is due? Many thanks, Li",
    "Dear all, when is cw3 due please? Kind regards,\nKainz",
])
def test_a_closing_name_is_no_question_about_a_person(ask, text):
    a = ask(text, NOW)
    assert a.answered and a.intent == "deadline"
    assert "appears on the course page" not in a.text


def test_without_sign_off_keeps_a_message_that_only_thanks():
    from bot.core.multipart import without_sign_off
    assert without_sign_off("Thanks, Ana") == "Thanks, Ana"
    assert without_sign_off("is the exam hard? best lecture was 22").endswith("22")
    assert without_sign_off("when is cw1 due? Cheers, Bo") == "when is cw1 due?"
