"""What is still to come, asked in words the schedule's cues do not list one by one."""

from __future__ import annotations


def test_anything_left_at_all_after_the_last_event_says_it_is_all_over(ask, schedule):
    last = max(e.start for e in schedule.events() if e.start)
    after = (last.replace(tzinfo=None).isoformat(timespec="minutes")[:11] + "23:59")
    for message in ("anything left for this course at all?", "what's still to come in this module",
                    "is there anything still to come"):
        a = ask(message, now=after)
        assert a.intent == "schedule" and "every session and deadline on it is over" in a.text, (
            message, a.text)


def test_still_to_come_mid_term_lists_what_is_left(ask):
    a = ask("what's still to come in this module", now="2021-02-24T09:00")
    assert a.answered and a.events
    assert all(e.start is None or e.start.isoformat() >= "2021-02-24" for e in a.events)
    assert "can't find" not in a.text
