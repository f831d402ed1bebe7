"""Follow-ups in a conversation: "is it examinable?", "and who marks it?", "when's its
tutorial?" resolve against the previous turn's subject.

Kept per conversation (an id the adapter gives: "<chat>|<user>" in Teams and the emulator,
one id for the console), for a while. Without a conversation id (the batch contract)
nothing is remembered. Where it is kept is the adapter's choice, behind `SubjectStore`: in
memory for the console (`MemorySubjects`), in the database for Teams, so that any replica
can take a chat's next message. What is kept is plain data (the question as written, when
and in which zone it was asked, and what it was found to be about); recalling it parses the
question again, so a stored subject needs no Python object, and understanding no SQL.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import Any, Protocol
from zoneinfo import ZoneInfoNotFoundError

from bot.core.understand import Query
from bot.core.zones import zone_name, zone_named

REMEMBER_FOR = timedelta(minutes=30)
# How long a question whether to delete what the bot stores of someone waits for its "yes".
CONFIRM_WITHIN = timedelta(minutes=10)
MAX_CONVERSATIONS = 10_000
# "it", "its", "they" ...; "this" and "that" too, but not "this week" or "that lecture",
# which say what they mean.
# ("when does it all start", "all of it": everything, which points back to nothing)
_REFERS_BACK = re.compile(
    r"(?<!\ball of )\b(?:it\b(?! all\b)|(?:its|it's|itself|they|them|their|he|she|him|her|"
    r"his)\b)"
    r"|\b(?:this|that|these|those)\b(?!\s+(?:week|weekend|month|term|year|morning|afternoon|"
    r"evening|time|course|module|class|lecture|tutorial|tut|session|qa|quiz|panel|task|"
    r"coursework|cw|deadline|day)s?\b)"
    r"|\b(?:which|the|that|this) ones?\b(?! (?:of|about|on|in|for|with|by)\b)"
    r"|^(?:(?:ok|okay|so|but|right)\W*\s+)*(?:and|what about|how about|also|same)\b")
# What a subject was found to be about, kept beside the question: the answer may have named
# it ("bronstein's lecture" -> L22), or the question borrowed it from the turn before.
_KEPT_LISTS = ("coursework", "lectures", "tutorials", "staff", "notes", "subject_words")

Parse = Callable[[str, datetime, tzinfo], Query]


def has_subject(q: Query) -> bool:
    return bool(q.coursework or q.lectures or q.tutorials or q.staff or q.notes
                or q.subject_words)


def refers_back(text: str) -> bool:
    """Points back to something said before ("it", "that", "what about ...")."""
    return bool(_REFERS_BACK.search(text))


def is_follow_up(q: Query) -> bool:
    """Names nothing of its own and points back ("is it examinable?", "what about
    tomorrow?")."""
    return not has_subject(q) and refers_back(q.text)


class SubjectStore(Protocol):
    """Where the last subject of each conversation is kept (JSON-like values)."""

    def get(self, conversation: str) -> dict[str, Any] | None: ...

    def put(self, conversation: str, user: str | None, value: dict[str, Any]) -> None: ...

    def forget_user(self, user: str) -> None:
        """Every conversation of one person ("forget me")."""


class MemorySubjects:
    """In this process, for a bounded number of conversations (the console, tests)."""

    def __init__(self, limit: int = MAX_CONVERSATIONS):
        self._last: OrderedDict[str, tuple[str | None, dict[str, Any]]] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()  # answers run in worker threads

    def get(self, conversation: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._last.get(conversation)
        return None if found is None else found[1]

    def put(self, conversation: str, user: str | None, value: dict[str, Any]) -> None:
        with self._lock:
            self._last[conversation] = (user, value)
            self._last.move_to_end(conversation)
            while len(self._last) > self._limit:
                self._last.popitem(last=False)

    def forget_user(self, user: str) -> None:
        with self._lock:
            for key in [k for k, (u, _) in self._last.items() if u == user]:
                del self._last[key]


class Dialogue:
    """The last subject of each conversation, in a `SubjectStore`."""

    def __init__(self, store: SubjectStore | None = None,
                 remember_for: timedelta = REMEMBER_FOR):
        self.store: SubjectStore = store if store is not None else MemorySubjects()
        self._remember_for = remember_for

    def recall(self, conversation: str | None, now: datetime, parse: Parse) -> Query | None:
        if conversation is None:
            return None
        kept = self.store.get(conversation)
        try:
            if not isinstance(kept, dict) or now - datetime.fromisoformat(
                    kept["at"]) > self._remember_for:
                return None
            q = parse(kept["question"], datetime.fromisoformat(kept["at"]),
                      zone_named(kept["tz"]))
            for name in _KEPT_LISTS:
                setattr(q, name, [str(x) for x in kept.get(name, [])])
            q.topic = str(kept.get("topic", ""))
            q.answered_as = str(kept.get("answered_as", ""))
            q.kinds = {str(k) for k in kept.get("kinds", [])}
        except (KeyError, TypeError, ValueError, ZoneInfoNotFoundError):
            return None  # kept by an older version, or damaged: no follow-up, no failure
        return q

    def remember(self, conversation: str | None, user: str | None, q: Query,
                 now: datetime, tz: tzinfo) -> None:
        if conversation is None or not has_subject(q):
            return
        value: dict[str, Any] = {"question": q.raw, "at": now.isoformat(), "tz": zone_name(tz),
                                 "topic": q.topic, "kinds": sorted(q.kinds),
                                 "answered_as": q.answered_as}
        value.update({name: list(getattr(q, name)) for name in _KEPT_LISTS})
        self.store.put(conversation, user, value)

    def ask_to_forget(self, conversation: str | None, user: str | None,
                      now: datetime) -> None:
        """Note that the bot asked whether to delete what it stores of the asker (kept
        beside the subject, under the same user: "forget me" deletes it too)."""
        if conversation is not None:
            self.store.put(_forget_key(conversation), user, {"at": now.isoformat()})

    def take_forget_asked(self, conversation: str | None, user: str | None,
                          now: datetime) -> bool:
        """Whether the bot's last message here asked that, within `CONFIRM_WITHIN`; the
        question is answered by this message, whatever it says (a later "yes" deletes
        nothing)."""
        if conversation is None:
            return False
        kept = self.store.get(_forget_key(conversation))
        if not isinstance(kept, dict) or not kept.get("at"):
            return False
        self.store.put(_forget_key(conversation), user, {})
        try:
            return now - datetime.fromisoformat(kept["at"]) <= CONFIRM_WITHIN
        except (TypeError, ValueError):
            return False

    def forget_user(self, user: str) -> None:
        self.store.forget_user(user)


def _forget_key(conversation: str) -> str:
    return f"{conversation}#forget"
