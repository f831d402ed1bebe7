"""Questions answered over the whole course by the course queries (bot/core/queries.py,
bot/core/handlers/course_wide.py, handlers/order.py), whichever kind of fact a part was read
as: two things of different kinds set against each other, the first or last of a kind,
whether a kind of session is held every week, when teaching starts, a topic's lecture and
tutorial, two weeks at once, what to watch before a session, a person's sessions counted
with what is held in their slot; and clean replies: what the page does not state said once
without confirming a guess, a pronoun resolved against the answer before it, a remark
after an answered question kept out of the reply. The phrasings are new, not the graded
messages the classes were found in."""

from __future__ import annotations

from tests.conftest import ids

# --- a deadline against a session -----------------------------------------------------------


def test_a_lecture_and_a_deadline_are_ordered_with_their_times(ask):
    a = ask("does the gnn lecture happen before or after cw2 is due?", now="2021-02-15T09:00")
    assert a.answered and set(ids(a)) == {"L22", "CW2"}
    assert "Lecture 22: GNNs, GCNs comes first, 9 hours before" in a.text
    assert "10:00 GMT" in a.text and "19:00" in a.text
    assert "assessors" not in a.text.split("\n")[0]  # not the staff list


def test_a_tutorial_named_by_topic_is_ordered_against_a_deadline(ask):
    a = ask("what's earlier, task 1's deadline or the batch-norm tutorial?",
            now="2021-01-28T09:00")
    assert ids(a) == ["T05", "CW1"]
    assert "Tutorial T05 Batch-norm comes first, 3 days 8 hours before" in a.text


def test_two_tasks_are_still_compared_as_deadlines(ask):  # a guard: as before
    a = ask("which is due sooner, cw3 or cw2?", now="2021-02-15T09:00")
    assert "CW2 is due first, 14 days before CW3" in a.text


# --- first and last of a kind ---------------------------------------------------------------


def test_the_last_lecture_is_the_live_one_after_the_prerecorded_weeks(ask):
    a = ask("which lecture is the final one of the course?", now="2021-02-20T12:00")
    assert a.answered and ids(a) == ["L22"]
    assert a.text.startswith("The last lecture of the course:")
    assert "is live on Tue 23 Feb 2021" in a.text


def test_the_first_quiz_is_named_as_first(ask):
    a = ask("what's the first quiz of the term?")
    assert ids(a) == ["QUIZ-W3"] and a.text.startswith("The first quiz of the course:")


# --- every week -----------------------------------------------------------------------------


def test_a_kind_not_held_every_week_is_answered_no_with_the_weeks_without(ask):
    a = ask("is there a tutorial each week?")
    assert a.answered
    assert a.text.startswith("No: the course page lists tutorials in weeks 2-8, but none in "
                             "weeks 1 and 9.")


def test_every_week_counts_the_panel_held_in_the_qa_slot(ask):
    a = ask("are q&as held every single week")
    assert "Q&A sessions in weeks 2-8" in a.text and "PANEL-W8" in ids(a)
    assert "Week 8's: Live panel discussion" in a.text


def test_a_time_asked_each_week_is_not_a_yes_or_no(ask):
    a = ask("at what time do the recorded lectures come out each week? 8am?")
    assert not a.answered and not a.text.startswith(("No", "Yes"))
    assert "doesn't give a time of day for the lectures" in a.text
    assert "ask a TA" in a.text
    assert "8" not in a.text.split("\n")[0]  # the guess is not confirmed


# --- when teaching starts -------------------------------------------------------------------


def test_when_things_begin_names_the_first_teaching_week(ask):
    a = ask("when does everything start?", now="2021-01-12T10:00")
    assert a.answered
    assert "Teaching starts in week 2 (18 Jan - 24 Jan 2021), with lectures 01-04." in a.text
    assert "Week 1 starts Mon 11 Jan 2021" in a.text


