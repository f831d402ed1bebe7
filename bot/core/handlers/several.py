"""Questions over several events named in one message, each side resolved on its own: each
session or deadline named, converted to the asker's zone ("perth: gcn tut + q&a with
<staff>, my time?"); whether two fall on the same day ("is cw2 due the same day as the gnn
lecture"); and where a lecture falls against a session ("do I need lecture 5 before tutorial
3", "is tutorial 3 before or after the alexnet lecture"): its week, and before, after or the
same week."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, join
from bot.core.handlers import Reply
from bot.core.lexicon import CUES
from bot.core.queries import (
    by_start,
    clause_tail,
    course_order,
    named_events,
    neighbour,
    next_of_kind,
    next_to_named,
)
from bot.core.timefmt import format_day_date, format_duration
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.schedule.model import Event

# With a kind said on a side ("the rnn tutorial"), a weaker title match is enough.
_KIND_SAID_MATCH = 0.4
_TITLED = ("lecture", "tutorial")


def side_events(side: str, view: CourseView, reader: Reader) -> list[Event] | None:
    """The one thing (or the tutorials sharing its slot) a part of a question names: by id,
    by a title of the kind it says, else by kind with its week, person or place in the order
    ("the week 6 q&a", "the q&a with <staff>", "the last tutorial"). None when the side
    names something of the course that is not one thing; [] when it names nothing."""
    sub = view.understander.parse(side, reader.now, reader.tz)
    s = view.schedule
    ids = [*sub.coursework, *sub.lectures, *sub.tutorials]
    if ids:
        return [e for i in ids[:1] if (e := s.event(i)) is not None]
    said = set(sub.kinds) & set(_TITLED)
    if (not sub.staff and sub.time.window is None and not sub.direction
            and (said or not sub.kinds)):  # ("the gnn q&a" is no lecture)
        bar = _KIND_SAID_MATCH if said else MATCH_THRESHOLD
        match = next((m for m in view.topics.search(side) if (not said or m.item.kind in said)
                      and m.item.kind in _TITLED and (m.named or m.score >= bar)), None)
        if match is not None and (e := s.event(match.item.id)) is not None:
            return [e]
    if not sub.kinds:
        return []
    found = named_events(dataclasses.replace(sub, topic_matches=[]), view, reader, limit=3)
    # ("the week 4 tutorial": the topics sharing its one slot)
    return found if len(by_start(found)) == 1 else None


def _resolved(sides: list[str], view: CourseView, reader: Reader) -> list[Event] | None:
    """One event per side that names one, in the order said; None if a side names something
    that is not one thing."""
    found: list[Event] = []
    pending = ""
    for side in sides:
        # ("the q&a with <A> and <B>": a side that is not one thing may end with the next)
        side = f"{pending} and {side}" if pending else side
        events = side_events(side, view, reader)
        pending = side if events is None else ""
        found += [e for e in events or [] if e not in found]
    return None if pending else found


# --- each event named, in the asker's zone -----------------------------------------------------

_JOINED = re.compile(r"\s+(?:\+|&|and|plus|n|as well as|also)\s+|\s*[+,;]\s*")
_WHEN_ASKED = re.compile(r"\b(?:when|(?<!same )times?|o ?clock|convert|local)\b")


def answer_each_named(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Every session or deadline a question joins with "and", "+" or commas, each in the
    asker's zone. None unless at least two sides each name one thing and a time is asked."""
    if not _WHEN_ASKED.search(q.raw.lower()) or q.asks_count or q.asks_yes_no:
        return None
    sides = _JOINED.split(q.text)
    if len(sides) < 2:
        return None
    found = _resolved(sides, view, reader)
    if (not found or len({(e.kind, e.start, e.week) for e in found}) < 2
            or all(e.kind == "deadline" for e in found)):
        return None  # (deadlines alone: the deadline answer, with how long is left)
    found = sorted(found, key=lambda e: course_order(view, e))
    return Reply("schedule", True, 0.85, "\n".join(
        [W.EACH_NAMED, *view.event_lines(found, reader)]), found)


# --- two events on the same day ----------------------------------------------------------------

