"""What a turn reads once and keeps gives what reading it again gave."""

from __future__ import annotations

import numpy as np
import pytest

from bot.core import personal
from bot.nlu.model import IntentModel, bundled_model_dir
from bot.teams.service_url import parse_service_url


def test_the_quick_reading_passed_on_predicts_the_same():
    model = IntentModel.load(bundled_model_dir())
    vector = np.ones(model.full_e.shape[0], dtype=np.float32) / 20
    for features in (["w:when", "w:is", "w:due"], ["w:explain", "w:attention"], [], ["w:zzz"]):
        quick = model.quick(features)
        assert model.needs_embedding(features, quick) == model.needs_embedding(features)
        assert model.predict(features, lambda: vector, quick) == \
            model.predict(features, lambda: vector)


def test_cues_kept_for_a_text_are_handed_out_as_copies():
    text = "I missed the deadline because I was ill, can I get an extension?"
    first = personal.rule_cues(text)
    assert first == personal.rule_cues(text) and first["first_person"]
    first["first_person"] = False  # a caller changing its copy changes nothing kept
    assert personal.rule_cues(text)["first_person"]
    assert personal.rule_verdict(text) == personal.rule_verdict(text)


def test_a_kept_service_url_still_refuses_what_it_refused():
    good = "http://127.0.0.1:3978/"
    assert parse_service_url(good) == parse_service_url(good)
    for bad in ("http://example.com\\@127.0.0.1/", "ftp://127.0.0.1/"):
        for _ in range(2):  # refused every time, not only the first
            with pytest.raises(ValueError):
                parse_service_url(bad)
