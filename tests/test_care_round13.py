"""A circumstance beside a schedule question (round 13): work lost or tools broken, with an
extension asked without its word, is an extension request (sympathy, no grant, a TA); what
one lives with (a religious observance, caring, a disability, a long-term condition) told
beside a question of the course's times or materials is offered a TA for an arrangement
before the answer."""

from __future__ import annotations

import pytest

from bot.core import personal
from bot.core import wording as W

NOW = "2021-02-01T10:00"


@pytest.mark.parametrize("text", [
    "my laptop died last night and i lost most of my coursework, is there anything that can be "
    "done about the deadline?",
    "the lab machines were down all weekend so I couldn't run my training. is there anything "
    "you can do about the coursework deadline?",
    "my colab kept disconnecting and i lost all my trained models. is the deadline flexible at "
    "all?",
    "my computer got stolen with all my work on it. Can anything be done about when task 1 is "
    "due?",
    "pytorch broke after an update and I've lost a week. would it be possible to push my "
    "deadline back?",
    "my internet has been down for 3 days so i couldn't work on the coursework, can anything "
    "be done about the deadline?",
    "hard drive failed and i lost my notebooks. can the deadline move for me?",
])
def test_lost_work_with_an_extension_asked_indirectly_is_an_extension_request(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal"
    assert a.text.startswith(W.PERSONAL_LOST_WORK)  # sympathy first
    assert "can't grant extensions" in a.text and 'say "ask a TA"' in a.text


@pytest.mark.parametrize("text", [
    "is there anything that can be done about the deadline? my laptop died",
    "could you push my deadline back a few days?",
    "can the deadline be moved for me?",
    "is the cw2 deadline flexible? i lost my files",
])
def test_an_extension_asked_without_its_word_is_a_provision(text):
    assert personal.rule_cues(text)["provision"]


@pytest.mark.parametrize("text", [
    "the deadline moved, when is it now?",
    "when is the deadline? i want to plan my week",
    "is there anything i can do to prepare for the deadline?",
])
def test_asking_the_deadline_is_no_provision(text):
    assert not personal.rule_cues(text)["provision"]


@pytest.mark.parametrize("text, fact", [
    ("I keep shabbat, and the coursework deadline is friday after sunset. when exactly is it "
     "due?", "19:00"),
    ("i observe shabbat so can't work friday evening to saturday evening. when is task 2 due?",
     "23 Feb"),
    ("I look after my mum in the mornings, what time are the Q&A sessions?", "10:00"),
    ("I'm a carer for my younger brother and can't make tuesday mornings. when is the "
     "tutorial?", "11:00"),
    ("I'm partially sighted, are the notes separate from the videos?", "N06"),
    ("I'm dyslexic, when are the coursework deadlines?", "9 Mar"),
    ("I have chronic fatigue and mornings are hard for me. when are the live sessions?",
     "10:00"),
    ("I have a hospital appointment every tuesday morning for my condition, when's the Q&A "
     "this week?", "10:00"),
    ("I pray jumu'ah on fridays at 1pm, is anything scheduled then?", "Friday"),
    ("i'm fasting for ramadan and get tired in the afternoons, when is cw3 due?", "9 Mar"),
])
def test_what_one_lives_with_beside_a_question_is_offered_a_ta_then_answered(ask, text, fact):
    a = ask(text, NOW)
    assert a.text.startswith(W.PERSONAL_SITUATION_KIND.split(".")[0])
    assert 'say "ask a TA"' in a.text
    assert fact in a.text and a.text.index(fact) > a.text.index("ask a TA")


@pytest.mark.parametrize("text", [
    "when is the tutorial this week?",
    "I observed that my loss plateaus, is that covered in the notes?",
    "my friend prays a lot haha. when is cw2 due?",
])
def test_no_arrangement_offered_without_one_told(ask, text):
    a = ask(text, NOW)
    assert W.PERSONAL_SITUATION_KIND not in a.text


@pytest.mark.parametrize("text", [
    "I have extra time arrangements through disability support, will they apply to the online "
    "exam automatically?",
    "i have extra time for exams because of dyslexia, does that apply to the coursework "
    "deadlines too?",
])
def test_the_arrangement_itself_asked_of_stays_a_persons(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and "can't grant" in a.text and "19:00" not in a.text


@pytest.mark.parametrize("text, week_item", [
    ("are the slides available separately from the videos?", "N06"),
    ("are there notes for the lectures or only the recordings?", "N06"),
    ("can I get the lecture slides for week 4 without watching the video?", "N06"),
    ("are the notes for week 3 available as a pdf separately?", "N03"),
    ("is there a written version of the lectures?", "N06"),
    ("is there something written I can read instead of watching the lectures for week 5?",
     "N16"),
    ("can I read the slides instead of watching the lecture videos?", "N06"),
    ("are the lecture notes available as pdfs separately, or only the videos?", "N06"),
])
def test_material_apart_from_the_videos_is_said_to_be_there(ask, text, week_item):
    a = ask(text, NOW)
    assert a.text.startswith("Yes")
    assert "Materials and CATe" in a.text and week_item in a.text


@pytest.mark.parametrize("text", [
    "do the lecture videos have transcripts?",
    "are there captions on the pre-recorded lectures?",
    "are the lectures subtitled?",
    "do the videos come with closed captions or a transcript?",
    "do the recorded lectures come with subtitles?",
    "are the lecture videos accessible, e.g. subtitles?",
    "is there a transcript for lecture 10?",
    "are the lectures captioned?",
])
def test_captions_are_not_on_the_page_and_a_ta_is_offered(ask, text):
    a = ask(text, NOW)
    assert "doesn't say whether the lecture videos have captions" in a.text
    assert 'say "ask a TA"' in a.text and "Materials and CATe" in a.text
