"""Round 17: phrases the bot knows dictated as sound-alike words ("cue and a", "too day",
"see double you two", "the gun lecture"). Read back only as the whole known phrase in its
context; the same words elsewhere keep their meaning. Phrasings are new, not graded ones."""

from __future__ import annotations

import pytest

from bot.core.text import normalize
from tests.conftest import ids

_MON = "2021-02-01T08:00"  # the Q&A is on Tue 2 Feb


@pytest.mark.parametrize("question", [
    "when's the cue and a this week",
    "queue and a this week what time",
    "what time is the kew & a this week",
    "is the cue n a on this week",
])
def test_a_dictated_q_and_a_is_the_q_and_a(ask, question):
    a = ask(question, now=_MON)
    assert a.answered and "QA-W4" in ids(a)


@pytest.mark.parametrize("question", [
    "is there a tutorial too day",
    "whats on to day",
    "any q and a too day?",
])
def test_a_dictated_today_is_today(ask, question):
    a = ask(question, now="2021-02-02T08:00")
    assert a.answered and "Today" in a.text


@pytest.mark.parametrize(("question", "wanted"), [
    ("when is see double you three due", "CW3"),
    ("deadline for sea double you two?", "CW2"),
])
def test_a_dictated_coursework_id_is_that_coursework(ask, question, wanted):
    a = ask(question, now="2021-01-20T10:00")
    assert ids(a) == [wanted]


@pytest.mark.parametrize(("said", "kept"), [
    ("it changes from day to day", "day to day"),
    ("what happens to day 3 of the break", "to day 3"),
    ("i see double you are busy", "see double you"),
    ("two morrow morning is fine", "tomorrow"),  # (a day word, read)
])
def test_sound_alike_words_outside_the_phrase_keep_their_meaning(said, kept):
    assert kept in normalize(said)


@pytest.mark.parametrize(("question", "wanted"), [
    ("when is the gun lecture", "L17"),
    ("slides for the vie lecture?", "N16"),
    ("which week is the gun tutorial", "T06"),
])
def test_a_topic_dictated_before_a_kind_is_the_title_it_sounds_like(ask, question, wanted):
    a = ask(question, now="2021-01-20T10:00")
    assert wanted in ids(a) or wanted in a.text


def test_a_word_no_title_sounds_like_is_not_rewritten(ask):
    a = ask("when is the fun lecture", now="2021-01-20T10:00")
    assert '"fun"' in a.text
