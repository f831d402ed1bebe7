"""Answers computed over the whole schedule rather than one event: how many of a kind there
are in all or still to come ("how many lectures left to watch, not counting this week"), the
weeks a person is on the page ("which weeks is X around"), and what to have watched before a
session or up to a day ("which lectures before the week 5 tutorial", "what was covered up to
10 feb"). Each states the number and the items; all of it comes from the course queries."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

from bot.core import wording as W
from bot.core.countdown import countdown_unit
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, in_qa_slots, recorded, with_qa_slots
from bot.core.handlers import Reply
from bot.core.handlers.logistics import weeks_of_kinds
from bot.core.lexicon import CUES
from bot.core.queries import (
    anchor_named,
    by_start,
    dated_beside,
    lectures_through,
    named_events,
    next_to_named,
    on_weekday,
    so_many_by_kind,
    staff_events,
    still_ahead,
    week_number_at,
    weeks_named,
    weeks_of,
)
from bot.core.timefmt import format_day_date
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.schedule.model import Event, Slot

_SESSIONS = frozenset({"lecture", "qa", "tutorial", "panel"})
_COUNTED = ("lecture", "qa", "tutorial", "panel", "quiz", "deadline")  # (in this order)
# "this week" said to include or leave out the current week from what is still to come.
_WITHOUT_THIS_WEEK = re.compile(
    r"\b(?:not|without|excluding|exclude|except|apart from|besides|other than|after|beyond|"
    r"beside|minus|on top of)\b(?:[.\s]+\w+){0,2}?[.\s]+this weeks?\b"
    r"|\bthis weeks? (?:excluded|aside)\b"
    r"|\bfrom next week\b")
_WITH_THIS_WEEK = re.compile(r"\b(?:including|incl|inc|with|counting|plus|and)\b"
                             r"(?:[.\s]+\w+){0,2}?[.\s]+this weeks?\b|\bthis weeks? included\b")
_COUNT = re.compile(r"\bcount of\b|\btotal (?:number|no|count)\b")
# A rate, not a count: "how many lectures per week".
_RATE = re.compile(r"\b(?:per|a|each|every) (?:week|wk|day)\b|\bweekly\b|\bhours?\b|\bhrs\b")
_ORDERED = re.compile(r"\b(?:before|prior to|until|till|til|up to|by|after|since)\b")


def _counted_kinds(q: Query, view: CourseView) -> set[str]:
    kinds = set(q.kinds) & set(_COUNTED)
    if not kinds and q.has("session"):
        kinds = set(_SESSIONS)  # "how many sessions in total"
    kinds = with_qa_slots(kinds, view.schedule)  # a panel held in the Q&A slot takes its place
    return kinds


def answer_count(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"How many tutorials in total", "how many lectures left to watch (not counting this
    week)": the number and the items. None when no kind is counted, or when something else
    narrows it (a person, a task, a week asked, a topic, a rate, a place in the order)."""
    if (not (q.asks_count or _COUNT.search(q.text)) or q.staff or q.coursework or q.lectures
            or q.tutorials):
        return None
    if q.has("week_word") and not q.kinds:
        return None  # "how many weeks of teaching": weeks are counted, not sessions
    if (weeks := weeks_of_kinds(q, view)) is not None:
        return Reply("logistics", True, 0.85, weeks)  # "how many weeks have tutorials"
    kinds = _counted_kinds(q, view)
    without = bool(_WITHOUT_THIS_WEEK.search(q.text))
    with_week = bool(_WITH_THIS_WEEK.search(q.text))
    # ("after this week" is the week left out, not a place in the order)
    rest = _WITHOUT_THIS_WEEK.sub(" ", q.text)
    if not kinds or _RATE.search(q.text) or _ORDERED.search(rest) or q.subject_known:
        return None
    window = q.time.window
    if window is not None and (window.granularity == "after" or not (without or with_week)):
        return None  # "how many lectures this week", "... after this week": the window's
    if set(q.kinds) & {"lecture", "qa", "tutorial"} and kinds == {"deadline"}:
        return None
    events = [e for e in view.events if e.kind in kinds]
    if q.has("live"):
        # ("how many live sessions"): what the page gives as recorded is not held live
        events = [e for e in events if not recorded(e, view.schedule)]
    if q.time.weekday is not None:
        # ("how many tuesday sessions left"): held on that day; recorded ones have none
        held = sorted({e.start.astimezone(view.tz).weekday() for e in events if e.start})
        events = on_weekday(view, events, q.time.weekday)
        if not events and held:
            return Reply("schedule", True, 0.85, W.TALLY_NONE_ON_WEEKDAY.format(
                what=" and ".join(W.EVENT_KIND_NAMES[k] for k in _COUNTED if k in kinds),
                day=W.WEEKDAY_NAMES[q.time.weekday],
                days=", ".join(W.WEEKDAY_NAMES[d] for d in held)))
    ahead = q.asks_remaining or without or with_week or bool(re.search(
        r"\b(?:to go|yet|to watch|to do|ahead|upcoming|coming up)\b", q.text))
    several = len(kinds - in_qa_slots(view.schedule)) > 1 or not set(q.kinds) & kinds
    if not events or not (several or (ahead and kinds == {"lecture"})
                          or ((without or with_week) and kinds <= _SESSIONS)):
        # one kind in all, or a kind other than lectures still to come: the logistics and
        # session answers count those ("There are 9 tutorial topics ... in 7 sessions")
        return None
    scope, also = "", []
    if ahead:
        current = week_number_at(view, reader.now)
        if current is not None and not (without or with_week) and kinds == {"lecture"}:
            # "how many lectures are left": this week's recorded ones are out already, yet
            # maybe not watched; both counts, those after this week first
            also = [e for e in events if e.week == current and e.start is None]
            without = bool(also)
        events = still_ahead(view, events, reader.now, this_week=not without)
        if current is not None and (without or with_week):
            scope = (W.TALLY_AFTER_THIS_WEEK if without else W.TALLY_WITH_THIS_WEEK).format(
                week=current)
    # (named by the kinds asked: a panel in the Q&A slot is said so by its own note)
    named = ([k for k in _COUNTED if k in kinds & set(q.kinds)]
             or [k for k in _COUNTED if k in kinds])
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in named)
    with_also = [W.TALLY_ALSO_THIS_WEEK.format(
        count=len(also), total=len(events) + len(also), titles="; ".join(
            f"{lec.number} {lec.title}" for e in also if (lec := view.schedule.lecture(e.id))))
        ] if also else []
    if not events:
        return Reply("schedule", True, 0.85, "\n".join(
            [W.TALLY_NONE_LEFT.format(what=what, scope=scope), *with_also]), also)
    count = len(events)
    sessions = ""
    if len(named) > 1:
        # "how many sessions": counted by session (topics sharing a slot are one), by kind
        count = len(by_start(events))
        what = W.TALLY_KINDS.format(what=", ".join(
            _so_many(len(by_start(those)), k)
            for k in named if (those := [e for e in events if e.kind == k])))
    else:
        if count == 1:
            what = W.KIND_SINGULAR[named[0]]
        topics = [e for e in events if e.kind == "tutorial" and e.topic]
        if named == ["tutorial"] and (len(by_start(events)) != count or len(topics) != count):
            # several topics share a session, and a session may have none: sessions are
            # counted, with the topics between them
            count = len(by_start(events))
            what = W.TALLY_TUTORIAL_SESSIONS if count != 1 else W.TALLY_TUTORIAL_SESSION
            sessions = W.TALLY_TOPICS.format(count=len(topics), topics=(
                W.TOPIC_WORD if len(topics) == 1 else W.TOPICS_WORD)) if topics else ""
    head = (W.TALLY_LEFT.format(count=count, what=what, scope=scope, sessions=sessions) if ahead
            else W.TALLY_TOTAL.format(count=count, what=what, sessions=sessions))
    return Reply("schedule", True, 0.85, "\n".join([head, *item_lines(events, view, reader),
                                                   *with_also]), [*also, *events])


