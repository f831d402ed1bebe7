"""What the writer says the bot itself said of where things are ("you said to hand in on
<X>", "you told me the Q&A was in <Y>"): checked like any reported claim; when the page says
otherwise its fact leads as a correction, then the reply to the rest (round 25). Phrasings
written for the test."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.schedule import load_schedule

SECOND = Path(__file__).resolve().parent / "fixtures" / "second_course"
LEAD = "A correction first:"


@pytest.mark.parametrize("question", [
    "you told me to upload my cw on the forum, but I can't find where to attach it",
    "u said we hand in through email and now nobody has replied to mine",
    "your last answer said submissions go on moodle. there's no moodle page for this module",
])
def test_a_wrong_hand_in_place_is_corrected_first(ask, schedule, question):
    a = ask(question)
    via = schedule.assessment.submission_via
    first = a.text.splitlines()[0]
    assert first.startswith(LEAD) and f"submitted via {via}, not" in first, a.text
    assert len(a.text.splitlines()) > 1  # (the reply to the rest follows)


@pytest.mark.parametrize(("question", "kind"), [
    ("you just said the tutorials happen in a classroom, but the room was locked", "tutorials"),
    ("earlier you told me the q&a sessions were on zoom but the invite never came",
     "Q&A sessions"),
    ("you mentioned the panel was in person so i went in, nobody there", "panel discussions"),
])
def test_a_wrong_session_place_is_corrected_first(ask, schedule, question, kind):
    a = ask(question)
    place = next(e.location for e in schedule.events() if e.location)
    first = a.text.splitlines()[0]
    assert first.startswith(LEAD) and kind in first and place in first, a.text


@pytest.mark.parametrize("question", [
    # the bot's claim matches the page: nothing to correct
    "you told me to submit on {via} but i don't see the button",
    "you said the tutorials are on {place}, but the link is dead",
    # someone else said it: the reported claim's own path
    "my friend said we submit on the forum, is that right?",
    "i was told the q&a is on zoom",
    # a question to the bot, not a report of what it said
    "can you tell me if we hand in on the forum?",
    # no place said
    "you said cw3 is due on the 9th but my friend says otherwise",
])
def test_near_misses_are_not_corrected(ask, schedule, question):
    place = next(e.location for e in schedule.events() if e.location)
    a = ask(question.format(via=schedule.assessment.submission_via, place=place))
    assert LEAD not in a.text, a.text


def test_another_course_is_corrected_by_its_own_page(embedder):
    second = load_schedule(SECOND / "schedule.yaml")
    assistant = Assistant(lambda: second, embedder, None)
    zone = ZoneInfo(second.course.timezone)
    now = datetime(2023, 10, 9, 9, tzinfo=zone)
    a = assistant.answer("you told me to submit through email but it bounced",
                         AskContext(now, zone))
    assert a.text.startswith(LEAD) and second.assessment.submission_via in a.text, a.text
    a = assistant.answer(f"you said to submit on {second.assessment.submission_via} but i "
                         "can't log in", AskContext(now, zone))
    assert LEAD not in a.text, a.text
