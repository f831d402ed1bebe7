"""The understanding policy on messy messages: two questions in one, facts the page does not
state, other courses named by their subject, personal rules that must not fire on course
questions (and personal replies that fit the matter), complaints, context before a question.
Each phrasing here is written for the test, not taken from a graded set."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.multipart import split_question
from bot.core.text import normalize
from tests.conftest import ids

NOW = "2021-02-15T09:00"


# --- two questions in one: each part routed and answered on its own ----------------------

@pytest.mark.parametrize("question", [
    "do we do the tasks alone? and where do they get handed in",
    "is cw3 individual and where do i turn it in",
])
def test_where_to_hand_in_is_the_submission_not_a_session_place(ask, question):
    a = ask(question, now=NOW)
    assert a.answered
    assert "CATe" in a.text  # the submission system, from the schedule
    assert "MS Teams" not in a.text  # not where the sessions are held


def test_a_part_naming_which_one_it_wants_borrows_no_day_from_the_part_before(ask):
    # "the last tutorial" is the course's last, not the last one in week 3
    a = ask("anything on in week 3? and when's the final tutorial", now=NOW)
    assert "TUT-W8" in ids(a)
    # ...while a part that points back still borrows the day
    b = ask("when is cw2 due and who marks it", now=NOW)
    assert "CW2" in ids(b) and "Coppock" in b.text


def test_hand_in_phrasings_are_submitting():
    for text in ("where do we hand it in", "handing them in online?", "where to turn it in"):
        assert "handin" in normalize(text).split()
    assert "handin" not in normalize("the loss turns into nan").split()


def test_cant_does_not_start_a_new_question():
    assert split_question("i commute and can't make tuesdays, is the q&a recorded") == [
        "i commute and can't make tuesdays, is the q&a recorded"]
    assert len(split_question("when is cw1 due and can i submit early")) == 2


# --- not on the page: say so, with what the page does say, and offer a TA -------------------

@pytest.mark.parametrize("question", [
    "what's the word limit for the cw1 write-up",
    "how many pages can the task 3 report have",
])
def test_report_length_is_not_on_the_page(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "not_on_page" and not a.answered
    assert "ask a TA" in a.text
    assert "3 coursework tasks" not in a.text and "50%" not in a.text


def test_clarify_buttons_are_phrases_not_leftover_words(assistant):
    from bot.core.assistant import _clarify_option

    assert _clarify_option("logistics", "") == W.CLARIFY_OPTIONS_UNNAMED["logistics"]
    assert _clarify_option("deadline", "CW2") == "When CW2 is due"
    for title in W.CLARIFY_OPTIONS_UNNAMED.values():
        assert "{" not in title


def test_a_clarify_question_never_shows_cue_words_as_its_subject(ask):
    a = ask("r the sessions inperson or online only??", now=NOW)
    for s in a.suggestions:
        assert "inperson" not in s.title and "online" not in s.title.split("(")[-1]


# --- other courses named by their subject ---------------------------------------------------

@pytest.mark.parametrize("question", [
    "when's the deadline for the NLP coursework",
    "is the quantum computing exam before easter",
    "when is the stats for ds coursework due",
])
def test_a_coursework_or_exam_named_by_another_subject_is_another_course(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "other_course" and not a.answered and a.events == []
    assert "19:00" not in a.text


@pytest.mark.parametrize("question", [
    "when is the gan coursework due",  # a subject of this course
    "when is the hardest coursework due",  # an adjective, not a subject
])
def test_this_courses_own_coursework_is_not_another_course(ask, question):
    assert ask(question, now=NOW).intent != "other_course"


# --- personal rules that must not fire on course questions ------------------------------

def test_a_timetable_clash_alone_asks_about_the_course():
    assert personal.rule_verdict(
        "my other module clashes on tuesdays at 11, does this one meet every week?") is None
    assert personal.rule_verdict("i'm part-time, which weeks have tutorials") is None
    # asking something for oneself keeps the rule
    assert personal.rule_verdict(
        "the tutorial clashes with my lab, can I be excused from it") == "provision"
    assert personal.rule_verdict("I'm part time, do I have other deadlines") == "records"
    # and a clash beside a circumstance is that circumstance's
    assert personal.rule_verdict("my chemo clashes with the q&a") is not None


def test_a_clash_with_a_question_about_the_timetable_is_answered(ask):
    a = ask("another module clashes with tues 11-12 for me, is the tutorial there every week?",
            now=NOW)
    assert a.intent != "personal" and a.answered


def test_distress_gets_support_first_not_the_marks_boilerplate(ask):
    a = ask("i've been feeling really depressed and can't face the lectures anymore", now=NOW)
    assert a.intent == "personal" and not a.answered
    assert "wellbeing" in a.text and "privately" in a.text
    assert "I can't see marks" not in a.text
    assert a.events == []
    # distress together with something only the staff decide: both are said
    b = ask("my dad passed away last week, can I get an extension for cw2", now=NOW)
    assert "wellbeing" in b.text and "extensions" in b.text


def test_matter_kinds():
    assert personal.matter("i'm so anxious i can't sleep before the exam") == {"distress"}
    # (a submission is the course's work too: the reply may offer what the page says of it;
    # a hand-in that went wrong is also its own kind, answered with the TA offer and deadline)
    assert personal.matter("my upload failed, can I resubmit") == {"staff", "course", "submission"}
    assert personal.matter("what is batch norm") == frozenset()


def test_a_message_with_a_personal_part_is_personal_as_a_whole(ask):
    a = ask("can the quiz be taken another day? I'm having surgery that week", now=NOW)
    assert a.intent == "personal"


# --- complaints ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["you are the worst bot ever", "ugh this chatbot is useless"])
def test_a_complaint_about_the_bot_says_what_it_can_do(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "complaint" and not a.answered
    assert "deadlines" in a.text and "ask a TA" in a.text and a.text.endswith("?")
    assert "can't change how the course is run" not in a.text


def test_a_remark_beside_a_question_is_context_not_a_complaint(ask):
    a = ask("the tutorial is today yeah? I'm in Berlin so I'm lost with the clocks",
            now="2021-02-16T09:00", tz="Europe/Berlin")
    assert a.answered and a.intent == "schedule"
    assert W.COMPLAINT not in a.text
    # words of displeasure are still heard
    b = ask("who marks cw2? the page is sloppy", now=NOW)
    assert W.COMPLAINT in b.text


# --- context before a question ------------------------------------------------------------

def test_context_before_a_question_about_the_material_is_dropped(ask):
    a = ask("we're a group of three and we split up the cnn lectures between us. "
            "but why does pooling make the network translation invariant?", now=NOW)
    assert a.intent == "content"
    assert "individually" not in a.text


def test_a_question_after_a_comma_is_found_after_context(ask):
    a = ask("finished the vae lectures and the notebook runs now. quick one tho, "
            "is the gnn lecture live?", now=NOW)
    assert "L22" in ids(a)
    assert "q tho" not in a.text


def test_the_subject_before_a_coursework_or_exam_word(assistant):
    from datetime import datetime

    from tests.conftest import LONDON

    view = assistant.view()
    now = datetime(2021, 2, 15, 9, tzinfo=LONDON)

    def another(text: str) -> bool:
        q = view.understander.parse(text, now, LONDON)
        return view.nlu._names_another_subject(q)

    # two topic words, or one that is no English word (an abbreviation), none in a title
    assert another("when is the maths for ML coursework due")
    assert another("what's on the computer graphics exam")
    assert not another("when is the gan coursework due")  # this course's subject
    assert not another("when is the hardest coursework due")  # a lone English word
    assert not another("when is cw2 due")


@pytest.mark.parametrize("question", [
    "is the timetable the same for the autumn 2022 run",
    "who lectured the 2019 cohort",
])
def test_another_run_of_this_course_is_another_course(ask, question):
    a = ask(question, now=NOW)
    assert a.intent == "other_course" and not a.answered and a.events == []


def test_this_runs_own_term_is_this_course(ask):
    a = ask("what's examinable for the spring 2021 exam", now=NOW)
    assert a.intent != "other_course"
    # a year alone is no run of a course
    b = ask("why did the 2015 resnet paper use skip connections", now=NOW)
    assert b.intent != "other_course"
