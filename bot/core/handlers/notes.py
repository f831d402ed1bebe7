"""Answers from the course notes: the units of the best section that answer the question,
whole, with their citation; the whole section kept for "more"."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, partial

import numpy as np

from bot.core import wording as W
from bot.core.answer import Quote, Source
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name
from bot.core.failures import named_failures
from bot.core.glossary import Glossary, singular
from bot.core.handlers import Reply
from bot.core.lexicon import FILLER
from bot.core.recent_texts import holds_message_text
from bot.core.understand import Query
from bot.knowledge.absent_kinds import absent_kind
from bot.knowledge.chunk import clean_markup
from bot.knowledge.comparison import (
    measured_sides,
    subject_words,
    unnamed_sides,
    unshown_choices,
)
from bot.knowledge.compose import (
    ACROSS_SECTIONS,
    SYMPTOM,
    Composition,
    asked_kind,
    asked_section_kind,
    asked_share,
    asked_words,
    compose,
    definition_subject,
    describes_symptom,
    heading_compares,
    heading_names,
    heading_of_kind,
    is_trouble_heading,
    names_side,
    names_title,
    section_fit,
    title_subject,
    trouble_subject,
    word_rarity,
)
from bot.knowledge.confidence import (
    ANSWER_THRESHOLD,
    CONFIDENT_THRESHOLD,
    GATE_PASSAGES,
    answer_probability,
    features,
    gate,
    probability,
)
from bot.knowledge.framing import unframed
from bot.knowledge.index import (
    QUESTION_WORDS,
    Hit,
    KnowledgeIndex,
    innermost,
    spelling,
    stem_words,
)
from bot.knowledge.render import plain
from bot.knowledge.units import sentences
from bot.schedule.model import Event

SNIPPET_WORDS = 40
# With a reranker, the answering unit is chosen among the units of this many of the first
# sections found.
RERANK_SECTIONS = 2
# A symptom or a comparison: the answering unit is chosen among the units of this many of
# the first sections found (and, for a symptom, of the sections about what goes wrong among
# the first WIDE_PASSAGES passages), each less its lead in the search.
ACROSS_SECTIONS_COUNT = 3
WIDE_PASSAGES = 40
TOPIC_PASSAGES = 6
# Which of the first sections found answers: the search's fused score of its best passage,
# plus its heading's cosine with the question, its best unit's score by the composer and
# whether it holds the kind of text asked for (a formula for "formula for", a reason for
# "why"), times these. Chosen by leave-one-set-out cross-validation on the six labelled
# content sets (755 answerable questions): the labelled section came first for 0.787 of
# them in the search's order and 0.801 held out (every set the same or better). Not for
# help with one's own work (3 answers better without it). Through the whole assistant
# Recall@1 by section went from 0.787 to 0.807, evidence in the first passage shown from
# 0.662 to 0.672. bench/retrieval.py ranks passages: not affected.
SECTION_CHOICES = 3
SECTION_HEADING_WEIGHT = 0.1
SECTION_UNIT_WEIGHT = 0.05
SECTION_KIND_WEIGHT = 0.03
# ... but not when the question adapter ordered the passages (round 17): the adapter learned
# from labelled questions which section answers, and weighing the first three again moved
# the right one down. By rotation over the nine labelled sets (bench/section_choice_cv.py:
# each set read with an adapter trained without it, 835 questions this choice decides), the
# labelled section first 0.783 with the weighing, 0.862 in the adapter's order; every set
# gains, and every fold's choice among blends of the two scores and shares of the weighing's
# terms is the adapter's order alone. Without an adapter (another course's notes) the
# weighing stays.
SECTION_CHOICE_WITH_ADAPTER = False
# ... but the adapter scores passages, and a passage holds several units: a section whose
# best unit is much closer to the question (as the adapter moved it) than the first
# section's can lose on the passage's mean (the critique of "KL divergence" beside "Deriving
# the ELBO"; "Invariance from pooling" beside the equivariance it follows). So among the
# first three sections within SECTION_ADAPTED_GAP of the first, the adapted fused score of
# the best passage + these times the adapted cosine of the section's best unit and of its
# lead unit decides (round 25). Tuned on dev9 and rounds 9-20 (1,229 questions the choice
# decides: labelled section first 1094 -> 1120, every set but rounds 19 and 20 better or
# equal by rotation), held out on rounds 21-24 (338 -> 343 of 408). Not for help with one's
# own work nor the course's overview notes (_best_adapted_section).
SECTION_ADAPTED_UNIT_WEIGHT = 0.5
SECTION_ADAPTED_LEAD_WEIGHT = 0.05
SECTION_ADAPTED_GAP = 0.1
# The fused score weighed is (1 - share) x the question's own + share x the adapter's (when
# an adapter ranked the passages; the same otherwise).
SECTION_ADAPTED_SHARE = 0.0
# When the search cannot tell the first section from the next one (their best passages'
# fused scores within this of each other) and the answer is not confident, the next
# section's answering unit is shown too, with its own citation: on the three labelled
# content sets of bench/data (341 answerable questions) the section choice puts the right
# section first for 0.79 of them, and a hedged answer's first section lacks the answering
# unit far more often than a confident one's (bench/content_calibration.py measures it).
RUNNER_UP_GAP = 0.15
# The second passage is its best unit (and the unit before it when it leans on it), with
# neighbours while shorter than this. Round 12 tried 0 beside the short first section shown
# whole (compose.WHOLE_SECTION_WORDS): the folds of the rotation disagreed, and on the blind
# round-12 set it lost evidence the second passage's neighbours held (some evidence shown
# 0.731 -> 0.706). With 50, every labelled set gains over either (all evidence, r12 / dev9 /
# r9 / r10 / r11: 0.672 / 0.703 / 0.733 / 0.683 / 0.694 before round 12 -> 0.714 / 0.733 /
# 0.767 / 0.717 / 0.752), at about 12 more quoted words (200 -> 212 on r12).
RUNNER_UP_FILL = 50
# ... and only when the first answer is less sure than this: every hedged answer (below the
# confident threshold, 0.9). Round 11, whole assistant, some evidence item shown whole of
# answerable questions (dev9 / round9 / round10): gap 0.03 and 0.7 (before) 0.693 / 0.775 /
# 0.675; 0.03, 0.9: 0.703 / 0.783 / 0.675; 0.10, 0.7: 0.703 / 0.792 / 0.692; 0.10, 0.9:
# 0.733 / 0.808 / 0.725; 0.15 (or 0.30), 0.9: 0.743 / 0.808 / 0.750. Each rotation (chosen
# on two sets, read on the third) picks 0.15 and 0.9, and each held-out set gains: between 0.7
# and 0.9 the first passage lacked the answer nearly as often as below (34 of 113 against 42
# of 126), and the second supplied it in 13 (below: 5 more). The cost:
# answers with two passages 79 -> 198 of 342, the quoted words 160 -> 195 on average;
# confident answers, declines and passages shown for must-not questions are unchanged.
RUNNER_UP_BELOW = 0.9
# A question asking to pick among things the notes each have a section about, answered from
# a section that never names one of them ("sigmoid vs tanh vs relu, which one" from "Sigmoid
# and tanh"), is hedged: the answer model does not see which things were asked about, and on
# the labelled sets such an answer was wrong where the model was sure (`unshown_choices`).
ONE_SIDED_CHOICE_CONFIDENCE = CONFIDENT_THRESHOLD - 0.01


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
    punctuation kept. A long word is a spelling the glossary folds ("normalization"), not
    an abbreviation, unless it has a digit ("seq2seq")."""
    def add(m: re.Match) -> str:
        word = m.group(0)
        long_form = expansions.get(word.lower()) or _plural_expansion(word.lower(), expansions)
        short = len(word) <= 6 or any(ch.isdigit() for ch in word)
        return f"{word} ({long_form})" if long_form and short else word
    return re.sub(r"[A-Za-z][A-Za-z0-9-]*", add, text)


