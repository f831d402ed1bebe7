"""Who assesses a coursework, who runs a session, who gives a lecture, what a person does."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, in_qa_slots, join, staff_unknown, with_qa_slots
from bot.core.handlers import Reply
from bot.core.handlers.day_of import answer_day_of_person
from bot.core.handlers.sessions import answer_schedule
from bot.core.lexicon import LISTS_STAFF, RANKS_PEOPLE
from bot.core.queries import by_start, staff_events
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.schedule.kinds import EVENT_KINDS
from bot.schedule.model import Coursework, Event


def assessors_line(cw: Coursework) -> str:
    """Who the page lists as assessing the task (each listing, when it gives several)."""
    listings = {tuple(a.staff) for a in cw.assessors}
    if len(listings) == 1:
        return W.ASSESSORS.format(title=cw.title, id=cw.id,
                                  staff=" and ".join(cw.assessors[0].staff))
    parts = [W.ASSESSOR_LISTING.format(staff=" and ".join(a.staff), week=a.week)
             for a in cw.assessors]
    return W.ASSESSORS_SPLIT.format(title=cw.title, id=cw.id, listings="; ".join(parts))


def _assessor_verdict(names: list[str], chosen: list[Coursework]) -> str:
    """Yes when every person named is in every listing of the tasks' assessors, no when none
    is in any; "" when the page lists them for some only (its listings are then said)."""
    listings = [set(a.staff) for cw in chosen for a in cw.assessors]
    if not listings:
        return ""
    if all(set(names) <= listed for listed in listings):
        return W.CONFIRM_YES
    if not any(set(names) & listed for listed in listings):
        return W.CONFIRM_NO
    return ""


def answer_people(q: Query, view: CourseView, reader: Reader) -> Reply:
    s = view.schedule
    if (that_day := answer_day_of_person(q, view, reader)) is not None:
        return that_day  # ("the q&a on stacey's day": a session by its day, not a role)
    if RANKS_PEOPLE.search(q.text) and not (q.lectures or q.tutorials or q.coursework):
        return _ranked(q, view)
    cw_ids = list(q.coursework)
    if not cw_ids and q.coursework_position:
        cw_ids = [e.id for e in answer_schedule(q, view, reader).events if e.kind == "deadline"]
    wants_coursework = "deadline" in q.kinds or q.has("coursework")
    if not cw_ids and wants_coursework and not (q.kinds - {"deadline"}):
        cw_ids = [cw.id for cw in s.coursework]
    if cw_ids:
        chosen = [cw for cw in s.coursework if cw.id in cw_ids]
        events = [e for cw in chosen if (e := s.event(cw.id))]
        text = "\n".join(assessors_line(cw) for cw in chosen)
        if q.staff and q.asks_yes_no and (verdict := _assessor_verdict(q.staff, chosen)):
            text = f"{verdict} {text}"  # "is <A> marking cw3" when <B> is: no, then who is
        return Reply("people", True, 0.9, text, events)

    if q.staff and not (q.lectures or q.tutorials):
        return person_roles(q, view, reader)

    if q.kinds == {"lecture"} and q.has("recorded") and not q.lectures:
        return Reply("people", False, 0.5, staff_unknown(s))  # "who records the lectures"
    if q.kinds or q.lectures or q.tutorials or q.time.window:
        events = _pick_events(q, view, reader)
        if events:
            return _staff_of(events, view, reader)
        if (q.time.window is not None and q.time.window.course_week is not None
                and q.kinds and not q.kinds & {"lecture", "deadline"}):
            # "who runs the week 9 tutorial" with none that week: said so, with the nearest
            # one and its people, not every name on the page
            said = answer_schedule(q, view, reader)
            return Reply("people", said.answered, said.confidence, said.text, said.events)
        if q.kinds == {"lecture"} or q.lectures:
            recorded = _recorded_lectures(q, view) or _week_recorded(q, view)
            if recorded:
                return _unnamed_lecturer(recorded, view, reader)
            named = [e for e in view.events if e.kind == "lecture" and e.staff]
            if named and not q.lectures:
                # "who gives the guest lecture", "the live lecture's speaker": no recorded
                # lecture is meant, so the lectures the page names a speaker for, then that
                # it names none for the pre-recorded ones
                reply = _staff_of(named, view, reader)
                reply.text += "\n" + staff_unknown(s)
                return reply
            return Reply("people", False, 0.5, staff_unknown(s))
    if q.topic:
        matched = [m for m in q.topic_matches if m.score >= MATCH_THRESHOLD]
        if not matched and LISTS_STAFF.search(q.text):
            return _overview(view)  # "list all the staff on the page": "page" is no topic
        events = [e for m in matched[:1] if (e := view.schedule.event(m.item.id))]
        if any(e.staff for e in events):
            return _staff_of([e for e in events if e.staff], view, reader)
        if events:  # a pre-recorded lecture: the page names nobody
            return _unnamed_lecturer(_recorded_lectures(q, view) or events, view, reader)
        return Reply("people", False, 0.2, W.say_topic(W.TOPIC_NOT_FOUND, q.topic_phrase))
    return _overview(view)


_SESSION_KINDS = frozenset({"lecture", "qa", "tutorial", "panel"})
_FEWEST = re.compile(r"\b(?:fewest|least)\b")


def _ranked(q: Query, view: CourseView) -> Reply:
    """"Who teaches the most lectures": people counted by the items of the kind asked the page
    lists them for (a slot shared by two tutorials is one), saying when it names people for
    only some of them, so that one named item is not read as someone teaching most."""
    kinds = set(q.kinds) or set(_SESSION_KINDS)
    if q.has("coursework"):
        kinds = {"deadline"}
    # "in the live sessions": only those held at a time, not the pre-recorded lectures
    live = q.has("live")
    pool = [e for e in view.events if e.kind in kinds and (not live or e.start is not None)]
    items = by_start(pool)
    counts: dict[str, int] = {}
    for group in items:
        for name in dict.fromkeys(x.removesuffix(" & team") for e in group for x in e.staff):
            counts[name] = counts.get(name, 0) + 1
    what = (W.RANK_SESSIONS if kinds == _SESSION_KINDS
            else join([W.STAFF_NAMED_COURSEWORK if k == "deadline" else W.EVENT_KIND_NAMES[k]
                       for k in EVENT_KINDS if k in kinds]))
    if live:
        what = W.RANK_LIVE.format(what=what)
    if not counts:
        return Reply("people", True, 0.8, W.RANK_NOBODY.format(what=what))
    fewest = _FEWEST.search(q.text) is not None
    ranked = sorted(counts.items(), key=lambda kv: (kv[1] if fewest else -kv[1], kv[0]))
    top = [name for name, n in ranked if n == ranked[0][1]]
    head = W.RANK_FEWEST if fewest else W.RANK_MOST
    lines = [head.format(what=what, names=" and ".join(top), count=ranked[0][1],
                         each=W.RANK_EACH if len(top) > 1 else "")]
    lines += [W.RANK_LINE.format(name=name, count=n) for name, n in ranked]
    if coverage := kind_coverage(kinds, view, pool):
        lines += [*coverage, W.RANK_ONLY_NAMED]
    events = [e for group in items for e in group if e.staff]
    return Reply("people", True, 0.85, "\n".join(lines), events)


def _recorded_lectures(q: Query, view: CourseView) -> list[Event]:
    """The pre-recorded lectures a question names, by number or by the title its topic
    matches best."""
    best = q.topic_matches[0].score if q.topic_matches else 0.0
    ids = list(q.lectures) or [m.item.id for m in q.topic_matches
                               if m.score >= max(MATCH_THRESHOLD, best - 0.05)
                               and m.item.kind == "lecture"]
    return [e for e in view.events if e.id in ids and e.kind == "lecture" and e.start is None]


def _week_recorded(q: Query, view: CourseView) -> list[Event]:
    """The pre-recorded lectures of the course week asked about ("who teaches the week 5
    lectures"), none when no week is named."""
    week = q.time.window.course_week if q.time.window is not None else None
    if week is None or q.lectures:
        return []
    return [e for e in view.events if e.kind == "lecture" and e.start is None and e.week == week]


def _unnamed_lecturer(lectures: list[Event], view: CourseView, reader: Reader) -> Reply:
    """"Who teaches the transformer stuff": the page names nobody for a pre-recorded lecture;
    who it does name for that week's Q&A and tutorial sessions."""
    lines = [staff_unknown(view.schedule)]
    weeks = sorted({e.week for e in lectures if e.week is not None})
    kinds = {"qa", "tutorial"} | in_qa_slots(view.schedule)
    sessions = [e for e in view.events if e.kind in kinds and e.week in weeks and e.staff]
    if sessions:
        lines.append(W.RECORDED_WEEK_STAFF.format(
            what=", ".join(event_name(e) for e in lectures),
            weeks=" and ".join(str(w) for w in weeks)))
        lines.extend(f"• {line}" for line in _staff_of(sessions, view, reader).text.splitlines())
    # (not answered: who gives the lecture is still not on the page)
    return Reply("people", False, 0.5, "\n".join(lines), lectures)


# "who does the Q&A each week, the last one too": every one of the kind, not one of them.
_EVERY = re.compile(r"\b(?:every|each|all)\b(?: the)? (?:week|weeks|one|ones|of them|sessions?|"
                    r"q ?& ?as?|qas?|tutorials?|tuts?)\b|\bweek by week\b|\bweekly\b")


def _pick_events(q: Query, view: CourseView, reader: Reader) -> list[Event]:
    every = _EVERY.search(q.text) is not None
    specific = (q.time.window or (q.direction in ("next", "previous", "first", "last")
                                  and not every)
                or q.lectures or q.tutorials or (q.topic and not every))
    if specific:
        picked = answer_schedule(q, view, reader).events
        if (window := q.time.window) is not None and window.course_week is not None:
            # (a week with none of the kind lists the nearest beside it: not the week's)
            picked = [e for e in picked if e.week == window.course_week
                      or window.holds_week(e.week)]
    else:
        # (a panel held in the Q&A slot takes that week's Q&A's place: it is shown too)
        kinds = with_qa_slots(q.kinds, view.schedule)
        picked = sorted((e for e in view.events if e.kind in kinds),
                        key=lambda e: (e.week or 0, e.start is not None, e.start or 0))
    return [e for e in picked if e.staff or (e.kind == "lecture" and e.start)]


def _staff_of(events: list[Event], view: CourseView, reader: Reader) -> Reply:
    lines = []
    for e in events:
        when = view.when(e, reader) if e.start else f"week {e.week}"
        what = f"{e.title}" + (f" {e.id} {e.topic}" if e.topic else "") + f" ({when})"
        lines.append(W.SESSION_STAFF.format(what=what, staff=", ".join(e.staff)))
    prerecorded = any(e.kind == "lecture" and not e.start for e in events)
    if prerecorded:
        # (the page names no one for lectures asked about: a TA, as in the other
        # not-on-page replies)
        lines += [staff_unknown(view.schedule), view.ta_offer()]
    return Reply("people", True, 0.85, "\n".join(lines), events)


# At most this many sessions are named as the ones a wrongly named person does not run.
_LISTED_AT_MOST = 2


def person_roles(q: Query, view: CourseView, reader: Reader) -> Reply:
    """What a named person does, optionally narrowed to a kind of event or a time window."""
    window = q.time.window
    kinds = set(q.kinds)
    kinds = with_qa_slots(kinds, view.schedule)  # "how many Q&As does she host": the panel too
    lines, events = [], []
    about = _topic_events(q, view, kinds)
    for name in q.staff:
        after: list[str] = []  # said below the person's sessions
        theirs = staff_events(view, name)
        narrowed = [e for e in theirs if (not kinds or e.kind in kinds) and (
            window is None or (e.start is not None and window.start <= e.start < window.end)
            or (e.start is None and window.holds_week(e.week)))]
        if about:
            # "is X doing the VAE lecture": the sessions on that topic, not all of a kind
            narrowed = [e for e in narrowed if e in about]
        if about and not narrowed:
            lines.extend(_not_on_topic(name, about, q, view, reader))
            events.extend(about)
        elif (q.kinds or window) and not narrowed:
            label = window.label if window else ""
            no = W.CONFIRM_NO + " " if q.asks_yes_no else ""
            # "is kainz giving a lecture this week": none at all, not only none then
            never = bool(q.kinds) and not any(e.kind in kinds for e in theirs)
            text = (W.PERSON_NOT_THEN.format(name=name, label=label) if window and not never else
                    W.PERSON_NOT_KIND.format(name=name, what=" or ".join(
                        W.EVENT_KIND_NAMES[k] for k in sorted(q.kinds))))
            lines.append(no + " ".join(text.split()).replace(" .", "."))
            if never:
                lines.extend(kind_coverage(q.kinds, view))
            # "X is doing the panel, right?": who the page does list for it
            listed = [e for e in view.events if e.staff and e.kind in (q.kinds or kinds) and (
                window is None or (e.start is not None and window.start <= e.start < window.end)
                or (e.start is None and window.holds_week(e.week)))]
            if listed and len(by_start(listed)) <= _LISTED_AT_MOST:
                lines.append(W.LISTED_INSTEAD)
                lines.extend(_staff_of(listed, view, reader).text.splitlines())
                events.extend(listed)
            lines.append(W.PERSON_ROLES.format(name=name))
            events.extend(theirs)  # (listed below: what they do instead)
        else:
            # "does kainz do any more sessions after this week": yes, and which; not when
            # the question hints at a session of the kind they do not run ("the attention
            # tutorial is with <X>?" when <X> runs another tutorial): no yes for another one
            yes = (W.CONFIRM_YES + " " if q.asks_yes_no and (q.kinds or window)
                   and not _hinted_elsewhere(q, view, kinds, narrowed) else "")
            lines.append(yes + W.PERSON_ROLES.format(name=name))
            theirs = narrowed
            if q.asks_count and q.kinds:
                # "how many Q&As does she host": counted by session, a panel in their slot too
                count = len(by_start(narrowed))
                names = W.EVENT_KIND_NAMES if count != 1 else W.KIND_SINGULAR
                what = " and ".join(names[k] for k in sorted(q.kinds))
                if kinds - q.kinds:
                    what += W.PERSON_COUNT_WITH.format(what=" and ".join(
                        W.EVENT_KIND_NAMES[k] for k in sorted(kinds - q.kinds)))
                if count != len(narrowed) and q.kinds == {"tutorial"}:
                    # two topics in one session (T04 and T05): sessions counted, topics said
                    what += W.PERSON_COUNT_TOPICS.format(count=len(narrowed))
                lines[-1] = yes + W.PERSON_COUNT.format(name=name, what=what, count=count)
                # "how many lectures does X give" when the page names few lecturers: said
                after = kind_coverage(q.kinds, view)
        for e in theirs:
            when = view.when(e, reader) if e.start else f"week {e.week}"
            if e.kind == "deadline":
                title = e.title.removesuffix(" deadline")
                lines.append(W.PERSON_ASSESSES.format(title=title, when=when))
            else:
                topic = f" {e.id} {e.topic}" if e.topic else ""
                lines.append(W.PERSON_EVENT.format(title=e.title, topic=topic, when=when))
        lines.extend(after)
        events.extend(narrowed)
    return Reply("people", True, 0.85, "\n".join(lines), events)


def kind_coverage(kinds: set[str], view: CourseView,
                  among: list[Event] | None = None) -> list[str]:
    """For each kind whose items (of `among`, else all) the page names people for only
    partly or not at all, that it does ("when are <X>'s lectures" with a lecturer named for
    one lecture of 23)."""
    lines = []
    for kind in sorted(kinds):
        items = by_start([e for e in (view.events if among is None else among)
                          if e.kind == kind])
        named = [group for group in items if any(e.staff for e in group)]
        what = W.EVENT_KIND_NAMES[kind]
        if items and not named:
            lines.append(W.KIND_STAFF_NONE.format(what=what))
        elif len(named) < len(items):
            lines.append(W.KIND_STAFF_SOME.format(what=what, named=len(named),
                                                  total=len(items)))
    return lines


def _not_on_topic(name: str, about: list[Event], q: Query, view: CourseView,
                  reader: Reader) -> list[str]:
    """No (when asked yes or no), the sessions on the topic with whom the page lists for them,
    and what the person does instead."""
    no = W.CONFIRM_NO + " " if q.asks_yes_no else ""
    lines = [no + W.PERSON_NOT_TOPIC.format(name=name, what=", ".join(map(event_name, about))),
             W.LISTED_INSTEAD, *view.event_lines(about, reader)]
    if any(not e.staff for e in about):
        lines.append(staff_unknown(view.schedule))
    return [*lines, W.PERSON_ROLES.format(name=name)]


# A topic match too weak to name a session, but enough to say the question is about one.
_HINTED = 0.4


def _hinted_elsewhere(q: Query, view: CourseView, kinds: set[str],
                      theirs: list[Event]) -> bool:
    """Whether the question's topic weakly matches sessions of the kind asked, none of them
    the person's."""
    hinted = [e for m in q.topic_matches if m.score >= _HINTED
              if (e := view.schedule.event(m.item.id)) is not None and e.kind in kinds]
    return bool(hinted) and not set(hinted) & set(theirs)


def _topic_events(q: Query, view: CourseView, kinds: set[str]) -> list[Event]:
    """The sessions of the kind asked whose title the question's topic matches ("the VAE
    lecture"), or none when it names no topic."""
    if not q.subject_known:
        return []
    # the best of the kind asked: "the VAE tutorial" is T06 even where lecture 16 and the
    # reading match "VAE" better
    scored = [(m.score, e) for m in q.topic_matches
              if (e := view.schedule.event(m.item.id)) is not None
              and (not kinds or e.kind in kinds)]
    if not scored:
        return []
    best = scored[0][0]
    return [e for score, e in scored if score >= max(MATCH_THRESHOLD, best - 0.05)]


def _overview(view: CourseView) -> Reply:
    lines = [W.STAFF_OVERVIEW, *staff_role_lines(view)]
    if any(e.kind == "lecture" and not e.staff for e in view.events):
        lines.append(staff_unknown(view.schedule))
    return Reply("people", True, 0.7, "\n".join(lines))


def staff_role_lines(view: CourseView) -> list[str]:
    """One line per role the page names staff for ("• Tutorials: <name>, <name>")."""
    roles: dict[str, list[str]] = {}
    for e in view.events:
        role = W.EVENT_KIND_NAMES[e.kind]
        role = role[0].upper() + role[1:]
        if e.kind == "deadline":
            role = "Coursework assessors"
        for entry in e.staff:
            name = entry.removesuffix(" & team")
            roles.setdefault(role, [])
            if name not in roles[role]:
                roles[role].append(name)
    return [W.STAFF_ROLE_LINE.format(role=r, names=", ".join(n)) for r, n in roles.items()]
