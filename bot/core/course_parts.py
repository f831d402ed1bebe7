"""The course's own parts of the bot's sentences, from its schedule: which lectures are live,
how its lectures are numbered, example questions, where sessions are held.

The sentences are in `wording.py`; what fills them in is worked out here, so no sentence
states a fact of one course.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.core import wording as W
from bot.schedule.kinds import EVENT_KINDS
from bot.schedule.model import Event, Lecture, Schedule


def lecture_span(s: Schedule) -> str:
    """"01 to 12 including 7b": the numbered run, and numbers outside it by name."""
    plain = [lec.number for lec in s.lectures if lec.number.isdigit()]
    extra = [lec.number for lec in s.lectures if not lec.number.isdigit()]
    if not plain:
        return ", ".join(extra)
    span = W.LECTURE_SPAN.format(first=plain[0], last=plain[-1])
    return span + (W.LECTURE_SPAN_EXTRA.format(extra=", ".join(extra)) if extra else "")


def lecture_numbers(s: Schedule, ids: list[str]) -> str:
    """"lectures 01-09" when the ids are a run of the schedule's lectures, else a list."""
    chosen = [i for i, lec in enumerate(s.lectures) if lec.id in set(ids)]
    if not chosen:
        return ""
    numbers = [s.lectures[i].number for i in chosen]
    if len(chosen) > 2 and chosen == list(range(chosen[0], chosen[-1] + 1)):
        return W.LECTURE_NUMBERS.format(numbers=f"{numbers[0]}-{numbers[-1]}")
    return W.LECTURE_NUMBERS.format(numbers=", ".join(numbers))


def live_lectures(s: Schedule) -> list[Lecture]:
    return [lec for lec in s.lectures if lec.delivery == "live"]


def recorded(e: Event, s: Schedule) -> bool:
    """Whether the page gives this event as a pre-recorded lecture (not held live)."""
    lec = s.lecture(e.id) if e.kind == "lecture" else None
    return lec is not None and lec.delivery != "live"


def live_except(s: Schedule) -> str:
    """"; only lecture 05 is live", or nothing when no lecture is."""
    live = live_lectures(s)
    if not live:
        return ""
    template = W.LIVE_EXCEPT_ONE if len(live) == 1 else W.LIVE_EXCEPT_MANY
    return template.format(numbers=", ".join(lec.number for lec in live))


def live_slot(s: Schedule) -> str:
    """"; the live lecture 05 is in a 60-minute slot", or nothing."""
    live = [lec for lec in live_lectures(s) if lec.start is not None]
    if not live:
        return ""
    template = W.LIVE_LECTURE_SLOT_ONE if len(live) == 1 else W.LIVE_LECTURE_SLOT_MANY
    return template.format(numbers=", ".join(lec.number for lec in live),
                           minutes=s.course.session_minutes)


def all_lectures_timed(s: Schedule) -> bool:
    return bool(s.lectures) and all(lec.start is not None for lec in s.lectures)


def staff_named(s: Schedule) -> str:
    """What the page names staff for: "Q&A sessions, tutorials, live lectures and coursework"."""
    kinds = {e.kind for e in s.events() if e.staff}
    names = [W.STAFF_NAMED_LECTURES if k == "lecture" else
             W.STAFF_NAMED_COURSEWORK if k == "deadline" else W.EVENT_KIND_NAMES[k]
             for k in EVENT_KINDS if k in kinds]
    return join(names)


def staff_unknown(s: Schedule) -> str:
    return W.STAFF_UNKNOWN.format(named=staff_named(s))


def in_qa_slots(s: Schedule) -> set[str]:
    """Panels held in the timetable's Q&A slot (one taking a Q&A's place): asked for the
    Q&As, they are shown too. Lectures and tutorials are series of their own."""
    slots = {(sl.day, sl.start) for sl in s.course.timetable if sl.kind == "qa"}
    return {e.kind for e in s.events() if e.kind == "panel" and e.start
            and (f"{e.start:%a}", e.start.time()) in slots}


def end_given(e: Event, s: Schedule) -> bool:
    """Whether the page gives the session's end: it sits in a timetable slot of its kind (a
    panel in the Q&A slot counts as a Q&A), which has an end. Otherwise only its start is
    on the page and its end is the loader's `session_minutes` guess."""
    if e.start is None or e.end is None:
        return False
    kinds = {e.kind, "qa"} if e.kind in in_qa_slots(s) else {e.kind}
    local = e.start.astimezone(s.tz)
    return any(sl.kind in kinds and sl.weekday == local.weekday() and sl.start == local.time()
               and e.end.astimezone(s.tz).time() == sl.end for sl in s.course.timetable)


