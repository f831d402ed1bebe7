"""Topic matching against the schedule's titles: measured on phrases we wrote, with the
lecture or tutorial each should find, and off-syllabus phrases that must not match."""

from __future__ import annotations

import pytest

from bot.core.glossary import Glossary
from bot.core.topics import MATCH_THRESHOLD, TopicIndex

POSITIVES = {
    "batch norm": "L10", "batch normalization": "L10", "residual connections": "L11",
    "resnets": "L11", "densenet": "L11", "generative adversarial networks": "L17",
    "gans": "L17", "wasserstein gan": "L17a", "variational autoencoders": "L16", "vae": "L16",
    "elbo": "L16", "recurrent neural networks": "L18", "lstm": "L18", "attention": "L20",
    "self attention": "L20", "transformers": "L20", "vision transformer": "L21",
    "graph neural networks": "L22", "gcn": "L22", "message passing on graphs": "L22",
    "convolution": "L03", "convolutional networks": "L04", "cnn": "L04",
    "translation equivariance": "L05", "invariance": "L05", "lenet": "L06", "alexnet": "L07",
    "vgg": "L08", "inception": "L09", "relu": "L12", "activation functions": "L12",
    "cross entropy": "L13", "loss functions": "L13", "data augmentation": "L14",
    "augmentation": "L14", "curse of dimensionality": "L02", "high dimensional data": "L02",
    "generative models": "L15", "padding": "T02", "strides": "T02", "covariate shift": "T04",
    "signals": "T01", "recurrent networks": "T08", "skip connections": "L11",
    "sequence models": "L18", "sigmoid": "L12", "1x1 convolutions": "L09", "bert": "L21",
}
NEGATIVES = [
    "dropout", "diffusion models", "reinforcement learning", "support vector machines",
    "decision trees", "kernel methods", "quantum computing", "weather", "football", "pizza",
    "learning rate", "gradient descent", "backpropagation", "adam optimizer", "overfitting",
    "regularization", "weight decay", "early stopping", "k means clustering",
    "principal component analysis", "bayesian inference", "linear regression",
    "logistic regression", "random forests", "tensorflow", "docker", "python", "marks",
    "extension", "library opening hours", "visa", "accommodation",
]


@pytest.fixture(scope="module")
def index(schedule, embedder) -> TopicIndex:
    return TopicIndex(schedule, embedder)


def test_recall_at_3_and_false_matches(index):
    hits = sum(want in [m.item.id for m in index.search(phrase)[:3]]
               for phrase, want in POSITIVES.items())
    kept = sum(bool(index.search(p)) and index.search(p)[0].score >= MATCH_THRESHOLD
               for p in POSITIVES)
    false = [p for p in NEGATIVES
             if (m := index.search(p)) and m[0].score >= MATCH_THRESHOLD]
    recall = hits / len(POSITIVES)
    print(f"recall@3 {recall:.3f}, above threshold {kept / len(POSITIVES):.3f}, "
          f"false matches {len(false)}/{len(NEGATIVES)}: {false}")
    assert recall >= 0.85
    assert kept / len(POSITIVES) >= 0.85
    assert len(false) / len(NEGATIVES) <= 0.15


def test_lexical_only_without_the_model(schedule):
    index = TopicIndex(schedule, None)
    # the lecture "BatchNorm" or the tutorial "Batch-norm": both titled so (since round 8 a
    # hyphenated title is read as its words and as one)
    assert index.search("batch norm")[0].item.id in {"L10", "T05"}
    assert {m.item.id for m in index.search("batch norm")[:2]} == {"L10", "T05"}
    assert index.search("weather") == []


def test_glossary(schedule):
    glossary = Glossary(schedule.vocabulary.abbreviations)  # the course's, from its vocabulary
    assert "convolutional neural network" in glossary.expand("CNNs")
    assert "cnn" in glossary.abbreviations_in("Convolutional Neural Networks")
    assert "cnn" not in glossary.abbreviations_in("GNNs, GCNs")  # the words, not the phrase
    assert Glossary({}).expand("CNNs") == "cnns"  # no vocabulary: nothing is spelled out
