""""The next one" after a session named by its day is the next of that kind after it (or the
previous, when asked), not that day's listing; "next week", "the following day" stay spans
of time (round 25, mend25c). Phrasings written for the test."""

from __future__ import annotations

import pytest

from tests.conftest import ids


def _of_kind_on(schedule, kind: str, day: int) -> list:
    return sorted((e for e in schedule.events() if e.kind == kind and e.start
                   and e.start.month == 2 and e.start.day == day), key=lambda e: e.start)


@pytest.mark.parametrize(("question", "kind", "day"), [
    ("if I can't attend the q&a on the 16th, when's the next?", "qa", 16),
    ("skipping the tutorial on 2 feb, when is the next one", "tutorial", 2),
    ("i'll be away for the q&a on feb 9, when is the following one?", "qa", 9),
])
def test_the_next_of_that_kind_after_the_day(ask, schedule, question, kind, day):
    a = ask(question, now="2021-02-01T09:00")
    named = _of_kind_on(schedule, kind, day)[0]
    later = sorted((e for e in schedule.events() if e.kind == kind and e.start
                    and e.start > named.start), key=lambda e: e.start)
    assert later[0].id in ids(a) and named.id not in ids(a), a.text


def test_the_previous_one_before_the_day(ask, schedule):
    a = ask("missed the tutorial on 9 feb, when was the previous one?", now="2021-02-12T09:00")
    named = _of_kind_on(schedule, "tutorial", 9)[0]
    earlier = sorted((e for e in schedule.events() if e.kind == "tutorial" and e.start
                      and e.start < named.start), key=lambda e: e.start)
    assert earlier[-1].id in ids(a) and named.id not in ids(a), a.text


@pytest.mark.parametrize("question", [
    "the tutorial on 16 feb, is the following day free?",
    "is there a q&a on the 16th?",
])
def test_near_miss_the_day_itself(ask, schedule, question):
    a = ask(question, now="2021-02-01T09:00")
    kind = "tutorial" if "tutorial" in question else "qa"
    assert _of_kind_on(schedule, kind, 16)[0].id in ids(a), a.text
