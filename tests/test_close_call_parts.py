"""Parts of a message read only by a close call: a retrain moves such readings, so a part that
adds nothing the other parts answer is folded into them, whatever it was read as. The
mechanism on hand-made readings (no classifier: the same for every retrain), then whole
messages. Phrasings written for the test (the course page is the truth)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.assistant import _fold_close_calls
from bot.core.handlers import Reply
from bot.nlu.frame import Entities, Frame
from bot.nlu.intents import Intent
from bot.schedule.model import Event

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 8, 9, 0, tzinfo=LONDON)


@pytest.fixture(scope="module")
def parse(assistant):
    understander = assistant.view().understander
    return lambda text: understander.parse(text, NOW, LONDON)


def _frame(q, intent: Intent, p: float, runner_up: float, decided_by: str = "classifier"):
    other = Intent.UNKNOWN if intent != Intent.UNKNOWN else Intent.TOPIC
    return Frame(q.raw, intent, p, Entities.of(q), q.time, q.direction, decided_by,
                 alternatives=((other, runner_up),), query=q)


def _event(eid: str) -> Event:
    return Event(eid, "qa", eid, None, None, 5)


ANSWERED = Reply("deadline", True, 0.9, "due then", [_event("CW9")])
NOTHING = Reply("logistics", False, 0.2, "I don't know that.")


def _folded(parse, message: str, parts: list[tuple[str, Intent, float, float, Reply]],
            decided_by: str = "classifier") -> list[bool]:
    frames = [_frame(parse(text), intent, p, r, decided_by) for text, intent, p, r, _ in parts]
    replies = [reply for *_, reply in parts]
    return _fold_close_calls(frames, replies, [False] * len(parts), message)


def test_a_close_call_that_finds_nothing_to_say_is_folded(parse):
    msg = "when is the q&a? is it worth going to"
    assert _folded(parse, msg, [
        ("when is the q&a", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
        ("is it worth going to", Intent.LOGISTICS, 0.41, 0.33, NOTHING)]) == [False, True]


def test_a_sure_question_that_finds_nothing_is_still_answered_as_not_known(parse):
    msg = "when is the q&a? is it worth going to"
    assert _folded(parse, msg, [
        ("when is the q&a", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
        ("is it worth going to", Intent.LOGISTICS, 0.93, 0.03, NOTHING)]) == [False, False]


def test_a_remark_that_finds_nothing_is_folded_however_sure(parse):
    msg = "when is the q&a? been meaning to go for ages"
    assert _folded(parse, msg, [
        ("when is the q&a", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
        ("been meaning to go for ages", Intent.LOGISTICS, 0.9, 0.05, NOTHING)]) == [False, True]


def test_a_part_asked_only_by_its_question_mark_is_a_question(parse):
    # (the split cuts the "?" off: "tutorial room?" still asks)
    msg = "when is the q&a? the tutorial room?"
    assert _folded(parse, msg, [
        ("when is the q&a", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
        ("the tutorial room", Intent.LOGISTICS, 0.9, 0.05, NOTHING)]) == [False, False]


def test_a_close_call_naming_nothing_answered_with_other_events_is_folded(parse):
    msg = "task 2 is due on the 23rd? or is that wrong"
    guess = Reply("schedule", True, 0.8, "Next up: the Q&A", [_event("QA-W5")])
    assert _folded(parse, msg, [
        ("task 2 is due on the 23rd", Intent.DEADLINE, 0.97, 0.01, ANSWERED),
        ("or is that wrong", Intent.SCHEDULE, 0.64, 0.2, guess)]) == [False, True]


def test_a_close_call_naming_its_own_session_is_kept(parse):
    msg = "when is the q&a in my time? and the tutorial"
    own = Reply("schedule", True, 0.8, "The tutorial: ...", [_event("T05")])
    assert _folded(parse, msg, [
        ("when is the q&a in my time", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
        ("and the tutorial", Intent.SCHEDULE, 0.55, 0.3, own)]) == [False, False]


def test_a_close_call_naming_nothing_that_states_something_is_kept(parse):
    # an answer with no events of its own ("the ones without marks are examinable too")
    msg = "are the rnn lectures examinable?? none of them have marks"
    statement = Reply("logistics", True, 0.8, "Lectures without marks are examinable too.")
    assert _folded(parse, msg, [
        ("are the rnn lectures examinable", Intent.LOGISTICS, 0.97, 0.01, ANSWERED),
        ("none of them have marks", Intent.LOGISTICS, 0.6, 0.3, statement)]) == [False, False]


@pytest.mark.parametrize("intent", ["personal", "not_on_page", "refused", "own_work"])
def test_a_reply_that_tells_the_student_something_is_never_folded(parse, intent):
    msg = "when is the q&a? and my laptop died so i lost my work"
    said = Reply(intent, False, 0.2, "A TA can take that up with you.")
    assert _folded(parse, msg, [
        ("when is the q&a", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
        ("my laptop died so i lost my work", Intent(intent), 0.4, 0.35, said)]) == [False, False]


def test_rules_and_a_students_own_choice_are_no_close_calls(parse):
    msg = "when is the q&a? is it worth going to"
    parts = [("when is the q&a", Intent.SCHEDULE, 0.95, 0.02, ANSWERED),
             ("is it worth going to", Intent.LOGISTICS, 0.41, 0.33, NOTHING)]
    assert _folded(parse, msg, parts, decided_by="rule:something") == [False, False]
    assert _folded(parse, msg, parts, decided_by="chosen") == [False, False]


def test_when_every_part_would_fold_none_does(parse):
    msg = "is it worth going to? been meaning to go"
    assert _folded(parse, msg, [
        ("is it worth going to", Intent.LOGISTICS, 0.41, 0.33, NOTHING),
        ("been meaning to go", Intent.UNKNOWN, 0.4, 0.3, NOTHING)]) == [False, False]


# Whole messages: the question answered, the part that adds nothing not answered again.
@pytest.mark.parametrize("question, says, not_says", [
    ("when is coursework 2 due? or is it later than that", r"23 Feb", r"Next up"),
    ("is the final exam open book? asking so i know how to revise",
     r"doesn't give the exam", r"don't know that|Did you mean"),
])
def test_a_part_that_adds_nothing_gets_no_reply_of_its_own(ask, question, says, not_says):
    import re
    a = ask(question, "2021-02-08T09:00")
    assert re.search(says, a.text) and not re.search(not_says, a.text), a.text


def test_a_second_question_naming_its_own_session_is_still_answered(ask):
    a = ask("im in tokyo, what time is next tuesday's q&a for me? and the tutorial",
            "2021-02-08T09:00")
    assert "Q&A session" in a.text and "Tutorial" in a.text
