"""Activities already taken: Teams may deliver one activity twice (a retry after a slow or
lost response, possibly to another replica), and it must be answered once.

The first replica to insert an activity's key takes it; a second delivery finds the key and
is acknowledged without a turn. Keys are kept for a day (`prune`), and stored hashed: a
personal chat's id names its student, and this table must hold nothing forget-me misses.

A turn can take its activity inside the transaction that stores what its answer leaves
(`Delivery.take(then)`, see `TurnWrites.write`): one trip to the database and one commit for
both, made just before the reply goes out. Taken before anything the turn does for the
student (a reply, a command carried out), so a second delivery does none of it.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable

from bot.storage.database import Database, Tx

KEEP_SECONDS = 24 * 3600.0


class SeenActivities:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time,
                 keep: float = KEEP_SECONDS):
        self._db = db
        self._clock = clock  # real epoch seconds
        self._keep = keep

    @property
    def database(self) -> Database:
        return self._db

    def first_time(self, key: str) -> bool:
        """True for the first delivery of this activity (and records it)."""
        with self._db.transaction() as tx:
            return self.first_time_in(tx, key)

    def first_time_in(self, tx: Tx, key: str) -> bool:
        """`first_time`, inside the caller's transaction (recorded when it commits; a
        concurrent delivery's insert waits for it, then finds the key)."""
        return tx.execute("INSERT INTO seen_activities (key, seen_at) VALUES (?, ?) "
                          "ON CONFLICT DO NOTHING", (hashed(key), self._clock())).rowcount == 1

    def prune(self) -> int:
        with self._db.transaction() as tx:
            return tx.execute("DELETE FROM seen_activities WHERE seen_at < ?",
                              (self._clock() - self._keep,)).rowcount


class Delivery:
    """One turn's claim on answering its activity, taken at most once (thread-safe: the
    answering thread and the event loop's helpers may both try).

    `taken` is None until tried, then True (this turn answers) or False (another delivery
    of the same activity took it: this turn says nothing). A database that cannot say
    counts as True: rather answer twice than not at all."""

    def __init__(self, seen: SeenActivities, key: str):
        self._seen = seen
        self.key = key
        self.taken: bool | None = None
        self._lock = threading.Lock()

    @property
    def database(self) -> Database:
        return self._seen.database

    def take(self, then: Callable[[Tx], None] | None = None) -> bool:
        """Take the activity, in a transaction that also runs `then(tx)` (what the turn
        stores) when this call takes it; the same verdict on every later call (then
        `then` is not run: the caller stores on its own). Blocking: call it off the event
        loop. Recorded as taken only once the transaction commits.

        This turn's lock is always taken before the database's: the answering thread
        storing the chat state and a helper taking the activity for a typing indicator or
        an acknowledgement (from the loop, on another thread) would otherwise each hold
        the lock the other waits for."""
        with self._lock:
            if self.taken is None:
                with self._seen.database.transaction() as tx:
                    taken = self._seen.first_time_in(tx, self.key)
                    if taken and then is not None:
                        then(tx)
                self.taken = taken
            return self.taken

    def assume_taken(self) -> None:
        """The database failed while taking it: answer (the failure is logged by the
        caller)."""
        with self._lock:
            if self.taken is None:
                self.taken = True


def hashed(key: str) -> str:
    """A key that names no one (the ids it is made of stay out of the database)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
