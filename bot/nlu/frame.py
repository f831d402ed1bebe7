"""What understanding produces: one frozen frame per part of a message."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.understand import Query
from bot.core.when import TimeParse
from bot.nlu.commands import ChatCommand
from bot.nlu.intents import Intent


@dataclass(frozen=True)
class Entities:
    """What the part names, by the schedule's own ids."""

    coursework: tuple[str, ...] = ()
    lectures: tuple[str, ...] = ()
    tutorials: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()  # kinds of event: "deadline", "qa", ...
    missing: tuple[str, ...] = ()  # numbered things the schedule does not have ("task 4")
    topic: str = ""  # what is left of the question once the rest is taken out

    @classmethod
    def of(cls, q: Query) -> Entities:
        return cls(tuple(q.coursework), tuple(q.lectures), tuple(q.tutorials), tuple(q.notes),
                   tuple(q.staff), frozenset(q.kinds), tuple(q.missing), q.topic)

    @property
    def named(self) -> bool:
        return bool(self.coursework or self.lectures or self.tutorials or self.notes
                    or self.staff)


@dataclass(frozen=True)
class Frame:
    text: str  # the part of the message this frame is about
    intent: Intent
    probability: float  # how sure: the classifier's probability, or 1.0 for a rule
    entities: Entities
    time: TimeParse
    direction: str | None  # "next", "previous", "first", "last", "all", "upcoming"
    decided_by: str  # "rule:<name>", "classifier", "classifier+notes", "follow-up"...
    alternatives: tuple[tuple[Intent, float], ...] = ()  # the runners-up, best first
    command: ChatCommand | None = None
    refusal: str | None = None  # safety.refusal's kind for a refused request
    # The parse behind the frame (cues, topic matches, passages found), for the handlers.
    query: Query | None = field(default=None, compare=False, repr=False)
