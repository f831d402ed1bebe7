"""Round 20: getting ready for the coursework is answered with what the page marks as
preparation (its notes on readings), not "I don't know"."""
import pytest


@pytest.mark.parametrize("question", [
    "how should I prep for the courseworks",
    "is there anything to prepare before the coursework",
])
def test_coursework_prep_lists_the_pages_preparation(ask, schedule, question):
    a = ask(question)
    prep = [m for m in schedule.materials if m.note]
    assert prep
    assert all(m.id in a.text for m in prep), a.text
    assert "I don't know" not in a.text and "ask a TA" in a.text
