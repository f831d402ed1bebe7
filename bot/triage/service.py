"""Escalating questions, grouping duplicates, TA commands and the answers' way back.

Core logic only: replies are text and relays are returned as (reference, text) pairs for an
adapter to send. Embeddings come from the injected `embed` (the MiniLM model in the bot).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from bot.core import wording as W
from bot.core.answer import Answer, Source
from bot.core.personal import PersonalDetector, rule_verdict
from bot.core.text import printable
from bot.core.timefmt import elapsed, format_duration
from bot.schedule.model import Schedule
from bot.triage.store import Group, Question, TriageStore
from bot.triage.tags import Tags, tag

log = logging.getLogger(__name__)

Embed = Callable[[list[str]], np.ndarray | None]  # unit-length rows; None: no model yet
Quote = Callable[[str], str]  # how students' text is rendered for TAs
# Cosine similarity at or above which two questions are the same question. Measured on
# tests/data/triage_questions.jsonl by bench/triage.py: F1 peaks at 0.575 (precision 0.82,
# recall 0.51); 0.60 keeps precision at 0.91 (recall 0.47), because a wrong merge sends a
# student someone else's answer, while a missed duplicate costs a TA one "dup" command.
GROUP_THRESHOLD = 0.60
URGENCY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class Asker:
    user_id: str
    user_name: str | None
    reference: dict[str, Any]
    anonymous: bool = False


@dataclass(frozen=True)
class Filed:
    group_id: int
    question_id: int
    joined: bool
    tags: Tags
    reply: str


@dataclass(frozen=True)
class Relay:
    question: Question
    text: str


def relay_text(question: Question, answer: str) -> str:
    """What an asker receives: their question and the TA's answer, naming no one."""
    return W.TA_ANSWER.format(question=question.text[:200], answer=answer)