def _plural_expansion(word: str, expansions: dict[str, str]) -> str | None:
    """"GCNs" -> "graph convolutional networks": the plural of an abbreviation of a phrase
    (its long form more than one word). A clipped word's plural ("convs", "norms") is not
    expanded: its long form is one word, which the notes' search already stems."""
    one = singular(word)
    long_form = expansions.get(one) if one != word else None
    return f"{long_form}s" if long_form and " " in long_form else None


def search_text(q: Query, view: CourseView) -> str:
    """The corrected question ("wats mode colapse" -> "what is mode collapse"), with the
    course's abbreviations spelled out ("FID" -> "frechet inception distance")."""
    return _search_text(q.search_text or q.text, view.understander.words.glossary)


# One question's search text is asked for by the classifier's texts, the notes' vector,
# the embedded texts and the handlers (a word-by-word rewrite each time): kept per text and
# per glossary (a reloaded vocabulary's is another object, so its expansions are its own).
@holds_message_text
@lru_cache(maxsize=1024)
def _search_text(said: str, glossary: Glossary) -> str:
    text = unframed(re.sub(r"\s+", " ", said).strip())
    return re.sub(r"\s+", " ", expand_for_search(text, glossary.expansions)).strip()


def question_vector(q: Query, view: CourseView) -> np.ndarray | None:
    """The question's embedding as the notes are searched with it (kept by the index, so
    the topic search, the notes search and the composer share one forward pass)."""
    if view.knowledge is None:
        return None
    return view.knowledge.query_vector(search_text(q, view))


def embedded_texts(q: Query, view: CourseView) -> list[str]:
    """The texts the notes embed to answer the question: its search text, then each of the
    two questions it asks, if it asks two (`answer_from_notes`); [] without notes. Known
    before the answer, they share the forward pass of the first text the message needs."""
    if view.knowledge is None:
        return []
    text = search_text(q, view)
    # (as composed_answer and KnowledgeIndex.query_vector read them)
    return [clean_markup(re.sub(r"\s+", " ", t).strip()) for t in (text, *two_questions(text))]


def search_notes(q: Query, view: CourseView, text: str | None = None,
                 admin: bool = True, adapt: bool = True) -> tuple[list[Hit], float]:
    """Passages for the question (or `text`), in the hybrid search's order, and how likely
    the notes answer it (`confidence.gate`). `admin=False` leaves out course-overview
    notes, which name every topic; `adapt=False` searches with the question's own vector
    even when there is a question adapter."""
    if view.knowledge is None:
        return [], 0.0
    text = re.sub(r"\s+", " ", text).strip() if text else search_text(q, view)
    adapt = adapt and view.knowledge.adapter is not None  # (without one, the same search)
    key = (text, admin, adapt)
    if key in q.passages:
        return q.passages[key]
    hits = view.knowledge.search(text, k=12, adapt=adapt)
    if not admin:
        hits = [h for h in hits if not h.chunk.is_overview]
    q.passages[key] = (hits, gate(hits, text))
    return q.passages[key]


def ranked_adapted(view: CourseView, symptom: bool = False) -> bool:
    """Whether composed_answer ranks the passages with the question adapter (a question
    about the material, with an adapter loaded), whose scores the answer model then reads."""
    return not symptom and view.knowledge is not None and view.knowledge.adapter is not None


