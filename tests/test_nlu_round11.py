"""Round 11 misroutes of the understanding: a person the course names with something private
said of them is refused (not answered with their sessions); one's own results reported with
numbers are one's own work, not a circumstance; a clarify menu names real subjects, never
the question's leftover words. Phrasings written for the test."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.assistant import _subject_name
from bot.nlu import safety
from bot.nlu.intents import Intent
from bot.nlu.model import Prediction
from bot.nlu.policy import decide
from tests.conftest import LONDON

NOW = datetime(2021, 2, 15, 9, tzinfo=LONDON)


@pytest.fixture(scope="module")
def parse(assistant):
    understander = assistant.view().understander
    return lambda text: understander.parse(text, NOW, LONDON)


# --- a person and something private about them -------------------------------------------------

@pytest.mark.parametrize("text", [
    "anyone know where barmpas lives, i found his scarf",
    "what's prof li's phone number",
    "is schmidtke at home today or in the office",
    "how old is dr kainz roughly",
    "does stacey have any kids",
    "when was coppock born",
    "is bronstein on vacation this week",
    "where is spies from originally",
])
def test_a_person_with_something_private_said_of_them_is_refused(assistant, text):
    frame = assistant.view().nlu.frames(text, NOW, LONDON)[0]
    assert frame.intent == Intent.REFUSED and frame.refusal == "others_data"


@pytest.mark.parametrize("text", [
    "which sessions does barmpas run",
    "is bronstein doing the live lecture",
    "where is kainz's q&a held",
    "is kainz live on tuesday",
    "what number lecture does bronstein give",
    "who is schmidtke",
])
def test_a_persons_teaching_is_the_pages(assistant, text):
    frame = assistant.view().nlu.frames(text, NOW, LONDON)[0]
    assert frame.intent != Intent.REFUSED
    assert safety.private_life(normalized(assistant, text), frame.query.staff) is None


@pytest.mark.parametrize("text", [
    "i tutor kids on saturday mornings, do i miss anything",
    "we tutor children at a school on tuesdays, what will i miss",
    "i'd like to tutor kids next term, is this course hard",
])
def test_a_role_word_as_the_writers_verb_is_no_person(assistant, text):
    frame = assistant.view().nlu.frames(text, NOW, LONDON)[0]
    assert not safety.private_life(normalized(assistant, text), frame.query.staff)
    assert safety.private_life(normalized(assistant, "where does the tutor live"), [])


def test_the_writers_own_circumstance_beside_a_person_is_no_ones_data(assistant):
    # "i was ill ... can i tell the lecturer": the writer's own matter, a personal rule's
    frame = assistant.view().nlu.frames("i was sick all week, should i tell kainz", NOW,
                                        LONDON)[0]
    assert frame.intent == Intent.PERSONAL


def normalized(assistant, text: str) -> str:
    return assistant.view().understander.parse(text, NOW, LONDON).text


# --- one's own results with numbers ------------------------------------------------------------

def test_a_run_reported_with_numbers_is_own_work_when_the_classifier_leans_personal(parse):
    q = parse("train acc 97% and val acc 58% on task 1, i tried dropout, what more can i do")
    leaning = Prediction(((Intent.PERSONAL, 0.51), (Intent.OWN_WORK, 0.47),
                          (Intent.LOGISTICS, 0.02)), embedded=True)
    frame = decide(q, lambda: leaning, lambda _: 0.0, is_personal=lambda _: True)
    assert frame.intent == Intent.OWN_WORK


def test_a_circumstance_without_numbers_stays_personal(parse):
    q = parse("things are really hard right now and i can't keep up, what can i do")
    leaning = Prediction(((Intent.PERSONAL, 0.51), (Intent.OWN_WORK, 0.47),
                          (Intent.LOGISTICS, 0.02)), embedded=True)
    frame = decide(q, lambda: leaning, lambda _: 0.0, is_personal=lambda _: True)
    assert frame.intent == Intent.PERSONAL


@pytest.mark.parametrize("text", [
    "val loss 2.9 and train loss 0.05 after 40 epochs on cw1, weight decay didn't help. what now",
    "IndexError: index out of range in self when i embed tokens?? my vocab is from the notebook",
])
def test_own_results_and_errors_are_own_work(assistant, text):
    frames = assistant.view().nlu.frames(text, NOW, LONDON)
    assert [f.intent for f in frames] == [Intent.OWN_WORK]


# --- clarify menus name real subjects ----------------------------------------------------------

def test_a_clarify_subject_is_words_of_the_matched_title(assistant, parse):
    view = assistant.view()
    q = parse("the department computers have an ancient pytorch and my script fails")
    q.topic_matches = view.nlu.topics.search(q.topic)
    assert q.subject_known
    name = _subject_name(q, view)
    title = q.topic_matches[0].item.title.lower()
    assert name and all(w in title for w in name.split())
    for leftover in ("department", "computers", "ancient", "script", "fails"):
        assert leftover not in name
