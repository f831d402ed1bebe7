"""Answers from the course notes: the units of the best section that answer the question,
whole, with their citation; the whole section kept for "more"."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core import wording as W
from bot.core.answer import Quote, Source
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.understand import Query
from bot.knowledge.compose import Composition, asked_share, asked_words, compose
from bot.knowledge.confidence import (
    ANSWER_THRESHOLD,
    answer_probability,
    features,
    probability,
    reorder,
)
from bot.knowledge.index import Hit
from bot.knowledge.render import plain
from bot.knowledge.units import sentences

SNIPPET_WORDS = 40


@lru_cache(maxsize=4096)
def snippet(markdown: str, limit: int = SNIPPET_WORDS) -> str:
    """The passage's opening whole sentences, in plain text, up to about `limit` words
    (at least the first sentence)."""
    text = plain(markdown)
    first_block = text.split("\n\n")[0]
    out: list[str] = []
    for s in sentences(" ".join(first_block.split())):
        if out and len(" ".join(out + [s]).split()) > limit:
            break
        out.append(s)
    return " ".join(out)


def _event_id(hit: Hit) -> str | None:
    """The schedule event a passage belongs to: "L10" for lecture 10, "T05" for a tutorial."""
    return f"L{hit.chunk.lecture}" if hit.chunk.lecture else hit.chunk.tutorial


def citation(hit: Hit) -> str:
    c = hit.chunk
    where = c.section or c.title
    parts = []
    if c.lecture:
        parts.append(f"lecture {c.lecture}")
    if c.tutorial:
        parts.append(f"tutorial {c.tutorial}")
    if c.week:
        parts.append(f"week {c.week}")
    if c.page:
        parts.append(f"page {c.page}")
    extra = f" ({', '.join(parts)})" if parts else ""
    return W.CITATION.format(id=c.doc_id, where=where, extra=extra)


def sources(hits: list[Hit], limit: int = 3) -> list[Source]:
    out, seen = [], set()
    for h in hits:
        c = h.chunk
        if (c.doc_id, c.section) in seen:
            continue
        seen.add((c.doc_id, c.section))
        out.append(Source(id=c.doc_id, title=f"{c.title}: {c.section}" if c.section else c.title,
                          path=f"knowledge/{c.path}", lecture=c.lecture, score=h.score,
                          snippet=snippet(c.text)))
        if len(out) == limit:
            break
    return out


def expand_for_search(text: str, expansions: dict[str, str]) -> str:
    """The text with each of the course's abbreviations followed by its long form,
    punctuation kept."""
    def add(m: re.Match) -> str:
        word = m.group(0)
        long_form = expansions.get(word.lower())
        return f"{word} ({long_form})" if long_form and len(word) <= 6 else word
    return re.sub(r"[A-Za-z][A-Za-z0-9-]*", add, text)


def _search_text(q: Query, view: CourseView) -> str:
    """The corrected question ("wats mode colapse" -> "what is mode collapse"), with the
    course's abbreviations spelled out ("FID" -> "frechet inception distance")."""
    expansions = view.understander.words.glossary.expansions
    return re.sub(r"\s+", " ", expand_for_search(q.search_text or q.text, expansions)).strip()


def search_notes(q: Query, view: CourseView, text: str | None = None,
                 admin: bool = True) -> tuple[list[Hit], float]:
    """Passages for the question (or `text`), best first, and how likely the best one
    answers it. `admin=False` leaves out course-overview notes, which name every topic.

    The first few are reordered by the confidence model: a passage whose heading names what
    is asked ("Deriving the ELBO") beats one that merely shares words with the question."""
    if view.knowledge is None:
        return [], 0.0
    text = re.sub(r"\s+", " ", text).strip() if text else _search_text(q, view)
    key = (text, admin)
    if key in q.passages:
        return q.passages[key]
    hits = view.knowledge.search(text, k=12)
    if not admin:
        hits = [h for h in hits if not h.chunk.is_overview]
    q.passages[key] = reorder(hits, text)
    return q.passages[key]


def composed_answer(q: Query, view: CourseView
                    ) -> tuple[list[Hit], float, Composition | None, tuple[float, ...]]:
    """The passages for the question, the gate's confidence, the answer composed from the
    best one's section, and the features of the answer's confidence."""
    hits, gate = search_notes(q, view)
    if not hits or view.knowledge is None:
        return hits, gate, None, ()
    text = _search_text(q, view)
    composed = compose(text, view.knowledge.query_vector(text), hits[0].chunk, view.knowledge)
    top = hits[0]
    other = [h.score for h in hits[1:] if h.chunk.section != top.chunk.section]
    shown = asked_share(asked_words(text), composed.markdown)
    values = (*features(top, text), composed.best_cosine, shown,
              top.score - (other[0] if other else 0.0))
    return hits, gate, composed, values


def answer_from_notes(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    hits, gate, composed, values = composed_answer(q, view)
    if composed is None or gate < ANSWER_THRESHOLD:
        return None
    best = Hit(composed.chunk, hits[0].score, hits[0].bm25, hits[0].dense, hits[0].bm25_raw,
               hits[0].heading)
    cite = citation(best)
    quote = Quote(composed.markdown, cite, "" if composed.whole else composed.section_markdown,
                  composed.chunk.section or composed.chunk.title)
    body = W.FROM_NOTES + "\n\n" + W.PASSAGE.format(snippet=plain(composed.markdown),
                                                     citation=cite)
    events = []
    eid = _event_id(best)
    if eid and (e := view.schedule.event(eid)) is not None:
        events.append(e)
    # The confidence reported is the probability that this answer is right.
    return Reply("content", True, answer_probability(values), body, events, sources(hits),
                 [quote])


def lectures_in_notes(q: Query, view: CourseView) -> tuple[list[str], list[Hit], float]:
    """Lecture or tutorial ids whose notes discuss the topic (for "which lecture covers X")."""
    hits, confidence = search_notes(q, view, q.topic, admin=False)
    if not hits or confidence < ANSWER_THRESHOLD:
        return [], hits, confidence
    ids: list[str] = []
    for h in hits[:3]:
        eid = _event_id(h)
        if eid and eid not in ids and probability(h, q.topic) >= ANSWER_THRESHOLD:
            ids.append(eid)
    return ids, hits, confidence