def composed_answer(q: Query, view: CourseView, text: str | None = None,
                    symptom: bool = False, own_work: bool = False
                    ) -> tuple[list[Hit], float, Composition | None, tuple[float, ...]]:
    """The passages for the question (or `text`, a part of it), the gate's confidence, the
    answer composed from the best one's section (or, for a symptom or a comparison, from the
    best of the first few sections), and the features of the answer's confidence. `own_work`:
    help with one's own work, whose section is the search's first (see _best_section)."""
    text = re.sub(r"\s+", " ", text).strip() if text else search_text(q, view)
    # The question adapter learned questions about the material: help with one's own work
    # is searched with the question's own vector ("loss is nan with adam lr 0.1" was moved
    # from clipping exploding gradients to a VAE's failure modes).
    adapt = not symptom
    hits, gate = search_notes(q, view, text, adapt=adapt)
    if not hits or view.knowledge is None:
        return hits, gate, None, ()
    if not symptom and not own_work:
        hits = _asked_side_first(text, hits, view.knowledge)
    # Help with one's own work that describes what goes wrong ("keeps making the same
    # digit", "loss is nan") is a symptom; a question about the material asked about one's
    # work ("why can't we just sample z") is asked like any other.
    kind = SYMPTOM if symptom and describes_symptom(text) else asked_kind(text)
    vector = view.knowledge.query_vector(text)
    others = _next_sections(hits, RERANK_SECTIONS)
    scores: tuple[float, ...] = ()
    if kind in ACROSS_SECTIONS:
        wide = view.knowledge.search(text, k=WIDE_PASSAGES, query_vector=vector,
                                    adapt=adapt)
        if kind != SYMPTOM and not own_work:
            wide = _asked_side_first(text, wide, view.knowledge)
        # A symptom: the first section, and those about what goes wrong (another section
        # about the material is no likelier to explain a symptom than the first).
        firsts = (_named_trouble(_section_hits(wide, 1, is_trouble_heading), text)
                  if kind == SYMPTOM
                  else _section_hits(wide, ACROSS_SECTIONS_COUNT,
                                     partial(heading_compares, text,
                                             subjects=subject_words(view.knowledge))))
        if firsts and kind != SYMPTOM:
            # the section of the kind asked for answers the comparison alone ("what does
            # batch norm do differently at test time": "Training versus inference")
            asked = _section_asked(text, firsts[0], view, vector)
            firsts = [asked] if asked is not firsts[0] else firsts
        others = tuple(h.chunk for h in firsts[1:])
        scores = tuple(h.score for h in firsts)
        hits = ([firsts[0], *[h for h in hits if h.chunk is not firsts[0].chunk]] if firsts
                else hits)
    else:
        opening = _opening_of_named_note(text, view, vector)
        # Help with one's own work keeps the search's order: a section whose code or
        # steps fit "how do I" is not what a student's broken code needs.
        first = opening or (hits[0] if symptom else _best_section(text, vector, hits, view,
                                                                 kind, own_work))
        if not opening and not symptom:
            first = _section_asked(text, first, view, vector)
        if first is not hits[0]:
            hits = [first, *[h for h in hits if h.chunk is not first.chunk]]
            others = _next_sections(hits, RERANK_SECTIONS)
    composed = compose(text, vector, hits[0].chunk, view.knowledge, others, kind=kind,
                       section_scores=scores, named_terms=not own_work)
    top = hits[0]
    other = [h.score for h in hits[1:] if h.chunk.section != top.chunk.section]
    shown = asked_share(asked_words(text), composed.core_markdown)
    values = (*features(top, text), composed.best_cosine, shown,
              top.score - (other[0] if other else 0.0), *agreement(hits, text), gate)
    return hits, gate, composed, values


def _asked_side_first(text: str, hits: list[Hit], knowledge: KnowledgeIndex) -> list[Hit]:
    """A one-way comparison ("why are VAE samples blurry compared to GANs", "how is X
    different from a plain Y") asks about its first side: among the first SECTION_CHOICES
    sections found, one whose note and heading name only the side it is measured against
    (the GAN note's opening explains GANs, not the VAE's blur) goes after the others, when
    one of them names the side asked about. Measured against the plain kind ("compared with
    the original GAN"), a section that does not name the side asked about goes after."""
    sides = measured_sides(text, subject_words(knowledge))
    if sides is None:
        return hits
    asked, against = sides

    def names(hit: Hit, side: frozenset[str]) -> bool:
        return names_side(side, f"{hit.chunk.title} {innermost(hit.chunk.section)}")
    firsts = _section_hits(hits, SECTION_CHOICES)[:SECTION_CHOICES]
    if not any(names(h, asked) for h in firsts):
        return hits
    aside = {(h.chunk.path, h.chunk.section) for h in firsts
             if not names(h, asked) and (not against or names(h, against))}
    if not aside:
        return hits
    return ([h for h in hits if (h.chunk.path, h.chunk.section) not in aside]
            + [h for h in hits if (h.chunk.path, h.chunk.section) in aside])


def _named_trouble(firsts: list[Hit], text: str) -> list[Hit]:
    """A symptom of one model ("my GAN gives the same grey blob for every z") is explained by
    the section about what goes wrong with that model, not by its neighbour about another
    model ("Common VAE failure modes" beside "Common GAN failure modes" in one note): a
    section about what goes wrong that names none of what the student said is left out when
    one of the same note names it (the first section found stays, whatever it is)."""
    def names(h: Hit) -> int:
        return heading_names(text, h.chunk.section)
    trouble = [h for h in firsts if is_trouble_heading(h.chunk.section)]
    named = {h.chunk.path for h in trouble if names(h)}
    # ... and one about what goes wrong with a model neither the student nor the first
    # section found names ("Common VAE failure modes" for "my resnet's loss is nan" found
    # first in the RNN tutorial; a GAN's list stays for "the discriminator wins" found first
    # in the GANs note) is left out too; one about no model in particular stays.
    first = set(stem_words(f"{firsts[0].chunk.title} {firsts[0].chunk.section}"))

    def other_model(h: Hit) -> bool:
        subject = trouble_subject(h.chunk.section)
        return bool(subject) and not subject & first
    return [firsts[0], *[h for h in firsts[1:]
                         if not (h in trouble and not names(h) and (
                             h.chunk.path in named or other_model(h)))]]