_SAME_DAY = re.compile(r"\b(?:(?:on )?the )?same (?:day|date)(?: as)?\b|\bon the day of\b"
                       r"|\bon the same day\b")
# The time between asked ("how many days", "how long do we get", "how much time").
_GAP_ASKED = re.compile(r"\bhow (?:many|much) (?:days|weeks|time)\b|\bhow long\b")
_SIDES = re.compile(r"\b(?:(?:on )?(?:the )?same (?:day|date)(?: as)?|on the day of|and|as)\b"
                    r"|[+&,:]")


def answer_same_day(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Whether two dated things fall on the same day, in the asker's zone (and course
    time when that differs). None unless the question asks so of two things it names."""
    if not _SAME_DAY.search(q.text):
        return None
    found = _resolved(_SIDES.split(q.text), view, reader)
    groups = by_start(found or [])
    if len(groups) != 2:
        return None
    a, b = groups[0][0], groups[1][0]
    lines = view.event_lines(sorted(found, key=lambda e: course_order(view, e)), reader)
    if a.start is None or b.start is None:
        undated = [e for e in (a, b) if e.start is None]
        names = [f"{event_name(e)} (week {e.week})" if e.week is not None else event_name(e)
                 for e in undated]
        verdict = W.SAME_DAY_UNDATED.format(
            titles=" and ".join(names), have="have" if len(names) > 1 else "has",
            its="their" if len(names) > 1 else "its", they="they" if len(names) > 1 else "it")
        return Reply("schedule", True, 0.8, "\n".join([verdict, *lines]), found)
    day_a, day_b = a.start.astimezone(reader.tz).date(), b.start.astimezone(reader.tz).date()
    if day_a != day_b and _GAP_ASKED.search(q.text):
        # "if cw3 went up the same day cw2 was due, how many days to do it?": the same day
        # is the condition, the time from one to the other is what is asked
        first, second = sorted((a, b), key=lambda e: e.start)  # type: ignore[arg-type,return-value]
        verdict = W.SAME_DAY_GAP.format(
            first=event_name(first), day_a=format_day_date(first.start.astimezone(reader.tz)),
            second=event_name(second),
            day_b=format_day_date(second.start.astimezone(reader.tz)),
            gap=format_duration(second.start - first.start))  # type: ignore[operator]
        return Reply("schedule", True, 0.9, "\n".join([verdict, *lines]), found)
    if day_a == day_b:
        verdict = W.SAME_DAY_YES.format(first=event_name(a), second=event_name(b),
                                        day=format_day_date(day_a))
    else:
        verdict = W.SAME_DAY_NO.format(first=event_name(a), day_a=format_day_date(day_a),
                                       second=event_name(b), day_b=format_day_date(day_b))
    course_a, course_b = a.start.astimezone(view.tz).date(), b.start.astimezone(view.tz).date()
    if (course_a == course_b) != (day_a == day_b):
        verdict += " " + (W.SAME_DAY_COURSE_YES.format(day=format_day_date(course_a))
                          if course_a == course_b else W.SAME_DAY_COURSE_NO)
    return Reply("schedule", True, 0.9, "\n".join([verdict, *lines]), found)


# --- a lecture against a session ---------------------------------------------------------------

_AGAINST = re.compile(r"\b(?:before or after|after or before|before|after|prior to|ahead of|"
                      r"or|vs|versus|then|and|for)\b")
_ORDER_OR_NEED = re.compile(r"\b(?:before|after|prior|ahead|first|earlier|later|need|needed|"
                            r"required|prerequisite|order)\b")
_SESSIONS = frozenset({"tutorial", "qa", "panel"})


def answer_lecture_against_session(q: Query, view: CourseView,
                                   reader: Reader) -> Reply | None:
    """A lecture named against a session: the lecture, its week, the session's time, and
    whether the lecture comes before it, in the same week, or after. None unless the
    question names one lecture and one session and asks about their order or need."""
    if not _ORDER_OR_NEED.search(q.text) or "lecture" not in q.kinds or q.coursework:
        return None
    found = _resolved(_AGAINST.split(q.text), view, reader)
    if not found:
        return None
    lectures = [e for e in found if e.kind == "lecture"]
    slots = by_start([e for e in found if e.kind in _SESSIONS])
    if len(lectures) != 1 or len(slots) != 1:
        return None
    lec, session = lectures[0], slots[0][0]
    if lec.start is not None:
        return None  # a live lecture has its time: answer_order sets the two against each other
    lecture = view.schedule.lecture(lec.id)
    if lecture is None or session.week is None or lec.week is None:
        return None
    what = W.LECTURE_NAMED.format(number=lecture.number, title=lecture.title,
                                  delivery=lecture.delivery, week=lec.week,
                                  span=view.week_span(lec.week))
    target = event_name(session)
    if lec.week < session.week:
        verdict = W.LECTURE_WEEK_BEFORE.format(lecture=what, session=target, week=session.week)
    elif lec.week > session.week:
        verdict = W.LECTURE_WEEK_AFTER.format(lecture=what, session=target, week=session.week)
    else:
        verdict = W.LECTURE_SAME_WEEK.format(lecture=what, session=target)
    return Reply("schedule", True, 0.85, "\n".join([verdict, *view.event_lines(slots[0], reader)]),
                 [lec, *slots[0]])


# --- one thing placed by another ---------------------------------------------------------------
# "the first session after task 1 is handed in", "which tutorial comes straight after the
# panel", "the q&a just before the one <staff> runs": the thing of the kind asked that is
# nearest to another thing named, whatever kind that one is (a deadline, a panel, a Q&A by its
# person or week); the anchor is resolved like any side of a question.

_ORDER_WORD = re.compile(r"\b(?:(right|just|straight|immediately|directly)\s+)?"
                         r"(after|following|once|before|prior to|preceding)\s+"
                         r"(?:the\s+|that\s+|this\s+|my\s+|our\s+)?(?=\S)")
# One thing asked, not every one in a span: "the first/next ...", "the last ... before".
_NEAREST = re.compile(r"\b(?:first|next|last|earliest|nearest|closest|soonest)\b")
# A span asked ("is there a q&a before cw1 is due", "anything after cw2 is in"): not this.
_SPAN_ASKED = re.compile(r"\b(?:is there|are there|any|anything|all|every|how many|still)\b")
_EITHER_ORDER = re.compile(r"\b(?:before|after) or (?:before|after)\b")
_LIVE = frozenset({"lecture", "qa", "tutorial", "panel"})
_ASKABLE = ("lecture", "qa", "tutorial", "panel", "quiz")
_LIVE_WORDS = frozenset({"session", "sessions", "class", "classes", "lesson", "lessons", "live"})
_DUE_WORDS = frozenset({"deadline", "deadlines", "due", "submission"})
_ONE = re.compile(r"\bones?\b")
# What to do before a session, not which session is next to it.
_PREPARING = frozenset({"watch", "watched", "rewatch", "read", "prepare", "prep", "review",
                        "revise", "study", "learn", "finish", "complete", "bring"})
_TAIL_WORDS = 8


@dataclass(frozen=True)
class Anchored:
    """A question placing one thing by another: the side ("after"/"before"), the thing
    named as the anchor (one thing, or one slot's), and the words before and after."""

    direction: str
    anchor: list[Event]
    head: str
    tail: str


def anchored(q: Query, view: CourseView, reader: Reader,
             order: re.Pattern[str] = _ORDER_WORD) -> Anchored | None:
    """The anchor of "<what> after/before <thing>": the thing the words after the order word
    name, read as a side of its own ("task 1 is handed in", "the panel", "the one
    <staff> runs", which is of the kind said before). None when they name no one thing."""
    m = order.search(q.text)
    if m is None:
        return None
    head = q.text[:m.start()]
    tail = clause_tail(q.text, m.end(), _TAIL_WORDS)
    if not tail:
        return None
    found = side_events(tail, view, reader)
    if not found and _ONE.search(tail) and (word := _kind_word(head, q)):
        # "the q&a just before the one <staff> runs": "one" is of the kind said before
        found = side_events(_ONE.sub(word, tail, count=1), view, reader)
    if not found or len(by_start(found)) != 1:
        return None
    direction = "before" if m.group(2) in ("before", "prior to", "preceding") else "after"
    return Anchored(direction, found, head, tail)


def _kind_word(head: str, q: Query) -> str | None:
    """The last word before the order word that names a kind of session."""
    for word in reversed(head.split()):
        if any(word in CUES[k] | q.cues.get(k, set()) for k in _ASKABLE):
            return word
    return None


def _asked_kinds(head: str, q: Query) -> tuple[set[str], bool]:
    """The kinds the words before the order word ask for, and whether any live session is
    asked ("the first session after ...")."""
    words = set(head.split())
    kinds = {k for k in _ASKABLE if words & (CUES[k] | q.cues.get(k, set()))}
    if words & _DUE_WORDS:
        kinds.add("deadline")
    return kinds, bool(words & _LIVE_WORDS)


def nearest_to(view: CourseView, anchor: Event, kinds: set[str], live: bool,
               direction: str) -> list[Event]:
    """The nearest things of these kinds (any session held at a time, when `live`) after or
    before the anchor, with any sharing their slot; [] when none is on that side."""
    found: list[Event] = []
    for kind in kinds | (_LIVE if live else set()):
        if kind == anchor.kind == "lecture":
            beside = neighbour(view, anchor, direction)
        else:
            beside = next_of_kind(view, anchor, kind, direction)
        found += [e for e in beside if e.start is not None or not live or kind in kinds]
    if not found:
        return []
    pick = min if direction == "after" else max
    at = pick(course_order(view, e)[:2] for e in found)
    return sorted((e for e in found if course_order(view, e)[:2] == at),
                  key=lambda e: course_order(view, e))


def answer_anchored(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The one session or deadline of the kind asked nearest after or before another thing
    named (a deadline, a panel, a session by its person or week), with the anchor's own time.
    None unless one thing is asked ("the first ...", "which tutorial ...", "right after")
    of another named thing that is not a lecture or tutorial by title (next_to_named's)."""
    if q.asks_yes_no or _EITHER_ORDER.search(q.text):
        return None  # ("is the gnn lecture before or after cw2 is due": an order, answer_order's)
    found = anchored(q, view, reader)
    if found is None or next_to_named(q, view) is not None:
        return None
    head_words = found.head.split()
    if set(head_words) & _PREPARING:
        return None  # ("which lectures should i watch before ...": what to do first)
    kinds, live = _asked_kinds(found.head, q)
    single = bool(_NEAREST.search(found.head)) or bool(
        _ORDER_WORD.search(q.text).group(1))  # type: ignore[union-attr]
    plural = any(w.endswith("s") and w[:-1] in CUES[k] for w in head_words for k in _ASKABLE)
    if not single and (_SPAN_ASKED.search(found.head) or plural
                       or not {"which", "what", "whats", "the"} & set(head_words)):
        return None  # ("which lectures come before ...": every one, not the nearest)
    if not (kinds or live) or q.asks_count:
        return None
    anchor = found.anchor[0]
    if kinds == {anchor.kind} and not live and anchor.kind == "deadline" and not single:
        return None  # ("what is due after cw1": the deadline answer's)
    title = event_name(anchor)
    if anchor.kind not in ("lecture", "tutorial"):
        title = W.THE_THING.format(title=title)  # ("the Q&A session", "the ... deadline")
    if anchor.staff and anchor.kind != "deadline":
        title = W.ANCHORED_WITH.format(title=title, staff=", ".join(anchor.staff))
    if anchor.start is not None:
        title = W.ANCHORED_AT.format(title=title, when=view.when(anchor, reader))
    beside = nearest_to(view, anchor, kinds, live, found.direction)
    if not beside:
        what = join([W.EVENT_KIND_NAMES[k] for k in sorted(kinds)] + (
            [W.LIVE_SESSIONS] if live else []))
        return Reply("schedule", True, 0.85, W.NONE_ANCHORED.format(
            what=what, side=found.direction, title=title), list(found.anchor))
    head = (W.AFTER_SESSION if found.direction == "after" else W.BEFORE_SESSION).format(
        title=title)
    lectures = [view.lecture_line(e, reader) for e in beside if e.kind == "lecture"]
    lines = lectures + view.event_lines([e for e in beside if e.kind != "lecture"], reader)
    return Reply("schedule", True, 0.9, "\n".join([head, *lines]), beside)
