"""Round 13: questions put to the bot about itself, and numbered references dictated with a
homophone ("weak five", "lecture for", "cw too"). The phrasings are new, not graded ones."""

from __future__ import annotations

import pytest

from bot.core.text import normalize
from tests.conftest import ids

_NOW = "2021-02-15T09:00"


# --- the bot itself -----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "are you a real person?",
    "am i chatting with a human or a bot",
    "do you remember what i asked yesterday",
    "will you remember this conversation tomorrow",
    "what do you know about me",
    "what info do you keep on me",
])
def test_a_question_about_the_bot_is_answered_by_what_it_is_and_keeps(ask, question):
    a = ask(question, now=_NOW)
    assert a.intent == "help" and a.answered and not a.events
    assert "automated assistant, not a person" in a.text
    assert "subject of your last question" in a.text  # what it remembers, and for how long
    assert "forget me" in a.text and "remind me" in a.text


@pytest.mark.parametrize(("question", "wanted"), [
    ("are you sure cw2 is due on the 23rd", "CW2"),
    ("who made the cw3 notebook", "CW3"),
])
def test_a_course_item_beside_you_stays_a_course_question(ask, question, wanted):
    a = ask(question, now=_NOW)
    assert "automated assistant" not in a.text
    assert wanted in ids(a)


# --- homophones in a numbered reference ---------------------------------------------------------

@pytest.mark.parametrize(("question", "wanted"), [
    ("the tutorial for weak five", "T06"),
    ("what's happening in weak 3", "QA-W3"),
    ("whats on in weak six", "QA-W6"),
    ("when is lecture for", "L04"),
    ("what is tutorial tree about", "T03"),
    ("when is cw too due", "CW2"),
    ("when was coursework won due", "CW1"),
    ("who marks cw tree", "CW3"),
    ("when is the q&a in week for", "QA-W4"),
])
def test_a_dictated_homophone_in_a_numbered_reference_is_the_number(ask, question, wanted):
    a = ask(question, now=_NOW)
    assert a.answered and wanted in ids(a), (a.intent, a.text[:200])


@pytest.mark.parametrize("text", [
    "what is the quiz for?",
    "which lecture to watch first",
    "the slides for week 5",
    "weak learners in boosting",
    "is there a tutorial too?",
    "go to week 5 and look",
    "is the tutorial for week 4 recorded",
])
def test_a_homophone_outside_a_numbered_reference_keeps_its_meaning(text):
    assert " four" not in normalize(text) and " two" not in normalize(text)
    assert "week learners" not in normalize(text)
