"""Round 29 (F, a): a session located by the week a topic is taught in ("the tutorial the
week we studied X", "the q&a the week before X is taught"): the topic's session's week
first, then the kind asked in that week or the one offset from it, said with the week and
why. A kind named without such a week keeps its own answer. Phrasings written for the
test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("question", "week", "kind_word"), [
    ("when's the tutorial in the week we studied alexnet?", "Week 3 (", "Tutorial"),
    ("q&a the week before we learn about rnns - what time is it", "Week 5 (", "Q&A session"),
    ("which tutorial is in the week where we looked at loss functions", "Week 4 (", "Tutorial"),
    ("when is the q&a the week that vgg is covered", "Week 3 (", "Q&A session"),
])
def test_a_session_is_found_by_its_topics_week(ask, question, week, kind_word):
    a = ask(question)
    assert a.intent == "schedule" and a.answered, a.text
    first, *rest = a.text.split("\n")
    assert " is in week " in first, a.text  # why: the topic's session and its week
    assert any(line.startswith(week) for line in rest), a.text
    assert kind_word in a.text, a.text


@pytest.mark.parametrize("question", [
    "what did we study in week 3?",  # a week named by number, not by a topic
    "when is the tutorial on alexnet?",  # the topic's own tutorial
])
def test_no_topics_week_keeps_its_own_answer(ask, question):
    a = ask(question)
    assert " is in week " not in a.text.split("\n")[0], a.text
