"""A statement of the material put up to be checked, in the first person.

"for a 3x3 conv from 16 to 32 channels I get 4608 weights, right?", "is my reasoning
correct: ...", "is it fair to say X, or am I oversimplifying",
"so X because Y, yeah?", "I don't get why ...", "my notes say X, is that what
the lecture meant": the writer is in the sentence, but what is asked about is the material (a
computation done by hand, one's understanding, one's notes of a lecture), which the notes
explain. The pronoun is no circumstance and no symptom of one's own work; a run of one's own
(a measure with its number, code, an error) or a circumstance named by a rule still is.
"""

from __future__ import annotations

import re

from bot.knowledge.compose import describes_symptom
from bot.knowledge.framing import asks_without, checks_an_explanation, put_up_claim
from bot.nlu.features import reports_a_run

# A check put to the reader, at the end ("..., right?" or "..., right": the splitter takes
# the question mark off a part; "is that correct?", "am I wrong?",
# "did I get that right", "does that sound right") or of one's own reasoning ("is my
# reasoning right", "have I understood this correctly").
_TAG = re.compile(
    r"(?:[,.;:-]\s*(?:right|correct|yes|yeah|yep|no|true|ok|okay)\s*\?*"
    r"|\s(?:right|correct|yes|yeah|yep|no|true|ok|okay)\s*\?+)\s*$"
    r"|\b(?:is|was) (?:that|this|it) (?:right|correct|true|accurate|ok|okay|the case|"
    r"how it works)\b"
    r"|\bam i (?:right|correct|wrong|mistaken|on the right track|missing something|"
    r"over-?simplifying|being too simplistic)\b"
    r"|\b(?:is|would) (?:it|this) (?:be )?(?:fair|right|correct|accurate) to (?:say|think)\b"
    r"|\b(?:did|have) i (?:get|got|do|done|understand|understood|work|worked) "
    r"(?:that|this|it|them)(?: out)? (?:right|correct(?:ly)?|wrong)\b"
    r"|\bdid i (?:mess|screw|mix) (?:that|this|it) up\b"
    r"|\b(?:does|do) (?:that|this|it) (?:sound|seem|look) (?:right|correct|ok|okay)\b"
    r"|\bis my (?:reasoning|understanding|logic|working|workings|maths?|calculation|answer|"
    r"intuition|thinking|derivation|interpretation)\b"
    r"|\bis (?:that|this) (?:it|what (?:was|is) meant)\s*\?*\s*$"
    r"|\bis (?:that|this) what (?:the lecture|the lecturer|the notes|the slides|they|he|she|"
    r"it|you) (?:meant|means|mean|said|says|say)\b")
# Not following the material: "I don't get why", "i dont understand how", "can't see why".
_NOT_FOLLOWING = re.compile(
    r"\bi (?:don'?t|do not|can'?t|cannot|still don'?t|just don'?t|didn'?t|did not) "
    r"(?:get|understand|see|follow|grasp)(?: (?:it|this))? (?:why|how|what)\b")
# A check with at least this many words holds a statement to check ("is that right?" alone
# checks what was said before, another message).
_STATEMENT_WORDS = 7
# What one may own in a check of the material: one's grasp of it, one's notes and working.
# Anything else of one's own ("my model", "my code", "my mark") is what is asked about.
_MY_OTHER = re.compile(
    r"\bmy (?!(?:lecture |own |class )?(?:notes?|understanding|reasoning|logic|working|"
    r"workings|maths?|calculation|calculations|answer|intuition|thinking|derivation|"
    r"interpretation|head|brain|mind|guess|reading)\b)\w+")
# A shape as a computation states it ("3x3", "32x32x3"): no code, though code has them too.
_DIMENSION = re.compile(r"\b\d+(?:x\d+)+\b", re.IGNORECASE)


def checks_the_material(raw: str) -> bool:
    """The text puts a statement of its own up to be checked, or says it does not follow
    something; and it reports no run of its own work (a measure's number, code, an error: a
    shape such as "3x3" is a computation's, not a run's) nor names another thing of its own
    ("my model")."""
    text = raw.lower().strip()
    if reports_a_run(_DIMENSION.sub(" ", raw)) or _MY_OTHER.search(text):
        return False
    if _NOT_FOLLOWING.search(text):
        return True
    # The check is of a statement said before it: a bare "is that right?" checks nothing.
    return bool(_TAG.search(text)) and len(re.findall(r"[a-z0-9]+", text)) >= _STATEMENT_WORDS


# A claim put up for checking holds at least this many words ("is it true?" holds none).
_CLAIM_WORDS = 3


def asks_of_an_idea(raw: str) -> bool:
    """The text asks about an idea of the material rather than a run of one's own: a claim
    heard or read elsewhere put up for checking ("my flatmate reckons X, true?", "is it
    really true that X? sounds off to me"), whether an explanation or analogy of something
    holds ("... does that analogy hold up"), or what goes wrong when one removes or skips
    something ("what happens if I drop X from my network"). A run of one's own reported
    beside it (a measure's number, code, an error) makes it one's own work still."""
    if reports_a_run(_DIMENSION.sub(" ", raw)):
        return False
    claim = put_up_claim(raw.strip())
    return ((claim is not None and len(re.findall(r"[a-z0-9]+", claim.lower())) >= _CLAIM_WORDS)
            or checks_an_explanation(raw) or asks_without(raw))


# A choice between methods put to oneself ("how do I choose between X and Y", "which
# activation should I use", "X or Y - how do i decide"): the first person is whoever would
# use the material, not a run of one's own.
_CHOICE = re.compile(
    r"\bhow (?:do|would|should|can) (?:i|we|you|one) (?:choose|pick|decide|select)\b"
    r"|\bhow to (?:choose|pick|decide|select)\b"
    r"|\bwhich (?:\w+ ){0,3}(?:should|would|do) (?:i|we|you|one) (?:use|choose|pick|go for)\b"
    r"|\bwhen (?:should|would|do) (?:i|we|you|one) (?:use|prefer|choose|pick)\b")
# An exam-style instruction opening the message or a clause ("write down the equations of
# X", "state ...", "derive ...", "list the ..."): the material asked for, not work done.
_INSTRUCTION = re.compile(
    r"(?:^|[.;:!?]\s*)\W*(?:please |pls )?(?:write down|write out|state|derive|list|"
    r"give|sketch|outline|summari[sz]e)\s+(?:the|a|an|all|each|how|why|what|its|their)\b")


def asks_of_method(raw: str) -> bool:
    """The text asks how to choose between methods of the material, or is an exam-style
    instruction about it; and it reports no run of its own work (a measure's number, code,
    an error), describes no symptom ("keeps", "explodes") and names nothing else of its own
    ("my model"): a question about the material, whoever it would serve."""
    text = raw.lower().strip()
    if (reports_a_run(_DIMENSION.sub(" ", raw)) or _MY_OTHER.search(text)
            or describes_symptom(text)):
        return False
    return bool(_CHOICE.search(text) or _INSTRUCTION.search(text))
