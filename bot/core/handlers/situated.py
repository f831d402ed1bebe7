"""A short message naming nothing, sent just before or during a session ("which room",
"link?", "where is it", "is it now"): asked of that session, which the moment names. With no
session near, the message is left to what it was read as (asking back)."""

from __future__ import annotations

import re
from datetime import timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name
from bot.core.handlers import Reply
from bot.core.queries import held_sessions
from bot.core.timefmt import format_clock
from bot.core.understand import Query
from bot.schedule.model import Event

# What such a message asks: where, its room or link, or whether it is on now.
_WHERE = re.compile(r"\b(?:which|what) room\b|\broom\b|\bwhere(?:'s| is| are| r)?(?: it| we| "
                    r"this| that| u| you| everyone)?\b|\bwhere do (?:i|we) go\b")
_LINK = re.compile(r"\blinks?\b|\burl\b|\bhow (?:do|can) (?:i|we) join\b|\bjoin\b")
_NOW = re.compile(r"\b(?:is|are) (?:it|this|that|we|they) (?:now|on|today|starting|happening|"
                  r"live|still on)\b|\b(?:has|have) (?:it|this|that|they) (?:started|begun)\b"
                  r"|\bstarted\b|\bon now\b")
# The words such a message is made of: it names nothing ("where is the exam" names one).
_ONLY = frozenset({"which", "what", "whats", "where", "wheres", "is", "are", "r", "it", "its",
                   "this", "that", "the", "a", "room", "rooms", "link", "links", "url", "now",
                   "on", "we", "do", "i", "go", "has", "have", "started", "begun", "starting",
                   "today", "live", "still", "ok", "okay", "so", "pls", "please", "plz", "hey",
                   "hi", "guys", "anyone", "u", "you", "they", "how", "can", "join",
                   "happening", "there", "yet", "rn", "right", "s"})
_WORD = re.compile(r"[a-z]+")
_SHORT = 6
_SOON = timedelta(minutes=30)


def _asked(q: Query) -> set[str]:
    text = q.raw.lower()
    asked = set()
    if _WHERE.search(text):
        asked.add("where")
    if _LINK.search(text):
        asked.add("link")
    if _NOW.search(text):
        asked.add("now")
    return asked


def _names_nothing(q: Query) -> bool:
    return not (q.coursework or q.lectures or q.tutorials or q.notes or q.staff or q.kinds
                or q.other_course or q.missing or q.subject_known)


def near_sessions(view: CourseView, reader: Reader) -> list[Event]:
    """The session on now (first) and the one about to start (within half an hour)."""
    live = held_sessions(view)
    now = reader.now
    on = [e for e in live if e.start <= now < (e.end or e.start)]
    soon = [e for e in live if now < e.start <= now + _SOON]
    return (on[:1] + soon[:1]) if on else soon[:1]


def answer_situated(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the message is short, names nothing, asks where, a link or whether it is
    on, and a session is on or about to start."""
    words = _WORD.findall(q.raw.lower())
    if len(words) > _SHORT or not set(words) <= _ONLY or not _names_nothing(q):
        return None
    asked = _asked(q)
    if not asked:
        return None
    near = near_sessions(view, reader)
    if not near:
        return None
    c = view.schedule.course
    lines = []
    for e in near:
        minutes = int((e.start - reader.now).total_seconds() // 60)
        state = (W.SITUATED_ON if e.start <= reader.now
                 else W.SITUATED_SOON.format(minutes=max(minutes, 1)))
        staff = ", ".join(s.removesuffix(" & team") for s in e.staff)
        lines.append(W.SITUATED_SESSION.format(
            name=event_name(e), when=view.when(e, reader), state=state,
            staff=W.SITUATED_STAFF.format(staff=staff) if staff else "",
            where=W.SITUATED_WHERE.format(place=e.location) if e.location
            else W.SITUATED_NO_PLACE))
    if "now" in asked:
        first = near[0]
        lines.insert(0, W.SITUATED_YES if first.start <= reader.now else W.SITUATED_NOT_YET)
    if "where" in asked and c.mode == "online":
        lines.append(W.SITUATED_ONLINE)
    answered = True
    if "link" in asked:
        lines.append(W.NO_JOIN_LINK_TA.format(forum=c.forum.name,
                                              forum_course=c.forum.course_name))
        answered = "where" in asked or "now" in asked
    return Reply("schedule", answered, 0.75, "\n".join(lines), near)


# Whether a session is over or missed ("is the tutorial over?", "have I missed it", "is the
# q&a finished already", "did i miss the lecture"), asked as a yes/no.
_OVER = re.compile(r"\b(?:over|finished|ended|done|miss|missed|still on|still going|"
                   r"still running)\b")
_SESSION_KINDS = frozenset({"qa", "tutorial", "lecture", "panel"})
# A session ended this long ago is still the one such a message means; longer, the list's.
_JUST_ENDED = timedelta(hours=2)


def answer_over(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Is it over / have I missed it", sent during, just before or just after a session of
    the kind named (or of any kind, naming none): that session relative to now (on until its
    end, not started yet, or ended at its end with the next one). None when no session of it
    is near, when the question names a particular one (an id, a person, a time) or another
    thing."""
    if not q.asks_yes_no or not _OVER.search(q.raw.lower()):
        return None
    if (q.coursework or q.lectures or q.tutorials or q.notes or q.staff or q.other_course
            or not q.kinds <= _SESSION_KINDS or q.time.window is not None):
        return None
    if not q.kinds and len(_WORD.findall(q.raw.lower())) > _SHORT:
        return None
    now = reader.now
    live = [e for e in view.timed if e.start is not None and e.kind in (q.kinds or
                                                                        _SESSION_KINDS)]
    on = [e for e in live if e.start <= now < (e.end or e.start)]
    soon = [e for e in live if now < e.start <= now + _SOON]
    ended = [e for e in live if e.end is not None and now - _JUST_ENDED <= e.end <= now]
    if on:
        end = on[0].end.astimezone(reader.tz)  # type: ignore[union-attr]
        group = [e for e in on if e.start == on[0].start]
        line = _line(group, view, reader)
        text = W.ON_NOW_NOT_MISSED.format(end=format_clock(end)).format(
            line=line)
        return Reply("schedule", True, 0.85, text, group)
    if soon:
        group = [e for e in soon if e.start == soon[0].start]
        return Reply("schedule", True, 0.85, "\n".join(
            [W.SITUATED_NOT_YET, _line(group, view, reader)]), group)
    if not ended:
        return None
    last = ended[-1]
    group = [e for e in ended if e.start == last.start]
    end = last.end.astimezone(reader.tz)  # type: ignore[union-attr]
    lines = [W.SITUATED_ENDED.format(end=format_clock(end),
                                     line=_line(group, view, reader))]
    later = [e for e in live if e.start > now and e.kind == last.kind]
    following = [e for e in later if e.start == later[0].start]
    if following:
        lines.append(W.SITUATED_NEXT_ONE.format(line=_line(following, view, reader)))
    return Reply("schedule", True, 0.85, "\n".join(lines), [*group, *following])


def _line(group: list[Event], view: CourseView, reader: Reader) -> str:
    """One line for sessions held together (tutorials in one slot folded into one)."""
    return view.event_lines(group, reader)[0].lstrip("• ")
