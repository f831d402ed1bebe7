"""Messages only a person can act on, whatever the course: an action on the course asked of
the bot (signing someone up, moving them between groups), an exemption or waiver asked, a
mishap in the middle of an assessment or just before a hand-in, a formal request about one's
data. Read on the personal rules' normalised text (lower case, quotes straightened).
"""

from __future__ import annotations

import re

# Who the action is for: the writer, or someone they name.
_SOMEONE = (r"(?:me|us|my (?:[\w-]+ )?(?:friend|mate|flatmate|housemate|roommate|partner|"
            r"classmate|coursemate|brother|sister|cousin|girlfriend|boyfriend|wife|husband)|"
            r"him|her|them)")
# What one is put on or taken off: the course's sessions, groups, assessments, the course.
_ON_COURSE = (r"(?:tutorials?|groups?|class(?:es)?|courses?|modules?|quiz(?:zes)?|tests?|"
              r"exams?|lectures?|q ?& ?as?|q and as?|sessions?|panels?|slots?|lists?|"
              r"waiting ?lists?|wait ?lists?|teams?|streams?|sections?|cohorts?|"
              r"channels?|forum|rosters?|registers?)")
# An action the bot is asked to take on the course: asked of it ("can you", "please") or
# as an order opening a sentence. ("they put me in the wrong group" is told, not asked.)
_ASK_OF_BOT = (r"(?:^|[.!?,;:]\s*|\b(?:can|could|would|will) (?:you|u)(?: please| pls| just| "
               r"kindly)? |\b(?:please|pls|plz|kindly) |\b(?:i need|i want|i'd like|id like) "
               r"(?:you|u) to |\bare you able to )")
_ACTION = re.compile(
    _ASK_OF_BOT
    + r"(?:just |also )?(?:sign|put|add|register|enrol+|book|move|swap|switch|transfer|assign|"
    r"get|unenrol+|remove|drop|withdraw|take|slot|pencil) " + _SOMEONE
    + r"(?: up| down| in)? (?:in|into|on|onto|for|to|from|off|out of)\b"
    # (between them only what picks the session: "the", "another", "<person>'s", a day, a
    # kind; "put me in touch with the course team" is no action on a session)
    + r"(?: (?:the|a|an|another|other|different|same|next|later|earlier|this|that|his|her|"
    r"their|my|[\w-]+'s|first|second|third|last|final|mon\w*|tue\w*|wed\w*|thu\w*|"
    r"fri\w*|morning|afternoon|evening|"
    r"online|live|\d+\w*)){0,3} "
    + _ON_COURSE + r"\b(?! (?:notes|slides|materials?|recordings?|videos?|page|link)\b)"
    # ("enrol my friend", "register me" with nothing after: the person's place asked)
    + r"|" + _ASK_OF_BOT + r"(?:enrol+|register|unenrol+|de-?register) " + _SOMEONE
    + r"(?: (?:on|in|onto|for) (?:it|this|the course|the module|this course|this module))?"
    r"\s*(?:[.!?,]|$|please|pls|too|as well)")


def asks_action(text: str) -> bool:
    """Whether the bot is asked to do something on the course for the writer or someone
    else (sign them up, enrol them, move them to a group): only a person can."""
    return bool(_ACTION.search(text))


# An exemption or a waiver asked for oneself ("could i be exempted from cw2", "is it possible
# to get the quiz waived since i did it elsewhere"): a person's decision, wherever in a long
# message it is asked.
_EXEMPTION = re.compile(
    r"\b(?:exempt\w*|waive[ds]?|waiving|waivers?|excused? from|let off|"
    r"(?:credit|recognition|accreditation) (?:for|of) (?:my )?(?:prior|previous|earlier)|"
    # (skipping a quiz may be the page's to answer, what it is for; assessed work is not)
    r"(?:skip|not do|not have to do|get out of) (?:the |this |that )?(?:[\w-]+ ){0,2}?"
    r"(?:cw ?\d|coursework|task ?\d|exam|assessment)\w*)")
_ASKED = re.compile(r"\b(?:can|could|may|might|would|will|should) (?:i|we|you|u|it|this|"
                    r"that|they|someone)\b|\b(?:whether|if) (?:i|we) (?:could|can|may|"
                    r"might)\b|\b(?:is|would) it (?:be )?(?:possible|ok|okay|"
                    r"allowed)\b|\b(?:am i|are we) (?:able|allowed|eligible)\b|\b(?:i'?d|i "
                    r"would|i) (?:like|want|wanna|need|wish) to\b|\b(?:please|pls|request|"
                    r"apply|applying|ask(?:ing)? for)\b")
# (asked for oneself: "which lectures are exempt from the exam" is the course's rule)
_OWN = re.compile(r"\b(?:i|me|my|we|us|i'?m|i'?d)\b")
_SENTENCE = re.compile(r"(?<=[.?!])\s+|\n+")


def asks_exemption(text: str) -> bool:
    """Whether a sentence of `text` asks for an exemption or a waiver for the writer (from a
    task, a quiz, any assessment): a person's to grant."""
    return any(_EXEMPTION.search(s) and _ASKED.search(s) and _OWN.search(s)
               for s in _SENTENCE.split(text))


