"""Whether a message says the bot itself got something wrong, or doubts it can be trusted
("you gave me the wrong room last week", "your answer about the quiz was wrong", "why should
I believe anything you say"): an apology, the course page as the official source, and a
person to take up what the mistake caused (handlers/beyond.py). Not the page or a person
being wrong ("the page has the wrong room"), nor one's own answer ("is my answer wrong")."""

from __future__ import annotations

import re

_YOU = r"(?:you|u|ya|the bot|this bot|this thing|the assistant)"
_WRONG = (r"(?:wrong|incorrect|false|not right|not true|not correct|outdated|out of date|"
          r"made up|mistaken|a mistake|rubbish|nonsense|lies?|lying)")
_BOT_WRONG = re.compile(
    # "you told me the wrong time", "u gave us an outdated deadline", "you said 10am but
    # that was wrong"
    rf"\b{_YOU} (?:told|gave|said|showed|sent|got|had|listed|answered)\b[^.?!]{{0,50}}?"
    rf"\b{_WRONG}\b"
    # "your answer about the quiz was wrong", "ur info is outdated"
    rf"|\b(?:your|ur|the bot'?s) (?:answers?|reply|replies|info|information|times?|dates?|"
    rf"details?|response)\b[^.?!]{{0,30}}?\b(?:is|was|were|are|been)\b(?: (?:completely|totally|"
    rf"just|so|all))? {_WRONG}\b"
    # "why would I trust you", "how can I rely on you", "can't trust this bot"
    rf"|\b(?:why|how) (?:would|should|could|can|do|am) (?:i|we|anyone)(?: (?:ever|even|supposed "
    rf"to))? (?:trust|believe|rely on|depend on)\b[^.?!]{{0,15}}?\b{_YOU}"
    rf"|\b(?:can'?t|cannot|don'?t|do not|never) (?:trust|believe|rely on)\b[^.?!]{{0,10}}?"
    rf"\b{_YOU}\b")


def bot_was_wrong(text: str) -> bool:
    """The message says the bot got something wrong, or that it cannot be trusted."""
    return bool(_BOT_WRONG.search(" ".join(text.lower().split())))
