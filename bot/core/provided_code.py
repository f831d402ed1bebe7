"""Trouble with the course's own code, run as given ("the starter notebook crashes and I
haven't touched it", "the provided cell errors out of the box"): not the student's own work,
so the hand-off does not say it is; the staff should look at it, as it may be a problem in
the material they provided. Words only, and the lead of an own-work reply changed."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.handlers import Reply

# The course's code named: "the provided notebook", "the given cell", "your starter code".
_PROVIDED = re.compile(
    r"\b(?:provided|given|supplied|starter|template|skeleton|original|official|"
    r"course'?s?|your|the lecturer'?s|their)\s+(?:\w+\s+)?(?:notebooks?|code|cells?|files?|"
    r"scripts?|template|functions?|util\w*|helpers?)\b"
    r"|\b(?:notebooks?|code|cells?)\s+(?:you|they|the staff|the course) (?:gave|provided|"
    r"supplied)\b")
# ... and said to be run as it came: untouched, unchanged, out of the box.
_UNTOUCHED = re.compile(
    r"\b(?:have ?n[o']?t|haven'?t|didn'?t|did not|have not|never|not|without)\s+(?:even\s+|yet\s+)?"
    r"(?:touch|touched|touching|chang\w*|modif\w*|edit\w*|alter\w*)\b"
    r"|\b(?:unchanged|unmodified|untouched|unedited|out of the box|as[- ]is|as given|"
    r"as provided|straight from|fresh (?:copy|download))\b"
    r"|\bbefore i (?:even )?(?:change|changed|wrote|write|add|added|edit|edited|touch|touched)\b")
def provided_untouched(text: str) -> bool:
    """Whether the trouble is with the course's provided code, said to be run unchanged."""
    t = " ".join(text.lower().split())
    return bool(_PROVIDED.search(t) and _UNTOUCHED.search(t))


def as_provided_fault(reply: Reply, forum: dict[str, str]) -> Reply:
    """An own-work reply for trouble in the provided code: its lead says the staff should
    look at it (maybe a problem in the material), with a TA and the forum offered; what
    the notes say follows as before."""
    if reply.intent != "own_work":
        return reply
    text = reply.text
    not_found = W.OWN_WORK_NOT_FOUND.format(**forum)
    gpu_lead = W.OWN_WORK_GPU.split("{advice}")[0].split(". ")[0] + "."
    if text.startswith(not_found):
        text = W.PROVIDED_NOT_FOUND.format(**forum) + text[len(not_found):]
    elif text.startswith(W.OWN_WORK_FROM_NOTES):
        text = W.PROVIDED_FROM_NOTES.format(**forum) + text[len(W.OWN_WORK_FROM_NOTES):]
    elif text.startswith(gpu_lead):
        text = W.PROVIDED_LEAD.format(**forum) + text[len(gpu_lead):]
    else:
        return reply
    return dataclasses.replace(reply, text=text)
