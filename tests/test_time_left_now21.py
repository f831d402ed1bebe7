"""Round 21: a time-only message sent near a deadline ("it's 6:45pm will I make it") asks
whether there is still time for the deadline ahead: its time left and where to submit, never
a personal matter, an off-topic message or the list of every deadline still to come."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("said", "now", "wanted", "left"), [
    ("it's 6:45pm will I make it", "2021-02-23T18:45", "CW2", "15 minutes"),
    ("its 18:50 now, can I still make it??", "2021-02-23T18:50", "CW2", "10 minutes"),
    ("6:55pm here, am i too late?", "2021-03-09T18:55", "CW3", "5 minutes"),
    ("it is 18:40, is there still time", "2021-02-05T18:40", "CW1", "20 minutes"),
    ("ok its 6:30pm right now... do i still have time??", "2021-02-23T18:30", "CW2",
     "30 minutes"),
])
def test_the_present_time_and_still_time_asked_is_the_next_deadline(ask, said, now, wanted,
                                                                    left):
    a = ask(said, now=now)
    assert a.intent == "deadline" and a.answered
    assert wanted in a.text and left in a.text
    assert "still to come" not in a.text  # the next one, not every one left
    assert "Submit on" in a.text


@pytest.mark.parametrize(("said", "now"), [
    ("will i make it to the tutorial at 11:00", "2021-02-23T10:50"),  # a session named
    ("i submitted at 6:59pm did i make it", "2021-02-23T19:30"),  # a hand-in time stated
])
def test_a_session_or_a_stated_hand_in_is_not_read_so(ask, said, now):
    a = ask(said, now=now)
    assert "minutes from now" not in a.text
