"""Round 28 (G): messy messages. A complaint restating its question answers that question,
not the rejected one; a task asked still open after its deadline says it closed and leaves
late work to the staff; trouble logging into the submission system goes to a person; a fair
question about the course's people outside the page is not off-topic; a changed deadline
someone names is checked against the page and its staff. Phrasings written for the test."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.restated import restated_question

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize(("message", "kept"), [
    ("pointless. I asked when the exam takes place, not how much it counts",
     "when the exam takes place?"),
    ("cheers for nothing. my question was where the final exam is, not its weighting",
     "where the final exam is?"),
    ("not the date, what I asked was who assesses task 2", "who assesses task 2?"),
    ("no I wanted to know about the deadline of cw3 rather than cw2",
     "the deadline of cw3?"),
])
def test_a_restated_question_is_read_alone(message, kept):
    assert restated_question(message).endswith(kept)


@pytest.mark.parametrize("message", [
    "I asked a TA about cw2, not sure he understood",  # a hedge, not a subject set aside
    "no, I asked who, not when",  # nothing to read alone
    "I asked my tutor and he said not to worry",
    "when is the exam, not sure if it's in may",
])
def test_near_misses_are_left_as_written(message):
    assert restated_question(message) == message


def test_the_restated_exam_date_is_not_the_weight_again(ask):
    a = ask("useless. I asked WHEN the exam takes place, not what it's worth", now=NOW)
    assert not a.answered and "ask a TA" in a.text, a.text
    assert "date" in a.text


def test_the_restated_assessor_question_names_people(ask):
    a = ask("no no, I asked who marks coursework 2, not when it is due", now=NOW)
    assert a.intent == "people", (a.intent, a.text)
    assert not any(e.kind == "deadline" and "due" in a.text.split("\n")[0] for e in a.events)


def test_a_complaint_without_a_question_still_gets_the_complaint_reply(ask):
    a = ask("honestly this assistant is a waste of time", now=NOW)
    assert a.intent == "complaint", (a.intent, a.text)


def _past_task(schedule):
    return min(schedule.coursework, key=lambda c: c.deadline)


@pytest.mark.parametrize("template", [
    "is coursework {n} still open for submissions?",
    "is submission for task {n} still possible?",
    "is the cw{n} portal still accepting uploads",
])
def test_a_task_asked_still_open_after_its_deadline_leaves_late_work_to_staff(
        ask, schedule, template):
    task = _past_task(schedule)
    after = task.deadline + timedelta(days=2)
    a = ask(template.format(n=task.number), now=after.isoformat())
    assert a.intent == "deadline" and task.id in a.text, a.text
    assert "late" in a.text and "ask a TA" in a.text, a.text


def test_a_task_still_open_before_its_deadline_is_only_due(ask, schedule):
    task = max(schedule.coursework, key=lambda c: c.deadline)
    a = ask(f"is cw{task.number} still open?", now=NOW)
    assert a.intent == "deadline" and "is due" in a.text, a.text
    assert "late" not in a.text


def _staff_surnames(schedule) -> set[str]:
    return {w.lower() for e in schedule.events() for p in e.staff for w in p.split()}


def test_a_change_claimed_by_someone_not_on_the_page_is_checked(ask, schedule):
    task = max(schedule.coursework, key=lambda c: c.deadline)
    name = next(n for n in ("Okonkwo", "Halvorsen", "Marchetti")
                if n.lower() not in _staff_surnames(schedule))
    a = ask(f"Dr {name} announced at the Q&A that cw{task.number} was moved to the 30th, "
            "is that official?", now=NOW)
    assert task.title in a.text, a.text
    assert "no change" in a.text and f"{name} is not among" in a.text, a.text
    assert "ask a TA" in a.text


def test_a_change_claimed_by_listed_staff_does_not_say_they_are_unlisted(ask, schedule):
    task = max(schedule.coursework, key=lambda c: c.deadline)
    person = next(p for e in schedule.events() for p in e.staff if " " not in p)
    a = ask(f"Prof {person} said cw{task.number} has been postponed by a week?", now=NOW)
    assert "not among the staff" not in a.text, a.text


def test_a_friend_repeating_the_page_gets_no_change_line(ask, schedule):
    task = max(schedule.coursework, key=lambda c: c.deadline)
    a = ask(f"my flatmate says cw{task.number} is due on the {task.deadline.day}th, right?",
            now=NOW)
    assert "no change" not in a.text and "not among" not in a.text, a.text
