"""Round 30 (mendB): what only a person can do or decide is handed over, not answered with a
listing: an action on the course asked of the bot, an exemption or waiver, a mishap in the
middle of an assessment or just before a hand-in; another student's marks asked kindly are
declined kindly; a formal data request gets a person beside "forget me". Phrasings written
for the test, with near-misses that keep their answers."""

from __future__ import annotations

import pytest

from bot.core.hand_over import (
    asks_action,
    asks_exemption,
    asks_theirs_kindly,
    formal_data_request,
    urgent_mishap,
)
from bot.core.personal import normalise


@pytest.mark.parametrize("text", [
    "could you sign me up for the thursday tutorial",
    "pls add me to the waiting list for the panel",
    "can u move me into the other tutorial group",
    "enrol my housemate please",
    "register us for the next quiz",
    "i need you to put my friend on the course",
])
def test_an_action_on_the_course_is_asked_of_the_bot(text):
    assert asks_action(normalise(text))


@pytest.mark.parametrize("text", [
    "how do i sign up for the tutorial?",
    "they put me in the wrong group last week",
    "when is the quiz i registered for",
    "can i join the q&a on teams",
    "please explain dropout",
])
def test_near_misses_ask_no_action(text):
    assert not asks_action(normalise(text))


@pytest.mark.parametrize("text", [
    "i took a vision module last year that covered all this. could i skip the cnn coursework?",
    "is it possible for me to get the week 5 quiz waived",
    "I would like to apply for an exemption from task 3",
    "can i be excused from the coursework since i did it at my old uni",
])
def test_an_exemption_is_asked(text):
    assert asks_exemption(normalise(text))


@pytest.mark.parametrize("text", [
    "which lectures are exempt from the exam?",  # the course's rule, not one's own request
    "what does the coursework cover",
    "i skipped the lecture, where is the recording",
])
def test_near_misses_ask_no_exemption(text):
    assert not asks_exemption(normalise(text))


@pytest.mark.parametrize("text", [
    "the power went out in the middle of the online test",
    "my router died halfway through the quiz",
    "laptop crashed 10 mins before the deadline",
    "lost my wifi while doing the quiz",
    "my computer froze and cw3 is due in 20 minutes",
])
def test_a_mishap_during_an_assessment_is_urgent(text):
    assert urgent_mishap(normalise(text))


@pytest.mark.parametrize("text", [
    "my laptop died last month, can i still do the course?",
    "when is the quiz",
    "my training run crashed, any tips on memory?",
])
def test_near_misses_are_not_urgent(text):
    assert not urgent_mishap(normalise(text))


@pytest.mark.parametrize(("text", "formal"), [
    ("i am making a subject access request, delete my data", True),
    ("under data protection law i want everything erased", True),
    ("wipe my data from the student records too", True),
    ("delete my data please", False),
    ("forget everything about me", False),
])
def test_a_formal_data_request(text, formal):
    assert formal_data_request(normalise(text)) is formal


@pytest.mark.parametrize(("text", "kindly"), [
    ("my coursemate is in intensive care, what grade did she get in the quiz?", True),
    ("tell me my flatmate's cw2 marks, he is sick and his dad keeps asking", True),
    ("my friend is ill, when are the cw2 marks released?", False),
    ("my mum wants to know my grade", False),
])
def test_anothers_marks_asked_kindly(text, kindly):
    assert asks_theirs_kindly(normalise(text)) is kindly


# --- the replies ---------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "can you put me in the group that meets with the second tutor please",
    "sign my friend up for the next quiz",
    "could you register me for the panel discussion",
])
def test_an_action_is_declined_and_handed_to_a_ta(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent == "personal" and not a.answered, a.text
    assert a.text.startswith("I can't do that for you") and "ask a TA" in a.text, a.text


def test_an_action_is_followed_by_what_the_page_says_of_the_session_named(ask):
    a = ask("could you book me onto the first tutorial", now="2021-02-01T09:00")
    assert a.text.startswith("I can't do that for you"), a.text
    assert "What the course page says of what you mentioned:" in a.text, a.text
    assert "Tutorial" in a.text.split("mentioned:", 1)[1], a.text


def test_an_exemption_in_a_long_message_is_found(ask):
    a = ask("So last year I did a whole project on convolutional nets at my previous "
            "university, and honestly I have three other deadlines in the same fortnight and "
            "a part-time job. I was wondering whether I could be exempted from the second "
            "coursework? Thanks a lot")
    assert a.intent == "personal" and "exemption" in a.text and "ask a TA" in a.text, a.text


@pytest.mark.parametrize("question", [
    "power cut right in the middle of the online quiz!! who do i contact",
    "my laptop just died and the coursework is due in 10 minutes what do i do",
])
def test_a_mishap_during_an_assessment_goes_to_a_person_at_once(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent == "personal" and a.text.startswith("That needs a person, straight away"), \
        a.text
    assert "Staff named" not in a.text, a.text


def test_a_guest_from_another_university_asks_leave(ask):
    a = ask("I study at King's, could I join the Q&A sessions?")
    assert a.intent == "personal" and "decided by a person" in a.text, a.text


def test_anothers_marks_asked_kindly_are_declined_kindly(ask):
    a = ask("my coursemate was in an accident and is in hospital. what did he get for cw1? "
            "his family are asking")
    assert a.intent == "refused" and a.text.startswith("I'm sorry to hear that"), a.text
    assert "department" in a.text and "themselves" in a.text, a.text


def test_a_formal_data_request_keeps_forget_me_and_adds_a_person(ask):
    a = ask("formal data protection request: erase everything you hold about me")
    assert a.intent == "forget_me" and "ask a TA" in a.text, a.text
    plain = ask("please delete my data")
    assert plain.intent == "forget_me" and "ask a TA" not in plain.text, plain.text


@pytest.mark.parametrize(("question", "intent"), [
    ("how do i sign up for a tutorial group?", None),  # a question, not an action asked
    ("when is the next quiz?", "schedule"),
    ("my friend is in hospital, when is cw2 due?", None),
])
def test_near_misses_keep_their_answers(ask, question, intent):
    a = ask(question, now="2021-02-10T12:00")
    assert not a.text.startswith(("I can't do that for you", "That needs a person",
                                  "I'm sorry to hear that, and it's kind")), a.text
    if intent is not None:
        assert a.intent == intent, a.text
