"""The gaps between consecutive events of one kind ("which stretch between two tutorials is
the longest", "least time between any two coursework hand-ins", "how far apart are the
q&as"): computed from the dates the page gives, the longest or shortest asked, else each gap.
Sessions sharing a slot are one; what has no date is said apart, not guessed."""

from __future__ import annotations

import itertools
import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.handlers import Reply
from bot.core.queries import by_start
from bot.core.timefmt import elapsed, format_duration
from bot.core.understand import Query
from bot.schedule.model import Event

_KINDS = ("deadline", "tutorial", "qa", "lecture", "quiz", "panel")
# A gap asked for: "gap", "time between", "spacing", "far apart", "stretch between".
_GAP = re.compile(r"\b(?:gaps?|breaks? between|spacing|spaced|intervals?|stretch(?:es)?|breathers?|"
                  r"breathing room|far apart|time between|days between|weeks between|"
                  r"time from one|between (?:any |each |every )?(?:two|consecutive|successive|"
                  r"back[- ]to[- ]back))\b")
# "is there a gap week with no tutorial": weeks without, not the time between two
_WEEKS_WITHOUT = re.compile(r"\bgap weeks?\b|\b(?:no|without|off|free|skip\w*|missing)\b")
# Two things picked out by their place ("between the first and second deadlines"): that
# one span, `answer_between`'s
_PICKED = re.compile(r"\b(?:first|second|third|1st|2nd|3rd|last|final|next|previous)\b")
_LONGEST = re.compile(r"\b(?:longest|biggest|largest|longer|most time|max(?:imum)?|widest|"
                      r"greatest|most days|most room)\b")
_SHORTEST = re.compile(r"\b(?:shortest|smallest|shorter|least time|min(?:imum)?|tightest|"
                       r"closest|fewest days|least room|quickest)\b")


def answer_gaps(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The gaps between the dated events of the one kind asked, in order; the longest or
    shortest when asked (ties all named). None unless a gap between events of a kind is
    asked, with no two things named (that span is `answer_between`'s)."""
    if (not _GAP.search(q.text) or _WEEKS_WITHOUT.search(q.text) or _PICKED.search(q.text)
            or q.staff
            or len(q.coursework) > 1 or len(q.tutorials) > 1):
        return None
    named = [k for k in _KINDS if k in q.kinds]
    if len(named) != 1 or q.time.window is not None:
        return None
    kinds = with_qa_slots(named, view.schedule)
    of_kind = [e for e in view.events if e.kind in kinds]
    slots = [group[0] for group in by_start(sorted(
        (e for e in of_kind if e.start is not None), key=lambda e: (e.start, e.id)))]
    if len(slots) < 2:
        return None
    gaps = [(a, b, elapsed(a.start, b.start)) for a, b in itertools.pairwise(slots)]
    what = W.EVENT_KIND_NAMES[named[0]]
    intent = "deadline" if named == ["deadline"] else "schedule"
    longest = bool(_LONGEST.search(q.text))
    if longest or _SHORTEST.search(q.text):
        best = max(g for _, _, g in gaps) if longest else min(g for _, _, g in gaps)
        chosen = [g for g in gaps if g[2] == best]
        if len(chosen) == len(gaps):  # every gap the same: none is longer
            return Reply(intent, True, 0.85, W.GAPS_EVEN.format(
                count=len(gaps), what=what, gap=format_duration(best)), slots)
        lines = [W.GAP_EXTREME[longest].format(what=what, gap=format_duration(best))]
        lines += [_line(view, reader, a, b, g) for a, b, g in chosen]
        lines.append(W.GAPS_ALL.format(gaps=", ".join(format_duration(g) for _, _, g in gaps)))
    else:
        chosen = gaps
        lines = [W.GAPS_HEAD.format(what=what, count=len(gaps))]
        lines += [_line(view, reader, a, b, g) for a, b, g in gaps]
    undated = [e for e in of_kind if e.start is None]
    if undated:
        lines.append(W.GAPS_UNDATED.format(count=len(undated), weeks=", ".join(
            str(e.week) for e in undated if e.week is not None) or "-"))
    shown = list(dict.fromkeys(e for a, b, _ in chosen for e in (a, b)))
    return Reply(intent, True, 0.85, "\n".join(lines), shown)


def _line(view: CourseView, reader: Reader, a: Event, b: Event, gap) -> str:
    return W.GAP_LINE.format(gap=format_duration(gap), first=_said(view, reader, a),
                             second=_said(view, reader, b))


def _said(view: CourseView, reader: Reader, e: Event) -> str:
    name = e.id if e.kind == "deadline" else e.title
    return f"{name} ({view.instant(e.start, reader)})"
