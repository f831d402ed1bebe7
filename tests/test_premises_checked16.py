"""One check of a yes/no's premises against the events its reply lists (round 16,
`bot/core/premises.py`): whatever handler wrote the lead, a Yes stands only when every
premise said (weekday, date, part of the day, clock time in the zone meant, person) holds
for what is listed, is a No naming the one that fails, and is dropped when nothing listed can
check it; a wrong premise stated as a given is corrected first; the weekly slot gives no
verdict on a yes/no that guesses neither its day nor its hour."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.premises import checked_lead

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 1, 9, 0, tzinfo=LONDON)


@pytest.fixture(scope="module")
def view(schedule) -> CourseView:
    return CourseView(schedule)


def _lead(view: CourseView, question: str, ids: list[str], tz: ZoneInfo = LONDON) -> str:
    """The lead a handler's "Yes:" over these events ends with, once checked."""
    q = view.understander.parse(question, NOW, tz)
    events = [e for e in view.events if e.id in ids]
    reply = Reply("schedule", True, 0.9, "Yes: " + "; ".join(e.title for e in events), events)
    return checked_lead(q, reply, view, Reader(NOW, tz)).text


@pytest.mark.parametrize("question, ids, lead", [
    # a weekday none of the listed sessions falls on
    ("the tutorial with reynaud is on a wednesday, yeah?", ["T04"], "No, not on Wednesday:"),
    ("is cw1's deadline on a thursday?", ["CW1"], "No, not on Thursday:"),
    # a clock time none starts at (minutes count)
    ("the reynaud tutorial kicks off at 3pm right?", ["T04"], "No, not at 15:00:"),
    ("is the first q&a in feb at 10:30?", ["QA-W4"], "No, not at 10:30:"),
    # a part of the day
    ("is that tutorial tonight?", ["T04"], "No, not tonight:"),
    # a date
    ("cw2 due on 24 feb isn't it", ["CW2"], "No, not on Wed 24 Feb:"),
    # a person none of the listed sessions names
    ("is bronstein taking the covariate shift tutorial?", ["T04"], "No, not with Bronstein:"),
])
def test_a_yes_the_listing_contradicts_becomes_a_no_naming_the_premise(view, question, ids,
                                                                       lead):
    assert _lead(view, question, ids).startswith(lead)


@pytest.mark.parametrize("question, ids", [
    ("the reynaud tutorial is on tuesday at 11 right?", ["T04"]),
    ("cw1 is due friday 7pm isn't it", ["CW1"]),
    ("is kainz on the q&a on the 2nd of feb?", ["QA-W4"]),
    # the zone said beside the time: Friday 7pm in London is Saturday in Karachi
    ("cw1 friday 7pm uk time right?", ["CW1"]),
    # a day of the month said without its month: any month's ("the 5th" of February)
    ("cw1 closed on the 5th didn't it", ["CW1"]),
    # a person of the other thing listed ("the same day as bronstein's lecture")
    ("is task 2 due the same day as bronstein's live lecture?", ["CW2", "L22"]),
    # a clock time as a bound is an end, not a start ("done by 12pm")
    ("will i be out of the covariate shift tutorial by 12pm on tuesday?", ["T04"]),
    ("is the reynaud tutorial over before 1pm?", ["T04"]),
])
def test_a_yes_every_premise_holds_for_stands(view, question, ids):
    tz = ZoneInfo("Asia/Karachi") if "uk time" in question else LONDON
    assert _lead(view, question, ids, tz).startswith("Yes:")


@pytest.mark.parametrize("question, ids", [
    ("lecture 16 goes up on a friday right?", ["L16"]),
    ("is the vae lecture in the afternoon?", ["L16"]),
    ("is kainz giving lecture 3?", ["L03"]),
])
def test_a_yes_nothing_listed_can_check_is_dropped(view, question, ids):
    text = _lead(view, question, ids)
    assert not text.startswith(("Yes", "No")), text


@pytest.mark.parametrize("question", [
    "since the tutorial is on monday, should i watch the lectures before it?",
    "because the q&a starts at 2pm i should be fine after my lab, what should i bring?",
    "as cw2 is due on a friday, how early should i start?",
    "given that the q&a runs at 2pm, will the tutorial be straight after?",
])
def test_a_wrong_premise_stated_as_a_given_is_corrected_first(ask, question):
    a = ask(question, now="2021-02-01T09:00")
    assert a.text.startswith("First, a correction: it is not"), a.text


@pytest.mark.parametrize("question", [
    "since the tutorial is on tuesday, should i watch the lectures before it?",
    "because the q&a starts at 10am, what should i bring?",
])
def test_a_right_premise_stated_as_a_given_is_not_corrected(ask, question):
    a = ask(question, now="2021-02-01T09:00")
    assert "correction" not in a.text, a.text


@pytest.mark.parametrize("question, now", [
    ("do the q&as get recorded, in case i miss one", "2021-04-01T10:00"),
    ("do tutorials get recorded at all", "2021-04-12T10:00"),
    ("are the tuts recorded in case i miss one", "2021-01-04T10:00"),
    # (the place naming the sessions is no place guessed: the yes/no is the recording)
    ("will the teams tutorials get recorded and posted?", "2021-04-05T10:00"),
])
def test_the_weekly_slot_gives_no_verdict_on_another_yes_no(ask, question, now):
    a = ask(question, now=now)
    assert not a.text.startswith(("Mostly", "Yes")), a.text
    assert "doesn't say" in a.text, a.text
