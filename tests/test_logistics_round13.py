"""Schedule and logistics classes (round 13): the final mark's two parts set against each
other, a lecture asked for by number around an apology, a tutorial named by a topic only a
lecture's title has, a case study asked where, a machine too weak to train on, a hand-in
that fails near a deadline, the time the course takes, one's background. The phrasings are
new, not the graded messages the classes were found in."""

from __future__ import annotations

NOW = "2021-02-15T09:00"


def test_exam_set_against_coursework_is_the_weights_not_the_exam_date(ask):
    for question in ("how much does the exam count vs the cw", "exam or coursework, which is "
                     "weighted more?"):
        a = ask(question, now=NOW)
        assert a.answered, question
        assert "The exam counts 50% of the final mark and the coursework 50%" in a.text
        assert "date" not in a.text and "still to come" not in a.text


def test_the_exams_date_asked_beside_is_still_not_stated(ask):
    a = ask("when is the exam", now=NOW)
    assert "doesn't give the exam's date" in a.text


def test_a_lecture_asked_by_number_around_an_apology_is_that_lecture(ask):
    a = ask("ugh sorry, forgot again, lecture 19 was on what", now=NOW)
    assert a.answered
    assert "Lecture 19: RNN applications" in a.text
    assert "can't say whether" not in a.text


def test_a_topic_asked_of_a_lecture_still_says_titles_only(ask):
    a = ask("is dropout covered in lecture 12", now=NOW)
    assert "can't say whether \"dropout\" is covered" in a.text


def test_a_tutorial_on_a_lectures_topic_is_the_one_that_goes_with_it(ask):
    a = ask("the tutorial about transformers, which week is it", now=NOW)
    assert "T07 attention" in a.text
    assert "T01" not in a.text and "Tutorial topics" not in a.text


def test_a_case_study_asked_where_is_its_lecture_not_the_notes_text(ask):
    a = ask("where is the data augmentation case study", now=NOW)
    assert a.intent == "topic"
    assert "Lecture 14: Data Augmentation and case study" in a.text


def test_a_machine_too_weak_gets_the_pages_advice_on_where_to_run(ask):
    for question in ("my laptop is ancient, how do i train anything on it",
                     "my old pc can't handle training the vae, what now"):
        a = ask(question, now=NOW)
        assert "Google Colab or Paperspace" in a.text, question
        assert "Generative" not in a.text  # the model named is not the trouble


def test_a_hand_in_that_fails_near_the_deadline_gets_a_ta_and_the_deadline(ask):
    a = ask("cate keeps rejecting my zip and task 2 is due in 40 min", now="2021-02-23T18:20")
    assert not a.answered
    assert "ask a TA" in a.text and "screenshot" in a.text
    assert "Tue 23 Feb 2021, 19:00" in a.text
    assert "via CATe" in a.text


def test_how_to_hand_in_is_still_the_rules(ask):
    a = ask("how do i submit task 2", now=NOW)
    assert a.answered and "via CATe" in a.text and "screenshot" not in a.text


def test_the_time_the_course_takes_is_not_stated_and_its_timetable_is_given(ask):
    for question in ("realistically how many hours per week does this module need",
                     "what is the workload like each week"):
        a = ask(question, now=NOW)
        assert not a.answered, question
        assert "no estimate of how many hours a week" in a.text
        assert "Tue 10:00-11:00" in a.text and "pre-recorded" in a.text
        assert "weeks have teaching" not in a.text


def test_timetabled_hours_asked_are_still_the_timetable(ask):
    a = ask("how many hours a week are timetabled", now=NOW)
    assert a.answered and "Timetabled slots" in a.text


def test_no_background_gets_what_the_page_offers_for_getting_ready(ask):
    a = ask("haven't ever done machine learning before, am i going to struggle here", now=NOW)
    assert "Revision notes on essential machine learning" in a.text
    assert "Dive into Deep Learning" in a.text
