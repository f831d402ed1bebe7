"""Round 17: a weekly time the writer is taken, told with a part of the day and one end
("mornings till 1 on thursdays", "busy tuesdays until 10.30"), or told alone with no question:
the sessions that overlap it, per week."""

from __future__ import annotations

import pytest

from tests.conftest import ids

_NOW = "2021-02-01T10:00"


@pytest.mark.parametrize(("said", "label"), [
    ("I work mornings till 1 on thursdays", "Thursday 06:00-13:00"),
    ("i'm at the gym thursday afternoons until 4", "Thursday 12:00-16:00"),
])
def test_a_weekly_part_of_the_day_with_its_end_told_alone_is_checked(ask, said, label):
    a = ask(said, now=_NOW)
    assert a.answered and label in a.text and "None of" in a.text


@pytest.mark.parametrize(("said", "wanted", "not_wanted"), [
    ("i work tuesday mornings till 11", "QA-W5", "T05"),
    ("I'm busy tuesdays until 10.30", "QA-W6", "T04"),
    ("i do the school run every tuesday from 10.15 to 11", "QA-W4", "T04"),
])
def test_the_sessions_meeting_a_weekly_window_are_listed(ask, said, wanted, not_wanted):
    a = ask(said, now=_NOW)
    assert wanted in ids(a) and not_wanted not in ids(a)
