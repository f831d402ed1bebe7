"""The kinds of event a schedule holds: the one definition every other module uses.

What each kind is called in a sentence is in `bot/core/wording.py` (`EVENT_KIND_NAMES`,
`KIND_SINGULAR`); a test checks those tables cover exactly these kinds.
"""

from __future__ import annotations

from typing import Literal, get_args

# Things one attends, at a time when the schedule gives one.
SessionKind = Literal["lecture", "qa", "tutorial", "panel"]
EventKind = Literal[SessionKind, "quiz", "deadline"]

# In this order wherever kinds are listed to a person.
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
SESSION_KINDS: tuple[SessionKind, ...] = get_args(SessionKind)
