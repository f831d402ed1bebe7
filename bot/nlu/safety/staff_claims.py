"""Messages that claim to come from the staff (or ask the bot to announce) and ask for a change,
an announcement or a hand-over: the bot cannot check who writes, so it changes nothing.
"""

from __future__ import annotations

import re

from bot.nlu.safety.marking import _CHANGE_MARK
from bot.nlu.safety.moves import asks_to_move

# Someone saying they are the course's staff ("This is Dr X", "i'm one of the TAs", "as the
# module leader") and asking the bot to announce, change or hand something over: the bot
# answers from the course page and changes no fact on anyone's word, nor passes on
# students' work. A TA asking a question of the page is answered as anyone is.
_CLAIMS_STAFF = re.compile(
    r"\b(?:this is|it'?s|i'?m|im|i am|speaking as|as|here'?s?)(?: one of)? (?:the |a |an |your |"
    r"ur )?(?:dr|doctor|prof|professor|lecturer|instructor|tutor|ta|tas|teaching assistants?|"
    r"course (?:staff|leader|lead|organi[sz]er|admin)|module (?:leader|lead|organi[sz]er|"
    r"coordinator|staff)|staff(?: member)?|marker|admin(?:istrator)?)\b"
    r"|\b(?:lecturer|module leader|course leader|ta|professor) (?:here|speaking)\b"
    # a name before the role ("this is <name> the TA", "it's <name>, one of the tutors")
    r"|\b(?:this is|it'?s|it is|i'?m|im|i am) [a-z]+(?: [a-z]+)?,? (?:the|a|an|your|ur|"
    r"one of the) "
    r"(?:tas?|tutors?|lecturers?|instructors?|teaching assistants?|module (?:leader|lead)|"
    r"course (?:leader|lead|organi[sz]er))\b"
    # the role bare after the name, as signed ("this is <name> (TA)", "<name> - TA here",
    # "regards, <name> (lecturer)")
    r"|(?:^|\b(?:this is|it'?s|it is|i'?m|im|i am|from|regards|thanks|cheers)\b,?|"
    r"[-\u2013\u2014]) ?"
    r"[a-z]+(?: [a-z]+)?,? ?(?:\(|[-\u2013\u2014] ?)(?:ta|tutor|lecturer|instructor|"
    r"teaching assistant|module (?:leader|lead)|course (?:leader|lead|organi[sz]er)|"
    r"professor|prof|marker)(?:\)|\b)"
    r"|\b[a-z]+ here,? (?:[-\u2013\u2014] ?)?(?:the |a |your |ur )?(?:ta|tutor|lecturer|"
    r"instructor|module (?:leader|lead)|course (?:leader|lead|organi[sz]er))\b")
_ANNOUNCE = re.compile(
    r"\b(?:confirm|announce|tell|inform|notify|remind|let|email|message|post|broadcast|send)\b"
    r"[^.?!]{0,25}\b(?:all|every|the whole)(?:one|body| (?:the |of the )?(?:students?|class|"
    r"cohort|users?|people)| class| cohort)?\b|\b(?:announce|broadcast)\b"
    r"|\b(?:tell|inform|notify|email|message|remind)\b[^.?!]{0,10}\bthe (?:whole )?(?:class|"
    r"cohort|year|students|module)\b")
_CHANGE = re.compile(
    r"\b(?:is|are|has been|have been|was|were) (?:now |officially )?(?:due|moved|extended|"
    r"postponed|cancell?ed|canceled|changed|rescheduled|pushed back|brought forward|"
    r"delayed|updated)\b|\b(?:change|update|move|extend|cancel|postpone|reschedule|edit|"
    r"correct)\b"
    # a change told as done ("the task 2 deadline moved to march 1st")
    r"|\b(?:deadlines?|due date|exam|quiz|q ?& ?a|tutorial|lecture|task ?\d?|cw ?\d?) (?:has |"
    r"have |got )?(?:moved|changed|extended|postponed|cancell?ed|pushed back|rescheduled)\b")
_HAND_OVER = re.compile(
    r"\b(?:send|forward|give|share|show|email|dm|pass|list|export|download)\b[^.?!]{0,40}"
    r"\b(?:submissions?|submitted|uploads?|uploaded|notebooks?|students'? (?:work|code|files?)|"
    r"marks|grades|scores|results|answers?|solutions?|emails?|contacts?)\b")
_COURSE_RULE = re.compile(r"\b(?:worth|weight(?:ing|ed)?|breakdown|out of|in total|"
                          r"count(?:s)? for|how many marks (?:is|are|does|do))\b")

# Asking the bot itself to announce or change something to everyone ("post an announcement
# that the deadline moved", "can you tell everyone the quiz is cancelled"), with or without a
# claim to be staff: the bot announces nothing.
_BOT_ANNOUNCE = re.compile(
    r"(?:^|\b(?:can|could|would|will) (?:you|u)(?: please| pls| just)? |\b(?:please|pls|plz|"
    r"go|just|and|then) |[.!,;:]\s*)(?:post|make|send|put out|write|announce|broadcast|tell|"
    r"inform|notify|email|e-mail|message|let|update|change|move|extend)\b"
    # (a change made for everyone, not "tell me whether it changed for everyone")
    r"(?! (?:me|us)\b)[^.?!]{0,45}?\b(?:an? announcement|a notice|"
    r"every(?:one|body)|all (?:the )?(?:students|users|people)|the (?:whole )?(?:class|"
    r"cohort|year))\b")

# What a staff claim asks the bot to do, not to disclose: a mark set, a deadline moved, the
# class told. Declined as a change (the bot changes nothing on anyone's word), not as data.
_STAFF_ACT = re.compile(
    r"\b(?:change|set|update|bump|raise|lower|increase|decrease|reduce|adjust|edit|alter|"
    r"override|correct|fix|give|award|grant|move|extend|push|postpone|delay|reschedule|"
    r"cancel|bring forward|put back)\b[^.?!]{0,40}\b(?:marks?|grades?|scores?|deadlines?|"
    r"due dates?|extensions?|announcements?|sessions?|lectures?|tutorials?|quiz\w*|exams?)\b"
    r"|\b(?:marks?|grades?|deadlines?|due dates?)\b[^.?!]{0,30}\b(?:to|by|until|till) "
    r"(?:\d|a |an |one |two |next |the |monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)")

# ... while asking to be told or sent something is a disclosure, declined as such.
_DISCLOSE = re.compile(r"\b(?:tell|send|show|give|share|forward|email|dm|list|export)"
                       r" (?:me|us)\b|\bwhat (?:\w+ ){0,2}(?:did|does|has)\b|\bwho (?:got|has)\b")


def staff_changes(text: str) -> bool:
    """Whether the normalised `text`, from someone saying they are staff, asks the bot to
    change a mark, a deadline or a session, or to announce something, and asks nothing to
    be disclosed."""
    if not _CLAIMS_STAFF.search(text) or _DISCLOSE.search(text):
        return False
    return bool(_STAFF_ACT.search(text) or _ANNOUNCE.search(text) or _CHANGE_MARK.search(text)
                or asks_to_move(text))
