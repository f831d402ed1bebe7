"""Durable reminder state in the shared database: subscriptions, the ledger, snoozes.

The ledger makes sending exactly-once: a reminder's key is claimed (state `sending`) in one
transaction before its send and marked `sent` or `failed` after. A claim belongs to the
replica that made it (`claimed_by`) until its lease runs out (`lease_until`, real epoch
seconds): only a claim whose lease has expired is in doubt (its replica died mid-send), and
recovery re-sends it, with the same key, which the receiver can use to drop a repeat. Two
replicas never send the same reminder in the ordinary course: the first to insert a key
owns it, and an expired claim is taken over by one of them only (`FOR UPDATE SKIP LOCKED`
on PostgreSQL, one writer at a time on SQLite).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bot.reminders.model import Reminder, Subscription, is_channel
from bot.storage.conversations import is_shared, without_user
from bot.storage.database import Database, Tx, utc_text
from bot.storage.leases import renew_claims

# The zone a device reports, unless the student named one for their reminders.
_DEVICE_ZONE = "COALESCE(zone_said, ?, time_zone)"
FINAL_STATES = ("sent", "skipped", "cancelled", "failed")
LEASE_SECONDS = 300.0  # a batch of claims is sent well within this (30 sends a second)


def _minutes(offsets: tuple[timedelta, ...] | None) -> str | None:
    return None if offsets is None else json.dumps([int(o.total_seconds() // 60)
                                                    for o in offsets])


def _offsets(text: str | None) -> tuple[timedelta, ...] | None:
    return None if text is None else tuple(timedelta(minutes=m) for m in json.loads(text))


class ReminderStore:
    def __init__(self, db: Database, owner: str = "this-process",
                 lease: float = LEASE_SECONDS, clock: Callable[[], float] = time.time):
        """`owner` names this replica in its claims; `clock` is real epoch seconds (leases
        measure how long a send may take, whatever the course clock says)."""
        self._db = db
        self.owner = owner
        self.lease = lease
        self._clock = clock

    # --- subscriptions ----------------------------------------------------------------------
    def get(self, subscriber: str) -> Subscription | None:
        rows = self._db.query("SELECT * FROM subscriptions WHERE subscriber=?", (subscriber,))
        return _subscription(rows[0]) if rows else None

    def active(self) -> list[Subscription]:
        return [_subscription(r) for r in self._db.query(
            "SELECT * FROM subscriptions WHERE active=1 AND paused IS NULL "
            "ORDER BY subscriber")]

    def all(self) -> list[Subscription]:
        return [_subscription(r) for r in self._db.query(
            "SELECT * FROM subscriptions ORDER BY subscriber")]

    def save(self, s: Subscription, now: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO subscriptions (subscriber, conversation_id, user_id, reference,
                     kinds, deadline_offsets, session_offsets, time_zone, active, paused,
                     failures, created, updated, mute_until, evening_kinds, zone_said)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT (subscriber) DO UPDATE SET
                     conversation_id=excluded.conversation_id, user_id=excluded.user_id,
                     reference=excluded.reference, kinds=excluded.kinds,
                     deadline_offsets=excluded.deadline_offsets,
                     session_offsets=excluded.session_offsets, time_zone=excluded.time_zone,
                     active=excluded.active, paused=excluded.paused,
                     failures=excluded.failures, updated=excluded.updated,
                     mute_until=excluded.mute_until, evening_kinds=excluded.evening_kinds,
                     zone_said=excluded.zone_said""",
                (s.subscriber, s.conversation_id, s.user_id, json.dumps(_stored(s)),
                 json.dumps(sorted(s.kinds)), _minutes(s.deadline_offsets),
                 _minutes(s.session_offsets), s.time_zone, int(s.active), s.paused,
                 s.failures, utc_text(s.created), utc_text(now),
                 utc_text(s.mute_until) if s.mute_until else None,
                 json.dumps(sorted(s.evening_kinds)) if s.evening_kinds else None,
                 s.zone_said))

    def save_many(self, subs: list[Subscription], now: datetime) -> None:
        for s in subs:
            self.save(s, now)

    def touch(self, subscriber: str, reference: dict[str, Any], time_zone: str | None,
              now: datetime) -> None:
        """Refresh how to reach a subscriber (called on each of their messages).

        A person's reference is refreshed only from a 1:1 conversation: a message they write
        in a group chat must not move their reminders there. The time zone is theirs wherever
        they write (unless they named one for their reminders: that one stays).
        """
        if is_channel(subscriber):
            reference = without_user(reference)
        elif is_shared(reference):
            with self._db.transaction() as conn:
                conn.execute(f"UPDATE subscriptions SET time_zone={_DEVICE_ZONE} "
                             "WHERE subscriber=?", (time_zone, subscriber))
            return
        with self._db.transaction() as conn:
            conn.execute(f"UPDATE subscriptions SET reference=?, time_zone={_DEVICE_ZONE}, "
                         "updated=? WHERE subscriber=?",
                         (json.dumps(reference), time_zone, utc_text(now), subscriber))

    def record_failure(self, subscriber: str, error: str, pause_after: int,
                       now: datetime) -> bool:
        """Count a permanent failure; True when the subscriber is now paused."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE subscriptions SET failures=failures+1, updated=? "
                         "WHERE subscriber=?", (utc_text(now), subscriber))
            row = conn.execute("SELECT failures FROM subscriptions WHERE subscriber=?",
                               (subscriber,)).fetchone()
            if row and row["failures"] >= pause_after:
                conn.execute("UPDATE subscriptions SET paused=? WHERE subscriber=?",
                             (error[:200], subscriber))
                return True
        return False

    def record_success(self, subscriber: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE subscriptions SET failures=0 WHERE subscriber=? AND "
                         "failures>0", (subscriber,))

    def forget_user(self, user_id: str) -> None:
        """Everything that names the user: their subscription, snoozes and ledger, and their
        id on the channel subscriptions they set up."""
        subscriber = f"user:{user_id}"
        with self._db.transaction() as conn:
            for table in ("subscriptions", "snoozes", "reminder_ledger"):
                conn.execute(f"DELETE FROM {table} WHERE subscriber=?", (subscriber,))
            mine = subscriber + "|"  # a retry count's key starts with its subscriber
            conn.execute("DELETE FROM reminder_retries WHERE substr(key, 1, ?) = ?",
                         (len(mine), mine))
            rows = conn.execute("SELECT subscriber, reference FROM subscriptions WHERE "
                                "user_id=? OR reference LIKE ?",
                                (user_id, f"%{json.dumps(user_id)}%")).fetchall()
            for row in rows:
                reference = without_user(json.loads(row["reference"]))
                conn.execute("UPDATE subscriptions SET user_id=NULL, reference=? "
                             "WHERE subscriber=?", (json.dumps(reference), row["subscriber"]))

    # --- the ledger -------------------------------------------------------------------------
    def claim_many(self, reminders: list[Reminder], now: datetime) -> set[str]:
        """Claim a batch in one transaction; returns the keys this call claimed."""
        lease = (self.owner, self._clock() + self.lease)
        with self._db.transaction() as conn:
            return {r.key for r in reminders
                    if _insert(conn, r, "sending", 1, None, now, lease)}

    def real_now(self) -> float:
        """Real epoch seconds, as leases are measured."""
        return self._clock()

    def renew(self, keys: list[str]) -> set[str]:
        """A new lease on those of these claims this replica is still sending; returns
        them. One another replica took over (this one stalled past its lease) is not
        among them, so it is not sent from here too."""
        return renew_claims(self._db, "reminder_ledger", "key", "state='sending'", keys,
                            self._clock() + self.lease, self.owner)

    def mark(self, key: str, state: str, now: datetime, error: str | None = None) -> None:
        with self._db.transaction() as conn:
            conn.execute("UPDATE reminder_ledger SET state=?, error=?, updated=?, "
                         "lease_until=NULL WHERE key=?", (state, error, utc_text(now), key))
            conn.execute("DELETE FROM reminder_retries WHERE key=?", (key,))

    def record_final(self, r: Reminder, state: str, now: datetime, reason: str) -> None:
        """A reminder that will not be sent (skipped, cancelled), kept so it is decided once."""
        with self._db.transaction() as conn:
            _insert(conn, r, state, 0, reason, now)

    def release(self, key: str) -> None:
        """Give a claim back after a transient failure, so a later run sends it."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM reminder_ledger WHERE key=? AND state='sending'", (key,))

    def transient_failure(self, key: str, now: datetime) -> int:
        """Count a transient failure of this reminder (on any replica); the count so far."""
        with self._db.transaction() as conn:
            return int(conn.execute(
                "INSERT INTO reminder_retries (key, runs, updated) VALUES (?, 1, ?) "
                "ON CONFLICT (key) DO UPDATE SET runs = reminder_retries.runs + 1, "
                "updated = excluded.updated RETURNING runs", (key, utc_text(now))).fetchone()[0])

    def keys(self) -> set[str]:
        return {r["key"] for r in self._db.query("SELECT key FROM reminder_ledger")}

    def take_expired(self, now: datetime, limit: int = 500) -> list[dict[str, Any]]:
        """Claims still `sending` whose lease has run out (their replica died mid-send),
        taken over by this replica with a new lease; each is counted as another attempt."""
        real = self._clock()
        with self._db.transaction() as conn:
            keys = [r["key"] for r in conn.execute(
                "SELECT key FROM reminder_ledger WHERE state='sending' AND "
                "(lease_until IS NULL OR lease_until < ?) ORDER BY due, key LIMIT ?"
                + self._db.lock_rows(), (real, limit))]
            if not keys:
                return []
            marks = ",".join("?" for _ in keys)
            return [dict(r) for r in conn.execute(
                f"UPDATE reminder_ledger SET claimed_by=?, lease_until=?, "
                f"attempts=attempts+1, updated=? WHERE key IN ({marks}) RETURNING *",
                (self.owner, real + self.lease, utc_text(now), *keys))]

    def next_lease_expiry(self) -> float | None:
        """Real seconds until the first claim still `sending` may be taken over, if any."""
        rows = self._db.query("SELECT MIN(lease_until) FROM reminder_ledger "
                              "WHERE state='sending'")
        if not rows or rows[0][0] is None:
            return None
        return max(0.0, float(rows[0][0]) - self._clock())

    def ledger(self, subscriber: str | None = None) -> list[dict[str, Any]]:
        if subscriber is None:
            rows = self._db.query("SELECT * FROM reminder_ledger ORDER BY due, key")
        else:
            rows = self._db.query("SELECT * FROM reminder_ledger WHERE subscriber=? "
                                  "ORDER BY due, key", (subscriber,))
        return [dict(r) for r in rows]

    # --- snoozes and event versions ---------------------------------------------------------
    def snooze(self, subscriber: str, event_id: str, due: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO snoozes VALUES (?,?,?) ON CONFLICT DO NOTHING",
                         (subscriber, event_id, utc_text(due)))

    def snoozes(self) -> list[tuple[str, str, datetime]]:
        return [(r["subscriber"], r["event_id"], datetime.fromisoformat(r["due"]))
                for r in self._db.query("SELECT * FROM snoozes")]

    def event_versions(self) -> dict[str, tuple[str, datetime | None]]:
        return {r["event_id"]: (r["kind"], datetime.fromisoformat(r["start"])
                                if r["start"] else None)
                for r in self._db.query("SELECT * FROM event_versions")}

    def set_event_versions(self, versions: dict[str, tuple[str, datetime | None]]) -> None:
        # Upserts, not delete-and-insert: replicas may record the same versions at once.
        with self._db.transaction() as conn:
            conn.executemany("INSERT INTO event_versions VALUES (?,?,?) ON CONFLICT (event_id) "
                             "DO UPDATE SET kind=excluded.kind, start=excluded.start",
                             [(k, kind, utc_text(start)) for k, (kind, start) in versions.items()])
            marks = ",".join("?" for _ in versions)
            conn.execute(f"DELETE FROM event_versions WHERE event_id NOT IN ({marks})"
                         if versions else "DELETE FROM event_versions", tuple(versions))


