"""The question inside the words a student wraps around it, for the notes' search.

"Is my understanding right: X", "is it fair to say X, or am I oversimplifying", "give me an
analogy for X", "in plain words, what does X do", "what's the big idea of X", "what would go
wrong without X": the wrapping names no topic of the notes, yet its words ("understanding",
"analogy", "idea", "wrong", "plain") weigh in the search and pulled answers to other sections
or below the gate. The search reads the concept, asked as the kind of question the wrapping
means: a check or a plain-words request reads what X is; a big idea or what goes wrong
without X reads why X (what it is for).

Round 23: a claim heard elsewhere and put up for checking ("my flatmate reckons X, true?",
"is it really true that X? sounds off to me", "I read that X, is that a myth") reads X; an
explanation or analogy checked ("X explained with the <story> analogy - does it hold up")
reads what X is; what goes wrong when one removes, drops or skips X reads why X.
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
    r"^\W*what\s+(?:(?:would|will|could|can|might)\s+(?:go\s+wrong|happen|break)|goes\s+wrong|"
    r"happens|breaks)\s+(?:if\s+(?:we|you|i|one)\s+(?:(?:don'?t|do\s+not|didn'?t|did\s+not|"
    r"never)\s+(?:use|have|add|apply)|(?:just\s+)?(?:remove|removed|drop|dropped|skip|skipped|"
    r"leave\s+out|left\s+out|take\s+out|took\s+out|get\s+rid\s+of|got\s+rid\s+of|"
    r"strip\s+out|stripped\s+out|cut\s+out|omit|omitted|throw\s+away|delete|deleted)"
    r"(?:\s+all)?)|without)\s+", re.I)

# A claim heard or read elsewhere, put up for checking: the attribution before it and the
# check after it are dropped, the claim is searched.
_CLAIM_LEAD = re.compile(
    r"^\W*(?:so\s+)?(?:(?:is\s+it|it'?s)\s+(?:really\s+|actually\s+|even\s+)?true\s+(?:that\s+)?"
    r"|true\s+or\s+false\s*[:,\-]\s*"
    r"|(?:my|a|one\s+of\s+my|some)\s+(?:friends?|flatmates?|housemates?|classmates?|mates?|"
    r"roommates?|coursemates?|colleagues?|brother|sister|dad|mum|mom|senior|blog|video|"
    r"youtuber|article|post)\s+(?:says?|said|told\s+me|claims?|claimed|reckons?|thinks?|insists?)"
    r"(?:\s+that)?\s+"
    r"|(?:someone|somebody|people|everyone|a\s+lot\s+of\s+people|they)\s+(?:says?|said|"
    r"told\s+me|claims?|claimed|reckons?)(?:\s+that)?\s+"
    r"|i\s+(?:'ve\s+|have\s+)?(?:heard|read|saw)\s+(?:somewhere\s+|online\s+)?that\s+"
    r"|i\s+(?:'ve\s+|have\s+)?heard\s+)", re.I)
_CLAIM_TAIL = re.compile(
    r"(?:(?:\s*[,;.?!\-]\s*|\s+)(?:(?:or\s+)?is\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?"
    r"(?:true|right|correct|the\s+case|a\s+myth|a\s+misconception|legit)"
    r"|(?:or\s+)?(?:is\s+that|is\s+this)\s+(?:just\s+)?(?:a\s+)?(?:myth|misconception)"
    r"|(?:is\s+)?(?:he|she|they)\s+(?:right|wrong)"
    r"|(?:that\s+|this\s+|it\s+)?(?:sounds?|seems?)\s+(?:wrong|off|fishy|suspicious|weird|"
    r"strange|too\s+good(?:\s+to\s+be\s+true)?)(?:\s+to\s+me)?)"
    # a bare "true" checks only after a break: "when is the bound true" asks, checks nothing
    r"|\s*[,;.?!\-]\s*true(?:\s+or\s+(?:false|not))?)\W*$", re.I)
# An explanation or analogy of X checked: the story it is told with and the check dropped.
_TOLD_WITH = re.compile(
    r"\s+(?:is\s+(?:often\s+|usually\s+|always\s+|commonly\s+)?|gets?\s+|being\s+)?"
    r"(?:explained|described|taught|pictured|introduced|presented)\s+(?:with|using|via|through|"
    r"by)\s+(?:the\s+|a\s+|an\s+|this\s+)?[^,;?!]*?\b(?:analog(?:y|ies)|metaphor|story|"
    r"picture|example)\b", re.I)
_ANALOGY_CHECK = re.compile(
    r"(?:^\W*|\s*[,;.?!\-]+\s*|\s+)(?:(?:does|do|would|will|can)\s+(?:that|this|the|it|such\s+an?)"
    r"(?:\s+(?:analogy|metaphor|comparison|picture|story|intuition|explanation))?\s+"
    r"(?:actually\s+|really\s+|even\s+)?(?:hold(?:\s+up)?|work|make\s+sense|fit|stand\s+up)"
    r"|(?:is|was)\s+(?:that|this|it)\s+an?\s+(?:good|fair|useful|valid|helpful|accurate|sound)\s+"
    r"(?:way|analogy|metaphor|picture|comparison|mental\s+model|intuition)"
    r"|where\s+does\s+(?:that|this|the|it)(?:\s+(?:analogy|metaphor|comparison|picture))?"
    r"\s+break)\b.*$", re.I)

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


def put_up_claim(text: str) -> str | None:
    """The claim a text puts up for checking, without its attribution and its check ("my
    flatmate says X, true?": X); None when it has neither."""
    out, tail = text, False
    while (shorter := _CLAIM_TAIL.sub("", out)) != out:  # "X, true? sounds wrong to me"
        out, tail = shorter, True
    lead = _CLAIM_LEAD.search(out)
    if lead is None and not tail:
        return None
    return out[lead.end():] if lead else out


def checks_an_explanation(text: str) -> bool:
    """Asks whether an explanation, analogy or picture of something holds ("does that analogy
    hold up", "is that a good way to think about it", "where does it break")."""
    return bool(_ANALOGY_CHECK.search(text))


def tells_an_explanation(text: str) -> bool:
    """Tells or checks an explanation of something ("X explained with the <story> analogy",
    "... does that picture hold up"): a check after it ("where does it break") asks of it."""
    return bool(_TOLD_WITH.search(text) or _ANALOGY_CHECK.search(text))


def asks_without(text: str) -> bool:
    """Asks what goes wrong or happens without something, or when one removes it."""
    return bool(_WITHOUT.search(text))


def unframed(text: str) -> str:
    """The question with its wrapping taken off (the text unchanged when it has none, or
    when nothing would be left)."""
    out = text
    if _ANALOGY_CHECK.search(out):
        checked = _ANALOGY_CHECK.sub("", out)
        subject = _TOLD_WITH.sub("", checked)  # "X explained with the <story> analogy": X
        out = f"what is {subject}" if subject != checked else checked
    elif claim := put_up_claim(out):
        out = claim
    elif (m := _CHECK_LEAD.search(out)) or _CHECK_TAIL.search(out):
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
