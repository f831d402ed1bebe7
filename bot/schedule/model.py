"""Typed model of a course schedule.

Field types drive validation in `loader.py`: naive `datetime`/`time` values are in the
course time zone. `Schedule.events()` turns the per-kind lists into one list of
time-zone-aware `Event`s, which is what the answering core works with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Literal, get_args
from zoneinfo import ZoneInfo

from bot.schedule.kinds import EventKind, SessionKind
from bot.schedule.vocabulary import Vocabulary

Weekday = Literal["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS: tuple[Weekday, ...] = get_args(Weekday)  # Monday first, as date.weekday() counts


@dataclass(frozen=True)
class Slot:
    day: Weekday
    start: time
    end: time
    kind: SessionKind

    @property
    def weekday(self) -> int:
        """The slot's day as `date.weekday()` counts it (Monday 0)."""
        return WEEKDAYS.index(self.day)


@dataclass(frozen=True)
class Term:
    """A word of the course's format ("Q&A session", the submission system) and what the
    course page itself says it is; `kind` when it names a kind of session."""
    names: list[str]
    means: str
    kind: SessionKind | None = None


@dataclass(frozen=True)
class Forum:
    name: str
    course_name: str


@dataclass(frozen=True)
class Support:
    """Where someone who may be in danger is pointed: the university's support services and
    the emergency number, as whoever runs the bot sets them (not from the course page)."""
    services: list[str] = field(default_factory=list)  # "<name> (<how to reach it>)"
    emergency: str | None = None  # "999 (UK)"
    # Where a symptom that is not an emergency is taken ("NHS 111 or your GP").
    health: str | None = None
    # Who gives free advice on a legal, housing or money problem ("the Union's Advice Centre").
    advice: str | None = None


@dataclass(frozen=True)
class Course:
    code: str
    title: str
    term: str
    timezone: str
    mode: Literal["online", "in person", "hybrid"]  # how the course runs
    delivery: list[str]
    timetable: list[Slot]
    timetable_note: str
    materials_locations: list[str]
    materials_note: str
    revision_notes: str
    forum: Forum
    book: str
    gpu_advice: str
    gpu_services: list[str]
    # How students of the course write a date in digits: 3/6 is 3 June or 6 March.
    numeric_dates: Literal["day/month", "month/day"]
    # Length of a Q&A or tutorial when the page only gives its start (the timetabled slots).
    session_minutes: int = 60
    # What the page says the words of its format mean ("what is a Q&A session").
    terms: list[Term] = field(default_factory=list)
    # The university's support for a student in crisis; none: the reply names them generically.
    support: Support | None = None


@dataclass(frozen=True)
class Assessment:
    exam_weight: int
    coursework_weight: int
    coursework_count: int
    coursework_individual: bool
    coursework_assessed: str
    submission_via: str
    submission_contents: str
    notebooks_note: str
    examinable_marked: list[str]
    examinable_unmarked: list[str]
    examinable_note: str
    # What sets the lectures in `examinable_marked` apart ("its examinable material is
    # marked with exclamation marks"); required when there are any.
    examinable_marking: str | None = None


@dataclass(frozen=True)
class Week:
    number: int
    starts: date
    note: str | None = None


@dataclass(frozen=True)
class Lecture:
    id: str
    number: str
    title: str
    week: int
    delivery: Literal["pre-recorded", "live"]
    start: datetime | None = None
    staff: list[str] = field(default_factory=list)
    location: str | None = None


@dataclass(frozen=True)
class Material:
    id: str
    kind: Literal["notes", "slides", "paper", "notebook"]
    title: str
    week: int
    lectures: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass(frozen=True)
class Session:
    """A Q&A session, a tutorial or the panel. `start` is None where the page gives no time."""

    id: str
    week: int
    title: str
    start: datetime | None = None
    staff: list[str] = field(default_factory=list)
    location: str | None = None
    uncertain: str | None = None


@dataclass(frozen=True)
class Tutorial(Session):
    topic: str | None = None


@dataclass(frozen=True)
class AssessorListing:
    week: int
    staff: list[str]


@dataclass(frozen=True)
class Coursework:
    id: str
    number: int
    title: str
    deadline: datetime
    listed_in_weeks: list[int]
    assessors: list[AssessorListing]
    uncertain: str | None = None


@dataclass(frozen=True)
class Quiz:
    id: str
    week: int
    title: str
    note: str | None = None
    purpose: str | None = None  # what the page says it is for ("test your knowledge")


@dataclass(frozen=True)
class Event:
    """One dated (or at least week-placed) thing a student can ask about."""

    id: str
    kind: EventKind
    title: str
    start: datetime | None
    end: datetime | None
    week: int | None
    staff: tuple[str, ...] = ()
    location: str | None = None
    uncertain: str | None = None
    topic: str | None = None


@dataclass(frozen=True)
class Schedule:
    course: Course
    assessment: Assessment
    weeks: list[Week]
    lectures: list[Lecture]
    materials: list[Material]
    qa_sessions: list[Session]
    tutorials: list[Tutorial]
    panels: list[Session]
    coursework: list[Coursework]
    quizzes: list[Quiz]
    # From the vocabulary file beside the schedule (`loader.load_schedule`), not from it.
    vocabulary: Vocabulary = field(default_factory=Vocabulary, metadata={"yaml": False})

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.course.timezone)

    def localize(self, naive: datetime) -> datetime:
        return naive.replace(tzinfo=self.tz)

    def week_of(self, day: date) -> Week | None:
        for week in self.weeks:
            if week.starts <= day < week.starts + timedelta(days=7):
                return week
        return None

    def week(self, number: int) -> Week | None:
        return next((w for w in self.weeks if w.number == number), None)

    def lecture(self, lecture_id: str) -> Lecture | None:
        return next((lec for lec in self.lectures if lec.id == lecture_id), None)

    def _slot(self, naive: datetime | None) -> tuple[datetime | None, datetime | None]:
        """Start and end of a timed session (a timetabled slot long), or (None, None)."""
        if naive is None:
            return None, None
        start = self.localize(naive)
        return start, start + timedelta(minutes=self.course.session_minutes)

    def _session_event(self, s: Session, kind: EventKind) -> Event:
        topic = s.topic if isinstance(s, Tutorial) else None
        return Event(s.id, kind, s.title, *self._slot(s.start), s.week, tuple(s.staff),
                     s.location, s.uncertain, topic)

    @cached_property
    def _events(self) -> tuple[Event, ...]:
        events = [Event(lec.id, "lecture", f"Lecture {lec.number}: {lec.title}",
                        *self._slot(lec.start), lec.week, tuple(lec.staff), lec.location)
                  for lec in self.lectures]
        events += [self._session_event(s, "qa") for s in self.qa_sessions]
        events += [self._session_event(s, "tutorial") for s in self.tutorials]
        events += [self._session_event(s, "panel") for s in self.panels]
        for cw in self.coursework:
            staff = tuple(dict.fromkeys(n for a in cw.assessors for n in a.staff))
            week = self.week_of(cw.deadline.date())
            events.append(Event(cw.id, "deadline", f"{cw.title} deadline",
                                self.localize(cw.deadline), None, week.number if week else None,
                                staff, self.assessment.submission_via, cw.uncertain))
        events += [Event(q.id, "quiz", q.title, None, None, q.week, (), None, q.note)
                   for q in self.quizzes]
        return tuple(events)

    def events(self) -> tuple[Event, ...]:
        return self._events

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self._events if e.id == event_id), None)
