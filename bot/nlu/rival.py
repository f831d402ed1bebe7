"""Two claims set against each other ("my friend says the tutorials are on wednesdays, I said
tuesdays. who wins", "settle this: I think cw2 is due the 23rd, my mate says the 24th"): a
contest between two sayings of a course fact, checked as an either/or (`bot/core/either.py`),
not banter to refuse. Only the wording of the contest and of who said what is read here."""

from __future__ import annotations

import re

# The contest asked to be settled.
_CONTEST = re.compile(
    r"[,.;:!?]?\s*\b(?:who(?:'?s| is| was)? (?:right|correct|wrong)|who wins|who won|"
    r"settle (?:this|it|an argument|a bet|a debate)|which (?:of us|one of us|one) is (?:right|"
    r"correct))\b[?!.]*", re.IGNORECASE)
# Who says each side ("my friend says", "I said", "but tom reckons that").
_SPEAKER = re.compile(
    r"(?:\b(?:but|and|while|whereas)\s+)?\b(?:i|we|my \w+|the \w+|[a-z]+)\s+(?:say|says|said|"
    r"think|thinks|thought|reckons?|claims?|claimed)\b(?:\s+(?:that|it'?s|it is|they'?re|they "
    r"are))?", re.IGNORECASE)


def without_contest(text: str) -> str:
    """The message with the contest asked to be settled taken out."""
    return _CONTEST.sub(" ", text)


def rival_sides(text: str) -> tuple[str, str] | None:
    """The two sides of a contest between two sayings, each as said; None for any other
    message (no contest asked, or not exactly two sayings)."""
    if _CONTEST.search(text) is None:
        return None
    pieces = [p.strip(" ,.;:!?\u2013\u2014-") for p in _SPEAKER.split(without_contest(text))]
    sides = [p for p in pieces if p]
    if len(sides) == 3 and pieces[0]:
        # "my friend and I were arguing - she says X, I say Y": what comes before the first
        # saying tells who argued, and is neither side
        sides = sides[1:]
    if len(_SPEAKER.findall(text)) != 2 or len(sides) != 2:
        return None
    return sides[0], sides[1]
