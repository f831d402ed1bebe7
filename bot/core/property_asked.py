"""The property a yes/no question asks of the sessions it names, beside their day and time:
whether they are recorded, where they are held (a platform, a room, a link), or whether
they have a topic or title at all.

Handlers lead with Yes when what they check holds (a session falls in the time said, a
person is listed for it). When the question asks a property that check did not settle ("will
the lecture be recorded if I miss it", "is her lecture on teams"), that Yes answers another
question: `property_checked` drops it and says what the page does (and does not) state of
that property for the sessions listed, with who can tell the rest."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.lexicon import session_unstated_attribute
from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import Event

# Recorded to be watched later; not "pre-recorded", how the page says some lectures are given.
_RECORDING = re.compile(
    r"(?<!pre)(?<!pre-)(?<!pre )\b(?:recorded|recording|recordings)\b"
    r"(?!\s+(?:lectures?|videos?|sessions?|ones?|versions?"
    r"|of (?:the )?\w+ (?:is|are) (?:out|up))\b)"
    r"|\brecord (?:it|them|this|that|the \w+)\b"
    r"|\bwatch (?:it |them |this |that |the \w+ )?(?:back|later|afterwards?|after)\b"
    r"|\b(?:be|get|gets|getting) (?:put |uploaded )?(?:up|uploaded|posted) "
    r"(?:later|after|afterwards?)\b")
# A session put up after it is held ("are the q&as put online after?", "do the tutorials go
# up afterwards", "posted later?"): its recording, unless a material is what is put up ("are
# the solutions posted after"); not "after the lecture"/"after 3" (a time).
_PUT_UP_LATER = re.compile(r"\b(?:put|posted|uploaded|shared|available|up|online|go up|goes up)"
                           r"(?: (?:up|online|somewhere|anywhere))? (?:later|after|afterwards?)"
                           r"\b(?! (?:(?:the|a|an|each|every|it|that|this|them)\b|\d))")
_MATERIAL = re.compile(r"\b(?:slides?|notes?|solutions?|answers?|notebooks?|code|exercises?|"
                       r"sheets?|papers?|readings?|marks?|grades?|feedback|results?|quiz(?:zes)?)\b")
# Where a session is held: a platform named after a place word, in person, a room, a link; a
# "where" that asks (not "the tutorial where we ...").
_PLATFORMS = r"(?:ms |microsoft )?(teams|zoom|skype|panopto|youtube|discord|gather)"
_PLACE = re.compile(
    rf"\b(?:on|via|over|through|in|using) {_PLATFORMS}\b"
    r"|\bin[- ]?person\b|\bon[- ]?campus\b|\b(?:which|what) (?:room|building|hall)\b"
    r"|\b(?:link|links|venue|room)\b"
    r"|(?:^|[,;]\s*|\b(?:and|or|so|but)\s+)where\b"
    r"|\bwhere(?:'s| is| are| do| does| will| can| would| should| exactly)\b")
# Whether a session has a topic or title at all ("is there a topic for it", "does it have a
# title", "any theme given"); not a topic said of it ("the topic of GANs", "a title like ...").
_TOPIC = re.compile(r"\b(?:a|an|any|the|its|their|no)\s+(?:topics?|titles?|themes?|subjects?)\b"
                    r"(?!\s+(?:of|on|about|like|called|named|is|was|are)\b)")
_PLATFORM_SAID = re.compile(rf"\b(?:on|via|over|through|in|using) {_PLATFORMS}\b")
_YES_LEAD = re.compile(r"^Yes(?:, but it is over already)?[:.,]\s*")
# Any verdict a handler leads with ("Yes:", "No, not on Monday:", "Mostly, not always."): a
# verdict on what it checked, which is not an attribute the page never records.
_VERDICT_LEAD = re.compile(r"^(?:Yes|No|Mostly|Partly|Not for all)\b[^:.\n]*[:.]\s*")
# A reply that speaks of recording already (how lectures are given, whether one is recorded).
_SPEAKS_OF_RECORDING = re.compile(r"\brecord", re.IGNORECASE)


# "live or recorded?", "recorded like the others or live": which way it is given, a choice the
# page answers (live or pre-recorded), not whether a live one is recorded
_MODE_CHOICE = re.compile(r"\b(?:live|recorded|recording|video)\b[^.?!]{0,40}\bor\b[^.?!]{0,20}"
                          r"\b(?:live|recorded|recording|video|pre-?\s?recorded)\b")


def property_asked(q: Query) -> str | None:
    """"recorded", "place" or "topic" when the question asks it of what it names; None otherwise."""
    raw = q.raw.lower()
    if _MODE_CHOICE.search(q.text):
        return None
    if _RECORDING.search(raw) or (_PUT_UP_LATER.search(raw) and not _MATERIAL.search(raw)):
        return "recorded"
    if _PLACE.search(raw):
        return "place"
    if _TOPIC.search(raw):
        return "topic"
    return None


def property_checked(q: Query | None, reply: Reply, view: CourseView,
                     reader: Reader) -> Reply:
    """The reply with a Yes lead that did not check the property asked taken off: what the
    page does not say of it comes first, then the facts listed, then who can tell. A Yes on
    a place the page does give stands (the listing shows it), unless it names another
    platform, then No. Unchanged without a Yes lead or such a property."""
    if q is not None and (unknown := _unknown_attribute_checked(q, reply, view)) is not None:
        return unknown  # (also over a handler's own unanswered "Yes: ..., doesn't say")
    if q is None or not reply.answered:
        return reply
    yes = _YES_LEAD.match(reply.text)
    asked = property_asked(q)
    sessions = [e for e in reply.events if e.kind in SESSION_KINDS]
    # (those of the kinds named, when the reply lists others beside them)
    sessions = [e for e in sessions if e.kind in q.kinds] or sessions
    if asked is None or not sessions or reply.intent == "logistics":
        return reply
    if asked == "recorded":
        # (a listing with no lead does not answer it either: "busy tomorrow morning, will
        # the lecture be recorded" listed as what is on tomorrow)
        if _SPEAKS_OF_RECORDING.search(reply.text):
            return reply
        unsaid = _recording_unsaid(sessions, view)
    elif asked == "topic":
        # (a listing with no lead does not answer it either: "does the week 8 tutorial have
        # a title" listed as the week's sessions)
        return _topic_checked(reply, yes, sessions) if yes or q.asks_yes_no else reply
    elif yes is None:
        return reply
    else:
        unsaid = _place_unsaid(sessions)
        m = _PLATFORM_SAID.search(q.raw.lower())
        if not unsaid and m and not all(m.group(1) in (e.location or "").lower()
                                        for e in sessions):
            rest = reply.text[yes.end():]  # (a platform the page does not give them)
            return dataclasses.replace(reply, text=f"{W.CONFIRM_NO} {rest[:1].upper()}{rest[1:]}")
    if not unsaid:
        return reply
    rest = reply.text[yes.end():] if yes else reply.text
    rest = rest[:1].upper() + rest[1:]
    return dataclasses.replace(reply, answered=False, text="\n".join(
        [*unsaid, W.PROPERTY_PAGE_SAYS, rest, view.ta_offer()]))


def _unknown_attribute_checked(q: Query, reply: Reply, view: CourseView) -> Reply | None:
    """A yes/no on an attribute of the sessions listed that no schedule records ("is the
    tutorial on tuesday compulsory", "does the q&a have a waiting list"): said unstated,
    the verdict on their day, time or place dropped, the listing kept as what the page says,
    then who can tell. None when the question asks no such attribute of sessions listed."""
    if not q.asks_yes_no or reply.intent in ("logistics", "not_on_page", "policy"):
        return None
    asked = session_unstated_attribute(q.raw.lower())
    sessions = [e for e in reply.events if e.kind in SESSION_KINDS]
    sessions = [e for e in sessions if e.kind in q.kinds] or sessions
    if asked is None or not sessions:
        return None
    kinds = sorted({e.kind for e in sessions}, key=SESSION_KINDS.index)
    what = "the " + " or ".join(W.EVENT_KIND_NAMES[k] for k in kinds)
    lead = _VERDICT_LEAD.match(reply.text)
    rest = reply.text[lead.end():] if lead else reply.text
    # (a handler's own "doesn't say" and TA offer are said once, here)
    said = {view.ta_offer(), W.ATTENDANCE_UNKNOWN}
    rest = "\n".join(line for line in rest.split("\n") if line not in said)
    return dataclasses.replace(reply, answered=False, text="\n".join(
        [W.SESSION_ATTRIBUTE_UNSTATED[asked].format(what=what), W.PROPERTY_PAGE_SAYS,
         rest[:1].upper() + rest[1:], view.ta_offer()]))


def _recording_unsaid(sessions: list[Event], view: CourseView) -> list[str]:
    """What the page does not say of recording the sessions listed: a live lecture's, a
    held session's; none for pre-recorded lectures (they are the recordings)."""
    lines = []
    if any(e.kind == "lecture" and e.start is not None for e in sessions):
        lines.append(W.LIVE_RECORDING_UNKNOWN)
    held = sorted({e.kind for e in sessions if e.kind != "lecture"})
    if held:
        lines.append(W.RECORDING_OF_KINDS_UNKNOWN.format(
            what=" or ".join(W.EVENT_KIND_NAMES[k] for k in held)))
    return lines


def _place_unsaid(sessions: list[Event]) -> list[str]:
    """That the page gives no place for the kinds listed without one."""
    kinds = sorted({e.kind for e in sessions if not e.location})
    if not kinds:
        return []
    return [W.WHERE_NO_PLACE.format(what=" and ".join(W.EVENT_KIND_NAMES[k] for k in kinds))]


def _untitled(e: Event) -> bool:
    """A session the page gives no topic for: a tutorial without one, a Q&A (its title is
    its kind); lectures and panels are named by their titles."""
    return e.kind not in ("lecture", "panel") and not e.topic


def _topic_checked(reply: Reply, yes: re.Match[str] | None, sessions: list[Event]) -> Reply:
    """A Yes on whether a session has a topic, from a check of its day: No when none of the
    sessions listed has one, the ones without said when only some do; kept when all do."""
    untitled = [e for e in sessions if _untitled(e)]
    if not untitled:
        return reply
    rest = reply.text[yes.end():] if yes else reply.text
    what = " and ".join(dict.fromkeys(W.KIND_SINGULAR.get(e.kind, e.kind) for e in untitled))
    lead = (W.TOPIC_NOT_GIVEN if len(untitled) == len(sessions) else W.TOPIC_NOT_GIVEN_SOME)
    return dataclasses.replace(reply, text="\n".join(
        [lead.format(what=what), rest[:1].upper() + rest[1:]]))
