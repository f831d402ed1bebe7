"""Topics and reading: which lecture covers X, what a tutorial or week covers, what to read."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.count_asked import count_asked, past_count_asked
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.notes import (
    answer_from_notes,
    lectures_in_notes,
    note_named_after,
    sources,
    unknown_name,
)
from bot.core.handlers.sessions import answer_schedule, other_kind_match, session_after
from bot.core.queries import asked_focus, events_of, first_or_last, in_window, plural_kinds
from bot.core.reported_missing import reported_missing
from bot.core.series import series_stem
from bot.core.topics import MATCH_THRESHOLD, TopicMatch
from bot.core.understand import Query
from bot.schedule.model import Event, Material


def _notes_for(view: CourseView, lecture_id: str) -> list[Material]:
    return [m for m in view.schedule.materials if lecture_id in m.lectures]


def _lecture_line(view: CourseView, lecture_id: str) -> str:
    """"• Lecture 10: BatchNorm (week 4, pre-recorded); notes: N07 BatchNorm"."""
    lec = view.schedule.lecture(lecture_id)
    assert lec is not None
    notes = ", ".join(f"{n.id} {n.title}" for n in _notes_for(view, lecture_id))
    return W.TOPIC_LECTURE.format(number=lec.number, title=lec.title, week=lec.week,
                                  delivery=lec.delivery,
                                  notes=W.NOTES_PART.format(notes=notes) if notes else "")


def _matches(q: Query, view: CourseView) -> list[TopicMatch]:
    if not q.topic:
        return []
    wanted = q.kinds & {"lecture", "tutorial"}
    found = ([m for m in q.topic_matches if m.item.kind in wanted] if wanted
             else q.topic_matches)
    if not found or found[0].score < MATCH_THRESHOLD:
        return []
    best = found[0].score
    kept = [m for m in found if m.score >= max(MATCH_THRESHOLD, best - 0.1)]
    if wanted >= {"lecture", "tutorial"}:
        # "a lecture and a tutorial on transformers": a kind no title names is found by the
        # sessions that go with the matched ones, so both kinds are listed
        have = {m.item.kind for m in kept}
        paired = {item.id: TopicMatch(item, m.score) for kind in sorted(wanted - have)
                  for m in kept for item in view.topics.goes_with(m.item.id, kind)}
        kept += paired.values()
    elif not wanted:
        # "which week is transformers": no kind named, so the tutorial that goes with a
        # lecture whose title names the topic is listed too (not a tutorial's other
        # lectures: "VAEs, GANs" would bring in the GAN lecture for VAEs)
        have = {m.item.id for m in kept}
        kept += [t for t in view.topics.tutorials_of_named(kept) if t.item.id not in have]
    # "any intro stuff for X": one part of a series ("X I") found means all its parts
    stems = {(m.item.kind, stem): m.score for m in kept if (stem := series_stem(m.item.title))}
    have = {m.item.id for m in kept}
    kept += [TopicMatch(item, stems[(item.kind, stem)]) for item in view.topics.items
             if item.id not in have and (stem := series_stem(item.title))
             and (item.kind, stem) in stems]
    return kept


def _coverage_lines(matches: list[TopicMatch], view: CourseView, reader: Reader
                    ) -> tuple[list[str], list[Event]]:
    lines: list[str] = []
    events: list[Event] = []
    lecture_ids: list[str] = []
    for m in matches:
        if m.item.kind == "lecture":
            lecture_ids.append(m.item.id)
        elif m.item.kind == "material":
            lecture_ids.extend(m.item.lectures)
    for lid in dict.fromkeys(lecture_ids):
        if view.schedule.lecture(lid) is None:
            continue
        lines.append(_lecture_line(view, lid))
        if (e := view.schedule.event(lid)) is not None:
            events.append(e)
    for m in matches:
        if m.item.kind == "material" and not m.item.lectures:
            lines.append(W.TOPIC_MATERIAL.format(id=m.item.id, title=m.item.title,
                                                 week=m.item.week))
        if m.item.kind == "tutorial" and (e := view.schedule.event(m.item.id)) is not None:
            when = view.when(e, reader) if e.start else f"week {e.week}"
            lines.append(W.TOPIC_TUTORIAL.format(id=e.id, topic=e.topic, when=when))
            events.append(e)
    return lines, events


def answer_topic(q: Query, view: CourseView, reader: Reader) -> Reply:
    named = [e for i in (*q.tutorials, *q.lectures) if (e := view.schedule.event(i))]
    if (after := session_after(named, q, view, reader)) is not None:
        return after  # "which lecture comes after lec 16": the next one, not lecture 16
    if q.tutorials:
        reply = _tutorials(q.tutorials, view, reader)
        if "lecture" in q.kinds and not q.lectures:
            # "what does T08 cover, which lecture is it based on": the lectures whose titles
            # hold its topic
            for tid in q.tutorials:
                lectures = view.topics.covering(tid, "lecture")
                if lectures:
                    reply.text += "\n" + W.TUTORIAL_GOES_WITH.format(
                        id=tid, lectures="; ".join(
                            e.title for i in lectures if (e := view.schedule.event(i.id))))
        return reply
    if q.lectures:
        lines, events = [], []
        named = any(m.named and m.item.id in q.lectures for m in q.topic_matches)
        # A topic is asked about only when what is left reads as one ("is backprop in lecture
        # 13"), not the words of an apology around the id ("sry to bug u, lecture 13 was
        # what again": the lecture itself is asked)
        asked = bool(q.topic_phrase or q.focus_words)
        if asked and not named:
            lines.append(W.say_topic(W.TITLE_ONLY, q.topic_phrase))
        for lid in q.lectures:
            lines.append(_lecture_line(view, lid))
            events.append(view.schedule.event(lid))
        answered = not (asked and not named)
        return Reply("topic", answered, 0.9 if answered else 0.4, "\n".join(lines), events)
    matches = _matches(q, view)
    if not matches and q.kinds == {"tutorial"} and q.time.window is not None:
        # "is the tutorial still going and what's it about": the ones at that time
        held = in_window([e for e in view.events if e.kind == "tutorial"], q.time.window,
                         reader.now)
        if held:
            return _tutorials([e.id for e in held], view, reader)
    if not matches and q.kinds == {"tutorial"} and q.week is None and q.topic_matches and (
            q.topic_matches[0].named) and (
            other := other_kind_match(q, view, q.kinds, reader)) is not None:
        # "the tutorial on transformers, which week": no tutorial's title names it; the one
        # that goes with the lecture whose title does (or that none does), not every tutorial
        # (a title that only resembles the words is no lecture of that topic)
        return dataclasses.replace(other, intent="topic")
    if (not matches and q.kinds and q.week is None and q.time.window is None
            and (count_asked(q.text) or past_count_asked(q.text))):
        # "what were the two most recent tutorials about": that many sessions, with their
        # topics, as the schedule counts them
        return dataclasses.replace(answer_schedule(q, view, reader), intent="topic")
    if (not matches and q.kinds == {"tutorial"} and q.week is None
            and q.direction in ("first", "last")):
        return _first_or_last_tutorial(q.direction, view, reader)
    if not matches and q.kinds == {"tutorial"} and q.week is None:
        tutorials = [e for e in view.events if e.kind == "tutorial" and e.topic]
        lines = [W.TUTORIAL_LIST] + [
            f"• {e.id} {e.topic} ({view.when(e, reader) if e.start else f'week {e.week}'})"
            for e in tutorials]
        return Reply("topic", True, 0.85, "\n".join(lines), tutorials)
    if q.topic and (kinds := plural_kinds(q) & {"lecture", "tutorial"}):
        # "which are the generative model lectures": every one of the theme, not the best
        # title or the notes' best few
        from bot.core.handlers.course_wide import themed_sessions  # (it imports this)
        titled = {m.item.id for m in matches if m.named and m.item.kind in kinds}
        themed = themed_sessions(q, view, reader, kinds)
        if themed is not None and {e.id for e in themed.events} - titled:
            # (only when the theme holds more than the titles do: they say where the notes are)
            return dataclasses.replace(themed, intent="topic")
    if (found := _notes_over_resemblance(q, view, reader, matches)) is not None:
        return found
    if matches:
        lines, events = _coverage_lines(matches, view, reader)
        head = W.TOPIC_FOUND if matches[0].named else W.say_topic(W.TOPIC_INFERRED, q.topic_phrase)
        text = "\n".join([head, *lines])
        return Reply("topic", True, min(0.95, 0.5 + matches[0].score / 2), text, events)
    week = q.week or (q.time.window.course_week if q.time.window else None)
    if week is not None:
        return _week(week, view, reader)
    if q.topic:
        found = _from_notes(q, view, reader)
        if found is not None:
            return found
        return Reply("topic", False, 0.3, W.say_topic(W.TOPIC_NOT_FOUND, q.topic_phrase))
    if not (q.kinds or q.coursework or q.staff or q.notes
            or _POINTS_BACK.search(re.split(r"[.!?]+\s", q.text)[-1])):
        # "what do we even cover": what the whole course is about, naming nothing of it
        # (not "whats that about", of something said before, in its asking sentence)
        return _syllabus(view)
    if (titled := titled_sessions(q, view)):
        # "what's the topic of the live panel": a session of a kind that no lecture title
        # covers says what it is about in its own title
        return Reply("topic", True, 0.85, "\n".join(view.event_lines(titled, reader)), titled)
    return Reply("topic", False, 0.2, W.UNKNOWN)


def titled_sessions(q: Query, view: CourseView) -> list[Event]:
    """The sessions of the kinds asked that are not lectures, tutorials or Q&As (whose topics
    are found by their titles or are the course's own): their titles say what they are."""
    kinds = q.kinds - {"lecture", "tutorial", "qa", "deadline"}
    return [e for e in view.events if e.kind in kinds and e.title]


_POINTS_BACK = re.compile(r"\b(?:it|its|that|thats|this|those|these|they|them|one)\b")


def _syllabus(view: CourseView) -> Reply:
    """The course's topics as the page gives them: its lecture titles, week by week."""
    weeks: dict[int, list[str]] = {}
    for lecture in view.schedule.lectures:
        weeks.setdefault(lecture.week, []).append(lecture.title)
    lines = [W.SYLLABUS] + [W.SYLLABUS_WEEK.format(week=week, titles="; ".join(titles))
                            for week, titles in sorted(weeks.items())]
    return Reply("topic", True, 0.8, "\n".join(lines))


def _from_notes(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Which lecture covers dropout": no title says so, but a lecture's notes may."""
    ids, hits, confidence = lectures_in_notes(q, view)
    if not ids:
        return None
    lines = [W.say_topic(W.TOPIC_IN_NOTES, q.topic_phrase)]
    events = []
    for eid in ids:
        e = view.schedule.event(eid)
        if e is None:
            continue
        events.append(e)
        if e.kind == "lecture":
            lines.append(_lecture_line(view, eid))
        else:
            when = view.when(e, reader) if e.start else f"week {e.week}"
            lines.append(W.TOPIC_TUTORIAL.format(id=e.id, topic=e.topic, when=when))
    return Reply("topic", True, confidence, "\n".join(lines), events, sources(hits))


def _notes_over_resemblance(q: Query, view: CourseView, reader: Reader,
                            matches: list[TopicMatch]) -> Reply | None:
    """Where the topic is covered, from the notes that discuss it, when the question asks
    where and no title names the topic but only resembles it ("lstms" ~ "RNN
    applications"): the notes know better than the resemblance."""
    asks_where = q.has("cover", "where") or bool(q.kinds & {"lecture", "tutorial"})
    if matches and not matches[0].named and asks_where:
        return _from_notes(q, view, reader)
    return None


def _first_or_last_tutorial(direction: str, view: CourseView, reader: Reader) -> Reply:
    """"The topic of the final tutorial": that session's topics; when it has none, it says so
    and names the nearest one that has a topic."""
    tutorials = [e for e in view.events if e.kind == "tutorial"]
    group = first_or_last(view, tutorials, direction)
    reply = _tutorials([e.id for e in group], view, reader)
    head = (W.FIRST_OF_KIND if direction == "first" else W.LAST_OF_KIND).format(
        kind=W.KIND_SINGULAR["tutorial"])
    reply.text = f"{head}\n{reply.text}"
    if not any(e.topic for e in group):
        topical = first_or_last(view, [e for e in tutorials if e.topic], direction)
        if topical:
            reply.text += "\n" + (W.LAST_WITH_TOPIC if direction == "last"
                                   else W.FIRST_WITH_TOPIC).format(topics="; ".join(
                                       f"{e.id} {e.topic}" for e in topical),
                                       when=view.when(topical[0], reader) if topical[0].start
                                       else f"week {topical[0].week}")
            reply.events += topical
    return reply


def _tutorials(ids: list[str], view: CourseView, reader: Reader) -> Reply:
    lines, events = [], []
    for tid in ids:
        e = view.schedule.event(tid)
        if e is None:
            continue
        when = view.when(e, reader) if e.start else f"week {e.week}"
        if e.topic:
            lines.append(W.TUTORIAL_ABOUT.format(id=e.id, topic=e.topic, when=when,
                                                 staff=", ".join(e.staff), place=e.location))
        else:
            lines.append(W.TUTORIAL_NO_TOPIC.format(title=e.title, week=e.week, when=when,
                                                    staff=", ".join(e.staff)))
        if e.uncertain:
            lines.append(W.UNCERTAIN.format(note=e.uncertain))
        events.append(e)
        # one session may run two tutorials (T01 and T02): the one asked is half the answer
        shared = [o for o in view.events if o.kind == "tutorial" and o.id not in ids
                  and e.start is not None and o.start == e.start]
        if shared:
            lines.append(W.TUTORIAL_SAME_SESSION.format(others="; ".join(
                f"{o.id} {o.topic}" if o.topic else o.title for o in shared)))
    return Reply("topic", True, 0.9, "\n".join(lines), events)


def _week(number: int, view: CourseView, reader: Reader) -> Reply:
    s = view.schedule
    week = s.week(number)
    if week is None:
        return Reply("topic", False, 0.4, W.UNKNOWN)
    lines = [W.WEEK_OVERVIEW.format(week=number, span=view.week_span(number))]
    lectures = [lec for lec in s.lectures if lec.week == number]
    tutorials = [t for t in s.tutorials if t.week == number]
    reading = [m for m in s.materials if m.week == number]
    if lectures:
        lines.append(W.WEEK_LECTURES.format(
            items="; ".join(f"{lec.number} {lec.title}" for lec in lectures)))
    if tutorials:
        lines.append(W.WEEK_TUTORIALS.format(
            items="; ".join(f"{t.id} {t.topic}" if t.topic else t.title for t in tutorials)))
    if reading:
        lines.append(W.WEEK_READING.format(items="; ".join(f"{m.id} {m.title}" for m in reading)))
    if not lectures and not tutorials:
        lines.append(W.WEEK_NOTHING if not week.note else f"• {week.note}")
    events = [e for x in [*lectures, *tutorials] if (e := s.event(x.id))]
    return Reply("topic", True, 0.85, "\n".join(lines), events)


# Parts of a book the page would have to map to its lectures ("which chapters go with ...").
_BOOK_PARTS = frozenset({"chapter", "chapters", "section", "sections", "pages", "page"})
# Asking for more than the book ("alongside", "instead", "any alternatives").
_BESIDES = frozenset({"instead", "alternative", "alternatives", "alongside", "supplement",
                      "supplementary", "additional", "extra", "besides"})
_THE_PAGE = re.compile(r"\b(?:the|this|course|your|web|module) pages?\b")
_OTHER_READING = re.compile(r"\bother (?:material|materials|resources?|reading)\b")


def book_lines(q: Query, view: CourseView) -> tuple[list[str], bool]:
    """(lines, all stated): the course's book; asked which chapters go with the lectures,
    that the page names the book only; asked for other material beside it, the rest the
    page offers (its revision notes, where its materials are)."""
    c = view.schedule.course
    lines = [W.BOOK.format(book=c.book)]
    words = set(q.words)
    parts = words & _BOOK_PARTS
    if parts <= {"page", "pages"} and _THE_PAGE.search(q.text):
        parts = set()  # "which book is on the page": the course's page, not the book's
    if parts:
        return [*lines, W.BOOK_PARTS_UNKNOWN], False
    if words & _BESIDES or _OTHER_READING.search(q.text):
        return [*lines, c.revision_notes, c.materials_note], True
    return lines, True


def answer_reading(q: Query, view: CourseView, reader: Reader) -> Reply:
    s = view.schedule
    if q.has("book") and s.course.book and not (asked_focus(q).lectures or q.notes):
        # "caught up to lecture 14 ... is there a recommended book": the course's book; the
        # lecture said in the context is not what is asked
        lines, stated = book_lines(q, view)
        return Reply("reading", stated, 0.85 if stated else 0.5, "\n".join(lines))
    chosen: list[Material] = []
    what = ""
    lecture_ids = list(q.lectures)
    direct: list[str] = []
    if not lecture_ids and not q.notes:
        for m in _matches(q, view):
            if m.item.kind == "material" and not m.item.lectures:
                direct.append(m.item.id)
            lecture_ids.extend((m.item.id,) if m.item.kind == "lecture" else m.item.lectures)
    staff_week = None
    if not lecture_ids and not q.notes and not direct and q.staff:
        lecture_ids, staff_week = _sessions_of_staff(q, view)
    if q.notes or direct:
        chosen = [m for m in s.materials if m.id in q.notes or m.id in direct]
        what = ", ".join(m.title for m in chosen) + _weeks_of(chosen)
    elif lecture_ids:
        chosen = [m for m in s.materials if set(m.lectures) & set(lecture_ids)]
        what = "lecture " + ", ".join(s.lecture(lid).number for lid in dict.fromkeys(lecture_ids))
        # "which week's reading is the LeNet paper": the week it is listed in, said too
        what += _weeks_of(chosen or [s.lecture(lid) for lid in lecture_ids])
    else:
        week = q.week or (q.time.window.course_week if q.time.window else None) or staff_week
        if week is None and q.time.window is None and q.has("where"):
            # "where are the notes": where they all are, not this week's list
            # (the page's own sentence: it says what else is there, tutorials, coursework)
            return Reply("reading", True, 0.85, W.MATERIALS.format(note=s.course.materials_note))
        if week is None and q.time.window is None:
            week = view.understander.calendar.course_week_of(reader.now.astimezone(view.tz).date())
        if week is None:
            return _all_reading(view)
        chosen = [m for m in s.materials if m.week == week]
        what = f"week {week}"
    where = W.READING_WHERE.format(locations=" and ".join(s.course.materials_locations))
    if not chosen:
        return Reply("reading", True, 0.75, W.READING_NONE.format(what=what) + " " + where)
    lines = [W.READING_FOR.format(what=what)]
    # the page's own note on an item ("coursework preparation") says what it is for
    lines += [W.READING_LINE.format(id=m.id, title=m.title,
                                    kind=f"{m.kind}; {m.note}" if m.note else m.kind)
              for m in chosen]
    events: list[Event] = []
    if (lecture_ids and not q.lectures and "lecture" not in q.kinds and not q.has("where")
            and {"which", "what"} & set(q.words)):
        # "which notes cover batchnorm": the tutorial on that topic too, where there is one
        events = _tutorials_with(list(dict.fromkeys(lecture_ids)), view)
        events += [e for m in q.topic_matches if m.item.kind == "tutorial"
                   and (m.named or m.score >= MATCH_THRESHOLD)
                   and (e := s.event(m.item.id)) is not None and e not in events]
        lines += [W.READING_TUTORIAL.format(id=e.id, topic=e.topic, when=view.when(e, reader))
                  for e in events if e.start is not None]
    lines.append(where)
    if reported_missing(q.raw) and not q.missing:
        # "slides for lecture 5 aren't up yet?": what the page lists is no proof it is up;
        # the bot cannot see the uploads, a person can check (a thing the page does not
        # list at all, "N12 went missing", is said so by the missing item's own reply)
        lines += [W.LISTED_NOT_CHECKED, view.ta_offer()]
    return Reply("reading", True, 0.85, "\n".join(lines), events)


# The kinds of session a person named may give, read for "before <person>'s <session>".
_SESSION_KINDS = frozenset({"lecture", "tutorial", "qa", "panel"})


def _sessions_of_staff(q: Query, view: CourseView) -> tuple[list[str], int | None]:
    """"anything to read before <person>'s lecture": the lectures that person gives (of
    the kinds asked, any session when none is), else the one week of their sessions, so
    the reading is of the session named, not of the current week."""
    kinds = set(q.kinds & _SESSION_KINDS) or set(_SESSION_KINDS)
    given = events_of(view, kinds, q.staff)
    lectures = [e.id for e in given if e.kind == "lecture"]
    if lectures:
        return lectures, None
    weeks = {e.week for e in given if e.week is not None}
    return [], (weeks.pop() if len(weeks) == 1 else None)


def _tutorials_with(lecture_ids: list[str], view: CourseView) -> list[Event]:
    """The tutorials of the same week whose topics go with these lectures."""
    found = {i.id: e for lid in lecture_ids for i in view.topics.goes_with(lid, "tutorial")
             if (e := view.schedule.event(i.id)) is not None}
    return list(found.values())


def _weeks_of(items: list) -> str:
    """" (week 3)": the weeks the page lists the items in."""
    weeks = sorted({i.week for i in items if i is not None})
    return W.READING_WEEKS.format(weeks=", ".join(map(str, weeks))) if weeks else ""


def _all_reading(view: CourseView) -> Reply:
    s = view.schedule
    lines = []
    for week in s.weeks:
        items = [m for m in s.materials if m.week == week.number]
        if items:
            lines.append(f"Week {week.number}: " + "; ".join(f"{m.id} {m.title}" for m in items))
    lines.append(W.READING_WHERE.format(locations=" and ".join(s.course.materials_locations)))
    return Reply("reading", True, 0.75, "\n".join(lines))


def answer_content(q: Query, view: CourseView, reader: Reader) -> Reply:
    """Quote the notes when a passage answers it well enough; else say where it is covered."""
    found = answer_from_notes(q, view, reader)
    if found is not None:
        return found
    if (subject := unknown_name(q, view)) is not None:
        return _not_in_notes(subject, q, view)
    matches = _matches(q, view)
    if (found := _notes_over_resemblance(q, view, reader, matches)) is not None:
        return found
    if matches:
        lines, events = _coverage_lines(matches, view, reader)
        return Reply("content", False, 0.3, "\n".join([W.CONTENT_POINTER, *lines]), events)
    c = view.schedule.course
    if not q.topic_matches:  # nothing in the course is even close: not a course topic
        return Reply("unknown", False, 0.05, W.UNKNOWN + W.UNKNOWN_FORUM.format(
            forum=c.forum.name, forum_course=c.forum.course_name))
    return Reply("content", False, 0.1, W.CONTENT_UNKNOWN.format(book=c.book, forum=c.forum.name))


def _not_in_notes(subject: str, q: Query, view: CourseView) -> Reply:
    """"The course notes don't cover flash attention": the subject named, at most the note
    named after its kind, and a TA offered; no passage about something else, and no list of
    sessions whose titles only share a word with it."""
    text = W.NOTES_LACK_SUBJECT.format(subject=subject)
    if (note := note_named_after(subject, q, view)) is not None:
        text += W.NOTES_LACK_NEAREST.format(note=note)
    return Reply("content", False, 0.1, text + W.NOTES_LACK_TA)


# Whether the lectures' material comes apart from their videos ("are the slides available
# separately from the videos", "is there a written version of the lectures", "notes or only
# the recordings"), or in another form (captions, transcripts): a question of access.
_CAPTIONS = re.compile(r"\b(?:captions?|captioned|subtitles?|subtitled|transcripts?|"
                       r"transcribed|transcriptions?)\b")
_APART = re.compile(
    r"\b(?:separate(?:ly)?|apart from|independent(?:ly)? of|without (?:watching|having to "
    r"watch|the videos?|the recordings?)|instead of (?:watching )?(?:the )?(?:videos?|"
    r"recordings?|lectures?)|(?:or|than|not) (?:just |only )?(?:the )?(?:videos?|recordings?)|"
    r"only (?:the )?(?:videos?|recordings?)|written (?:version|form|copy|copies|notes)|"
    r"in writing)\b")
_WRITTEN = re.compile(r"\b(?:notes|slides?|written|handouts?|pdfs?|text)\b")


def answer_materials_apart(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Are the slides available separately from the videos?": the page lists notes and
    slides of their own beside the lectures (the week's, as examples); captions or
    transcripts it does not mention (a TA can say). None unless either is asked."""
    t = f"{q.raw} {q.text}".lower()  # (as written: "subtitled" is no typo of "submitted")
    captions, apart = _CAPTIONS.search(t), _APART.search(t) and _WRITTEN.search(t)
    s = view.schedule
    kinds = [k for k in ("notes", "slides") if any(m.kind == k for m in s.materials)]
    if not (captions or apart) or not kinds:
        return None
    where = " and ".join(s.course.materials_locations)
    said = " and ".join(kinds)
    c = s.course
    if captions:
        text = W.CAPTIONS_UNSTATED.format(kinds=said, locations=where, forum=c.forum.name,
                                          forum_course=c.forum.course_name)
        return Reply("not_on_page", False, 0.6, text)
    listing = answer_reading(q, view, reader)
    return Reply("reading", True, 0.8,
                 W.MATERIALS_APART.format(kinds=said, locations=where) + "\n" + listing.text)
