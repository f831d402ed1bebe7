"""One module per kind of question; each turns a parsed Query into a Reply."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.answer import Quote, Source, Suggestion
from bot.schedule.model import Event


@dataclass
class Reply:
    intent: str
    answered: bool
    confidence: float
    text: str
    events: list[Event] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    # Help with one's own work answered as a question about the material ("my classes are
    # 90/10, what loss do I use"): beside another part answered from the notes as such, the
    # same question's remainder, not a second answer.
    of_practice: bool = False