# A mishap that stops the work (the power, the connection, the machine) ...
_MISHAP = re.compile(
    r"\b(?:power (?:cut|outage|failure|went|is out|is off|cut out)|blackout|"
    r"electricity (?:went|cut|is (?:out|off|down))|"
    r"(?:internet|wifi|wi-fi|connection|broadband|network|laptop|computer|pc|mac|machine|"
    r"browser|screen|router|power|electricity)(?: [\w']+){0,2}? (?:died|dropped|crashed|"
    r"froze|frozen|freezes|cut out|cut off|went (?:down|off|out|dead|black)|is down|stopped|"
    r"broke|shut ?down|turned off|restarted|gave up|packed up|dead)|"
    r"(?:lost|no) (?:my )?(?:internet|wifi|wi-fi|connection|power|electricity))\b")
# ... while an assessment is on, or just before a hand-in is due.
_UNDER_WAY = re.compile(
    r"\b(?:during|in the middle of|halfway through|half way through|mid-?way through|"
    r"part ?way through|while (?:i was |i'm |im )?(?:doing|taking|sitting|in|writing|on|"
    r"submitting|uploading))(?: the| my| an?| this| today's)?(?: online| timed)? "
    r"(?:quiz|test|exam|assessment|attempt|submission|upload)\w*"
    r"|\b(?:\d+|a few|few|ten|five|fifteen|twenty|thirty) (?:min(?:ute)?s?|hours?|hrs?) "
    r"(?:before|to) (?:(?:the |my )?(?:deadline|submission|hand-?in|cut-?off|quiz|test|exam)|"
    r"(?:[\w-]+ ){0,3}?(?:is |was |'s |s )?due)"
    r"|\bdue in (?:\d+|a few|ten|five|fifteen|twenty|thirty) (?:min(?:ute)?s?|hours?|hrs?)\b"
    r"|\bjust before (?:the )?(?:deadline|submission|hand-?in|cut-?off|it was due)\b")


def urgent_mishap(text: str) -> bool:
    """Whether a mishap (the power, the connection, the machine) is told in the middle of an
    assessment or just before a hand-in: a person's to hear at once."""
    return bool(_MISHAP.search(text) and _UNDER_WAY.search(text))


# A formal request about one's data under the law, or about the university's records of one
# (more than the bot's own store, which "forget me" deletes).
_FORMAL_DATA = re.compile(
    r"\b(?:gdpr|data protection|subject access|dsar|sar|right to (?:be forgotten|erasure|"
    r"access)|erasure request|formal (?:data )?request|information commissioner|ico|"
    r"(?:university|uni|college|department)'?s? (?:records?|systems?|database)|"
    r"student records?|all (?:the )?data (?:the university|you all|they) (?:hold|have|keep))\b")


def formal_data_request(text: str) -> bool:
    """Whether a request to delete one's data is made formally (under data-protection law) or
    of the university's records, which a person handles."""
    return bool(_FORMAL_DATA.search(text))


# Another student's hardship told as the reason for asking their marks or details ("my friend
# is in hospital, tell me her mark so i can tell her parents"): a kind word before the no.
_THEIR_HARDSHIP = re.compile(
    r"\b(?:hospital\w*|ill|sick|unwell|icu|intensive care|a&e|accident|surgery|injured|"
    r"emergency|passed away|died|coma|can'?t (?:check|log ?in|reach|access|get (?:to|on))|"
    r"parents?|family|mum|mom|dad|worried)\b")


# Another student's marks or results asked ("tell me his mark", "what grade did my flatmate
# get"), not one's own ("my grade") nor the course's ("when are cw2 marks out").
_PEER = (r"(?:friend|mate|flatmate|roommate|housemate|classmate|coursemate|partner|brother|"
         r"sister|cousin|girlfriend|boyfriend)")
_MARK = r"(?:marks?|grades?|scores?|results?)"
_THEIR_MARK = re.compile(
    # ("his/her/their" only with a peer told before it: "the lecturer is ill, when will her
    # feedback be out" asks of the staff's marking, no student's record)
    rf"\bmy {_PEER}\b[^.?!]{{0,80}}?\b(?:his|her|their) (?:[\w-]+ ){{0,2}}?{_MARK}\b"
    rf"|\bmy {_PEER}'?s? (?:[\w-]+ ){{0,2}}?{_MARK}\b"
    rf"|\b(?:what|which|how many) (?:[\w-]+ )?{_MARK} (?:did|does|has|have) (?:he|she|they|"
    rf"my {_PEER}) (?:get|got|score|scored|receive|received)\b"
    rf"|\bwhat (?:did|does|has) (?:he|she|they|my {_PEER}) (?:get|got|score|scored) (?:for|in|"
    r"on) (?:the |his |her |their )?(?:cw ?\d|coursework|task ?\d|quiz|exam|test)")


def asks_theirs_kindly(text: str) -> bool:
    """Whether someone else's marks or results are asked out of care for them ("my friend is
    in hospital, what did he get in the quiz, his parents want to know")."""
    return bool(_THEIR_MARK.search(text) and _THEIR_HARDSHIP.search(text))
