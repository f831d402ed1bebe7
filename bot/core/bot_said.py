"""What the writer says the bot itself said of where things are ("you told me to hand in on
<the forum> but ...", "you said the Q&A was in a room, ..."): a claim like any reported one
("my friend said ..."), checked against the page. When the place said is not the page's
(where work is submitted, where the sessions named are held), the page's fact leads the
reply as a correction and the reply to the rest of the message follows it."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import join, with_qa_slots
from bot.core.handlers import Reply
from bot.schedule.kinds import EVENT_KINDS

# The bot named as the one who said it ("you said", "u told me", "your last answer said").
_BOT_SAID = re.compile(
    r"\b(?:(?:you|u)(?: (?:just|literally|also|clearly|already|earlier|yourself|even))?|"
    r"the bot|(?:your|ur) (?:last |earlier |previous )?(?:answer|reply|message))\s+"
    r"(?:told|said|mentioned|wrote|stated|claimed|suggested)\b(?:\s+(?:me|us))?"
    r"(?:\s+that)?\s*")
# Where the claim ends: the writer's own report of what happened after it.
_CLAIM_END = re.compile(r"\s*(?:\bbut\b|\bhowever\b|\bthough\b|\byet\b|[.?!;]|,\s*(?:and |so )?"
                        r"(?:i|we|there|it|nobody|no one)\b)")
_SUBMIT = re.compile(r"\b(?:submi(?:t|ss)\w*|hand(?:ing|ed)? (?:\w+ )?in|"
                     r"turn(?:ing|ed)? (?:\w+ )?in|upload\w*)\b")
# Places of any course, beside the page's own names: being there, or a system named.
_ON_SITE = re.compile(r"\b(?:in ?-?person|on ?-?campus|face to face|in (?:a|the) (?:room|"
                      r"lecture (?:theatre|theater|hall)|classroom|lab|building))\b")
_GENERAL_PLACES = re.compile(r"\b(?:e-?mail\w*|moodle|blackboard|canvas|github|zoom|teams|"
                             r"google classroom|turnitin|onedrive|dropbox)\b")
# A system said by its preposition alone ("via turnitin"), when it is no time or filler.
_VIA = re.compile(r"\b(?:via|through|thru|using|on|onto|to) (?:the |a |an |my )?([a-z][\w-]{2,})")
_NOT_PLACES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time",
    "week", "weeks", "day", "deadline", "page", "site", "website", "portal", "platform", "system",
    "same", "it", "submit", "hand", "upload", "turn", "be", "go", "use", "attend",
    "join", "come", "check", "do", "put", "send", "tomorrow", "today", "tonight", "this",
    "that", "there", "here", "each", "every", "all", "one", "which", "what", "whatever"})


@dataclasses.dataclass(frozen=True)
class BotClaim:
    """A place the writer says the bot gave, and the page's fact it is set against."""

    said: str  # the place as the writer wrote it
    fact: str  # the page's, as a sentence
    on_site: bool = False  # being there said: how the course runs says it too


def _words(name: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", name.lower()))


def _names(clause: str, name: str) -> bool:
    return bool(_words(name) & set(re.findall(r"[a-z]{3,}", clause)))


def _said_place(clause: str, known: list[str]) -> str | None:
    """The place the clause names: one of the page's, a general one, or a system after
    "via"/"on"; None when it names none."""
    for name in known:
        if _names(clause, name):
            return name
    if (m := _ON_SITE.search(clause) or _GENERAL_PLACES.search(clause)) is not None:
        return m.group(0)
    for m in _VIA.finditer(clause):
        if m.group(1) not in _NOT_PLACES and not _SUBMIT.fullmatch(m.group(1)):
            return m.group(1)
    return None


def bot_claim(message: str, view: CourseView, reader: Reader) -> BotClaim | None:
    """The place the writer says the bot gave, when the page says otherwise; None when the
    bot is not said to have said it, no place is said, or the place said is the page's."""
    text = " ".join(message.lower().split())
    m = _BOT_SAID.search(text)
    if m is None:
        return None
    end = _CLAIM_END.search(text, m.end())
    clause = text[m.end():end.start() if end is not None else len(text)]
    s = view.schedule
    places = sorted({e.location for e in view.events if e.location}
                    | {s.assessment.submission_via, s.course.forum.name,
                       *s.course.materials_locations} - {""})
    said = _said_place(clause, places)
    if said is None:
        return None
    via = s.assessment.submission_via
    if _SUBMIT.search(clause) and via:
        if said == via or _names(said, via):
            return None
        return BotClaim(said, W.BOT_SAID_SUBMIT.format(via=via, said=said))
    kinds = view.understander.parse(clause, reader.now, reader.tz).kinds - {"deadline"}
    if not kinds:
        return None
    kinds = with_qa_slots(kinds, s)
    at: dict[str, list[str]] = {}
    for e in view.events:
        if e.kind in kinds and e.location:
            held = at.setdefault(e.location, [])
            if e.kind not in held:
                held.append(e.kind)
    if not at or said in at or any(_names(said, place) for place in at):
        return None
    lines = [W.BOT_SAID_HELD.format(what=join([W.EVENT_KIND_NAMES[k] for k in EVENT_KINDS
                                               if k in held]), place=place, said=said)
             for place, held in at.items()]
    return BotClaim(said, " ".join(lines), bool(_ON_SITE.search(said)))


def bot_said_corrected(message: str, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """The reply with the page's fact leading as a correction of what the writer says the bot
    said; the reply as it is when there is nothing to correct, or it leads with the fact."""
    claim = bot_claim(message, view, reader)
    if claim is None:
        return reply
    line = W.BOT_SAID_WRONG.format(fact=claim.fact)
    mode = view.schedule.course.mode
    if claim.on_site and mode and W.BOT_SAID_MODE.format(mode=mode).rstrip(".") not in reply.text:
        line += " " + W.BOT_SAID_MODE.format(mode=mode)
    return dataclasses.replace(reply, text=f"{line}\n{reply.text}", answered=True)
