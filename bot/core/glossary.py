"""Abbreviations and short names of deep-learning topics, expanded for matching.

Students write "bn", "gcn" or "vae"; lecture titles say "BatchNorm", "GNNs, GCNs", "VAEs".
Expanding both sides to the long form lets plain word overlap and the embedding model meet.
"""

from __future__ import annotations

import re

EXPANSIONS: dict[str, str] = {
    "cnn": "convolutional neural network",
    "convnet": "convolutional neural network",
    "rnn": "recurrent neural network",
    "gnn": "graph neural network",
    "gcn": "graph convolutional network",
    "vae": "variational autoencoder",
    "gan": "generative adversarial network",
    "wgan": "wasserstein generative adversarial network",
    "dcgan": "deep convolutional generative adversarial network",
    "batchnorm": "batch normalisation",
    "bn": "batch normalisation",
    "norm": "normalisation",
    "normalization": "normalisation",
    "resnet": "residual network",
    "densenet": "densely connected network",
    "nin": "network in network",
    "lstm": "long short-term memory recurrent network",
    "gru": "gated recurrent unit network",
    "mlp": "multilayer perceptron",
    "relu": "rectified linear unit activation function",
    "vgg": "very deep convolutional network vgg",
    "vit": "vision transformer",
    "seq2seq": "sequence to sequence recurrent",
    "elbo": "evidence lower bound variational autoencoder",
    "transformers": "transformer",
    "conv": "convolution",
    "augment": "augmentation",
    "augmentations": "augmentation",
    "equivariant": "equivariance",
    "invariant": "invariance",
    "activations": "activation",
    "covariate": "covariate shift",
    "autoencoder": "variational autoencoder",
    "stride": "strides",
    "self-attention": "attention",
    "backprop": "backpropagation",
    "bptt": "backpropagation through time",
    "fid": "frechet inception distance",
    "lrn": "local response normalisation",
    "tta": "test time augmentation",
}

_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


def singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def expand(text: str) -> str:
    """Text with each known abbreviation followed by its long form."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        out.append(word)
        long_form = EXPANSIONS.get(word) or EXPANSIONS.get(singular(word))
        if long_form:
            out.append(long_form)
    return " ".join(out)


def content_words(text: str, stopwords: set[str]) -> list[str]:
    """Singular content words; "batch-norm" also gives "batch", "norm" and "batchnorm"."""
    words: list[str] = []
    for w in _WORD.findall(expand(text)):
        parts = [p for p in w.split("-") if p]
        words += [w] if len(parts) == 1 else [w, *parts, "".join(parts)]
    words = [singular(w) for w in words if w not in stopwords]
    return [w for w in words if len(w) > 1]


def abbreviations_in(text: str) -> set[str]:
    """Abbreviations whose long form the text spells out: a title saying "Convolutional
    Neural Networks" then matches a question saying "CNNs"."""
    def spell(words: str) -> str:
        return " " + " ".join(singular(w) for w in _WORD.findall(words.lower())) + " "

    spelled = spell(text)
    return {singular(short) for short, long_form in EXPANSIONS.items()
            if len(short) > 2 and spell(long_form) in spelled}
