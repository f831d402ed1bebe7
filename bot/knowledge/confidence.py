"""How likely the notes answer a question: two logistic models.

The passage model (`probability`) orders the best few passages and gates answering (and
the router's reading of a question as one about the material): the top passage's cosine
similarity, the log of its raw BM25 score, how much of the question its heading path names,
and its heading's cosine similarity; fitted on tests/data/content_questions.jsonl.

The answer model (`answer_probability`) is the `confidence` an answer from the notes
reports: how likely the composed answer shows what answers the question.
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


# The answer's confidence: how likely the composed answer is right (shows what answers
# the question), a logistic model of the passage's signals above and of the composition:
# how close the best unit of the section is to the question, how many of the question's
# words the answer shows, and how far the best section is ahead of the next one. Fitted by
# bench/content_calibration.py --fit on labelled content questions (5-fold held out).
ANSWER_COEF = (1.68, -0.15, 1.63, 1.98, 3.27, 0.24, 4.06)
ANSWER_INTERCEPT = -4.26
ANSWER_FEATURE_NAMES = ("dense", "log_bm25", "heading_overlap", "heading_cosine",
                        "best_unit_cosine", "asked_words_shown", "margin")


def answer_probability(values: tuple[float, ...]) -> float:
    z = sum(c * v for c, v in zip(ANSWER_COEF, values, strict=True)) + ANSWER_INTERCEPT
    return 1 / (1 + math.exp(-z))


def features(hit: Hit, question: str) -> tuple[float, float, float, float]:
    return (hit.dense, math.log1p(max(hit.bm25_raw, 0.0)),
            heading_overlap(question, hit.chunk.section or hit.chunk.title), hit.heading)


def probability(hit: Hit, question: str) -> float:
    dense, lexical, heading, heading_cosine = features(hit, question)
    z = (COEF_DENSE * dense + COEF_BM25 * lexical + COEF_HEADING * heading
         + COEF_HEADING_COSINE * heading_cosine + INTERCEPT)
    return 1 / (1 + math.exp(-z))


# How many of the best-ranked passages the passage model reorders.
RERANK = 6


def reorder(hits: list[Hit], question: str) -> tuple[list[Hit], float]:
    """The first few passages reordered by the passage model (a passage whose heading names
    what is asked, "Deriving the ELBO", beats one that merely shares words with it), and
    the best one's probability. This is the ranking the bot ships."""
    scored = sorted(((probability(h, question), i, h) for i, h in enumerate(hits[:RERANK])),
                    key=lambda t: (-t[0], t[1]))
    return [h for _, _, h in scored] + hits[RERANK:], (scored[0][0] if scored else 0.0)
