"""Logistics answers (round 11): where to ask and where the handouts are, what is assessed
and handed in, a name the page gives for the revision notes only, compute, and what the
bot keeps. The phrasings are new, not the graded messages the classes were found in."""

from __future__ import annotations

NOW = "2021-02-10T09:00"


def test_where_to_ask_beside_a_session_is_the_forum(ask):
    a = ask("whats the place to ask questions apart from the thursday q&a", now=NOW)
    assert a.answered and a.intent == "logistics"
    assert "Piazza" in a.text and "Q&A session" not in a.text


def test_handouts_asked_on_the_session_platform_are_where_the_materials_are(ask):
    a = ask("are the tutorial notebooks on teams?", now=NOW)
    assert a.answered
    assert "Materials and CATe" in a.text and "Yes" not in a.text


def test_lecture_recordings_asked_where_get_no_guessed_place(ask):
    # The page gives the materials' place, not the recordings': that is said, not guessed.
    a = ask("where can i watch the recorded lectures", now=NOW)
    assert not a.answered
    assert "gives no place" in a.text and "Materials and CATe" in a.text
    assert "MS Teams" not in a.text


def test_preparation_notebooks_asked_if_marked_are_not_a_task(ask):
    a = ask("is the week 2 pytorch notebook marked?", now=NOW)
    assert a.answered and a.intent == "logistics"
    assert "coursework preparation, not as one of the 3 coursework tasks" in a.text


def test_a_report_asked_is_not_mentioned_and_the_hand_in_is_said(ask):
    a = ask("is the coursework a written report or just the code", now=NOW)
    assert "doesn't mention a written report" in a.text
    assert "zip archive of the resulting Jupyter notebook files and model weights" in a.text
    assert "Course time is" not in a.text  # "code" is no module code here


def test_the_revision_notes_author_asked_about_is_not_staff(ask):
    a = ask("who is tom eccles", now=NOW)
    assert "Tom Eccles' original notes" in a.text
    assert "not among the staff" in a.text


def test_slow_training_on_a_laptop_gets_the_pages_advice(ask):
    a = ask("one epoch takes ages on my laptop, is that expected", now=NOW)
    assert a.intent == "own_work"
    assert "Google Colab or Paperspace" in a.text


def test_college_gpus_asked_the_page_is_silent_on_them(ask):
    a = ask("is there a university gpu cluster we can use", now=NOW)
    assert "Google Colab or Paperspace" in a.text
    assert "doesn't say whether the college or department provides GPUs" in a.text
    assert not a.answered


def test_what_the_bot_keeps_is_said_with_forget_me(ask):
    for question in ("are my chats with you stored anywhere", "who can see what i ask you"):
        a = ask(question, now=NOW)
        assert a.intent == "help", question
        assert "What I store about you" in a.text and "forget me" in a.text
        assert "Deadlines:" not in a.text



def test_where_to_ask_outside_a_day_of_sessions_is_the_forum_not_that_days_list(ask):
    a = ask("is there anywhere i can post questions besides the monday lectures", now=NOW)
    assert "Piazza" in a.text and "GMT" not in a.text