# "how many hours of live sessions", "total hours of teaching", "how much time in tutorials
# overall": the time the dated sessions take, not a count of them.
_HOURS_ASKED = re.compile(r"\b(?:how many|total|number of|how much|sum of|overall|in all)\b"
                          r"[^.?!]{0,40}?\b(?:hours?|hrs?|time)\b"
                          r"|\b(?:hours?|hrs?)\b[^.?!]{0,30}?"
                          r"\b(?:total|overall|in all|altogether)\b")
# A rate or a gap, not a total: "hours a week", "each tuesday", "between the q&a and ...".
_PER_WEEK = re.compile(r"\b(?:per|a|each|every) (?:week|wk|day|(?:mon|tue|wed|thu|fri|sat|sun)"
                       r"[a-z]*)\b|\bweekly\b|\bbetween\b")
_LIVE_WORDS = frozenset({"live", "session", "sessions", "teaching", "contact", "class",
                         "classes", "synchronous", "timetabled"})


def answer_live_hours(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The hours the page's dated sessions take (of the kinds asked, else every kind held
    live), sessions at the same time counted once, and those without a time said apart;
    still to come when asked so. None unless the time in sessions is asked."""
    if (not _HOURS_ASKED.search(q.text) or q.coursework or q.lectures or q.tutorials
            or _PER_WEEK.search(q.text) or countdown_unit(q.text)):
        return None
    asked = set(q.kinds) & _SESSIONS
    if not asked and not _LIVE_WORDS & set(q.words):
        return None
    kinds = asked or set(_SESSIONS)
    kinds = with_qa_slots(kinds, view.schedule)
    events = [e for e in view.events if e.kind in kinds]
    window = q.time.window
    if window is not None and window.granularity != "now":
        events = [e for e in events if e.start is None and window.holds_week(e.week)
                  or e.start is not None and window.start <= e.start < window.end]
    if q.asks_remaining:
        current = week_number_at(view, reader.now) or 0
        events = [e for e in events if e.start is None and (e.week or 0) >= current
                  or e.start is not None and e.start > reader.now]
    timed = sorted((e for e in events if e.start and e.end), key=lambda e: (e.start, e.id))
    if not timed:
        return None
    spans: list[list[datetime]] = []  # (sessions at the same time are one stretch)
    for e in timed:
        if spans and e.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], e.end)
        else:
            spans.append([e.start, e.end])
    minutes = sum(int((end - start).total_seconds() // 60) for start, end in spans)
    untimed = [e for e in events if e.start is None and e.kind != "lecture"]
    # A session the page gives no date but whose kind has one weekly slot is held in that
    # slot: counted at its length, and said so.
    slotted = {e: slot for e in untimed if (slot := _one_slot(e.kind, view))}
    untimed = [e for e in untimed if e not in slotted]
    minutes += sum(_slot_minutes(slot) for slot in slotted.values())
    h, m = divmod(minutes, 60)
    hours = (W.DURATION_HOURS_MINUTES if m else W.DURATION_HOURS).format(
        h=h, hs="" if h == 1 else "s", m=m, ms="" if m == 1 else "s")
    what = (" and ".join(W.EVENT_KIND_NAMES[k] for k in _COUNTED if k in asked) if asked
            else W.LIVE_SESSIONS_NAMED)
    sessions = len({(e.kind, e.start) for e in timed})  # (topics sharing a slot are one)
    if slotted:
        head = W.LIVE_HOURS_SLOTTED_LEFT if q.asks_remaining else W.LIVE_HOURS_SLOTTED
        count = sessions + len(slotted)
        lines = [head.format(hours=hours, what=what, count=count, s="" if count == 1 else "s",
                             slotted=len(slotted))]
        lines += [W.LIVE_HOURS_BY_SLOT.format(
            name=event_name(e), week=e.week, day=W.WEEKDAY_NAMES[slot.weekday],
            time=f"{slot.start:%H:%M}-{slot.end:%H:%M}") for e, slot in slotted.items()]
    else:
        lines = [(W.LIVE_HOURS_LEFT if q.asks_remaining else W.LIVE_HOURS).format(
            hours=hours, what=what, count=sessions, s="" if sessions == 1 else "s")]
    if untimed:
        lines.append(W.LIVE_HOURS_UNTIMED.format(names=", ".join(
            f"{event_name(e)} (week {e.week})" for e in untimed)))
    if "lecture" in kinds and any(e.kind == "lecture" and e.start is None for e in view.events):
        lines.append(W.LIVE_HOURS_RECORDED)
    return Reply("schedule", True, 0.85, "\n".join([*lines, *view.event_lines(timed, reader)]),
                 timed)


def _one_slot(kind: str, view: CourseView) -> Slot | None:
    """The timetable's weekly slot for a kind of session, when it has exactly one."""
    slots = [sl for sl in view.schedule.course.timetable if sl.kind == kind]
    return slots[0] if len(slots) == 1 else None


