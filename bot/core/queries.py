"""Course queries: what the handlers ask of the schedule and the notes, in one place, so that
no handler calls another to find something out.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, join, lecture_numbers
from bot.core.handlers.notes import lectures_in_notes, search_notes, sources
from bot.core.lexicon import CUES, GUESS_TAG_WORDS
from bot.core.multipart import asks
from bot.core.offset_zones import OffsetFrom
from bot.core.order_asked import _EITHER_SIDE, _ORDER_SIDE, asked_order
from bot.core.text import NOT_AN_ABBREVIATION, normalize, number_value, tokens
from bot.core.timefmt import format_day_date
from bot.core.topics import MATCH_THRESHOLD, TopicItem
from bot.core.understand import Query
from bot.core.when import Busy, Window
from bot.core.zones import places_named, zone_name
from bot.schedule.model import Event

# The notes, searched, and the lectures that discuss a topic (handlers/notes.py does the work).
__all__ = ["Position", "anchor_named", "asked_position", "at_position",
           "asked_order", "asks_exam_order", "by_start", "compared_events",
           "asked_focus", "course_order", "events_of",
           "course_dates", "on_weekday", "undated_time_asked", "weeks_held",
           "exam_order", "following", "in_window", "busy_clash", "overlapping",
           "keeps_time_for_course",
           "asks_examinable", "asks_exam_scope", "named_as_start",
           "unstated_terms",
           "weeks_asked", "lectures_in_notes", "named_events", "search_notes", "sources",
           "split_at", "term_days", "two_sessions", "zone_offsets", "zone_relation_asked",
           "next_to_named", "week_number_at", "still_ahead", "lectures_through",
           "staff_events", "weeks_named", "weeks_of"]

SESSION_KINDS = ("lecture", "qa", "tutorial", "panel", "quiz")


def events_of(view: CourseView, kinds: set[str], staff: list[str]) -> list[Event]:
    """The course's events of these kinds, given by the staff named when some are: those
    with all of them ("the q&a with <A> and <B>" is one session, not every one of A's),
    else those with any of them ("sessions by li or kainz")."""
    found = [e for e in view.events if e.kind in kinds]
    if staff:
        def given_by(e: Event) -> set[str]:
            return {x.removesuffix(" & team") for x in e.staff}
        together = [e for e in found if set(staff) <= given_by(e)]
        found = together if len(staff) > 1 and together else [
            e for e in found if given_by(e) & set(staff)]
    return found


def split_at(events: list[Event], instant: datetime) -> tuple[list[Event], list[Event]]:
    """The timed events among these, in order: (those started by `instant`, those after it).
    "How many tutorials are left after today's", "which cws do I still have to hand in"."""
    timed = sorted((e for e in events if e.start is not None), key=lambda e: (e.start, e.id))
    return ([e for e in timed if e.start <= instant], [e for e in timed if e.start > instant])


def in_window(events: list[Event], window: Window, now: datetime) -> list[Event]:
    """The events a time names: those starting in it, or for "now" those running."""
    if window.granularity == "now":
        return [e for e in events if e.start and e.end and e.start <= now < e.end]
    return [e for e in events if e.start and window.start <= e.start < window.end
            or (e.start is None and window.holds_week(e.week))]


def weeks_asked(q: Query) -> list[int]:
    """The course weeks a question asks about one by one: a span ("between week 3 and 6")
    or several named ("week 5 and week 6"); [] when it names at most one."""
    window = q.time.window
    if window is None:
        return []
    if window.weeks:
        return list(window.weeks)
    if window.course_week is not None and q.also_weeks:
        return [window.course_week, *q.also_weeks]
    return []


# "after task 1 when's the next one due", "the one after cw2": the thing named is where to
# start from, and the one following it is asked.
_FOLLOWING = re.compile(r"\b(?:next|following|then|after that|another|other)\b|\bone after\b")


# "cw1 submitted, what's due next", "task 2 done. whats after": the named one is behind.
# ("the task 3 handin says 9 march 19:00": the hand-in named as the deadline, not done)
_DONE = re.compile(r"\s*(?:is |was |'s |s )?(?:(?:now|already|finally) )?"
                   r"(?:submitted|done|finished|handin(?! (?:says?|said|is|was|reads?|shows?|"
                   r"deadline|date|time)\b)|over|out of the way)\b")


# "do i need cw2 submitted by friday", "must i have task 1 done already": the task done is
# what is asked of, not told as the point the next one follows
_REQUIRED = re.compile(r"\b(?:need|needs|have to|has to|must|should|gotta|got to|supposed to|"
                       r"required to|meant to)(?:\s+(?:i|we|you|u))?(?:\s+(?:to\s+)?"
                       r"(?:have|get|be))?\s+"
                       r"(?:the\s+|my\s+|our\s+)?\Z")


def unstated_terms(q: Query, view: CourseView) -> list[str]:
    """The things the question names that the course page has no field for ("reading week",
    "office hours", "solutions"), as the lexicon's words, in a stable order; not those the
    page does list (a course whose Q&As are called office hours)."""
    return sorted(set(q.cues.get("not_on_page", ())) - view.listed_words)


# What a question asks of a kind of session besides its weekly slot: where they are, what
# to read for them, whether they are recorded, a thing the page has no field for ("office
# hours", "link"). ("which" is any question's word, not a topic asked.)
_KIND_ATTRIBUTES = ("where", "read", "recorded", "not_on_page")


def asks_kind_attribute(q: Query) -> bool:
    """Whether the question asks an attribute of sessions other than their day and time:
    their topics, place, readings, recording, number, or something the page lacks ("list
    the tutorial topics", "where do the q&as happen", "how many quizzes are there")."""
    return bool(q.has(*_KIND_ATTRIBUTES) or set(q.cues.get("cover", ())) - {"which"}
                or q.asks_count)


# "do i need to revise the GAN lectures", "should we study lecture 18 for the exam": whether
# something is examinable, asked in the student's words.
_REVISE = frozenset({"revise", "revising", "revision", "study", "learn", "memorise", "memorize"})
_OBLIGED = frozenset({"need", "needed", "have", "should", "must", "required", "necessary"})
_OBLIGED_FIRST = re.compile(r"^(?:\W*(?:so|ok|okay|hey|hi|wait)\W+)?(?:should|must|need|have)\b")
_WH = frozenset({"what", "which", "where", "when", "who", "how"})


# "is everything on the exam", "will it test every lecture", "all of the course": the exam's
# scope over the whole course, which the page's examinable lectures answer.
_WHOLE_SCOPE = re.compile(
    r"\b(?:everything|every (?:single )?(?:lecture|topic|part|week|bit)s?"
    r"|all (?:of )?(?:the |our |this )?(?:lectures?|material|materials|content|topics?|course|"
    r"module|syllabus|weeks)|all of it|(?:the )?(?:whole|entire) (?:course|module|syllabus|"
    r"thing|term))\b")


def asks_exam_scope(q: Query) -> bool:
    """Whether the exam is asked to cover the whole course ("is the exam on everything")."""
    return bool(q.has("exam") and not q.coursework and _WHOLE_SCOPE.search(q.text))


def asks_examinable(q: Query) -> bool:
    """Whether the question asks if lectures or topics are examinable, in those words or as
    whether they must be revised."""
    if q.has("examinable"):
        return True
    words = set(q.words)
    # asked yes or no ("do i need to ...", "should we ..."), not "what should i read to ..."
    yes_no = q.asks_yes_no or _OBLIGED_FIRST.match(q.text) is not None
    return bool(yes_no and words & _REVISE and words & _OBLIGED and not words & _WH
                and (q.lectures or q.subject_known) and not q.coursework)


# A guess that something is NOT so ("no tutorial in week 5 right?", "the q&a isn't on this
# week, yeah"), its tag taken off first ("..., no?", "isn't it", "or not" only ask).
_TAG = re.compile(r"\W*(?:,? ?(?:no|or not|isn'?t it|isnt it|aren'?t they|arent they|yes|"
                  rf"{GUESS_TAG_WORDS})\W*)+$")
# ("at 11 not 10": a time set against another, not a session denied)
_NEGATION = re.compile(r"\b(?:no|none|never|cancell?ed)\b"
                       r"|\b(?:not|isn'?t|isnt|aren'?t|arent|won'?t|wont)\b(?! (?:at )?\d)")
# ("someone said not all slots are used": not every one, which denies none in particular)
# ("isn't the q&a on 2 feb at 3?", "doesn't the tutorial start at 11": a negative question
# opening the sentence expects a yes, the guess being that it is so)
_NOT_A_DENIAL = re.compile(r"\b(?:not sure|no idea|no clue|not certain|no (?:wait|sorry)|"
                           r"not (?:all|every))\b"
                           r"|^(?:(?:so|and|but|wait|um|ok|hey)[ ,]+)?(?:isn'?t|aren'?t|"
                           r"doesn'?t|don'?t|wasn'?t|didn'?t|won'?t|wont|isnt|arent|doesnt|"
                           r"dont)\b")


def denies(q: Query) -> bool:
    """Whether a yes/no question guesses that something is not so, so that a "yes" would
    agree there is none: a session found then corrects it ("No, there is one")."""
    text = _TAG.sub("", q.text.lower())
    return bool(_NEGATION.search(_NOT_A_DENIAL.sub("", text)))


def named_as_start(q: Query) -> bool:
    """Whether the question names its task, lecture or tutorial only as the point after which
    the next one is asked ("after task 1 when's the next one due", "what's due after cw2")."""
    for kind, written in q.spans:
        if kind not in ("coursework", "lecture", "tutorial"):
            continue
        at = q.text.find(written)
        if at < 0:
            continue
        before, after = q.text[:at], q.text[at + len(written):]
        starts_from = (re.search(r"\b(?:after|once|past|beyond|following)\s+"
                                 r"(?:the\s+|my\s+|doing\s+)?\Z", before)
                       or _DONE.match(after) and not _REQUIRED.search(before))
        if starts_from and (_FOLLOWING.search(before + " " + after) or q.has("deadline")
                            or "due" in q.words or q.direction in ("next", "last")):
            return True
    return False


def following(events: list[Event], named: list[Event]) -> list[Event]:
    """The first of these dated events after the last of the named ones, and any sharing its
    time; [] when the named one is the last."""
    starts = [e.start for e in named if e.start is not None]
    if not starts:
        return []
    later = sorted((e for e in events if e.start and e.start > max(starts)
                    and e not in named), key=lambda e: (e.start, e.id))
    return [e for e in later if e.start == later[0].start] if later else []


def by_start(events: list[Event]) -> list[list[Event]]:
    """Events grouped by their start and kind, in order: one group is one session ("T07 and
    T08" in one slot count as one tutorial session; a Q&A and a tutorial at one time are two)."""
    groups: dict[object, list[Event]] = {}
    for e in events:
        groups.setdefault((e.kind, e.start) if e.start else (e.week, e.id), []).append(e)
    return list(groups.values())


def so_many_by_kind(events: list[Event]) -> tuple[int, str]:
    """The sessions counted (topics sharing a slot are one) and said kind by kind, in the
    kinds' order: "6 Q&A sessions and 1 panel discussion", never one number over kinds."""
    from bot.schedule.kinds import EVENT_KINDS

    parts = []
    for k in EVENT_KINDS:
        n = len(by_start([e for e in events if e.kind == k]))
        if n:
            parts.append(f"{n} {W.KIND_ONE_COUNTED[k] if n == 1 else W.EVENT_KIND_NAMES[k]}")
    return len(by_start(events)), join(parts)


def named_events(q: Query, view: CourseView, reader: Reader, limit: int = 3) -> list[Event]:
    """The events a question names: by id, by a title its topic matches, else by kind (with
    its time or direction: "the last Q&A", "the panel", "next week's tutorial")."""
    s = view.schedule
    ids = [*q.coursework, *q.lectures, *q.tutorials]
    if ids:
        return [e for i in ids if (e := s.event(i)) is not None]
    if q.topic_matches and q.topic_matches[0].score >= MATCH_THRESHOLD:
        best = q.topic_matches[0]
        wanted = q.kinds & {"lecture", "tutorial"}
        matches = [m for m in q.topic_matches if m.score >= best.score - 0.05
                   and (not wanted or m.item.kind in wanted)]
        found = [e for m in matches[:limit] if (e := s.event(m.item.id)) is not None]
        if found:
            return found
        if len(wanted) == 1 and (companions := _companions(best.item, next(iter(wanted)), view)):
            # "is cw2 due after the rnn tutorial": no tutorial is titled so, but the one that
            # goes with the lecture the topic names is it, as in "when is the rnn tutorial"
            return companions[:limit]
    kinds = q.kinds or set()
    if not kinds:
        return []
    candidates = events_of(view, kinds, q.staff)
    window = q.time.window
    if window is None and (held := this_session(q, candidates, reader)):
        return held[:limit]
    if window is not None:
        return [e for e in candidates if e.start and window.start <= e.start < window.end
                or (e.start is None and window.holds_week(e.week))][:limit]
    timed = sorted((e for e in candidates if e.start), key=lambda e: (e.start, e.id))
    if not timed:
        return candidates[:limit]
    past = [e for e in timed if e.start <= reader.now]
    upcoming = [e for e in timed if e.start > reader.now]
    if q.direction == "first":
        return timed[:1]
    if q.direction == "last":
        return timed[-1:]
    if q.direction == "previous":
        return past[-1:]
    if q.direction in ("next", "upcoming"):
        return upcoming[:1]
    if len(candidates) == 1 or q.staff:
        return timed[:limit]
    return []  # "the Q&A": one of several, and the question does not say which


def _companions(item: TopicItem, kind: str, view: CourseView) -> list[Event]:
    """The sessions of `kind` that go with a matched item of another kind (a lecture, or a
    reading's lecture): the tutorial titled "recurrent networks" for "RNN basics"."""
    s = view.schedule
    event = s.event(item.id) or next(
        (e for lid in item.lectures if (e := s.event(lid)) is not None), None)
    if event is None or event.kind == kind:
        return []
    return [e for i in view.topics.companions(event.id, kind)
            if (e := s.event(i.id)) is not None]


# "this q&a", "the current tutorial", "the ongoing session": the one held on the asker's day.
_THIS_KIND = re.compile(r"\b(?:this|current|ongoing|present)\s+(\w+)")


def this_session(q: Query, candidates: list[Event], reader: Reader) -> list[Event]:
    """The session of a kind said with "this" or "current" held on the asker's day: the one
    on now or the latest begun (just over), else today's still to come, with any sharing its
    start; [] when no such word names a kind or none is held that day ("after" makes the
    question's direction "next", which would skip the one just begun)."""
    words = {m.group(1) for m in _THIS_KIND.finditer(q.text)}
    said = {k for k in q.kinds if words & (q.cues.get(k, set()) | CUES.get(k, set()))}
    if not said:
        return []
    today = reader.now.astimezone(reader.tz).date()
    held = sorted((e for e in candidates if e.kind in said and e.start is not None
                   and e.start.astimezone(reader.tz).date() == today),
                  key=lambda e: (e.start, e.id))
    if not held:
        return []
    begun = [e for e in held if e.start <= reader.now]
    pick = begun[-1] if begun else held[0]
    return [e for e in held if e.start == pick.start]


@dataclasses.dataclass(frozen=True)
class Position:
    """A place in a kind's list asked for: counted from the first (`start`), back from the
    last (`end`: 2 is the second-to-last) or from now (`now`: 1 is the next, 2 the one
    after it)."""

    origin: str
    n: int


_PLACE = r"(second|2nd|third|3rd|fourth|4th|fifth|5th)"
# "the penultimate q&a", "the second-to-last tutorial", "the last but one deadline", "the
# third from last lecture", "the one before the last".
_FROM_END = re.compile(rf"\b(?:penultimate|{_PLACE}[\s-]+(?:to[\s-]+)?(?:last|final)\b|"
                       rf"last[\s-]+but[\s-]+one|{_PLACE}\s+from\s+(?:the\s+)?(?:last|end)\b|"
                       r"one\s+before\s+(?:the\s+)?last\b)")
# "the q&a after next", "the deadline after the next one", "the next but one tutorial": the
# second still to come ("after next week", "after the next q&a" name a time or an anchor).
_AFTER_NEXT = re.compile(r"\bafter\s+(?:the\s+)?next(?:\s+one)?(?=\s*(?:$|[?.!,;:)&+-]|"
                         r"(?:and|who|when|what|where|is|are|pls|please|then|too|also|"
                         r"again|for|with|at|on)\b))|\bnext[\s-]+but[\s-]+one\b")


def asked_position(q: Query) -> Position | None:
    """The place counted from the last or from now that the question asks for; None when
    it asks none ("the 3rd tutorial" from the first is read by the ordinals' own rules)."""
    if (m := _FROM_END.search(q.text)) is not None:
        word = m.group(1) or m.group(2)
        return Position("end", number_value(word) if word else 2)
    if _AFTER_NEXT.search(q.text):
        return Position("now", 2)
    return None


def at_position(view: CourseView, events: list[Event], position: Position,
                now: datetime) -> tuple[list[Event], int]:
    """The session (the events sharing its start) at that place among these, in the
    course's order, and how many there are to count from ([] when too few)."""
    slots = by_start(sorted(events, key=lambda e: course_order(view, e)))
    if position.origin == "now":
        # (an undated one, a quiz or a pre-recorded lecture, by the start of its week)
        slots = [s for s in slots if course_order(view, s[0])[0] > now]
    if not 1 <= position.n <= len(slots):
        return [], len(slots)
    at = position.n - 1 if position.origin != "end" else len(slots) - position.n
    return slots[at], len(slots)


ORDER_WORDS = frozenset({"before", "after", "until", "till", "til", "prior"})


def asks_exam_order(q: Query) -> bool:
    """"is cw3 due before the exam", "the very last thing before the exam"."""
    return q.has("exam") and bool(set(q.words) & ORDER_WORDS)


def exam_order(q: Query, view: CourseView, reader: Reader) -> tuple[str, list[Event]]:
    """The exam has no date on the page: what is dated last, or the tasks the question
    names, to set against it."""
    named = [e for e in view.timed if e.id in q.coursework]
    known = named or view.timed[-1:]
    if not known:
        return "", []
    template = W.EXAM_ORDER_NAMED if named else W.EXAM_ORDER_KNOWN
    return template.format(lines="; ".join(
        f"{e.title} ({e.id}): {view.instant(e.start, reader)}" for e in known)), known


def held_sessions(view: CourseView) -> list[Event]:
    """The dated events that are held (every kind but a deadline), in time order."""
    return [e for e in view.timed if e.kind != "deadline"]


def delivered_as(view: CourseView, e: Event) -> str | None:
    """How the page says a lecture is given ("live", "pre-recorded"); None for any event
    the page does not say it of."""
    lecture = view.schedule.lecture(e.id)
    return lecture.delivery if lecture is not None else None


def course_order(view: CourseView, e: Event) -> tuple:
    """Where an event falls in the course: by its time, or by its week when it has none (a
    pre-recorded lecture sorts at the start of its week, in the page's order)."""
    if e.start is not None:
        return (e.start, 1, e.id)
    week = view.schedule.week(e.week) if e.week is not None else None
    if week is None:
        return (datetime.max.replace(tzinfo=view.tz), 0, e.id)
    return (datetime.combine(week.starts, time(), view.tz), 0, e.id)


# Words that ask which of two things comes first ("which comes first, X or Y").
_ORDER_ASKED = frozenset({"first", "earlier", "earliest", "sooner", "soonest", "before", "after",
                          "later"})
_CHOICE = frozenset({"which", "what", "whats", "or", "vs", "versus"})


def compared_events(q: Query, view: CourseView, reader: Reader) -> list[Event]:
    """The dated things of different kinds a question sets against each other ("which comes
    first, the cw2 deadline or the gnn lecture"), in course order; [] when it does not ask
    which comes first or names fewer than two kinds of thing."""
    words = set(q.words)
    if (not (words & _ORDER_ASKED and (words & _CHOICE or asked_order(q))
             or asked_order(q) == "same")
            or asks_exam_order(q)):
        return []
    s = view.schedule
    deadlines = [e for c in q.coursework if (e := s.event(c)) is not None]
    sessions_asked = q.kinds - {"deadline"}
    if not (sessions_asked or q.lectures or q.tutorials):
        return []
    found = [] if deadlines else two_sessions(q, view)
    if not found:
        sessions = named_events(dataclasses.replace(q, coursework=[], kinds=sessions_asked,
                                                    direction=None), view, reader, limit=2)
        if not sessions and (topic := _topic_without_order(q.topic)) != q.topic and topic:
            # ("is the attention tutorial before the cw2 deadline": the order word is no
            # part of the topic the session is named by)
            sessions = named_events(dataclasses.replace(
                q, coursework=[], kinds=sessions_asked, direction=None, topic=topic,
                topic_matches=view.topics.search(topic)), view, reader, limit=2)
        # "the gan lecture": the one session the question names, the best match first
        found = list(dict.fromkeys([*deadlines,
                                    *[e for e in sessions if e.kind != "deadline"][:1]]))
        if len(found) < 2 or len({e.kind for e in found}) < 2:
            return []
    ordered = sorted(found, key=lambda e: course_order(view, e))
    if not all(_surely_before(view, a, b) or a.start == b.start
               for a, b in zip(ordered, ordered[1:], strict=False)):
        return []  # a pre-recorded lecture in the week of the deadline: no order to give
    return ordered


def _topic_without_order(topic: str) -> str:
    """The topic's words without the order words a comparison leaves in it."""
    return " ".join(w for w in topic.split() if w not in _ORDER_ASKED and w != "or")




_KIND_SAID_MATCH = 0.4
_SIDE_KINDS = {"lecture": frozenset({"lecture", "lectures", "lec", "lecs", "video"}),
               "tutorial": frozenset({"tutorial", "tutorials", "tut", "tuts", "tute"})}


def two_sessions(q: Query, view: CourseView) -> list[Event]:
    """Two lectures or tutorials a question sets against each other: by id ("lecture 16 or
    lecture 20"), or one topic on each side of "or" ("the vae lecture or the attention
    lecture"), each side's best title match; [] unless there are exactly two."""
    s = view.schedule
    named = [e for i in (*q.lectures, *q.tutorials) if (e := s.event(i)) is not None]
    if len(named) == 2:
        return named
    sides = _EITHER_SIDE.split(q.text, maxsplit=1)
    if len(sides) != 2 and asked_order(q):
        sides = [part for i, part in enumerate(_ORDER_SIDE.split(q.text, maxsplit=1))
                 if i != 1]
    if named or len(sides) != 2:
        return []
    found = []
    side_kinds = [{k for k, words in _SIDE_KINDS.items() if set(tokens(side)) & words}
                  for side in sides]
    for side, own in zip(sides, side_kinds, strict=True):
        # "the cnn tutorial": of the kind that side names; "... as the rnn one": of the kind
        # the other side names; else either
        other = side_kinds[1] if own is side_kinds[0] else side_kinds[0]
        kinds = own or other or {"lecture", "tutorial"}
        # (with a kind said, the best of that kind is enough on a weaker match: "the rnn
        # tutorial" is T08 "recurrent networks", though "rnn" names the lecture outright)
        bar = _KIND_SAID_MATCH if own or other else MATCH_THRESHOLD
        match = next((m for m in view.topics.search(side) if m.item.kind in kinds
                      and (m.named or m.score >= bar)), None)
        if match is None or (e := s.event(match.item.id)) is None:
            return []
        found.append(e)
    return found if found[0] != found[1] else []


def _surely_before(view: CourseView, a: Event, b: Event) -> bool:
    """Whether `a` is before `b` whatever day of its week an undated one falls on."""
    def span(e: Event) -> tuple[datetime, datetime]:
        if e.start is not None:
            return e.start, e.start
        week = view.schedule.week(e.week) if e.week is not None else None
        if week is None:
            return datetime.max.replace(tzinfo=view.tz), datetime.max.replace(tzinfo=view.tz)
        start = datetime.combine(week.starts, time(), view.tz)
        return start, start + timedelta(days=7)
    return span(a)[1] <= span(b)[0] and a.start != b.start or (
        a.start is not None and b.start is not None and a.start < b.start)


def first_or_last(view: CourseView, events: list[Event], direction: str) -> list[Event]:
    """The course's first or last of these events, dated or placed only in a week ("the
    last lecture" is the live one in week 7, after the pre-recorded ones of week 6); the
    events sharing its slot come with it."""
    if not events:
        return []
    ordered = sorted(events, key=lambda e: course_order(view, e))
    pick = ordered[0] if direction == "first" else ordered[-1]
    if pick.start is None:
        return [pick]
    return [e for e in ordered if e.start == pick.start]


def edge_groups(view: CourseView, events: list[Event], count: int, *, last: bool
                ) -> list[list[Event]]:
    """The course's first (or last) `count` of these in course order, those sharing a slot
    as one (two tutorials in one session)."""
    groups: list[list[Event]] = []
    for e in sorted(events, key=lambda e: course_order(view, e)):
        if groups and e.start is not None and groups[-1][0].start == e.start:
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups[-count:] if last else groups[:count]


def weeks_held(view: CourseView, events: list[Event]) -> tuple[list[int], list[int]]:
    """The course weeks these events fall in, and the course weeks none of them does ("do we
    have a Q&A every week": weeks 2-8 do, weeks 1 and 9 do not)."""
    held = sorted({e.week for e in events if e.week is not None})
    return held, [w.number for w in view.schedule.weeks if w.number not in held]


def course_dates(view: CourseView, reader: Reader) -> str:
    """When the course runs, and when teaching starts: "when does the course start", "when
    does stuff actually begin" (week 1 may have nothing in it)."""
    s = view.schedule
    first_week, last_week = s.weeks[0], s.weeks[-1]
    first = view.timed[0] if view.timed else None
    first_text = (f"{first.title} {first.id if first.topic else ''}".strip() + " on "
                  + view.when(first, reader)) if first else "not dated"
    note = W.COURSE_DATES_NOTE.format(note=first_week.note) if first_week.note else ""
    untimed = _untimed_first(view, first)
    template = W.COURSE_DATES_UNTIMED if untimed else W.COURSE_DATES
    text = template.format(first_week=first_week.number, start=format_day_date(first_week.starts),
                           note=note, last=last_week.number,
                           end=format_day_date(last_week.starts), first=first_text,
                           week=untimed[0].week if untimed else "",
                           untimed=join([f"the {event_name(e)}" for e in untimed]),
                           it="it" if len(untimed) == 1 else "them")
    held, _ = weeks_held(view, [e for e in view.events if e.kind != "deadline"])
    if held and held[0] != first_week.number:
        lectures = [lec.id for lec in s.lectures if lec.week == held[0]]
        with_lectures = (W.TEACHING_STARTS_LECTURES.format(lectures=lecture_numbers(s, lectures))
                         if lectures else "")
        text += " " + W.TEACHING_STARTS.format(week=held[0], span=view.week_span(held[0]),
                                               lectures=with_lectures)
    return text


def _untimed_first(view: CourseView, first: Event | None) -> list[Event]:
    """The sessions the page places only in a week, no later than the first timed one's
    week: which of them comes first is not known ("week 2's Q&A" beside T01 on its Tuesday).
    Pre-recorded lectures are released in their week, not held, and are said apart."""
    sessions = [e for e in view.events if e.kind not in ("lecture", "deadline", "quiz")
                and e.start is None and e.week is not None]
    if not sessions or (first is not None and first.week is not None
                        and min(e.week for e in sessions) > first.week):
        return []
    week = min(e.week for e in sessions)
    return [e for e in sessions if e.week == week]


_TIME_OF_DAY = re.compile(r"\b(?:what|which) (?:time|hour)\b|\bwhat o ?clock\b")
_RELEASE = frozenset({"release", "released", "releases", "upload", "uploaded", "posted",
                      "published", "online", "out", "available"})


def undated_time_asked(q: Query, events: list[Event]) -> list[Event]:
    """Those of these events without a time, when the question asks at what time of day
    they are released ("what time do the lecture recordings go up, 8am?"); else []."""
    if not (_TIME_OF_DAY.search(q.text) and (q.has("recorded") or _RELEASE & set(q.words))):
        return []
    return [e for e in events if e.start is None]


def on_weekday(view: CourseView, events: list[Event], weekday: int) -> list[Event]:
    """Those of these events held (or due) on that day of the week, in course time."""
    return [e for e in events if e.start is not None
            and e.start.astimezone(view.tz).weekday() == weekday]


# A time the asker is taken that may clash with the course: "i work thursday afternoons,
# anything i'd miss", "exam for another module on 2 mar 10-12, does it clash", "friday sunset
# to saturday, will any deadline fall then", "my job is tuesdays 9-1, is that a problem".
_CLASH = frozenset({"miss", "missing", "clash", "clashes", "clashing", "conflict", "conflicts",
                    "overlap", "overlaps", "overlapping", "collide", "collides", "problem",
                    "problems", "issue", "issues", "affect", "affected",
                    # ("any deadlines then", "anything on while i'm there": of that time)
                    "then", "while", "during"})
_COMMITTED = re.compile(r"\bi(?:'ve| have)? (?:got |have |work|do |am |'m |m |keep |observe )"
                        r"|\bi'?m (?:busy|working|at|in|away|off|out)\b"
                        # ("i live in new york and work 9-5": the job said after where one is)
                        r"|\bi'?m?\s+\w+\s+(?:in\s+(?:\w+\s+){1,2})?and\s+work\b"
                        r"|\bmy (?:\w+ )?(?:job|shift|lab|class|work)")
# "will that get in the way", "does it get in the way of anything": a clash said in a phrase
# ... or asked how much it matters ("how bad is that for this course", "is that ok", "does that
# matter", "how much would i lose")
_CLASH_PHRASE = re.compile(
    r"\b(?:get|be|is|in) (?:in )?the way\b"
    r"|\bhow (?:bad|big a deal|much of a (?:problem|deal|issue))\b"
    # ("can i still make the tutorial": whether the time said lets one attend it)
    r"|\b(?:can|could|will|would) (?:i|we) (?:still )?(?:make|attend|catch|get to|join)\b"
    r"|\b(?:is|would|will|does|do) (?:that|it|this) (?:be |going to be |gonna be )?(?:bad|ok|okay|"
    r"fine|a big deal|matter|an issue|hurt|cost me)\b"
    r"|\bhow much (?:will|would|do|does|am|could) (?:i|that|it|this) (?:miss|matter|lose|"
    r"affect|be missing)\b|\b(?:will|would|do) i (?:miss|lose) (?:much|a lot|anything)\b")
# "do i need to be around monday morning", "should i keep friday afternoon free", "am i
# needed online tuesday evening": whether the time said must be kept for the course, which
# is what that time holds (not a matter of the asker's own).
_KEPT_FOR = re.compile(
    r"\b(?:need|needs|have|has|got|must|should|supposed|meant|gotta|required|expected)"
    r" (?:to )?(?:be|stay) (?:free|around|about|online|on ?line|available|on call|on teams|"
    r"logged (?:on|in)|at (?:my|the) (?:desk|laptop|computer|pc)|reachable|present)\b"
    r"|\b(?:keep|leave|block(?: off| out)?|clear) (?:my |the )?(?:\w+ ){1,2}(?:free|clear|open)\b"
    r"|\b(?:am|are) (?:i|we) (?:needed|expected|required)\b")


def keeps_time_for_course(text: str) -> bool:
    """Asks whether a time must be kept for the course ("do i need to be free then"): "free"
    is then the time asked about, not the only time the asker can attend."""
    return _KEPT_FOR.search(text) is not None


_ASKS_WHAT = frozenset({"what", "whats", "which", "anything", "any", "something"})
# What is held then: "is anything on at weekends", "any sessions in the evenings"
_ASKS_ON = re.compile(r"\b(?:anything|something|what(?:'?s| is)?) (?:on|scheduled|happens?|"
                      r"happening|held|due|running|live (?:in|on|at|during|then|after|before))\b"
                      # ("anything before 10am", "what's in the mornings": what is held
                      # in the time said)
                      r"|\b(?:anything|something|what(?:'?s| is)?) (?:before|after|in)\b"
                      # ("only free after 6, can i attend anything": what is held then)
                      r"|\b(?:attend|make|catch|join) (?:anything|any)\b"
                      r"|\b(?:any|which|what) (?:live )?(?:sessions?|lectures?|tutorials?|"
                      r"deadlines?|classes|q ?a)\b")


def busy_clash(q: Query) -> Busy | None:
    """The time a question says the asker is taken and asks what of the course falls in;
    None for any other question ("is the q&a on tuesdays" asks no clash)."""
    busy = q.time.busy
    if busy is None:
        return None
    words = set(q.words)
    if (words & _CLASH or _ASKS_ON.search(q.text) or _CLASH_PHRASE.search(q.text)
            or keeps_time_for_course(q.text)):
        return busy
    # "i work tuesdays, anything i'd miss": days of the week or a date the writer is taken
    # ("do deadlines fall on a tuesday" is no clash; a part of every day, "my evenings",
    # is too loose a time to ask of unprompted)
    # ... or told alone, asking nothing else ("i work mornings till 1 on thursdays"): what
    # it makes the writer miss is what telling it asks
    if _COMMITTED.search(q.text) and not words & _ASKS_WHAT:
        # (a weekly time only: a day's span told beside a question, "i work nights ... do the
        # tuesday sessions get recorded", is its context)
        alone = q.alone and not _ASKS_ANYTHING.search(q.raw.lower()) and busy.span is None
        return busy if alone and 0 < len(busy.weekly) < 7 else None
    committed = words & _ASKS_WHAT and _COMMITTED.search(q.text)
    return busy if committed and (busy.span or len(busy.weekly) < 7) else None


# Any question or request in a message ("?", a question word, a request to the bot).
_ASKS_ANYTHING = re.compile(r"\?|(?:what|when|where|which|who|why|how|can|could|will|would|"
                            r"should|do|does|is|are|please|pls|tell|let me know)")


def overlapping(events: list[Event], busy: Busy) -> list[Event]:
    """Those of these timed events (sessions for their length, deadlines at their instant)
    that meet the busy time, in start order."""
    found = [e for e in events if e.start is not None
             and busy.overlaps(e.start, e.end or e.start)]
    return sorted(found, key=lambda e: (e.start, e.id))


# "the transformer lectures", "the gan tuts": a kind named in the plural asks for all of them.
_PLURAL = {"lecture": frozenset({"lectures", "lecs", "lects", "videos", "recordings"}),
           "tutorial": frozenset({"tutorials", "tuts", "tutes", "labs"})}


def plural_kinds(q: Query) -> set[str]:
    """The kinds of session the question names in the plural."""
    words = set(q.words)
    return {k for k, ws in _PLURAL.items() if words & ws and k in q.kinds}


def titled_by_words(q: Query, view: CourseView, kinds: set[str]) -> list[Event]:
    """The sessions of these kinds a theme the question names belongs to ("the generative
    lectures", "the sequence model ones"), in course order: those whose titles name one of its
    subject words ("transformer" names "Attention & Transformer basics" and "Transformer
    applications"), those whose own notes use it often, the sessions the notes of a titled one
    name by title, and those whose titles lead with a word of one so found ("GANs advanced"
    beside "GANs"). A word no title or notes use so is left out ("come" in "when do they come
    out"); nothing here knows a theme: the schedule's and notes' own words decide."""
    sessions = {"lecture", "tutorial"}
    found: dict[str, Event] = {}  # of either kind: a tutorial may tie lectures to the theme
    words = q.subject_words or q.topic.split()
    notes = _notes_by_event(view)
    # the whole phrase ("generative model") and each word most notes do not use ("model")
    said = [" ".join(words)] if len(words) > 1 else []
    said += [w for w in words if len(words) == 1 or not _common(notes, w)]
    for word in said:
        for m in view.topics.search(word):
            if m.named and m.item.kind in sessions and (e := view.schedule.event(m.item.id)):
                found.setdefault(e.id, e)
    by_title = set(found)
    for word in q.subject_words:
        found.update((e.id, e) for e in _using_often(view, notes, word))
    titles = {e.id: tokens(_title_of(view, e)) for e in view.events if e.kind in sessions}
    asked = {w.rstrip("s") for w in words}
    for e in list(found.values()):  # ("GANs advanced" beside "GANs", "VAEs" beside "VAEs, GANs")
        own = titles.get(e.id, [])
        if e.id in by_title and re.search(r",|&|\band\b", _title_of(view, e)):
            # a title listing topics ("VAEs, GANs") found by one of them ties the theme to
            # that topic only: "the gan lectures" are not the VAE one (found by its notes'
            # use of the theme's word, "generative", the whole title counts)
            own = [w for w in own if w.rstrip("s") in asked]
        found.update((i, ev) for i, t in titles.items() if i not in found and t and own
                     and ((len(t[0]) > 2 and t[0] in own) or (len(own[0]) > 2 and own[0] in t))
                     and (ev := view.schedule.event(i)) is not None)
    return sorted((e for e in found.values() if e.kind in kinds),
                  key=lambda e: course_order(view, e))


# A subject word used at least this often in a session's own notes, and at least a quarter
# as often as by the notes using it most, makes the session one of its theme, when no more than
# a third of the sessions with notes use it so and no more than 40% use it at all.
_THEME_USES = 3
_THEME_OF_MOST = 4
_THEME_SHARE = 3
_THEME_ANY_USE = 0.4


def _uses(notes: dict[str, str], word: str) -> dict[str, int]:
    """How often each session's notes use the word (or its plural)."""
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    pattern = re.compile(rf"\b{re.escape(stem)}(?:s|es)?\b")
    return {i: n for i, text in notes.items() if (n := len(pattern.findall(text)))}


def _common(notes: dict[str, str], word: str) -> bool:
    """A word most notes use ("model", "network"): it names no theme."""
    return len(_uses(notes, word)) > len(notes) * _THEME_ANY_USE


def _using_often(view: CourseView, notes: dict[str, str], word: str) -> list[Event]:
    uses = _uses(notes, word)
    if not uses or _common(notes, word):
        return []
    bar = max(_THEME_USES, max(uses.values()) / _THEME_OF_MOST)
    users = [i for i, n in uses.items() if n >= bar]
    if len(users) * _THEME_SHARE > len(notes):
        return []
    return [e for i in users if (e := view.schedule.event(i)) is not None]


def _title_of(view: CourseView, e: Event) -> str:
    """A session's own title, lower-cased: the lecture's title or the tutorial's topic."""
    lecture = view.schedule.lecture(e.id) if e.kind == "lecture" else None
    return (lecture.title if lecture else e.topic or e.title).lower()


def _notes_by_event(view: CourseView) -> dict[str, str]:
    """Each lecture's and tutorial's own notes (not an overview or admin notes), lower-cased."""
    by_number = {lec.number.lstrip("0"): lec.id for lec in view.schedule.lectures}
    texts: dict[str, list[str]] = {}
    for chunk in view.knowledge.chunks if view.knowledge is not None else ():
        if chunk.role:
            continue
        event_id = (by_number.get(chunk.lecture.lstrip("0")) if chunk.lecture
                    else chunk.tutorial)
        if event_id:
            texts.setdefault(event_id, []).append(f"{chunk.section}\n{chunk.text}")
    return {i: "\n".join(t).lower() for i, t in texts.items()}


# "what's after the vae/gan tutorial", "which tut comes next after the CNN one", "the lecture
# before the rnn one": the session next to one named by id, topic or kind, in course order.
_NEXT_TO = re.compile(r"\b(after|following|follows|before|preceding|precedes|prior to)\s+"
                      r"(?:the\s+|that\s+|this\s+|my\s+|our\s+)?(?=\S)")
_ASKS_WHICH = re.compile(r"\b(?:what|which|whats|what's|wat|wot)\b|\bcomes?\b|\bnext\b")
# "straight after", "right after": next in time, whatever its kind, not next of the same kind
RIGHT_NEXT = re.compile(r"\b(?:straight|right|immediately|directly|just)\s+$")


_TAIL_WORDS = 6


def clause_tail(text: str, end: int, words: int = _TAIL_WORDS) -> str:
    """The first few words after `end`, up to the end of their clause: what names the thing
    a word such as "after" or "before" points at."""
    return " ".join(re.split(r"[.?!,;:(]", text[end:], maxsplit=1)[0].split()[:words])
# What may come before "the tutorial after ..." when that phrase is the whole question.
_NOUN_PHRASE_LEAD = frozenset({"ok", "okay", "and", "so", "then", "the", "what", "about",
                               "also", "but", "oh", "hmm", "right", "next", "first"})
_PREPARING = frozenset({"read", "watch", "rewatch", "prepare", "prep", "review", "revise",
                        "study", "learn", "know", "bring", "install", "finish", "complete"})
_KIND_OR_ONE = frozenset({"lecture", "lectures", "lec", "tutorial", "tut", "tute", "one",
                          "session", "video", "recording"})
# A topic said as a part of the course, not as the subject itself: "the attention stuff",
# "the resnet material", "the gan topic" ...
_COURSE_PART = frozenset({"stuff", "material", "materials", "topic", "topics", "section",
                          "sections", "part", "unit", "bit", "bits", "chapter", "content"})
# ... or as its reading: "the lenet paper", "the reading on inception" (the lectures it goes
# with are where it sits in the course)
_READING_WORDS = frozenset({"paper", "papers", "reading", "readings", "notes", "slides",
                            "article"})


def next_to_named(q: Query, view: CourseView) -> tuple[str, list[Event], str | None] | None:
    """("after" or "before", the one session named, the kind asked when it is not the named
    one's: "the tutorial after the GAN lecture") when the question asks which session
    comes after or before one it names; None otherwise. One named on each side ("is the gan
    lecture before the rnn lecture") is a comparison, not this."""
    if (dated := _next_after_dated(q, view)) is not None:
        return dated
    m = _NEXT_TO.search(q.text)
    if m is None:
        return None
    # "the tutorial after the cnn one?", "the lecture before resnet?": the kind said right
    # before the word is the one asked for, whatever asks it
    before = q.text[:m.start()].split()
    kind_said = {k for k in ("lecture", "tutorial", "qa") if k in q.kinds
                 and before and before[-1] in q.cues.get(k, set()) | CUES[k]}
    if not (_ASKS_WHICH.search(q.text[:m.start()] + " " + q.text[m.end():])
            or (kind_said and (asks(q.raw) or set(before[:-1]) <= _NOUN_PHRASE_LEAD))):
        return None
    if set(q.words) & _PREPARING:
        return None  # "what should i read before the gan lecture": what to do, not a session
    if two_sessions(q, view):
        return None
    direction = "after" if m.group(1) in ("after", "following", "follows") else "before"
    # what follows the word names the session: a few words, up to the end of the clause
    tail = clause_tail(q.text, m.end())
    ids = [*q.lectures, *q.tutorials]
    in_tail = any(kind in ("lecture", "tutorial") and written in tail
                  for kind, written in q.spans)
    if ids and not in_tail:
        # "the first lecture after the lenet paper": what is said before the word is the
        # kind asked for, not the session named
        named = _anchor(tail, q.kinds & {"lecture", "tutorial"}, kind_said, direction, view)
        if not named:
            return None
    elif ids:
        # "after lecture 14": the one named right after the word, and only one named at all
        if len(ids) != 1:
            return None
        named = [e for e in [view.schedule.event(ids[0])] if e is not None]
    else:
        named = on_day_named(q, view, tail, kind_said or set(q.kinds))
        if named:
            return direction, named, None
    if not named:
        named = _anchor(tail, q.kinds & {"lecture", "tutorial"}, kind_said, direction, view)
    if len(named) != 1 or named[0].kind not in ("lecture", "tutorial"):
        return None
    # "which tutorial is right after lecture 22": a kind said just before, not the named one's
    near = set(before[-3:])
    other = {k for k in ("lecture", "tutorial", "qa") if k in q.kinds
             and near & (q.cues.get(k, set()) | CUES[k])} - {named[0].kind}
    kind_near = any(near & (q.cues.get(k, set()) | CUES[k]) for k in ("lecture", "tutorial", "qa"))
    if (not kind_said and not kind_near and named[0].start is not None
            and RIGHT_NEXT.search(q.text[:m.start()])):
        return None  # "what happens straight after the gnn lecture": the next dated thing
    return direction, named, next(iter(other)) if len(other) == 1 else None


def anchor_named(tail: str, view: CourseView, direction: str = "after",
                 taught: bool = False) -> list[Event]:
    """The one lecture or tutorial these words name as a session, a part of the course or a
    reading ("the gan lecture", "the attention stuff", "the lenet paper"); [] if none.
    `taught`: the words are said to be taught ("the week we did vaes"), so a topic alone
    names its session."""
    said = {k for k in ("lecture", "tutorial") if set(tail.split()) & CUES[k]}
    if taught and not said:
        return _anchor(tail, {"lecture", "tutorial"}, {"lecture", "tutorial"}, direction, view)
    return _anchor(tail, said, set(), direction, view)


def _anchor(tail: str, kinds: set[str], kind_said: set[str], direction: str,
            view: CourseView) -> list[Event]:
    """The one lecture or tutorial the words after "after"/"before" name by its topic: said
    as a session ("the cnn one", "the gan lecture"), as a part of the course ("the attention
    stuff") or as a reading (the lectures it goes with: "the lenet paper"); [] when they name
    none so ("after softmax in a transformer block" asks the notes, not the timetable)."""
    said = set(tail.split())
    if not (said & (_KIND_OR_ONE | _COURSE_PART | _READING_WORDS) or kinds & kind_said):
        return []  # "after six years in industry": no session named after it
    phrase = " ".join(w for w in tail.split() if w not in _COURSE_PART | _READING_WORDS)
    allowed = kinds or {"lecture", "tutorial"}
    if said & (_COURSE_PART | _READING_WORDS):
        # "the first tutorial after the inception stuff": the kind said is the one asked
        # for; the part of the course is whichever session (or reading) its topic names
        allowed = {k for k in ("lecture", "tutorial") if said & CUES[k]} or {"lecture",
                                                                             "tutorial"}
    if said & _READING_WORDS:
        allowed = allowed | {"material"}
    match = next((t for t in view.topics.search(phrase) if t.named
                  and t.item.kind in allowed), None)
    if match is None:
        return []
    ids = [match.item.id] if match.item.kind != "material" else list(match.item.lectures)
    if not ids:
        return []
    # (a reading of several lectures: after the last of them, before the first)
    event = view.schedule.event(ids[-1] if direction == "after" else ids[0])
    return [event] if event is not None else []


# "... when's the next one", "the following session?", "which was the previous": the next
# (or previous) of a session named before it; not a span ("next week", "the following day").
_NEXT_ONE = re.compile(r"\b(next|following|previous|prior)\b(?!\s+(?:week|wk|day|month|term|"
                       r"time|mon|tue|wed|thu|fri|sat|sun)\w*)")


def _next_after_dated(q: Query, view: CourseView) -> tuple[str, list[Event], None] | None:
    """"If i miss the q&a on the 16th, when's the next one": the session of the one kind said,
    held on the day said, with "next" (or "previous") said after that day; else None."""
    window, phrase = q.time.window, q.time.phrase.lower()
    kinds = q.kinds & {"lecture", "tutorial", "qa", "panel"}
    if window is None or window.granularity != "day" or not phrase or len(kinds) != 1:
        return None
    low = q.text.lower()
    at = low.find(phrase)
    m = _NEXT_ONE.search(low, at + len(phrase)) if at >= 0 else None
    if m is None:
        return None
    held = sorted((e for e in events_of(view, kinds, [])
                   if e.start and window.start <= e.start < window.end),
                  key=lambda e: (e.start, e.id))
    if not held:
        return None
    return ("after" if m.group(1) in ("next", "following") else "before"), held[:1], None


def on_day_named(q: Query, view: CourseView, tail: str, kinds: set[str]) -> list[Event]:
    """"The q&a after the one on 26 jan": the session of the kind asked for held on the day
    named after the word (the first of them); [] unless the words after it name that day."""
    window = q.time.window
    if (len(kinds) != 1 or window is None or window.granularity != "day"
            or not re.search(r"\b(?:one|session|\w+)\s+(?:on|from)\b", tail)):
        return []
    held = sorted((e for e in events_of(view, kinds, [])
                   if e.start and window.start <= e.start < window.end),
                  key=lambda e: (e.start, e.id))
    return held[:1]


def dated_beside(view: CourseView, named: list[Event], direction: str) -> list[Event]:
    """The dated things right after (or before) these (all at one start), whatever their
    kind, with any sharing that start; [] at either end."""
    at = named[0].start
    assert at is not None
    ids = {e.id for e in named}
    dated = sorted((e for e in view.events if e.start is not None and e.id not in ids),
                   key=lambda e: (e.start, e.id))
    side = ([e for e in dated if e.start > at] if direction == "after"
            else [e for e in dated if e.start < at])
    if not side:
        return []
    edge = side[0].start if direction == "after" else side[-1].start
    return [e for e in side if e.start == edge]


def neighbour(view: CourseView, named: Event, direction: str) -> list[Event]:
    """The session of the same kind right after (or before) this one, in course order, with
    any sharing its slot (two tutorials in one); [] at either end."""
    if named.kind == "lecture":
        order = [lec.id for lec in view.schedule.lectures]
        if named.id not in order:
            return []
        at = order.index(named.id)
        ids = order[at + 1:at + 2] if direction == "after" else order[max(0, at - 1):at]
        return [e for e in map(view.schedule.event, ids) if e]
    same = [e for e in events_of(view, {named.kind}, []) if e.start is not None]
    if direction == "after":
        return following(same, [named])
    earlier = sorted((e for e in same if named.start and e.start < named.start),
                     key=lambda e: (e.start, e.id))
    return [e for e in earlier if e.start == earlier[-1].start] if earlier else []


def next_of_kind(view: CourseView, named: Event, kind: str,
                 direction: str = "after") -> list[Event]:
    """The nearest event of another kind after (or before) this one ("the tutorial after the
    GAN lecture"), with any sharing its slot. A lecture placed only in a week is watched
    before the dated sessions of its week."""
    def later(e: Event) -> bool:  # e after named
        if named.start is not None and e.start is not None:
            return e.start > named.start
        if e.week is None or named.week is None:
            return False
        return e.week > named.week if named.start is not None else e.week >= named.week

    def earlier(e: Event) -> bool:  # e before named
        if named.start is not None and e.start is not None:
            return e.start < named.start
        if e.week is None or named.week is None:
            return False
        return e.week <= named.week if named.start is not None else e.week < named.week

    test = later if direction == "after" else earlier
    found = sorted((e for e in events_of(view, {kind}, []) if test(e)),
                   key=lambda e: course_order(view, e), reverse=direction != "after")
    if not found:
        return []
    if found[0].start is None:
        return found[:1]
    return sorted((e for e in found if e.start == found[0].start), key=lambda e: e.id)


_SENTENCE_END = re.compile(rf"(?<=[.!?]){NOT_AN_ABBREVIATION}\s+|\n+")
_BRACKETED = re.compile(r"\([^)]*\)")


def asked_focus(q: Query) -> Query:
    """The question narrowed to what its asking sentences name, when a message gives context
    first ("i've only watched lectures 01 to 08 so far. ... When is the next Q&A?", "wen is
    the tut this week. im in another lecture"): kinds of event and ids named only in the
    sentences that ask nothing are context, not what is asked. The question unchanged when
    it is one sentence, or every sentence asks, or the asking ones name no kind."""
    # (a remark in brackets asks nothing: "(ml for imaging, which is also killing me)")
    sentences = [s for s in _SENTENCE_END.split(_BRACKETED.sub(" ", q.raw)) if s.strip()]
    if len(sentences) < 2:
        return q
    asking = [s for s in sentences if asks(s)]
    if not asking or len(asking) == len(sentences):
        return q
    text = normalize(" ".join(asking))
    words = set(tokens(text))
    kinds = {k for k in q.kinds if words & q.cues.get(k, set())}
    written = [w for kind, w in q.spans if kind in ("lecture", "tutorial", "coursework")
               and w in text]

    def still_asked(ids: list[str]) -> list[str]:
        # an id whose number is written in an asking sentence ("lecture 22", not "lec 15")
        kept = [i for i in ids if any(re.search(rf"\b0*{re.escape(i.lstrip('LTCWltcw-'))}\b", w)
                                      for w in written)]
        return kept
    ids = {"lectures": still_asked(q.lectures), "tutorials": still_asked(q.tutorials),
           "coursework": still_asked(q.coursework)}
    if not kinds and not any(ids.values()):
        return q  # the asking sentences name nothing of their own
    if not kinds:  # (an id named in them says its kind)
        kinds = {k for k in q.kinds if k != "lecture" or ids["lectures"]}
    return dataclasses.replace(q, kinds=kinds, **ids)


# "lisbon is the same as london right?", "ghana, no time difference right?", "how many hours
# behind are you in lima": how the asker's zone stands against course time.
_ZONE_RELATION = re.compile(r"\bsame (?:time|timezone|time ?zone|clock|hours?)\b"
                            r"|\btime ?(?:diff|difference|differences|gap|offset)s?\b"
                            r"|\bno (?:time )?diff(?:erence)?\b|\bhours? (?:ahead|behind)\b"
                            r"|\b(?:ahead of|behind)\b"
                            # ("how far ahead is london", "how many hours ahead are you")
                            r"|\bhow (?:far|much|many hours?) (?:\w+ )?(?:ahead|behind)\b")
_NEEDS_PLACE = re.compile(r"\bsame (?:time|clock|hours?)\b|\b(?:ahead of|behind)\b")


def zone_relation_asked(q: Query, view: CourseView, reader: Reader) -> ZoneInfo | None:
    """The asker's zone when the question asks how it stands against course time: a place
    it names other than the course's ("lisbon - same time as london?"), else the zone the
    asker is in; None when it asks no such thing or the zone is the course's own."""
    text = q.raw.lower()
    if not _ZONE_RELATION.search(text):
        return None
    named = places_named(normalize(q.raw))
    if _NEEDS_PLACE.search(text) and not named and not _ZONE_RELATION.search(
            _NEEDS_PLACE.sub(" ", text)):
        return None  # "same time every week?", "i'm behind on lectures": no zone in it
    course = zone_name(view.tz)
    # ("5 hours behind uk time": said as hours from course time, the relation is the writer's)
    said = {course, *(zone_name(z) for z in named if _moved_from(z, course))}
    others = [z for z in named if zone_name(z) not in said]
    if others:
        return others[0]
    return reader.tz if zone_name(reader.tz) not in said else None


def _moved_from(zone: tzinfo, course: str) -> bool:
    """Whether `zone` is said as hours ahead of or behind the course's own zone."""
    return isinstance(zone, OffsetFrom) and zone_name(zone.base) == course


def zone_offsets(view: CourseView, tz: ZoneInfo,
                 instants: list[datetime]) -> list[tuple[timedelta, list[datetime]]]:
    """How far `tz` is from course time at each of these instants (its UTC offset minus the
    course's), grouped where it stays the same, in order."""
    groups: list[tuple[timedelta, list[datetime]]] = []
    for at in sorted(instants):
        diff = (at.astimezone(tz).utcoffset() or timedelta()) - (
            at.astimezone(view.tz).utcoffset() or timedelta())
        if groups and groups[-1][0] == diff:
            groups[-1][1].append(at)
        else:
            groups.append((diff, [at]))
    return groups


def term_days(view: CourseView, reader: Reader) -> list[datetime]:
    """Noon, course time, of each day from today (or the term's start) to the term's end;
    today alone once the term is over."""
    weeks = view.schedule.weeks
    if not weeks:
        return [reader.now]
    first = datetime.combine(weeks[0].starts, time(12), view.tz)
    last = datetime.combine(weeks[-1].starts + timedelta(days=6), time(12), view.tz)
    today = datetime.combine(reader.now.astimezone(view.tz).date(), time(12), view.tz)
    day = max(first, today)
    if day > last:
        return [reader.now]
    days = []
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    return days


_TALLY_KINDS = ("lecture", "qa", "panel", "tutorial", "deadline")


def week_tally(view: CourseView, week: int, kinds: set[str] | None = None) -> str:
    """"6 lectures, 1 Q&A, 2 tutorials (T04, T05), 1 deadline (CW1)": what a course week
    holds, of the kinds asked (all but quizzes when none is)."""
    parts = []
    for kind in _TALLY_KINDS:
        those = [e for e in view.events if e.week == week and e.kind == kind]
        if not those or (kinds is not None and kind not in kinds):
            continue
        name = W.KIND_SINGULAR[kind] if len(those) == 1 else W.EVENT_KIND_NAMES[kind]
        ids = f" ({', '.join(e.id for e in those)})" if kind in ("tutorial", "deadline") else ""
        parts.append(f"{len(those)} {name}{ids}")
    return ", ".join(parts)


def week_number_at(view: CourseView, at: datetime) -> int | None:
    """The course week an instant falls in (course time), or None outside the term."""
    week = view.schedule.week_of(at.astimezone(view.tz).date())
    return week.number if week else None


def _week_begins(view: CourseView, number: int | None) -> datetime | None:
    week = view.schedule.week(number) if number is not None else None
    if week is None:
        return None
    return datetime.combine(week.starts, time(0), tzinfo=view.tz)


def still_ahead(view: CourseView, events: list[Event], now: datetime,
                this_week: bool = True) -> list[Event]:
    """The events still ahead of a student: a timed one not yet begun, one placed only in a
    week (a pre-recorded lecture, a quiz) whose week has not ended. Without this week: only
    those of the weeks after the current one."""
    current = week_number_at(view, now)
    out = []
    for e in events:
        begins = _week_begins(view, e.week)
        if not this_week and current is not None and e.week is not None:
            keep = e.week > current
        elif e.start is not None:
            keep = e.start > now
        else:
            keep = begins is None or begins + timedelta(days=7) > now
        if keep:
            out.append(e)
    return out


def lectures_through(view: CourseView, week: int, before: datetime | None = None) -> list[Event]:
    """The lectures of a course week and the weeks before it, in course order; a live lecture
    of that week only when it starts before `before` (what comes before a session)."""
    return [e for e in view.events if e.kind == "lecture" and e.week is not None
            and e.week <= week and not (before is not None and e.week == week
                                        and e.start is not None and e.start >= before)]


def lists_person(staff: list[str], name: str) -> bool:
    """Whether a staff listing names the person ("<name> & team" does)."""
    return any(entry.removesuffix(" & team") == name for entry in staff)


def staff_events(view: CourseView, name: str) -> list[Event]:
    """Everything the page names a person for ("<name> & team" names them)."""
    return [e for e in view.events if lists_person(e.staff, name)]


def weeks_of(events: list[Event]) -> list[int]:
    """The course weeks the events fall in, in order."""
    return sorted({e.week for e in events if e.week is not None})


def weeks_named(view: CourseView, e: Event, name: str) -> list[int]:
    """The weeks the page names a person for an event: a coursework's assessors by the
    weeks they are listed in (not the deadline's week), any other event its own week."""
    for cw in view.schedule.coursework:
        if cw.id == e.id:
            return sorted({a.week for a in cw.assessors if lists_person(a.staff, name)})
    return [e.week] if e.week is not None else []


def week_end(e: Event, view: CourseView) -> datetime | None:
    """When the week an event is placed in ends (None when it has no week)."""
    week = view.schedule.week(e.week) if e.week is not None else None
    if week is None:
        return None
    return datetime.combine(week.starts + timedelta(days=7), time(), view.schedule.tz)