def next_start(e: Event, s: Schedule) -> Event | None:
    """The next session that starts later on the same day as `e` (it bounds how long `e`
    can run), or None."""
    if e.start is None:
        return None
    day = e.start.astimezone(s.tz).date()
    later = [o for o in s.events() if o.kind != "deadline" and o.start is not None
             and o.start > e.start and o.start.astimezone(s.tz).date() == day]
    return min(later, key=lambda o: o.start, default=None)  # type: ignore[arg-type,return-value]


def with_qa_slots(kinds: Iterable[str], s: Schedule) -> set[str]:
    """The kinds asked, with the panels held in the Q&A slot (`in_qa_slots`) when the Q&As
    are among them."""
    asked = set(kinds)
    return asked | in_qa_slots(s) if "qa" in asked else asked


def session_places(s: Schedule) -> list[str]:
    """"Q&A sessions, tutorials and live lectures: MS Teams": one line per place."""
    kinds_at: dict[str, list[str]] = {}
    for e in s.events():
        if e.location and e.kind != "deadline":
            kinds = kinds_at.setdefault(e.location, [])
            if e.kind not in kinds:
                kinds.append(e.kind)
    lines = []
    for place, kinds in kinds_at.items():
        names = [W.STAFF_NAMED_LECTURES if k == "lecture" and not all_lectures_timed(s)
                 else W.EVENT_KIND_NAMES[k] for k in EVENT_KINDS if k in kinds]
        what = join(names)
        lines.append(W.WHERE_SESSIONS.format(what=what[0].upper() + what[1:], place=place))
    return lines or [W.WHERE_SESSIONS_UNKNOWN]


def timetabled_kinds(s: Schedule) -> str:
    """"Q&A sessions and tutorials": the kinds with a weekly slot."""
    kinds = {sl.kind for sl in s.course.timetable}
    names = join([W.EVENT_KIND_NAMES[k] for k in EVENT_KINDS if k in kinds])
    return names[0].upper() + names[1:] if names else ""


def event_name(e: Event) -> str:
    """What the course page calls an event, without the schedule file's own ids (a Q&A's
    "QA-W4" is no name a student has seen): a lecture or deadline by its title, a tutorial
    by its number and topic ("Tutorial T09 GCNs"), a session by its title."""
    if e.topic:
        return f"{e.title} {e.id} {e.topic}"
    return e.title


def join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def help_examples(s: Schedule) -> dict[str, str]:
    """Blanks of the example questions in help, filled with this course's things, each one
    the bot can answer: its coursework, a session kind it has, a week, a topic, an item."""
    cw = (s.coursework[min(1, len(s.coursework) - 1)].id.lower() if s.coursework
          else W.EXAMPLE_COURSEWORK)
    timed = [e for e in s.events() if e.start and e.kind in ("qa", "tutorial", "lecture")]
    counts = Counter(e.kind for e in timed)
    kind = max(("qa", "tutorial", "lecture"), key=lambda k: (counts[k], k == "qa"))
    staffed = [e for e in timed if e.kind == kind and e.staff and e.week is not None]
    week = staffed[len(staffed) // 2].week if staffed else s.weeks[len(s.weeks) // 2].number
    topics = [t for t in s.tutorials if t.topic]
    item = (topics[len(topics) // 2].id if topics
            else W.EXAMPLE_LECTURE.format(number=s.lectures[len(s.lectures) // 2].number)
            if s.lectures else W.EXAMPLE_COURSEWORK)
    return {"coursework": cw, "session": W.KIND_SINGULAR[kind],
            "sessions": W.EVENT_KIND_NAMES[kind], "week": str(week), "topic": example_topic(s),
            "item": item}


def example_topic(s: Schedule) -> str:
    """A topic to ask about: a one-word lecture title from the middle of the course."""
    single = [lec.title for lec in s.lectures
              if re.fullmatch(r"[A-Za-z][\w-]*", lec.title) and not lec.title.endswith("s")]
    titles = single or [lec.title for lec in s.lectures]
    return titles[len(titles) // 2].lower() if titles else W.EXAMPLE_TOPIC
