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


class LeasedStore(Protocol):
    lease: float  # seconds a claim is held

    def real_now(self) -> float: ...

    def renew(self, keys: list) -> set: ...


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
