"""Whether a student who joined late or fell behind asks where to start or what they missed
("only enrolled a fortnight ago and skipped weeks 1-3, where do i even begin?", "i'm way
behind, how do i catch up?"): what the course has had so far answers it (the catch-up), with
a TA offered to plan it. Not a request for time of one's own or a mark, which stays a
person's. Words of English only; no course fact."""
from __future__ import annotations

import re

from bot.core.multipart import asks, split_question
from bot.core.text import normalize

# Joining late or being behind, said of oneself.
_LATE = re.compile(
    r"\b(?:joined|enrolled|enroled|registered|signed up|started|transferred|switched|"
    r"got added|was added)\b[^.?!]{0,30}?\b(?:late|last week|this week|recently|yesterday|"
    r"(?:a|two|three|four|\d+) weeks? (?:in|ago|late)|(?:in|during) (?:week|wk) ?\d+)\b"
    r"|\b(?:just|only|recently|only just) (?:joined|enrolled|registered|signed up|transferred|"
    r"switched)\b"
    r"|\blate (?:joiner|starter|registration|enrol\w*|start)\b"
    r"|\bmissed (?:the )?(?:first|1st|opening|past|last) (?:\w+ )?(?:weeks?|lectures?|"
    r"sessions?|classes)\b"
    r"|\b(?:fell|fallen|falling|got|get|am|i'?m|im|really|way|so|very) (?:\w+ )?behind\b")
# Asking where to start, how to catch up or what was missed.
_WHERE_TO_START = re.compile(
    r"\bwhere (?:do|should|can|shall|would|might) (?:i|we) (?:even |best )?(?:start|begin)\b"
    r"|\bwhere to (?:start|begin)\b|\bwhere (?:do|should) (?:i|we) pick up\b"
    r"|\bhow (?:do|can|should|would|might) (?:i|we) (?:best )?(?:catch up|get caught up)\b"
    r"|\bwhat (?:should|do|must|can) (?:i|we) (?:do|watch|read|look at|start with|focus on)"
    r"(?: \w+)? first\b"
    r"|\bwhat (?:do|should) (?:i|we) (?:need to )?catch up on\b|\bhelp me catch up\b"
    r"|\bwhat (?:did|have|has) (?:i|we) (?:already )?miss(?:ed)?\b")
# ... unless the writer asks for more than the course's listing.
_OWN_REQUEST = re.compile(r"\b(?:extensions?|extra time|more time|mitigat\w*|excus\w*|"
                          r"exceptions?|exempt\w*|marks?|grades?|penalt\w*|waive\w*)\b")
# The question the catch-up answers, read for the message instead (the course's weeks so
# far, the next deadline): internal, never shown.
CATCH_UP_QUESTION = "what have i missed so far?"


# What is due next, asked beside it: the catch-up says it too.
_DUE_ASKED = re.compile(r"\b(?:due|deadlines?)\b")
# A target to catch up by ("before the week 3 tutorial"): that listing's question, not this.
_BY_TARGET = re.compile(r"\b(?:before|by|for) (?:the |my |our )?(?:\w+ )?(?:tutorials?|tuts?|"
                        r"q ?& ?as?|lectures?|quiz(?:zes)?|exams?|deadlines?|tasks?|cw ?\d|"
                        r"coursework|week ?\d+)\b")


def asks_where_to_start(text: str) -> bool:
    """Whether the message says the writer joined late or is behind and asks where to start,
    how to catch up or what they missed (and at most what is due), asking nothing for
    themselves beyond it nor anything else."""
    t = normalize(text).replace("\u2019", "'")
    if not (_LATE.search(t) and _WHERE_TO_START.search(t)) or _OWN_REQUEST.search(t) \
            or _BY_TARGET.search(t):
        return False
    return all(_WHERE_TO_START.search(p) or _DUE_ASKED.search(p)
               for p in split_question(t) if asks(p))
