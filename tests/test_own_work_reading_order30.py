"""Help with one's own work is read as a question about the material first (the question
adapter's order, the section it ranks first kept), and searched as a symptom only when that
reading passes none of the stricter rules of such help or names none of the failures the
student names (`beyond.OWN_WORK_READINGS`, round 30): the symptom search keeps the plain
search's order, whose first section was often a neighbour in another note on the same
subject (a lecture's note beside a tutorial's). So read, the reply is hedged
(`notes.OWN_WORK_QUESTION_CONFIDENCE`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core import wording as W
from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.core.handlers import beyond
from bot.knowledge.base import open_index
from bot.schedule import load_schedule

COURSE = Path(__file__).resolve().parent / "fixtures" / "second_course"
NEW_YORK = ZoneInfo("America/New_York")


def test_the_question_reading_comes_first():
    assert beyond.OWN_WORK_READINGS[0] is False and True in beyond.OWN_WORK_READINGS


@pytest.mark.parametrize(("message", "heading"), [
    ("my network with batchnorm scores well while training but collapses once i switch to "
     "model.eval(), why", "Train and eval mode"),
    ("with a batch size of 1 my batchnorm model gives rubbish outputs, what's going on",
     "Common pitfalls"),
    ("my vae samples all look smeared and blurry, why", "Common VAE failure modes"),
    ("my discriminator hits zero loss within a few hundred steps and my generator loss just "
     "climbs, what now", "Common GAN failure modes"),
])
def test_own_work_quotes_the_section_the_question_reading_finds(ask, message, heading):
    a = ask(message)
    assert a.intent == "own_work" and a.quotes, a.text
    assert heading in a.quotes[0].citation, a.quotes[0].citation
    assert a.text.rstrip().endswith(W.OWN_WORK_TA)
    # read as a question, help with one's own work is at most hedged (its next section shown
    # when the search ranks it close)
    assert not a.answered


@pytest.mark.parametrize("message", [
    "my code throws CUDA out of memory on the second epoch",
    "my cat keeps sitting on my keyboard while i train",
])
def test_near_misses_the_notes_do_not_cover_stay_with_a_ta(ask, message):
    a = ask(message)
    assert a.intent == "own_work" and not a.quotes and not a.answered, a.text


GENERAL = """# Heat transfer

## How heat moves

Heat moves from hot bodies to cold ones in three ways: conduction, convection and radiation.

## Conduction through a wall

Conduction carries heat through a solid by collisions between neighbouring particles. The
heat flow through a wall is proportional to its thermal conductivity and to the temperature
difference across it, and inversely proportional to its thickness.

## Radiation from surfaces

Every surface emits electromagnetic radiation, more strongly the hotter it is. A shiny
surface emits and absorbs less than a matt black one.
"""

PRACTICAL = """# Insulating a loft

## Laying the insulation

Roll the mineral wool between the joists first, then a second layer across them, so that
the joists themselves do not carry heat straight through.

## Common insulation mistakes

Squashing the wool to fit under boards removes the trapped air that does the insulating,
so a squashed layer loses most of its value. Gaps at the eaves let cold air in behind the
layer. Covering the loft hatch is often forgotten and leaks heat all winter.
"""


@pytest.fixture(scope="module")
def ask_heat(embedder, tmp_path_factory):
    notes = tmp_path_factory.mktemp("heat_notes")
    (notes / "L01-heat-transfer.md").write_text(GENERAL)
    (notes / "T01-insulating-a-loft.md").write_text(PRACTICAL)
    second = load_schedule(COURSE / "schedule.yaml")
    index, _ = open_index(notes, tmp_path_factory.mktemp("heat_index"), embedder)
    assistant = Assistant(lambda: second, embedder, index)

    def _ask(question: str):
        when = datetime(2023, 10, 9, 9, 0, tzinfo=NEW_YORK)
        return assistant.answer(question, AskContext(when, NEW_YORK))
    return _ask


@pytest.mark.parametrize(("message", "said"), [
    ("i squashed the wool under my loft boards and the house is still cold, why", "squash"),
    ("my loft is insulated but the bedroom under it stays freezing, i covered everything "
     "except the hatch", "hatch"),
])
def test_another_courses_practical_note_answers_ones_own_work(ask_heat, message, said):
    a = ask_heat(message)
    assert a.intent == "own_work" and a.quotes, a.text
    assert said in a.quotes[0].markdown.lower(), a.quotes[0].markdown


def test_another_courses_general_note_answers_the_question_about_the_material(ask_heat):
    a = ask_heat("what does the heat flow through a wall depend on")
    assert a.intent == "content" and a.quotes, a.text
    assert "conductivity" in a.quotes[0].markdown, a.quotes[0].markdown
