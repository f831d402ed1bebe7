"""Getting ready for a session ("do I need to have read anything before the week 4 tutorial",
"what should I prepare for tomorrow's Q&A"): the page sets no prerequisite for a session, but
lists the material of its week (lectures, reading, the preparation it marks); that list, for
the week of the session meant, and a TA, not whether or when sessions are held."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, join
from bot.core.handlers import Reply
from bot.core.handlers.aggregates import answer_watch_before
from bot.core.handlers.sessions import answer_schedule
from bot.core.understand import Query

# Preparing, or having done something first, asked of a session: "prep for", "get ready
# for", "need to have read/watched/installed ... before", "anything to do before".
_PREPARE = re.compile(
    r"\b(?:prep|prepare|preparing|preparation|get(?:ting)? ready|be ready|ready for)\b"
    r"|\b(?:need|needs|have|has|should|supposed|expected|meant|required|must)(?: to)?"
    r"(?: have)? (?:already )?(?:done|read|watched|seen|installed|set up|setup|finished|"
    r"completed|looked at|gone through|covered|downloaded|studied|revised)\b"
    # ("do" as a verb with what is done, not the auxiliary of "how many hours do we have
    # left before ..." or "what time do the tutorials start before the break")
    r"|\b(?:need|have|got|supposed) to do\b[^.?!]{0,20}\b(?:before|beforehand)\b"
    r"|\b(?:read|watch|install|do(?= (?:anything|something|any|some|my|all|it)\b)|"
    r"look at|go through|study|revise|"
    r"download|set up|cover|"
    r"finish)\b[^.?!]{0,30}\b(?:before|ahead of|prior to|in advance of|beforehand)\b")
# A session kind the page holds at a time (not the coursework: its own prep handler; not a
# lecture: what to read for it is the reading handler's).
_SESSIONS = frozenset({"tutorial", "qa", "panel"})


def answer_session_prep(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """What to prepare for the session asked about: the material the page lists for its
    week, and that it sets no formal prerequisite. None unless preparing for a session (by
    kind or id, not the coursework) is asked, or no session of the page is meant."""
    if q.coursework or q.lectures or not (q.kinds & _SESSIONS or q.tutorials):
        return None
    if not _PREPARE.search(q.text) or answer_watch_before(q, view, reader) is not None:
        return None  # (the lectures to have watched first: the lectures up to its week)
    meant = [e for e in answer_schedule(q, view, reader).events
             if e.kind in _SESSIONS and e.week is not None]
    going = [e for e in meant if e.kind in q.kinds] or meant
    if not going:
        return None
    first = going[0]
    # (one session may hold several of the page's events: a tutorial on two topics)
    session = [e for e in going if e.kind == first.kind and e.start == first.start
               and e.week == first.week]
    s = view.schedule
    week = first.week
    when = view.when(first, reader) if first.start else W.PREP_WEEK.format(week=week)
    name = join([event_name(e) for e in session])
    lectures = [lec for lec in s.lectures if lec.week == week]
    lines = []
    if lectures:
        lines.append(W.SESSION_PREP_LECTURES.format(
            items="; ".join(f"{lec.number} {lec.title}" for lec in lectures)))
    lines += [W.READING_LINE.format(id=m.id, title=m.title,
                                    kind=f"{m.kind}; {m.note}" if m.note else m.kind)
              for m in s.materials if m.week == week]
    head = W.SESSION_PREP_HEAD if lines else W.SESSION_PREP_NOTHING
    return Reply("logistics", True, 0.8, "\n".join([
        head.format(session=name, when=when, week=week), *lines, view.ta_offer()]), session)
