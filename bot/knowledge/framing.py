"""The question inside the words a student wraps around it, for the notes' search.

"Is my understanding right: X", "is it fair to say X, or am I oversimplifying", "give me an
analogy for X", "in plain words, what does X do", "what's the big idea of X", "what would go
wrong without X": the wrapping names no topic of the notes, yet its words ("understanding",
"analogy", "idea", "wrong", "plain") weigh in the search and pulled answers to other sections
or below the gate. The search reads the concept, asked as the kind of question the wrapping
means: a check or a plain-words request reads what X is; a big idea or what goes wrong
without X reads why X (what it is for).
"""

from __future__ import annotations

import re

# A statement put up to be checked: the check before or after it is dropped.
_CHECK_LEAD = re.compile(
    r"^\W*(?:so\s+)?(?:(?:is|was)\s+my\s+(?:understanding|reading|intuition|"
    r"interpretation|thinking|mental model)\s+(?:right|correct|ok|okay|accurate)"
    r"|(?:is|would)\s+(?:it|this)\s+(?:be\s+)?(?:fair|right|correct|accurate|ok|okay)\s+"
    r"to\s+(?:say|think))"
    r"(?:\s+that)?\s*[:,\-]?\s*", re.I)
_CHECK_TAIL = re.compile(
    r"(?:\s*[,;.\-]\s*(?:or\s+)?|\s+or\s+)(?:am\s+i|is\s+that|is\s+this)\s+(?:over-?simplif\w*|"
    r"(?:too\s+)?simplistic|missing\s+something|wrong|right|correct)\W*$", re.I)
# A request for the concept in other words: dropped, the concept asked as "what is".
_PLAIN = re.compile(
    r"^\W*(?:(?:can|could)\s+you\s+)?(?:give\s+me\s+|what(?:'?s|\s+is)\s+)?(?:an?\s+|some\s+)?"
    r"(?:analog(?:y|ies)|metaphor|intuitive\s+picture)\s+(?:for|of)\s+", re.I)
_PLAIN_WORDS = re.compile(
    r"\b(?:in\s+(?:plain|simple|layman'?s?|everyday|normal)\s+(?:words|english|terms|"
    r"language)|like\s+i'?m\s+five|eli5)\b[\s,:;-]*", re.I)
# The point of the concept: what it is for.
_BIG_IDEA = re.compile(
    r"^\W*what(?:'?s|\s+is|\s+was)\s+the\s+(?:big|main|key|core|central)\s+"
    r"(?:idea|point|insight)\s+(?:of|behind|in)\s+", re.I)
_WITHOUT = re.compile(
    r"^\W*what\s+(?:(?:would|will|could|can|might)\s+go|goes)\s+wrong\s+(?:if\s+(?:we|you|i)\s+"
    r"(?:don'?t|do\s+not|didn'?t)\s+(?:use|have|add)|without)\s+", re.I)

# Why X mattered, compared with Y: X is the subject; Y, named for contrast, pulled the
# answer to its own note ("why was X such a big deal compared with Y" answered from Y's).
_WHY_MATTERED = re.compile(
    r"^\W*(?:why|what\s+made|how\s+come)\b.*\b(?:such\s+a\s+(?:big\s+deal|breakthrough|"
    r"game[- ]?changer|milestone)|so\s+(?:important|influential|significant|revolutionary|"
    r"special|famous|successful)|a\s+(?:big\s+deal|breakthrough))\b", re.I)
_COMPARED_TAIL = re.compile(
    r"[\s,;]*\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|"
    r"over|than|vs\.?|versus)\s+[^,;?.!]*", re.I)

_ASKING = {"why", "what", "how", "does", "the", "was", "are", "that", "this"}


def unframed(text: str) -> str:
    """The question with its wrapping taken off (the text unchanged when it has none, or
    when nothing would be left)."""
    out = text
    if (m := _CHECK_LEAD.search(out)) or _CHECK_TAIL.search(out):
        out = _CHECK_TAIL.sub("", out[m.end():] if m else out)
    elif m := (_BIG_IDEA.search(out) or _WITHOUT.search(out)):
        out = "why " + out[m.end():]
    elif _WHY_MATTERED.search(out):
        out = _COMPARED_TAIL.sub("", out)
    else:
        out = _PLAIN.sub("what is ", out)
        out = _PLAIN_WORDS.sub("", out)
    if out == text:  # no wrapping: the text as asked (code and its spacing untouched)
        return text
    out = re.sub(r"\s+([?!,])", r"\1", re.sub(r"\s+", " ", out)).strip(" ,;:-")
    asked = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", out)} - _ASKING
    return out if asked else text
