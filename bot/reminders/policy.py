"""The reminder policy file (`reminders.yaml`), validated like the schedule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Literal, get_args

from bot.schedule.kinds import SessionKind
from bot.typed_yaml import FileProblems, Problem, parse_typed, read_text

# What one can be reminded of: the sessions, the deadlines and a weekly digest.
Kind = Literal["deadline", SessionKind, "digest"]
Weekday = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ALL_KINDS: tuple[str, ...] = get_args(Kind)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_OFFSET = re.compile(r"^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$")
MAX_OFFSET = timedelta(days=60)


class PolicyError(FileProblems):
    """A reminder policy file that cannot be used; `problems` lists every fault."""


@dataclass(frozen=True)
class SessionsFile:
    kinds: list[SessionKind]
    before: list[str]


@dataclass(frozen=True)
class DigestFile:
    weekday: Weekday
    time: time


@dataclass(frozen=True)
class SendingFile:
    per_second: int = 30  # Teams: 30 requests/s per app per tenant
    per_conversation_per_second: int = 1
    pause_after_failures: int = 3


@dataclass(frozen=True)
class PolicyFile:
    deadlines: list[str]
    sessions: SessionsFile
    default_kinds: list[Kind]
    digest: DigestFile | None = None
    sending: SendingFile = field(default_factory=SendingFile)
    # When "the evening before" reminders go out, in each student's own zone.
    evening: time = time(18, 0)


@dataclass(frozen=True)
class ReminderPolicy:
    deadline_offsets: tuple[timedelta, ...]
    session_kinds: frozenset[str]
    session_offsets: tuple[timedelta, ...]
    default_kinds: frozenset[str]
    digest_weekday: int | None  # 0 = Monday; None: no digest
    digest_time: time | None
    per_second: int
    per_conversation_per_second: int
    pause_after_failures: int
    evening: time = time(18, 0)

    def offsets_for(self, kind: str) -> tuple[timedelta, ...]:
        if kind == "deadline":
            return self.deadline_offsets
        if kind in self.session_kinds:
            return self.session_offsets
        return ()


def parse_offset(text: str) -> timedelta | None:
    """'7d', '24h', '15m', '1d12h' -> timedelta; None when malformed, zero or too long."""
    m = _OFFSET.match(text.strip().lower())
    if not m or not any(m.groups()):
        return None
    days, hours, minutes = (int(g or 0) for g in m.groups())
    delta = timedelta(days=days, hours=hours, minutes=minutes)
    return delta if timedelta(0) < delta <= MAX_OFFSET else None


def format_offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return "".join(f"{v}{u}" for v, u in ((days, "d"), (hours, "h"), (minutes, "m")) if v)


def parse_policy(text: str, file: str = "reminders.yaml") -> ReminderPolicy:
    raw, lines = parse_typed(text, PolicyFile, file, PolicyError)
    problems: list[Problem] = []

    def offsets(values: list[str], where: str) -> tuple[timedelta, ...]:
        out = []
        for i, value in enumerate(values):
            delta = parse_offset(value)
            if delta is None:
                problems.append(Problem(file, lines.get(f"{where}[{i}]", 0), f"{where}[{i}]",
                                        f"{value!r} is not an offset like 7d, 24h, 15m or "
                                        "1d12h (more than zero, at most 60 days)"))
            else:
                out.append(delta)
        if len(set(out)) != len(out):
            problems.append(Problem(file, lines.get(where, 0), where, "lists an offset twice"))
        return tuple(sorted(set(out), reverse=True))

    deadline = offsets(raw.deadlines, "deadlines")
    session = offsets(raw.sessions.before, "sessions.before")
    for name, value in (("per_second", raw.sending.per_second),
                        ("per_conversation_per_second", raw.sending.per_conversation_per_second),
                        ("pause_after_failures", raw.sending.pause_after_failures)):
        if value < 1:
            where = f"sending.{name}"
            problems.append(Problem(file, lines.get(where, 0), where, "must be at least 1"))
    if "digest" in raw.default_kinds and raw.digest is None:
        problems.append(Problem(file, lines.get("default_kinds", 0), "default_kinds",
                                "includes digest, but there is no digest section"))
    if problems:
        raise PolicyError(problems)
    return ReminderPolicy(
        deadline_offsets=deadline, session_kinds=frozenset(raw.sessions.kinds),
        session_offsets=session, default_kinds=frozenset(raw.default_kinds),
        digest_weekday=WEEKDAYS.index(raw.digest.weekday) if raw.digest else None,
        digest_time=raw.digest.time if raw.digest else None,
        per_second=raw.sending.per_second,
        per_conversation_per_second=raw.sending.per_conversation_per_second,
        pause_after_failures=raw.sending.pause_after_failures, evening=raw.evening)


def load_policy(path: str | Path) -> ReminderPolicy:
    path = Path(path)
    return parse_policy(read_text(path, PolicyError), path.name)
