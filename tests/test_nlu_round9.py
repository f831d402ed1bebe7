"""Round 9: course questions that were turned away or put as a menu. A time counted from
today, a city's time, where to post a question, words of another language around an English
question; real off-topic questions and other courses stay turned away."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.answer import AskContext
from bot.core.text import normalize
from bot.core.understand import in_english
from bot.core.zones import find_zone
from bot.nlu.intents import Intent
from tests.conftest import LONDON

NOW = datetime(2021, 2, 15, 9, tzinfo=LONDON)


@pytest.fixture(scope="module")
def intent_of(assistant):
    nlu = assistant.view().nlu

    def _intent(text: str) -> Intent:
        return nlu.frames(text, NOW, LONDON)[0].intent

    return _intent


def test_a_mixed_message_is_read_in_english_and_an_english_one_is_left_alone():
    assert in_english(normalize("wann ist das tutorial diese woche")) == \
        "when is the tutorial this week"
    assert in_english(normalize("task 2 kab hai yaar")) == "task 2 when is"
    # one such word is no mixed message: an English "die", "me" or "was" keeps its meaning
    for text in ("was the die roll example in lecture 3", "remind me when cw2 is due",
                 "que sera sera, when is the exam"):
        assert in_english(normalize(text)) == normalize(text)


def test_a_city_students_name_by_its_nickname_is_its_zone():
    assert find_zone("the q&a, what time for me in jozi")[0].key == "Africa/Johannesburg"
    assert find_zone("im in munich rn")[0].key == "Europe/Berlin"


def test_a_span_counted_from_today_is_that_week(assistant):
    for text in ("what is on three weeks from now", "whats happening in a fortnight"):
        answer = assistant.answer(text, AskContext(NOW, LONDON))
        week = "Mon 1 Mar" if "fortnight" in text else "Mon 8 Mar"
        assert week in answer.text, (text, answer.text)


@pytest.mark.parametrize("text, intent", [
    ("what do we watch for deep learning this week", Intent.SCHEDULE),
    ("the q&a tomorrow, what time is it for me in jozi", Intent.SCHEDULE),
    ("task 3 due 7pm uk, is that like 4am for me in tokyo", Intent.DEADLINE),
    ("where can i put a question so classmates see the answer too", Intent.LOGISTICS),
    ("task 2 kab tak submit karna hai", Intent.DEADLINE),
    ("wann ist das tutorial diese woche", Intent.SCHEDULE),
    ("hay q&a mañana o no", Intent.SCHEDULE),
    ("task 3 contacts?", Intent.PEOPLE),
    ("should we read the papers as well or are the slides fine", Intent.READING),
])
def test_course_questions_are_answered(intent_of, text, intent):
    assert intent_of(text) is intent


@pytest.mark.parametrize("text, intent", [
    ("what's on at the cinema in a fortnight", Intent.OFF_TOPIC),
    ("what time is the match tomorrow for me in sydney", Intent.OFF_TOPIC),
    ("mera computer vision ka exam kab hai", Intent.OTHER_COURSE),
])
def test_other_things_stay_turned_away(intent_of, text, intent):
    assert intent_of(text) is intent