def _best_section(text: str, vector: np.ndarray | None, hits: list[Hit], view: CourseView,
                  kind: str, own_work: bool = False) -> Hit:
    """The best passage of whichever of the first SECTION_CHOICES sections found answers
    best (see SECTION_CHOICES)."""
    if view.knowledge is None or SECTION_CHOICES < 2:
        return hits[0]
    if _adapter_ordered(hits):
        # Not for help with one's own work: its passage is then read by the stricter rules
        # of such help, and a closer unit elsewhere let a request for one's coursework code
        # and a run's rant through them (a GAN's recipe, a GCN's training code).
        return hits[0] if own_work else _best_adapted_section(vector, hits, view.knowledge)
    best, top = hits[0], float("-inf")
    for hit in _section_hits(hits, SECTION_CHOICES)[:SECTION_CHOICES]:
        unit, fits = section_fit(text, vector, view.knowledge.section(hit.chunk), kind)
        # The question's own fused score, which these weights were chosen with (the
        # adapter's moved one is lower, and unevenly so, than the heading's and the unit's
        # cosines, which are the question's own).
        fused = (1 - SECTION_ADAPTED_SHARE) * hit.own_score + SECTION_ADAPTED_SHARE * hit.score
        score = (fused + SECTION_HEADING_WEIGHT * hit.heading
                 + SECTION_UNIT_WEIGHT * unit + SECTION_KIND_WEIGHT * fits)
        if score > top:
            best, top = hit, score
    return best


def _best_adapted_section(vector: np.ndarray | None, hits: list[Hit],
                          knowledge: KnowledgeIndex) -> Hit:
    """Of the first sections the adapter ordered, the one whose best passage and best and
    lead units are closest to the question as the adapter moved it (see
    SECTION_ADAPTED_UNIT_WEIGHT)."""
    moved = knowledge.searched_vector(vector)
    # The course's overview notes restate the page in short facts, whose units name the
    # course's words whatever is asked: a unit there is no likelier to answer (a deadline
    # table for a notebook that won't open), so they neither move nor are moved to.
    if moved is None or hits[0].chunk.is_overview:
        return hits[0]

    def weighed(hit: Hit) -> float:
        cosines = [float(row @ moved) for _, _, row in knowledge.section(hit.chunk)]
        if not cosines:
            return hit.score
        return (hit.score + SECTION_ADAPTED_UNIT_WEIGHT * max(cosines)
                + SECTION_ADAPTED_LEAD_WEIGHT * cosines[0])
    near = [h for h in _section_hits(hits, SECTION_CHOICES)[:SECTION_CHOICES]
            if hits[0].score - h.score <= SECTION_ADAPTED_GAP and not h.chunk.is_overview]
    return max(near, key=weighed, default=hits[0])


def _adapter_ordered(hits: list[Hit]) -> bool:
    """Whether the question adapter ordered the passages: its first section is then kept
    (SECTION_CHOICE_WITH_ADAPTER)."""
    return not SECTION_CHOICE_WITH_ADAPTER and bool(hits) and hits[0].own is not None


def _section_asked(text: str, first: Hit, view: CourseView,
                   vector: np.ndarray | None) -> Hit:
    """A question that asks for a kind of section by name ("limitations of X", "X at test
    time", "how does X relate to Y", "X's legacy") gets the section of that kind in the
    note of the section chosen, when the search finds it, rather than the note's
    definition or opening."""
    kind = asked_section_kind(text)
    if kind is None or view.knowledge is None or heading_of_kind(kind, first.chunk.section):
        return first
    wide = view.knowledge.search(text, k=WIDE_PASSAGES, query_vector=vector)
    return next((h for h in wide if h.chunk.path == first.chunk.path
                 and heading_of_kind(kind, h.chunk.section)), first)


def _opening_of_named_note(text: str, view: CourseView,
                           vector: np.ndarray | None) -> Hit | None:
    """A bare definition of exactly what a lecture's note is about ("what is batch norm"):
    the note's opening section, which introduces its subject, rather than whichever later
    section repeats the name most (a paper's title, a variant's table). Tutorial notes open
    with an exercise, so only lecture notes count."""
    subject = definition_subject(text)
    if subject is None or view.knowledge is None:
        return None
    # The notes about exactly that subject, whether or not the search ranked them first
    # ("GANs" before "GAN basics": the note about the subject itself).
    named = sorted({c.path: c for c in view.knowledge.chunks
                    if c.lecture and not c.tutorial and not c.is_overview
                    and title_subject(c.title) == subject}.values(),
                   key=lambda c: not names_title(c.title))
    if not named:
        return None
    wide = view.knowledge.search(text, k=WIDE_PASSAGES, query_vector=vector)
    same_note = [h for h in wide if h.chunk.path == named[0].path]
    return min(same_note, key=lambda h: view.knowledge.position(h.chunk), default=None)


def _section_hits(hits: list[Hit], count: int, also: Callable[[str], bool] | None = None
                  ) -> list[Hit]:
    """The best passage of each of the first `count` sections found, and of each other
    section among `hits` whose heading `also` accepts (one about what goes wrong, for a
    symptom; one that names both sides, for a comparison) in a note the first TOPIC_PASSAGES
    passages come from (the same subject: "Training and testing" in another network's
    note does not compare batch norm's training and test modes)."""
    notes = {h.chunk.path for h in hits[:TOPIC_PASSAGES]}
    seen: set[tuple[str, str]] = set()
    out: list[Hit] = []
    for h in hits:
        key = (h.chunk.path, h.chunk.section)
        if key in seen:
            continue
        if len(seen) < count or (also is not None and h.chunk.path in notes
                                 and also(h.chunk.section)):
            seen.add(key)
            out.append(h)
    return out


def _next_sections(hits: list[Hit], count: int = RERANK_SECTIONS) -> tuple:
    """A passage of each of the next sections found, up to `count` sections in all."""
    seen = {(hits[0].chunk.path, hits[0].chunk.section)}
    out = []
    for h in hits[1:]:
        key = (h.chunk.path, h.chunk.section)
        if key not in seen and len(seen) < count:
            seen.add(key)
            out.append(h.chunk)
    return tuple(out)


def agreement(hits: list[Hit], text: str) -> tuple[float, float, float]:
    """Whether the passage model, the dense score and BM25 each put the first passage's
    section first as well: when the rankers disagree, the first section is more often the
    wrong one."""
    first = (hits[0].chunk.path, hits[0].chunk.section)

    def agrees(best: Hit) -> float:
        return float((best.chunk.path, best.chunk.section) == first)

    candidates = hits[:GATE_PASSAGES]
    return (agrees(max(candidates, key=lambda h: probability(h, text))),
            agrees(max(candidates, key=lambda h: h.dense)),
            agrees(max(candidates, key=lambda h: h.bm25)))


