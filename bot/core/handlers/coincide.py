"""A claim that two named deadlines fall together ("cw1 and cw3 are due at the same time??",
"task 2 and 3 on the same day wtf"): checked against the page, the facts given (each date
and how far apart they are), and a TA offered only after them, even when the claim comes in
distress (the page may simply contradict it)."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.timefmt import format_duration
from bot.core.understand import Query

# Said to coincide, with the unit it is said in ("same week": weeks; "at once": the time).
_TOGETHER = re.compile(r"\b(?:(?:at|on|in|during|for) )?the same (time|day|date|week|moment|"
                       r"hour|deadline)\b|\bsame[- ](time|day|date|week|deadline)\b"
                       r"|\b(at once|simultaneous(?:ly)?|on top of each other)\b")
# "same week as my exams": set against something outside the course, not each other
_AS_OTHER = re.compile(r"\bsame (?:time|day|date|week|moment|hour) as\b(?! (?:the )?"
                       r"(?:cw|task|coursework|assignment|project)s?\b)")
# "same time of day as cw1", "same deadline time": the hour compared, not the dates
_HOUR_ONLY = re.compile(r"\bsame (?:\w+ )?(?:time of day|hour)\b|\bsame (?:deadline|due) time\b")

# "can i submit cw1 and cw2 at the same time", "work on both at once": the asker's own doing
_OWN_DOING = re.compile(r"\b(?:can|could|may|should|shall) (?:i|we|you)\b|\b(?:submit|submitting|"
                        r"hand(?:ing)? (?:in|them)|upload|uploading|work(?:ing)? on|do|doing|"
                        r"start|starting)\b")


def answer_coincide(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Whether two or more tasks named are due together, in the unit said (the same week,
    day, or time), each with its date and the gaps between them; None unless such a claim
    (or question) names at least two tasks the page dates."""
    m = _TOGETHER.search(q.text)
    if (m is None or _AS_OTHER.search(q.text) or _OWN_DOING.search(q.text)
            or _HOUR_ONLY.search(q.text)
            or len(q.coursework) < 2):
        return None
    by_id = {e.id: e for e in view.timed if e.kind == "deadline"}
    chosen = sorted((by_id[c] for c in q.coursework if c in by_id), key=lambda e: e.start)
    if len(chosen) < 2:
        return None
    unit = next(g for g in m.groups() if g)
    local = [e.start.astimezone(reader.tz) for e in chosen]
    if unit == "week":
        key = [e.week for e in chosen]
    elif unit in ("day", "date"):
        key = [t.date() for t in local]
    else:
        key = local
    names = [f"{e.title} ({e.id})" for e in chosen]
    if len(set(key)) == 1:
        lead = W.TOGETHER_YES.format(names=" and ".join(names),
                                     unit=W.TOGETHER_UNITS.get(unit, W.TOGETHER_UNITS["time"]))
    else:
        gaps = W.TOGETHER_GAPS.join(format_duration(b.start - a.start)
                         for a, b in zip(chosen, chosen[1:], strict=False))
        lead = W.TOGETHER_NO.format(unit=W.TOGETHER_UNITS.get(unit, W.TOGETHER_UNITS["time"]),
                                    gap=gaps)
    return Reply("deadline", True, 0.9, "\n".join(
        [lead, *view.event_lines(chosen, reader), W.TOGETHER_TA]), chosen)
