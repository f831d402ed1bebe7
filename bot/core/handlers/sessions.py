"""Sessions: what's on a day or week, the next or previous one, by kind, topic or id."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, time, timedelta

from bot.core import wording as W
from bot.core.count_asked import count_asked, course_end_asked, past_count_asked
from bot.core.countdown import countdown_unit
from bot.core.course import CourseView, Reader
from bot.core.course_parts import (
    all_lectures_timed,
    event_name,
    in_qa_slots,
    join,
    live_except,
    with_qa_slots,
)
from bot.core.handlers import Reply
from bot.core.handlers.any_more import answer_any_more
from bot.core.handlers.day_of import answer_day_of_person
from bot.core.handlers.deadlines import (
    next_deadline_text,
    sessions_too,
    week_ahead_reply,
    zones_meant,
)
from bot.core.handlers.lengths import length_lead, start_only
from bot.core.handlers.nobody_there import answer_nobody_there
from bot.core.handlers.person_next import answer_person_next_to
from bot.core.handlers.week_extras import asks_whole_week, week_extras
from bot.core.lexicon import GUESS_TAG_WORDS
from bot.core.queries import (
    asked_focus,
    by_start,
    course_dates,
    course_order,
    delivered_as,
    denies,
    events_of,
    first_or_last,
    lists_person,
    neighbour,
    next_of_kind,
    on_weekday,
    so_many_by_kind,
    undated_time_asked,
    week_end,
    week_tally,
    weeks_asked,
    weeks_held,
)
from bot.core.text import tokens
from bot.core.timefmt import (
    elapsed,
    format_clock,
    format_day,
    format_day_date,
    format_duration,
    format_in_unit,
    zone_abbrev,
)
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.core.when import (
    DAY_PARTS,
    Window,
    clock_guess,
    clock_minute,
    clock_readings,
    part_of,
    shown_hour,
)
from bot.schedule.kinds import EVENT_KINDS
from bot.schedule.model import Event

_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)
ALL_KINDS = EVENT_KINDS


# Words that make "now" mean "from now on" (what remains), unlike "still" ("still going").
_LEFT_NOW = frozenset({"left", "remaining", "remain"})

def answer_schedule(q: Query, view: CourseView, reader: Reader) -> Reply:
    q = asked_focus(q)
    if _LASTS.search(q.text) and q.time.window is None and not q.coursework:
        # "how long do the q&a sessions last": their length, not the last one
        from bot.core.handlers.logistics import session_duration
        text, known = session_duration(q, view)
        return Reply("schedule", known, 0.85 if known else 0.6, text)
    if q.asks_what_next:
        # "what now": the next session and the next deadline; after the last, that all is
        # over and what the page says remains
        if not any(e.start > reader.now for e in view.timed if e.start is not None):
            return Reply("schedule", True, 0.85, _all_over(view, reader))
        q = dataclasses.replace(q, kinds=set(ALL_KINDS), direction="next",
                                time=dataclasses.replace(q.time, window=None))
    if (then_after := _and_after_that(q, view, reader)) is not None:
        return then_after
    if (more := answer_any_more(q, view, reader)) is not None:
        return more  # "was yesterday's the last q&a? any more?": yes or no, what remains
    # ("any coursework coming up this week?" on a Sunday: the deadlines' reading of it)
    if q.kinds == {"deadline"} and (ahead := week_ahead_reply(q, view, reader)) is not None:
        return ahead
    weeks = weeks_asked(q)
    if len(weeks) > 1 and not _explicit(q, view) and not q.subject_known:
        # "diff between week 5 and week 6 tutorials": each week, one after the other
        calendar = view.understander.calendar
        # "so no lectures in weeks 7 or 8?": one yes or no for all of them, then each week
        denial = q.asks_yes_no and denies(q) and bool(q.kinds)
        replies = [(_answer if denial else answer_schedule)(dataclasses.replace(
            q, also_weeks=[], time=dataclasses.replace(
                q.time, window=calendar.week_window(n, f"in week {n}"), week_number=n)),
            view, reader) for n in weeks]
        text = "\n\n".join(dict.fromkeys(r.text for r in replies))
        if denial:
            text = _weeks_denial(q, weeks, view, reader) + "\n" + text
        return Reply("schedule", all(r.answered for r in replies),
                     min(r.confidence for r in replies), text,
                     [e for r in replies for e in r.events])
    reply = _answer(q, view, reader)
    if (q.time.window is not None and q.time.window.label == W.REST_OF_COURSE
            and reply.answered and reply.events and not q.kinds):
        # ("rest of term from now? planning my shifts": what is listed is all there is)
        reply = dataclasses.replace(reply, text=f"{reply.text}\n{W.REST_IS_ALL}")
    if q.time.window is not None and (q.asks_yes_no or asks_same_as(q) or (
            (q.direction in ("first", "last") or _explicit(q, view))
            and _STATED.search(q.text))):
        # ("first q&a is on the 12th?": a guess stated, to be checked like a yes or no)
        reply = _confirmed(reply, q, view, reader)
    if _ATTENDANCE & set(q.words) and reply.events:
        # "the live panel in week 8, is it mandatory": the session, and that the page sets no
        # attendance rule (the assistant offers a TA when a part is not answered)
        reply = dataclasses.replace(reply, text=f"{reply.text}\n{W.ATTENDANCE_UNKNOWN}",
                                    answered=False)
    if _PREPARE & set(q.words) and "before" in q.words and reply.answered:
        # "what should I watch before tuesday's tutorial": the lectures of its week too
        reply = _with_week_lectures(reply, view)
    named = bool(q.kinds - {"deadline"} or q.lectures or q.tutorials)
    if (lead := length_lead(q.text, q.raw, reply.events, reader, named,
                            view.schedule)) is not None:
        # "how long is tomorrow's tutorial", "will i be out by 4": its length or end first;
        # where the page gives only a start, a TA can say how long it runs
        ta = (f"\n{view.ta_offer()}" if W.SESSION_START_ONLY.split("{")[0] in lead
              and start_only(reply.events, view.schedule) else "")
        return dataclasses.replace(reply, text=f"{lead}\n{reply.text}{ta}")
    unit = countdown_unit(q.text)
    if (q.has("how_long") or unit) and reply.events:
        # "how long until the panel": say how long, not only when; "how many hours till
        # the panel": that first, counted in the unit asked
        future = [e for e in reply.events if e.start and e.start > reader.now]
        if future:
            left = elapsed(reader.now, future[0].start)
            line = (W.DUE_IN if future[0].kind == "deadline" else W.STARTS_IN).format(
                what=future[0].title,
                left=format_in_unit(left, unit) if unit else format_duration(left))
            reply.text = f"{line}\n{reply.text}" if unit else f"{reply.text}\n{line}"
    return reply


def _weeks_denial(q: Query, weeks: list[int], view: CourseView, reader: Reader) -> str:
    """The answer to a guess that several weeks have none of a kind: right, or no with the
    ones they do have (a lecture asked as pre-recorded or live counts only when it is so)."""
    kinds = with_qa_slots(q.kinds, view.schedule)
    every = [e for e in events_of(view, kinds, q.staff) if e.week in weeks]
    found = sorted(_of_delivery_asked(q, every, view),
                   key=lambda e: (e.week, e.start or datetime.min.replace(tzinfo=view.tz), e.id))
    if not found:
        said = [str(n) for n in weeks]
        return W.DENIAL_RIGHT_IN.format(
            label="in weeks " + ", ".join(said[:-1]) + " and " + said[-1])
    slots = len({e.start or e.week for e in found})
    lead = W.DENIAL_WRONG if slots <= 1 else W.DENIAL_WRONG_MANY.format(count=slots)
    if len(found) == len(every):  # (the weeks' listings below show just these)
        return lead
    return "\n".join([lead, *view.event_lines(found, reader)]) + "\n"


def _of_delivery_asked(q: Query, events: list[Event], view: CourseView) -> list[Event]:
    """The events, the lectures among them only those given as the question says
    ("pre-recorded lectures", "live lectures"); all of them when it says neither or both."""
    recorded, live = q.has("recorded"), q.has("live")
    if recorded == live:
        return events
    wanted = "pre-recorded" if recorded else "live"
    return [e for e in events if e.kind != "lecture" or delivered_as(view, e) in (wanted, None)]


def _with_last_session(reply: Reply, timed: list[Event], view: CourseView,
                       reader: Reader) -> Reply:
    """"The very last thing on the timetable" is a deadline after the sessions end: the last
    session is said after it."""
    held = [e for e in timed if e.kind != "deadline"]
    if not held:
        return reply
    final = _same_start(held, held[-1])
    reply.text += "\n" + "\n".join(
        W.LAST_SESSION.format(line=line.lstrip("• ")) if i == 0 else line
        for i, line in enumerate(view.event_lines(final, reader)))
    reply.events = [*reply.events, *final]
    return reply


def _answer(q: Query, view: CourseView, reader: Reader) -> Reply:
    if (day := q.asks_week_of_day) is not None:  # "which week is 10 feb in": not its events
        return Reply("schedule", True, 0.85, view.week_of_day(day, today=False)[0])
    if q.asks_week_now and not q.time.week_number:
        # "which week are we in right now", read as a question of sessions: the week, not
        # what is on at this moment
        today = reader.now.astimezone(view.tz).date()
        return Reply("schedule", True, 0.85, view.week_of_day(today, today=True)[0])
    if (not q.kinds and not q.coursework and not q.lectures and not q.tutorials
            and not q.staff and not q.subject_known and q.time.window is None
            and q.direction is None and set(q.words) & _BEGIN
            and not (set(q.words) & _BACK and not _THIS_COURSE.search(q.text))):
        # "when does stuff actually begin", "has term started": the course's dates and the
        # first teaching week, not the next session
        return Reply("schedule", True, 0.8, course_dates(view, reader))
    kinds = set(q.kinds) or set(ALL_KINDS)
    if q.kinds == {"deadline"} and sessions_too(q):
        # "any live sessions or deadlines then": both kinds
        kinds = set(ALL_KINDS) - {"quiz"}
    if _only_that_kind(q):
        # "tomorrow, is it just the usual q&a?": whether anything else is on that day, so
        # everything on it is listed
        kinds = set(ALL_KINDS)
    if not q.kinds and q.has("session") and not q.time.window and not (
            q.direction in ("first", "last") and not q.cues["session"] & _ATTENDED):
        # "next session?" means something to attend; "the very last thing on the timetable"
        # is whatever comes last, a deadline included
        kinds.discard("deadline")
    kinds = with_qa_slots(kinds, view.schedule)  # e.g. a panel in a Q&A's slot
    explicit = _explicit(q, view)
    if "tutorial" in q.kinds and q.lectures and not q.tutorials:
        # "what is lecture 10 about and when is the tutorial on it": the tutorial that goes
        # with that lecture, not the lecture again ("the tutorial for lecture 10": both)
        paired = [e for lid in q.lectures for i in _tutorials_with(lid, view)
                  if (e := view.schedule.event(i)) is not None]
        if paired:
            kept = explicit if "lecture" in q.kinds else []
            explicit = list({e.id: e for e in [*kept, *paired]}.values())
    if explicit:
        return session_after(explicit, q, view, reader) or _about(explicit, q, view, reader)
    if (beside := answer_person_next_to(q, view, reader)) is not None:
        return beside  # "straight after bronstein's lecture": next to that person's session
    if (that_day := answer_day_of_person(q, view, reader)) is not None:
        return that_day  # "the tutorial on the bronstein day": that kind, on that day
    if q.topic and q.staff and q.kinds & {"lecture", "tutorial"} and q.time.window is None:
        # "bronstein's lecture on graph stuff or whatever": the one that person gives of
        # that kind is it, however loosely its subject is put
        # (not when the subject names another's title: "bronstein's lecture on transformers")
        given = events_of(view, q.kinds & {"lecture", "tutorial"}, q.staff)
        other = (q.subject_known and q.topic_matches[0].named
                 and all(given[0].id not in (m.item.id, *m.item.lectures)
                         for m in q.topic_matches if m.named)
                 if given else False)
        if len(given) == 1 and not other:
            return session_after(given, q, view, reader) or _about(given, q, view, reader)
    if q.topic:
        matched = _by_topic(q, view, kinds)
        if matched and (after := session_after(matched, q, view, reader)) is not None:
            return after
        if matched:
            reply = _about(matched, q, view, reader)
            if not q.topic_matches[0].named:
                reply.text = W.say_topic(W.TOPIC_INFERRED, q.topic_phrase) + "\n" + reply.text
            return reply
        elsewhere = other_kind_match(q, view, kinds, reader)
        if elsewhere is not None:
            return elsewhere
        vague = not q.kinds and q.time.window is None
        named = q.kinds & {"lecture", "tutorial"}
        modifier = _kind_modifier(q)
        if modifier and q.subject_unknown:
            # "the graph networks lecture" after other words: the subject right before the
            # kind names it; one no title has ("is there an advanced graphics tut tomorrow")
            # is another course's, not a reason to list what else is on that day.
            found = [m for m in view.topics.search(modifier) if m.named
                     and m.item.kind in named]
            if found:
                return _about([e for m in found if (e := view.schedule.event(m.item.id))],
                              q, view, reader)
            c = view.schedule.course
            return Reply("schedule", False, 0.2, W.NO_SUCH_KIND.format(
                kind=sorted(named)[0], phrase=modifier, code=c.code, title=c.title))
        if q.subject_unknown and (vague or q.focus_unknown):
            # "when is the football match", "is there a lecture on dropout": no guessing.
            text = (W.say_topic(W.NO_KIND_NAMED, q.topic_phrase, kind=sorted(named)[0]) if named
                    else W.say_topic(W.TOPIC_NOT_FOUND, q.topic_phrase))
            return Reply("schedule", False, 0.2, text)
    candidates = events_of(view, kinds, q.staff)
    if q.staff and q.kinds and not candidates:
        # "when are <tutor>'s lectures": the page lists none for them; said so, with whether
        # it names anyone for that kind, and what it does list them for
        from bot.core.handlers.people import person_roles  # (people use this module)
        said = person_roles(q, view, reader)
        return Reply("schedule", said.answered, said.confidence, said.text, said.events)
    if (nobody := answer_nobody_there(q, candidates, view, reader)) is not None:
        # "in the q&a call and nobody's here, wrong day?": today's at the sending time
        return nobody
    if q.time.weekday is not None:  # "the q&a on tuesdays": those held on that day
        on_day = on_weekday(view, candidates, q.time.weekday)
        if not on_day and candidates:
            held = sorted({e.start.astimezone(view.tz).weekday() for e in candidates if e.start})
            text = W.NONE_ON_WEEKDAY.format(what=_kinds_name(kinds),
                                            day=W.WEEKDAY_NAMES[q.time.weekday],
                                            days=", ".join(W.WEEKDAY_NAMES[d] for d in held))
            return Reply("schedule", True, 0.85,
                         (W.CONFIRM_NO + " " if q.asks_yes_no else "") + text)
        candidates = on_day
    if kinds == {"lecture"} and q.has("live") and q.time.window is None:
        # "any live lectures": those with a time ("are week 5's live": that week's, below)
        candidates = [e for e in candidates if e.start is not None]
    window = q.time.window
    if window is None and (untimed := undated_time_asked(q, candidates)):
        # "what time are the lecture videos released? monday 9am?": the page places them in a
        # week only; a guessed time is neither confirmed nor denied.
        what = _kinds_name({e.kind for e in untimed})
        return Reply("schedule", False, 0.6, W.RELEASE_TIME_UNKNOWN.format(what=what))
    if window is not None and (read := in_term_reading(candidates, window, q, view, reader)):
        # "is the q&a on the 23rd" asked after the course: the course's 23rd with a Q&A
        held, window, note = read
        reply = _in_window(held, kinds, window, q, view, reader)
        reply.text = note + "\n" + reply.text
        return reply
    if window is not None:
        return _in_window(candidates, kinds, window, q, view, reader)
    if (q.direction in ("first", "last") and window is None and q.kinds <= {"lecture", "quiz"}
            and any(e.start is None for e in candidates)):
        # "who gives the last lecture" (asked through here): those placed only in a week count
        group = first_or_last(view, candidates, q.direction)
        reply = _about(group, q, view, reader)
        if not q.kinds and q.direction == "last" and all(e.kind == "deadline" for e in group):
            timed = sorted((e for e in candidates if e.start), key=lambda e: (e.start, e.id))
            reply = _with_last_session(reply, timed, view, reader)
        return reply
    if (kinds == {"lecture"} and not q.has("live") and not q.staff and q.direction != "all"
            and not all_lectures_timed(view.schedule)):
        return _lectures_now(view, reader)  # pre-recorded: no time, but a week
    timed = sorted((e for e in candidates if e.start is not None), key=lambda e: (e.start, e.id))
    if ((count := past_count_asked(q.text)) is not None
            and q.direction in (None, "last", "previous", "all")):
        # "the last two tutorials": the most recent ones before now; "the last two lectures
        # of the course": the course's final ones, over or not
        whole = bool(_THIS_COURSE.search(q.text)) or course_end_asked(q.text)
        held = timed if whole else [e for e in timed if e.start <= reader.now]
        if not held:
            return Reply("schedule", True, 0.8, W.NOTHING_BEFORE)
        what = _kinds_name(kinds) if q.kinds else W.ANY_EVENTS["deadline" in kinds]
        return _last_count(held, count, what, view, reader, whole)
    if q.direction in ("previous",) or (q.has("past") and q.direction is None):
        past = [e for e in timed if e.start <= reader.now]
        if not past:
            return Reply("schedule", True, 0.8, W.NOTHING_BEFORE)
        group = _same_start(past, past[-1])
        if (on := [e for e in group if e.end is not None and reader.now < e.end]):
            # "have i missed the q&a?" while it runs: not missed, it is on until its end
            end = on[0].end.astimezone(reader.tz)
            # ("just woke up did i miss the q&a": asked whether it is missed, said or not
            # as a yes/no)
            missed = q.asks_yes_no or bool(set(q.words) & _MISSED_WORDS)
            template = W.ON_NOW_NOT_MISSED if missed else W.ON_NOW_UNTIL
            return _listing(template.format(end=format_clock(end)),
                            on, view, reader, 0.9)
        return _listing(W.LAST_WAS, group, view, reader, 0.85)
    if q.direction == "first" and timed:
        first = _same_start(timed, timed[0])
        # "the first Q&A": one in an earlier week without a date is still the first
        earlier = sorted((e for e in candidates if e.start is None and e.week is not None
                          and timed[0].week is not None and e.week < timed[0].week),
                         key=lambda e: (e.week, e.id))
        if earlier:
            group = [e for e in earlier if e.week == earlier[0].week]
            dated = view.event_lines(first, reader)[0].lstrip("• ")
            return Reply("schedule", True, 0.8, "\n".join(
                [*view.event_lines(group, reader), W.FIRST_DATED.format(line=dated)]),
                [*group, *first])
        return _listing("{line}", first, view, reader, 0.85)
    if q.direction == "last" and timed:
        last = _same_start(timed, timed[-1])
        if not q.staff and len(q.kinds) == 1:
            # "when is the last tutorial": said to be the course's last of its kind
            head = W.LAST_OF_KIND.format(kind=W.KIND_SINGULAR.get(last[0].kind, last[0].kind))
            if all(e.kind in q.kinds for e in last):
                reply = _listing(head + " {line}", last, view, reader, 0.85)
                topical = [e for e in timed if e.kind == "tutorial" and e.topic]
                if (set(q.words) & _TOPIC_ASKED and topical
                        and not any(e.topic for e in last if e.kind == "tutorial")):
                    # "what's the last tutorial about": it has none; the last one that has
                    held = _same_start(topical, topical[-1])
                    reply.text += "\n" + W.LAST_WITH_TOPIC.format(
                        topics="; ".join(f"{e.id} {e.topic}" for e in held),
                        when=view.when(held[0], reader))
                    reply.events = [*last, *held]
                return reply
        if not q.kinds and all(e.kind == "deadline" for e in last):
            return _with_last_session(_listing("{line}", last, view, reader, 0.85), timed,
                                      view, reader)
        if ("panel" not in q.kinds and "qa" in q.kinds and len(q.kinds) == 1
                and all(e.kind == "panel" for e in last)
                and all(e.kind in in_qa_slots(view.schedule) for e in last)):
            # "the last Q&A": the panel held in the Q&A slot is listed as that week's Q&A
            # (its note says so), so it is the last one; no earlier "last" after it
            head = W.LAST_OF_KIND.format(kind=W.KIND_SINGULAR.get("qa", "qa"))
            return _listing(head + " {line}", last, view, reader, 0.85)
        return _listing("{line}", last, view, reader, 0.85)
    if q.kinds and q.kinds <= {"quiz"} and q.direction in ("next", None):
        return _next_quiz(candidates, view, reader)
    if q.direction == "upcoming" or (q.asks_remaining and (q.asks_count or not (
            q.kinds or q.coursework or q.lectures or q.tutorials or q.staff))):
        chosen = sorted((e for e in candidates if _still_to_come(e, view, reader)),
                        key=lambda e: (e.start or week_end(e, view) or reader.now, e.id))
        if not chosen:
            # "anything left for this course at all?" after the last event: all of it is over
            return (_none_left(candidates, kinds, view, reader) if q.kinds
                    else Reply("schedule", True, 0.8, _all_over(view, reader)))
        return _remaining(chosen, kinds, "", view, reader, reader.now)
    if q.direction == "all" or (q.kinds and q.kinds <= {"quiz"}):
        chosen = [e for e in candidates]
        if not chosen:  # (a heading over nothing reads as an answer cut off)
            return Reply("schedule", False, 0.5, W.NONE_OF_KIND.format(what=_kinds_name(kinds)))
        name = _kinds_name(kinds)
        head = W.EVENTS_HEADER.format(what=name[0].upper() + name[1:])  # ("Q&A", not "Q&a")
        if q.asks_count:
            # "if i went to every one, how many is that": the number leads, then the list
            # (counted by session: topics sharing a slot are one)
            # (said kind by kind: "6 Q&A sessions and 1 panel discussion", not "7 Q&A")
            count, what = so_many_by_kind(chosen)
            head = (W.TALLY_TOTAL.format(count=count, what=name, sessions="")
                    if len({e.kind for e in chosen}) == 1
                    else W.TALLY_BY_KIND.format(what=what))
        return Reply("schedule", True, 0.85, "\n".join([head, *view.event_lines(chosen, reader)]),
                     chosen)
    upcoming = [e for e in timed if e.start > reader.now]
    if timed and (q.staff or (q.kinds and len(timed) <= 2 and q.direction is None)):
        # "when is <lecturer>'s lecture", "when is the panel": the answer is that event,
        # whether it is still to come or not. Asked where, a lecture is shown as lectures
        # are (how and where it is given: "online"), not as a session line without a place.
        if q.has("where") and any(e.kind == "lecture" and not e.location for e in timed):
            return _about(timed, q, view, reader)
        return Reply("schedule", True, 0.9, "\n".join(view.event_lines(timed, reader)), timed)
    if not upcoming:
        if timed:  # say what the last one was rather than only "nothing left"
            group = _same_start(timed, timed[-1])
            text = W.NOTHING_NEXT + "\n" + W.LAST_WAS.format(
                line=view.event_lines(group, reader)[0].lstrip("• "))
            return Reply("schedule", True, 0.8, text, [])
        return Reply("schedule", True, 0.8, W.NOTHING_NEXT)
    if (count := count_asked(q.text)) is not None and q.direction in (None, "next"):
        # (none named: "sessions", or "sessions and deadlines" when those are among them)
        what = _kinds_name(kinds) if q.kinds else W.ANY_EVENTS["deadline" in kinds]
        return _next_count(upcoming, count, what, view, reader)
    group = _same_start(upcoming, upcoming[0])
    groups = _kind_groups(q.kinds)
    if len(groups) > 1 and q.direction in (None, "next"):
        # "when are the q&a and the tutorial": the next one of each kind named ("anything
        # live or due": the next session and the next deadline)
        firsts = [next((e for e in upcoming if e.kind in g), None) for g in groups]
        group = sorted({e.id: e for e in firsts if e is not None}.values(),
                       key=lambda e: (e.start, e.id))
        group = [e for e in upcoming if any(e.start == g.start for g in group)]
        # ("what's next" at 8 with a Q&A at 10 and a tutorial at 11: both, not the Q&A and
        # then a deadline weeks away) the sessions that follow the next one the same day
        group += _same_day_after(upcoming, group, groups[0], view)
        group.sort(key=lambda e: (e.start, e.id))
    if not q.kinds and q.unread and not (q.staff or q.lectures or q.tutorials or q.coursework):
        # "hocam <word> ne zaman": what is asked is in a word of another language not read;
        # the next event, whatever it is, would answer another question
        kinds = sorted({e.kind for e in view.events}, key=EVENT_KINDS.index)
        return Reply("schedule", False, 0.5, W.EVENT_NOT_READ.format(
            kinds=join([W.EVENT_KIND_NAMES[k] for k in kinds]),
            example=W.KIND_SINGULAR[kinds[0]]))
    nxt = _listing(W.NEXT_IS, group, view, reader, 0.85)
    if q.kinds and (untimed := _untimed_first(candidates, upcoming[0], reader.now, view)):
        # "is the q&a happening" in week 1: week 2's, placed in its week without a time,
        # comes before the next dated one
        return Reply("schedule", True, 0.8, "\n".join(
            [W.UNDATED_THAT_WEEK.format(week=untimed[0].week),
             *view.event_lines(untimed, reader), nxt.text]), [*untimed, *nxt.events])
    return nxt


_EITHER_OR = re.compile(r"\bor\b")
_MISSED_WORDS = frozenset({"miss", "missed", "over", "finished", "ended", "done", "late"})
# "how long do the tutorials last", "how long does a q&a go on for": a session's length.
_LASTS = re.compile(r"\bhow long (?:do|does|will|did|is|are)\b(?:(?! until| till| left| before|"
                    r" after| between| from)[^.?!]){0,40}?\b(?:last|lasts|take|run|go on)\b")
_STATED = re.compile(r"\b(?:is|was|are|were|s)\s+(?:on|in|at)\b")
_ATTENDANCE = frozenset({"mandatory", "compulsory", "obligatory", "attendance", "required"})
_PREPARE = frozenset({"watch", "prepare", "prep", "review", "revise", "read", "rewatch"})
_BACK = frozenset({"it", "its", "that", "this", "they", "them"})  # "when does it start"
# Words for something attended, not any entry of the timetable ("the last session").
_ATTENDED = frozenset({"session", "sessions", "class", "classes", "lesson", "lessons",
                       "meeting", "meetings"})
_BEGIN = frozenset({"begin", "begins", "beginning", "start", "starts", "started", "starting",
                    "kick", "kicks", "commence", "commences"})
# "when does this module actually begin": "this" is the course, not a thing said before
# ("when does it all start": everything, which is the course as a whole)
_THIS_COURSE = re.compile(r"\b(?:this|the|that) (?:course|module|class|term|subject)\b"
                          r"|\bit all\b|\ball of it\b")
_EXISTS = re.compile(r"\b(?:is|are|will|was|were) there\b|\bany\b|\bstill\b"
                     rf"|\b(?:{GUESS_TAG_WORDS}|no)\W*$"
                     r"|\b(?:told me|i heard|heard that|i was told|pretty sure|apparently)\b"
                     r"|\b(?:friends?|mates?|someone|somebody|people|classmates?|everyone|"
                     r"others|group|gc|chat|he|she|they)\b[^.?!]{0,20}?"
                     r"\b(?:said|says|reckons?|mentioned)\b"
                     # (a conclusion drawn: "so there's a tut in week 8", "so no q&a then")
                     r"|\bso (?:there (?:is|are|isn'?t|aren'?t)|no)\b")


# "what's on 2 march and do we still have to hand anything in after that": a time, then what
# follows it.
_AFTER_THAT = re.compile(r"\b(?:after (?:that|then|it)|afterwards?|from then on|later on)\b")
_JOIN = re.compile(r"\b(?:and|also|plus|then)\b|[,;&+]")


def _and_after_that(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """What is on in the time the first clause names, then what of the kinds the second
    clause asks for comes after that time; None unless the question asks both."""
    window = q.time.window
    m = _AFTER_THAT.search(q.text)
    if window is None or m is None or window.granularity in ("after", "now"):
        return None
    joins = [j for j in _JOIN.finditer(q.text, 0, m.start())]
    if not joins:
        return None
    first, second = q.text[:joins[-1].start()], q.text[joins[-1].end():]

    def kinds_in(clause: str) -> set[str]:
        said = set(tokens(clause))
        return {k for k in q.kinds if said & q.cues.get(k, set())}
    first_kinds = kinds_in(first)
    later_kinds = kinds_in(second) or set(q.kinds) or set(ALL_KINDS)
    then = _answer(dataclasses.replace(q, kinds=first_kinds, direction=None), view, reader)
    after = max(window.end, reader.now)
    later = sorted((e for e in events_of(view, later_kinds, q.staff)
                    if e.start and e.start >= after), key=lambda e: (e.start, e.id))
    label = re.sub(r"^(?:on|in) ", "", window.label)
    lines = [then.text, W.AFTER_THAT.format(what=_kinds_name(later_kinds), label=label)]
    lines += view.event_lines(later, reader) if later else [W.NOTHING_NEXT]
    return Reply("schedule", then.answered, then.confidence, "\n".join(lines),
                 [*then.events, *later])


def _confirmed(reply: Reply, q: Query, view: CourseView, reader: Reader) -> Reply:
    """Yes or no first, then the facts: the sessions in the time the question names, and,
    when it names a topic held at another time, when that one is."""
    window = q.time.window
    assert window is not None
    kinds = with_qa_slots(q.kinds or ALL_KINDS, view.schedule)
    held = sorted((e for e in events_of(view, kinds, q.staff)
                   if e.start and window.start <= e.start < window.end),
                  key=lambda e: (e.start, e.id))
    if window.course_week is not None:  # placed only in a week: a pre-recorded lecture
        held += [e for e in events_of(view, kinds, q.staff)
                 if e.start is None and e.week == window.course_week]
    if denies(q) and q.asks_yes_no and len(kept := _of_delivery_asked(q, held, view)) < len(held):
        # "no pre-recorded lectures in week 7 right?" with only a live one: right, then what
        # that week has
        if not kept:
            return dataclasses.replace(reply, text=W.DENIAL_RIGHT_IN.format(
                label=window.label) + "\n" + reply.text)
        held = kept
    if window.granularity in ("after", "now") or not q.kinds or _EITHER_OR.search(q.text):
        # a count; what is on now (the reply says what is next instead); "is week 9 free"
        # (nothing named to say yes about); "at 10 or 11", "week 3 or 4" (not a yes/no)
        return reply
    if (other_part := _other_day_part(q, held, window, view, reader)) is not None:
        return other_part
    matched = _by_topic(q, view, kinds) if q.subject_known else []
    # "the first q&a was on 11 jan?", "is lecture 22 on the 23rd": the one the question
    # names by id or as the course's first or last, checked against that time, not the next
    picked, head = _picked(q, view) if not matched else ([], "")
    if picked and (compared := _same_as(q, picked, held, view, reader)) is not None:
        return compared
    if picked and not set(picked) & set(held):
        label = window.label[0].upper() + window.label[1:]
        said = (view.event_lines(held, reader) if held
                else [W.NOTHING_IN.format(label=window.label, what=_kinds_name(set(q.kinds)))])
        return Reply("schedule", True, 0.9, "\n".join(
            [W.CONFIRM_NO_TOPIC.format(label=label) if held else W.CONFIRM_NO + " " + said[0],
             *(said if held else []), head, *view.event_lines(picked, reader)]),
            [*held, *picked])
    if picked and window.granularity == "day" and all(e.start is None for e in picked):
        # placed only in the week that holds the day: neither yes nor no; what that day has
        others = _others_in(kinds, window, view)
        return Reply("schedule", True, 0.85, "\n".join(
            [head, W.UNDATED_THAT_WEEK.format(week=picked[0].week),
             *view.event_lines(picked, reader),
             *([W.OTHERS_IN.format(label=window.label.removeprefix("on ")),
                *view.event_lines(others, reader)] if others else [])]), [*picked, *others])
    matched = matched or picked
    if not held:
        if not reply.events and _EXISTS.search(q.text):  # "is there a q&a tomorrow": no
            reply.text = (W.DENIAL_RIGHT if denies(q) else W.CONFIRM_NO) + " " + reply.text
        return reply
    if not matched:
        # without a topic, only whether there is one then ("is there a tut tmrw", "Q&A starts
        # in 20 min right?"), not what it is like ("are the week 5 lectures live?")
        if (reply.answered and reply.events and set(reply.events) <= set(held)
                and (_EXISTS.search(q.text) or _states_when(q)) and not q.has("where", "who")):
            over = _all_over_this_week(q, [e for e in held if e.start], window, reader)
            reply.text = ((W.CONFIRM_YES_OVER if over and not denies(q)
                           else _verdict(q, reply.events, view, reader)) + " " + reply.text)
        return reply
    if set(matched) & set(held):
        # the one asked about, with what shares its slot ("T01 and T02" in one tutorial)
        starts = {e.start for e in matched if e.start is not None}
        same = [e for e in held if e in matched or e.start in starts]
        return Reply("schedule", True, 0.9, "\n".join([_verdict(q, same, view, reader),
                                                       *view.event_lines(same, reader)]), same)
    elsewhere = [e for e in matched if e not in held]
    label = window.label[0].upper() + window.label[1:]
    text = "\n".join([W.CONFIRM_NO_TOPIC.format(label=label), *view.event_lines(held, reader),
                      W.say_topic(W.CONFIRM_TOPIC_WHEN, q.topic_phrase),
                      *view.event_lines(elsewhere, reader)])
    return Reply("schedule", True, 0.9, text, [*held, *elsewhere])


# A part of the day said as a premise ("is the tut tonight?", "is today's q&a in the
# afternoon"), with its hours in the asker's zone; "tonight" asked after midnight is the
# coming evening, as the window is the rest of that day.
_DAY_PART_SAID = re.compile(r"\b(?:(tonight)|(?:this|in the|on the) "
                            r"(morning|afternoon|evening|night))\b")


def _other_day_part(q: Query, held: list[Event], window: Window, view: CourseView,
                    reader: Reader) -> Reply | None:
    """"No: it's this morning, 11:00-12:00" when a yes/no names a part of a day whose
    sessions of that kind all fall in another part of it; None when it names none, the
    window is longer than a day, or one of them is in that part."""
    m = _DAY_PART_SAID.search(q.text)
    timed = [e for e in held if e.start is not None]
    if m is None or not timed or window.end - window.start > timedelta(days=1, hours=1):
        return None
    begin, end = DAY_PARTS[m.group(1) or m.group(2)]
    if any(begin <= e.start.astimezone(reader.tz).hour < end for e in timed):
        return None
    today = reader.now.astimezone(reader.tz).date()
    start = timed[0].start.astimezone(reader.tz)
    stop = (timed[-1].end or timed[-1].start).astimezone(reader.tz)
    part = part_of(start.hour)
    same_day = start.date() == today
    when = (W.DAY_PART_SMALL_HOURS if part == "night"
            else W.DAY_PART_TODAY if same_day else W.DAY_PART_THAT_DAY).format(part=part)
    text = W.DAY_PART_OTHER.format(when=when, hours=f"{start:%H:%M}-{stop:%H:%M}",
                                   zone=zone_abbrev(start), asked=m.group(0))
    return Reply("schedule", True, 0.9, "\n".join([text, *view.event_lines(timed, reader)]),
                 timed)


# "is it on the same day as the week 5 q&a", "same week as the quiz?": one session set against
# the others the question names in a time, not whether those are the one asked about.
_SAME_AS = re.compile(r"\bsame (day|date|week|time)\b")


def asks_same_as(q: Query) -> bool:
    """Sets a session against others ("same day as the q&a?"): what it is set against is
    named, the session itself is the one before ("it", or nothing: "same day as ...")."""
    return _SAME_AS.search(q.text) is not None


def _same_as(q: Query, picked: list[Event], held: list[Event], view: CourseView,
             reader: Reader) -> Reply | None:
    """Whether the session a part names (by id, or borrowed: "it") falls on the same day,
    week or time as the ones in the time it names; None when it asks no such thing."""
    m = _SAME_AS.search(q.text)
    others = [e for e in held if e not in picked]
    if m is None or not others or any(e.start is None for e in [*picked, *others]):
        return None
    unit = "day" if m.group(1) == "date" else m.group(1)

    def key(e: Event) -> object:
        start = e.start.astimezone(reader.tz)  # type: ignore[union-attr]
        return {"day": start.date(), "week": e.week, "time": start}[unit]
    same = {key(e) for e in picked} & {key(e) for e in others}
    lines = [(W.SAME_AS_YES if same else W.SAME_AS_NO).format(unit=unit),
             *view.event_lines(picked, reader), *view.event_lines(others, reader)]
    return Reply("schedule", True, 0.9, "\n".join(lines), [*picked, *others])


def _verdict(q: Query, held: list[Event], view: CourseView, reader: Reader) -> str:
    """Yes, unless the question also says a clock time none of them starts at ("the first
    tutorial is on the 19th at 10, right?" when it is at 11): then no, not at that time.
    An hour said without am/pm is either; so is the asker's time or the course's (a student
    abroad may quote the page)."""
    if denies(q):  # "there's no tutorial in week 5 right?" when there is one
        slots = len({e.start or e.id for e in held})  # (pre-recorded lectures: one each)
        return W.DENIAL_WRONG if slots <= 1 else W.DENIAL_WRONG_MANY.format(count=slots)
    zones = zones_meant(q, view, reader)
    starts = [e.start.astimezone(zone) for e in held if e.start is not None for zone in zones]
    day = said_weekday(q.text)
    if day is not None and starts and all(s.weekday() != day for s in starts):
        # "the week 5 q&a is on wednesday for me, right?" when it is Tuesday evening there
        return W.CONFIRM_NOT_ON.format(day=W.WEEKDAY_NAMES[day])
    hour, minute = clock_guess(q.raw), clock_minute(q.raw)
    if hour is None or not starts or any((s.hour % 12, s.minute) == (hour % 12, minute)
                                         for s in starts):
        return W.CONFIRM_YES
    hour = shown_hour(clock_readings(q.raw) or {hour})  # ("at 3": 15:00, not 03:00)
    return W.CONFIRM_NOT_AT.format(hour=f"{hour:02d}:{minute:02d}")


# A weekday said in a question ("... is on wednesday for me, right?"); "sat" and "sun" only
# written out (not "sat the exam").
_SAID_WEEKDAY = re.compile(r"\b(?:(mon|tue|wed|thu|fri)(?:day|s|sday|nesday|r|rs|rsday)?"
                           r"|(sat)urdays?|(sun)days?)\b")


def _on_course_weekday(q: Query, candidates: list[Event], timed: list[Event], window: Window,
                       view: CourseView) -> list[Event]:
    """"The tuesday q&a and tutorial" asked from another zone: the weekday names the kinds'
    day as the course holds them, so a session on that course day that falls on another
    day of the asker's calendar (11:00 GMT is Wednesday in Auckland) is one of them too."""
    day = window.start.date()
    if (window.granularity != "day" or not q.kinds - {"deadline"}
            or said_weekday(q.text) != day.weekday()):
        return []
    start = datetime.combine(day, time(), view.tz)
    return [e for e in candidates if e.start and e not in timed and e.kind in q.kinds
            and start <= e.start < start + _DAY]


def said_weekday(text: str) -> int | None:
    """The one weekday a question names (0 is Monday); None when it names none or several
    ("tuesday or wednesday" is a choice, not a premise)."""
    days = {next(g for g in m.groups() if g) for m in _SAID_WEEKDAY.finditer(text.lower())}
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return names.index(days.pop()) if len(days) == 1 else None


def _states_when(q: Query) -> bool:
    """Whether a yes/no question says the weekday or the clock time of what it asks about,
    a premise to check against the sessions found ("the tut is thursday for me isnt it")."""
    return said_weekday(q.text) is not None or clock_guess(q.raw) is not None


# Words asking what a session is on ("the last tutorial's topic", "what is it about").
_TOPIC_ASKED = frozenset({"topic", "topics", "about", "cover", "covers", "covered", "covering",
                          "subject"})


def _picked(q: Query, view: CourseView) -> tuple[list[Event], str]:
    """The sessions a question names by id, or as the course's first or last of a kind, with
    the line that introduces them; ([], "") when it names none that way."""
    if explicit := _explicit(q, view):
        return explicit, W.say_topic(W.CONFIRM_TOPIC_WHEN, q.topic_phrase)
    if q.direction not in ("first", "last") or len(q.kinds) != 1:
        return [], ""
    group = first_or_last(view, events_of(view, set(q.kinds), q.staff), q.direction)
    if not group:
        return [], ""
    kind = W.KIND_SINGULAR.get(group[0].kind, group[0].kind)
    return group, (W.FIRST_OF_KIND if q.direction == "first" else W.LAST_OF_KIND).format(
        kind=kind)


def _with_week_lectures(reply: Reply, view: CourseView) -> Reply:
    """The reply, with the lectures of the weeks of the sessions it names."""
    weeks = sorted({e.week for e in reply.events if e.kind != "lecture" and e.week is not None})
    shown = {e.id for e in reply.events}
    lines, events = [], []
    for week in weeks:
        lectures = [lec for lec in view.schedule.lectures
                    if lec.week == week and lec.id not in shown]
        if lectures:
            lines.append(W.LECTURES_OF_WEEK.format(week=week, titles="; ".join(
                f"{lec.number} {lec.title}" for lec in lectures)))
            events += [e for lec in lectures if (e := view.schedule.event(lec.id))]
    if not lines:
        return reply
    return dataclasses.replace(reply, text="\n".join([reply.text, *lines]),
                               events=[*reply.events, *events])


def other_kind_match(q: Query, view: CourseView, kinds: set[str], reader: Reader
                      ) -> Reply | None:
    """The topic is in the course, but not as the kind asked for ("the tutorial on
    dropout" when only a lecture covers it): say so and show where it is."""
    if not q.subject_known or not (kinds & {"lecture", "tutorial"}) or kinds >= {
            "lecture", "tutorial"}:
        return None
    best = q.topic_matches[0]
    event = view.schedule.event(best.item.id) or next(
        (view.schedule.event(lid) for lid in best.item.lectures), None)
    if event is None:
        return None
    wanted = "tutorial" if "tutorial" in kinds else "lecture"
    companions = [e for item in view.topics.companions(event.id, wanted)
                  if (e := view.schedule.event(item.id)) is not None]
    if companions:
        # "the gnn tutorial": none is titled so, but the one titled "GCNs" goes with the
        # lecture "GNNs, GCNs" the topic names
        head = W.COMPANION_OF.format(kind=wanted, title=event_name(event))
        return Reply("schedule", True, 0.8, "\n".join([head, *(
            [_lecture_line(e, view, reader) for e in companions] if wanted == "lecture"
            else view.event_lines(companions, reader))]), companions)
    lines = [W.say_topic(W.NO_KIND_FOR_TOPIC, q.topic_phrase, kind=wanted)]
    lines += ([_lecture_line(event, view, reader)] if event.kind == "lecture"
              else view.event_lines([event], reader))
    return Reply("schedule", False, 0.5, "\n".join(lines), [event])


def _still_to_come(e: Event, view: CourseView, reader: Reader) -> bool:
    """Timed: it starts after now. Placed only in a week: that week has not ended yet
    (and with no week either, it cannot be ruled out)."""
    if e.start is not None:
        return e.start > reader.now
    end = week_end(e, view)
    return end is None or end > reader.now


def _week_start(e: Event, view: CourseView) -> datetime | None:
    week = view.schedule.week(e.week) if e.week is not None else None
    if week is None:
        return None
    return datetime.combine(week.starts, time(), view.schedule.tz)




def _remaining(chosen: list[Event], kinds: set[str], since: str, view: CourseView,
               reader: Reader, after: datetime | None = None) -> Reply:
    """Everything of these kinds still to come, counted by session (two tutorials in one
    slot are one session); asked of every kind, the weeks of the rest of the term with no
    session in them too ("week 9: nothing")."""
    what = _kinds_name(kinds)
    head = W.REMAINING_HEADER.format(what_cap=what[0].upper() + what[1:], since=since,
                                     count=len(by_start(chosen)))
    # lectures placed only in a week as the page gives them (pre-recorded, their week)
    recorded = [e for e in chosen if e.kind == "lecture" and e.start is None]
    others = [e for e in chosen if e not in recorded]
    lines = [head, *("• " + view.lecture_line(e, reader) for e in recorded),
             *view.event_lines(others, reader)]
    if after is not None and set(ALL_KINDS) <= kinds:
        empty = _weeks_without_sessions(view, after)
        if empty:
            lines.append(W.WEEKS_EMPTY.format(s="s" if len(empty) > 1 else "", weeks=", ".join(
                f"{n} ({view.week_span(n)})" for n in empty)))
    return Reply("schedule", True, 0.85, "\n".join(lines), chosen)


def _weeks_without_sessions(view: CourseView, after: datetime) -> list[int]:
    """The course weeks ending after `after` in which no session is held or placed."""
    sessions = [e for e in view.events if e.kind != "deadline"]
    _, missing = weeks_held(view, sessions)
    later = []
    for n in missing:
        week = view.schedule.week(n)
        if week is not None and datetime.combine(week.starts + _WEEK, time(), view.tz) > after:
            later.append(n)
    return later


def _later_today(candidates: list[Event], window: Window, reader: Reader) -> list[Event]:
    """Events later today than now, when the window asked starts at the end of the asker's
    today ("what's left after today"): still to come, though not after today."""
    local = reader.now.astimezone(reader.tz)
    midnight = datetime.combine(local.date() + _DAY, time(), reader.tz)
    if window.start != midnight:
        return []
    return sorted((e for e in candidates if e.start and reader.now < e.start < window.start),
                  key=lambda e: (e.start, e.id))


def _all_over(view: CourseView, reader: Reader) -> str:
    """Everything on the schedule is over: say so, name the last thing it dates, and what
    remains that it does not date (the exam)."""
    lines = [W.NOTHING_LEFT_AT_ALL]
    if view.timed:
        last = view.timed[-1]
        lines.append(W.LAST_WAS.format(line=view.event_lines([last], reader)[0].lstrip("• ")))
    weight = view.schedule.assessment.exam_weight
    if weight:
        lines.append(W.EXAM_STILL_AHEAD.format(weight=weight))
    return "\n".join(lines)


def _none_left(candidates: list[Event], kinds: set[str], view: CourseView,
               reader: Reader) -> Reply:
    """"How many tutorials are left" after the last one: the count still to come (none),
    as it is given while some are, how many there were, and the last of them."""
    what = _kinds_name(kinds)
    lines = [W.REMAINING_HEADER.format(what_cap=what[0].upper() + what[1:], since="", count=0)]
    held = by_start(candidates)
    if held:
        lines.append(W.ALL_OF_KIND_OVER[1 if len(held) == 1 else "more"].format(count=len(held)))
    timed = sorted((e for e in candidates if e.start is not None), key=lambda e: (e.start, e.id))
    if timed:
        last = _same_start(timed, timed[-1])
        lines.append(W.LAST_WAS.format(line=view.event_lines(last, reader)[0].lstrip("• ")))
    return Reply("schedule", True, 0.8, "\n".join(lines), [])


def _kinds_name(kinds: set[str]) -> str:
    if set(ALL_KINDS) <= kinds:
        return "sessions and deadlines"
    names = [W.EVENT_KIND_NAMES[k] for k in ALL_KINDS
             if k in kinds and not (k == "panel" and "qa" in kinds)]
    return " and ".join(names)


def _same_day_after(upcoming: list[Event], group: list[Event], kinds: set[str],
                    view: CourseView) -> list[Event]:
    """The sessions of `kinds` after the first of them in `group`, on its day (course time),
    not already in `group`: a morning's second session is as near as its first."""
    first = next((e for e in group if e.kind in kinds), None)
    if first is None or len(kinds) < 2:
        return []
    day = first.start.astimezone(view.tz).date()
    return [e for e in upcoming if e.kind in kinds and e not in group and e.start > first.start
            and e.start.astimezone(view.tz).date() == day]


def _same_start(events: list[Event], first: Event) -> list[Event]:
    return [e for e in events if e.start == first.start]


def _listing(template: str, group: list[Event], view: CourseView, reader: Reader,
             confidence: float) -> Reply:
    lines = view.event_lines(group, reader)
    text = template.format(line=lines[0].lstrip("• "))
    return Reply("schedule", True, confidence, "\n".join([text, *lines[1:]]), group)


def _next_count(upcoming: list[Event], count: int, what: str, view: CourseView,
                reader: Reader) -> Reply:
    """"The next three sessions": that many, in order. Tutorials at the same time are one
    session (one line), so they count once; fewer are said to be all that is left."""
    chosen: list[Event] = []
    seen: set[object] = set()
    for e in upcoming:
        key = (e.kind, e.start) if e.kind == "tutorial" else e.id
        if key not in seen and len(seen) == count:
            break
        seen.add(key)
        chosen.append(e)
    head = (W.NEXT_COUNT.format(count=count, what=what) if len(seen) == count
            else W.ONLY_LEFT.format(count=len(seen), what=what,
                                    verb="is" if len(seen) == 1 else "are"))
    return Reply("schedule", True, 0.85, "\n".join([head, *view.event_lines(chosen, reader)]),
                 chosen)


def _last_count(held: list[Event], count: int, what: str, view: CourseView,
                reader: Reader, of_course: bool = False) -> Reply:
    """"The last two tutorials": the latest that many of `held` (in time order), in order.
    Tutorials at the same time are one session (one line, both topics), so they count once;
    fewer are said to be all there were."""
    chosen: list[Event] = []
    seen: set[object] = set()
    for e in reversed(held):
        key = (e.kind, e.start) if e.kind == "tutorial" else e.id
        if key not in seen and len(seen) == count:
            break
        seen.add(key)
        chosen.append(e)
    chosen.reverse()
    last = W.LAST_COUNT_OF_COURSE if of_course else W.LAST_COUNT
    head = (last.format(count=count, what=what) if len(seen) == count
            else W.ONLY_HELD.format(count=len(seen), what=what,
                                    verb="was" if len(seen) == 1 else "were"))
    return Reply("schedule", True, 0.85, "\n".join([head, *view.event_lines(chosen, reader)]),
                 chosen)


def _tutorials_with(lecture_id: str, view: CourseView) -> list[str]:
    """The tutorials of a lecture's week that go with it: by their titles either way ("GCNs"
    with "GNNs, GCNs", "recurrent networks" with "RNN basics"), or named by its title however
    spelt ("Batch-norm" by "BatchNorm")."""
    lecture = view.schedule.lecture(lecture_id)
    if lecture is None:
        return []
    topics = view.topics
    ids = [i.id for i in topics.goes_with(lecture_id, "tutorial")]
    ids += [t.id for t in topics.items if t.kind == "tutorial" and t.week == lecture.week
            and any(i.id == lecture_id for i in topics.goes_with(t.id, "lecture"))]
    ids += [m.item.id for m in topics.search(lecture.title, kinds={"tutorial"})
            if m.named and m.item.week == lecture.week]
    return list(dict.fromkeys(ids))


def _explicit(q: Query, view: CourseView) -> list[Event]:
    ids = [*q.tutorials, *q.lectures]
    return [e for i in ids if (e := view.schedule.event(i)) is not None]




# Words before a kind that say which one, not what it is about ("im in another lecture").
_NO_SUBJECT = frozenset({"another", "other", "different", "separate", "same", "extra",
                         "additional", "whole", "entire", "boring", "long", "short", "early",
                         "late", "morning", "afternoon", "evening", "usual", "normal", "weekly"})


def _kind_modifier(q: Query) -> str:
    """The subject words right before "lecture" or "tutorial" ("the robotics tut"), if any."""
    words = q.text.split()
    subject = set(q.subject_words)
    for i, w in enumerate(words):
        if w in _KIND_WORDS and i and words[i - 1] in subject and words[i - 1] not in _NO_SUBJECT:
            start = i - 1
            while start and words[start - 1] in subject:
                start -= 1
            return " ".join(words[start:i])
    return ""


def _by_topic(q: Query, view: CourseView, kinds: set[str]) -> list[Event]:
    item_kinds = {k for k in kinds if k in ("lecture", "tutorial")}
    if not item_kinds:
        return []
    # "batchnorm: lecture + tut": each kind asked for by its own best match, not only the
    # kind that matches the topic's words best
    per_kind = [item_kinds] if not q.kinds >= {"lecture", "tutorial"} else [
        {k} for k in sorted(item_kinds)]
    ids: list[str] = []
    unmatched: list[str] = []
    for wanted in per_kind:
        matches = [m for m in q.topic_matches if m.item.kind in wanted]
        if not matches or matches[0].score < MATCH_THRESHOLD:
            unmatched += sorted(wanted)
            continue
        best = matches[0].score
        # The near-equal matches are one answer, listed in the course's order: their scores
        # differ by float rounding (how the question's embedding was batched), which must
        # not reorder "17, 17a" from one run to the next.
        near = [e for m in matches if m.score >= best - 0.05
                and (e := view.schedule.event(m.item.id)) is not None]
        ids += [e.id for e in sorted(near, key=lambda e: course_order(view, e))]
    if ids and len(per_kind) > 1:
        # "a lecture on transformers or only the tutorial": the kind no title names is found
        # by the sessions that go with the matched ones ("attention" with "Attention &
        # Transformer basics"), so both kinds are listed
        ids += [item.id for kind in unmatched for i in list(ids)
                for item in view.topics.goes_with(i, kind)]
    elif ids and not q.kinds & {"lecture", "tutorial"}:
        # "when are transformers": no kind named, so the topic's lectures and the tutorials
        # that go with them (not a tutorial's other lectures: "VAEs, GANs" is no GAN
        # lecture for VAEs)
        ids += [t.item.id for t in view.topics.tutorials_of_named(
            m for i in list(ids) for m in q.topic_matches if m.item.id == i)]
    return [e for i in dict.fromkeys(ids) if (e := view.schedule.event(i)) is not None]


def _about(events: list[Event], q: Query, view: CourseView, reader: Reader) -> Reply:
    lines: list[str] = []
    for e in events:
        if e.kind == "lecture":
            lines.append(_lecture_line(e, view, reader))
        else:
            lines.extend(view.event_lines([e], reader))
    return Reply("schedule", True, 0.9, "\n".join(lines), events)


# "what comes after lecture 14", "which tut is after the vae/gan one": asks what follows it.
_ASKS_AFTER = re.compile(r"\b(?:what|which|whats|what's)\b[^.?!]*?\b(?:after|following)\s")


# "the tutorial right after the gan lecture": the kind asked, said before "after".
_KIND_BEFORE_AFTER = re.compile(r"\b(lecture|lec|tutorial|tut)s?\b[^.?!]{0,20}?"
                                r"\b(?:after|following)\s")
_KIND_WORDS = {"lecture": "lecture", "lec": "lecture", "tutorial": "tutorial", "tut": "tutorial"}


def session_after(named: list[Event], q: Query, view: CourseView,
                  reader: Reader) -> Reply | None:
    """The lecture or tutorial that follows the one named, in the course's order, when the
    question asks what comes after it; of the kind asked when that differs from the named
    one's ("the tutorial after the GAN lecture"). None when it does not ask that."""
    if not _ASKS_AFTER.search(q.text):
        return None
    m = _KIND_BEFORE_AFTER.search(q.text)
    asked = _KIND_WORDS[m.group(1)] if m else None
    anchors = [e for e in named if e.kind != asked] or named
    if (len({e.kind for e in anchors}) != 1 or anchors[0].kind not in ("lecture", "tutorial")
            or not _one_run(anchors, view)):
        return None
    first = max(anchors, key=lambda e: course_order(view, e))
    title = event_name(first)
    if asked is not None and asked != first.kind:
        after = next_of_kind(view, first, asked)
    else:
        after = neighbour(view, first, "after")  # (lectures in the page's order, others by time)
    if not after:
        return Reply("schedule", True, 0.85, W.NONE_AFTER_SESSION.format(title=title), named)
    reply = _about(after, q, view, reader)
    return dataclasses.replace(reply, text=W.AFTER_SESSION.format(title=title) + "\n"
                               + reply.text)


def _one_run(events: list[Event], view: CourseView) -> bool:
    """One event, or lectures next to each other in the page's order ("the GAN lectures",
    17 and 17a): what follows is what follows the last of them."""
    if len(events) == 1:
        return True
    order = [lec.id for lec in view.schedule.lectures]
    at = sorted(order.index(e.id) for e in events if e.id in order)
    return len(at) == len(events) and at == list(range(at[0], at[0] + len(at)))


def _lecture_line(e: Event, view: CourseView, reader: Reader) -> str:
    return view.lecture_line(e, reader)


def _lectures_now(view: CourseView, reader: Reader) -> Reply:
    """Pre-recorded lectures have no time: answer with the current (or next) week's set."""
    today = reader.now.astimezone(view.tz).date()
    weeks = [w for w in view.schedule.weeks if w.starts + _WEEK > today
             and any(lec.week == w.number for lec in view.schedule.lectures)]
    if not weeks:
        return Reply("schedule", True, 0.75, W.NOTHING_NEXT)
    week = weeks[0]
    lectures = [lec for lec in view.schedule.lectures if lec.week == week.number]
    titles = "; ".join(f"{lec.number} {lec.title}" + (" (live)" if lec.start else "")
                       for lec in lectures)
    text = W.LECTURES_PRERECORDED.format(week=week.number, titles=titles,
                                         live=live_except(view.schedule))
    events = [e for lec in lectures if (e := view.schedule.event(lec.id))]
    live = [e for e in events if e.start]
    if live:
        text += "\n" + "\n".join(_lecture_line(e, view, reader) for e in live)
    elif later := _next_live_lecture(view, reader):
        # "when's the next lecture": the next one given live, with its day, time and lecturer,
        # is a lecture to attend, besides the recordings to watch
        text += "\n" + W.NEXT_LIVE_LECTURE.format(line=_lecture_line(later, view, reader))
        events.append(later)
    return Reply("schedule", True, 0.8, text, events)


def _next_live_lecture(view: CourseView, reader: Reader) -> Event | None:
    """The first lecture with a time still to come, if any."""
    timed = [e for lec in view.schedule.lectures if (e := view.schedule.event(lec.id))
             and e.start is not None and e.start > reader.now]
    return min(timed, key=lambda e: (e.start, e.id), default=None)


def _next_quiz(quizzes: list[Event], view: CourseView, reader: Reader) -> Reply:
    today = reader.now.astimezone(view.tz).date()
    for e in quizzes:
        week = view.schedule.week(e.week or 0)
        if week and week.starts + _WEEK > today:
            text = W.QUIZ_NEXT.format(title=e.title, week=e.week, span=view.week_span(week.number))
            return Reply("schedule", True, 0.8, text, [e])
    return Reply("schedule", True, 0.7, W.NOTHING_NEXT)


# More course days than this holding what is asked: a weekly thing, no date read for it.
_FEW_DAYS = 3


def in_term_reading(candidates: list[Event], window: Window, q: Query, view: CourseView,
                    reader: Reader) -> tuple[list[Event], Window, str] | None:
    """A day read from a day of the month or a weekday alone, counted from a today outside
    the course ("the 23rd" said in December): the course's days of that kind holding what
    is asked, as the events there, a window over them and a line saying which date was
    read. None when the day is in the course or no such course day holds any."""
    weeks = view.schedule.weeks
    if not q.time.loose or window.granularity != "day" or not weeks:
        return None
    first, last = weeks[0].starts, weeks[-1].starts + _WEEK
    said = window.start.date()
    if first <= said < last:
        return None

    def matches(day) -> bool:
        if q.time.loose == "weekday":
            return day.weekday() == said.weekday()
        return day.day == said.day

    held = [e for e in candidates if e.start is not None
            and first <= (day := e.start.astimezone(reader.tz).date()) < last + _DAY
            and matches(day)]
    days = sorted({e.start.astimezone(reader.tz).date() for e in held if e.start})
    if not days or len(days) > _FEW_DAYS:
        return None  # (every tuesday of the course holds one: no one date is meant)
    start = datetime.combine(days[0], time(), reader.tz)
    end = datetime.combine(days[-1] + _DAY, time(), reader.tz)
    named = ", ".join(format_day_date(d) for d in days)
    if len(days) == 1:
        week = next((w.number for w in weeks if w.starts <= days[0] < w.starts + _WEEK), None)
        read = Window(start, end, f"on {named}", "day", week)
    else:
        read = Window(start, end, W.IN_TERM_DAYS.format(days=named), "range")
    note = W.READ_IN_TERM.format(phrase=q.time.phrase, days=named,
                                 today=format_day_date(reader.now.astimezone(reader.tz)))
    return held, read, note


def _in_window(candidates: list[Event], kinds: set[str], window: Window, q: Query,
               view: CourseView, reader: Reader) -> Reply:
    if window.granularity == "now" and (q.asks_count or set(q.words) & _LEFT_NOW):
        # "how many tutorials are left now", "anything left now": from now on, not this
        # minute ("is the tutorial still going?" asks of this minute)
        window = Window(reader.now, reader.now + timedelta(days=366), W.FROM_NOW, "after")
    if window.granularity == "now":
        running = [e for e in candidates if e.start and e.end and e.start <= reader.now < e.end]
        if running:
            return Reply("schedule", True, 0.9, "\n".join(
                [W.NOW_HAPPENING, *view.event_lines(running, reader)]), running)
        text = W.NOTHING_NOW
        upcoming = sorted((e for e in candidates if e.start and e.start > reader.now),
                          key=lambda e: (e.start, e.id))
        if upcoming and q.kinds and (
                untimed := _untimed_first(candidates, upcoming[0], reader.now, view)):
            # "is the q&a on? nobody's in the call" in week 1: week 2's, which has no time
            lines = view.event_lines(untimed, reader)
            text += "\n" + "\n".join([W.NEXT_AFTER_GAP.format(line=lines[0].lstrip("• ")),
                                       *lines[1:]])
            return Reply("schedule", True, 0.85, text, [])
        if upcoming:
            group = _same_start(upcoming, upcoming[0])
            text += "\n" + W.NEXT_AFTER_GAP.format(
                line=view.event_lines(group, reader)[0].lstrip("• "))
            return Reply("schedule", True, 0.85, text, [])

        return Reply("schedule", True, 0.8, text)
    if ((q.asks_remaining or set(q.words) & _LEFT_NOW) and window.start < reader.now < window.end
            and window.granularity in ("week", "month", "range")):
        # "anything left this month": what is still to come in it, not what is over
        window = dataclasses.replace(window, start=reader.now)
    timed = [e for e in candidates if e.start and window.start <= e.start < window.end]
    timed += _on_course_weekday(q, candidates, timed, window, view)
    if window.granularity == "after":  # "the next tutorial after today's": the first one
        timed.sort(key=lambda e: (e.start, e.id))
        remaining = q.asks_count or q.asks_remaining or q.direction == "all"
        if remaining:
            # "how many lectures are left after this week": those placed only in a later
            # week (the pre-recorded lectures) are left too
            placed = [e for e in candidates if e.start is None
                      and (begins := _week_start(e, view)) is not None
                      and window.start <= begins < window.end]
            timed = sorted(timed + placed, key=lambda e: (e.start or _week_start(e, view), e.id))
        today = _later_today(candidates, window, reader) if remaining else []
        if not timed and not today:
            return Reply("schedule", True, 0.8, W.NOTHING_NEXT if q.kinds
                         else _all_over(view, reader))
        if remaining and not timed:
            lines = [W.STILL_TODAY, *view.event_lines(today, reader),
                     W.NOTHING_AFTER.format(label=window.label)]
            weight = view.schedule.assessment.exam_weight
            if not q.kinds and weight:
                lines.append(W.EXAM_STILL_AHEAD.format(weight=weight))
            return Reply("schedule", True, 0.85, "\n".join(lines), today)
        if remaining:
            # "after today's tut how many are left": all of them, counted; "what's left
            # after today" on a deadline day: today's later deadline first
            reply = _remaining(timed, kinds, " " + window.label, view, reader, window.start)
            if today:
                reply.text = "\n".join([W.STILL_TODAY, *view.event_lines(today, reader),
                                        reply.text])
                reply.events = [*today, *reply.events]
            return reply
        return _listing("{line}", _same_start(timed, timed[0]), view, reader, 0.9)
    week_level = []
    spanned, cut = _weeks_spanned(window, view, reader.now)
    if window.granularity == "week" and window.course_week is not None:
        week_level = [e for e in candidates if e.start is None and e.week == window.course_week]
    elif window.granularity == "day" and window.course_week is not None and (
            timed or not q.kinds):
        # "what was on 19 jan": a session the page lists that week with no time belongs to
        # the day its kind's weekly timetable slot falls on (listed "no time given"); one
        # asked by kind alone ("a q&a on that day?") is said below to have no time that day
        week_level = [e for e in candidates if e.start is None and e.kind != "lecture"
                      and e.week == window.course_week
                      and (slot := view.slot_start(e)) is not None
                      and window.start <= slot < window.end]
    elif spanned:  # "the next two weeks": what each week it covers holds with no time
        week_level = [e for e in candidates if e.start is None and e.week in spanned]
    prerecorded = [e for e in week_level if e.kind == "lecture"]
    others = [e for e in week_level if e.kind != "lecture"]
    span = _span_text(window, reader)
    label = window.label.removeprefix("in ") if window.course_week and window.label.startswith(
        "in week") else window.label
    label_cap = label[0].upper() + label[1:]
    lines = [W.EVENTS_HEADER.format(what=label_cap) if window.label.startswith("on ")
             else W.EVENTS_IN.format(label_cap=label_cap, span=span)]
    listed = sorted(timed, key=lambda e: (e.start, e.id)) + others
    if window.granularity == "day":  # (a day's untimed session at its slot's place)
        listed.sort(key=lambda e: (e.start or view.slot_start(e), e.id))
    lines += view.event_lines(listed, reader)
    for number in sorted({e.week for e in prerecorded if e.week is not None}):
        titles = "; ".join(f"{e.title.removeprefix('Lecture ')}" for e in prerecorded
                           if e.week == number)
        lines.append(W.PRERECORDED_WEEK.format(week=number, titles=titles))
    # (a week the span cuts whose undated items are listed: said to be only partly in it)
    if partly := [W.WEEK_WITH_SPAN.format(week=n, span=view.week_span(n))
                  for n in cut if any(e.week == n for e in week_level)]:
        lines.append(W.WEEKS_PARTLY_IN.format(weeks=" and ".join(partly)))
    if asks_whole_week(q, window):  # "what's in week 4": its reading and coursework too
        lines += week_extras(window.course_week, view, reader)
    for number in spanned:  # (a week of a span with a note: "no lectures, no tutorials")
        if (noted := view.schedule.week(number)) is not None and noted.note:
            lines.append(W.WEEK_NOTE.format(week=number, span=view.week_span(number),
                                            note=noted.note))
    week = view.schedule.week(window.course_week) if window.course_week else None
    if week and week.note:
        lines.append(W.WEEK_NOTE.format(week=week.number, span=view.week_span(week.number),
                                        note=week.note))
    events = listed + prerecorded
    if events and not others and _all_over_this_week(q, timed, window, reader):
        # "is there a q&a this week" on a Sunday night: this week's was on <day> (over), then
        # the next one, a session the page lists without a time included
        last = max(e.start for e in timed if e.start)
        lines.append(W.THIS_WEEKS_OVER.format(what=_kinds_name(set(q.kinds)),
                                              day=format_day(last.astimezone(reader.tz))))
        lines.extend(_next_after(candidates, reader.now, view, reader))
    if events and q.asks_count and window.course_week is not None and (
            tally := week_tally(view, window.course_week, set(q.kinds) or None)):
        # "how many lectures in week 6": the number first, then the list
        lines.insert(1, W.WEEK_TALLY.format(tally=tally))
    if not events and (held := _held_by_others(q, kinds, window, view)):
        # "is the q&a with <A> on 9 feb": one is held then, with others; naming who it is
        # with is the correction ("nothing is on" would deny the session itself)
        missing = [s for s in q.staff if not any(lists_person(e.staff, s) for e in held)]
        matched = [s for s in q.staff if s not in missing]
        # some of the people said are right: who is, then who is not (a plain No would
        # deny the ones that hold)
        lead = (W.CONFIRM_PARTLY_WITH.format(matched=" and ".join(matched),
                                             missing=" or ".join(missing))
                if matched and missing else
                W.CONFIRM_NOT_WITH.format(person=" or ".join(missing or q.staff)))
        return Reply("schedule", True, 0.85, "\n".join([lead, *view.event_lines(held, reader)]),
                     held)
    if not events:
        generic = kinds >= set(ALL_KINDS)
        text = (W.NOTHING_AT_ALL_IN if generic else W.NOTHING_IN).format(
            label=window.label, what=_kinds_name(kinds))
        if week and week.note:
            text += "\n" + lines[-1]
        weeks = view.schedule.weeks
        first = datetime.combine(weeks[0].starts, time(), view.tz)
        last = datetime.combine(weeks[-1].starts + _WEEK, time(), view.tz)
        if window.end <= first or window.start >= last:
            text += "\n" + W.OUTSIDE_COURSE.format(
                start=format_day(first), end=format_day(last - _DAY))
        if kinds == {"lecture"} and window.course_week is not None:
            lectures = [lec for lec in view.schedule.lectures
                        if lec.week == window.course_week and lec.delivery != "live"]
            if lectures:
                text += "\n" + W.LECTURES_TODAY.format(
                    week=window.course_week,
                    titles="; ".join(f"{lec.number} {lec.title}" for lec in lectures))
        undated = [e for e in candidates if e.start is None and e.kind != "lecture"
                   and e.kind in q.kinds  # (named: "anything on monday" lists no quiz)
                   and window.granularity == "day" and e.week == window.course_week]
        if undated:
            # "first q&a is tuesday <date> at 10?", "you said 10 but the page has 11:00 on
            # <that date>": that week's Q&A is the one asked about, listed with no time;
            # said so first (and the page's own note on it), not that the day has none
            text = "\n".join([W.UNDATED_ON_DAY.format(
                week=window.course_week, what=" and ".join(dict.fromkeys(
                    e.title for e in undated)),
                label=window.label.removeprefix("on ")), *view.event_lines(undated, reader),
                *text.split("\n")[1:]])
        others = _others_in(kinds, window, view)
        if others:
            # "lectures this week?" with none: what is on then instead (the asker is planning);
            # the week's pre-recorded lectures in one line
            placed = [e for e in others if e.kind == "lecture" and e.start is None]
            lines = view.event_lines([e for e in others if e not in placed], reader)
            if placed:
                lines.append(W.PRERECORDED_WEEK.format(week=placed[0].week, titles="; ".join(
                    e.title.removeprefix("Lecture ") for e in placed)))
            head = W.OTHERS_IN.format(label=window.label.removeprefix("on "))
            text += "\n" + "\n".join([head, *lines])
        near = [] if q.kinds else _due_near(window, kinds, view, reader)
        if near:
            # "anything on this weekend?" with nothing: a deadline a day or two either side
            # is what the asker is planning around
            text += "\n" + "\n".join([W.DUE_NEAR, *view.event_lines(near, reader)])
        if not q.kinds and (before := _just_before(window, candidates, near, reader)):
            # "what's on the 4th of march" with nothing: what comes just before that day
            # matters as much as what comes after it (a kind asked has its next one only)
            lines = view.event_lines(before, reader)
            text += "\n" + (W.JUST_BEFORE.format(line=lines[0].lstrip("• ")) if len(before) == 1
                            else "\n".join([W.JUST_BEFORE.format(line="").rstrip(), *lines]))
        # the next one after the window asked about ("any lecture in week 9?" is not answered
        # with one before week 9)
        after = max(reader.now, window.end)
        nxt = sorted((e for e in candidates if e.start and e.start > after
                      and e not in near), key=lambda e: (e.start, e.id))
        # the day's own week's lectures, unless said above (LECTURES_TODAY) or the question
        # names another week's ("the week 4 lectures on saturday 30 jan")
        said_weeks = {int(w) for w in _WEEK_SAID.findall(q.text)}
        own_week = not (kinds == {"lecture"} and window.course_week is not None) and (
            not said_weeks or window.course_week in said_weeks)
        prerecorded_next = _next_prerecorded(candidates, window, nxt, view, own_week)
        if prerecorded_next is not None:
            # "cant find any lecture" in week 1: week 2's pre-recorded ones come before any
            # lecture with a time
            week, lectures = prerecorded_next
            template = (W.DAYS_WEEK_PRERECORDED if week == window.course_week
                        else W.NEXT_PRERECORDED)
            text += "\n" + template.format(week=week, span=view.week_span(week),
                                           titles="; ".join(
                f"{e.title.removeprefix('Lecture ')}" for e in lectures))
            if kinds == {"lecture"}:  # (none in the window: a yes/no is still "No")
                return Reply("schedule", True, 0.85, text, [])
        nearest = _nearest_of_kind(q, window, candidates)
        if nearest and not (nxt and nxt[0].start == nearest[0].start):
            # "was there a tutorial on the 10th? i missed it": none that day, but one that
            # week (or a few days off): that one, not only the next to come
            lines = view.event_lines(nearest, reader)
            text += "\n" + "\n".join([W.NEAREST_OF_KIND.format(
                what=" or ".join(W.KIND_SINGULAR[k] for k in sorted(q.kinds)),
                line=lines[0].lstrip("• ")), *lines[1:]])
        else:
            nearest = []
        if nxt and q.kinds and (untimed := _untimed_first(candidates, nxt[0], after, view)):
            lines = view.event_lines(untimed, reader)
            text += "\n" + "\n".join([W.NEXT_AFTER_GAP.format(line=lines[0].lstrip("• ")),
                                       *lines[1:]])
            return Reply("schedule", True, 0.85, text, [])
        if nxt:
            group = _same_start(nxt, nxt[0])
            text += "\n" + W.NEXT_AFTER_GAP.format(line=view.event_lines(group, reader)[0]
                                                   .lstrip("• "))
            return Reply("schedule", True, 0.85, text, [])
        before = sorted((e for e in candidates if e.start and reader.now < e.start < window.start
                         and e.kind in q.kinds), key=lambda e: (e.start, e.id))
        if q.kinds and window.course_week is not None and before and not (
                q.asks_yes_no and denies(q)) and before[-1] not in nearest:
            # ("so there's no tut in week 9?": right; an earlier one is no answer to that)
            # "the week 9 tutorial" with none then or after: the nearest, the last before it
            # (still ahead: one over is no help)
            group = _same_start(before, before[-1])
            text += "\n" + "\n".join([W.NEAREST_BEFORE, *view.event_lines(group, reader)])
            return Reply("schedule", True, 0.85, text, [])  # (none that week: a yes/no is "No")
        return Reply("schedule", True, 0.8, "\n".join([text, *_none_due_by(q, window, [],
                                                                          view, reader)]), [])
    lines += _none_due_by(q, window, events, view, reader)
    return Reply("schedule", True, 0.9, "\n".join(lines), events)


# What must be done by a time asked ("what do I need to have finished by friday"): the work
# due, not only what is on.
_DONE_BY = re.compile(r"\b(?:done|finish(?:ed)?|complete(?:d)?|submit(?:ted)?|hand(?:ed)? in|"
                      r"due|get through|needs? doing|(?:have|got|need) to do)\b")


def _none_due_by(q: Query, window: Window, events: list[Event], view: CourseView,
                 reader: Reader) -> list[str]:
    """"What do I need to have done by the end of the month" with no deadline in it: said
    plainly, with the next deadline after it (a listing of sessions alone reads as if they
    were all that is due)."""
    if (q.kinds or window.granularity not in ("week", "month", "range")
            or window.end <= reader.now or not _DONE_BY.search(q.text)
            or any(e.kind == "deadline" for e in events)):
        return []
    nxt = next_deadline_text(view, window.end, reader)
    return [W.NO_DEADLINES_IN.format(label=window.label), *([nxt] if nxt else [])]


def _weeks_spanned(window: Window, view: CourseView,
                   now: datetime) -> tuple[list[int], list[int]]:
    """The course weeks a span of days a week or longer overlaps ("the next two weeks", "10
    to 20 feb", a month), in the course's dates, and of those the ones only partly inside it
    (what a week holds with no time belongs to all its days, so a week the span cuts is
    listed too, and said to be cut); ([], []) for a course week or weeks named (listed as
    such) and for shorter spans. A span looked ahead from now leaves out the week already
    under way (its recorded lectures are out by then)."""
    if (window.granularity not in ("range", "month") or window.course_week is not None
            or window.weeks or window.end - window.start < _WEEK):
        return [], []
    first = window.start.astimezone(view.tz).date()
    last = (window.end - _DAY).astimezone(view.tz).date()
    ahead = window.start <= now
    weeks = [w for w in view.schedule.weeks
             if w.starts <= last and w.starts + _WEEK - _DAY >= first
             and not (ahead and w.starts < first)]
    return ([w.number for w in weeks],
            [w.number for w in weeks if w.starts < first or w.starts + _WEEK - _DAY > last])


# Kinds held at a time, one of which the page may place only in a week (the week 2 Q&A).
_HELD = frozenset({"qa", "tutorial", "panel"})


def _all_over_this_week(q: Query, timed: list[Event], window: Window, reader: Reader) -> bool:
    """The week asked is the asker's current one, a kind is named, and every one of them
    that week is already over."""
    return (window.granularity == "week" and bool(q.kinds) and bool(timed)
            and window.start <= reader.now < window.end
            and all((e.end or e.start) <= reader.now for e in timed if e.start))


def _next_after(candidates: list[Event], after: datetime, view: CourseView,
                reader: Reader) -> list[str]:
    """The next one after `after`: a session the page places only in an earlier week first
    (with the page's caveat), then the first with a time."""
    nxt = sorted((e for e in candidates if e.start and e.start > after),
                 key=lambda e: (e.start, e.id))
    if not nxt:
        return [W.NOTHING_NEXT]
    lines = view.event_lines(_untimed_first(candidates, nxt[0], after, view), reader)
    if lines:
        return [W.NEXT_AFTER_GAP.format(line=lines[0].lstrip("• ")), *lines[1:]]
    group = _same_start(nxt, nxt[0])
    return [W.NEXT_AFTER_GAP.format(line=view.event_lines(group, reader)[0].lstrip("• "))]


def _untimed_first(candidates: list[Event], first_timed: Event, after: datetime,
                   view: CourseView) -> list[Event]:
    """The sessions placed only in a week that starts after `after` and before the first
    timed one: those of the earliest such week come next, though the page gives no time.
    Compared by the course's dates: a week asked in a zone behind the course's ends after
    the course's next week has begun."""
    placed = [e for e in candidates if e.start is None and e.kind in _HELD
              and (begins := _week_start(e, view)) is not None
              and after.astimezone(view.tz).date() <= begins.date()
              and first_timed.start is not None
              and begins < first_timed.start]
    if not placed:
        return []
    week = min(e.week for e in placed if e.week is not None)
    return [e for e in placed if e.week == week]


# "the week 4 lectures": a course week the question names.
_WEEK_SAID = re.compile(r"\bweek (\d{1,2})\b")


def _next_prerecorded(candidates: list[Event], window: Window, timed_next: list[Event],
                      view: CourseView, own_week: bool = True) -> tuple[int, list[Event]] | None:
    """The first week after the window with lectures placed only in it, when it starts
    before the next lecture with a time: (week, its lectures); else None. A day's own
    course week counts: its lectures, dated only by week, belong to every day of it ("what's
    on the 1st" asked the week before is answered with that week's, not the one after)."""
    weeks = {e.week for e in candidates if e.kind == "lecture" and e.start is None
             and e.week is not None}
    since = window.end
    if own_week and window.granularity == "day" and window.course_week is not None and (
            own := view.schedule.week(window.course_week)) is not None:
        since = datetime.combine(own.starts, time(), view.tz)
    later = sorted(w for w in weeks if (wk := view.schedule.week(w)) is not None
                   and datetime.combine(wk.starts, time(), view.tz) >= since)
    if not later:
        return None
    first = later[0]
    starts = datetime.combine(view.schedule.week(first).starts, time(), view.tz)
    timed_lectures = [e.start for e in timed_next if e.kind == "lecture"]
    if timed_lectures and min(timed_lectures) < starts:
        return None
    return first, [e for e in candidates if e.kind == "lecture" and e.start is None
                   and e.week == first]


def _kind_groups(kinds: set[str]) -> list[set[str]]:
    """The kinds asked, each on its own, or every session kind as one beside deadlines."""
    sessions = kinds - {"deadline", "quiz"}
    if sessions >= {"lecture", "qa", "tutorial"}:
        return [g for g in (sessions, kinds & {"deadline"}) if g]
    return [{k} for k in sorted(kinds - {"panel"})]


def _due_near(window: Window, kinds: set[str], view: CourseView, reader: Reader) -> list[Event]:
    """Deadlines still to come within two days of a short window with nothing in it (a day
    or a weekend), when deadlines were among what was asked."""
    if "deadline" not in kinds or window.end - window.start > 3 * _DAY:
        return []
    near = _NEAR_DAYS * _DAY
    return sorted((e for e in view.events if e.kind == "deadline" and e.start
                   and e.start > reader.now and window.start - near <= e.start < window.end + near),
                  key=lambda e: (e.start, e.id))


_NEAR_DAYS = 2


def _held_by_others(q: Query, kinds: set[str], window: Window, view: CourseView) -> list[Event]:
    """The sessions of the kinds asked held in a short window, when those of the people
    named are none of them: the ones held, with whoever the page lists for them. A week
    counts too when a kind is named ("the week 3 q&a is with <A> and <B>?"): the session
    is that week's own, so naming its people corrects the premise (denying it would not);
    "anything with <A> in week 3" names no kind and keeps its "nothing"."""
    short = window.end - window.start <= 3 * _DAY
    weekly = (window.course_week is not None and window.granularity == "week"
              and bool(q.kinds) and not set(q.kinds) >= set(ALL_KINDS))
    if not q.staff or not (short or weekly):
        return []
    return sorted((e for e in events_of(view, kinds, []) if e.start and e.staff
                   and window.start <= e.start < window.end), key=lambda e: (e.start, e.id))


def without_just_before(text: str) -> str:
    """A listing without its line on what is just before (and that line's sessions), for a
    caller that lists the last ones before in full itself."""
    head = W.JUST_BEFORE.format(line="").rstrip()
    out: list[str] = []
    dropping = False
    for line in text.split("\n"):
        if line.startswith(head):
            dropping = line == head  # (one session inline; several as bullets below it)
            continue
        if dropping and line.startswith(("• ", "⚠ ")):
            continue
        dropping = False
        out.append(line)
    return "\n".join(out)


def _just_before(window: Window, candidates: list[Event], near: list[Event],
                 reader: Reader) -> list[Event]:
    """The events starting together last before a short window with nothing in it (a day or
    a weekend), within two days of it and still to come; none otherwise."""
    if window.end - window.start > 3 * _DAY:
        return []
    earlier = sorted((e for e in candidates if e.start and e not in near
                      and max(reader.now, window.start - _NEAR_DAYS * _DAY) < e.start
                      < window.start), key=lambda e: (e.start, e.id))
    return [e for e in earlier if e.start == earlier[-1].start] if earlier else []
def _nearest_of_kind(q: Query, window: Window, candidates: list[Event]) -> list[Event]:
    """For a day with none of the kind asked: those of it starting together nearest that
    day, in its course week or within a few days of it (the earlier on a tie: a session
    asked after is more often one missed); none otherwise."""
    if not q.kinds or window.granularity != "day":
        return []
    day = window.start.date()

    def off(e: Event) -> int:
        return abs((e.start.astimezone(window.start.tzinfo).date() - day).days)

    near = [e for e in candidates if e.start and e.kind != "deadline"
            and (off(e) <= _NEAR_KIND_DAYS or window.course_week is not None
                 and e.week == window.course_week)]
    if not near:
        return []
    best = min(near, key=lambda e: (off(e), e.start))
    return _same_start(near, best)


# How far from a day asked about a session of the kind asked is still "near" it.
_NEAR_KIND_DAYS = 3


# "is it just the q&a tomorrow", "only the tutorial on tuesday?": asks what else is on.
_ONLY = re.compile(r"\b(?:just|only)\b(?: (?:the|a|an|our))?(?: usual| normal| regular)?"
                   r" (?:qa|q a|tutorial|tut|lecture|session)s?\b")


def _only_that_kind(q: Query) -> bool:
    window = q.time.window
    return (window is not None and window.granularity == "day" and bool(q.kinds)
            and _ONLY.search(q.text) is not None)


def _span_text(window: Window, reader: Reader) -> str:
    # A course week is Monday to Sunday in course time, wherever the asker is.
    zone = window.start.tzinfo if window.granularity == "week" and window.course_week else reader.tz
    start = window.start.astimezone(zone)
    if window.granularity == "day":
        return format_day(start)
    if window.end - window.start < _DAY:  # "in an hour": until a time, not a day
        end = window.end.astimezone(zone)
        same_day = end.date() == start.date()
        return f"until {end:%H:%M %Z}" + ("" if same_day else f" {format_day(end)}")
    end = window.end.astimezone(zone)
    # (a span from now, "the next 48 hours", ends within its last day, not at midnight)
    last = end if end.time() != time() else end - _DAY
    return f"{format_day(start)} to {format_day(last)}"



def _others_in(kinds: set[str], window: Window, view: CourseView) -> list[Event]:
    """The course's events of other kinds in the window (placed only in its course week
    too), in order; [] when every kind was asked for."""
    if set(ALL_KINDS) <= kinds:
        return []
    timed = sorted((e for e in view.events if e.kind not in kinds and e.start
                    and window.start <= e.start < window.end), key=lambda e: (e.start, e.id))
    placed = [e for e in view.events if e.kind not in kinds and e.start is None
              and window.holds_week(e.week) and window.granularity in ("week", "range")]
    return placed + timed


