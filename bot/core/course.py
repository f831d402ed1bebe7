"""A schedule with everything derived from it that answering needs, built once per version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np

from bot.core import wording as W
from bot.core.course_parts import end_given
from bot.core.embedding import Embedder, model_vocabulary
from bot.core.text import normalize, tokens
from bot.core.timefmt import format_day_date, format_instant, format_span
from bot.core.topics import TopicIndex
from bot.core.understand import Understander
from bot.knowledge.index import KnowledgeIndex
from bot.nlu.model import IntentModel
from bot.nlu.pipeline import Understanding
from bot.nlu.policy import DEFAULT_IS_PERSONAL, IsPersonal
from bot.schedule.model import Event, Schedule


@dataclass
class Reader:
    """Who is reading: their zone and now."""

    now: datetime
    tz: ZoneInfo


# A word of the notes' prose, not a LaTeX command ("frac" of "\\frac").
_NOTES_WORD = re.compile(r"(?<![\\a-z])[a-z]{3,}")


def _notes_words(knowledge: KnowledgeIndex | None) -> dict[str, int]:
    """How often the notes use each word."""
    counts: dict[str, int] = {}
    for chunk in knowledge.chunks if knowledge is not None else ():
        for word in _NOTES_WORD.findall(chunk.text.lower()):
            counts[word] = counts.get(word, 0) + 1
    return counts


def understander_for(schedule: Schedule, embedder: Embedder | None = None,
                     knowledge: KnowledgeIndex | None = None) -> Understander:
    """The parser as answering uses it: typos corrected towards the schedule's words and those
    the notes use more than once (five letters or more), never into a word the embedding
    model's vocabulary knows, and no word of the notes ("relu", "lstm") corrected at all."""
    english = model_vocabulary(embedder.model_dir if embedder else None)
    counts = _notes_words(knowledge)
    targets = frozenset(w for w, n in counts.items() if n > 1 and len(w) >= 5)
    return Understander(schedule, english, targets, real_words=frozenset(counts))


