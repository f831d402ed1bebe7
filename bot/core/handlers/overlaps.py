"""Sessions that overlap one another ("are two things on at once on <date>", "can I do both
the Q&A and the tutorial or must I pick", "does the tutorial clash with the lecture"): every
pair of timed sessions in the time asked (else the whole course) whose times overlap, with a
yes or no first. A time the asker is taken set against the course is busy time's, not this."""

from __future__ import annotations

import re
from itertools import combinations

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import in_qa_slots, with_qa_slots
from bot.core.handlers import Reply
from bot.core.multipart import asks
from bot.core.queries import busy_clash, events_of, named_events
from bot.core.understand import Query
from bot.schedule.model import Event

# "can i attend both": a yes is that they do not overlap.
_CAN_BOTH = (r"\b(?:can|could) (?:i|we|u|you|one) (?:\w+ )?(?:do|attend|make|join|go to|catch"
             r"|manage|fit in) (?:them )?both\b")
# Sessions set against each other in time: "at once", "at the same time", "clash",
# "overlap", "double booked", "do both ... or pick one", "choose between".
_AT_ONCE = re.compile(
    r"\b(?:at once|at the same (?:time|moment|hour)|simultaneous(?:ly)?|concurrent(?:ly)?"
    r"|clash(?:es|ing)?|overlap(?:s|ping)?|conflict(?:s|ing)?|collid(?:e|es|ing)"
    r"|double[- ]?booked)\b"
    r"|\b(?:do|attend|make|join|go to|catch) (?:them )?both\b.*\b(?:or|pick|choose)\b"
    r"|\b(?:pick|choose|decide) (?:between|one|which)\b"
    r"|" + r"|".join([_CAN_BOTH]))
_SESSION_KINDS = frozenset({"lecture", "qa", "tutorial", "panel"})
# "the q&a and the tutorial are both at 11 on 23 feb??": two at once, said of a time named
# (without one, "are both at 10?" checks the slots' hours, not an overlap)
_BOTH_AT = re.compile(r"\b(?:are|r|is) both (?:at|on|\d)")
# With one kind of session named (or none), what it is set against: another session, any.
_AGAINST_ANOTHER = re.compile(r"\b(?:with|both|at once|same time|simultaneous\w*|each other"
                              r"|any|anything|two|2|things|sessions|(?:a|any) (?:clash|overlap"
                              r"|conflict)\w*)\b")
# "two tutorial sheets at once", "two topics in one session": tutorials sharing a session,
# the shared slot's question, not two sessions at one time
_SHEETS = re.compile(r"\b(?:sheets?|topics?|double up)\b")
# "which sessions cover two T's at once", "are 2 tutorials ever on at the same time": several
# tutorials counted against one another, not against another kind: the shared slot's question
_TUTORIALS_COUNTED = re.compile(r"\b(?:two|2|both|multiple|several|more than one)\b")


# A clash the asker states with something of their own outside the course ("got a clash
# with another module", "it conflicts with my job"): a fact about them, not sessions of the
# course set against each other; told without a question, it is context, never denied.
_OWN_CLASH = re.compile(
    r"\b(?:clash(?:es|ing)?|conflict(?:s|ing)?|overlap(?:s|ping)?|collid(?:e|es|ing))\s+"
    r"(?:with|w|against)\s+(?:an? )?(?:another|an other|other|my|different|a different|some)"
    r"\b")


def states_own_clash(q: Query) -> bool:
    """Whether the text tells of a clash of the asker's own, outside the course, asking
    nothing ("got a clash w another module on tuesdays"): context for what it is told with."""
    return _OWN_CLASH.search(q.text) is not None and not asks(q.raw)


