"""Which things of the course have a property and which do not, asked across the course:
"is anything live or is it all videos", "which sessions are live and which recorded", "is
anything not on <the platform>". Both sides come from the schedule's data (the sessions with
a time and their places, the lectures' delivery, the hand-in system), never one side alone."""
from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import all_lectures_timed, join, live_lectures
from bot.core.handlers import Reply
from bot.core.handlers.course_wide import timetable_lines
from bot.core.property_asked import property_asked
from bot.core.queries import overlapping
from bot.core.understand import Query
from bot.core.when import days_run_only
from bot.schedule.kinds import EVENT_KINDS

# Across the course: "anything", "everything", "all of it", "which ... and which".
_ACROSS = r"(?:any ?thing|every ?thing|all|which|what|stuff|nothing|any of (?:it|them))"
_LIVE_ACROSS = re.compile(
    r"\b(?:any ?thing|every ?thing|stuff|nothing)\b[^.?!]{0,30}?\blive\b"
    r"|\blive\b[^.?!]{0,30}?\b(?:or|vs|versus|and which|and what)"
    r"\b[^.?!]{0,20}?\b(?:pre-?recorded|recorded|videos?|vids?)\b"
    r"|\b(?:is|are) (?:it|they|everything) all (?:pre-?recorded|recorded|videos?|vids?)\b")
_AT = (r"(?: held| run\w*| happen\w*| take place| taking place)? (on|in|via|through|over|at)"
       r" (?:the )?(\w[\w ]{1,30})")
_NOT_ON = re.compile(rf"\b{_ACROSS}\b[^.?!]{{0,25}}?\b(?:not|isn't|isnt|aren't|arent){_AT}"
                     # ("is everything on <place>": what is and what is not)
                     rf"|\b(?:is|are) (?:every ?thing|it all|all of (?:it|them)|they all)"
                     rf"(?: really| actually)?{_AT}")


# Whether anything must be attended at a set time, or all can be watched later, asked beside
# a time the writer is taken ("I work 9-5 on weekdays, is any of it live or can I catch up
# whenever"): which parts are live, with their weekly slots, and which pre-recorded.
_SET_TIME_ASKED = re.compile(
    r"\b(?:live|livestream\w*|set times?|fixed times?|specific times?|certain times?|"
    r"real ?time|synchronous\w*|async\w*|whenever|any ?time|on demand|ondemand|"
    r"(?:in |at )?my own (?:time|pace)|pre-?recorded|recorded|recordings?|"
    r"(?:must|have to|need to|required to|got to|gotta) (?:be )?(?:attend|there|present|"
    r"online|join)\w*|(?:watch|catch up|view)\w*(?: \w+){0,2} (?:later|after))\b")


# The writer's own commitments said ("i work", "my shifts", "busy"): a time taken, not a time
# asked about ("which tuesdays have live stuff in the morning")
_TAKEN_SAID = re.compile(r"\b(?:work\w*|job|jobs|shifts?|busy|employ\w*|office|commitments?|"
                         r"childcare|kids|day job|full[ -]?time|part[ -]?time|occupied|tied up|"
                         r"can'?t (?:do|make)|unavailable)\b")


# Asked of the time itself, not what is live: what it makes one miss ("will i miss
# anything"), which sessions fit ("which can i make"), or the time said is when one is free
_NOT_WHAT_IS_LIVE = re.compile(r"\b(?:miss|missing|clash\w*|conflict\w*|overlap\w*|which)\b"
                               r"|\b(?:only|just) (?:do|free|available|study)\b"
                               r"|\bfree (?:in the |on )?(?:evenings?|mornings?|afternoons?|"
                               r"weekends?|nights?)\b|\b(?:evenings?|nights?|weekends?) free\b")


# ("do the tuesday sessions get recorded": a recording asked, not what is live)
_LIVE_WORD = re.compile(r"\blive\b")
_SESSIONS_SAID = re.compile(r"\b(?:sessions?|q ?& ?as?|qas?|tutorials?|tuts?|panels?)\b")


# The lectures named as such ("are the lectures live"), not only watched ("watch it whenever")
_LECTURES_SAID = re.compile(r"\blec(?:ture|t)?s?\b")


# "anything live left?": what remains, the schedule's to answer, not the course as a whole
_STILL_TO_COME = re.compile(r"\b(?:left|remain\w*|still|to come|coming up|upcoming|next|"
                            r"any ?more)\b")


