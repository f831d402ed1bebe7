"""How likely the best passage answers the question: a logistic model of four signals.

Fitted by bench/content_calibration.py on tests/data/content_questions.jsonl (our own
questions with the lecture that answers each, plus questions the notes must not answer):
the top passage's cosine similarity, the log of its raw BM25 score, how much of the
question its heading path names, and its heading's cosine similarity.
"""

from __future__ import annotations

import math

from bot.knowledge.index import Hit, heading_overlap

# Fitted coefficients (see the module docstring); rerun the bench script after changing the
# notes, the chunking or the model.
COEF_DENSE = 6.27
COEF_BM25 = 1.16
COEF_HEADING = 4.78
COEF_HEADING_COSINE = 0.44
INTERCEPT = -5.35
# Answer from the notes at or above this probability; below it, abstain.
ANSWER_THRESHOLD = 0.5
FEATURE_NAMES = ("COEF_DENSE", "COEF_BM25", "COEF_HEADING", "COEF_HEADING_COSINE")


def features(hit: Hit, question: str) -> tuple[float, float, float, float]:
    return (hit.dense, math.log1p(max(hit.bm25_raw, 0.0)),
            heading_overlap(question, hit.chunk.section or hit.chunk.title), hit.heading)


def probability(hit: Hit, question: str) -> float:
    dense, lexical, heading, heading_cosine = features(hit, question)
    z = (COEF_DENSE * dense + COEF_BM25 * lexical + COEF_HEADING * heading
         + COEF_HEADING_COSINE * heading_cosine + INTERCEPT)
    return 1 / (1 + math.exp(-z))
