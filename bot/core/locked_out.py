"""Whether a message tells of trouble getting into where a session is held ("can't see the
course's team in teams", "the meeting link won't open", "never got added to the channel",
"i can't get into the q&a"): a person has to fix access, so the reply hands it to one,
with the session concerned beside it. Not being unable to come ("can't join the tutorial
on tuesday, i have a clash"), nor something not understood ("can't see why it works")."""
from __future__ import annotations

import re
from datetime import datetime

from bot.core.text import normalize
from bot.schedule.model import Event

_CANNOT = (r"(?:can'?t|cannot|can not|unable to|not able to|couldn'?t|could not|won'?t let me|"
           r"doesn'?t let me|does not let me|still can'?t)")
# Where a session is got into: a room online, its link or its page.
_WAY_IN = (r"(?:teams?|channels?|meetings?|calls?|links?|rooms?|pages?|sites?|streams?|"
           r"chats?|groups?|invites?|invitations?)")
# A session itself, got into ("can't get into the tutorial"; "can't join the tutorial on
# tuesday" is not being able to come, so only the verbs of entering take it).
_SESSION = r"(?:tutorials?|qa|q&a|lectures?|sessions?|panels?|class(?:es)?)"
_FAILS = (r"(?:isn'?t|is not|aren'?t|are not|not|doesn'?t|does not|don'?t|do not|won'?t|"
          r"will not|keeps?)(?: \w+)? (?:working|work|load(?:ing)?|open(?:ing)?|show(?:ing)?|"
          r"show(?:ing)? up|appear(?:ing)?|let me in|failing|crashing)")
_LOCKED_OUT = re.compile(
    rf"\b{_CANNOT} (?:see|find|access|join|open|get (?:in|into|onto|on to|access to)|enter|"
    rf"log ?in(?:to| to)?|sign in(?:to| to)?)(?: (?!of\b)[\w&'-]+){{0,3}}? {_WAY_IN}\b"
    rf"|\b{_CANNOT} (?:get (?:in|into|onto|access to)|access|enter|log ?in(?:to| to)?)"
    rf"(?: [\w&'-]+){{0,2}}? {_SESSION}\b"
    rf"|\b{_WAY_IN} (?:for (?:the |this |today'?s )?\w+ )?{_FAILS}\b"
    r"|\b(?:not|never) (?:been |got |gotten |yet |was |were )*(?:added|invited) (?:to|into)\b"
    r"|\bnever (?:got|received|had) (?:an? |the )?(?:invite|invitation|link)\b"
    r"|\b(?:no|don'?t have|do not have|lost|without) access\b|\baccess denied\b"
    r"|\b(?:locked|kicked|shut) out\b")


def locked_out(text: str) -> bool:
    """Whether the message tells of trouble getting into a session's room, link or page."""
    return bool(_LOCKED_OUT.search(normalize(text)))


def session_concerned(events: list[Event], named: set[str], kinds: set[str],
                      now: datetime) -> Event | None:
    """The session the trouble is about: of those named (by id, else by kind), the one under
    way or starting next; None when none is named or left."""
    sessions = [e for e in events if e.start is not None and e.kind != "deadline"]
    # (none named: the trouble may be with no session at all, "lost access to the repo")
    chosen = [e for e in sessions if e.id in named] or [e for e in sessions if e.kind in kinds]
    left = [e for e in chosen if (e.end or e.start) >= now]
    return min(left, key=lambda e: e.start) if left else None
