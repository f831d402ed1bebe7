"""The intent corpus, its training and the shipped classifier."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import numpy as np
import pytest

from bot.core.course import understander_for
from bot.nlu import train as T
from bot.nlu.corpus import expand_templates, file_sha256, load_corpus
from bot.nlu.intents import LEARNED
from bot.nlu.model import (
    MANIFEST_FILE,
    MODEL_FILE,
    IntentModel,
    IntentModelError,
    bundled_model_dir,
)
from tests.conftest import ROOT

NLU = ROOT / "nlu"


def test_the_corpus_covers_every_intent_and_the_blind_messages(schedule):
    corpus = load_corpus(NLU / "corpus.yaml")
    paraphrases = expand_templates(NLU / "templates.yaml", schedule)
    assert len(corpus) + len(paraphrases) >= 2000
    counts = Counter(e.intent for e in corpus + paraphrases)
    assert set(counts) == set(LEARNED) and min(counts.values()) >= 5
    blind = {e.group for e in corpus if e.source == "blind-dev"}
    assert len(blind) == 420  # every message of the blind dev set, each labelled


def test_paraphrases_are_drawn_from_the_schedule_reproducibly(schedule):
    first = expand_templates(NLU / "templates.yaml", schedule)
    assert first == expand_templates(NLU / "templates.yaml", schedule)
    assert first != expand_templates(NLU / "templates.yaml", schedule, seed=1)
    texts = " ".join(e.text.lower() for e in first)
    # Slots are filled from the schedule's own tables: its coursework, staff, tutorials.
    staff = {n.removesuffix(" & team").lower() for e in schedule.events() for n in e.staff}
    assert any(name in texts for name in staff)
    assert any(t.id.lower() in texts for t in schedule.tutorials)
    assert any(f"task {cw.number}" in texts for cw in schedule.coursework)
    assert "{" not in texts


def test_the_shipped_model_is_trained_on_the_current_corpus():
    manifest = json.loads((bundled_model_dir() / MANIFEST_FILE).read_text())
    assert manifest["corpus_sha256"] == file_sha256(NLU / "corpus.yaml", NLU / "templates.yaml"), \
        "the corpus changed: retrain with `python -m bot nlu train`"
    assert manifest["utterances"] >= 2000


def test_a_corrupt_or_foreign_model_is_refused(tmp_path, embedder):
    folder = tmp_path / "model"
    shutil.copytree(bundled_model_dir(), folder)
    IntentModel.load(folder, embedder.sha256)  # as shipped: fine
    with pytest.raises(IntentModelError, match="another embedding model"):
        IntentModel.load(folder, "0" * 64)
    data = bytearray((folder / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(IntentModelError, match="does not match the sha256"):
        IntentModel.load(folder, embedder.sha256)
    (folder / MODEL_FILE).unlink()
    with pytest.raises(IntentModelError, match="nlu train"):
        IntentModel.load(folder)


def test_training_is_reproducible(tmp_path, schedule, embedder, knowledge):
    """Same corpus, same seed: the same bytes (on a slice of the corpus, to stay quick)."""
    examples = T.load_examples(NLU, schedule)
    rows = [e for i, e in enumerate(examples) if i % 12 == 0]
    data = T.featurize(rows, understander_for(schedule, embedder, knowledge))
    digests = []
    for run in range(2):
        vectors = T.embed_all(data.spoken, embedder.encode)
        model = T.fit(data, vectors, threshold=0.8)
        digests.append(model.save(tmp_path / f"run{run}"))
    assert digests[0] == digests[1]
    # and the model it gives fits what it was trained on
    model = IntentModel.load(tmp_path / "run0")
    right = [model.full(f, v).argmax() == y
             for f, v, y in zip(data.features, vectors, data.labels, strict=True)]
    assert np.mean(right) > 0.9


def test_cross_validation_holds_out_whole_groups(schedule, embedder, knowledge):
    examples = T.load_examples(NLU, schedule)
    data = T.featurize(examples[:400], understander_for(schedule, embedder, knowledge))
    fold = T.folds(data.groups)
    by_group: dict[str, set[int]] = {}
    for g, f in zip(data.groups, fold, strict=True):
        by_group.setdefault(g, set()).add(int(f))
    assert all(len(f) == 1 for f in by_group.values())
    # duplicates of one text are one group, whatever their source
    texts = Counter(" ".join(e.text.lower().split()) for e in examples[:400])
    twice = [t for t, n in texts.items() if n > 1]
    for t in twice:
        groups = {g for e, g in zip(examples[:400], data.groups, strict=True)
                  if " ".join(e.text.lower().split()) == t}
        assert len(groups) == 1


def test_unknown_intents_in_the_corpus_are_errors(tmp_path):
    from bot.nlu.corpus import CorpusError

    bad = tmp_path / "corpus.yaml"
    bad.write_text("version: 1\nutterances:\n  - {text: hi, intent: chit_chat}\n")
    with pytest.raises(CorpusError, match="unknown intent 'chit_chat'"):
        load_corpus(bad)
    bad.write_text("version: 1\nutterances:\n  - {text: hi, intent: clarify}\n")
    with pytest.raises(CorpusError, match="decided by rules"):
        load_corpus(bad)


def test_the_model_knows_every_learned_intent():
    model = IntentModel.load(bundled_model_dir())
    assert [c.value for c in model.classes] == [i.value for i in LEARNED]
    assert 0.5 <= model.threshold <= 1.0
