"""Either-or questions about when something is, and yes/no leads that contradict the page
(round 18, `bot/core/either.py`): the lead names the side the page holds ("At 11:00, not at
12:00:"), a rumoured change against what "still" holds is a No with the page's value, and a
weekly time said wrong for every week is a plain No, not "No" and "Mostly" side by side.
The phrasings are the developer's own."""

from __future__ import annotations

import pytest

NOW = "2021-02-10T12:00"
AFTER = "2021-04-01T12:00"  # the course over: asked of the weekly slot, not the next one


@pytest.mark.parametrize("question, lead", [
    ("is the tutorial at 11 or 12", "At 11:00, not at 12:00:"),
    ("next week is the tut at 12 or at 11?", "At 11:00, not at 12:00:"),
    ("is cw3 due on the 9th or the 10th", "On the 9th, not on the 10th:"),
    ("cw3 deadline the 10th or the 9th?", "On the 9th, not on the 10th:"),
    ("is the q&a at 10am or 11am next tuesday", "At 10:00, not at 11:00:"),
])
def test_a_choice_is_led_by_the_side_the_page_holds(ask, question, lead):
    text = ask(question, now=NOW).text
    assert text.startswith(lead), text


@pytest.mark.parametrize("question, lead", [
    ("did they move the q&a to 3pm or is it still 10",
     "No: the page still says 10:00, not at 15:00:"),
    ("heard the tutorial moved to 2pm, is that right or is it still at 11?",
     "No: the page still says 11:00, not at 14:00:"),
    ("someone in the group chat said cw2 deadline got moved to the 23rd at midnight?? "
     "is that true or is it still the evening",
     "No: the page still says 19:00 (evening) on Tue 23 Feb, not at 00:00:"),
    ("my mate reckons cw3 is due on the 10th now. true or is it still the 9th",
     "No: the page still says Tue 9 Mar, not on the 10th:"),
])
def test_a_rumoured_change_is_no_with_the_page_value(ask, question, lead):
    text = ask(question, now=NOW).text
    assert text.startswith(lead), text
    # one decision: no part saying the page is silent on what the lead just answered
    assert "doesn't say that" not in text, text


def test_a_choice_is_checked_in_the_asker_s_zone(ask):
    text = ask("the hype panel, is that tuesday night or wednesday for me",
               now="2021-02-26T12:00", tz="Pacific/Auckland").text
    assert text.startswith("On Tuesday night, not on Wednesday:"), text


@pytest.mark.parametrize("question, lead", [
    ("in seoul - cw2 due on the 23rd or the 24th?", "On the 24th, not on the 23rd:"),
    ("cw3 deadline tuesday or wednesday for someone in tokyo", "On Wednesday, not on Tuesday:"),
])
def test_a_choice_is_read_in_the_zone_the_message_names(ask, question, lead):
    text = ask(question, now=NOW).text  # (the asker's own zone is London's)
    assert text.startswith(lead), text


@pytest.mark.parametrize("question", [
    "is the q&a at 10 or 11",  # 10:00 most weeks, 11:00 in one: no side to pick
    "q&a 10am or 11am?",
])
def test_a_choice_held_in_some_weeks_each_picks_no_side(ask, question):
    text = ask(question, now=NOW).text
    assert not text.startswith(("At ", "No, neither")), text


@pytest.mark.parametrize("question", [
    "is the tutorial at 9 or 10",
    "cw3 due on the 2nd or the 3rd?",
])
def test_neither_side_held_is_a_no(ask, question):
    assert ask(question, now=NOW).text.startswith("No, neither "), question


@pytest.mark.parametrize("question", [
    "q&a is at half ten on tuesdays yeah?",
    "the q and a is tuesdays at 10:30 right?",
    "tutorials are on tuesdays at 11.30 aren't they",
])
def test_a_weekly_time_wrong_every_week_is_a_plain_no(ask, question):
    text = ask(question, now=AFTER).text
    assert text.startswith("No."), text
    assert "Mostly" not in text, text


def test_a_weekly_time_right_most_weeks_stays_mostly(ask):
    text = ask("q&a is at 10 on tuesdays yeah?", now=AFTER).text
    assert text.startswith("Mostly, not always."), text


@pytest.mark.parametrize("question, now", [
    ("is the panel thing on tuesday a normal q and a?", "2021-02-26T12:00"),
    ("is the week 8 panel an ordinary q and a session?", NOW),
    ("is the panel in week 8 a standard q and a", NOW),
])
def test_a_session_of_another_kind_is_no_and_says_what_it_is(ask, question, now):
    text = ask(question, now=now).text
    assert text.startswith("No: it is the live panel discussion"), text
    assert "instead of a Q&A" in text.split("\n")[0], text


def test_a_session_of_the_kind_asked_keeps_its_yes(ask):
    text = ask("is the tutorial on tuesday a normal tutorial", now=NOW).text
    assert text.startswith("Yes"), text


def _reply(text, events):
    from bot.core.handlers import Reply
    return Reply("deadline", True, 0.9, text, events)


def test_a_yes_beside_the_page_s_silence_on_the_same_events_loses_its_yes(schedule):
    from bot.core import wording as W
    from bot.core.premises import yes_against_silence
    cw2 = [e for e in schedule.events() if e.id == "CW2"]
    other = [e for e in schedule.events() if e.id == "CW3"]
    yes = _reply("Yes: CW2 is due Tue 23 Feb.", cw2)
    # the page's silence about the very event the Yes lists: the facts alone
    silent = _reply(f"{W.NOT_ON_PAGE_ABOUT}\n• CW2", cw2)
    assert yes_against_silence([yes, silent])[0].text == "CW2 is due Tue 23 Feb."
    # silence about another thing asked beside it leaves the Yes
    elsewhere = _reply(f"{W.NOT_ON_PAGE_ABOUT}\n• CW3", other)
    assert yes_against_silence([yes, elsewhere])[0].text.startswith("Yes:")