def _slot_minutes(slot: Slot) -> int:
    day = datetime(2000, 1, 3)  # (any day: a slot is a stretch of clock time)
    return int((datetime.combine(day, slot.end) - datetime.combine(day, slot.start))
               .total_seconds() // 60)


def _so_many(count: int, kind: str) -> str:
    return f"{count} {W.KIND_ONE_COUNTED[kind] if count == 1 else W.EVENT_KIND_NAMES[kind]}"


def item_lines(events: list[Event], view: CourseView, reader: Reader) -> list[str]:
    """Lectures a line per week (number and title; a live one with its time), the rest one
    line per session as elsewhere."""
    lines = []
    lectures = [e for e in events if e.kind == "lecture"]
    for week in weeks_of(lectures):
        titles = []
        for e in lectures:
            lec = view.schedule.lecture(e.id)
            if e.week != week or lec is None:
                continue
            titles.append(W.TALLY_LIVE.format(number=lec.number, title=lec.title,
                                              when=view.when(e, reader)) if e.start
                          else f"{lec.number} {lec.title}")
        lines.append(W.TALLY_WEEK_LECTURES.format(week=week, span=view.week_span(week),
                                                  titles="; ".join(titles)))
    rest = sorted((e for e in events if e.kind != "lecture"),
                  key=lambda e: (e.start is None and e.week is None, e.start or _week_at(view, e),
                                 e.id))
    return lines + view.event_lines(rest, reader)


def _week_at(view: CourseView, e: Event) -> datetime:
    week = view.schedule.week(e.week) if e.week is not None else None
    day = week.starts if week else view.schedule.weeks[-1].starts
    return datetime.combine(day, datetime.min.time(), tzinfo=view.tz) + timedelta(days=6)


# "which weeks is X around", "when is X involved": the weeks a person is on the page.
_PRESENCE = frozenset({"around", "involved", "present", "active", "appear", "appears",
                       "show", "shows", "turn", "turns", "about"})


def answer_person_weeks(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The weeks a named person is on the page, then what they are named for. None unless a
    person is asked about by week or presence, with no kind, task or time narrowing it."""
    if (len(q.staff) != 1 or q.kinds or q.coursework or q.lectures or q.tutorials
            or q.time.window is not None):
        return None
    words = set(q.words)
    by_week = q.has("week_word") and bool(words & {"which", "what", "weeks"})
    if not by_week and not (words & _PRESENCE and words & {"when", "which", "what"}):
        return None
    name = q.staff[0]
    theirs = staff_events(view, name)
    if not theirs:
        return None
    in_week = {e.id: weeks_named(view, e, name) for e in theirs}
    weeks = sorted({w for ws in in_week.values() for w in ws})
    head = W.PERSON_WEEKS.format(name=name, count=len(weeks),
                                 weeks_word="week" if len(weeks) == 1 else "weeks",
                                 weeks=", ".join(str(w) for w in weeks))
    lines = [head]
    for week in weeks:
        named = "; ".join(_role(e, view, reader) for e in theirs if week in in_week[e.id])
        lines.append(W.PERSON_WEEK_LINE.format(week=week, what=named))
    return Reply("people", True, 0.85, "\n".join(lines), theirs)


def _role(e: Event, view: CourseView, reader: Reader) -> str:
    when = view.when(e, reader) if e.start else ""
    if e.kind == "deadline":
        return W.PERSON_WEEK_ASSESSES.format(title=event_name(e).removesuffix(" deadline"),
                                            when=when)
    return event_name(e) + (f" ({when})" if when else "")


# What to have watched before a session: "which lectures before the week 5 tutorial", "what
# should i watch before tutorial 7", "what was covered up to 10 feb".
_BEFORE = re.compile(r"\b(?:before|prior to|ahead of|in time for|prepare for|ready for|"
                     r"prep for|preparing for|(?:know|review|revise|catch up on) for)\b")
_WATCHED = re.compile(r"\b(?:watch\w*|seen|lectures?|lecs?|videos?|vids?|recordings?|"
                      r"covered|cover|have had|learn\w*|taught|released|"
                      # what to have caught up on ("what should i catch up on before the
                      # week 3 tutorial", "what do i need to know for ...")
                      r"catch(?:ing)? up|brush(?:ing)? up|review|revise|go(?:ing)? over|"
                      r"know)\b")
_EITHER_SIDE = re.compile(r"\bbefore or after\b|\bafter or before\b")
_UP_TO = re.compile(r"\b(?:up to|up till|up until|until|till|til|by|as of|through|thru)\b")


# The one lecture nearest before, not all of them up to it.
# ("the lecture before cw1 is due": one lecture named in the singular right before the word)
_ONE_BEFORE = re.compile(r"\b(?:right|just|straight|immediately|directly)\s+before\b"
                         r"|\b(?:last|final|latest|the)\s+(?:lecture|lec|video)\s+before\b")


def answer_watch_before(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The lectures of a session's week and the weeks before it (a live one of that week
    only when it comes first), or those released up to a day. None unless the question asks
    what to have watched or what was covered before a named session or up to a day."""
    if q.staff or q.lectures or _EITHER_SIDE.search(q.text) or not _WATCHED.search(q.text):
        return None  # (a lecture named is set against the session: answer_order's)
    if _ONE_BEFORE.search(q.text):
        return None  # ("the lecture right before the week 7 tutorial": one, answer_anchored's)
    target = _session_before(q, view, reader)
    if target is not None:
        if target.week is None:
            return None
        lectures = lectures_through(view, target.week, target.start)
        head = W.WATCH_BEFORE.format(what=_target_name(target, view, reader), week=target.week,
                                     count=len(lectures))
        shared = [e for e in view.events if e.kind == target.kind and e.start is not None
                  and e.start == target.start] or [target]  # two tutorials in one slot
        return Reply("schedule", True, 0.85, "\n".join([head, *item_lines(lectures, view, reader)]),
                     [*shared, *lectures])
    window = q.time.window
    if (window is None or not _UP_TO.search(q.text) or q.kinds - {"lecture"}
            or window.granularity not in ("day", "week")):
        return None
    day = window.start.astimezone(reader.tz).replace(tzinfo=view.tz)  # the day they name
    week = week_number_at(view, day)
    if week is None:
        first = view.schedule.weeks[0]
        if day.astimezone(view.tz).date() < first.starts:
            lecture_weeks = weeks_of([e for e in view.events if e.kind == "lecture"])
            return Reply("schedule", True, 0.8, W.COVERED_BEFORE_TERM.format(
                week=lecture_weeks[0], span=view.week_span(lecture_weeks[0])))
        return None
    lectures = lectures_through(view, week, day + timedelta(days=1))
    head = W.COVERED_UP_TO.format(day=format_day_date(day.astimezone(view.tz).date()),
                                  week=week, count=len(lectures))
    return Reply("schedule", True, 0.85, "\n".join([head, *item_lines(lectures, view, reader)]),
                 lectures)


def _session_before(q: Query, view: CourseView, reader: Reader) -> Event | None:
    """The session or deadline the question asks what comes before: one named after "before"
    ("before tutorial 7", "before the batch norm tutorial", "before the week 5 Q&A", "before
    the next tutorial", "before cw2 is due")."""
    window = q.time.window
    if not (m := _BEFORE.search(q.text)):
        return None
    if window is not None and window.granularity == "day":
        return _session_on_day(q, view, reader)
    if q.tutorials:
        return view.schedule.event(q.tutorials[0])
    if q.coursework:
        return view.schedule.event(q.coursework[0])
    kinds = set(q.kinds) - {"lecture"}
    if not kinds:
        return None
    asked = dataclasses.replace(q, kinds=kinds)
    found = [e for e in named_events(asked, view, reader, limit=1) if e.kind in kinds]
    if not found and kinds == {"tutorial"}:
        # "before the tut on attention": the tutorial the words after "before" name
        tail = re.split(r"[.?!,;:(]", q.text[m.end():], maxsplit=1)[0]
        found = anchor_named(" ".join(W.KIND_SINGULAR["tutorial"] if w in CUES["tutorial"]
                                      else w for w in tail.split()), view, "before")
        # ("the rnn tut": its lectures match better, the tutorial on them well enough)
        found = found or [e for m in q.topic_matches[:3] if m.item.kind == "tutorial"
                          and m.score >= MATCH_THRESHOLD
                          and (e := view.schedule.event(m.item.id)) is not None][:1]
    return found[0] if found else None


def _session_on_day(q: Query, view: CourseView, reader: Reader) -> Event | None:
    """The one session (or sessions sharing a slot) of the kind asked on the day named
    ("before the Q&A on the 16th", "before the tutorial tomorrow")."""
    window = q.time.window
    kinds = set(q.kinds) - {"lecture"}
    if window is None or not kinds:
        return None
    on_day = [e for e in view.events if e.kind in kinds and e.start is not None
              and window.start <= e.start < window.end]
    if len({e.start for e in on_day}) != 1:
        return None
    return on_day[0]


# "what happens right after the week 6 Q&A", "what comes after the cw2 deadline": the next
# dated thing of any kind (a kind asked for, "which tutorial is after", is next_to_named's).
_WHAT_NEXT_TO = re.compile(r"\b(?:what|whats|anything)(?:'s| is| else)?\s+(?:(?:happens?|comes?|"
                           r"is on|on|going on|follows?|scheduled|there|do we have)\s+)?"
                           r"(?:(?:right|just|straight|immediately|directly) )?"
                           r"(after|before|following)\b")


def answer_what_follows(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The dated thing right after (or before) the one session or deadline named, whatever
    its kind, with any sharing its start. None unless the question asks what comes next to
    one dated thing it names."""
    m = _WHAT_NEXT_TO.search(q.text)
    if m is None or next_to_named(q, view) is not None:
        return None
    named = [e for e in named_events(q, view, reader, limit=2) if e.start is not None]
    if len(named) != 1:
        return None
    anchor = named[0]
    assert anchor.start is not None
    after = m.group(1) != "before"
    beside = dated_beside(view, [anchor], "after" if after else "before")
    title = event_name(anchor)
    if anchor.kind not in ("lecture", "tutorial", "deadline"):
        title = W.SESSION_ON_DAY.format(title=title, day=format_day_date(
            anchor.start.astimezone(view.tz).date()))
    if not beside:
        template = W.NOTHING_DATED_AFTER if after else W.NOTHING_DATED_BEFORE
        return Reply("schedule", True, 0.85, template.format(title=title), [anchor])
    head = (W.AFTER_SESSION if after else W.BEFORE_SESSION).format(title=title)
    return Reply("schedule", True, 0.9, "\n".join([head, *view.event_lines(beside, reader)]),
                 beside)


def _target_name(e: Event, view: CourseView, reader: Reader) -> str:
    return event_name(e) + (f", {view.when(e, reader)}" if e.start else "")


def answer_kinds_tallied(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"If I turn up to every Q&A, how many is that", "the tally of tutorials": the kinds
    asked counted over the course, kind by kind, with the items; the reading of last resort
    for a count the part's own reading left unanswered. None when no kind is counted or
    something else narrows it (a person, a task, a time, those left)."""
    if (not q.asks_count or not q.kinds or q.staff or q.coursework or q.lectures or q.tutorials
            or q.time.window is not None or q.asks_remaining or _RATE.search(q.text)
            or q.has("week_word")):
        return None
    events = [e for e in view.events if e.kind in with_qa_slots(q.kinds, view.schedule)]
    if not events:
        return None
    head = W.TALLY_BY_KIND.format(what=so_many_by_kind(events)[1])
    return Reply("schedule", True, 0.8, "\n".join([head, *item_lines(events, view, reader)]),
                 events)
