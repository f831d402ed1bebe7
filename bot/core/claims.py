"""A list of claims the writer asks to have checked ("my gcal has: GNN lecture Tue 23/2 at
11, panel Tue 2/3 at 10. correct?", "are these right?? 1) ... 2) ...", "X is in week 7 and Y
in week 8, is that right?"): each claim read on its own into what it names (a session or
deadline, a course week's start, every session of a kind) and what it says of it (date,
weekday, clock time, week, person), looked up through the course queries, and answered claim
by claim, with a lead that counts the wrong ones. A claim whose subject cannot be told is
said so, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, tzinfo

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, with_qa_slots
from bot.core.handlers import Reply
from bot.core.handlers.sessions import said_weekday
from bot.core.handlers.several import side_events
from bot.core.premises import claim_notes
from bot.core.queries import delivered_as, lists_person
from bot.core.timefmt import format_span
from bot.core.understand import REPORTED, Query
from bot.core.when import clock_minute, clock_readings, shown_hour
from bot.core.zones import zone_said
from bot.schedule.model import Event

# What asks to have the claims checked ("correct?", "any mistakes?", "is that the right way
# round?", "are these right??", "pls check:"): said before the claims or after them.
_REQUEST = (r"(?:right|correct|accurate|true|ok|okay|good|fine|legit|wrong|mistakes?|errors?|"
            r"check|verify|confirm)")
_LEAD = re.compile(rf"^(?P<req>[^\n:?\d]{{0,60}}?\b{_REQUEST}\b[^\n:?\d]{{0,30}}?)"
                   r"\s*(?:[:?!]+|\n)\s*", re.IGNORECASE)
_TAIL = re.compile(r"(?:^|[.?!\n,;]|\s[-\u2013]\s)\s*"
                   rf"(?P<req>[^.?!\n,;\d]{{0,50}}\b{_REQUEST}\b"
                   r"[^.?!\n,;\d]{0,40})[\s?!.]*$", re.IGNORECASE)
# A short request right after a time said last ("... and the Q&A is 11-12 right?"; not
# "11am is fine now but ...", which tells, not asks).
_TAIL_AFTER_TIME = re.compile(r"(?:(?<=\d)|(?<=am)|(?<=pm))\s+"
                              r"(?P<req>(?:is that |isn'?t it |yeah )?"
                              r"(?:right|correct|accurate|true))[\s?!.]*$", re.IGNORECASE)
# Where the claims were seen, before them ("my gcal has:", "I've put these in Outlook:", "my
# timetable says"): no claim itself.
_SOURCE = re.compile(r"^(?:[^:\d\n]{0,60}:|[^:\d\n]{0,40}?\b(?:says?|said|has|shows?|reads?|"
                     r"told (?:us|me))\b(?: that)?)\s*", re.IGNORECASE)
# One claim from the next: a list mark, a new line, a semicolon or comma, "and" before
# another thing named (checked when read).
_MARK = re.compile(r"(?:^|(?<=\s))\(?[1-9][.)]\s+|^\s*[-*\u2022\u00b7]+\s+|\s[-*\u2022\u00b7]\s+",
                   re.MULTILINE)
_SEPARATORS = re.compile(r"\n+|;\s*|,\s*(?:and\s+)?")
_AND = re.compile(r"\s+and\s+(?!\w+\s+(?:&|and)\b)", re.IGNORECASE)
_ASKS_WHAT = re.compile(r"\b(?:when|what|whats|where|who|which|how)\b", re.IGNORECASE)
# A request beside the claim reported ("..., can I still hand in late?"): the handlers' to
# answer. And what stands between the reporting words and the claim ("in the tut", "that").
_ASKS_TOO = re.compile(r"\b(?:can|could|should|will|would|do|does)\s+(?:i|we|you|u)\b",
                       re.IGNORECASE)
_REPORT_START = re.compile(r"^\s*(?:(?:in|at|during) (?:the |our |today'?s )?\w+\s+)?"
                           r"(?:that\s+)?", re.IGNORECASE)
# A thing named by the kind of the one before ("the attention one").
_ONE = re.compile(r"(?<=\w )one\b(?! of\b)", re.IGNORECASE)
# A course week's start said ("week 2 starts Mon 30 Sep").
_WEEK_STARTS = re.compile(r"\bweek\s*(\d{1,2})\s+(?:starts?|begins?|starting|beginning|is from)\b",
                          re.IGNORECASE)
_WEEK = re.compile(r"\bweek\s*(\d{1,2})\b", re.IGNORECASE)
# A clock range ("10-11"): its start is the time said.
_RANGE = re.compile(r"\b(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s*(?:-|\u2013|to)\s*\d{1,2}"
                    r"(?::\d{2})?\s*(?:am|pm)?\b", re.IGNORECASE)
# Held of every one of a kind ("Q&A every Tuesday", "all tutorials at 11").
_EVERY = re.compile(r"\b(?:every|each|all|always)\b", re.IGNORECASE)
# A likeness to the rest said beside one thing named ("the GNN lecture is pre-recorded like all
# the others"): the claim is of that one thing, not of every one of its kind.
_LIKE_REST = re.compile(r",?\s*\b(?:just\s+)?(?:like|as (?:with|for)|same as)\s+(?:all|every|each"
                        r"|the rest)\b(?:\s+(?:of\s+)?(?:the\s+)?(?:others?|rest|ones?|\w+s))?\b",
                        re.IGNORECASE)
# How a lecture is given, said of it ("pre-recorded", "on demand"; "is live", "held live": a
# bare "live" may be part of a name, as in "the live panel").
_RECORDED = re.compile(r"\b(?:pre-?\s?recorded|recorded|recordings?|on[- ]demand|a video)\b",
                       re.IGNORECASE)
_LIVE = re.compile(r"\b(?:is|are|'s|be|been|being|held|run|given|happens?|streamed)\s+"
                   r"(?:\w+\s+)?live\b|\blive\s+(?:lecture|session|stream)|\bin[- ]person\b",
                   re.IGNORECASE)
# A quoted line of a chat forwarded ("> Sam: the GNN lecture is ..."): the mark and the
# speaker's name are no part of the claim, nor is the chat's filler before it.
_QUOTED = re.compile(r"(?:^|(?<=[:\n]))\s*>+\s*(?:[A-Za-z][\w.'-]{0,20}(?: [A-Za-z][\w.'-]{0,20})?"
                     r":\s+)?(?:(?:fyi|btw|so|ok|guys|apparently)\b[,:]?\s*)*", re.MULTILINE)
# Nothing at all in some weeks ("nothing in week 1 or week 9", "no lectures in week 9").
_NOTHING = re.compile(r"\b(?:nothing|no\s+\w+|empty|free)\b", re.IGNORECASE)
# What a claim says of its subject, taken out to leave the subject named.
_SAID_WORDS = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:at|@|on|in|is|are|was|were|due|by|with|"
    r"starts?|from|the|it's|its)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b"
    r"|\bweek\s*\d{1,2}\b|(?<![a-z])\d{1,2}(?:\s*-\s*\d{1,2})?\b(?=\s|$)",
    re.IGNORECASE)


@dataclass
class Said:
    """What one claim states of its subject."""

    day: date | None = None
    weekday: int | None = None
    hours: frozenset[int] = frozenset()
    minute: int = 0
    week: int | None = None
    staff: tuple[str, ...] = ()
    delivery: str | None = None  # "pre-recorded" or "live", as the schedule says it
    zone: tzinfo | None = None  # the zone its day and clock time are said in, when one is

    @property
    def any(self) -> bool:
        return bool(self.day or self.weekday is not None or self.hours or self.week
                    or self.staff or self.delivery)


@dataclass
class Checked:
    """One claim, whether it holds (None: its subject could not be told), and the line."""

    holds: bool | None
    line: str
    events: list[Event] = field(default_factory=list)
    mostly: bool = False  # said of every one of a kind, and fewer than half do not match


def claims_asked(message: str) -> list[str] | None:
    """The claims of a message that asks to have two or more checked, as written; None for
    any other message (a single claim stays the yes/no question it is)."""
    text = " ".join(message.replace("\r", "").split(" ")).strip()
    body = None
    if ((m := _TAIL.search(text)) is not None or (m := _TAIL_AFTER_TIME.search(text)) is not None) \
            and m.start("req") > 0:
        body = text[:m.start("req")]
    elif (m := _LEAD.match(text)) is not None:
        body = text[m.end():]
    # ("... but someone said it's a lecture?? which one is right": a choice between two)
    if not body or m is None or _ASKS_WHAT.search(m.group("req")):
        return None
    body = _SOURCE.sub("", _QUOTED.sub("\n", body).strip(), count=1).strip(" .,;:-\n")
    items = [i.strip(" .,;:-?!") for piece in _MARK.split(body)
             for i in _SEPARATORS.split(piece)]
    claims = [c for i in items if i for c in _AND.split(i) if c.strip()]
    if len(claims) < 2 or any(_ASKS_WHAT.search(c) for c in claims):
        return None
    return claims


def _said(q: Query, claim: str, reader: Reader) -> Said:
    window = q.time.window
    day = (window.start.date() if window is not None and window.granularity == "day"
           and q.time.loose != "weekday" else None)
    raw = claim
    if (r := _RANGE.search(raw)) is not None:
        raw = f"at {r.group(1)}"
    hours = clock_readings(raw)
    week = _WEEK.search(claim)
    delivery = ("pre-recorded" if _RECORDED.search(claim) else "live" if _LIVE.search(claim)
                else None)
    return Said(day=day, weekday=said_weekday(q.text), hours=hours,
                minute=clock_minute(raw) if hours else 0,
                week=int(week.group(1)) if week else None, staff=tuple(q.staff),
                delivery=delivery, zone=zone_said(claim, reader.tz) if hours else None)


def _unchecked(said: Said, e: Event, view: CourseView) -> list[str]:
    """What the claim says that the page does not tell of this event, to check or deny."""
    if said.delivery is not None and delivered_as(view, e) is None:
        return [W.CLAIM_DELIVERY.format(delivery=said.delivery)]
    return []


def _subject(claim: str, q: Query) -> str:
    """The claim with what it says of its subject taken out: the subject as named."""
    text = claim
    for name in q.staff:
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\b\d{1,2}\s*/\s*\d{1,2}\b", " ", text)
    if q.time.phrase:
        text = text.replace(q.time.phrase, " ")
    text = re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                  r"oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                  r"dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)\b", " ", text,
                  flags=re.IGNORECASE)
    return " ".join(_SAID_WORDS.sub(" ", text).split())


def _fails(said: Said, e: Event, reader: Reader, view: CourseView) -> list[str]:
    """What the claim says that this event does not hold, as "not ..." phrases."""
    wrong = []
    given = delivered_as(view, e)
    if said.delivery is not None and given is not None and given != said.delivery:
        wrong.append(W.CLAIM_NOT_DELIVERY.format(delivery=said.delivery, given=given))
    # ("cw2 is 7pm uk" from India: 19:00 of the UK's clock)
    start = e.start.astimezone(said.zone or reader.tz) if e.start is not None else None
    if start is not None and said.day and start.date() != said.day:
        wrong.append(W.CLAIM_NOT_DAY.format(day=f"{said.day:%a} {said.day.day} {said.day:%b}"))
    elif start is not None and said.weekday is not None and start.weekday() != said.weekday:
        wrong.append(W.CLAIM_NOT_DAY.format(day=W.WEEKDAY_NAMES[said.weekday]))
    if start is not None and said.hours and (start.hour, start.minute) not in {
            (h, said.minute) for h in said.hours}:
        wrong.append(W.CLAIM_NOT_AT.format(
            hour=f"{shown_hour(said.hours):02d}:{said.minute:02d}"))
    if said.week is not None and e.week is not None and e.week != said.week:
        wrong.append(W.CLAIM_NOT_WEEK.format(week=said.week))
    wrong += [W.CLAIM_NOT_WITH.format(person=name) for name in said.staff
              if e.staff and not lists_person(list(e.staff), name)]
    return wrong


def _page(e: Event, view: CourseView, reader: Reader) -> str:
    when = (format_span(e.start, e.end, reader.tz, view.tz) if e.start is not None
            else W.CLAIM_UNDATED)
    week = W.CLAIM_IN_WEEK.format(week=e.week) if e.week is not None else ""
    return f"{event_name(e)}, {when}{week}"


def _check_week_start(claim: str, q: Query, view: CourseView) -> Checked | None:
    m = _WEEK_STARTS.search(claim)
    window = q.time.window
    if m is None or window is None or window.granularity != "day":
        return None
    week = view.schedule.week(int(m.group(1)))
    if week is None:
        return Checked(None, W.CLAIM_UNKNOWN.format(claim=claim))
    starts = f"{week.starts:%a} {week.starts.day} {week.starts:%b %Y}"
    if week.starts == window.start.date():
        return Checked(True, W.CLAIM_HOLDS_WEEK.format(week=week.number, starts=starts))
    return Checked(False, W.CLAIM_WRONG_WEEK.format(claim=claim, week=week.number,
                                                     starts=starts))


def _check_nothing(claim: str, q: Query, view: CourseView, reader: Reader) -> Checked | None:
    """"nothing (at all) in week 1 or week 9": each week named against what the page has."""
    weeks = [int(w) for w in _WEEK.findall(claim)]
    if not weeks or not _NOTHING.search(claim):
        return None
    kinds = set(q.kinds)
    found = [e for e in view.events if e.week in weeks and (not kinds or e.kind in kinds)]
    if not found:
        return Checked(True, W.CLAIM_HOLDS_NOTHING.format(claim=claim))
    listed = "; ".join(_page(e, view, reader) for e in found[:3])
    return Checked(False, W.CLAIM_WRONG.format(claim=claim, wrong=W.CLAIM_NOT_EMPTY,
                                               page=listed), found)


def _check_every(claim: str, q: Query, said: Said, view: CourseView,
                 reader: Reader) -> Checked | None:
    """"Q&A every Tuesday 10-11": the claim held against each one of the kind (read from the
    subject alone when the whole claim reads as none: "tutorial every tuesday 11-12")."""
    if q.coursework or q.lectures or q.tutorials:
        return None
    # ("tutorials are 10-11", "the Q&A is 11-12": a kind with a time and no day, week or
    # person to pick one by says when each of them is, like "every")
    if not _EVERY.search(claim) and (not said.hours or said.day is not None
                                     or said.week is not None or said.staff
                                     or q.subject_known):
        return None
    named = q.kinds or view.understander.parse(_subject(claim, q), reader.now, reader.tz).kinds
    if not named:
        return None
    kinds = with_qa_slots(named, view.schedule)
    those = [e for e in view.timed if e.kind in kinds]
    if not those or not said.any:
        return None  # (nothing said of them to check: no vacuous "every one matches")
    odd = [e for e in those if _fails(said, e, reader, view)]
    if not odd and any(_unchecked(said, e, view) for e in those):
        return Checked(None, W.CLAIM_CANT_CHECK.format(
            claim=claim, what=_unchecked(said, those[0], view)[0]))
    if not odd:
        return Checked(True, W.CLAIM_HOLDS_ALL.format(claim=claim, n=len(those)), those)
    listed = "; ".join(_page(e, view, reader) for e in odd[:3])
    return Checked(False, W.CLAIM_WRONG.format(claim=claim, wrong=W.CLAIM_NOT_EVERY.format(
        n=len(odd), of=len(those)), page=listed), odd, mostly=2 * len(odd) < len(those))


def _by_kind(named: str, said: Said, view: CourseView, reader: Reader) -> list[Event]:
    """A claim naming only a kind ("q&a 16 feb 10am", "tutorial in week 5"): the one of that
    kind nearest the day or week it says (that day's, when there is one), or none."""
    kinds = view.understander.parse(named, reader.now, reader.tz).kinds
    kinds = with_qa_slots(kinds, view.schedule)
    those = [e for e in view.timed if e.kind in kinds]
    if not those or (said.day is None and said.week is None):
        return []
    if said.day is not None:
        def gap(e: Event) -> int:
            return abs((e.start.astimezone(reader.tz).date() - said.day).days)  # type: ignore
    else:
        def gap(e: Event) -> int:
            return abs((e.week or 0) - (said.week or 0))
    nearest = min(gap(e) for e in those)
    return [e for e in those if gap(e) == nearest]


# A claim that says the one before again another way ("cw2 is 7pm uk, so 12:30am wednesday
# my time"): of the same thing when it names none of its own.
_RESTATED = re.compile(r"^(?:so|i\.?e\.?|=|which is|which means|that'?s|that is|aka|or)\b\s*",
                       re.IGNORECASE)


def check_claim(claim: str, view: CourseView, reader: Reader,
                before: Event | None = None) -> Checked:
    """One claim against the page: its subject found by what it names alone (not by the
    date or time it says, which may be wrong), then each thing it says held against it."""
    claim = " ".join(_LIKE_REST.sub(" ", claim).split()) or claim
    q = view.understander.parse(claim, reader.now, reader.tz)
    if (week := _check_week_start(claim, q, view)) is not None:
        return week
    if (nothing := _check_nothing(claim, q, view, reader)) is not None:
        return nothing
    said = _said(q, claim, reader)
    if (every := _check_every(claim, q, said, view, reader)) is not None:
        return every
    named = _subject(claim, q)
    ids = [*q.coursework, *q.lectures, *q.tutorials]
    # (named by id: that one, whatever else the claim says of it)
    events = ([e for e in (view.schedule.event(ids[0]),) if e is not None] if ids
              else side_events(named, view, reader) if named else [])
    if not events and said.any and before is not None and _RESTATED.match(claim):
        events = [before]
    if not events and said.any:
        events = _by_kind(named, said, view, reader)
    if not events or not said.any:
        return Checked(None, W.CLAIM_UNKNOWN.format(claim=claim))
    wrong = min((_fails(said, e, reader, view) for e in events), key=len)
    best = next(e for e in events if _fails(said, e, reader, view) == wrong)
    if not wrong and (unchecked := _unchecked(said, best, view)):
        return Checked(None, W.CLAIM_CANT_CHECK.format(claim=claim, what=unchecked[0]), [best])
    if not wrong:
        return Checked(True, W.CLAIM_HOLDS.format(page=_page(best, view, reader)), [best])
    return Checked(False, W.CLAIM_WRONG.format(claim=claim, wrong=", ".join(wrong),
                                               page=_page(best, view, reader)), [best])


def reported_checked(message: str, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """One claim someone else made, put to the bot ("TA told us in the tut cw3 is due on the
    2nd march??", "my mate says the panel is in week 7") and read as something other than a
    question of the schedule (who assesses it, ...): checked like a claim of a list, with the
    page as what the bot goes by. The schedule's and deadlines' own answers check it already."""
    if reply.intent in ("schedule", "deadline"):
        return reply
    return _reported(message, view, reader) or reply


def _reported(message: str, view: CourseView, reader: Reader) -> Reply | None:
    """The claim reported, checked; None when the message asks anything besides, or its
    subject or what it says cannot be told."""
    text = " ".join(message.split())
    m = REPORTED.search(text.lower())
    if m is None or _ASKS_WHAT.search(text) or _ASKS_TOO.search(text):
        return None
    claim = _REPORT_START.sub("", text[m.end():]).strip(" .,;:?!")
    if not claim:
        return None
    checked = check_claim(claim, view, reader)
    if checked.holds is None:
        return None
    lead = W.REPORTED_HOLDS if checked.holds else W.REPORTED_WRONG
    # (a change claimed, by someone the page may not name: said so before the page's word)
    notes = claim_notes(message, view.understander.staff_names)
    return Reply("schedule", True, 0.9,
                 "\n".join([lead, checked.line, *notes, W.CLAIM_GOES_BY_PAGE]), checked.events)


def _with_kind(claim: str, kind: str | None) -> str:
    """"the gan tutorial is in week 6 and the attention one in week 5": "one" is of the kind
    the claim before was about."""
    if kind is None or not _ONE.search(claim):
        return claim
    return _ONE.sub(kind, claim, count=1)


# What two claims may have the wrong way round: a clock range or time, or a week.
_SWAPPABLE = re.compile(_RANGE.pattern + r"|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b"
                        r"|\bweek\s*\d{1,2}\b", re.IGNORECASE)


def _swapped(claims: list[str], checked: list[Checked], view: CourseView,
             reader: Reader) -> bool:
    """Two claims both wrong whose times or weeks, exchanged, match the page ("tutorials are
    10-11 and the Q&A 11-12" when it is the other way round)."""
    if len(claims) != 2 or any(c.holds is not False for c in checked):
        return False
    said = [_SWAPPABLE.search(c) for c in claims]
    if said[0] is None or said[1] is None or said[0].group(0) == said[1].group(0):
        return False
    a, b = said
    exchanged = [claims[0][:a.start()] + b.group(0) + claims[0][a.end():],
                 claims[1][:b.start()] + a.group(0) + claims[1][b.end():]]
    again = [check_claim(c, view, reader) for c in exchanged]
    return all(c.holds or c.mostly for c in again)


def answer_claims(message: str, view: CourseView, reader: Reader) -> Reply | None:
    """The claims a message asks to have checked, each one answered, under a lead that
    counts the wrong ones; None when the message is no list of claims to check, or when
    none of its claims could be told."""
    claims = claims_asked(message)
    if claims is None:
        return None
    checked: list[Checked] = []
    for claim in claims:
        last = next((c.events[0] for c in reversed(checked) if c.events), None)
        checked.append(check_claim(_with_kind(claim, last.kind if last else None), view,
                                   reader, last))
    if all(c.holds is None for c in checked):
        return None
    n, wrong = len(checked), sum(c.holds is False for c in checked)
    unknown = sum(c.holds is None for c in checked)
    if _swapped(claims, checked, view, reader):  # (each wrong line says what the page has)
        lead = W.CLAIMS_SWAPPED
    elif wrong:
        lead = W.CLAIMS_SOME_WRONG.format(wrong=wrong, n=n, be="is" if wrong == 1 else "are")
    elif unknown:
        lead = W.CLAIMS_SOME_UNKNOWN.format(ok=n - unknown, n=n)
    else:
        lead = W.CLAIMS_ALL_HOLD.format(n=n)
    events: list[Event] = []
    for c in checked:
        events += [e for e in c.events if e not in events]
    text = "\n".join([lead, *(c.line for c in checked)])
    return Reply("schedule", True, 0.9, text, events)
