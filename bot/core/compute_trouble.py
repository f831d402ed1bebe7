"""Whether a message tells of trouble getting compute for the work ("the free tier cut me off
and there's no gpu runtime for me", "ran out of credits on my cloud notebook"): not a bug in
one's code but a resource a person may have to help with. The reply gives what the course
page says about where to run the work, the hand-in it bears on, and a TA offer. Not a crash
of one's own code ("cuda out of memory"), nor a question of which GPU to use."""
from __future__ import annotations

import re

from bot.core.text import normalize
from bot.core.understand import Query

_RESOURCE = r"(?:gpus?|runtimes?|machines?|instances?|backends?|accelerators?|compute|kernels?)"
_TROUBLE = re.compile(
    # a limit or quota hit ("hit my usage limit", "ran out of compute units")
    r"\b(?:hit|hitting|reached|reaching|exceeded|exceeding|used up|maxed out|over)"
    r"(?: (?:my|the|their|its|a|our))?(?: [\w-]+){0,2}? (?:limits?|quotas?|caps?|credits?|"
    r"allowance|units)\b"
    r"|\b(?:ran|run|running|runs) out of(?: (?:my|the|free|all))?(?: [\w-]+)? (?:credits?|"
    # ("running out of gpu memory" is a crash of one's own run, not compute refused)
    r"quotas?|hours|units|compute|gpu|gpus|time)\b(?! (?:memory|mem|ram|vram)\b)"
    r"|\b(?:usage|gpu|compute|runtime|quota|free[- ]tier) limits?\b"
    # a GPU or runtime refused ("can't get a gpu runtime", "won't give me a gpu")
    rf"|\b(?:can'?t|cannot|unable to|couldn'?t|could not|not able to|never) (?:get|connect to|"
    rf"connect|access|use|allocate|start|obtain)(?: (?:an?|the|any|my))?(?: [\w-]+)? {_RESOURCE}\b"
    rf"|\b(?:won'?t|doesn'?t|does not|will not|refuses? to) (?:give|let|assign|allocate)"
    rf"(?: me| us)?(?: (?:an?|the|any))?(?: [\w-]+)? {_RESOURCE}\b"
    rf"|\bno {_RESOURCE} (?:available|left|free)\b"
    rf"|\b{_RESOURCE} (?:unavailable|not available|keeps? (?:disconnecting|dropping|timing out))\b")


# A part that only says when the work is due ("task 2 is due in 2 days, what now?"): the
# reply gives that deadline as context, so it asks nothing else.
_DUE_SAID = re.compile(r"\b(?:due|deadline|deadlines|hand-?in)\b")


def trouble_told(text: str) -> bool:
    """Whether the words tell of compute not to be had (read before the cue of a GPU)."""
    return bool(_TROUBLE.search(normalize(text)))


def says_when_due(text: str) -> bool:
    """Whether a part of the message speaks of the hand-in (its date is the reply's context)."""
    return bool(_DUE_SAID.search(normalize(text)))


def compute_trouble(q: Query) -> bool:
    """Whether the message tells of not getting the compute to run the work on (a GPU or
    cloud notebook named by the lexicon's "gpu" cue, or the course's own words for one)."""
    return q.has("gpu") and trouble_told(q.raw)
