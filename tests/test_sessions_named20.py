"""Round 20, issue 13: a session named by its topic or its number works in every schedule
question shape, as in "when is" questions; one helper reads the zone a student names with a
clock time. Phrasings written for the test."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.core.text import join_split_teens, normalize
from bot.core.zones import zone_said

SEOUL = ZoneInfo("Asia/Seoul")


# -- the zone a student names with a clock time (zones.zone_said, used by the claims and the
#    hand-in check alike)

@pytest.mark.parametrize(("text", "own", "zone"), [
    ("cw2 is 7pm uk right", SEOUL, "Europe/London"),  # named right after the time
    ("i'm in tokyo, submitted at 6pm uk time", SEOUL, "Europe/London"),  # beside wins
    ("is it 12:30am in LA", SEOUL, "America/Los_Angeles"),  # named among the words
    ("handed in at 2:30pm my time (NY)", SEOUL, "America/New_York"),  # in brackets
    ("so 4am wednesday here?", SEOUL, "Asia/Seoul"),  # the asker's own clock
    ("that's 9pm for me", SEOUL, "Asia/Seoul"),
])
def test_the_zone_said_with_a_clock_time(text, own, zone):
    said = zone_said(text, own)
    assert said is not None and getattr(said, "key", None) == zone, said


@pytest.mark.parametrize("text", ["is it at 6pm", "due 19:00 right?"])
def test_no_zone_said_is_none(text):
    assert zone_said(text, SEOUL) is None
    assert zone_said(text) is None


def test_a_hand_in_time_is_read_in_the_zone_said_beside_it_not_where_the_writer_is(ask):
    # CW2 is due Tue 23 Feb 19:00 GMT; 7:30pm UK is after it (7:30pm in Lagos would be before)
    a = ask("I'm in Lagos, submitted cw2 at 7:30pm uk time on feb 23, was that late?",
            "2021-02-25T12:00")
    assert a.text.startswith("Yes:") and "after the CW2 deadline" in a.text, a.text


# -- a session named by its topic, asked in a zone: its time there, not the notes

@pytest.mark.parametrize(("text", "tz", "now", "tid", "local"), [
    ("nepal time for the attention tutorial?", "Asia/Kathmandu", "2021-02-12T10:00", "T07",
     "16:45"),
    ("the batch norm tutorial in sydney time", "Europe/London", "2021-01-28T10:00", "T05",
     "22:00"),
    ("tokyo time for the cnn tut?", "Europe/London", "2021-01-20T10:00", "T03", "20:00"),
])
def test_a_topic_named_session_asked_in_a_zone_is_its_time_there(ask, text, tz, now, tid,
                                                                  local):
    a = ask(text, now, tz)
    assert a.intent in ("schedule", "topic"), a.text
    assert [e.id for e in a.events] == [tid], a.text
    assert local in a.text, a.text


def test_what_a_tutorial_teaches_asked_from_a_place_stays_the_notes(ask):
    a = ask("explain how attention is computed in the tutorial, I'm in Lagos",
            "2021-02-12T10:00")
    assert a.intent == "content", a.text


# -- a deadline named first, set against a session named by a topic that titles only the
#    lecture it goes with: which comes first

@pytest.mark.parametrize(("text", "tid", "cw"), [
    ("is cw2 due after the rnn tutorial", "T08", "CW2"),
    ("is cw2 due before the rnn tut?", "T08", "CW2"),
    ("does cw3 close after the gnn tutorial", "T09", "CW3"),
])
def test_a_deadline_against_a_session_titled_another_way_says_which_is_first(ask, text, tid,
                                                                            cw):
    a = ask(text, "2021-02-12T10:00")
    assert [e.id for e in a.events] == [tid, cw], a.text
    assert "comes first" in a.text, a.text


# -- a lecture number dictated as a teen in two words, its first a sound of a number

@pytest.mark.parametrize(("said", "read"), [
    ("lecture for teen is that examinable", "lecture fourteen is that examinable"),
    ("the lec fore teen slides", "the lec fourteen slides"),
    ("is the tutorial for teen on", "is the tutorial fourteen on"),
    ("lecture for teenth", "lecture fourteenth"),
])
def test_a_dictated_teen_is_the_number(said, read):
    assert join_split_teens(normalize(said)) == read


@pytest.mark.parametrize("said", ["what is the quiz for", "which lecture to watch",
                                  "the lecture for teens", "lecture for the exam"])
def test_words_that_are_no_teen_keep_their_meaning(said):
    assert join_split_teens(normalize(said)) == normalize(said)


@pytest.mark.parametrize(("text", "lecture"), [
    ("lecture for teen is that examinable", "Lecture 14"),
    ("is lec fore teen examinable", "Lecture 14"),
    ("where are the slides for lec for teen", "lecture 14"),
])
def test_a_dictated_teen_lecture_is_answered_about_that_lecture(ask, text, lecture):
    a = ask(text, "2021-02-12T10:00")
    assert lecture in a.text, a.text