class CourseView:
    def __init__(self, schedule: Schedule, embedder: Embedder | None = None,
                 knowledge: KnowledgeIndex | None = None,
                 intent_model: IntentModel | None = None,
                 is_personal: IsPersonal = DEFAULT_IS_PERSONAL):
        self.schedule = schedule
        self.knowledge = knowledge
        self.understander = understander_for(schedule, embedder, knowledge)
        self.topics = TopicIndex(schedule, embedder)
        self.nlu = (Understanding(self.understander, self.topics, intent_model, embedder,
                                  self.notes_confidence, is_personal,
                                  material_confidence=self.material_confidence,
                                  question_vector=self.question_vector,
                                  notes_texts=self.embedded_texts)
                    if intent_model else None)
        self.tz = schedule.tz
        self.events = schedule.events()
        self.timed = sorted((e for e in self.events if e.start), key=lambda e: (e.start, e.id))
        # The words of what the page lists (its events' titles and topics, read as questions
        # are): a thing it names is no thing it lacks ("office hours" of a course that holds them).
        self.listed_words = frozenset(
            w for e in self.events for text in (e.title, e.topic or "")
            for w in tokens(normalize(text)))

    def notes_confidence(self, q) -> float:
        """How likely the best passage of the notes answers the question (0 without notes)."""
        if self.knowledge is None:
            return 0.0
        from bot.core.handlers.notes import search_notes  # the handlers import this module

        return search_notes(q, self)[1]

    def material_confidence(self, q) -> float:
        """As `notes_confidence`, over the notes that teach (the admin notes and overviews,
        which restate the course page, left out)."""
        if self.knowledge is None:
            return 0.0
        from bot.core.handlers.notes import search_notes

        return search_notes(q, self, admin=False)[1]

    def question_vector(self, q) -> np.ndarray | None:
        """The question's embedding as the notes are searched with it (None without notes):
        the topic search takes it too, so the model reads a question once."""
        if self.knowledge is None:
            return None
        from bot.core.handlers.notes import question_vector

        return question_vector(q, self)

    def embedded_texts(self, q) -> list[str]:
        """The texts the notes embed for the question, `question_vector`'s first (so that
        they can share a forward pass with the texts understanding reads)."""
        from bot.core.handlers.notes import embedded_texts

        return embedded_texts(q, self)

    # Formatting -------------------------------------------------------------------------
    def when(self, e: Event, reader: Reader) -> str:
        """Its start and end, or its start alone when the page gives no end (`end_given`)."""
        assert e.start is not None
        end = e.end if end_given(e, self.schedule) else None
        return format_span(e.start, end, reader.tz, self.tz)

    def instant(self, dt: datetime, reader: Reader) -> str:
        return format_instant(dt, reader.tz, self.tz)

    def ta_offer(self) -> str:
        """Who can tell what the page does not: a TA, or the course's forum."""
        forum = self.schedule.course.forum
        return W.NOT_ON_PAGE_TA.format(forum=forum.name, forum_course=forum.course_name)

    def week_span(self, number: int) -> str:
        week = self.schedule.week(number)
        if week is None:
            return ""
        end = week.starts + timedelta(days=6)
        return f"{week.starts.day} {week.starts:%b} - {end.day} {end:%b %Y}"

    def week_of_day(self, day: date, today: bool) -> tuple[str, bool]:
        """Which course week a day is in ("what week is it", "which week is 10 feb in"),
        and whether it is in one."""
        s = self.schedule
        week = s.week_of(day)
        if week is None:
            first, last = s.weeks[0], s.weeks[-1]
            text = (W.NOT_IN_TERM if today else W.DAY_NOT_IN_TERM).format(
                today=format_day_date(day), day=format_day_date(day), first=first.number,
                start=format_day_date(first.starts), end=format_day_date(last.starts),
                last=last.number)
            return text, False
        text = (W.WEEK_NOW.format(week=week.number, span=self.week_span(week.number)) if today
                else W.WEEK_OF_DAY.format(day=format_day_date(day), week=week.number,
                                          span=self.week_span(week.number)))
        return (f"{text} {week.note}" if week.note else text), True

    def event_line(self, e: Event, reader: Reader) -> str:
        topic = W.TOPIC_PART.format(topic=f"{e.id} {e.topic}") if e.topic else ""
        staff_part, place_part = ((W.ASSESSED_PART, W.SUBMIT_PART) if e.kind == "deadline"
                                  else (W.STAFF_PART, W.PLACE_PART))
        staff = staff_part.format(staff=", ".join(e.staff)) if e.staff else ""
        place = place_part.format(place=e.location) if e.location else ""
        title = e.title
        if e.start is None:
            return W.EVENT_LINE_UNTIMED.format(week=e.week, week_span=self.week_span(e.week or 0),
                                               title=title, topic=topic, staff=staff, place=place)
        return W.EVENT_LINE.format(when=self.when(e, reader), title=title, topic=topic,
                                   staff=staff, place=place)

    def lecture_line(self, e: Event, reader: Reader) -> str:
        """A lecture with how it is delivered: live with its time, or its week."""
        lec = self.schedule.lecture(e.id)
        assert lec is not None
        if e.start is not None:
            return W.LECTURE_LIVE.format(number=lec.number, title=lec.title,
                                         when=self.when(e, reader), staff=", ".join(e.staff),
                                         place=e.location or "online")
        return W.LECTURE_INFO.format(number=lec.number, title=lec.title, delivery=lec.delivery,
                                     week=lec.week, span=self.week_span(lec.week))

    def event_lines(self, events: list[Event], reader: Reader) -> list[str]:
        """Lines for events, tutorials at the same time folded into one line."""
        lines: list[str] = []
        notes: list[str] = []
        i = 0
        while i < len(events):
            e = events[i]
            group = [e]
            while (e.kind == "tutorial" and i + len(group) < len(events)
                   and events[i + len(group)].kind == "tutorial"
                   and events[i + len(group)].start == e.start):
                group.append(events[i + len(group)])
            if len(group) > 1:
                topics = ", ".join(f"{g.id} {g.topic}" for g in group if g.topic)
                merged = Event(e.id, e.kind, e.title, e.start, e.end, e.week, e.staff, e.location,
                               e.uncertain, None)
                line = self.event_line(merged, reader)
                line = line.replace(e.title, f"{e.title} ({topics})", 1)
                lines.append(line)
            else:
                lines.append(self.event_line(e, reader))
            for g in group:
                if g.uncertain and g.uncertain not in notes:
                    notes.append(g.uncertain)
            i += len(group)
        slots = [s for e in events if (s := self.timetable_slot(e, reader))]
        return lines + [W.UNCERTAIN.format(note=n) for n in notes] + list(dict.fromkeys(slots))

    def slot_start(self, e: Event) -> datetime | None:
        """For a session the page lists with no time: the start of its kind's only weekly
        timetable slot in its week (where the page's timetable places it), else None."""
        slots = [sl for sl in self.schedule.course.timetable if sl.kind == e.kind]
        week = self.schedule.week(e.week) if e.week is not None else None
        if e.start is not None or len(slots) != 1 or week is None:
            return None
        day = week.starts + timedelta(days=slots[0].weekday)
        return datetime.combine(day, slots[0].start, tzinfo=self.tz)

    def timetable_slot(self, e: Event, reader: Reader) -> str:
        """For a session the page lists with no time: where the page's regular timetable
        puts its kind that week ("Q&As are timetabled <weekday> <hours>: in week N that
        is <that weekday's date>"), said as the timetable's slot, not a time the page gives
        it; "" if none."""
        slots = [sl for sl in self.schedule.course.timetable if sl.kind == e.kind]
        week = self.schedule.week(e.week) if e.week is not None else None
        if e.start is not None or len(slots) != 1 or week is None:
            return ""
        slot = slots[0]
        day = week.starts + timedelta(days=slot.weekday)
        start = datetime.combine(day, slot.start, tzinfo=self.tz)
        end = datetime.combine(day, slot.end, tzinfo=self.tz)
        return W.UNTIMED_IN_SLOT.format(what=W.EVENT_KIND_NAMES[e.kind], week=e.week,
                                        when=format_span(start, end, reader.tz, self.tz))

