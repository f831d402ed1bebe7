"""A question's premises (weekday, date, part of the day, clock time with its zone, person)
taken out once, and one check of them against the events a reply lists.

Handlers decide their own Yes/No leads; this is the one place that makes sure a lead never
contradicts the listing that follows it (`checked_lead`): a Yes stands only when every
premise said holds for the events listed, becomes a No naming the premise that fails, and is
dropped (the facts alone) when a premise cannot be checked against what is listed. A premise
stated without a yes/no ("since the tutorial is on monday, ...") is corrected first
(`stated_premise`)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, tzinfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import with_qa_slots
from bot.core.hand_in_said import states_hand_in
from bot.core.handlers import Reply
from bot.core.handlers.day_of import day_person
from bot.core.handlers.deadlines import CALENDAR_DATE, MONTHS, zones_meant, zones_of_day_said
from bot.core.handlers.sessions import said_weekday
from bot.core.queries import busy_clash, denies, lists_person
from bot.core.timefmt import zone_abbrev
from bot.core.understand import Query
from bot.core.when import DAY_PARTS, clock_minute, clock_readings, shown_hour
from bot.schedule.model import Event

# A part of the day said of what is asked about ("is the tut tonight", "in the afternoon").
_DAY_PART = re.compile(r"\b(?:(tonight)|(?:this|in the|on the) "
                       r"(morning|afternoon|evening|night))\b")
# Two clock times ("19:00, so 2pm for me"): each in its own zone, the deadlines' own check.
_CLOCKS = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.I)
# A clock time said as a bound ("done by 6pm", "anything after 3"): an end or a span's edge,
# the lengths' and spans' answers to check, not the time a thing starts.
_BOUND = re.compile(r"\b(?:by|before|until|till|til|after|from|between|past|later than|"
                    r"earlier than|no later than)\s+(?:about |around |roughly )?\d")
# A date said with its month or as a day of the month ("on the 26th", "9 march"), or named
# relative to today.
_RELATIVE = r"\b(?:today|tomorrow|tmrw|tmr|2day|tonight)\b"
_DATE_SAID = re.compile(rf"{CALENDAR_DATE.pattern}|{_RELATIVE}")
# A date's month said, or a day named relative to today: the date is the window's own.
_MONTH_SAID = re.compile(rf"\b{MONTHS}\b|{_RELATIVE}")
# Either-or ("at 10 or 11", "tuesday or wednesday"): a choice, no premise to hold; and
# "every week", "each tuesday": held over the course's weeks, the every-week answer's to
# count (course_wide.answer_every_week), not one listing's.
_EITHER = re.compile(r"\bor\b(?! not\b)|\bwhich\b|\b(?:every|each|always)\b")
# A premise stated as a given, not asked ("since the tutorial is on monday, ..."): the clause
# up to its comma or the end of the sentence.
_GIVEN = re.compile(r"\b(?:since|as|because|cos|cause|given(?: that)?|now that|seeing as)\s+"
                    r"(?P<clause>(?:the |our |this week'?s |today'?s |tomorrow'?s )?"
                    r"[^,.;?!]{2,60}?\b(?:is|are|'s|s|happens?|runs?|starts?)\b"
                    r"[^,.;?!]{2,40})")


@dataclass(frozen=True)
class Premises:
    """What a question takes to be so of the things it asks about."""

    weekday: int | None = None
    day: date | None = None  # a date said (or "tomorrow"), as the asker's calendar day
    day_only: bool = False  # said with no month ("the 5th"): only the day of the month holds
    part: tuple[str, tuple[int, int]] | None = None  # a part of the day and its hours
    hours: frozenset[int] = frozenset()  # a clock time said: the hours it may mean
    minute: int = 0
    zones: tuple[tzinfo, ...] = ()  # the zones day and clock may be meant in
    # A date may also be meant as the page dates it, in course time ("so the 23 feb deadline
    # is 3am for me?": the clock is the asker's, the date the page's)
    course_zone: tzinfo | None = None
    staff: tuple[str, ...] = ()

    @property
    def said(self) -> bool:
        return bool(self.weekday is not None or self.day or self.part or self.hours
                    or self.staff)


def premises_of(q: Query, text: str, raw: str, view: CourseView, reader: Reader) -> Premises:
    """The premises `text` (the question's own normalised words, or a clause of them) states.
    A choice ("at 10 or 11"), several clock times (the deadlines' check, each in its zone) or
    a weekly commitment of one's own ("i work tuesdays, ...") states none."""
    if _EITHER.search(text) or busy_clash(q) is not None:
        return Premises()
    window = q.time.window
    day = (window.start.date() if window is not None and window.granularity == "day"
           and _DATE_SAID.search(text) else None)
    m = _DAY_PART.search(text)
    said = m.group(1) or m.group(2) if m else None
    part = (said if said == "tonight" else f"in the {said}", DAY_PARTS[said]) if said else None
    several = len(_CLOCKS.findall(raw)) > 1
    hours = frozenset() if several or _BOUND.search(raw.lower()) else clock_readings(raw)
    month_said = _MONTH_SAID.search(text)
    return Premises(weekday=said_weekday(text), day=day, day_only=not month_said,
                    part=part, hours=hours,
                    minute=clock_minute(raw) if hours else 0,
                    zones=tuple((zones_of_day_said(q, view, reader) if several else None)
                                or zones_meant(q, view, reader)),
                    course_zone=view.tz if CALENDAR_DATE.search(text) else None,
                    # ("the tut on bronstein's day": the day is his, the tutorial another's)
                    staff=tuple(s for s in q.staff if s != day_person(q)))


def subject(q: Query, events: list[Event], view: CourseView) -> list[Event]:
    """The events listed that the question is about: those it names by id, else those of
    the kinds it names (a panel in the Q&A slot counts as a Q&A), else all listed."""
    ids = set(q.lectures) | set(q.tutorials) | set(q.coursework)
    named = [e for e in events if e.id in ids]
    if named:
        return named
    kinds = with_qa_slots(q.kinds, view.schedule)
    return [e for e in events if e.kind in kinds] if kinds else list(events)


def failed(p: Premises, events: list[Event], reader: Reader,
           listed: list[Event] | None = None) -> str | None | bool:
    """The lead naming the first premise the events asked about contradict ("No, not on
    Wednesday:"); True when every premise holds for at least one of them; None when one
    cannot be checked (nothing listed has a time, or no one listed). A person is looked for
    in everything `listed` ("due the same day as bronstein's lecture": his is the other)."""
    timed = [e for e in events if e.start is not None]
    zones = p.zones or (reader.tz,)
    starts = [e.start.astimezone(z) for e in timed for z in zones]  # type: ignore[union-attr]
    if (p.weekday is not None or p.day or p.part or p.hours) and not starts:
        return None
    if p.part is not None:
        begin, end = p.part[1]
        local = [e.start.astimezone(reader.tz) for e in timed]  # type: ignore[union-attr]
        if all(not begin <= s.hour < end for s in local):
            return W.CONFIRM_NOT_PART.format(part=p.part[0])
    days = starts + ([e.start.astimezone(p.course_zone) for e in timed]  # type: ignore[union-attr]
                     if p.course_zone is not None else [])
    if p.day is not None and all(s.day != p.day.day if p.day_only else s.date() != p.day
                                 for s in days):
        return W.CONFIRM_NOT_DATE.format(day=f"{p.day:%a} {p.day.day} {p.day:%b}")
    if p.weekday is not None and all(s.weekday() != p.weekday for s in starts):
        return W.CONFIRM_NOT_ON.format(day=W.WEEKDAY_NAMES[p.weekday])
    if p.hours and all((s.hour, s.minute) not in {(h, p.minute) for h in p.hours}
                       for s in starts):
        hour = shown_hour(p.hours)  # ("at 3": 15:00 named, not 03:00)
        return W.CONFIRM_NOT_AT.format(hour=f"{hour:02d}:{p.minute:02d}")
    for name in p.staff:
        staffed = [e for e in (events if listed is None else listed) if e.staff]
        if not staffed:
            return None
        if not any(lists_person(e.staff, name) for e in staffed):
            return W.CONFIRM_NOT_WITH.format(person=name)
    return True


# A Yes lead as the handlers write it ("Yes:", "Yes, but it is over already:", "Yes."), and a
# plain No ("No:"): what follows them is the listing the lead speaks of.
_YES_LEAD = re.compile(r"^Yes(?:, but it is over already)?[:.,]\s*")
_NO_SAID = re.compile(r"^No\b(?! ?thing)")


def checked_lead(q: Query | None, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """The reply with its Yes lead checked against the premises of a yes/no question: kept
    when they all hold for the events it lists, a No naming the one that fails, dropped when
    one cannot be checked. A denial guessed ("no tut in week 5 right?") is the handlers'."""
    if q is None or not reply.answered or not q.asks_yes_no or denies(q):
        return reply
    if reply.intent == "deadline" and states_hand_in(q.raw):
        # "if i hand in at 6:45pm im fine right?": the time is the writer's hand-in, checked
        # against the deadline by handed_in, not a guess at when the task is due
        return reply
    yes = _YES_LEAD.match(reply.text)
    if yes is None:
        return _no_lead_added(q, reply, view, reader)
    p = premises_of(q, q.text, q.raw, view, reader)
    if not p.said:
        return reply
    verdict = failed(p, subject(q, reply.events, view), reader, reply.events)
    if verdict is True:
        return reply
    rest = reply.text[yes.end():]
    rest = rest[:1].upper() + rest[1:]
    text = f"{verdict} {rest}" if isinstance(verdict, str) else rest
    return dataclasses.replace(reply, text=text)


def _no_lead_added(q: Query, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """A yes/no that says a clock time or part of the day, answered with a listing and no
    lead ("<a person>'s tutorial is tmrw at 11 right?" answered with the closest titles):
    when a premise fails for every session of the kind asked that the reply lists, the No
    naming it comes first ("No, not at 15:00:", "No, not with <person>:")."""
    if _NO_SAID.match(reply.text) or not q.kinds:
        return reply
    p = premises_of(q, q.text, q.raw, view, reader)
    if not (p.hours or p.part):
        return reply
    asked = [e for e in subject(q, reply.events, view)
             if e.kind in with_qa_slots(q.kinds, view.schedule)]
    if not asked:
        return reply
    verdict = failed(p, asked, reader)
    if not isinstance(verdict, str) or not verdict.startswith(
            (W.CONFIRM_NOT_AT.split("{")[0], W.CONFIRM_NOT_PART.split("{")[0])):
        return reply
    return dataclasses.replace(reply, text=f"{verdict} {reply.text}")


def stated_premise(message: str, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """A premise stated as a given about a kind of session or a task, not asked ("since the
    tutorial is on monday, should i ...", "as cw2 is due friday, ..."), corrected before the
    answer when none of those to come (else none of them at all) holds it: "First, a
    correction: ...", with the next one. The clause is read on its own: its kinds and ids,
    not the rest of the message's. A reply already saying No is left as it is."""
    # (on the message as written: normalising drops clock times such as "2pm")
    m = _GIVEN.search(" ".join(message.lower().split()))
    if m is None or _NO_SAID.match(reply.text):
        return reply
    clause = view.understander.parse(m.group("clause"), reader.now, reader.tz)
    if not (clause.kinds or clause.coursework or clause.lectures or clause.tutorials):
        return reply
    p = dataclasses.replace(premises_of(clause, clause.text, clause.raw, view, reader),
                            staff=(), day=None)  # (a person or a date: the handlers' to read)
    if not p.said:
        return reply
    kinds = set(clause.kinds) | ({"deadline"} if clause.coursework else set())
    named = dataclasses.replace(clause, kinds=kinds)
    timed = sorted((e for e in subject(named, view.timed, view)), key=lambda e: e.start)
    ahead = [e for e in timed if e.start >= reader.now] or timed  # type: ignore[operator]
    verdict = failed(p, ahead, reader) if ahead else None
    if not isinstance(verdict, str):
        return reply
    start = ahead[0].start.astimezone(reader.tz)  # type: ignore[union-attr]
    actual = (f"{W.WEEKDAY_NAMES[start.weekday()]} {start.day} {start:%b}, {start:%H:%M} "
              f"{zone_abbrev(start)}")
    line = W.PREMISE_GIVEN_WRONG.format(said=verdict.removeprefix("No, ").rstrip(":"),
                                        actual=actual)
    first = [e for e in ahead if e.start == ahead[0].start]
    return dataclasses.replace(reply, text=f"{line}\n{reply.text}",
                               events=[*reply.events, *(e for e in first if e not in reply.events)])


def reported_claim(q: Query | None, reply: Reply,
                   staff: list[str] | None = None) -> Reply:
    """A date, time or person someone else said ("TA told us cw3 is due on the 2nd", "my friend
    says the last tutorial is on the 9th"), answered with what the page lists: the page is
    what the bot goes by, and a change announced elsewhere is the staff's to confirm."""
    if (q is None or not reply.answered or not q.reports_claim
            or reply.intent not in ("schedule", "deadline", "people")):
        return reply
    # (a claim already checked ends with the page's word: the lines below go before it)
    lines = [reply.text.replace(f"\n{W.CLAIM_GOES_BY_PAGE}", "")]
    if lines[0] == reply.text and W.CLAIM_GOES_BY_PAGE in reply.text:
        return reply
    lines += claim_notes(q.raw, staff or [])
    return dataclasses.replace(reply, text="\n".join([*lines, W.CLAIM_GOES_BY_PAGE]))


def claim_notes(raw: str, staff: list[str]) -> list[str]:
    """What a reported claim of a change adds to the page's fact: that the page shows no
    change, and that the one named as saying it is not among the page's staff (when so)."""
    notes = [W.CLAIM_NO_CHANGE] if _CHANGE_CLAIMED.search(raw) else []
    if (name := _speaker(raw)) is not None and not any(
            name.lower() in person.lower().split() for person in staff):
        notes.append(W.CLAIM_SPEAKER_UNLISTED.format(name=name))
    return notes


# A change said to have been made ("moved to", "pushed back", "extended", "postponed").
_CHANGE_CLAIMED = re.compile(r"\b(?:moved|changed|extended|pushed|postponed|delayed|"
                             r"brought forward|rescheduled|now due)\b", re.IGNORECASE)
# The one named as having said it, by title ("Dr <name> said ..."): a name to check.
_TITLED = re.compile(r"\b(?:Dr|Prof|Professor|Doctor)\.?\s+([A-Z][\w'-]+)")


def _speaker(raw: str) -> str | None:
    m = _TITLED.search(raw)
    return m.group(1) if m else None


def yes_against_silence(replies: list[Reply]) -> list[Reply]:
    """One decision per message: a part answered "Yes: <facts>" beside another part that
    says the page does not say it, of the very events the Yes lists ("cw2 is due the 23rd
    right?? is that the extended one" ), is the facts alone; the page's silence on the
    claim stands after them, not a Yes before it."""
    silent = [r for r in replies if r.events and (r.text.startswith(W.NOT_ON_PAGE_ABOUT)
                                                  or r.text.startswith(W.NOT_ON_PAGE))]
    out = []
    for r in replies:
        yes = _YES_LEAD.match(r.text)
        if yes is not None and any({e.id for e in s.events} <= {e.id for e in r.events}
                                   for s in silent if s is not r):
            rest = r.text[yes.end():]
            r = dataclasses.replace(r, text=rest[:1].upper() + rest[1:])
        out.append(r)
    return out
