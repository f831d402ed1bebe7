"""Activities already taken: Teams may deliver one activity twice (a retry after a slow or
lost response, possibly to another replica), and it must be answered once.

The first replica to insert an activity's key takes it; a second delivery finds the key and
is acknowledged without a turn. Keys are kept for a day (`prune`), and stored hashed: a
personal chat's id names its student, and this table must hold nothing forget-me misses.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from bot.storage.database import Database

KEEP_SECONDS = 24 * 3600.0


class SeenActivities:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time,
                 keep: float = KEEP_SECONDS):
        self._db = db
        self._clock = clock  # real epoch seconds
        self._keep = keep

    def first_time(self, key: str) -> bool:
        """True for the first delivery of this activity (and records it)."""
        with self._db.transaction() as tx:
            return tx.execute("INSERT INTO seen_activities (key, seen_at) VALUES (?, ?) "
                              "ON CONFLICT DO NOTHING",
                              (hashed(key), self._clock())).rowcount == 1

    def prune(self) -> int:
        with self._db.transaction() as tx:
            return tx.execute("DELETE FROM seen_activities WHERE seen_at < ?",
                              (self._clock() - self._keep,)).rowcount


def hashed(key: str) -> str:
    """A key that names no one (the ids it is made of stay out of the database)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
