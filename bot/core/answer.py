"""What the core takes (a question in context) and gives back (an Answer), and its JSON form.

The JSON form is a contract relied on by the CLI, the held-out evaluation and other adapters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.schedule.model import Event


@dataclass(frozen=True)
class AskContext:
    now: datetime  # time-zone aware
    tz: ZoneInfo  # the asker's zone
    user: str | None = None
    # The chat this question belongs to, for follow-ups ("is it examinable?"); None (the
    # batch contract) answers every question on its own.
    conversation: str | None = None
    # The intent the student picked from suggested readings ("did you mean ...").
    intent: str | None = None

    def __post_init__(self) -> None:
        if self.now.tzinfo is None:
            raise ValueError("AskContext.now must be time-zone aware")
        # Held in UTC so comparisons with course-zone times are real-time, not wall-clock.
        object.__setattr__(self, "now", self.now.astimezone(UTC))


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    path: str | None
    lecture: str | None
    score: float
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "path": self.path, "lecture": self.lecture,
                "score": round(self.score, 4), "snippet": self.snippet}


@dataclass(frozen=True)
class Suggestion:
    """One reading of an unclear question, offered as a button: its title and intent."""

    title: str
    intent: str

    def to_json(self) -> dict[str, Any]:
        return {"title": self.title, "intent": self.intent}


@dataclass(frozen=True)
class Quote:
    """Notes quoted in an answer, as written (Markdown, formulas in LaTeX), so that each
    adapter renders them its own way; `text` already has them in plain Unicode."""
    markdown: str
    citation: str
    section: str = ""  # the whole section, when the answer shows only part of it
    section_title: str = ""


@dataclass(frozen=True)
class Answer:
    question: str
    intent: str
    answered: bool
    confidence: float
    text: str
    events: list[Event] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # not in the JSON: `text` has them
    suggestions: list[Suggestion] = field(default_factory=list)
    # Chat commands found in the message (reminders, ask a TA, forget me, TA commands), for
    # the adapter to carry out, and what understanding made of each part (for triage's
    # tags); neither is part of the JSON.
    commands: tuple[Any, ...] = ()
    frames: tuple[Any, ...] = ()

    @property
    def personal(self) -> bool:
        """About the asker's own circumstances (illness, an extension, marks, a loss): a
        message with a personal part is personal as a whole, and its answer is for the
        asker alone, never for others in a shared conversation."""
        return self.intent == "personal"

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "intent": self.intent,
            "answered": self.answered,
            "confidence": round(max(0.0, min(1.0, self.confidence)), 3),
            "text": self.text,
            "events": [event_json(e) for e in self.events],
            "sources": [s.to_json() for s in self.sources],
            "suggestions": [s.to_json() for s in self.suggestions],
        }


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "kind": e.kind,
        "title": e.title if not e.topic else f"{e.id} {e.topic} ({e.title.lower()})",
        "start": e.start.isoformat() if e.start else None,
        "end": e.end.isoformat() if e.end else None,
        "week": e.week,
        "staff": list(e.staff),
        "location": e.location,
    }
