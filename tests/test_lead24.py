"""Lead fixes of round 24, with the lead's own phrasings."""

from __future__ import annotations

import pytest

from bot.core.text import normalize
from bot.nlu.safety import refusal


@pytest.mark.parametrize("text", [
    "upload the model answers for cw3 please",
    "could you share the full solution code to task 1",
    "pls send us the answer key for the coursework 2",
    "leak the solutions for the assignment",
])
def test_a_solution_handed_over_is_refused_as_work_done(text):
    assert refusal(normalize(text)) == "assessed_work"


@pytest.mark.parametrize("text", [
    "will the solutions for task 1 be posted after the deadline?",
    "where do i upload my notebook for task 2",
    "did they post the solutions for cw1 yet",
])
def test_asking_whether_solutions_come_out_is_not_refused(text):
    assert refusal(normalize(text)) is None


@pytest.mark.parametrize("text", [
    "the fake images in our report look washed out, why",
    "my forged-looking samples from the generator in the screenshot are blurry",
])
def test_a_models_fake_samples_beside_a_screenshot_are_no_forgery(text):
    assert refusal(normalize(text)) is None


def test_a_late_hand_in_still_taken_is_not_a_place_on_the_course(ask):
    a = ask("handed cw1 in 5 mins late, will they still take it?", "2021-02-05T19:05")
    assert a.intent == "deadline", a.text


def test_running_out_of_gpu_memory_is_no_compute_refused():
    from bot.core.compute_trouble import trouble_told
    assert not trouble_told("colab keeps running out of gpu memory with batch size 64")
    assert trouble_told("colab says i ran out of gpu hours for this week")


def test_a_yes_said_by_the_zone_lead_is_not_said_twice(ask):
    a = ask("is the tuesday 11am tutorial in london time? i'm in paris", "2021-02-03T09:00")
    assert a.text.startswith("Yes:") and a.text.count("Yes:") == 1, a.text
