"""The triage queue in the shared database: groups of questions, and TA answers.

A group is one underlying question; each student who asked it is a row in `questions`.
Embeddings of each group's questions are kept so new questions can join an open group.

Several replicas share it: a group is answered once (`set_answer` is a compare-and-set on
its status), and an answer's delivery to an asker is claimed with a lease before it is sent
(`claim_relays`), so two replicas' relay workers never send it twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np

from bot.storage.database import Database, utc_text
from bot.storage.leases import renew_claims, take_claims

# Every question in an open group that may be shared (not personal), with its embedding.
_OPEN_EMBEDDINGS = ("SELECT q.group_id, q.embedding FROM triage_questions q "
                    "JOIN triage_groups g ON g.id = q.group_id WHERE g.status='open' "
                    "AND g.personal=0 AND q.embedding IS NOT NULL")


@dataclass(frozen=True)
class Group:
    id: int
    status: str  # open, answered, closed
    title: str
    category: str
    week: int | None
    lecture: str | None
    deadline_id: str | None
    due: datetime | None
    urgency: str
    personal: bool
    created: datetime
    answer: str | None
    answered_by: str | None
    answered_at: datetime | None
    in_faq: bool
    askers: int = 0


@dataclass(frozen=True)
class Question:
    id: int
    group_id: int
    text: str
    user_id: str
    user_name: str | None
    anonymous: bool
    reference: dict[str, Any]
    asked_at: datetime
    bot_guess: str | None
    confidence: float
    delivered_at: datetime | None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


RELAY_LEASE = 120.0  # real seconds a relay worker owns the deliveries it claimed


class TriageStore:
    def __init__(self, db: Database, owner: str = "this-process",
                 lease: float = RELAY_LEASE, clock: Callable[[], float] = time.time):
        self._db = db
        self.owner = owner  # this replica, in the deliveries it claims
        self.lease = lease
        self._clock = clock  # real epoch seconds (leases)

    def new_group(self, *, title: str, category: str, week: int | None, lecture: str | None,
                  deadline_id: str | None, due: datetime | None, urgency: str,
                  personal: bool, now: datetime) -> int:
        with self._db.transaction() as conn:
            return self._new_group(conn, title=title, category=category, week=week,
                                   lecture=lecture, deadline_id=deadline_id, due=due,
                                   urgency=urgency, personal=personal, now=now)

    @staticmethod
    def _new_group(conn: Any, *, title: str, category: str, week: int | None,
                   lecture: str | None, deadline_id: str | None, due: datetime | None,
                   urgency: str, personal: bool, now: datetime) -> int:
        return conn.insert(
            "INSERT INTO triage_groups (status, title, category, week, lecture, "
            "deadline_id, due, urgency, personal, created, updated) "
            "VALUES ('open',?,?,?,?,?,?,?,?,?,?)",
            (title, category, week, lecture, deadline_id, utc_text(due), urgency,
             int(personal), utc_text(now), utc_text(now)))

    def file_question(self, choose: Callable[[list[tuple[int, np.ndarray]]], int | None],
                      group: dict[str, Any], **question: Any) -> tuple[int, int, bool]:
        """Join the open group `choose` picks among the open questions' embeddings, or start
        one with `group`'s fields; then add the question (`add_question`'s fields).
        Returns (group id, question id, joined). One step for every replica: two students
        asking the same thing at once on two replicas land in one group, not two."""
        with self._db.transaction() as conn:
            self._db.serialise(conn, "triage-grouping")
            group_id = None
            if question.get("embedding") is not None and not group["personal"]:
                rows = conn.execute(_OPEN_EMBEDDINGS).fetchall()
                group_id = choose([(r[0], np.frombuffer(r[1], np.float32)) for r in rows])
            joined = group_id is not None
            if group_id is None:
                group_id = self._new_group(conn, now=question["now"], **group)
            return group_id, self._add_question(conn, group_id, **question), joined

    def add_question(self, group_id: int, *, text: str, user_id: str, user_name: str | None,
                     anonymous: bool, reference: dict[str, Any], now: datetime,
                     bot_guess: str | None, confidence: float,
                     embedding: np.ndarray | None) -> int:
        with self._db.transaction() as conn:
            return self._add_question(conn, group_id, text=text, user_id=user_id,
                                      user_name=user_name, anonymous=anonymous,
                                      reference=reference, now=now, bot_guess=bot_guess,
                                      confidence=confidence, embedding=embedding)

    @staticmethod
    def _add_question(conn: Any, group_id: int, *, text: str, user_id: str,
                      user_name: str | None, anonymous: bool, reference: dict[str, Any],
                      now: datetime, bot_guess: str | None, confidence: float,
                      embedding: np.ndarray | None) -> int:
        blob = None if embedding is None else np.asarray(embedding, np.float32).tobytes()
        qid = conn.insert(
            "INSERT INTO triage_questions (group_id, text, user_id, user_name, anonymous, "
            "reference, asked_at, bot_guess, confidence, embedding) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            (group_id, text, user_id, user_name, int(anonymous), json.dumps(reference),
             utc_text(now), bot_guess, confidence, blob))
        conn.execute("UPDATE triage_groups SET updated=? WHERE id=?", (utc_text(now), group_id))
        return qid

    def group(self, group_id: int) -> Group | None:
        rows = self._db.query(_GROUP_SELECT + " WHERE g.id=? GROUP BY g.id", (group_id,))
        return _group(rows[0]) if rows else None

    def groups(self, status: str | None = "open") -> list[Group]:
        where = "WHERE g.status=?" if status else ""
        params = (status,) if status else ()
        return [_group(r) for r in self._db.query(
            f"{_GROUP_SELECT} {where} GROUP BY g.id", params)]

    def questions(self, group_id: int) -> list[Question]:
        return [_question(r) for r in self._db.query(
            "SELECT * FROM triage_questions WHERE group_id=? ORDER BY asked_at, id",
            (group_id,))]

    def open_embeddings(self) -> list[tuple[int, np.ndarray]]:
        """(group id, question embedding) for every question in an open, shareable group."""
        rows = self._db.query(_OPEN_EMBEDDINGS)
        return [(r[0], np.frombuffer(r[1], np.float32)) for r in rows]

    def answered_embeddings(self) -> list[tuple[int, np.ndarray]]:
        rows = self._db.query(
            "SELECT q.group_id, q.embedding FROM triage_questions q JOIN triage_groups g "
            "ON g.id = q.group_id WHERE g.in_faq=1 AND q.embedding IS NOT NULL")
        return [(r["group_id"], np.frombuffer(r["embedding"], np.float32)) for r in rows]

    def set_answer(self, group_id: int, answer: str, by: str, in_faq: bool,
                   now: datetime) -> bool:
        """Record the answer if the group is still open (compare-and-set: of two TAs
        answering at once, one wins); False when it was answered or closed meanwhile."""
        with self._db.transaction() as conn:
            return conn.execute(
                "UPDATE triage_groups SET status='answered', answer=?, answered_by=?, "
                "answered_at=?, in_faq=?, updated=? WHERE id=? AND status='open'",
                (answer, by, utc_text(now), int(in_faq), utc_text(now), group_id)).rowcount == 1

    def mark_delivered(self, question_id: int, now: datetime) -> None:
        """The answer reached this asker: all their questions in that group are done."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE triage_questions SET delivered_at=?, lease_until=NULL "
                         "WHERE delivered_at IS NULL AND (group_id, user_id) = (SELECT "
                         "group_id, user_id FROM triage_questions WHERE id=?)",
                         (utc_text(now), question_id))

    def real_now(self) -> float:
        """Real epoch seconds, as leases are measured."""
        return self._clock()

    def renew(self, ids: list[int]) -> set[int]:
        """A new lease on those of these claimed deliveries this replica still holds and
        has not sent; returns them (one another replica took over is not among them)."""
        return renew_claims(self._db, "triage_questions", "id",
                            "delivered_at IS NULL AND lease_until IS NOT NULL", ids,
                            self._clock() + self.lease, self.owner)

    def claim_relays(self, limit: int = 200) -> list[tuple[Question, str, bool]]:
        """Like `pending_relays`, but each row is claimed by this replica for `lease`
        seconds first: rows another replica claimed (and has not given up) are left to it.
        A claim whose lease ran out (its replica died) is taken over."""
        real = self._clock()
        with self._db.transaction() as conn:
            ids = [r["id"] for r in conn.execute(
                "SELECT q.id " + _OUTBOX + " AND (q.lease_until IS NULL OR q.lease_until < ?)"
                " ORDER BY q.id LIMIT ?" + self._db.lock_rows("q"),
                (MAX_DELIVERY_ATTEMPTS, real, limit))]
            if not ids:
                return []
            take_claims(conn, "triage_questions", "id", ids, real + self.lease, self.owner)
            marks = ",".join("?" for _ in ids)
            rows = conn.execute(
                "SELECT q.*, g.answer AS group_answer, g.personal AS group_personal FROM "
                "triage_questions q JOIN triage_groups g ON g.id = q.group_id "
                f"WHERE q.id IN ({marks}) ORDER BY q.id", tuple(ids)).fetchall()
        return [(_question(r), r["group_answer"], bool(r["group_personal"] or r["anonymous"]))
                for r in rows]

    def pending_relays(self, limit: int = 500) -> list[tuple[Question, str, bool]]:
        """Askers of answered groups who have not been sent the answer yet (the outbox):
        (question, answer, private). `private`: a personal question or an anonymous asker,
        whose answer goes to their 1:1 chat only.

        One row per asker and group (their latest question: the chat they used last), so a
        student who asked twice is answered once.
        """
        rows = self._db.query(
            "SELECT q.*, g.answer AS group_answer, g.personal AS group_personal "
            + _OUTBOX + " ORDER BY q.id LIMIT ?",
            (MAX_DELIVERY_ATTEMPTS, limit))
        return [(_question(r), r["group_answer"], bool(r["group_personal"] or r["anonymous"]))
                for r in rows]

    def pending_relay_count(self) -> int:
        """How many answers wait in the outbox (the relay queue's depth, for metrics)."""
        return int(self._db.query("SELECT COUNT(*) " + _OUTBOX,
                                  (MAX_DELIVERY_ATTEMPTS,))[0][0])

    def open_count(self) -> int:
        return int(self._db.query("SELECT COUNT(*) FROM triage_groups "
                                  "WHERE status='open'")[0][0])

    def delivery_failed(self, question_id: int, error: str, permanent: bool) -> bool:
        """Count a failed relay; True when it is given up for good. A permanent failure
        (blocked, removed) is not retried; a transient one is retried after a back-off that
        doubles each time (the row stays claimed until then), so an outage of a few minutes
        loses nothing."""
        with self._db.transaction() as conn:
            row = conn.execute("SELECT delivery_attempts FROM triage_questions WHERE id=?",
                               (question_id,)).fetchone()
            attempts = MAX_DELIVERY_ATTEMPTS if permanent or row is None \
                else min(MAX_DELIVERY_ATTEMPTS, row["delivery_attempts"] + 1)
            retry_at = self._clock() + min(RETRY_BACKOFF_MAX,
                                           RETRY_BACKOFF * 2 ** max(0, attempts - 1))
            conn.execute("UPDATE triage_questions SET delivery_attempts=?, delivery_error=?, "
                         "claimed_by=NULL, lease_until=? WHERE id=?",
                         (attempts, error[:200],
                          None if attempts >= MAX_DELIVERY_ATTEMPTS else retry_at,
                          question_id))
        return attempts >= MAX_DELIVERY_ATTEMPTS

    def has_faq(self) -> bool:
        return bool(self._db.query("SELECT 1 FROM triage_groups WHERE in_faq=1 LIMIT 1"))

    def close(self, group_id: int, now: datetime) -> bool:
        """Close an open group; False when it was answered or closed meanwhile."""
        with self._db.transaction() as conn:
            return conn.execute("UPDATE triage_groups SET status='closed', updated=? "
                                "WHERE id=? AND status='open'",
                                (utc_text(now), group_id)).rowcount == 1

    def merge(self, keep: int, into_it: int, now: datetime) -> None:
        """Move every question of group `into_it` into `keep`, and delete `into_it`: an
        empty group would keep its first asker's text as its title, out of forget-me's
        reach."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE triage_questions SET group_id=? WHERE group_id=?",
                         (keep, into_it))
            conn.execute("DELETE FROM triage_groups WHERE id=?", (into_it,))
            conn.execute("UPDATE triage_groups SET updated=? WHERE id=?", (utc_text(now), keep))

    def forget_user(self, user_id: str) -> int:
        """Delete a student's questions and everything made of them.

        A group's title is its first question's text: groups the student shared are
        retitled from the questions that remain, and groups left with no question go, FAQ
        entries included (an FAQ entry is matched through its questions, so one without
        any could never be served again; and its answer was written for this student).
        """
        with self._db.transaction() as conn:
            groups = [r["group_id"] for r in conn.execute(
                "SELECT DISTINCT group_id FROM triage_questions WHERE user_id=?", (user_id,))]
            n = conn.execute("DELETE FROM triage_questions WHERE user_id=?",
                             (user_id,)).rowcount
            for gid in groups:
                first = conn.execute("SELECT text FROM triage_questions WHERE group_id=? "
                                     "ORDER BY asked_at, id LIMIT 1", (gid,)).fetchone()
                if first is not None:
                    conn.execute("UPDATE triage_groups SET title=? WHERE id=?",
                                 (first["text"][:300], gid))
            conn.execute("DELETE FROM triage_groups WHERE NOT EXISTS (SELECT 1 FROM "
                         "triage_questions q WHERE q.group_id = triage_groups.id)")
            return n

    def purge_closed(self, before: datetime) -> int:
        """Retention: drop closed or answered groups (not FAQ entries) older than `before`."""
        with self._db.transaction() as conn:
            old = [r["id"] for r in conn.execute(
                "SELECT id FROM triage_groups WHERE status IN ('closed','answered') "
                "AND in_faq=0 AND updated < ?", (utc_text(before),))]
            for gid in old:
                conn.execute("DELETE FROM triage_questions WHERE group_id=?", (gid,))
                conn.execute("DELETE FROM triage_groups WHERE id=?", (gid,))
            return len(old)


MAX_DELIVERY_ATTEMPTS = 8  # a relay that keeps failing is given up (and logged)
RETRY_BACKOFF = 15.0  # seconds before the first retry; doubled each time ...
RETRY_BACKOFF_MAX = 600.0  # ... up to ten minutes: about 40 minutes of outage in all

_GROUP_SELECT = ("SELECT g.*, COUNT(DISTINCT q.user_id) AS askers FROM triage_groups g "
                 "LEFT JOIN triage_questions q ON q.group_id = g.id")


# One row per asker and group of an answered group whose answer has not reached them.
_OUTBOX = ("FROM triage_questions q JOIN triage_groups g ON g.id = q.group_id "
           "WHERE g.status='answered' AND q.delivered_at IS NULL AND q.delivery_attempts < ? "
           "AND q.id = (SELECT MAX(id) FROM triage_questions x "
           "WHERE x.group_id = q.group_id AND x.user_id = q.user_id)")


def _group(r: Any) -> Group:
    return Group(id=r["id"], status=r["status"], title=r["title"], category=r["category"],
                 week=r["week"], lecture=r["lecture"], deadline_id=r["deadline_id"],
                 due=_dt(r["due"]), urgency=r["urgency"], personal=bool(r["personal"]),
                 created=datetime.fromisoformat(r["created"]), answer=r["answer"],
                 answered_by=r["answered_by"], answered_at=_dt(r["answered_at"]),
                 in_faq=bool(r["in_faq"]), askers=r["askers"] or 0)


def _question(r: Any) -> Question:
    return Question(id=r["id"], group_id=r["group_id"], text=r["text"], user_id=r["user_id"],
                    user_name=r["user_name"], anonymous=bool(r["anonymous"]),
                    reference=json.loads(r["reference"]),
                    asked_at=datetime.fromisoformat(r["asked_at"]), bot_guess=r["bot_guess"],
                    confidence=r["confidence"], delivered_at=_dt(r["delivered_at"]))
