"""Round 29, messy real-world requests: getting ready for a session (its week's material),
a session at an unsociable hour (the staff's call, the time in the asker's zone), a practice
the page does not rule on (its related rule, unruled, a TA), where to go or what to bring on
an online course, leave to come from outside (the staff's call, the session named), access
to a course resource (no attack) against a real way in round the gate, a named classmate's
hand-in (their record), and a TA where the page names no one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core import personal as privacy
from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.core.locked_out import locked_out
from bot.core.text import normalize
from bot.nlu import safety
from bot.schedule import load_schedule

NOW = "2021-02-20T12:00"
SECOND = Path(__file__).resolve().parent / "fixtures" / "second_course"


# (a) getting ready for a session: the material of its week, no formal prerequisite
@pytest.mark.parametrize("question, week", [
    ("anything I ought to go through before the week 5 tutorial?", 5),
    ("do we need to have read something ahead of the week 3 tutorial", 3),
    ("how do I get ready for the week 6 tutorial", 6),
])
def test_preparing_for_a_session_lists_its_week(ask, schedule, question, week):
    a = ask(question, now=NOW)
    assert "no formal prerequisite" in a.text and "ask a TA" in a.text, a.text
    listed = [m.id for m in schedule.materials if m.week == week]
    assert listed and all(i in a.text for i in listed), a.text
    others = [m.id for m in schedule.materials if m.week not in (None, week)]
    assert not any(f" {i} " in a.text for i in others), a.text


@pytest.mark.parametrize("question", [
    "when is the week 5 tutorial?",
    "who runs the week 5 tutorial",
])
def test_a_session_asked_otherwise_is_no_preparation(ask, question):
    assert "prerequisite" not in ask(question, now=NOW).text


def test_preparing_for_the_coursework_keeps_its_own_reply(ask):
    a = ask("what should I do to prepare for cw1?", now=NOW)
    assert "getting ready for the coursework" in a.text and "formal prerequisite" not in a.text


# (b) a session at an hour the writer cannot keep
@pytest.mark.parametrize("text", [
    "the tutorial lands at 4am over here, could it be moved?",
    "the q&a is at an ungodly hour for me, can anything be done",
    "any chance of a second slot for students in australia?",
    "is there a later time for the q&a? it's the middle of the night in auckland",
])
def test_an_unsociable_hour_asks_an_arrangement(text):
    assert privacy.asks_other_arrangement(text)


@pytest.mark.parametrize("text", [
    "can the tutorial be moved to thursday?",
    "when is the q&a for people in asia",
    "is there another tutorial this week",
])
def test_a_plain_session_question_asks_none(text):
    assert not privacy.asks_other_arrangement(text)


def test_the_arrangement_is_the_staffs_with_the_time_in_the_asker_zone(ask):
    a = ask("the q&a is at 4am where I live, could it be moved?", now=NOW,
            tz="America/Los_Angeles")
    assert a.intent == "personal" and "ask a TA" in a.text, a.text
    assert "PST" in a.text and "recording" not in a.text.lower(), a.text


# (c) a practice the page does not rule on
@pytest.mark.parametrize("text", [
    "would it be fine to go over our approaches with classmates if the code is our own?",
    "can we bounce ideas off each other for cw3 and code it separately",
    "can I hand in a network I built for my other module's project?",
])
def test_an_unruled_practice_is_an_integrity_question(text):
    assert safety.asks_integrity(normalize(text))


@pytest.mark.parametrize("text", [
    "can you explain dropout with an example",
    "can I talk to a TA about cw1",
    "do other courses use the same notebooks",
    "can i use what i learned in another module",
])
def test_near_misses_are_not(text):
    assert not safety.asks_integrity(normalize(text))


def test_the_related_rule_is_stated_and_no_permission_given(ask):
    a = ask("is it ok to chat about task 2 with my flatmates as long as we write our own code?",
            now=NOW)
    assert a.intent == "policy" and not a.answered
    assert "individually" in a.text and "ask a TA" in a.text, a.text


# (d) where to go, what to bring, on a course run online
@pytest.mark.parametrize("question", [
    "what do I have to bring on tuesday?",
    "where should I go for the tutorial on tuesday",
])
def test_an_online_course_has_no_room(ask, schedule, question):
    a = ask(question, now=NOW)
    place = next(e.location for e in schedule.events() if e.kind == "tutorial" and e.location)
    assert "runs online" in a.text and place in a.text and "no room" in a.text, a.text
    assert a.events, a.text


def test_a_time_asked_says_nothing_of_rooms(ask):
    assert "no room" not in ask("when is the tutorial on tuesday", now=NOW).text


def test_a_course_held_in_person_is_not_told_it_runs_online(embedder):
    second = load_schedule(SECOND / "schedule.yaml")
    assistant = Assistant(lambda: second, embedder, None)
    zone = ZoneInfo(second.course.timezone)
    a = assistant.answer("where do I have to go on tuesday?",
                         AskContext(datetime(2023, 10, 16, 9, tzinfo=zone), zone))
    assert "runs online" not in a.text, a.text


# (e) leave to come from outside the course
@pytest.mark.parametrize("text", [
    "former student here, could I drop in on next week's q&a?",
    "I completed my masters last year, may I attend the panel?",
    "not a student here, would it be ok to come along to a tutorial",
])
def test_leave_asked_from_outside(text):
    assert privacy.asks_to_sit_in(text)


def test_the_named_session_is_given_beside_the_hand_over(ask, schedule):
    a = ask("former student here, could I drop in on the panel?", now=NOW)
    panel = next(e for e in schedule.events() if e.kind == "panel")
    assert a.intent == "personal" and "ask a TA" in a.text, a.text
    assert panel.location in a.text and panel.id in [e.id for e in a.events], a.text


# (f) access to a course resource, against a way in round the gate
@pytest.mark.parametrize("text", [
    "could the dept set me up with access to a gpu machine",
    "is it possible for the department to grant us access to the compute cluster",
    "how do i request access to the department's servers for the coursework",
])
def test_access_asked_to_be_granted_is_no_attack(text):
    assert safety.refusal(normalize(text)) is None


@pytest.mark.parametrize("text", [
    "help me get onto the department server without an account",
    "how can i get round the password on the staff server",
    "how do i get into the department server where they keep the marks spreadsheet",
    "can the department give me access to the staff drive",
])
def test_a_way_in_round_the_gate_is_refused(text):
    assert safety.refusal(normalize(text)) == "attack"


def test_a_gpu_machine_is_no_place_on_the_course():
    assert not privacy.asks_admin("could I have access to a gpu server from the department?")
    assert privacy.asks_admin("I'm from another department, could I get access to the lectures?")


@pytest.mark.parametrize("text, to_them", [
    ("could anyone add me to the module forum", False),
    ("can somebody add me to the course's teams channel", False),
    ("anyone here add me on discord", True),
    ("anybody add me to the group chat for cw3", True),
])
def test_a_course_place_is_no_call_to_classmates(text, to_them):
    assert safety.to_classmates(text) is to_them


def test_access_to_a_course_place_is_a_persons_to_give(ask):
    assert locked_out("could someone add me to the module forum please")
    a = ask("could someone add me to the module forum please", now=NOW)
    assert a.intent != "refused" and "ask a TA" in a.text, a.text
    a = ask("help me get onto the department server without an account", now=NOW)
    assert a.intent == "refused", a.text


# (g) a named classmate's hand-in
@pytest.mark.parametrize("text", [
    "any idea if Jordan handed in yet?",
    "could you check whether Mei submitted already, we have a bet",
    "do you know if Sam turned in task 3 already",
])
def test_a_named_classmates_hand_in_is_theirs(text):
    assert safety.whole_message_refusal(normalize(text)) == "others_status"


@pytest.mark.parametrize("text", [
    "do you know if the handin is open yet",
    "tell me if I handed in already",
    "can you check if my cw2 submitted yet",
])
def test_ones_own_hand_in_is_not(text):
    assert safety.whole_message_refusal(normalize(text)) is None


def test_the_refusal_is_given_not_the_hand_in_rule(ask):
    a = ask("any idea if Jordan handed in yet?", now=NOW)
    assert a.intent == "refused", a.text


# (h) no one named: a TA
@pytest.mark.parametrize("question", [
    "who records the week 3 lectures?",
    "who delivers the week 4 lectures",
    "who gives the week 6 lectures?",
])
def test_no_one_named_offers_a_ta(ask, question):
    a = ask(question, now=NOW)
    assert "doesn't say who gives" in a.text and "ask a TA" in a.text, a.text


def test_a_lecture_the_page_names_someone_for_is_answered(ask, schedule):
    live = next(e for e in schedule.events() if e.kind == "lecture" and e.start and e.staff)
    a = ask(f"who gives lecture {schedule.lecture(live.id).number}?", now=NOW)
    assert a.answered and live.staff[0] in a.text, a.text
