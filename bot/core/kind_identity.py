"""A yes/no asking whether a session is one of a kind ("is the panel thing on tuesday a normal
q and a?", "is the panel just a regular q&a", "is the week 8 panel an ordinary q and a"):
the kind is read from the words after "a", the sessions from the reply's listing. A Yes stands
only when what is listed is of that kind; when every session listed is of another kind, the
lead is No and says what it is (and whose slot it takes, when it takes one)."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import in_qa_slots
from bot.core.handlers import Reply
from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS

# "<subject> a (normal|regular|...) <kind>": the kind the session is asked to be; the word
# saying it is one of the usual ones makes it a question of kind, not of whether one exists.
_OF_KIND = re.compile(r"\b(?:is|isn'?t|was)\b(?P<subject>.{1,60}?)\b(?:just |still |really )?"
                      r"an? (?:normal|regular|usual|proper|real|standard|typical|ordinary"
                      r"|actual|plain|traditional)\b(?P<kind>[^,.;?!]{1,30})")
_YES_LEAD = re.compile(r"^Yes(?:, but it is over already)?[:.,]\s*")
_NO_LEAD = re.compile(r"^No\b(?! ?thing)")


def kind_checked(q: Query | None, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """The reply with its Yes lead turned to No (or a No put before a listing with no lead)
    when every session it lists is of another kind than the one the question asks it to be."""
    if q is None or not reply.answered or not q.asks_yes_no:
        return reply
    m = _OF_KIND.search(q.text)
    if m is None or _NO_LEAD.match(reply.text):
        return reply
    yes = _YES_LEAD.match(reply.text)
    asked = view.understander.parse(m.group("kind"), reader.now, reader.tz).kinds
    sessions = [e for e in reply.events if e.kind in SESSION_KINDS]
    if len(asked) != 1 or not sessions or any(e.kind in asked for e in sessions):
        return reply
    kind = next(iter(asked))
    e = sessions[0]
    in_slot = kind == "qa" and e.kind in in_qa_slots(view.schedule)
    lead = (W.KIND_IN_SLOT if in_slot else W.KIND_OTHER).format(
        title=e.title[:1].lower() + e.title[1:] if e.title[1:2].islower() else e.title,
        kind=W.KIND_SINGULAR[kind])
    rest = reply.text[yes.end():] if yes else reply.text
    return dataclasses.replace(reply, text=f"{lead} {rest[:1].upper()}{rest[1:]}")
