"""Someone who may be in danger is heard first, whatever else the message holds; the words
of despair count when said of oneself, not of a thing; small talk and "stop messaging me"
are what they are only when said to the bot (round 15). Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core.personal import in_crisis
from bot.nlu import commands, safety

NOW = "2021-02-15T09:00"

# A crisis beside a command, a request of a person, an advert's words or small talk.
_CRISIS_WITH_MORE = [
    "pls erase everything you have on me, i dont want to be here any more",
    "forget me. i want to end it all",
    "get me a human, i keep thinking about killing myself",
    "i want to die, could a ta dm me?",
    "stop the reminders, nothing matters anymore",
    "hiya how r u? honestly i dont want to be alive",
    "remind me about cw3 2 days before, if i'm still around. i want it all to end",
]


@pytest.mark.parametrize("text", _CRISIS_WITH_MORE)
def test_a_crisis_is_answered_with_help_before_any_command_or_small_talk(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and "emergency services" in a.text
    assert "advert" not in a.text and "All good here" not in a.text


_NOT_OF_ONESELF = [
    "if i was gone during week 3 did i miss anything",
    "if i weren't around on friday can someone record the q&a",
    "i want this to end before the exam period, can cw3 be earlier",
    "honestly the wifi in the lab is hopeless",
    "is there no way out of presenting in the tutorial",
    "nothing matters except the final exam grade, right?",
    "self harm content warning on lecture 12?",
    "i dont want to be here at 9am for the tutorial lol",
    "i want everything to stop crashing in my colab",
    "my vpn is hopeless, can i watch the recordings offline",
    "is there a self-harm policy in the handbook",
]


@pytest.mark.parametrize("text", _NOT_OF_ONESELF)
def test_words_of_despair_said_of_a_thing_are_no_crisis(text):
    assert not in_crisis(text)


_OF_ONESELF = [
    "if i wasn't here would anyone even notice",
    "i feel so hopeless about everything",
    "life is hopeless",
    "nothing matters anymore",
    "there's no way out for me",
    "i just want it to end.",
    "im thinking about self harm again",
    "if i was gone nobody would care",
    "honestly i feel completely hopeless, when is cw2 due",
    "there is no way out of this.",
    "nobody would miss me if i wasnt around",
]


@pytest.mark.parametrize("text", _OF_ONESELF)
def test_words_of_despair_said_of_oneself_are_a_crisis(text):
    assert in_crisis(text)


def test_a_course_question_with_such_a_word_is_answered_as_one(ask):
    a = ask("if i wasnt there for the q&a on friday, is it recorded?", NOW)
    assert a.intent != "personal"
    assert ask("my laptop is hopeless, is there a cloud gpu option", NOW).intent != "personal"


@pytest.mark.parametrize("text", [
    "can a tutor dm me about my cw2 feedback",
    "could someone explain dropout? dm me",
    "anyone got the lecture 7 slides? pls dm me",
])
def test_a_dm_asked_of_someone_is_a_request_not_an_advert(text):
    assert not safety.only_advert(text)


@pytest.mark.parametrize("text", ["crypto signals every day, dm me", "essay help cheap dm me"])
def test_a_dm_offered_is_still_an_advert(text):
    assert safety.only_advert(text)


@pytest.mark.parametrize("text", [
    "hi, how are u? my nan died last night",
    "how r you doing? i've been so depressed this term",
    "how are you doing, i've been feeling really low and isolated",
])
def test_small_talk_beside_a_personal_matter_hears_the_matter(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal" and "All good here" not in a.text


@pytest.mark.parametrize("text", [
    "cw3 - how is it going to be assessed?",
    "are you okay with us using keras for the coursework",
])
def test_small_talk_words_in_a_course_question_are_no_small_talk(text):
    assert not safety.small_talk(text)


@pytest.mark.parametrize("text", [
    "my flatmate keeps texting me and i can't stop shaking",
    "someone in my group keeps messaging me at 3am, how do i get them to stop",
    "he won't stop texting me",
])
def test_another_writing_to_one_is_no_reminder_command(text):
    assert commands.parse_command(text) is None


@pytest.mark.parametrize("text", [
    "stop messaging me", "can you stop texting me pls", "ugh, please stop spamming me!",
    "i want you to stop messaging me",
])
def test_asked_of_the_bot_it_still_unsubscribes(text):
    assert commands.parse_command(text) == commands.Command("unsubscribe")


