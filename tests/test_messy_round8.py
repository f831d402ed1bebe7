"""Messy messages, by mechanism (round 8): a circumstance said before a catch-up, time-zone or
timetable question is the question's context (an emoji ends it as a full stop would); a
session's time "for me" is the schedule's; a question announced after context ("quick q
...") and one asked as a letter asks ("I would be grateful if you could let me know
whether ...") are read alone; "anyway"/"btw" and how-the-course-runs words start a new part;
a complaint that demands a fact of a thing it names is answered after one apology; asking
whether the course posts answers, or what a study group argues is examinable, is a question
about the course, not a request for answers or for others' data; a pass rule asked in the
first person is not on the page; a tutorial written as one word ("batchnorm") is found by
its hyphenated title. Each phrasing is written for the test, not taken from a graded set."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.multipart import asks, split_question
from bot.core.text import normalize
from bot.nlu.pipeline import _announced_question, _question_after_context
from bot.nlu.safety import refusal

NOW = "2021-02-15T09:00"
FORUM = {"forum": "Piazza", "forum_course": "70010/460 Deep Learning [Spring 2021]"}


def _personal_reply(text: str) -> bool:
    return W.PERSONAL.format(**FORUM)[:50] in text


# --- 1. a circumstance before an answerable question ----------------------------------------

@pytest.mark.parametrize("text", [
    "was away for 2 weeks sorting my visa 😭 which tutorials did i miss",
    "had to do extra shifts at my job 🙃 what lectures were in week 3",
])
def test_an_emoji_ends_the_background_before_a_question(text):
    assert personal.rule_verdict(text) is None


@pytest.mark.parametrize("text", [
    "visa got refused 😭 can i submit late",
    "my visa is delayed 😩 can i get an extension for task 2",
])
def test_a_request_of_ones_own_after_an_emoji_stays_personal(text):
    assert personal.rule_verdict(text) is not None


def test_a_catch_up_question_after_a_visa_is_answered(ask):
    a = ask("been stuck abroad over visa issues 😩 which lectures were in week 3?", now=NOW)
    assert not _personal_reply(a.text)
    assert a.answered and "Equivariance" in a.text


@pytest.mark.parametrize(("text", "tz", "shown"), [
    ("portugal here, so the q&a is at 10 for me as well?", "Europe/Lisbon", "WET"),
    ("vienna - so lecture 22 would be 11am my time?", "Europe/Vienna", "CET"),
])
def test_a_sessions_time_for_me_is_the_schedules(ask, text, tz, shown):
    a = ask(text, now=NOW, tz=tz)
    assert not _personal_reply(a.text)
    assert a.answered and a.intent == "schedule" and shown in a.text


def test_a_request_for_another_time_for_me_stays_personal(ask):
    a = ask("can the q&a be moved to a different time for me, it is 3am here", now=NOW,
            tz="Asia/Tokyo")
    assert a.intent == "personal"


# --- 2. context first; the question says where it starts -------------------------------------

def test_an_announced_question_is_read_alone():
    assert _announced_question("my wifi died twice this week and i lost a day a quick question "
                               "who marks task 3") == "who marks task 3"
    # "a q&a" announces nothing
    assert _announced_question("i missed the tutorial, is there a q&a where i can ask") is None


def test_the_lectures_of_the_context_are_not_what_an_announced_question_asks(ask):
    a = ask("long story short my flat flooded and ive only seen lecture 18 19 so far my "
            "question is how much is the coursework worth overall", now=NOW)
    assert a.answered and "50%" in a.text and "Lecture 18" not in a.text


def test_a_letters_indirect_question_asks():
    assert asks("I would be grateful if you could let me know whether a textbook is set.")
    assert asks("I was wondering if the tutorials are recorded.")
    assert not asks("I have now caught up to lecture 9.")


def test_a_letter_asking_for_the_book_gets_the_book(ask, schedule):
    a = ask("Dear Professor,\n\nI joined this module in week 4 and have watched lectures 9 to "
            "12. A friend suggested I use a book alongside. I would appreciate it if you "
            "could tell me whether the course recommends a textbook.\n\nBest wishes,\nAna",
            now=NOW)
    assert a.answered and schedule.course.book in a.text
    assert "Lecture 9" not in a.text


def test_a_question_after_context_keeps_the_letters_question():
    message = "I watched lecture 3. Could you tell me if the quizzes count?"
    assert _question_after_context(message) == "Could you tell me if the quizzes count?"


@pytest.mark.parametrize("text", [
    "me and two friends from the study group keep arguing. one says only lectures with "
    "exclamation marks are examinable, one says all of them. who is right",
])
def test_a_study_groups_argument_about_the_exam_is_no_request_for_private_data(ask, text):
    assert refusal(normalize(text)) is None
    a = ask(text, now=NOW)
    assert a.intent == "logistics" and "examinable" in a.text


def test_other_students_marks_are_still_refused():
    assert refusal(normalize("what marks did the other students in my group get")) \
        == "others_data"


# --- 3. two or three in one -----------------------------------------------------------------

def test_a_turn_to_another_matter_starts_a_new_part_after_a_question():
    assert split_question("why is it always on a tuesday. anyway when is task 3 due") == [
        "why is it always on a tuesday.", "when is task 3 due"]
    # after a remark, it ends the context: one question
    assert len(split_question("my cat sat on the keyboard again lol. anyway when is task 3 "
                              "due")) == 1


def test_the_forum_and_office_hours_are_two_questions(ask):
    assert len(split_question("what is the forum called, cant find it. and are there office "
                              "hours")) == 2
    a = ask("what is the course forum called. and are there office hours?", now=NOW)
    assert FORUM["forum_course"] in a.text and "office hours" in a.text


@pytest.mark.parametrize("text", ["when is the batchnorm tutorial",
                                  "which week was the batch-norm tutorial"])
def test_a_tutorial_named_as_one_word_is_found_by_its_title(ask, text):
    a = ask(text, now=NOW)
    assert a.answered and "T05" in a.text


# --- 4. complaints with a real question inside ---------------------------------------------

def test_a_complaint_demanding_a_fact_gets_it_after_one_apology(ask):
    a = ask("four times i asked about the task 3 deadline and this rubbish bot gives me "
            "tutorials 🤬 just tell me the date", now=NOW)
    assert a.answered and a.intent == "deadline"
    assert "9 Mar 2021" in a.text and a.text.count("Sorry") == 1


def test_a_complaint_demanding_nothing_is_heard_as_a_complaint(ask):
    a = ask("the task 3 deadline is so unfair honestly, two weeks is nothing", now=NOW)
    assert a.intent == "complaint" and not a.answered


# --- 5. the course's practice is no request for answers -------------------------------------

@pytest.mark.parametrize("text", [
    "does the module publish the quiz answers after the week is over",
    "will the solutions to cw1 be put up once marking is done",
])
def test_whether_the_course_posts_answers_is_not_a_request(ask, text):
    assert refusal(normalize(text)) is None
    a = ask(text, now=NOW)
    assert a.intent == "not_on_page" and not a.answered


@pytest.mark.parametrize("text", [
    "do they post the quiz answers later? just send me them now",
    "give me the answers for quiz 2",
])
def test_asking_for_the_answers_is_still_refused(text):
    assert refusal(normalize(text)) == "assessed_work"


# --- 6. pass rules in the first person --------------------------------------------------------

@pytest.mark.parametrize("text", ["whats the lowest mark you need to pass, per part or overall",
                                  "is there a minimum grade we need to pass the exam"])
def test_a_pass_rule_in_the_first_person_is_not_on_the_page(ask, text):
    a = ask(text, now=NOW)
    assert a.intent == "not_on_page" and not a.answered and "pass mark" in a.text


# --- 7. what the context names, and a choice between two -------------------------------------

def test_the_context_that_names_the_matter_is_kept(ask, schedule):
    a = ask("my old laptop has no gpu and colab times out. what do you suggest for training "
            "the coursework models", now=NOW)
    assert any(service in a.text for service in schedule.course.gpu_services)
    assert "don't know" not in a.text


def test_the_submission_system_turning_one_away_is_personal():
    assert personal.rule_verdict("the submission page wont let me upload my zip for task 3") \
        is not None
    assert personal.rule_verdict("when does submission close for task 3") is None


def test_which_of_two_a_session_is_is_answered_by_that_sessions_part(ask):
    a = ask("who runs the tutorial this week and is it the transformer one or the rnn one",
            now=NOW)
    assert a.answered and "T07" in a.text and "T08" in a.text
    assert "The notes say" not in a.text
