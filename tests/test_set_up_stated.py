"""Round 17: the writer's own set-up told as a lack ("no gpu on my laptop") is no matter for
the staff: the page's advice on where to run the work answers it. A matter a rule names
(lost work, an extension) beside the same words stays personal.
Left: "my pc has no cuda" is read as trouble with one's own work (the own-work path,
not this one), so it is not asserted here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "I have no GPU on my laptop",
    "only got a chromebook, no gpu",
])
def test_a_lack_of_compute_told_gets_the_pages_advice(ask, said, schedule):
    a = ask(said, now="2021-02-01T10:00")
    assert a.answered and schedule.course.gpu_advice in a.text


def test_a_personal_matter_beside_the_gpu_stays_personal(ask):
    a = ask("my gpu died and i lost my cw, can i get an extension", now="2021-02-01T10:00")
    assert a.intent == "personal"
