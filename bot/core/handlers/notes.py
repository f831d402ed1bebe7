"""Answers from the course notes: the best passage or two, quoted, with their citations."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.answer import Source
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.understand import Query
from bot.knowledge.confidence import ANSWER_THRESHOLD, probability
from bot.knowledge.index import Hit

SNIPPET_WORDS = 70


def snippet(text: str, limit: int = SNIPPET_WORDS) -> str:
    """The passage's opening, cut at a sentence end where one comes soon enough."""
    words = text.split()
    if len(words) <= limit:
        return " ".join(words)
    cut = " ".join(words[:limit])
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    return cut[: end + 1] if end > len(cut) // 2 else cut + " …"


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
                          snippet=snippet(c.text, 40)))
        if len(out) == limit:
            break
    return out


def search_notes(q: Query, view: CourseView, text: str | None = None,
                 admin: bool = True) -> tuple[list[Hit], float]:
    """Passages for the question (or `text`), best first, and how likely the best one
    answers it. `admin=False` leaves out course-overview notes, which name every topic."""
    if view.knowledge is None:
        return [], 0.0
    text = re.sub(r"\s+", " ", text or q.raw).strip()
    hits = view.knowledge.search(text, k=12)
    if not admin:
        hits = [h for h in hits if h.chunk.role != "admin"]
    return hits, (probability(hits[0], text) if hits else 0.0)


def answer_from_notes(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    hits, confidence = search_notes(q, view)
    if not hits or confidence < ANSWER_THRESHOLD:
        return None
    chosen = [hits[0]]
    second = next((h for h in hits[1:] if h.chunk.section != hits[0].chunk.section), None)
    if second is not None and probability(second, q.raw) >= ANSWER_THRESHOLD and (
            second.score >= hits[0].score - 0.05):
        chosen.append(second)
    lines = [W.FROM_NOTES]
    for h in chosen:
        lines.append(W.PASSAGE.format(snippet=snippet(h.chunk.text), citation=citation(h)))
    events = []
    for h in chosen:
        eid = (f"L{h.chunk.lecture}" if h.chunk.lecture else h.chunk.tutorial)
        if eid and (e := view.schedule.event(eid)) is not None and e not in events:
            events.append(e)
    return Reply("content", True, confidence, "\n".join(lines), events, sources(hits))


def lectures_in_notes(q: Query, view: CourseView) -> tuple[list[str], list[Hit], float]:
    """Lecture or tutorial ids whose notes discuss the topic (for "which lecture covers X")."""
    hits, confidence = search_notes(q, view, q.topic, admin=False)
    if not hits or confidence < ANSWER_THRESHOLD:
        return [], hits, confidence
    ids: list[str] = []
    for h in hits[:3]:
        eid = f"L{h.chunk.lecture}" if h.chunk.lecture else h.chunk.tutorial
        if eid and eid not in ids and probability(h, q.topic) >= ANSWER_THRESHOLD:
            ids.append(eid)
    return ids, hits, confidence