# Two questions about the material in one message ("what is the 1x1 conv for in inception;
# why do skip connections help"), as understanding joins them; the second stands alone
# unless it points back ("...; how do people deal with it").
_ASKING_STEMS = frozenset(stem_words(" ".join(QUESTION_WORDS)))
_POINTS_BACK = re.compile(r"\b(it|its|this|that|these|those|them|they|their)\b", re.I)


# A question mark, then "also"/"and"/"plus" and another question ("...? also what is the
# KL doing in the loss"): where understanding left two questions in one part. Without the
# connector the next question is more often a follow-up ("? what goes wrong if we skip
# the scaling").
_NEXT_QUESTION = re.compile(r"\?\s+(?=(?:and|also|plus)\s+(?:what|whats|why|how|which|"
                            r"is|are|does|do|can)\b)", re.I)


def two_questions(text: str) -> list[str]:
    """The two questions of `text`, each naming its own subject; [] when it asks one."""
    parts = [p.strip(" ,;?") for p in re.split(r";|" + _NEXT_QUESTION.pattern, text,
                                                  flags=re.I)]
    parts = [p for p in parts if p]
    # More than two: the last question apart, when it names a subject none of the others
    # do ("whats the reparameterization trick; why cant we backprop through sampling; what
    # is the KL doing in the loss"); the others are one question about their subject.
    parts = ["; ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts
    if len(parts) != 2 or _POINTS_BACK.search(parts[1]):
        return []
    first, second = (asked_words(p) - _ASKING_STEMS for p in parts)
    # "why pad; what is 'same' padding" asks two things about one subject: one section
    return parts if first and second and not first & second else []


# A name written as one: capitals inside a word of four or more letters ("LoRA", "RoPE",
# "ConvNeXt", "FlashAttention"), or an acronym of three or more capitals ("DDPM"); not an
# error's class ("RuntimeError": the student's symptom, not a subject) nor an @mention.
_NAME = re.compile(r"(?<![@\w])(?:[A-Za-z]+[A-Z][A-Za-z]*|[A-Z]{3,})\b")
_ERROR_CLASS = re.compile(r"(?:Error|Exception|Warning)$")
# A sentence that asks: it ends with a question mark or opens with a question word.
_ASKING = re.compile(r"^\W*(?:what|whats|how|why|which|when|where|who|is|are|does|do|did|can|"
                     r"could|should|would|explain|describe|define|tell)\b|\?\s*$", re.I)


def unknown_name(q: Query, view: CourseView) -> str | None:
    """A name the question asks about that the notes never use ("how does LoRA fine-tuning
    work", "RoPE vs sinusoidal encodings"): what it asks about is not in the notes, whatever
    passage its other words find. Only names in a sentence that asks count ("I mainly do
    tabular stuff with XGBoost ... Could you explain what the query, key and value are?"
    asks about attention); an acronym or a degree that is an English word ("WHY", "MEng")
    is no name; nor is a kind of a subject the notes never name ("flash attention",
    `absent_kind`). None when every name asked about is in the notes."""
    if view.knowledge is None:
        return None
    known = word_rarity(view.knowledge)
    english = view.understander.english
    said = [s for s in re.split(r"(?<=[.!?\n])\s+", q.raw.strip()) if s.strip()]
    asking = [s for s in said if len(said) == 1 or _ASKING.search(s)]
    for sentence in asking:
        for m in _NAME.finditer(sentence):
            name = m.group(0)
            inner = sum(ch.isupper() for ch in name[1:])
            if _ERROR_CLASS.search(name) or (name.lower() in english and (
                    name.isupper() or inner < 2)) or (not name.isupper() and len(name) < 4):
                continue
            if not all(w in known for w in stem_words(spelling(name))) and not _phrase_in_notes(
                    name, view.knowledge) and not _initials_in_notes(name, view.knowledge):
                return name
    # A kind of a note's subject they never name, written in lower case too ("flash
    # attention"): searched in the question as corrected, abbreviations spelled out.
    ignored = _no_subject(view.understander.words.stopwords)
    said = [s for s in re.split(r"(?<=[.!?\n])\s+", search_text(q, view)) if s.strip()]
    for sentence in (s for s in said if len(said) == 1 or _ASKING.search(s)):
        if (kind := absent_kind(sentence, view.knowledge, ignored)) is not None:
            return kind
    return None


@lru_cache(maxsize=4)  # per vocabulary's stopwords
def _no_subject(stopwords: frozenset[str]) -> frozenset[str]:
    """Words that name no subject: stopwords, fillers, the words questions are asked in."""
    return frozenset(stopwords | FILLER | QUESTION_WORDS)


def note_named_after(subject: str, q: Query, view: CourseView) -> str | None:
    """The note whose title names the kind of which the subject is one ("N20 Attention" for
    "flash attention"), the first the search finds; None if none does (a name: "LoRA")."""
    head = set(stem_words(spelling(subject.split()[-1])))
    for hit in search_notes(q, view, admin=False)[0]:
        if head and head <= set(stem_words(spelling(hit.chunk.title))):
            return f"{hit.chunk.doc_id} {hit.chunk.title}"
    return None


# The words of a name written as one ("CrossEntropyLoss": cross, entropy, loss).
_NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def _phrase_in_notes(name: str, knowledge: KnowledgeIndex) -> bool:
    """A name written as one whose words the notes use together ("CrossEntropyLoss" for
    "cross-entropy loss"): a library's name for something the notes explain, not a subject
    they lack ("FlashAttention", "SimCLR": not in them as a phrase)."""
    words = [w.lower() for w in _NAME_WORDS.findall(name)]
    return len(words) >= 2 and f" {' '.join(words)} " in _notes_prose(knowledge)


def _initials_in_notes(name: str, knowledge: KnowledgeIndex) -> bool:
    """An acronym ("LM", "LMs") of a phrase the notes use as a term ("language model"): the
    initials of some run of words in them, that same run written at least INITIALS_SEEN
    times (a term, not two words that happen to meet), each word a real word (of at least
    four letters: "a", "of" make no term)."""
    letters = name[:-1] if name.endswith("s") and name[:-1].isupper() else name
    if not letters.isupper() or not letters.isalpha():
        return False
    run = r"\s".join(f"{c}[a-z]{{3,}}" for c in letters.lower())
    seen = Counter(re.findall(rf"(?<= ){run}(?= )", _notes_prose(knowledge)))
    return any(n >= INITIALS_SEEN for n in seen.values())


# How often the notes write a phrase for an acronym of its initials to be theirs.
INITIALS_SEEN = 3


@lru_cache(maxsize=4)  # one index at a time; its chunks do not change while the bot runs
def _notes_prose(knowledge: KnowledgeIndex) -> str:
    """The notes' text, lower case, each run of other characters one space."""
    text = " ".join(c.text for c in knowledge.chunks).lower()
    return f" {re.sub(r'[^a-z0-9]+', ' ', text)} "


def answer_from_notes(q: Query, view: CourseView, reader: Reader,
                      symptom: bool = False, own_work: bool = False) -> Reply | None:
    """The answer from the notes, or None when they do not answer it. Two questions in one
    message are answered each from its own section, each cited; a symptom (help with one's
    own work) from what the notes say goes wrong. A question naming something the notes
    never name is not answered from them (`unknown_name`), nor a comparison of things
    they never name (`unnamed_sides`): a section found by its other words is no answer."""
    if unknown_name(q, view) is not None or (
            view.knowledge is not None and unnamed_sides(search_text(q, view), view.knowledge)):
        return None
    parts = two_questions(search_text(q, view))
    if parts:
        found = [_one_answer(q, view, p, symptom, own_work) for p in parts]
        if all(found) and found[0][0].chunk.section != found[1][0].chunk.section:
            return _joined([f for f in found if f], view)
    one = _one_answer(q, view, None, symptom, own_work)
    if one is None:
        return None
    # Help with one's own work read as a symptom too: its search keeps its own order without
    # the question adapter, and the section that explains the fault is often the next one
    # ("Gradient clipping" behind a training loop). Only a next section whose own heading
    # names what the student says (a neighbour about another model or another network's
    # code is noise), and not when the student names a failure (the reply then keeps only
    # the items naming it, and a second list emptied by that is a bare lead-in).
    text = search_text(q, view)
    second = (None if symptom and named_failures(q.raw)
              else _runner_up(view, text, one, named=symptom))
    return _joined([one, second] if second else [one], view)


def _runner_up(view: CourseView, text: str, found: tuple[Composition, list[Hit], float],
               named: bool = False) -> tuple[Composition, list[Hit], float] | None:
    """The next section's answer, when the search ranks it about as high as the first
    and the first answer is not that sure (RUNNER_UP_BELOW); None otherwise. Never a course
    overview (it names every topic, it explains none)."""
    composed, hits, confidence = found
    if confidence >= min(CONFIDENT_THRESHOLD, RUNNER_UP_BELOW) or view.knowledge is None:
        return None
    # The best section not shown: the first found, when the answer came from another one
    # (a comparison's units chosen across sections: "VAE versus GAN in practice" shown,
    # the VAE note's section found first is the next best, not the one behind it).
    taken = (composed.chunk.path, composed.chunk.section)
    runner = next((h for h in hits if (h.chunk.path, h.chunk.section) != taken
                   and not h.chunk.is_overview), None)
    # Close in the search, either way round: the section choice may put a section just
    # behind the next one first (SECTION_CHOICES). A first section a rule placed well
    # below the next (a bare definition's opening section) stays the only one.
    if runner is None or abs(hits[0].score - runner.score) > RUNNER_UP_GAP or (
            named and not heading_names(text, runner.chunk.section)):
        return None
    vector = view.knowledge.query_vector(text)
    second = compose(text, vector, runner.chunk, view.knowledge, kind=composed.kind,
                     fill=RUNNER_UP_FILL)
    if second.markdown in composed.markdown:
        return None
    return second, [runner], confidence


def _one_answer(q: Query, view: CourseView, text: str | None, symptom: bool,
                own_work: bool = False) -> tuple[Composition, list[Hit], float] | None:
    hits, gate, composed, values = composed_answer(q, view, text, symptom, own_work)
    if composed is None:
        return None
    # The confidence reported is the probability that this answer is right; one decision:
    # an answer that confident is given even when the passage model alone doubts it.
    confidence = answer_probability(values, adapted=ranked_adapted(view, symptom))
    if view.knowledge is not None and unshown_choices(
            text or search_text(q, view),
            f"{composed.chunk.section.rsplit(' > ', 1)[-1]} {plain(composed.markdown)}",
            view.knowledge):
        confidence = min(confidence, ONE_SIDED_CHOICE_CONFIDENCE)
    if (gate < ANSWER_THRESHOLD and confidence < ANSWER_THRESHOLD
            and not _names_its_session(q, composed)
            and not _shows_code_named(text or q.raw, composed)
            and not _kind_asked_shown(text or search_text(q, view), composed)):
        return None
    return composed, hits, confidence


def _kind_asked_shown(text: str, composed: Composition) -> bool:
    """Whether the answer is the section of the kind the question asks for by name in the
    note about what it names ("why are transformers so expensive": "Complexity and path
    length" in the transformer note; "drawbacks of batch norm": its "Drawbacks"): the
    models read "expensive" or "cons" as words the passage lacks and doubt it, yet the
    note's own section on that is what was asked, so it is shown (hedged)."""
    kind = asked_section_kind(text)
    chunk = composed.chunk
    return (kind is not None and not chunk.is_overview
            and heading_of_kind(kind, chunk.section) and heading_names(text, chunk.title) > 0)


# A name from code: a dotted name ("optimizer.zero_grad", "nn.Conv2d") or a call
# ("RandomHorizontalFlip()", "zero_grad()"); each part two characters or more, so "e.g."
# and "3.5" are none.
_CODE_NAME = re.compile(r"(?<![\w.])[A-Za-z_]\w+(?:\.[A-Za-z_]\w+)+(?![\w.])"
                        r"|(?<![\w.])[A-Za-z_]\w{2,}(?=\()")


def _shows_code_named(text: str, composed: Composition) -> bool:
    """Whether the answer shows, verbatim, a name from code the question names ("what
    happens if i forget optimizer.zero_grad()", "do I need model.eval() for validation"):
    the notes' lists of pitfalls and code are passages that match such a question weakly
    (one line among many), yet the line names what is asked, so the passage is shown
    (hedged) even when the models doubt it. A dotted name also counts by its last part when
    that is a name only code writes (an underscore or an inner capital: "zero_grad")."""
    shown = composed.markdown.lower()
    for name in _CODE_NAME.findall(text):
        last = name.rsplit(".", 1)[-1]
        code_word = "_" in last or any(ch.isupper() for ch in last[1:])
        if name.lower() in shown or (code_word and len(last) > 3 and last.lower() in shown):
            return True
    return False


def _names_its_session(q: Query, composed: Composition) -> bool:
    """Whether the question names the lecture or tutorial whose note the answer comes from
    ("in t09 why do we add the identity to A", "lec 2 says knn breaks in high dimensions"):
    the student says where the notes cover it, so the passage is shown (hedged) even when
    the models doubt it. On the seven labelled content sets no question the notes must not
    answer names the session of the passage found."""
    c = composed.chunk
    event = f"L{c.lecture}" if c.lecture else c.tutorial
    return bool(event) and not c.is_overview and event in {*q.lectures, *q.tutorials}


def _joined(found: list[tuple[Composition, list[Hit], float]], view: CourseView) -> Reply:
    """One reply quoting each composition with its citation."""
    passages, quotes, events, cited = [], [], [], []  # cited: the sources, each part's
    for composed, hits, _ in found:
        best = Hit(composed.chunk, hits[0].score, hits[0].bm25, hits[0].dense,
                   hits[0].bm25_raw, hits[0].heading)
        cite = citation(best)
        quotes.append(Quote(composed.markdown, cite,
                            "" if composed.whole else composed.section_markdown,
                            composed.chunk.section or composed.chunk.title))
        passages.append(W.PASSAGE.format(snippet=plain(composed.markdown), citation=cite))
        eid = _event_id(best)
        if eid and (e := view.schedule.event(eid)) is not None and e not in events:
            events.append(e)
        cited.extend(s for s in sources(hits) if (s.id, s.title) not in
                     {(c.id, c.title) for c in cited})
    # Answered only as sure as the notes are right 95% of the time; below that the passage
    # is still shown, said to be a guess (a student can read it; a TA can be asked).
    confidence = min(p for _, _, p in found)
    sure = confidence >= CONFIDENT_THRESHOLD
    body = (W.FROM_NOTES if sure else W.FROM_NOTES_HEDGED) + "\n\n" + "\n\n".join(passages)
    return Reply("content", sure, confidence, body, events, cited, quotes)


def lectures_in_notes(q: Query, view: CourseView) -> tuple[list[str], list[Hit], float]:
    """Lecture or tutorial ids whose notes discuss the topic (for "which lecture covers X")."""
    hits, confidence = search_notes(q, view, q.topic, admin=False)
    if not hits or confidence < ANSWER_THRESHOLD:
        return [], hits, confidence
    # Which notes are about a topic is what the passage model reads best (a heading that
    # names it), so here the first few passages are taken in its order.
    likely = sorted(((probability(h, q.topic), i) for i, h in enumerate(hits[:GATE_PASSAGES])),
                    key=lambda t: (-t[0], t[1]))
    ids: list[str] = []
    for p, i in likely[:3]:
        eid = _event_id(hits[i])
        if eid and eid not in ids and p >= ANSWER_THRESHOLD:
            ids.append(eid)
    return ids, hits, confidence


# What a session covered or said, asked of it ("what was the signals tutorial about", "what
# did the GAN lecture say about mode collapse", "summarise lecture 14"): asked in the past,
# or for a summary or what is in it. Not when or where it is.
_SESSION_CONTENT = re.compile(
    r"\b(?:(?:was|were|did)\b.{0,80}?\b(?:about|cover(?:ed)?|say|said|teach|taught|"
    r"go(?:es)? (?:over|through|into)|went (?:over|through|into)|talk\w*|discuss\w*|"
    r"explain\w*|show\w*|they do|we do|mention\w*|focus\w*)\b"
    r"|summar(?:i[sz]e|y)|recap|tl;?dr"
    r"|what(?:'?s| is) in (?:the |that |this |last |)(?:(?!in\b|on\b)[\w-]+ ){0,3}"
    r"(?:lecture|tutorial|lec|tut|session)s?\b)", re.I)
# Words that ask about the session, not about a subject within it.
_SESSION_WORDS = frozenset(stem_words(
    "lecture lectures lec tutorial tutorials tut session sessions class notes slides week "
    "last this previous yesterday today about cover covered say said teach taught go went "
    "over through into talk discuss explain show mention focus summarise summarize summary "
    "recap missed miss tldr they we us in on the what wht wat was were did does do it its "
    "whole main gist for me you can could please pls plz end start at beginning skip skipped "
    "attend attended make made couldnt could't didnt wasnt"))
# How sure a passage of the session's own notes is: its opening (what the session was
# about), or a passage the unrestricted search also finds among its first, is the answer;
# one found only inside the session's notes is shown hedged.
SESSION_OPENING_CONFIDENCE = 0.9
SESSION_FOUND_CONFIDENCE = 0.9
SESSION_ONLY_CONFIDENCE = 0.6


def asks_session_content(q: Query) -> bool:
    return bool(_SESSION_CONTENT.search(q.text))


def _asked_sessions(q: Query, view: CourseView) -> list[str]:
    """The lectures and tutorials the question names, by id or by title (the best match
    of the kind it names)."""
    ids = [*q.lectures, *q.tutorials]
    if ids:
        return ids
    from bot.core.topics import MATCH_THRESHOLD
    wanted = q.kinds & {"lecture", "tutorial"}
    found = [m for m in q.topic_matches if m.item.kind in wanted and m.score >= MATCH_THRESHOLD]
    return [found[0].item.id] if found else []


def _session_hits(view: CourseView, ids: list[str], text: str) -> list[Hit]:
    """The passages of those sessions' notes (the schedule links a lecture to its notes),
    in the search's order for `text`."""
    assert view.knowledge is not None
    wanted = set(ids)
    wide = view.knowledge.search(text, k=len(view.knowledge.chunks))
    return [h for h in wide if _event_id(h) in wanted and not h.chunk.is_overview]


def answer_session_content(q: Query, view: CourseView, reader: Reader,
                           unnamed: bool = True) -> Reply | None:
    """What a named lecture or tutorial covered, from the notes that go with it: their
    opening when the question asks about the session only, else the passage of its notes
    the question finds. None when no session with notes is named or it is not asked so;
    with `unnamed`, a session no title names is answered from the notes at large."""
    if view.knowledge is None or not asks_session_content(q):
        return None
    ids = _asked_sessions(q, view)
    beside = _beside_named(q, view)
    named_ids = ids
    if beside is not None:
        # "what did the lecture just before the gan one cover": the one next to it is asked
        named_ids, ids = [beside[1].id], [beside[2].id]
    if not ids:
        # (a session named by its week, "what's in the week 4 tutorial", is the timetable's)
        if (not unnamed or not q.kinds & {"lecture", "tutorial"} or q.week is not None
                or q.time.window is not None
                or not asked_words(q.text) - _SESSION_WORDS - set(stem_words(" ".join(q.kinds)))):
            return None
        # "what did the GAN lecture say about mode collapse": no title names the session;
        # the notes answer what it said
        return answer_from_notes(q, view, reader)
    text = search_text(q, view)
    hits = _session_hits(view, ids, text)
    if not hits:
        return None
    # (the question's own words: the search's text adds what abbreviations stand for)
    asked = asked_words(q.text)
    rest = asked - _SESSION_WORDS - _ORDER_WORDS - _naming_words(asked, [*named_ids, *ids], view)
    rest = {w for w in rest if not w.isdigit()}
    if not rest:
        # the session itself: the opening of each of its notes, in the schedule's order
        first = min(hits, key=lambda h: view.knowledge.position(h.chunk))  # type: ignore[union-attr]
        hit, confidence = first, SESSION_OPENING_CONFIDENCE
    else:
        hit = hits[0]
        own, _ = search_notes(q, view, text)
        found = any(h.chunk is hit.chunk for h in own[:GATE_PASSAGES])
        confidence = SESSION_FOUND_CONFIDENCE if found else SESSION_ONLY_CONFIDENCE
    vector = view.knowledge.query_vector(text)
    composed = compose(text, vector, hit.chunk, view.knowledge)
    reply = _joined([(composed, [hit], confidence)], view)
    if not rest:
        # what else the session's notes go through: their headings, in order
        reply.text += "\n\n" + W.SESSION_SECTIONS.format(sections="; ".join(_headings(hits, view)))
    if beside is not None:  # (which session that is, since the question did not name it)
        direction, named, other = beside
        head = W.BEFORE_SESSION_IS if direction == "before" else W.AFTER_SESSION_IS
        said = head.format(title=event_name(named), other=event_name(other))
        reply.text = f"{said}\n\n{reply.text}"
    return reply


# The words that place a session by another ("the lecture just before ...").
_ORDER_WORDS = frozenset(stem_words("before after right just immediately directly preceding "
                                    "following follows previous next one came comes come"))


def _beside_named(q: Query, view: CourseView) -> tuple[str, Event, Event] | None:
    """(direction, the lecture or tutorial named, the one of its kind right next to it) when
    the question asks about the session after or before one it names; else None."""
    from bot.core.queries import neighbour, next_to_named  # (queries imports this module)
    found = next_to_named(q, view)
    if found is None:
        return None
    direction, named, asked = found
    if len(named) != 1 or asked is not None or named[0].kind not in ("lecture", "tutorial"):
        return None
    others = neighbour(view, named[0], direction)
    return (direction, named[0], others[0]) if len(others) == 1 else None


_TITLE_PARTS = re.compile(r",|\band\b|&|:")


def _naming_words(asked: set[str], ids: list[str], view: CourseView) -> set[str]:
    """The words of the sessions' titles that name the session, not a part of it: a title
    of several parts ("Data Augmentation and case study") is named by its first; a later
    part asked ("the case study at the end of lecture 14", "the case study in the
    augmentation lecture") is what is asked about."""
    words: set[str] = set()
    for i in ids:
        e = view.schedule.event(i)
        if e is None:
            continue
        title = e.topic or e.title.split(":", 1)[-1]
        parts = [set(stem_words(p)) for p in _TITLE_PARTS.split(title) if p.strip()]
        later = [p for p in parts[1:] if p & asked]
        if later and not all(p <= asked for p in parts):  # (not the whole title said)
            words |= set(stem_words(f"{e.title} {e.topic or ''}")) - set().union(*later)
        else:
            words |= set(stem_words(f"{e.title} {e.topic or ''}"))
            # ("batchnorm" for "Batch-norm", "resnets" for "ResNet")
            squashed = re.sub(r"[^a-z0-9]", "", title.lower())
            words |= {w for w in asked if len(w) > 2 and (w in squashed or squashed in w)}
    return words


def _headings(hits: list[Hit], view: CourseView) -> list[str]:
    """The sections of the notes these passages come from, in the notes' order."""
    assert view.knowledge is not None
    ordered = sorted(hits, key=lambda h: view.knowledge.position(h.chunk))  # type: ignore[union-attr]
    names = [h.chunk.section.split(" > ")[-1] for h in ordered if h.chunk.section]
    return list(dict.fromkeys(names))
