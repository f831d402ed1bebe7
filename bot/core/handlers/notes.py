"""Answers from the course notes: the best passage or two, quoted, with their citations."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.answer import Source
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.understand import Query
from bot.knowledge.confidence import ANSWER_THRESHOLD, probability
from bot.knowledge.index import QUESTION_WORDS, Hit, heading_overlap

SNIPPET_WORDS = 70


def snippet(text: str, question: str = "", limit: int = SNIPPET_WORDS) -> str:
    """About `limit` words of the passage, starting at the sentence that shares most words
    with the question (the passage's opening when none does), cut at a sentence end."""
    sentences = [s for s in re.split(r"(?<=[.?!:])\s+(?=[A-Z$*(])", " ".join(text.split())) if s]
    asked = {w for w in re.findall(r"[a-z0-9]+", question.lower())
             if len(w) > 2 and w not in QUESTION_WORDS}
    start = 0
    if asked and len(sentences) > 1:
        overlap = [len(asked & set(re.findall(r"[a-z0-9]+", s.lower()))) for s in sentences]
        best = max(overlap)
        # Start at the sentence that names most of what is asked, if one names at least half
        # of it; otherwise the passage's opening explains best. Among near-equals, earliest.
        if best and best >= len(asked) / 2:
            start = next(i for i, n in enumerate(overlap) if n >= max(1, best - 1))
    words = " ".join(sentences[start:]).split()
    if len(words) <= limit:
        return " ".join(words)
    cut = " ".join(words[:limit])
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    return cut[: end + 1] if end > len(cut) // 2 else cut + " …"


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
                          snippet=snippet(c.text, limit=40)))
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


RERANK = 6  # how many of the best-ranked passages the confidence model reorders


def search_notes(q: Query, view: CourseView, text: str | None = None,
                 admin: bool = True) -> tuple[list[Hit], float]:
    """Passages for the question (or `text`), best first, and how likely the best one
    answers it. `admin=False` leaves out course-overview notes, which name every topic.

    The first few are reordered by the confidence model: a passage whose heading names what
    is asked ("Deriving the ELBO") beats one that merely shares words with the question."""
    if view.knowledge is None:
        return [], 0.0
    # The corrected question ("wats mode colapse" -> "what is mode collapse"), with
    # abbreviations spelled out ("FID" -> "frechet inception distance").
    expansions = view.understander.words.glossary.expansions
    text = re.sub(r"\s+", " ", text or expand_for_search(q.search_text or q.text,
                                                         expansions)).strip()
    key = (text, admin)
    if key in q.passages:
        return q.passages[key]
    hits = view.knowledge.search(text, k=12)
    if not admin:
        hits = [h for h in hits if not h.chunk.is_overview]
    scored = sorted(((probability(h, text), i, h) for i, h in enumerate(hits[:RERANK])),
                    key=lambda t: (-t[0], t[1]))
    hits = [h for _, _, h in scored] + hits[RERANK:]
    q.passages[key] = (hits, scored[0][0] if scored else 0.0)
    return q.passages[key]


def answer_from_notes(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    hits, confidence = search_notes(q, view)
    if not hits or confidence < ANSWER_THRESHOLD:
        return None
    chosen = [hits[0]]
    second = next((h for h in hits[1:RERANK] if h.chunk.section != hits[0].chunk.section), None)
    if second is not None and probability(second, q.raw) >= max(ANSWER_THRESHOLD,
                                                                 confidence - 0.1):
        chosen.append(second)
    lines = [W.FROM_NOTES]
    for h in chosen:
        text = h.chunk.text
        if heading_overlap(q.raw, h.chunk.section) >= 0.5:
            # The heading names what is asked: read the section from its start, even when a
            # later window of it ranked best.
            text = view.knowledge.section_start(h.chunk).text
        quote = snippet(text, q.raw)
        lines.append(W.PASSAGE.format(snippet=quote, citation=citation(h)))
    events = []
    for h in chosen:
        eid = _event_id(h)
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
        eid = _event_id(h)
        if eid and eid not in ids and probability(h, q.topic) >= ANSWER_THRESHOLD:
            ids.append(eid)
    return ids, hits, confidence