def _insert(conn: Tx, r: Reminder, state: str, attempts: int, error: str | None,
            now: datetime, lease: tuple[str, float] | None = None) -> bool:
    """Record a reminder in the ledger unless its key is there; True if it was new."""
    owner, until = lease if lease else (None, None)
    cur = conn.execute(
        "INSERT INTO reminder_ledger (key, subscriber, event_id, label, type, due, "
        "event_start, state, attempts, error, updated, claimed_by, lease_until) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        (r.key, r.subscriber, r.event_id, r.label, r.type, utc_text(r.due), utc_text(r.event_start),
         state, attempts, error, utc_text(now), owner, until))
    return cur.rowcount == 1


def _stored(s: Subscription) -> dict[str, Any]:
    # A channel's reference need not name whoever subscribed it or last wrote there.
    return without_user(s.reference) if is_channel(s.subscriber) else s.reference


def _subscription(r: Any) -> Subscription:
    return Subscription(
        subscriber=r["subscriber"], conversation_id=r["conversation_id"], user_id=r["user_id"],
        reference=json.loads(r["reference"]), kinds=frozenset(json.loads(r["kinds"])),
        created=datetime.fromisoformat(r["created"]),
        deadline_offsets=_offsets(r["deadline_offsets"]),
        session_offsets=_offsets(r["session_offsets"]), time_zone=r["time_zone"],
        active=bool(r["active"]), paused=r["paused"], failures=r["failures"],
        mute_until=datetime.fromisoformat(r["mute_until"]) if r["mute_until"] else None,
        evening_kinds=frozenset(json.loads(r["evening_kinds"])) if r["evening_kinds"]
        else frozenset(), zone_said=r["zone_said"])
