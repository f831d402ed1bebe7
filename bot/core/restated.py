"""A question restated after a reply that missed it, with what was not asked set aside
("thanks for nothing, I asked when the exam is, not what it's worth", "not the room, my
question was who runs it"): the asked part alone is read, so the rejected subject (the
previous answer's) is neither answered again nor mixed into the reading."""
from __future__ import annotations

import re

# "I asked", "I wanted to know", "my question was", "what I asked was": the writer's own
# question pointed at (not "I asked a TA", which names no question: a question word follows).
_FRAME = (r"(?:(?:i|we) (?:asked|was asking|were asking|wanted to know|want(?:ed)? to know|"
          r"meant|was wondering)(?: (?:you|u))?(?: about)?"
          r"|my question (?:is|was)(?: about)?|what i (?:asked|meant) (?:is|was))")
# What a question opens with once the frame is set aside.
_OPENS = (r"(?:when|what|which|who|whom|whose|where|why|how|whether|if|about)\b")
# (not "not sure", "not really": a hedge, not a subject set aside)
_NOT = r"(?:not|rather than|instead of|and not)(?! sure| really| yet| quite| that)"
# "<frame> <asked>, not <rejected>" (the rejected part runs to the sentence's end)
_ASKED_NOT = re.compile(rf"\b{_FRAME}\s+(?P<asked>{_OPENS}[^.?!;]*?)[\s,;-]+{_NOT}\s+[^.?!]+"
                        r"(?P<end>[.?!]|$)", re.IGNORECASE)
# "not <rejected>, <frame> <asked>"
_NOT_ASKED = re.compile(rf"\bnot\s+[^.?!,;]+[,;.-]+\s*{_FRAME}\s+(?P<asked>{_OPENS}[^.?!]*)"
                        r"(?P<end>[.?!]|$)", re.IGNORECASE)


def restated_question(text: str) -> str:
    """The message with a restated question's rejected part dropped and the asked part made
    a question of its own; the text as it was when there is no such restatement."""
    for pattern in (_ASKED_NOT, _NOT_ASKED):
        m = pattern.search(text)
        if m is None:
            continue
        asked = m.group("asked").strip(" ,;-")
        asked = re.sub(r"^about\s+", "", asked, flags=re.IGNORECASE)
        if len(asked.split()) < 2:
            return text  # ("I asked who, not when": no subject to read alone)
        return f"{text[:m.start()]}{asked}?{text[m.end():]}".strip()
    return text
