"""Round 13: a question the classifier reads as the course page's (a session, where a topic
is taught) goes to the notes when it asks about more than the page's titles name, for a kind
of text the notes give, and the notes that teach (admin notes left out) answer it well."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.answer import AskContext
from bot.nlu.intents import Intent
from bot.nlu.model import Prediction
from bot.nlu.policy import NOTES_MATERIAL, decide
from tests.conftest import LONDON

NOW = datetime(2021, 2, 15, 12, tzinfo=LONDON)
# A session named to say where the material is, and a question about the material.
LOCATED = ("week 5 gan lecture - why does the generator gradient vanish when the "
           "discriminator wins early")


@pytest.fixture(scope="module")
def frames(assistant):
    nlu = assistant.view().nlu
    return lambda text: nlu.frames(text, NOW, LONDON)


def _schedule_reading() -> Prediction:
    return Prediction(((Intent.SCHEDULE, 0.9), (Intent.TOPIC, 0.05), (Intent.CONTENT, 0.03),
                       (Intent.OWN_WORK, 0.02)), embedded=False)


def test_a_session_named_to_place_a_question_about_its_material_is_the_notes(frames, assistant):
    f = frames(LOCATED)[0]
    assert (f.intent, f.decided_by) == (Intent.CONTENT, "classifier+material")
    answer = assistant.answer(LOCATED, AskContext(NOW, LONDON))
    assert answer.intent == "content" and answer.quotes
    assert "N17" in {s.id for s in answer.sources}


@pytest.mark.parametrize("text, intent", [
    # where or when a subject is taught, in more words than a title: still the page's
    ("which week covers vanishing gradients in recurrent nets", Intent.TOPIC),
    ("when is the gan lecture", Intent.SCHEDULE),
    ("who teaches the lecture on attention and transformers", Intent.PEOPLE),
])
def test_where_and_when_a_subject_is_taught_stays_the_pages(frames, text, intent):
    assert frames(text)[0].intent is intent


def test_the_material_notes_decide_not_the_admin_notes(frames):
    q = frames(LOCATED)[0].query
    sure, unsure = NOTES_MATERIAL + 0.05, NOTES_MATERIAL - 0.05
    # the notes that teach answer it well: the notes
    f = decide(q, _schedule_reading, lambda _: sure, lambda _: False, lambda _: sure)
    assert f.intent is Intent.CONTENT
    # only the admin notes do (they restate the page): the page's reading stands
    f = decide(q, _schedule_reading, lambda _: sure, lambda _: False, lambda _: unsure)
    assert f.intent is Intent.SCHEDULE


def test_a_title_named_whole_or_a_day_keeps_the_pages_reading(frames):
    sure = NOTES_MATERIAL + 0.05
    for text in ("when is the gan lecture",  # every word asked about is the title's
                 # a day said: when it is, not what it teaches
                 "what is mode collapse in the gan lecture tomorrow",
                 # no kind of text the notes give: where it is taught
                 "is there a lecture on energy based models or score matching",
                 # a coursework named: what the assessed work requires or allows
                 "for task 2 do we have to implement the encoder ourselves or use torch layers"):
        q = frames(text)[0].query
        f = decide(q, _schedule_reading, lambda _: sure, lambda _: False, lambda _: sure)
        assert f.intent is Intent.SCHEDULE, text
