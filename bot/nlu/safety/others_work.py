"""Another student's work (their notebook, answers, last year's submissions) asked for, or
work disguised so its copying is not detected: the work must be one's own.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.others_data import _A_KEY
from bot.nlu.safety.staff_claims import _CLAIMS_STAFF
from bot.nlu.safety.words import _RELATION

# Passing someone else's work off as one's own without it being noticed ("if i rename the
# variables in my flatmate's notebook would it get flagged"): an integrity refusal.
_DISGUISE = re.compile(r"\b(?:renam\w*|chang\w*|tweak\w*|alter\w*|modif\w*|rewrit\w*|"
                       r"reword\w*|paraphras\w*|obfuscat\w*|shuffl\w*|reorder\w*|edit\w*)\b")
_OTHERS_WORK = re.compile(
    rf"\b(?:(?:my |a )?{_RELATION}'?s?|someone(?: else)?'?s?|somebody(?: else)?'?s?|his|her|"
    r"their|last year'?s|another (?:student|person)'?s?|other (?:students|people)'?s?)"
    r" (?:[\w-]+ ){0,2}(?:notebooks?|code|work|solutions?|submissions?|answers?|assignments?|"
    r"coursework|cw|files?|reports?|essays?|write-?ups?|projects?)\b")

# Another student's work asked to be handed over, to the writer ("can someone send me their
# cw2 notebook", "dm me your task 1 code", "share ur answers pls", "can i see yours"): the
# coursework is individual, however the request is dressed ("i'll change the names"). Not the
# notes or slides, which the course gives, nor one's own work shown to someone.
_OTHERS_OWN = (r"(?:your|ur|yr|their|some(?:one|body)(?: else)?'?s|any(?:one|body)(?: else)?'?s|"
               r"any ?body'?s)")
_WORK_NOUN = (r"(?:notebooks?|code|answers?|solutions?|work|submissions?|coursework|cw ?\d?|"
              r"implementations?|attempts?|scripts?|\.?ipynb|files?|zips?|(?:model )?weights|"
              r"checkpoints?|trained models?)")
_HAND_OVER_WORK = re.compile(
    r"\b(?:send|sending|share|sharing|dm|pm|give|show|post|pass|lend|forward|upload|paste|"
    r"email|drop|leak|copy|borrow|see|look at|peek at|have a look at)"
    rf"(?: (?:me|us|over|across|here))? {_OTHERS_OWN}(?: [\w-]+){{0,3}}? {_WORK_NOUN}\b"
    r"|\b(?:see|copy|borrow|have|look at|peek at|check|get|use|send me|share|dm me)"
    r" (?:yours|urs|theirs)\b"
    # the verb last, as a request in Hindi or Turkish is read word by word ("koi apna cw3 ka
    # code bhej do": any own cw3 code send): someone's own work, then the handing over
    # theirs to be had ("can i get somebody else's model weights")
    rf"|\b(?:get|have|use|copy|borrow|take)\b (?:some(?:one|body) else'?s|another (?:student|"
    rf"person)'?s|other (?:students|people)'?s?)(?: [\w-]+){{0,3}}? {_WORK_NOUN}\b"
    rf"|\b(?:any|anyone|anybody|someone|somebody) (?:own|their|your|ur) (?:[\w-]+ ){{0,3}}?"
    rf"{_WORK_NOUN} (?:[\w-]+ ){{0,2}}?(?:send|share|give|show|dm|pm|email|forward|lend)\b")
_DETECTED = re.compile(r"\b(?:flagged|detect\w*|caught|notice\w*|spot\w*|tell|find out|get "
                       r"away|plagiari[sz]\w*|similarity|checker|turnitin|moss)\b"
                       # how the work will look ("so it doesnt look copied", "make it look
                       # like my own", "so it reads as mine")
                       r"|\b(?:looks?|looking|seems?|reads?)(?: \w+){0,2} (?:copied|"
                       r"plagiari[sz]ed|the same|similar|identical|different|original|"
                       r"like (?:mine|my own|i (?:wrote|did|made) it|his|hers|theirs))\b"
                       r"|\bas (?:mine|my own)\b")

# Work that students of another year or the writer's fellows handed in, asked to be had
# ("does anyone have last year's cw notebooks submitted, can u share one", "can i get a copy
# of a past student's coursework submission"): theirs, not the course's to give. Last
# year's coursework alone may be its hand-outs ("are last year's coursework specs online"):
# only what was handed in, or a student's, is someone's work.
_EARLIER_OWNERS = (r"(?:last year'?s|previousyears'?s?|(?:past|previous|former|older|old|"
                   r"other|senior)"
                   r"(?: (?:years?|students?|cohorts?|people)'?s?)?|another student'?s?|"
                   r"a (?:past|previous|former) students?'?s?)")
_PAST_WORK = re.compile(
    rf"\b{_EARLIER_OWNERS} (?:[\w-]+ ){{0,2}}?{_WORK_NOUN}\b"
    rf"|\b{_WORK_NOUN}\b[^.?!]{{0,20}}\bfrom (?:previousyears|(?:a |the )?(?:previous|past|"
    r"last|earlier|other) (?:years?|cohorts?|students?))\b")
_HANDED_IN_CUE = re.compile(r"\b(?:submitted|submissions?|handed in|turned in|marked|graded|"
                            r"students?'?s?|anyone|anybody|someone|somebody|seniors?)\b")
_WANTS_HAD = re.compile(r"\b(?:send|share|give|show|have|has|got|get|see|copy|borrow|look at|"
                        r"find|access|dm|pm|email|upload|post|lend)\b")

# What another student handed in, asked to be seen or had ("can i look at the weights someone
# else submitted for task 2", "show me the notebook my flatmate handed in"): theirs, whatever
# the writer wants it for. (What the writer handed in is theirs: "the code i submitted".)
_BY_ANOTHER = (rf"(?:someone(?: else)?|somebody(?: else)?|another (?:student|person|group)|"
               rf"other (?:students|people|groups)|(?:my |a |our )?{_RELATION}|(?:the )?others|"
               r"any ?one else|every ?one else|people|the (?:top|best) (?:students?|people))")
_SUBMITTED_BY = re.compile(
    rf"\b(?:{_WORK_NOUN}|models?|outputs?|results?|reports?|predictions?|numbers?)\b"
    rf"(?: (?:that|which))? {_BY_ANOTHER}(?: (?:has|have|had|already))? (?:submitted|handin|"
    r"turned in|uploaded|sent in|put in|trained|wrote|written|got)\b")
_SEE_OR_HAVE = re.compile(r"\b(?:see|look at|peek at|view|have|get|send|share|show|give|copy|"
                          r"borrow|access|download|open|check|compare)\b")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def asks_for_others_work(text: str) -> bool:
    """Whether the normalised `text` asks for another student's work to be handed over (a
    fellow's, or one handed in by a student of an earlier year)."""
    if _CLAIMS_STAFF.search(text):
        return False
    return bool(_HAND_OVER_WORK.search(text)
                or (_SUBMITTED_BY.search(text) and _SEE_OR_HAVE.search(text))
                or (_PAST_WORK.search(text) and _HANDED_IN_CUE.search(text)
                    and _WANTS_HAD.search(text) and not _A_KEY.search(text)))
