"""The personal-matter detector: its model's integrity, its rules, its measured recall, and
what triage does with a personal question (never grouped, never in or from the FAQ)."""

from __future__ import annotations

import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from bot.core import personal
from bot.core.answer import Answer
from bot.core.embedding import ModelError
from bot.core.personal_train import cross_validated, featurise, load_training
from bot.storage.database import open_sqlite
from bot.triage.service import Asker, TriageService
from bot.triage.store import TriageStore

NOW = datetime(2021, 2, 19, 12, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def detector(embedder):
    return personal.PersonalDetector(embedder.encode)


def test_the_shipped_model_is_checked_at_load(tmp_path):
    model = personal.load_model()  # the sha256 recorded in bot/core/personal.py
    assert 0 < model.threshold < 1 and model.weights.shape == (384 + len(personal.CUE_NAMES),)
    tampered = tmp_path / "personal_model.json"
    shutil.copy(personal.MODEL_PATH, tampered)
    tampered.write_text(tampered.read_text().replace('"bias": ', '"bias": 1'))
    with pytest.raises(ModelError, match="sha256"):
        personal.load_model(tampered)
    with pytest.raises(ModelError, match="no personal-matter model"):
        personal.load_model(tmp_path / "missing.json")


def test_circumstances_are_personal_whatever_the_wording(detector):
    # None of these has a word the old keyword list knew (ill, extension, my mark, ...).
    for text in ("I couldn't finish cw2 because my dog died, can I hand it in Friday?",
                 "things have been really hard at home and I'm miles behind on task 3",
                 "rather not say in the channel, but could a TA message me",
                 "my flat was broken into and my laptop's gone with all my work"):
        assert detector.is_personal(text), text
    for text in ("my kernel died halfway through training, how do I resume?",
                 "when is cw2 due?", "what is the reparameterisation trick?",
                 "can the whole class have the tutorial 5 solutions?"):
        assert not detector.is_personal(text), text


def test_rules_decide_without_the_model():
    assert personal.rule_verdict("asking for a friend: can you fail the whole module?")
    assert personal.rule_verdict("I was diagnosed with ADHD last month") == "health"
    assert personal.rule_verdict("how do hospitals use deep learning?") is None  # not first person
    # A comparison is about the writer only with people on the other side; auditing is who
    # one is, switching to it a request about one's enrolment.
    assert personal.rule_verdict("my vgg does worse than a simple mlp?") is None
    assert personal.rule_verdict("i'm doing so much worse than the others") == "mind"
    assert personal.rule_verdict("I'm auditing, which lecture covers GANs?") is None
    assert personal.rule_verdict("can I switch to auditing the module?") == "provision"
    # A number is a mark, not a tensor's shape; asking to talk directly is private, sampling
    # directly is not.
    assert personal.rule_verdict("i got 58 in the quiz, is that bad") == "marks"
    assert personal.rule_verdict("my conv layer got 3-dimensional input of size [3, 32, 32]"
                                 ) is None
    assert personal.rule_verdict("can I message one of the TAs directly?") == "private"
    assert personal.rule_verdict("I sample z with torch.normal directly, is that wrong?") is None
    # Shifts at work and a terrible week are one's life; a shifted feature map and a terrible
    # accuracy are not.
    assert personal.rule_verdict("I work night shifts so I miss the tutorials") == "money"
    assert personal.rule_verdict("if I move my input by a pixel the feature map shifts too?"
                                 ) is None
    assert personal.rule_verdict("sorry I missed it, I've had a terrible week") == "private"
    assert personal.rule_verdict("I tried an mlp on cifar and my accuracy is terrible") is None
    rules_only = personal.PersonalDetector(None)
    assert rules_only.verdict("my gran's funeral is on friday").probability >= 0.99


def test_cross_validated_recall_on_the_training_set(embedder):
    """A guard on the shipped mechanism (bench/personal.py prints precision too)."""
    texts, y = load_training()
    x, _cues, ruled = featurise(texts, embedder.encode)
    scores = cross_validated(x, y, ruled)
    assert scores.recall >= 0.98 and scores.precision >= 0.75, scores


@pytest.fixture
def triage(tmp_path, embedder, schedule, detector):
    db = open_sqlite(tmp_path / "bot.sqlite3")
    yield TriageService(TriageStore(db), embedder.encode, lambda: schedule, personal=detector)
    db.close()


def _asker(name: str) -> Asker:
    return Asker(name, name.title(), {"conversation": {"id": f"personal-{name}"},
                                      "serviceUrl": "http://127.0.0.1:9/"})


def _unanswered(q: str) -> Answer:
    return Answer(q, "unknown", False, 0.1, "Sorry, I don't know that.")


def test_a_personal_question_is_never_grouped_nor_reused(triage):
    general = "can we hand in cw2 on friday instead of tuesday?"
    own = "I couldn't finish cw2 because my dog died, can I hand it in on friday?"
    g = triage.escalate(general, _unanswered(general), _asker("bob"), NOW)
    p = triage.escalate(own, _unanswered(own), _asker("ada"), NOW)
    assert not g.tags.personal and p.tags.personal
    assert not p.joined and p.group_id != g.group_id
    # The TA's answer to Ada is for Ada: asking to put it in the FAQ does not.
    triage.answer(p.group_id, "Sorry about your dog; Friday is fine for you.", "tess", True,
                  NOW)
    assert not triage.store.group(p.group_id).in_faq
    # A general answer does become an FAQ entry, but a personal question never gets it.
    triage.answer(g.group_id, "No, the deadline is the same for everyone.", "tess", True, NOW)
    assert triage.faq_answer("could we submit cw2 on friday rather than tuesday?") is not None
    assert triage.faq_answer("my grandad is in hospital, could I submit cw2 on friday "
                             "rather than tuesday?") is None


def test_the_detector_reuses_a_vector_it_is_given(detector, embedder):
    text = "my mum is in hospital so I can't do the quiz"
    vector = embedder.encode([text])[0]
    assert detector.verdict(text, vector) == detector.verdict(text)
    assert detector.verdict(text, np.zeros(384, np.float32)).personal  # a rule decides


def test_background_said_before_a_course_question_is_not_a_rule_s():
    """Who one is (a name, enrolment, a job, a visa sorted long ago) said in sentences that ask
    nothing, before a question about the course, leaves the message to the classifier and the
    detector; the same words asked about, or with nothing else asked, stay a rule's."""
    letter = ("Hello,\n\nMy name is Priya and I work four days a week in a bank. I have just "
              "watched the RNN lectures. Could you tell me when the next tutorial is")
    assert personal.rule_verdict(letter) is None
    assert personal.rule_verdict("I got my visa sorted last month. When is the CW3 deadline?"
                                 ) is None
    # asked for oneself, in the asking sentence, or nothing else asked: still the rule's
    assert personal.rule_verdict("I lost my job last week. Is there anything I can do?")
    assert personal.rule_verdict("will my visa be affected, what happens then?") is not None
    assert personal.rule_verdict("my visa appointment is on the day of the quiz") == "visa"
    assert personal.rule_verdict("My name is Priya. Please remove my name from the records"
                                 ) == "records"
