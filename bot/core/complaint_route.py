"""Whether a message asks how to raise a complaint, a problem or feedback with the course
("our group wants to complain about how the last tutorial was run, who do we talk to",
"who do I speak to about unfair marking", "can I give feedback on the lectures
anonymously"), and what it is about. Such a message is not a question about the staff of a
session, nor about marks released: it needs a person, reached privately."""
from __future__ import annotations

import dataclasses
import re

from bot.core.text import normalize

# The act of raising something: a complaint, a problem or mistake reported, a concern
# raised, feedback given.
_ACT = re.compile(
    r"\b(?:complain\w*|complaints?|grievances?|escalat\w*"
    r"|report(?:ing|ed)? (?:a |an |the |this |that |it|him|her|them|someone|"
    r"(?:some|any)(?:thing|one)|problems?|issues?|mistakes?|errors?|bugs?|typos?)"
    r"|rais(?:e|ing) (?:a |an |this|that|it|my|our|the |concerns?|issues?|problems?)"
    r"|flag(?:ging)? (?:a |an |this|that|it|up)"
    r"|(?:give|giving|leave|leaving|send|sending|submit|submitting|provide|providing|share|"
    r"sharing|have|make|post|posting) (?:some |any |my |our |honest |anonymous |an? )?"
    r"(?:feedback|comments?|complaint|suggestions?)"
    r"|feedback (?:on|about|for|to) (?:the |this |a |how )"
    r"|(?:concerns?|problems?|issues?) (?:about|with) (?:how|the way))")
# A wrong named ("unfair marking", "a mistake in the cw2 spec", "a mess") beside asking whom
# to take it to ("who do I speak to", "where should we report") is the same act unsaid.
_WRONG = re.compile(
    r"\b(?:unfair\w*|unjust\w*|wrongly|incorrectly|harsh(?:ly)?|biased|rude\w*|dismissive|"
    r"disrespect\w*|a mess|badly|poorly|(?:mistakes?|errors?|typos?|bugs?|inconsisten\w*) "
    r"(?:in|on|with) (?:the |a |an |this |that |today s |yesterday s )?(?:cw|coursework|spec|"
    r"specification|task|notebook|handout|instructions|question|lecture|slides?|notes|"
    r"tutorial|quiz)\w*)")
_WHOM = re.compile(
    r"\b(?:who|whom|where)(?: (?:do|should|can|could|shall|would|must) (?:i|we|one|you))? "
    r"(?:to )?(?:tell|talk|speak|go|turn|contact|email|message|write|inform|notify|take|"
    r"report|raise|flag|send|complain)\b"
    r"|\bwho (?:is|s|are|handles?|deals? with|looks? (?:at|into))\b[^?.!]{0,30}"
    r"\b(?:complaints?|appeals?|problems?|issues?)\b")
# Being unhappy with how something went (said after "aren't" too, where no word starts).
_UNHAPPY = re.compile(r"(?:\bunhappy|\bnot happy|n'?t happy|\bdissatisfied|\bupset|"
                      r"\bdispleased|\bdisappointed) (?:with|about) "
                      r"(?:how|the way|the |this |that |our |my )")
# How, where or to whom it is asked to be raised (or the wish to raise it said outright).
_ROUTE = re.compile(
    r"\b(?:who|whom|where|how)\b"
    r"|\b(?:can|could|may|should|do|shall) (?:i|we|you|one|students?)\b"
    r"|\bis (?:there|it possible)\b|\bany ?(?:way|one|body)\b"
    r"|\b(?:i|we|group|us|students?)(?: all)? (?:want|wants|would like|d like|need|needs|"
    r"wish|wishes|have|has|am going|are going|re going|m going) to\b"
    r"|\b(?:i|we) (?:want|would like|d like) (?:a|an|some)\b"
    r"|\b(?:i|we)(?:'d| would) (?:like|love)\b")
# What it is about: a session, the marking, the course's material, a member of staff.
_ABOUT = (
    ("marking", re.compile(r"\b(?:mark(?:s|ed|ing|er|ers)?|grad(?:e|es|ed|ing)|"
                           r"assess(?:ed|ment|or|ors))\b")),
    ("staff", re.compile(r"\b(?:tutors?|tas?|lecturers?|demonstrators?|teachers?|"
                         r"professors?|profs?|instructors?|staff|teaching assistants?)\b")),
    ("material", re.compile(r"\b(?:spec(?:ification)?s?|notebooks?|handouts?|hand outs?|"
                            r"instructions?|task descriptions?|typos?|mistakes?|"
                            r"errors?|bugs?)\b")),
    ("session", re.compile(r"\b(?:tutorials?|lectures?|lecturing|sessions?|labs?|"
                           r"qas?|q ?(?:&|and|n) ?as?|classes|class|seminars?|workshops?|"
                           r"panels?|run|ran|went|taught)\b")),
)
_ANONYMOUS = re.compile(r"\b(?:anonym\w*|without (?:my|our|giving|saying) (?:name|names|"
                        r"who)|without being named)\b")
# Feedback given, not a complaint made: said as feedback, not regretted.
_FEEDBACK_ONLY = re.compile(r"\b(?:feedback|comments?|suggestions?)\b")
_GRIEVANCE = re.compile(r"(?:\bunhappy|\bnot happy|n'?t happy)|\b(?:complain\w*|complaints?|"
                        r"grievances?|dissatisfied|upset|displeased|disappointed|unfair\w*|rude\w*|"
                        r"problems?|issues?|mistakes?|errors?|bugs?|typos?|escalat\w*|"
                        r"concerns?)\b")
# Feedback on one's own work is the marks' matter ("when do we get feedback on cw2").
_OWN_FEEDBACK = re.compile(r"\b(?:get|got|getting|receive|received|see|release\w*|"
                           r"return\w*|back)\b[^.?!]{0,25}\bfeedback\b|\bfeedback\b[^.?!]{0,25}"
                           r"\b(?:released?|returned|back|come out|due|be out)\b")


@dataclasses.dataclass(frozen=True)
class Raised:
    """What the writer asks to raise: `about` one of "marking", "staff", "material",
    "session" or "course"; `feedback` when it is feedback rather than a grievance;
    `anonymous` when asked whether it can be given without one's name."""
    about: str
    feedback: bool
    anonymous: bool


def asks_to_raise(text: str) -> Raised | None:
    """The complaint, problem or feedback the message asks how (or wishes) to raise, or
    None. A grievance told without asking where to take it ("the tutorial was a mess") is
    no such question: the complaint reply hears it."""
    t = normalize(text)
    act = _ACT.search(t) is not None or _UNHAPPY.search(t) is not None
    if not (act and _ROUTE.search(t)) and not (_WRONG.search(t) and _WHOM.search(t)):
        return None
    feedback = bool(_FEEDBACK_ONLY.search(t)) and not _GRIEVANCE.search(t)
    if feedback and _OWN_FEEDBACK.search(t):
        return None
    about = next((name for name, pattern in _ABOUT if pattern.search(t)), "course")
    return Raised(about, feedback, bool(_ANONYMOUS.search(t)))
