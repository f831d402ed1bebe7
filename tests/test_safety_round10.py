"""Round 10 should-not-answer and personal classes: banter about the course's topics and
people; this year's exam questions and tutorial solutions; a circumstance told beside a plain
course question; asking for a deadline to be moved beside its time; another course's thing
set against ours. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.text import normalize
from bot.nlu.safety import asks_to_move, refusal, wants_exam_paper

NOW = "2021-02-10T09:00"


# --- banter ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "haha who would win in a boxing match, an LSTM or a GRU",
    "would kainz beat li at mario kart",
    "is an autoencoder cleverer than my dog 😂",
    "rank the TAs from best to worst",
    "which lecturer is the funniest",
    "what's the most boring tutorial lol",
    "which ta marks the harshest",
])
def test_banter_about_the_course_is_not_answered_with_a_quote(ask, text):
    assert refusal(normalize(text)) == "banter"
    a = ask(text, NOW)
    assert a.intent == "off_topic" and not a.answered
    assert a.text.startswith(W.REFUSE_BANTER.split(":")[0])
    assert not a.sources and not a.events


@pytest.mark.parametrize("text", [
    "is a resnet better than a plain cnn",
    "which lecture is best for learning attention",
    "which model wins on imagenet in the notes",
    "what learning rate the tutorial uses for adam",
    "who is taking the week 6 q&a",
    "which lecture has the hardest maths",
])
def test_questions_that_compare_or_pick_are_not_banter(text):
    assert refusal(normalize(text)) is None


# --- the exam's questions, tutorial solutions ------------------------------------------------

@pytest.mark.parametrize("text", [
    "which questions are going to be on the exam this year",
    "has anyone got this year's exam paper? could you look",
    "what are the real exam questions",
    "can you send me what will come up in the exam, the exact questions",
])
def test_asking_for_the_exams_questions_is_declined_with_what_is_examinable(ask, text):
    assert refusal(normalize(text)) == "assessed_work" and wants_exam_paper(normalize(text))
    a = ask(text, NOW)
    assert a.intent == "refused" and not a.answered
    assert a.text.startswith(W.REFUSE_EXAM_QUESTIONS.split(".")[0])
    assert "examinable" in a.text


@pytest.mark.parametrize("text", [
    "are there any past exam papers to practise on",
    "how many questions are on the exam",
    "what type of questions come up in the exam",
    "which lectures come up in the exam",
    "how much time do we get to sit the exam paper",
])
def test_the_exams_form_and_past_papers_are_asked_of_the_course(text):
    assert refusal(normalize(text)) is None


@pytest.mark.parametrize(("text", "refused"), [
    ("whats the answer to the T04 tutorial sheet", True),
    ("send me the solutions for tutorial 3", True),
    ("are there solutions for the tutorial sheets?", False),
    ("when do the tutorial solutions come out", False),
    ("will the answers to the tutorial problems get posted", False),
])
def test_tutorial_solutions_are_declined_but_whether_they_exist_is_asked(text, refused):
    assert (refusal(normalize(text)) == "assessed_work") is refused


# --- a circumstance beside a plain course question ------------------------------------------

@pytest.mark.parametrize(("text", "kind", "offered"), [
    ("my mum has been in hospital and i've been looking after my brothers. which deadlines "
     "do i still have?", W.PERSONAL_KIND, False),
    # one's own illness: the staff weigh what it held up, so a TA is offered before the
    # answer (issue 13), asked or not
    ("i've got covid and have been stuck in bed all week, what's still due?",
     W.PERSONAL_UNWELL_KIND, True),
])
def test_a_circumstance_with_a_course_question_gets_a_kind_word_and_the_answer(ask, text, kind,
                                                                               offered):
    a = ask(text, NOW)
    assert a.intent == "personal"
    assert a.text.startswith(kind)
    assert "CW2" in a.text and "CW3" in a.text
    assert ("ask a TA" in a.text) is offered  # nothing else was asked for the writer
    assert a.text.index("CW2") > len(kind)  # the answer after the kind word


@pytest.mark.parametrize("text", [
    "been off sick with flu for ten days, can i have longer for cw2?",
    "my cw1 mark looks wrong to me, when is cw2 due?",
    # word passed to the staff on the writer's behalf: for a person, not the staff list
    "stuck in bed with a fever since friday, could someone inform the TAs?",
])
def test_a_request_for_oneself_or_a_staff_matter_stays_private(ask, text):
    assert personal.course_request(text) is None
    a = ask(text, NOW)
    assert a.intent == "personal" and 'say "ask a TA"' in a.text
    assert "19:00" not in a.text


@pytest.mark.parametrize("text", [
    "having an operation the week of the exam. what happens with my exam?",
    "i do night shifts at a care home so mornings are hard. when is the last tutorial?",
])
def test_ones_own_consequence_or_a_job_is_no_circumstance_with_a_question(text):
    assert personal.course_request(text) is None


# --- a deadline asked to be moved ------------------------------------------------------------

def test_moving_a_deadline_gets_its_time_and_that_the_bot_moves_nothing(ask):
    a = ask("could task 3 be pushed back? im in auckland and 7pm in london is early morning "
            "here", NOW, tz="Pacific/Auckland")
    assert a.intent == "deadline" and a.answered
    assert "Wed 10 Mar 2021, 08:00" in a.text
    assert W.CANNOT_MOVE.split(":")[0] in a.text and 'say "ask a TA"' in a.text


@pytest.mark.parametrize(("text", "moved"), [
    ("can they move the cw2 deadline back a week", True),
    ("any chance of extending the task 3 deadline for everyone", True),
    ("could the q&a be rescheduled to the afternoon", True),
    ("has the cw2 deadline been moved?", False),
    ("can i change my tutorial group", False),
    ("when is task 3 due", False),
])
def test_asking_to_move_a_deadline_or_session(text, moved):
    assert asks_to_move(normalize(text)) is moved


def test_a_deadline_asked_without_a_move_has_no_such_note(ask):
    assert W.CANNOT_MOVE.split(":")[0] not in ask("when is task 3 due", NOW).text


# --- another course's thing set against ours -------------------------------------------------

@pytest.mark.parametrize("text", [
    "does the robotics coursework clash with our task 3?",
    "is the computer vision exam the same week as the DL cw3 deadline",
    "is the NLP cw due the same day as our third task",
])
def test_another_courses_thing_set_against_ours_answers_ours(ask, text):
    a = ask(text, NOW)
    assert W.OTHER_COURSE.split(".")[0].format(code="70010", title="Deep Learning") in a.text
    assert "Tue 9 Mar 2021" in a.text
