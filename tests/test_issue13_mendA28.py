"""Issue 13, round 28 (mend A): schedule questions that name their item by its place or by
another item. An ordinal of a kind gives that item in course order whatever the date; the
item after (or before) one the message itself states; spans between two of a kind placed only
by week, and from a hand-out the page does not date; a week said as the context of a
question about "that" session; a subject asked to be in the exam that no lecture title
names; a room or a recording link the page does not give for one session; the time zone of
a hand-in quoted as a noun. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from tests.conftest import ids

EARLY = "2021-02-03T12:00"
LATE = "2021-03-20T12:00"  # (every deadline passed)


# --- (a) an ordinal of a kind: that item in course order, whatever the date -----------------

@pytest.mark.parametrize("question, wanted", [
    ("when was the 3rd deadline", "CW3"),
    ("which day was the second deadline on", "CW2"),
    ("what date was the 1st deadline", "CW1"),
])
def test_ordinal_deadline_after_all_passed(ask, question: str, wanted: str):
    a = ask(question, now=LATE)
    assert ids(a) == [wanted], (question, a.text)
    assert "no coursework deadlines left" not in a.text


def test_ordinal_past_the_last_says_how_many(ask):
    a = ask("when's the fifth deadline", now=LATE)
    assert "only 3 deadlines" in a.text


def test_next_deadline_is_still_from_now(ask):
    a = ask("whens the next deadline", now="2021-02-10T12:00")
    assert ids(a) == ["CW2"], a.text


# --- (b) the item after (before) one the message itself states ------------------------------

@pytest.mark.parametrize("question, wanted", [
    ("and the deadline after that one? (cw2 is the 23rd, I know)", "CW3"),
    ("what about the one after that? i know task 1 is due 5 feb", "CW2"),
    ("the lecture before it? lecture 12 is activation functions", "L11"),
])
def test_item_beside_one_stated_in_the_message(ask, question: str, wanted: str):
    a = ask(question, now=EARLY)
    assert ids(a)[:1] == [wanted], (question, ids(a), a.text)
    assert "don't have what you asked before" not in a.text


def test_pointer_alone_is_still_the_next_one_said_so(ask):
    a = ask("and the one after that?", now=EARLY)
    assert "don't have what you asked before" in a.text


# --- (c) spans: two of a kind placed by week; from an undated hand-out ----------------------

def test_weeks_between_first_and_last_quiz(ask):
    a = ask("how many weeks is it from the first quiz until the last quiz?", now=EARLY)
    assert a.text.startswith("4 weeks"), a.text
    assert ids(a) == ["QUIZ-W3", "QUIZ-W7"]


def test_weeks_between_first_and_last_lecture(ask):
    a = ask("number of weeks between the first lecture and the final lecture?", now=EARLY)
    assert a.text.startswith("5 weeks"), a.text
    assert ids(a) == ["L01", "L22"]


def test_dated_span_asked_in_weeks_says_weeks(ask):
    a = ask("how many weeks from the first tutorial to the last tutorial", now=EARLY)
    assert a.text.startswith("42 days (6 weeks)"), a.text


def test_dated_span_in_days_unchanged(ask):
    a = ask("how many days between cw1 and cw2", now=EARLY)
    assert a.text.startswith("18 days from the first"), a.text


@pytest.mark.parametrize("question", [
    "how long do we have between cw3 being released and its deadline",
    "days from task 2 release to task 2 due date?",
])
def test_span_from_an_undated_hand_out(ask, question: str):
    a = ask(question, now=EARLY)
    assert "doesn't give hand-out (release) dates" in a.text, a.text
    assert "From the start of week" in a.text and "to the deadline is" in a.text


def test_release_asked_alone_has_no_span(ask):
    a = ask("when does cw3 get released", now=EARLY)
    assert "From the start of week" not in a.text, a.text


# --- (d) a week said as the context of a question about that session ------------------------

@pytest.mark.parametrize("question, wanted", [
    ("Week 3. Who runs that tutorial?", {"T03"}),
    ("week 5. who's at that q&a then?", {"QA-W5"}),
    ("Week 7. Who teaches the tutorials?", {"T09"}),
])
def test_week_context_narrows_to_that_week(ask, question: str, wanted: set[str]):
    a = ask(question, now=LATE)
    assert set(ids(a)) == wanted, (question, ids(a), a.text)


def test_statement_with_a_week_leaves_next_from_now(ask):
    a = ask("I was away in week 2. when is the next tutorial?", now=EARLY)
    assert ids(a) == ["T06"], a.text


# --- (e) a hand-in quoted as a noun, asked in the asker's zone ------------------------------

def test_quoted_hand_in_in_my_zone(ask):
    a = ask("task 2 hand-in says 23 feb 19:00, what time is that for me", now=EARLY,
            tz="America/Chicago")
    assert ids(a) == ["CW2"], a.text
    assert "13:00 CST" in a.text and "19:00 GMT course time" in a.text
    assert "none comes after" not in a.text


def test_task_handed_in_still_asks_the_next(ask):
    a = ask("cw1 handin done, what's due after it?", now=EARLY)
    assert "CW2" in ids(a), a.text


# --- (f) a subject asked to be in the exam -------------------------------------------------

@pytest.mark.parametrize("question, topic", [
    ("is gradient descent on the exam?", "gradient descent"),
    ("could dropout come up in the final exam", "dropout"),
    ("is label smoothing examinable", "label smoothing"),
])
def test_exam_subject_no_title_names(ask, question: str, topic: str):
    a = ask(question, now=EARLY)
    assert "examinable" in a.text.lower(), a.text
    assert f'names "{topic}"' in a.text, a.text
    assert "no date, time, place" not in a.text


def test_exam_subject_a_title_names(ask):
    a = ask("are VAEs on the exam", now=EARLY)
    assert "Lecture 16 (VAEs) is examinable" in a.text, a.text


@pytest.mark.parametrize("question", ["is the exam difficult", "is the exam on a friday"])
def test_exam_described_is_not_a_subject(ask, question: str):
    a = ask(question, now=EARLY)
    assert "names \"" not in a.text and "doesn't" in a.text, a.text


# --- (g) a detail the page does not give for one session -----------------------------------

@pytest.mark.parametrize("question, wanted", [
    ("what room is lecture 7 held in", ["L07"]),
    ("which lecture hall is lecture 15 in?", ["L15"]),
])
def test_room_not_given(ask, question: str, wanted: list[str]):
    a = ask(question, now=EARLY)
    assert a.text.startswith("The course page doesn't give a room"), a.text
    assert ids(a) == wanted and "ask a TA" in a.text


def test_recording_link_not_given(ask):
    a = ask("where do I find the recording of the GCN lecture", now=EARLY)
    assert "doesn't give a recording" in a.text and ids(a) == ["L22"], a.text
    assert "ask a TA" in a.text and "materials on" not in a.text


def test_recording_of_pre_recorded_lecture_says_where_materials_are(ask):
    a = ask("where can i find the recording of lecture 6?", now=EARLY)
    assert "doesn't give a recording" in a.text and "materials on" in a.text, a.text


@pytest.mark.parametrize("question", ["where is the week 3 tutorial",
                                      "which room is the week 6 q&a in",
                                      "is the week 4 tutorial in the same room as the q&a",
                                      "is the graph lecture recorded"])
def test_place_or_recording_asked_plainly_unchanged(ask, question: str):
    a = ask(question, now=EARLY)
    assert "doesn't give a room" not in a.text and "doesn't give a recording" not in a.text
