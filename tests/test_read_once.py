"""What a turn reads once and keeps gives what reading it again gave."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from bot.core import personal
from bot.core.multipart import split_question
from bot.core.understand import _by_tail, _join_compounds
from bot.nlu.model import IntentModel, bundled_model_dir
from bot.teams.service_url import parse_service_url
from tests.conftest import LONDON

NOW = datetime(2021, 2, 10, 10, tzinfo=LONDON)


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



def _scanned(first: str, second: str, compounds: frozenset[str]) -> str | None:
    """The compound two words shorten, found by scanning every word (the old way)."""
    if not (first.isalpha() and second.isalpha() and min(len(first), len(second)) >= 3):
        return None
    for word in sorted(compounds):
        head = word[:-len(second)]
        if (word.endswith(second) and len(head) >= 3 and head.startswith(first)
                and 0 < len(head) - len(first) <= 2):
            return word
    return None


def test_compounds_said_short_are_found_by_their_tail_as_a_scan_finds_them(assistant):
    compounds = assistant.view().understander.words.words
    tails = _by_tail(compounds)
    pairs = []
    for word in sorted(compounds)[:400]:
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            pairs += [(head, tail), (head[:-1], tail), (head[:-2], tail), (head[:-3], tail),
                      (head + "x", tail), (tail, head)]
    assert pairs
    for first, second in pairs:
        expected = _scanned(first, second, compounds)
        text = f"{first} {second}"
        assert _join_compounds(text, compounds) == (expected or text), text
    assert _by_tail(compounds) is tails  # built once per vocabulary


def test_made_up_compounds_join_only_when_clipped():
    words = frozenset({"layernorm", "groupnorm", "dropconnect"})
    assert _join_compounds("is lay norm like grou norm", words) == "is layernorm like groupnorm"
    # written in full, or cut by more than two letters, the words stay apart
    assert _join_compounds("layer norm and gr norm", words) == "layer norm and gr norm"
    assert _join_compounds("drop connect vs dro connect", words) == "drop connect vs dropconnect"


def test_cue_concepts_are_those_whose_words_are_said_in_their_order(assistant):
    understander = assistant.view().understander
    order = list(understander.cues)
    for text in ("whats the deadline for the second coursework and who marks it",
                 "can i use a gpu from colab for task 3, is it allowed",
                 "which lecture explains dropout and when is the exam"):
        q = understander.parse(text, NOW, LONDON)
        assert q.cues, text
        assert list(q.cues) == [c for c in order if c in q.cues]
        for concept, said in q.cues.items():
            assert said and said <= understander.cues[concept]
            assert said <= set(q.words) | {w.removesuffix("'s") for w in q.words}


def test_each_part_of_a_message_is_read_by_the_quick_model_once(assistant, monkeypatch):
    nlu = assistant.view().nlu
    calls: list[tuple[str, ...]] = []
    quick = nlu.model.quick

    def counted(features):
        calls.append(tuple(features))
        return quick(features)

    monkeypatch.setattr(nlu.model, "quick", counted)
    message = "when is the tutorial on friday and who is running it?"
    frames = nlu.frames(message, NOW, LONDON)
    assert frames and len(split_question(message)) == 2
    assert len(calls) == len(set(calls)) == 2
