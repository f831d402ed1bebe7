"""Follow-ups in a conversation: "is it examinable?", "and who marks it?", "when's its
tutorial?" resolve against the previous turn's subject.

Kept per conversation (an id the adapter gives: a Teams chat and user, the console), for a
while and for a bounded number of conversations. Without a conversation id (the batch
contract) nothing is remembered.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from datetime import datetime, timedelta

from bot.core.understand import Query

REMEMBER_FOR = timedelta(minutes=30)
MAX_CONVERSATIONS = 10_000
# "it", "its", "they" ...; "this" and "that" too, but not "this week" or "that lecture",
# which say what they mean.
_REFERS_BACK = re.compile(
    r"\b(?:it|its|it's|itself|they|them|their|he|she|him|her|his)\b"
    r"|\b(?:this|that|these|those)\b(?!\s+(?:week|weekend|month|term|year|morning|afternoon|"
    r"evening|time|course|module|class|lecture|tutorial|tut|session|qa|quiz|panel|task|"
    r"coursework|cw|deadline|day)s?\b)"
    r"|^(?:and|what about|how about|also|same)\b")


def has_subject(q: Query) -> bool:
    return bool(q.coursework or q.lectures or q.tutorials or q.staff or q.notes
                or q.subject_words)


def is_follow_up(q: Query) -> bool:
    """Names nothing of its own and points back ("is it examinable?", "what about
    tomorrow?")."""
    return not has_subject(q) and bool(_REFERS_BACK.search(q.text))


class Dialogue:
    """The last subject of each conversation."""

    def __init__(self, remember_for: timedelta = REMEMBER_FOR,
                 limit: int = MAX_CONVERSATIONS):
        self._last: OrderedDict[str, tuple[Query, datetime]] = OrderedDict()
        self._remember_for = remember_for
        self._limit = limit
        self._lock = threading.Lock()  # answers run in worker threads

    def recall(self, conversation: str | None, now: datetime) -> Query | None:
        if conversation is None:
            return None
        with self._lock:
            found = self._last.get(conversation)
        if found is None or now - found[1] > self._remember_for:
            return None
        return found[0]

    def remember(self, conversation: str | None, q: Query, now: datetime) -> None:
        if conversation is None or not has_subject(q):
            return
        with self._lock:
            self._last[conversation] = (q, now)
            self._last.move_to_end(conversation)
            while len(self._last) > self._limit:
                self._last.popitem(last=False)

    def forget(self, conversation: str) -> None:
        with self._lock:
            self._last.pop(conversation, None)

    def forget_user(self, user: str) -> None:
        """Every conversation of one person ("forget me"): the adapters name a conversation
        with one person "<chat>|<user>"."""
        with self._lock:
            for key in [k for k in self._last if k.endswith(f"|{user}")]:
                del self._last[key]

    def clear(self) -> None:
        with self._lock:
            self._last.clear()
