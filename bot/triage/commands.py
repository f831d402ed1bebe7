"""Triage commands in chat: students asking for a human or to be forgotten; TA commands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

TaAction = Literal["list", "show", "answer", "close", "dup", "help"]


@dataclass(frozen=True)
class TaCommand:
    action: TaAction
    group: int | None = None
    other: int | None = None
    text: str = ""
    faq: bool = False


@dataclass(frozen=True)
class AskHuman:
    question: str  # may be empty: the student's previous question is meant
    anonymous: bool


_ID = r"#?(\d{1,9})"
_TA = [
    (re.compile(r"^(?:triage|open questions|triage list|list)$"), "list"),
    (re.compile(rf"^show {_ID}$"), "show"),
    (re.compile(rf"^close {_ID}$"), "close"),
    (re.compile(rf"^dup(?:licate)? {_ID}(?: of| into)? {_ID}$"), "dup"),
    (re.compile(r"^triage help$"), "help"),
]
_ANSWER = re.compile(rf"^answer {_ID}(\s+(?:faq|--faq)\b)?\s*[:,-]?\s*(.+)$", re.DOTALL)
_ASK_HUMAN = re.compile(
    r"^(?:please |can you |could you |i(?:'d| would) like to |i want to )?"
    r"(?:ask|forward (?:this|it) to|pass (?:this|it) (?:on )?to|talk to|speak to|"
    r"escalate (?:this |it )?to)\s+(?:a|an|the)?\s*(?:human|person|ta|tas|teaching "
    r"assistants?|staff|tutor|lecturer)s?\b(?P<anon> anonymously)?\s*[:,-]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
_FORGET = re.compile(r"^(?:please )?(?:forget (?:me|about me|my data)|delete (?:my|all my) "
                     r"(?:data|questions|info(?:rmation)?)|erase my data)\b", re.IGNORECASE)


def ta_command(text: str) -> TaCommand | None:
    t = " ".join((text or "").strip().split())
    low = t.lower()
    m = _ANSWER.match(t) if low.startswith("answer ") else None
    if m:
        return TaCommand("answer", int(m.group(1)), text=m.group(3).strip(),
                         faq=bool(m.group(2)))
    for pattern, action in _TA:
        m = pattern.match(low)
        if m:
            groups = [int(g) for g in m.groups()]
            return TaCommand(action, *(groups + [None, None])[:2])  # type: ignore[arg-type]
    return None


def ask_human(text: str) -> AskHuman | None:
    m = _ASK_HUMAN.match((text or "").strip())
    if not m:
        return None
    return AskHuman(m.group("rest").strip(), bool(m.group("anon")))


def is_forget_me(text: str) -> bool:
    return bool(_FORGET.match((text or "").strip()))
