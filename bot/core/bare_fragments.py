"""A message of one or two words that names a thing of the course and asks nothing of it
("recording", "marks?", "lecture videos"): what the page says of that thing is what can be
given, then the writer is asked what they meant. The things are the lexicon's concepts; the
question each stands for asks of every course (its answer comes from the schedule)."""

from __future__ import annotations

import re

from bot.core.lexicon import CUES

# The concept a bare word names, and the question it is read as: recordings, of the lectures
# (how they are given, and whether the live one is recorded); marks, of the weighting and of
# when marks come out (the page may not say).
_RECORDINGS = frozenset(CUES["recorded"]) - {"online", "inperson", "delivered", "watch"}
_MARKS = frozenset(CUES["feedback"]) - {"feedback", "marked", "graded", "returned"}
_READ_AS = (
    (_RECORDINGS, "are the lectures recorded?"),
    (_MARKS | {"mark", "grade", "result", "score", "scores"},
     "how is the course weighted? and when do marks come out?"),
)
# Words that may stand beside the thing without asking anything of it ("lecture recordings",
# "the marks", "exam results"); not "my" (one's own marks are a personal matter).
_BESIDE = frozenset({"the", "any", "lecture", "lectures", "course", "module", "exam",
                     "coursework", "final", "class"})
_WORD = re.compile(r"[a-z]+")
_MOST_WORDS = 2


def bare_question(text: str) -> str | None:
    """The question a bare fragment naming a thing of the course stands for, or None."""
    words = _WORD.findall(text.lower())
    if not words or len(words) > _MOST_WORDS or re.search(r"\d", text):
        return None
    things = [w for w in words if w not in _BESIDE]
    if len(things) != 1:
        return None
    return next((asked for named, asked in _READ_AS if things[0] in named), None)