def answer_both_sides(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless a property is asked of the course as a whole (no one session, kind or
    task named, lectures apart)."""
    if q.coursework or q.lectures or q.tutorials or q.kinds - {"lecture"}:
        return None
    if (m := _NOT_ON.search(q.text)) is not None and q.time.window is None:
        negated = m.group(1) is not None  # ("anything not on": else "everything on")
        prep, said_place = m.group(1, 2) if negated else m.group(3, 4)
        place = _place_named(said_place, view)
        if place is not None:
            reply, some = _not_at(place, prep, view, reader)
            if q.asks_yes_no:
                # "is anything not on it": yes when something is; "is everything on it": no
                said = W.CONFIRM_YES if negated == some else W.CONFIRM_NO
                reply.text = f"{said} {reply.text[0].lower()}{reply.text[1:]}"
            return reply
    if (live := live_against_busy(q, view, reader)) is not None:
        return live
    if (_LIVE_ACROSS.search(q.text) and not _STILL_TO_COME.search(q.text) and not q.kinds
            and q.time.window is None
            and q.time.weekday is None and not q.time.busy):
        # (not of the lectures alone, nor of a time: "which tuesdays have live things")
        return _live_or_recorded(view, reader)
    return None


def live_against_busy(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """A time the writer is taken, told as a constraint, with whether anything is live or
    all can be watched later ("I work weekdays 9-5, must I attend anything at a set
    time?"): which parts are live, with their weekly slots set against that time, and which
    pre-recorded (not what falls on the first weekday named). None otherwise."""
    if (q.time.busy is None or not q.time.busy.weekly
            # (a run of weekdays, "mon-fri", may be read as its first day too: no time asked)
            or q.time.window is not None and not days_run_only(q.text)
            or not _TAKEN_SAID.search(q.text) or _NOT_WHAT_IS_LIVE.search(q.text)
            or property_asked(q) == "recorded" and _SESSIONS_SAID.search(q.text)
            and not _LIVE_WORD.search(q.text)
            or not _SET_TIME_ASKED.search(q.text) or q.coursework
            or q.lectures or q.tutorials or q.kinds - {"lecture"}
            or (q.kinds and _LECTURES_SAID.search(q.text))):
        return None
    reply = _live_or_recorded(view, reader)
    reply.text += "\n" + "\n".join(_slots_against(q, view, reader))
    return reply


def _slots_against(q: Query, view: CourseView, reader: Reader) -> list[str]:
    """The timetable's weekly slots (in the reader's zone too), and whether the live
    sessions still to come fall in the time the writer said they are taken."""
    lines = timetable_lines(view, reader)
    busy = q.time.busy
    assert busy is not None
    live = [e for e in view.events if e.start and e.kind != "deadline" and e.start > reader.now]
    if live:
        hits = overlapping(live, busy)
        lines.append((W.LIVE_ALL_IN_BUSY if len(hits) == len(live) else W.LIVE_SOME_IN_BUSY
                      if hits else W.LIVE_NONE_IN_BUSY).format(
            slot=busy.label, count=len(hits), total=len(live)))
    return lines


def _place_named(said: str, view: CourseView) -> str | None:
    """The sessions' place a word said names ("teams" for "MS Teams"), or None."""
    words = set(re.findall(r"[a-z]{3,}", said.lower())[:2])
    return next((e.location for e in view.events if e.location
                 and words & set(re.findall(r"[a-z]{3,}", e.location.lower()))), None)


def _live_or_recorded(view: CourseView, reader: Reader) -> Reply:
    s = view.schedule
    # (lectures all given at set times are a kind like the others; else those live are
    # named one by one)
    every = all_lectures_timed(s)
    timed = [e for e in view.events if e.start and e.kind != "deadline"
             and (every or e.kind != "lecture")]
    kinds = [k for k in EVENT_KINDS if any(e.kind == k for e in timed)]
    places = {e.location for e in timed if e.location}
    live = [join([W.EVENT_KIND_NAMES[k] for k in kinds])] if kinds else []
    if live and len(places) == 1:
        live[0] += W.ON_PLACE.format(place=places.pop())
    pairs = [] if every else [(lec, e) for lec in live_lectures(s)
                              if (e := s.event(lec.id)) is not None and e.start]
    live += [W.LIVE_LECTURE_ITEM.format(number=lec.number, title=lec.title,
                                        when=view.when(e, reader)) for lec, e in pairs]
    lectures = [e for _, e in pairs]
    recorded = [lec for lec in s.lectures if lec.delivery != "live"]
    lines = [W.LIVE_SIDE.format(what="; ".join(live)) if live else W.NOTHING_LIVE]
    if recorded:
        lines.append((W.RECORDED_SIDE_OTHERS if lectures else W.RECORDED_SIDE_ALL).format(
            count=len(recorded)))
    return Reply("logistics", True, 0.85, "\n".join(lines), lectures)


def _not_at(place: str, prep: str, view: CourseView, reader: Reader) -> tuple[Reply, bool]:
    """What is at the place, then what is not (elsewhere, placeless, handed in); and
    whether anything is not."""
    s = view.schedule
    sessions = [e for e in view.events if e.kind != "deadline" and (e.start or e.location)]
    at = [k for k in EVENT_KINDS if any(e.kind == k and e.location == place for e in sessions)]
    lines: list[str] = []
    elsewhere: dict[str, set[str]] = {}  # (by kind: "tutorials: <room>")
    for e in sessions:
        if e.location != place and e.location:
            elsewhere.setdefault(e.location, set()).add(e.kind)
    lines += [W.ELSEWHERE_ITEM.format(what=join([W.EVENT_KIND_NAMES[k] for k in EVENT_KINDS
                                                 if k in kinds]), place=other)
              for other, kinds in elsewhere.items()]
    unplaced = [e for e in sessions if e.start and not e.location]
    lines += [W.NO_PLACE_ITEM.format(what=e.title, when=view.when(e, reader)) for e in unplaced]
    if any(lec.start is None for lec in s.lectures):
        lines.append(W.RECORDED_NO_PLACE_ITEM.format(places=join(s.course.materials_locations)))
    if s.quizzes and not any(e.kind == "quiz" and e.location for e in view.events):
        lines.append(W.QUIZZES_NO_PLACE_ITEM)
    if s.coursework and s.assessment.submission_via not in ("", place):
        lines.append(W.HANDED_IN_ITEM.format(via=s.assessment.submission_via))
    # (with the word the asker put before the place: "on" Teams, "in" a room)
    head = [W.AT_PLACE.format(prep=prep.capitalize(), place=place,
                              what=join([W.EVENT_KIND_NAMES[k] for k in at])),
            (W.NOT_AT_PLACE if lines else W.ALL_AT_PLACE).format(prep=prep, place=place)]
    return Reply("logistics", True, 0.85, "\n".join(head + lines), unplaced), bool(lines)
