"""Round 17 message classes: people who are not current students (parents, employers,
applicants), how to reach the staff, questions the page does not answer, and requests for
the other students' personal data."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("message", [
    "who else is in my tutorial group and what are their numbers",
    "who else is doing this module? i need their emails",
    "could you send me the class list with everyone's phone numbers",
    "everybody's email addresses pls",
    "i want the student roster plus contact details",
])
def test_the_other_students_data_taken_together_is_refused_for_privacy(ask, message):
    a = ask(message, now=NOW)
    assert a.intent == "refused", (a.intent, a.text)
    assert "private details" in a.text and "ask a TA" not in a.text


@pytest.mark.parametrize("message", [
    "who else is running the q&a on tuesday",
    "is everyone's coursework marked the same way",
])
def test_others_named_without_their_data_stay_questions(ask, message):
    assert ask(message, now=NOW).intent != "refused"


@pytest.mark.parametrize("message", [
    "how can i get hold of the lecturers?",
    "whats the best way to contact the course staff",
    "who should i ask if i'm confused about something in the module",
    "is there a way to message the tutors",
    "how do students get in touch with the teachers on this module",
])
def test_how_to_reach_the_teaching_team_says_what_the_page_offers(ask, message):
    a = ask(message, now=NOW)
    assert a.answered, a.text
    assert "Piazza" in a.text and "Q&A" in a.text and "ask a TA" in a.text, a.text
    assert "Staff named on the course page" in a.text


@pytest.mark.parametrize("message", [
    "cw2 contact person?",
    "who runs the week 5 tutorial",
])
def test_staff_of_a_thing_named_stay_the_people_answer(ask, message):
    assert "To reach the teaching team" not in ask(message, now=NOW).text


@pytest.mark.parametrize("message", [
    "do they release old exam papers for this module",
    "is there going to be a mock before the exam",
    "any sample exam i could practise with?",
    "where can i find past papers",
])
def test_papers_to_practise_on_are_said_to_be_unstated_not_the_exam_details(ask, message):
    a = ask(message, now=NOW)
    assert not a.answered and a.intent == "not_on_page", a.text
    assert a.text.startswith("The course page doesn't say whether there are past papers")
    assert "date, time, place" not in a.text and "ask a TA" in a.text


@pytest.mark.parametrize("message", [
    "do i need to know any maths before starting, what are the prereqs?",
    "what prior knowledge is expected before the module starts",
    "prerequisites for this module?",
])
def test_prerequisites_are_said_to_be_unstated_never_that_there_are_none(ask, message):
    a = ask(message, now=NOW)
    assert not a.answered and "ask a TA" in a.text, a.text
    assert "states no prerequisites" not in a.text
    assert "doesn't say what the prerequisites are" in a.text


@pytest.mark.parametrize("message", [
    "is it mandatory to go to the q&as",
    "are we required to attend the tutorials?",
    "do they take a register at the sessions",
    "am i supposed to go to the tutorials",
    "is attendance monitored on this course",
])
def test_whether_attending_is_compulsory_is_said_to_be_unstated_with_a_ta(ask, message):
    a = ask(message, now=NOW)
    assert not a.answered and a.intent == "not_on_page", (a.intent, a.text)
    assert "doesn't say whether attending" in a.text and "ask a TA" in a.text
    assert not a.events


@pytest.mark.parametrize("message, rest", [
    ("my nephew is on this module - when is his exam?", "when is the exam?"),
    ("Hello, our son has just started deep learning. Does he have tutorials on tuesdays?",
     "Hello, do students have tutorials on tuesdays?"),
    ("as a guardian, when is my ward's coursework due?", "when is the coursework due?"),
    ("I'm thinking of applying: how is the module assessed?", "how is the module assessed?"),
    ("we run a startup hiring interns, when do lectures stop?", "when do lectures stop?"),
])
def test_who_a_non_student_writer_is_is_set_aside_before_the_question(message, rest):
    from bot.core.outsiders import without_intro
    assert without_intro(message) == rest


@pytest.mark.parametrize("message", [
    "my daughter is ill, can she get an extension",
    "my son takes this module",
    "im applying to imperial",
])
def test_a_circumstance_or_a_statement_alone_is_kept(message):
    from bot.core.outsiders import without_intro
    assert without_intro(message) == message


@pytest.mark.parametrize("message", [
    "my daughter is doing this module, what are the tutorial dates?",
    "our son takes deep learning - when is cw3 due?",
])
def test_a_relative_is_no_topic_of_the_notes(ask, message):
    a = ask(message, now=NOW)
    assert a.answered and "can't find" not in a.text, a.text
    assert "son" not in a.text.lower().split() and "daughter" not in a.text.lower()


@pytest.mark.parametrize("message", [
    "prospective applicant: is it all coursework or is there an exam?",
    "is the module exam based or coursework based",
    "is the final grade from an exam or from assignments",
])
def test_exam_or_coursework_gives_the_whole_split(ask, message):
    a = ask(message, now=NOW)
    assert a.answered and "exam counts 50%" in a.text and "coursework 50%" in a.text, a.text


@pytest.mark.parametrize("message", [
    "my son is on the course, when do his classes finish?",
    "what date does teaching stop",
    "when does the module end?",
])
def test_the_end_of_teaching_is_given_in_calendar_dates(ask, message):
    a = ask(message, now=NOW)
    assert a.answered and "Teaching ends in week" in a.text, a.text
    assert "2021" in a.text.split("Teaching ends in week", 1)[1]


@pytest.mark.parametrize("message", [
    "we are planning a careers fair for these students, which weeks have live sessions?",
    "what dates is there live teaching",
    "when is there live teaching on this module",
])
def test_the_weeks_of_live_teaching_are_listed_with_dates(ask, message):
    a = ask(message, now=NOW)
    assert a.answered and a.text.startswith("Live sessions on the course page, by week"), a.text
    assert "• Week 3 (" in a.text and "2021" in a.text


@pytest.mark.parametrize("message", ["which weeks have no teaching",
                                     "what day are the live sessions on"])
def test_the_weeks_without_teaching_and_the_weekday_stay_their_answers(ask, message):
    assert "Live sessions" not in ask(message, now=NOW).text


# A Q&A session runs 10:00-11:00 and a tutorial 11:00-12:00 on Tue 9 Feb 2021 (course time).
@pytest.mark.parametrize("message, now", [
    ("what room?", "2021-02-09T09:52"),
    ("where r we", "2021-02-09T10:15"),
    ("hey whats the link", "2021-02-09T09:45"),
    ("is it on now??", "2021-02-09T10:30"),
    ("has it begun yet", "2021-02-09T09:58"),
])
def test_a_short_message_at_a_sessions_time_is_about_that_session(ask, message, now):
    a = ask(message, now=now)
    assert a.intent == "schedule" and a.events, (a.intent, a.text)
    assert "Q&A session, Tue 9 Feb 2021" in a.text and "MS Teams" in a.text, a.text


@pytest.mark.parametrize("message", ["what room?", "where r we", "is it on now??"])
def test_with_no_session_near_a_short_message_is_not_taken_as_one(ask, message):
    a = ask(message, now="2021-02-13T15:00")
    assert "Q&A session, Tue 9 Feb" not in a.text and "(on now)" not in a.text


def test_a_clash_asked_how_to_attend_both_is_no_attendance_rule(ask):
    a = ask("the q&a and the tutorial overlap, how am i supposed to go to both?", now=NOW)
    assert "doesn't say whether attending" not in a.text


def test_a_short_message_naming_something_stays_about_it(ask):
    a = ask("where is the exam", now="2021-02-09T10:00")
    assert "Q&A session, Tue 9 Feb" not in a.text
