"""Schedule questions of round 23 (issue 13), in the developer's own phrasings: whose clock
a time is on ("my time or uk time?") is said, and the answer kept in the asker's zone."""

from __future__ import annotations

import pytest

from bot.core.whose_zone import asks_whose_zone
from tests.conftest import ids


@pytest.mark.parametrize("question, tz", [
    ("is the tutorial tomorrow at 11 in my time or london time?", "America/New_York"),
    ("the cw2 deadline, is that uk time or mine?", "Asia/Tokyo"),
    ("wait is tuesday's q&a 10am local time or uk time", "Australia/Sydney"),
])
def test_a_doubted_zone_is_said_to_be_course_time_and_shown_in_the_askers(ask, question, tz):
    answer = ask(question, now="2021-02-01T12:00", tz=tz)
    assert answer.text.startswith("The course page gives its times in course time")
    assert "course time)" in answer.text  # the asker's clock first, course time beside it


def test_a_doubted_zone_that_is_the_askers_own_says_so(ask):
    answer = ask("is the q&a on tuesday at 10 my time or uk time", now="2021-02-01T12:00")
    assert "as yours" in answer.text


@pytest.mark.parametrize("question", [
    "what time is tomorrows q&a in london time?",  # a zone chosen, not doubted
    "is it on at 10 or 11",
    "either my time or never lol is cw2 due",
])
def test_a_zone_chosen_or_no_zone_doubted_is_no_such_question(question):
    assert not asks_whose_zone(question)


def test_a_zone_chosen_is_still_the_one_shown(ask):
    answer = ask("what time is tomorrows q&a in london time?", now="2021-02-01T12:00",
                 tz="America/New_York")
    assert "10:00-11:00 GMT" in answer.text and "EST" not in answer.text


@pytest.mark.parametrize("question, now, expect", [
    ("when was vlontsos's coursework due", "2026-12-07T09:00", ["CW1"]),
    ("whens the coursework marked by stacy due", "2026-12-07T09:00", ["CW2", "CW3"]),
    ("when is coppocks coursework due", "2021-02-01T12:00", ["CW2"]),
    ("deadline for the coursework assessed by vlontzos?", "2021-02-01T12:00", ["CW1"]),
])
def test_coursework_named_by_its_assessor_is_that_task(ask, question, now, expect):
    answer = ask(question, now=now)
    assert ids(answer) == expect
    assert "no coursework deadlines left" not in answer.text


def test_a_staff_member_who_assesses_none_is_no_task(ask):
    # (a near miss: Kainz runs sessions but assesses no coursework)
    answer = ask("when is kainz's coursework due", now="2021-02-01T12:00")
    assert ids(answer) == ["CW1"]  # the next deadline, as before


@pytest.mark.parametrize("question, now, expect", [
    ("cool, and the week after that who runs the Q&A?", "2021-02-07T12:00", ["QA-W6"]),
    ("cheers. the week after that whos taking the tutorial?", "2021-02-03T12:00",
     ["T07", "T08"]),
])
def test_the_week_after_that_with_nothing_before_is_the_week_after_next(ask, question, now,
                                                                         expect):
    assert ids(ask(question, now=now)) == expect


def test_the_week_after_that_follows_a_week_said_before_it(assistant):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.core.answer import AskContext

    london = ZoneInfo("Europe/London")
    context = AskContext(datetime(2021, 1, 18, 9, tzinfo=london), london, user="u23",
                         conversation="chat|u23")
    assistant.answer("when's the attention tutorial?", context)
    # (a turn before it: "that" is what it named, not the coming week)
    assert "week after next" not in assistant.answer("and the week after that?", context).text


def test_the_week_after_this_one_is_not_moved(ask):
    # (a near miss: "this one" is the current week, not the coming one)
    answer = ask("what about the week after this one, any deadline?", now="2021-02-10T12:00")
    assert "week after next" not in answer.text
