"""A reminder asked for the sessions of a person ("ping me before <staff>'s thing", "set an
alarm for the <staff> session"): the reminder covers the kinds of that person's sessions
still to come (the kinds said, when some are), and the reply lists those sessions, so the
request is not read as a question about the person's role."""
from __future__ import annotations

import dataclasses

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.queries import staff_events
from bot.core.understand import Query
from bot.nlu.commands import Command
from bot.schedule.model import Event


def person_asked(command: object, q: Query | None) -> bool:
    """Whether a reminder setting names the people whose sessions it is for, and no session
    or task by its id."""
    return (isinstance(command, Command) and command.action in ("subscribe", "only", "add")
            and q is not None and bool(q.staff)
            and not (q.coursework or q.lectures or q.tutorials))


def their_sessions(q: Query, kinds: frozenset[str], view: CourseView,
                   reader: Reader) -> list[Event]:
    """The named people's sessions still to come (of `kinds`, when any are said)."""
    found = {e.id: e for name in q.staff for e in staff_events(view, name)
             if e.start is not None and e.kind != "deadline" and e.start >= reader.now
             and (not kinds or e.kind in kinds)}
    return sorted(found.values(), key=lambda e: (e.start, e.id))


def for_their_sessions(command: Command, q: Query, view: CourseView, reader: Reader) -> Command:
    """The setting narrowed to the kinds of the named people's sessions to come (unchanged
    when they have none: then the reply says so)."""
    kinds = frozenset(e.kind for e in their_sessions(q, command.kinds, view, reader))
    return dataclasses.replace(command, kinds=kinds) if kinds else command


def answer_their_sessions(q: Query, command: Command, view: CourseView,
                          reader: Reader) -> Reply:
    """The sessions the reminder is for, or that the page lists none still to come."""
    who = " and ".join(q.staff)
    events = their_sessions(q, command.kinds, view, reader)
    if not events:
        return Reply("remind", False, 0.6, W.REMIND_PERSON_NONE.format(who=who))
    lines = view.event_lines(events, reader)
    return Reply("remind", True, 0.8, "\n".join([W.REMIND_PERSON.format(who=who), *lines]),
                 events)
