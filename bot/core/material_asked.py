"""Whether the course has material on a topic, asked in a message about a problem ("<error>
clearly i don't get strides. is there a tutorial or notes on this?"): where the topic is
taught is the question, and "this" is the topic the writer says they do not understand.
"""

from __future__ import annotations

import re

_MATERIAL = (r"(?:tutorials?|tuts?|lectures?|lecs?|notes|slides|readings?|materials?|videos?|"
             r"resources?|notebooks?|chapters?|sessions?)")
# "is there a tutorial on", "any lecture or notes about", "which lecture covers",
# "where can i read up on": material on a topic asked for.
ASKS_FOR_MATERIAL = re.compile(
    rf"\b(?:(?:is|are) there|any|got|do (?:we|you) have|does the course have)\b[^.?!]{{0,30}}?"
    rf"\b{_MATERIAL}\b[^.?!]{{0,30}}?\b(?:on|about|covering|that covers?|explaining|for|re)\b"
    rf"|\b(?:which|what) {_MATERIAL}(?: (?:or|and|/) {_MATERIAL})? "
    rf"(?:covers?|is on|is about|explains?|goes over|teach\w*)\b"
    rf"|\bwhere (?:can|do|could|should) (?:i|we) (?:read|learn|find \w+) (?:up )?(?:on|about)\b",
    re.IGNORECASE)
# What the writer says they do not understand ("i don't get channels/padding/strides",
# "really lost with dropout", "confused about reshaping tensors").
_NOT_UNDERSTOOD = re.compile(
    r"\b(?:(?:do ?n[o']?t|dont|didn'?t|never) (?:really |fully |quite )?(?:get|understand|"
    r"follow|grasp)|(?:lost|stuck|struggling) (?:with|on)|confused (?:about|by|with)|"
    r"no (?:clue|idea) (?:about|on|with))\s+(?P<topic>[^.?!,;]{3,60})", re.IGNORECASE)
# "on this", "about that", "for it": the topic pointed back to.
_POINTER = re.compile(r"\b(?P<prep>on|about|covering|for|explaining) (?:this|that|it|these|those)"
                      r"(?: stuff| topic| thing)?\b", re.IGNORECASE)


def asks_for_material(text: str) -> bool:
    return ASKS_FOR_MATERIAL.search(text) is not None


def asks_for_material_on_named_topic(text: str) -> bool:
    """Material asked for on a topic the request writes out ("any notes on dropout?"), not
    one it points back to ("which lecture explains this", said of one's problem)."""
    ask = ASKS_FOR_MATERIAL.search(text)
    return ask is not None and _POINTER.search(text, ask.start()) is None


def with_topic_named(text: str) -> str:
    """The request for material with the topic it points back to written in ("... i don't get
    strides. is there a tutorial on this?": "... a tutorial on strides?"); else the text."""
    ask = ASKS_FOR_MATERIAL.search(text)
    said = _NOT_UNDERSTOOD.search(text)
    if ask is None or said is None or said.start() > ask.start():
        return text
    pointer = _POINTER.search(text, ask.start())
    if pointer is None:
        return text
    topic = re.sub(r"\s+(?:at all|honestly|tbh|lol|really)\s*$", "", said.group("topic").strip())
    topic = re.sub(r"\s*/\s*", " and ", topic)  # ("channels/padding/strides": each of them)
    return f"{text[:pointer.start()]}{pointer.group('prep')} {topic}{text[pointer.end():]}"
