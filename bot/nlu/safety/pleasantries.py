"""Small talk with nothing asked of the course ("how are you", "tell me a joke").
"""

from __future__ import annotations

import re

# Small talk put to the bot ("how are you", "how's your weekend going", "wanna chat?"): a
# short social reply, not a course answer, whatever course word the remark beside it names
# ("lol the tutorial was fun, anyway how are you").
_SMALL_TALK = re.compile(
    r"\b(?:how (?:are|r) (?:you|u|ya)(?: doing| today| holding up)?(?=\s*(?:$|[^\w\s]|(?:bot|mate|"
    r"lol|haha|btw|then|and|also|anyway|today|doing)\b))|how(?:'s| is| was|s) (?:your|ur|yr) "
    r"(?:day|weekend|week|morning|evening|night)(?: (?:going|been))?|how(?:'s| is|s) it going"
    r"(?! to\b)|(?:wanna|want to|do you want to|shall we|can we) (?:just )?chat|"
    # (not "are you ok with us using X": a question of what is allowed)
    r"are you (?:happy|bored|lonely|tired|ok|okay)(?! (?:with|if|for|to|about)\b))\b")

# ... and what else the message asks, beside it, that the course could answer.
_ASKS_MORE = re.compile(r"\b(?:when|where|who|which|what time|how (?:much|many|long|do|does|"
                        r"can)|is there|are there|due|deadline)\b")


def small_talk(text: str) -> bool:
    """Whether the normalised `text` is small talk put to the bot and asks nothing else (the
    social question taken out, no question word nor deadline is left)."""
    m = _SMALL_TALK.search(text)
    return m is not None and not _ASKS_MORE.search(_SMALL_TALK.sub(" ", text))
