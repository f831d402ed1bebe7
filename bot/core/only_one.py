"""A premise that one thing is the only one of its kind ("so the only quiz is week 3's?",
"just the one panel?", "is that the only tutorial?"), or the only thing in some time ("is the
tutorial the only session on tuesday?"): checked by counting in the scope the claim is made
over (the whole course, the time it names, what is still to come), not against the one
named. Yes when it is the only one; else No with every one of them, so the asker sees what
the "only" missed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import join
from bot.core.handlers import Reply
from bot.core.quantified import sessions_of
from bot.core.queries import on_weekday, still_ahead
from bot.core.text import tokens
from bot.core.understand import Query
from bot.core.when import Window
from bot.schedule.model import Event

# "the only", "only one", "just (the) one", "one and only", "the sole/single": a claim of
# uniqueness; what follows it must be the kind asked ("the only quiz") or nothing more
# ("is week 3's the only one?"). "only the q&a tomorrow" (what else is on) has no marker.
_MARKER = re.compile(r"\b(?:the (?:only|sole|single)|only (?:one|1)|just (?:the )?(?:one|1)|"
                     r"one and only)\b(?P<rest>[^.?!,;]{0,60})")
# Words after "the only one" that add nothing to it ("the only one then?", "the only one, ok").
_TRAIL = frozenset({"one", "then", "right", "yeah", "yes", "ok", "okay", "too", "is", "it",
                    "there", "of", "them", "those", "that", "this"})
# A word right after the kind that bounds the "only" to a time ("the only deadline in march",
# "the only tutorial left", "the only q&a this week"): counted in that time.
_BOUNDED = frozenset({"left", "remaining", "still", "in", "on", "this", "next", "during",
                      "before", "after", "for", "by", "until", "till", "today", "tomorrow",
                      "tonight", "at", "between", "from", "of", "that"})
# Of these, the ones that bound it to what is still to come ("the only tutorial left").
_AHEAD = frozenset({"left", "remaining", "still"})
# A bound that is the whole course after all ("in the whole course", "this term", "overall").
_WHOLE = re.compile(r"^(?:(?:in|on|of|for|across|during|over|throughout) )?(?:the |this |our |"
                    r"(?:all )?)?(?:whole |entire )?(?:course|term|semester|module|year)\b"
                    r"|^(?:overall|at all|ever|altogether|in total)\b")
# A kind qualified by what it is ("the only lecture that's live", "the only tutorial with
# a named lecturer"): another claim than a count of the kind, left to the answers of that property.
_QUALIFIED = frozenset({"which", "where", "with", "run", "taught", "given", "about", "on"})
# Words for any session at all ("is the tutorial the only thing on tuesday"), beside the
# lexicon's session cues ("event", "session", "happening").
_ANYTHING = frozenset({"thing", "things", "anything"})
# Words between the kind and its bound that say nothing of the scope ("the only thing
# happening on the 23rd", "the only session we have on tuesday").
_FILLER = frozenset({"happening", "scheduled", "planned", "held", "going", "running", "we",
                     "i", "have", "got", "there", "is", "are", "set", "booked"})
_ASKS_WH = re.compile(r"^(?:\W*\w+\W+)?(?:when|what|whats|where|who|whos|which|how|why)\b")
# Kinds counted: a count of one kind is what the page lists (sessions held together as one).
_KINDS = frozenset({"qa", "tutorial", "lecture", "quiz", "panel", "deadline"})


@dataclass(frozen=True)
class _Claim:
    scope: str  # "course", "time" (the time the question names) or "ahead" (still to come)
    any_kind: bool  # "the only thing/session": every kind counts, not the one named


def _claim(q: Query) -> _Claim | None:
    """The uniqueness the text claims of the kind asked, and over what; None without one."""
    if _ASKS_WH.match(q.text):
        return None  # ("when is the only panel?": asks when, the premise is not in doubt)
    kind = next(iter(q.kinds))
    cues = q.cues.get(kind, set())
    generic = q.cues.get("session", set()) | _ANYTHING
    for m in _MARKER.finditer(q.text):
        rest = tokens(m.group("rest"))
        at = next((i for i, w in enumerate(rest[:2]) if w in cues or w in generic), None)
        if at is None:
            if m.group(0).split()[-1] in ("one", "1") and set(rest[:1]) <= _TRAIL:
                # "is it the only one?", "just the one?"; "the only one on tuesday" too
                return _bounded(q, rest[1:] if rest[:1] == ["one"] else rest, any_kind=False)
            continue
        return _bounded(q, rest[at + 1:], any_kind=rest[at] not in cues)
    return None


def _bounded(q: Query, after: list[str], any_kind: bool) -> _Claim | None:
    """The scope the words after the kind give the claim; None when they qualify the kind."""
    while after[:1] and after[0] in _FILLER and after[1:]:
        after = after[1:]
    said = " ".join(after)
    if (whole := _WHOLE.match(said)) is not None:
        if set(tokens(said[whole.end():])[:2]) & (_QUALIFIED | {"that"}):
            return None  # ("the only lecture in the course that is live": qualified)
        return None if any_kind else _Claim("course", any_kind)
    if not after or set(after[:1]) <= _TRAIL - {"that", "of"}:
        scope = "course"
    elif after[0] in _AHEAD:
        scope = "ahead"
    elif after[0] in _BOUNDED and (q.time.window is not None or q.time.weekday is not None) \
            and not (after[0] == "that" and after[1:2] not in (["week"], ["day"])):
        scope = "time"
    elif after[0] in _QUALIFIED or after[0] in _BOUNDED or after[0] == "that":
        return None  # ("the only lecture that's live", "the only tutorial on cnns")
    else:
        scope = "course"
    if any_kind and scope != "time":
        return None  # ("the only thing left": of every kind, not a claim about one)
    return _Claim(scope, any_kind)


def _in_time(events: list[Event], window: Window) -> list[Event]:
    """Those the window holds; one placed only in a week counts in a week, not in a day."""
    return [e for e in events if (e.start is not None and window.start <= e.start < window.end)
            or (e.start is None and window.granularity != "day" and window.holds_week(e.week))]


def _scoped(q: Query, claim: _Claim, events: list[Event], view: CourseView,
            now: datetime) -> tuple[list[Event], str]:
    """The events of the claim's scope, and how the scope is said ("" for the course)."""
    if claim.scope == "ahead":
        return still_ahead(view, events, now), W.ONLY_SCOPE_AHEAD
    if claim.scope == "time":
        window, weekday = q.time.window, q.time.weekday
        if window is not None:
            return _in_time(events, window), window.label
        assert weekday is not None
        return on_weekday(view, events, weekday), W.ONLY_SCOPE_WEEKDAY.format(
            day=W.WEEKDAY_NAMES[weekday])
    return events, ""


