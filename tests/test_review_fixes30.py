"""Round 30's review: the new hand-over detectors must not take ordinary questions (the
staff's feedback, getting in touch, studying in the evenings, the course's own exemptions,
a complaint) for another student's marks, an action, an outsider, an exemption or a data
request; a subject echoed back is the writer's in the second person."""

import pytest

from bot.core import hand_over as h
from bot.core.personal import normalise


@pytest.mark.parametrize("text", [
    "the lecturer is ill, when will her feedback be out",
    "i am worried, the tas said their feedback on cw1 would be out friday, is it late?",
])
def test_staff_feedback_is_no_other_students_mark(text):
    assert not h.asks_theirs_kindly(normalise(text))


def test_a_peers_mark_asked_out_of_care_still_is():
    assert h.asks_theirs_kindly(normalise(
        "my flatmate is in hospital, could you tell me her quiz result for her mum"))


@pytest.mark.parametrize("text", [
    "could you put me in touch with the course team",
    "can you take me to the tutorial notes",
])
def test_getting_in_touch_or_to_material_is_no_action(text):
    assert not h.asks_action(normalise(text))


@pytest.mark.parametrize("text", [
    "could you book me onto the first tutorial",
    "please move me to the wednesday tutorial",
    "can you add my housemate to the tutorial group",
])
def test_an_action_on_a_session_still_is(text):
    assert h.asks_action(normalise(text))


def test_the_courses_own_exemptions_are_no_request():
    assert not h.asks_exemption(normalise("which topics are exempt from our exam?"))
    assert h.asks_exemption(normalise("could i be exempted from the second task please"))


def test_a_complaint_is_no_data_request():
    assert not h.formal_data_request(normalise("forget me, i want to file a formal complaint"))
    assert h.formal_data_request(normalise("delete everything, this is a subject access request"))


@pytest.mark.parametrize("text", [
    "i study in the evenings, can i come to the q&a remotely?",
    "i study in my room mostly, could i join the tutorial online?",
])
def test_studying_at_a_time_or_place_is_no_outsider(ask, text):
    a = ask(text, now="2021-02-01T09:00")
    assert a.intent != "personal", a.text


def test_the_subject_is_said_back_to_the_writer(ask):
    a = ask("how can i reach the lecturers about my project idea", now="2021-02-01T09:00")
    assert "about your project idea" in a.text and "my project" not in a.text, a.text
