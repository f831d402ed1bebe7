"""A deadline or a session asked to be moved: the bot moves nothing (one's own extension is
a personal matter, the privacy rules').
"""

from __future__ import annotations

import re

# Asking for a deadline or a session to be moved ("can the cw2 deadline be moved?", "could
# they push task 3 back", "any chance of extending the deadline"), whoever it is for: the bot
# moves nothing (one's own extension is a personal matter, the privacy rules').
_MOVED = (r"(?:moved|extended|pushed(?: back)?|postponed|delayed|changed|rescheduled|"
          r"brought forward)")
_MOVE = r"(?:move|extend|push(?: \w+){0,2} back|postpone|delay|change|reschedule)"
_ASKS_TO_MOVE = re.compile(
    rf"\b(?:can|could|will|would|is it possible|any chance)\b[^.?!]{{0,40}}\b(?:be |get |"
    rf"getting )?{_MOVED}\b"
    rf"|\b(?:can|could|will|would) (?:you|u|they|the (?:staff|lecturers?|tas?|course|module))"
    rf"(?: please| pls| just)? {_MOVE}\b"
    rf"|\b(?:please|pls|plz) {_MOVE}\b"
    r"|\bany chance (?:of |for )?(?:an? )?(?:extension|moving|extending|postponing)\b")
_MOVABLE = re.compile(r"\b(?:deadlines?|due|cw ?\d?|coursework|task ?\d?|exam|q ?&? ?as?|"
                      r"tutorials?|lectures?|quiz(?:zes)?|sessions?)\b")


def asks_to_move(text: str) -> bool:
    """Whether the normalised `text` asks for a deadline or a session to be moved."""
    return bool(_ASKS_TO_MOVE.search(text) and _MOVABLE.search(text))
