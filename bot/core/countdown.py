"""A countdown asked in a unit: "how many hours till the panel", "how many days left before
the quiz", "mins to the next q&a?". It asks for the time left until the thing named, counted in
that unit: not how long the thing lasts, nor the hours of sessions in all."""
from __future__ import annotations

import re

_UNITS = {"sec": "minutes", "second": "minutes", "min": "minutes", "minute": "minutes",
          "hr": "hours", "hour": "hours", "day": "days", "wk": "weeks", "week": "weeks"}
# (a unit after "how many", or opening the message: "24 hours before the deadline" inside a
# sentence is a time said, not asked; "to" only before what names a thing: "hours to finish")
_COUNTDOWN = re.compile(
    r"(?:\bhow (?:many|much)(?: more)?|\bnumber of|^) ?"
    r"(sec|second|min|minute|hr|hour|day|wk|week)s?"
    r"\b(?: (?:do|will|would|have|has|got|is|are|it|i|we|you|u|left|remaining|to go|be|there|"
    r"still)\b){0,4} (?:until|untill|till|til|b4|before|to(?= (?:the|my|our|next|cw|task|that|"
    r"this|it)\b))\b")


def countdown_unit(text: str) -> str | None:
    """The unit a countdown is asked in ("hours", "days", "minutes", "weeks"), or None."""
    m = _COUNTDOWN.search(text.lower().strip())
    return _UNITS[m.group(1)] if m else None