def answer_overlaps(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Yes and the sessions at the same time, or no and the sessions asked in order. None
    unless sessions are set against each other in time (not against the asker's own time)."""
    both_at = _BOTH_AT.search(q.text) is not None and q.time.window is not None
    if (not (_AT_ONCE.search(q.text) or both_at) or busy_clash(q) is not None
            or _SHEETS.search(q.text)):
        return None
    if q.coursework:
        return None  # a deadline set against a session: their order's question
    if states_own_clash(q):
        return None
    if q.subject_known or q.staff or q.lectures or q.tutorials:
        # ones named by topic, staff or id ("does the gnn lecture clash with the q&a that day")
        return _named_clash(q, view, reader)
    asked = q.kinds & _SESSION_KINDS
    if asked == {"tutorial"} and _TUTORIALS_COUNTED.search(q.text):
        return None
    if len(asked) <= 1 and not _AGAINST_ANOTHER.search(q.text):
        return None  # "will the tuesday tutorial clash?": with the asker's own time
    if q.kinds - _SESSION_KINDS - {"quiz"}:
        return None  # a deadline set against a session: not two sessions at once
    # one kind set against "anything", "another session": every session is a candidate
    # (the pairs are then those with one of the kind asked, `_overlap`)
    kinds = set(asked if len(asked) >= 2 else _SESSION_KINDS)
    in_slot = in_qa_slots(view.schedule) if "qa" in kinds else set()
    kinds |= in_slot  # (a panel held in the Q&A's slot counts as the Q&A)

    def kind(e: Event) -> str:
        return "qa" if e.kind in in_slot else e.kind

    window = q.time.window
    events = sorted((e for e in events_of(view, kinds, q.staff) if e.start is not None
                     and (window is None or window.start <= e.start < window.end)),
                    key=lambda e: (e.start, e.id))
    if len(asked) >= 2 and len({kind(e) for e in events} & asked) < 2 and window is not None:
        return None  # one of the kinds asked is not held then: the listing says so
    clashes = [(a, b) for a, b in combinations(events, 2)
               if _overlap(a, b, kind(a), kind(b), asked)]
    can_both = re.search(_CAN_BOTH, q.text) is not None
    if not clashes:
        label = window.label if window is not None else W.OVERLAP_WHOLE_COURSE
        head = (W.OVERLAP_CAN if can_both else W.OVERLAP_NO).format(label=label)
        return Reply("schedule", True, 0.85, "\n".join([head, *view.event_lines(events, reader)])
                     if window is not None else head, events if window is not None else [])
    held = sorted({e for pair in clashes for e in pair}, key=lambda e: (e.start, e.id))
    label = window.label if window is not None else W.OVERLAP_IN_WEEKS.format(
        weeks=", ".join(str(w) for w in sorted({e.week for e in held if e.week is not None})))
    lines = [(W.OVERLAP_CANT if can_both else W.OVERLAP_YES).format(label=label),
             *view.event_lines(held, reader)]
    if window is None and asked:
        lines.append(W.OVERLAP_OTHERWISE)
    return Reply("schedule", True, 0.9, "\n".join(lines), held)


def _overlap(a: Event, b: Event, kind_a: str, kind_b: str, asked: set[str]) -> bool:
    """Whether two sessions overlap in time: of two kinds asked when two are named, one of
    the kind asked when one is. Tutorials sharing one session are one session, not a clash."""
    if kind_a == kind_b and a.start == b.start:
        return False
    if len(asked) >= 2 and not (kind_a in asked and kind_b in asked and kind_a != kind_b):
        return False
    if len(asked) == 1 and not {kind_a, kind_b} & asked:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    return a.start < b_end and b.start < a_end


def _named_clash(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Whether a session named by topic, staff or id overlaps the other one asked: one named
    of another kind, else the other kind's sessions that day (that week when none that day).
    None unless two dated sessions of different kinds are found so."""
    named = [e for e in named_events(q, view, reader) if e.start is not None
             and e.kind in _SESSION_KINDS]
    if not named:
        return None
    first = named[0]
    others = [e for e in named if e.kind != first.kind][:1]
    if not others:
        kinds = (q.kinds & _SESSION_KINDS) - {first.kind}
        if len(kinds) != 1:
            return None
        kinds = with_qa_slots(kinds, view.schedule)  # (a panel held in the Q&A's slot)
        dated = [e for e in events_of(view, kinds, []) if e.start is not None]
        day = first.start.astimezone(view.tz).date()
        others = ([e for e in dated if e.start.astimezone(view.tz).date() == day]
                  or [e for e in dated if e.week is not None and e.week == first.week])
    if not others:
        return None
    both = sorted({first, *others}, key=lambda e: (e.start, e.id))
    clash = any(_meets(first, e) for e in others)
    head = W.NAMED_OVERLAP_YES if clash else W.NAMED_OVERLAP_NO
    return Reply("schedule", True, 0.9, "\n".join([head, *view.event_lines(both, reader)]), both)


def _meets(a: Event, b: Event) -> bool:
    """Whether two dated events share any time (one ending as the other starts does not)."""
    assert a.start is not None and b.start is not None
    return a.start < (b.end or b.start) and b.start < (a.end or a.start)
