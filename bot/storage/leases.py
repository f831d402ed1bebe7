"""Keeping a replica's claims while it works through them.

Work claimed with a lease (reminder sends, TA-answer deliveries) is taken over by another
replica once the lease runs out: that is how a dead replica's claims are finished. A live
replica that is merely slow (a busy machine, a slow connector) must not lose its claims
that way, or the same message goes out twice: it renews them once half the lease is spent,
and skips any that another replica took over while it stalled.
"""

from __future__ import annotations

import asyncio
from collections.abc import Hashable, Iterable
from typing import Protocol

from bot.storage.database import Database, Tx


class LeasedStore(Protocol):
    lease: float  # seconds a claim is held

    def real_now(self) -> float: ...

    def renew(self, keys: list) -> set: ...


def take_claims(tx: Tx, table: str, key: str, keys: list, until: float, owner: str) -> None:
    """Claim these rows (values of column `key` of `table`, just selected for claiming in
    transaction `tx`) for `owner` until `until`."""
    marks = ",".join("?" for _ in keys)
    tx.execute(f"UPDATE {table} SET claimed_by=?, lease_until=? WHERE {key} IN ({marks})",
               (owner, until, *keys))


def renew_claims(db: Database, table: str, key: str, still_held: str, keys: list,
                 until: float, owner: str) -> set:
    """A new lease, until `until`, on those of `keys` (values of column `key` of `table`)
    that `owner` still holds and `still_held` (an SQL condition) says are unfinished; returns
    them. A claim another replica took over is not among them."""
    if not keys:
        return set()
    marks = ",".join("?" for _ in keys)
    with db.transaction() as conn:
        return {r[key] for r in conn.execute(
            f"UPDATE {table} SET lease_until=? WHERE {still_held} AND claimed_by=? AND "
            f"{key} IN ({marks}) RETURNING {key}", (until, owner, *keys))}


class BatchLease:
    """This replica's claims on a batch, renewed as the batch goes."""

    def __init__(self, store: LeasedStore, keys: Iterable[Hashable], claimed_at: float):
        self._store = store
        self._mine = set(keys)
        self._renewed = claimed_at
        self._lock = asyncio.Lock()

    async def holds(self, key: Hashable) -> bool:
        """Whether `key` is still this replica's to send (renewing the batch if due)."""
        async with self._lock:
            if self._store.real_now() - self._renewed > self._store.lease / 2:
                self._mine = await asyncio.to_thread(self._store.renew, sorted(self._mine))
                self._renewed = self._store.real_now()
        return key in self._mine