class TriageService:
    def __init__(self, store: TriageStore, embed: Embed | None,
                 schedule: Callable[[], Schedule], threshold: float = GROUP_THRESHOLD,
                 personal: PersonalDetector | None = None):
        self.store = store
        self._embed = embed
        self._schedule = schedule
        self.threshold = threshold
        self._personal = personal  # without it, the detector's rules alone decide

    def is_personal(self, question: str, vector: np.ndarray | None = None) -> bool:
        if self._personal is None:
            return rule_verdict(question) is not None
        return self._personal.is_personal(question, vector)

    # --- students ---------------------------------------------------------------------------
    def escalate(self, question: str, answer: Answer, asker: Asker, now: datetime) -> Filed:
        vector = self._vector(question)
        tags = tag(question, answer, self._schedule(), now,
                   personal=self.is_personal(question, vector))
        group_id, qid, joined = self.store.file_question(
            lambda candidates: self._closest(vector, candidates) if vector is not None
            else None,
            dict(title=question[:300], category=tags.category, week=tags.week,
                 lecture=tags.lecture, deadline_id=tags.deadline_id, due=tags.due,
                 urgency=tags.urgency, personal=tags.personal),
            text=question[:2000], user_id=asker.user_id, user_name=asker.user_name,
            anonymous=asker.anonymous, reference=asker.reference, now=now,
            bot_guess=answer.text[:1000] if answer.text else None,
            confidence=float(answer.confidence), embedding=vector)
        log.info("triage: question %d filed in group %d (%s, joined=%s)", qid, group_id,
                 tags.category, joined)
        if joined:
            group = self.store.group(group_id)
            others = max(0, (group.askers if group else 1) - 1)
            if others:
                who = W.TRIAGE_OTHERS_ONE if others == 1 else \
                    W.TRIAGE_OTHERS_MANY.format(n=others)
                return Filed(group_id, qid, True, tags,
                             W.TRIAGE_JOINED.format(id=group_id, others=who))
        reply = W.TRIAGE_FILED.format(id=group_id)
        if tags.personal:
            reply += W.TRIAGE_PERSONAL
        return Filed(group_id, qid, joined, tags, reply)

    def faq_answer(self, question: str) -> Answer | None:
        """A TA answer already given to this question, as the bot's answer (or None)."""
        vector = self._vector(question)
        if vector is None or self.is_personal(question, vector):
            return None  # a personal matter is for a person, never a stored answer
        gid = self._closest(vector, self.store.answered_embeddings())
        group = self.store.group(gid) if gid is not None else None
        if group is None or not group.answer:
            return None
        week = group.week if group.week is not None else "?"
        title = W.TA_ANSWER_SOURCE.format(week=week)
        return Answer(question=question, intent="faq", answered=True, confidence=0.9,
                      text=W.TA_ANSWER_FAQ.format(answer=group.answer, week=week),
                      sources=[Source(id=f"TA-{group.id}", title=title, path=None,
                                      lecture=group.lecture, score=1.0,
                                      snippet=group.answer[:300])])

    def forget(self, user_id: str) -> int:
        return self.store.forget_user(user_id)

    # --- TAs --------------------------------------------------------------------------------
    def open_groups(self) -> list[Group]:
        """Most urgent first (the nearest deadline), then the oldest."""
        groups = self.store.groups("open")
        far = datetime.max.replace(tzinfo=groups[0].created.tzinfo) if groups else None
        return sorted(groups, key=lambda g: (URGENCY_ORDER.get(g.urgency, 3),
                                             g.due or far, g.created))

    def listing(self, now: datetime, quote: Quote = printable) -> str:
        """The open groups; `quote` renders students' text for where it is shown (escaped
        Markdown in Teams; by default, without control characters for a terminal)."""
        groups = self.open_groups()
        if not groups:
            return W.TRIAGE_EMPTY
        lines = [W.TRIAGE_LIST_HEADER.format(count=len(groups))]
        for g in groups:
            due = W.TRIAGE_DUE_PART.format(deadline=g.deadline_id,
                                           left=format_duration(elapsed(now, g.due))) \
                if g.due and g.due > now else ""
            where = W.TRIAGE_WHERE_PART.format(
                week=g.week, lecture=W.TRIAGE_LECTURE_PART.format(lecture=g.lecture)
                if g.lecture else "") if g.week else ""
            lines.append(W.TRIAGE_LIST_LINE.format(
                id=g.id, urgency=g.urgency, due=due, category=g.category, where=where,
                title=quote(g.title[:120]), askers=g.askers,
                age=format_duration(elapsed(g.created, now)),
                personal=W.TRIAGE_PERSONAL_MARK if g.personal else ""))
        return "\n".join(lines)

    def show(self, group_id: int, quote: Quote = printable) -> str:
        group = self.store.group(group_id)
        if group is None:
            return W.TRIAGE_UNKNOWN_GROUP.format(id=group_id)
        lines = [W.TRIAGE_SHOW_HEADER.format(id=group.id, status=group.status,
                                             category=group.category, week=group.week,
                                             title=quote(group.title))]
        for q in self.store.questions(group_id):
            who = W.TRIAGE_ANONYMOUS if q.anonymous else quote(q.user_name or q.user_id)
            lines.append(W.TRIAGE_SHOW_LINE.format(who=who, when=f"{q.asked_at:%d %b %H:%M}",
                                                   text=quote(q.text),
                                                   confidence=q.confidence))
        return "\n".join(lines)

    def answer(self, group_id: int, text: str, ta: str, add_to_faq: bool,
               now: datetime) -> list[Relay] | None:
        """Record the answer; the relays to send (one per asker), or None if not open."""
        group = self.store.group(group_id)
        if group is None or group.status != "open":
            return None
        # A personal question's answer is never reused for other students.
        if not self.store.set_answer(group_id, text, ta, add_to_faq and not group.personal,
                                     now):
            return None  # another TA answered (or closed) it first: see `answered_by`
        latest = {q.user_id: q for q in self.store.questions(group_id)}  # as the outbox does
        return [Relay(q, relay_text(q, text)) for q in latest.values()]

    def close(self, group_id: int, now: datetime) -> bool:
        group = self.store.group(group_id)
        if group is None or group.status != "open":
            return False
        return self.store.close(group_id, now)

    def merge(self, keep: int, other: int, now: datetime) -> int | None:
        a, b = self.store.group(keep), self.store.group(other)
        if a is None or b is None or a.status != "open" or b.status != "open" or keep == other:
            return None
        self.store.merge(keep, other, now)
        merged = self.store.group(keep)
        return merged.askers if merged else 0

    def answered_by(self, group_id: int) -> Group | None:
        """The group if a TA has answered it (the reply to a second TA's answer)."""
        group = self.store.group(group_id)
        return group if group is not None and group.status == "answered" else None

    @property
    def schedule(self) -> Schedule:
        return self._schedule()

    # --- helpers ----------------------------------------------------------------------------
    def _vector(self, text: str) -> np.ndarray | None:
        if self._embed is None or not text.strip():
            return None
        vectors = self._embed([text])  # None while the model is still loading
        return None if vectors is None else np.asarray(vectors[0], np.float32)

    def _closest(self, vector: np.ndarray, candidates: list[tuple[int, np.ndarray]]
                 ) -> int | None:
        best, best_sim = None, self.threshold
        for gid, other in candidates:
            sim = float(np.dot(vector, other))
            if sim >= best_sim:
                best, best_sim = gid, sim
        return best
