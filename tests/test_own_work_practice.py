"""Help with one's own work that asks a question about the material ("my classes are
imbalanced, what loss do I use"): answered from the notes by the rules of any question about
the material, with the offer of a TA; reports of what went wrong keep their stricter rules,
and "my data" said of a dataset is no personal record."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core import personal
from bot.core import wording as W
from bot.core.handlers import beyond
from bot.knowledge.confidence import CONFIDENT_THRESHOLD

PRACTICE = [
    ("my classifier has heavily imbalanced classes, what loss would you suggest for it",
     "Choosing a loss"),
    ("what loss should my classifier use when the classes are very unbalanced",
     "Choosing a loss"),
    ("do i need a softmax layer before nn.CrossEntropyLoss in my network?", "logits"),
]


@pytest.mark.parametrize(("message", "shown"), PRACTICE)
def test_a_question_of_practice_is_answered_from_the_notes_with_a_ta(ask, message, shown):
    a = ask(message)
    assert a.intent == "own_work" and a.quotes, message
    said = " ".join(q.markdown for q in a.quotes) + " ".join(s.title for s in a.sources)
    assert shown in said, message
    assert W.OWN_WORK_TA in a.text and "couldn't find" not in a.text
    # hedged below the confident threshold, as any answer from the notes
    assert a.answered == (a.confidence >= CONFIDENT_THRESHOLD)
    assert not any(e.kind == "deadline" for e in a.events)


@pytest.mark.parametrize("message", [
    "my data is 80/20 between the classes, which loss should i use",
    "my data has way more cats than dogs, which loss handles that?",
])
def test_the_data_one_trains_on_is_not_a_personal_record(ask, message):
    assert personal.rule_verdict(message) is None
    assert ask(message).intent != "personal"


@pytest.mark.parametrize("message", ["can you delete my data",
                                     "is my data shared with the lecturers",
                                     "i need to update my data, my name is spelled wrong"])
def test_ones_records_stay_personal(message):
    assert personal.rule_verdict(message) == "records"


@pytest.mark.parametrize("message", [
    "write the discriminator training step for my gan pls, will credit u",
    "can you fix my training loop? the loss never moves",
    "my gpu keeps running out of memory in my training run, any tips?",
    "val acc 55% train acc 98% on my cnn, what should i try",
    "my generator keeps giving the same blob, what do i do",
])
def test_work_wanted_done_or_a_report_of_a_run_is_no_question_of_practice(assistant, message):
    view = assistant.view()
    tz = ZoneInfo("Europe/London")
    q = view.understander.parse(message, datetime(2021, 2, 1, 9, tzinfo=tz), tz)
    assert not beyond._asks_of_practice(q, view), message


def test_a_practice_part_beside_a_question_the_notes_answer_is_not_quoted_twice(ask):
    a = ask("my data is mostly one class. which loss should i use? weighted CE or focal loss")
    cited = [q.citation for q in a.quotes]
    assert a.quotes and len(cited) == len(set(cited))
