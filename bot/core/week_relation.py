"""A deadline or session placed against a course week ("is it due before week 9 starts or
during it", "does it land in week 6", "is that after week 8 ends"): the date alone leaves the
relation to work out, so the reply says it, with the week's dates, and answers a yes/no
asking one relation with Yes or No first. The week's dates come from the schedule."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView
from bot.core.course_parts import event_name
from bot.core.handlers import Reply
from bot.core.premises import subject
from bot.core.understand import Query
from bot.schedule.model import Event

# A relation to a numbered week: "before week 9 (starts)", "by the end of week 6", "during
# week 7", "after week 8 ends", "in week 4".
_RELATION = re.compile(
    r"\b(?P<rel>before|after|during|in|within|inside|by|until|till|til)\s+(?:the\s+)?"
    r"(?P<edge>start of |beginning of |end of |middle of )?(?:course |teaching )?"
    # ("before the week 6 tutorial": set against that session, order.py's, not the week)
    r"week\s*(?P<n>\d{1,2})\b(?!'?s? (?:tut|tutorials?|tuts|q ?a|q&a|lectures?|quiz|panel|"
    r"sessions?|deadline|cw|coursework|task)\b)"
    r"(?:'?s? (?P<verb>starts?|begins?|ends?|finish(?:es)?|is over|opens|closes))?")
# A second relation to the same week offered beside it: "... or during it", "or in that week".
_OR_IT = re.compile(r"\bor\b[^.?!]{0,20}\b(?:during|in|within|inside|after|before)\s+"
                    r"(?:it|that|that week|the week|then)\b|\bor\b[^.?!]{0,12}\bweek\s*\d")
_SAME_WEEK = ("during", "in", "within", "inside")


def _asked(m: re.Match[str]) -> frozenset[str]:
    """The relations (of "before", "in", "after") a yes to the phrase would mean."""
    rel, edge, verb = m.group("rel"), m.group("edge") or "", m.group("verb") or ""
    ends = edge.startswith("end") or verb.startswith(("end", "finish", "is over", "close"))
    starts = edge.startswith(("start", "beginning")) or verb.startswith(("start", "begin",
                                                                         "open"))
    if rel in ("by", "until", "till", "til") or (rel == "before" and ends):
        return frozenset({"before", "in"})
    if rel == "before":
        return frozenset({"before"})
    if rel == "after" and starts:
        return frozenset({"in", "after"})
    if rel == "after":
        return frozenset({"after"})
    return frozenset({"in"})


def _placed(e: Event, week: int, view: CourseView) -> str | None:
    """Whether `e` falls before, in or after course week `week`; None if it cannot say."""
    own = e.week
    if e.start is not None:
        w = view.schedule.week_of(e.start.astimezone(view.tz).date())
        own = w.number if w is not None else None
        if own is None:
            start = view.schedule.week(week)
            if start is None:
                return None
            return "before" if e.start.astimezone(view.tz).date() < start.starts else "after"
    if own is None:
        return None
    return "before" if own < week else "in" if own == week else "after"


def _line(e: Event, week: int, placed: str, view: CourseView) -> str:
    name = event_name(e)
    what = (W.WEEK_REL_DEADLINE.format(id=e.id) if e.kind == "deadline" else name
            if e.kind == "lecture" else W.WEEK_REL_SESSION.format(name=name[:1].lower() + name[1:]))
    span = view.week_span(week)
    if placed == "in":
        return W.WEEK_REL_IN.format(what=what, week=week, span=span)
    own = e.week
    if e.start is not None:
        w = view.schedule.week_of(e.start.astimezone(view.tz).date())
        own = w.number if w is not None else None
    own_part = (W.WEEK_REL_OWN.format(week=own, span=view.week_span(own))
                if own is not None else "")
    template = W.WEEK_REL_BEFORE if placed == "before" else W.WEEK_REL_AFTER
    return template.format(what=what, week=week, span=span, own=own_part)


_LEAD = re.compile(r"^(?:Yes|No)\b[^:\n]{0,60}:\s*")


def week_related(q: Query | None, reply: Reply, view: CourseView) -> Reply:
    """The reply with the relation of the one deadline or session it is about to the week
    the question places it against said first; Yes or No before it when one relation is
    asked as a yes/no. Unchanged unless a yes/no or a choice ("... or during it") is asked
    of one thing against a course week."""
    if q is None or not reply.answered or reply.intent not in ("deadline", "schedule"):
        return reply
    m = _RELATION.search(q.text)
    either = bool(_OR_IT.search(q.text))
    if m is None or not (q.asks_yes_no or either):
        return reply
    if not (q.coursework or q.lectures or q.tutorials or q.direction in ("first", "last")):
        return reply  # "is there a q&a in week 5": the week filters what exists, no relation
    week = int(m.group("n"))
    if view.schedule.week(week) is None:
        return reply
    about = subject(q, reply.events, view)
    if len({e.id for e in about}) != 1 and len({(e.start, e.week) for e in about}) != 1:
        return reply  # several things at several times: a listing, no one relation
    e = about[0] if about else None
    placed = _placed(e, week, view) if e is not None else None
    if e is None or placed is None:
        return reply
    line = _line(e, week, placed, view)
    if line in reply.text:
        return reply
    if either:
        return dataclasses.replace(reply, text=f"{line}\n{reply.text}")
    verdict = W.CONFIRM_YES if placed in _asked(m) else W.CONFIRM_NO
    rest = _LEAD.sub("", reply.text, count=1)
    rest = rest[:1].upper() + rest[1:]
    return dataclasses.replace(reply, text=f"{verdict} {line}\n{rest}")