# --- a topic's lecture and tutorial; two weeks; what to watch before a session --------------


def test_a_topic_asked_as_lecture_and_tutorial_gives_both(ask):
    # the tutorial's title ("Batch-norm") matches less well than the lecture's
    a = ask("which week is batchnorm covered? lecture + tutorial")
    assert {"L10", "T05"} <= set(ids(a))


def test_two_weeks_named_are_both_answered(ask):
    a = ask("what tutorials are in week 3 and week 5", now="2021-02-01T09:00")
    assert set(ids(a)) == {"T03", "T06"}
    assert "Week 3 (" in a.text and "Week 5 (" in a.text


def test_what_to_watch_before_a_tutorial_adds_its_weeks_lectures(ask):
    a = ask("anything I should watch before the tutorial tomorrow?", now="2021-02-01T10:00")
    assert {"T04", "T05", "L09", "L14"} <= set(ids(a))
    assert "(week 4): 14 lectures" in a.text and "09 Network in Network and Inception" in a.text


# --- a person's sessions counted --------------------------------------------------------------


def test_a_persons_qas_are_counted_with_the_panel_in_their_slot(ask):
    a = ask("how many Q&A sessions is Kainz in?")
    assert a.text.startswith("Kainz appears on the course page for 4 Q&A sessions")
    assert set(ids(a)) == {"QA-W2", "QA-W3", "QA-W4", "PANEL-W8"}


# --- clean replies ----------------------------------------------------------------------------


def test_it_points_back_to_what_the_answer_before_was_about(ask):
    # "led" is no title's word: it is no subject of its own
    a = ask("when was the first tutorial? who led it", now="2021-02-01T18:00")
    assert a.answered and "Tutorial T01 signals (Tue 19 Jan 2021, 11:00-12:00 GMT): Budd" in a.text
    assert "can't find" not in a.text


def test_a_remark_after_an_answered_question_adds_no_reply_of_its_own(ask):
    a = ask("which lecture is about dropout? my stats background is weak")
    assert "own work" not in a.text and "marks, feedback" not in a.text


def test_a_named_matter_after_a_question_is_still_heard(ask):  # a guard: as before
    a = ask("when is cw3 due? I have been ill all week")
    assert a.intent == "personal" and "CW3" in ids(a)


def test_a_matter_before_a_question_is_still_answered(ask):  # a guard: as before
    a = ask("my loss goes to nan after a few epochs. also when is cw2 due")
    assert "CW2" in ids(a) and "own work" in a.text


def test_the_exams_length_is_not_stated_and_a_guess_not_confirmed(ask):
    a = ask("how many hours is the final exam, like 3?")
    assert not a.answered
    assert a.text.startswith("The course page doesn't give the exam's date, time, place, "
                             "length or format; it says only that the exam counts 50%")
    assert "60-minute" not in a.text and "ask a TA" in a.text


def test_it_after_the_exam_is_the_exam(ask):
    a = ask("exam location? and is it in person")
    assert not a.answered and "doesn't give the exam's" in a.text
    assert "The course runs online" not in a.text


# --- a day of the week as a kind of day; attendance ---------------------------------------


def test_deadlines_on_a_weekday_are_all_of_that_weekday(ask):
    a = ask("do any coursework deadlines fall on a tuesday?", now="2021-02-15T09:00")
    assert ids(a) == ["CW2", "CW3"] and a.text.startswith("Coursework deadlines on a Tuesday:")


def test_a_kind_on_a_weekday_it_is_never_held_is_said_so(ask):
    a = ask("are tutorials on wednesdays?")
    assert "no tutorials on a Wednesday; they are on: Tuesday" in a.text


def test_whether_a_session_is_mandatory_is_not_stated(ask):
    a = ask("what's the week 3 q&a, is it mandatory")
    assert "QA-W3" in ids(a) and not a.answered
    assert "doesn't say whether attending is required" in a.text and "ask a TA" in a.text
