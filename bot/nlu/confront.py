"""Seeking out another student to confront them ("which tutorial is the one who reported me
in, I'm going to have it out with him"): where they are is theirs, and a conflict is for the
staff to help with, not a listing of sessions to find them in. General English, no course
fact."""

from __future__ import annotations

import re

# Going after someone: a confrontation, revenge, a fight (not "confront my fear").
_CONFRONT = re.compile(
    r"\b(?:confront(?:ing)? (?!(?:my|the|this|that|it|our)\b)|have it out with|get back at|"
    r"get even with|sort (?:him|her|them) out|teach (?:him|her|them) a lesson|make (?:him|her|"
    r"them) pay|pay (?:him|her|them) back|give (?:him|her|them) a piece of my mind|"
    r"beat (?:him|her|them) up|square up to|settle the score|go after (?:him|her|them))")
# Finding where a person is, or who they are: their group, session or room, or the one who
# did something to the writer.
_FIND = re.compile(
    r"\b(?:which|what) (?:group|tutorial|class|lab|team|room|session|section|seat|halls?|"
    r"building|slot)\b[^.?!]{0,50}\b(?:in|on|at|from|sit|sits|go|goes|attend|attends)\b"
    r"|\bwhere (?:is|are|does|do|can i find|will i find|could i find) (?:him|her|them|the "
    r"(?:guy|girl|person|student|one)|(?:my |that |this )?[a-z]+ (?:who|that))\b"
    r"|\b(?:find|track down|hunt down|locate) (?:out )?(?:who|him|her|them|the (?:guy|girl|"
    r"person|student|one))\b"
    r"|\bwho (?:[\w'-]+ ){0,4}?(?:reported|snitched on|grassed on|ratted on|told on|"
    r"dobbed in|flagged|accused|complained about) (?:me|us)\b"
    r"|\b(?:the (?:guy|girl|person|student|one)|whoever) (?:who|that) (?:reported|snitched|"
    r"grassed|ratted|told on|dobbed|flagged|accused|complained)")


def seeks_to_confront(text: str) -> bool:
    """Whether the normalised `text` asks where or who another person is in order to
    confront them."""
    return bool(_CONFRONT.search(text) and _FIND.search(text))
