"""Messy forms of real questions: words typed without their space, and the line a mail or
phone app adds (or a signature) under the question."""

from __future__ import annotations

import pytest

from bot.core.text import without_trailer


@pytest.mark.parametrize("message, kept", [
    ("is the quiz open?\n\nSent from my iPhone", "is the quiz open?"),
    ("is the quiz open?\nSent from Yahoo Mail on Android\n", "is the quiz open?"),
    ("is the quiz open?\n\nGet Outlook for iOS", "is the quiz open?"),
    ("is the quiz open?\n-- \nSam Example\nMSc student", "is the quiz open?"),
    ("is the quiz open?\n--\nSam Example", "is the quiz open?"),
])
def test_the_app_line_or_signature_is_dropped(message, kept):
    assert without_trailer(message) == kept


@pytest.mark.parametrize("message", [
    "Sent from my iPhone",  # nothing else: kept as written
    "i sent from my laptop at 6, is it in?",
    "did it upload?\nsent from my laptop, is that ok?",
    "x -- y",
])
def test_text_that_is_no_trailer_stays(message):
    assert without_trailer(message) == message


@pytest.mark.parametrize("question", [
    "when is the tutorial on attention?\n\nSent from my iPhone",
    "when is the tutorial on attention?\n\nGet Outlook for Android",
    "when is the tutorial on attention?\n-- \nSam Example",
])
def test_a_question_with_a_trailer_is_answered_as_without(ask, question):
    plain = ask("when is the tutorial on attention?")
    assert ask(question).text == plain.text


@pytest.mark.parametrize("question, plain", [
    ("whenis the next tutorial", "when is the next tutorial"),
    ("when is the nexttutorial", "when is the next tutorial"),
    ("when does thelecture on gans come out", "when does the lecture on gans come out"),
    ("whatis due next", "what is due next"),
])
def test_two_words_typed_as_one_are_read_as_two(ask, question, plain):
    assert ask(question, "2021-02-10T12:00").text == ask(plain, "2021-02-10T12:00").text


@pytest.mark.parametrize("word", ["dropout", "softmax", "wheres", "lectures", "pretraining"])
def test_a_real_word_is_not_split(schedule, embedder, knowledge, word):
    from bot.core.course import understander_for
    u = understander_for(schedule, embedder, knowledge)
    assert " " not in u._fixed_or_split(word)


@pytest.mark.parametrize("question", [
    "my friend said the exam is 70% of the grade is that true??",
    "my mate reckons that the exam counts for 70% of the final grade, right?",
    "is the exam 70% of the grade like my flatmate said?",
])
def test_what_a_friend_said_of_the_page_is_checked_not_refused(ask, question):
    reply = ask(question)
    assert reply.intent != "refused"
    assert reply.text.startswith("No")


@pytest.mark.parametrize("question", [
    "what grade did my friend get on cw1",
    "my friend said his grade was 40, what was it really?",
])
def test_a_friends_own_marks_are_still_refused(ask, question):
    assert ask(question).intent == "refused"


@pytest.mark.parametrize("word", ["coursework", "homework", "someone", "without"])
def test_a_known_compound_is_not_split(schedule, embedder, knowledge, word):
    from bot.core.course import understander_for
    u = understander_for(schedule, embedder, knowledge)
    assert u._fixed_or_split(word) == word