def _counted(kind: str, count: int) -> str:
    """'a tutorial', '2 Q&As': how many sessions of a kind."""
    name = W.KIND_SINGULAR.get(kind, kind)
    if count == 1:
        return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"
    return f"{count} {W.EVENT_KIND_NAMES.get(kind, kind)}"


def answer_only_one(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a question or statement about one kind claims the one it names is the
    only one (of its kind, or of anything, in some scope); then Yes (it is) or No with all of
    them in that scope."""
    if len(q.kinds) != 1 or not set(q.kinds) <= _KINDS or q.staff:
        return None
    claim = _claim(q)
    if claim is None:
        return None
    kind = next(iter(q.kinds))
    of_kind = [e for e in view.events if e.kind == kind]
    if not of_kind:
        return None
    if claim.scope == "course" and q.time.window is not None and not [
            e for e in of_kind if (e.start is not None
                                   and q.time.window.start <= e.start < q.time.window.end)
            or (e.start is None and q.time.window.holds_week(e.week))]:
        return None  # (the week said has none: the schedule's own "nothing" answer)
    counted = view.events if claim.any_kind else of_kind
    shown, scope = _scoped(q, claim, counted, view, reader.now)
    named = [e for e in shown if e.kind == kind]
    if not named:
        return None  # (none of the kind in that scope: the schedule's own "nothing" answer)
    scope = f" {scope}" if scope else ""
    if claim.any_kind:
        others = [s for s in sessions_of([e for e in shown if e.kind != kind])]
        if not others:
            lead = W.ONLY_THING_YES.format(kind=W.KIND_SINGULAR.get(kind, kind), scope=scope)
        else:
            by_kind: dict[str, int] = {}
            for s in others:
                by_kind[s[0].kind] = by_kind.get(s[0].kind, 0) + 1
            lead = W.ONLY_THING_NO.format(
                others=join([_counted(k, n) for k, n in by_kind.items()]),
                scope=scope, kind=W.KIND_SINGULAR.get(kind, kind))
    else:
        total = len(sessions_of(named))
        if total == 1:
            lead = W.ONLY_ONE_YES.format(kind=W.KIND_SINGULAR.get(kind, kind), scope=scope)
        else:
            lead = W.ONLY_ONE_NO.format(count=total, kinds=W.EVENT_KIND_NAMES.get(kind, kind),
                                        scope=scope)
    ordered = sorted(shown, key=lambda e: (e.week or 0, e.start is not None, e.start or 0, e.id))
    return Reply("schedule", True, 0.85, "\n".join([lead, *view.event_lines(ordered, reader)]),
                 ordered)
