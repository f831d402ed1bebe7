"""Results that read of the clock only its day, kept per text and day.

A time parse is asked of every message, and most texts name no time or only a date: their
parse reads of `now` its day (year, month, day, weekday) and nothing more, so it holds for
the whole day. `DayOnly` is `now` as such a reader sees it: it notes any other read (the
hour, arithmetic, comparisons, formatting, hashing); a result computed with nothing else
read is kept in a `DayKept` for that text and day, and the parses that read the time of
day ("in 2 hours", "tonight", "right now") are made afresh each time.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import fields, is_dataclass
from datetime import datetime
from typing import Any, TypeVar

from bot.core.recent_texts import register_holder

T = TypeVar("T")

# What a reader of the day alone may read of `now` (any other read marks the clock as read).
_DAY_PARTS = frozenset({"date", "year", "month", "day", "weekday", "isoweekday",
                        "isocalendar", "toordinal", "tzinfo", "__dict__", "__class__",
                        "clock_read"})


class DayOnly(datetime):
    """A `datetime` that notes whether anything but its day was read of it."""

    @classmethod
    def of(cls, moment: datetime) -> DayOnly:
        watched = cls(moment.year, moment.month, moment.day, moment.hour, moment.minute,
                      moment.second, moment.microsecond, moment.tzinfo, fold=moment.fold)
        watched.__dict__["read"] = False
        return watched

    def __getattribute__(self, name: str) -> Any:
        if name not in _DAY_PARTS:
            object.__getattribute__(self, "__dict__")["read"] = True
        return object.__getattribute__(self, name)

    def _mark(self) -> None:
        self.__dict__["read"] = True

    def clock_read(self) -> bool:
        """Whether more than the day was read (arithmetic results count as their source's)."""
        return self.__dict__.get("read", True)

    # Operators and conversions are looked up on the type, not through __getattribute__.
    def __add__(self, other: Any) -> Any:
        self._mark()
        return datetime.__add__(self, other)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        self._mark()
        return datetime.__sub__(self, other)

    def __rsub__(self, other: Any) -> Any:
        self._mark()
        return datetime.__rsub__(self, other)

    def __eq__(self, other: object) -> bool:
        self._mark()
        return datetime.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        self._mark()
        return datetime.__ne__(self, other)

    def __lt__(self, other: Any) -> bool:
        self._mark()
        return datetime.__lt__(self, other)

    def __le__(self, other: Any) -> bool:
        self._mark()
        return datetime.__le__(self, other)

    def __gt__(self, other: Any) -> bool:
        self._mark()
        return datetime.__gt__(self, other)

    def __ge__(self, other: Any) -> bool:
        self._mark()
        return datetime.__ge__(self, other)

    def __hash__(self) -> int:
        self._mark()
        return datetime.__hash__(self)

    def __format__(self, spec: str) -> str:
        self._mark()
        return datetime.__format__(self, spec)

    def __str__(self) -> str:
        self._mark()
        return datetime.__str__(self)

    def __repr__(self) -> str:
        self._mark()
        return datetime.__repr__(self)

    def __reduce_ex__(self, protocol: Any) -> Any:
        self._mark()
        return datetime.__reduce_ex__(self, protocol)


def holds_watched(value: object, depth: int = 2) -> bool:
    """Whether a result keeps a `DayOnly` itself (in its fields, two dataclasses deep): such
    a result must be made again with the plain clock before it is handed out."""
    if isinstance(value, DayOnly):
        return True
    if depth and is_dataclass(value) and not isinstance(value, type):
        return any(holds_watched(getattr(value, f.name), depth - 1) for f in fields(value))
    return False


class DayKept:
    """Results kept per key (a text and the days it was read on) and per owner (e.g. the
    course calendar, held by identity: a reloaded schedule reads afresh); the oldest go
    first, and forget-me empties them with the other recent texts."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: OrderedDict[Hashable, tuple[object, Any]] = OrderedDict()
        self._lock = threading.Lock()
        register_holder(self.forget)

    def get(self, key: Hashable, owner: object) -> Any | None:
        with self._lock:
            kept = self._kept.get(key)
            if kept is None or kept[0] is not owner:
                return None
            self._kept.move_to_end(key)
            return kept[1]

    def keep(self, key: Hashable, owner: object, value: Any) -> None:
        with self._lock:
            self._kept[key] = (owner, value)
            self._kept.move_to_end(key)
            while len(self._kept) > self._size:
                self._kept.popitem(last=False)

    def forget(self) -> None:
        with self._lock:
            self._kept.clear()
