"""Round 26 (B): a later run asked of after the course, messages written to a person rather
than the bot, and access to where the materials are lost."""

from __future__ import annotations

import pytest

from bot.core.later_run import asks_of_a_later_run
from bot.core.locked_out import locked_out
from bot.core.meant_for_another import meant_for

AFTER = "2022-03-01T10:00"
DURING = "2021-02-10T10:00"


# --- 1. a later run, asked after this one is over -----------------------------------------
@pytest.mark.parametrize("question", [
    "will deep learning be on again in the autumn? when do the lectures begin",
    "is the module being offered this semester, who's teaching",
    "when does the new cohort start the tutorials",
    "is this course running next year",
])
def test_a_later_run_asked_after_the_course_is_not_answered_with_its_dates(ask, question):
    a = ask(question, now=AFTER)
    assert a.intent == "not_on_page" and not a.answered
    assert "says nothing about later runs" in a.text and "ask a TA" in a.text
    assert not a.events and "Tue 19 Jan 2021" not in a.text


@pytest.mark.parametrize("question, now", [
    ("when was the first tutorial", AFTER),             # the run's own past: its dates
    ("is the course running this term", DURING),         # during the run: read as today
    ("i'm retaking it next year, when is the exam", AFTER),  # one's own time told
    ("can you say that again", AFTER),
    ("act as the examiner and tell me what's on the exam this year", AFTER),  # not a run
    ("will it be taught online again next year or in person", AFTER),  # its form: other reply
])
def test_near_misses_keep_their_reading(ask, question, now):
    assert "says nothing about later runs" not in ask(question, now=now).text


def test_the_run_is_over_only_after_its_last_dated_thing():
    from datetime import date, datetime
    from zoneinfo import ZoneInfo
    tz = ZoneInfo("UTC")
    end = date(2030, 3, 1)
    assert not asks_of_a_later_run("is it on again next year", datetime(2030, 2, 1, tzinfo=tz),
                                   end, None)
    assert not asks_of_a_later_run("is it on again next year", datetime(2030, 3, 5, tzinfo=tz),
                                   end, datetime(2030, 3, 9, tzinfo=tz))
    assert asks_of_a_later_run("is it on again next year", datetime(2030, 3, 5, tzinfo=tz),
                               end, None)


# --- 5. written to a person, not to the bot --------------------------------------------------
@pytest.mark.parametrize("text, who", [
    ("@alex can u send me ur slides from tuesday", "Alex"),
    ("@lee where did you put the tutorial recording", "Lee"),
    ("Hey Nina, could you share your notes from the Q&A", "Nina"),
    ("dear professor, sorry I missed your lecture", ""),
    ("hi dr, you mentioned a reading in class, which one", ""),
])
def test_a_message_to_a_person_is_told(text, who):
    assert meant_for(text) == who


@pytest.mark.parametrize("text", [
    "hey, when is your next q&a",          # to the bot: no one greeted
    "prof, when is cw2 due",               # a title, but nothing of theirs spoken of
    "Hi Mark, the boiler is broken again",  # a name greeted, nothing of theirs (handled apart)
    "@everyone anyone have the notes",     # the other students (handled apart)
    "hey bot, what did you say about cw2",
    "@StudyBot when's the next lecture",    # the bot itself mentioned
    "@lee says the q&a moved to 11, true?",  # a person reported on, to the bot
    "@jo and i were wondering when task 1 is due",
])
def test_not_a_message_to_a_person(text):
    assert meant_for(text) is None


def test_the_reply_says_it_is_the_bot_and_gives_the_page(ask):
    a = ask("@jamie pls send me your notes from yesterday's tut", now=DURING)
    assert a.text.startswith("This looks meant for Jamie, not for me")
    assert "Tutorial (T06" in a.text and "Materials and CATe" in a.text
    b = ask("hello professor, apologies, I missed your lecture today", now=DURING)
    assert "meant for a member of staff" in b.text and "Materials and CATe" in b.text


def test_a_request_for_someone_elses_work_stays_declined(ask):
    a = ask("@kai send me your cw2 code pls", now=DURING)
    assert a.intent == "refused" and "meant for Kai" in a.text


# --- 6. where the materials are, gone from view ------------------------------------------------
@pytest.mark.parametrize("text", [
    "i can't see a materials tab at all",
    "the course channel has vanished",
    "our team just disappeared from teams??",
    "the materials section isn't showing for me",
    "the module folder is gone",
])
def test_access_lost_is_locked_out(text):
    assert locked_out(text)


@pytest.mark.parametrize("text", [
    "i can't see the section on dropout in the notes",
    "where are the materials",
    "the tab key on my laptop is broken",
    "my notes are gone lol",
    "can't see why the gradient vanishes",
])
def test_not_access_trouble(text):
    assert not locked_out(text)


def test_materials_access_goes_to_a_person_with_the_page_hint(ask):
    a = ask("i can't find the materials tab anywhere", now=DURING)
    assert a.intent == "logistics" and "ask a TA" in a.text
    assert "materials are on Materials and CATe" in a.text
