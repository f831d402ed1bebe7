"""Is a message about the writer's own circumstances? Then it is personal, whatever its words.

Personal messages (illness, bereavement, family, money, visa, disability, mental health, an
extension or a failed submission of one's own, one's marks, one's enrolment) are never
grouped with other students' questions, never become FAQ entries and are never answered from
the FAQ. A missed one is a privacy breach, so the detector is biased for recall:

- **rules** (`rule_verdict`): a few words are personal wherever they appear ("funeral",
  "asking for a friend", "privately"); a first-person message naming a circumstance
  ("I have ADHD", "can I get an extension", "my upload failed") is personal outright;
- a **classifier**: logistic regression on the MiniLM sentence embedding plus the rules' cues,
  trained on `tests/data/personal_training.yaml` by `python -m bot personal train`, catches
  what no rule names ("things have been hard at home"). Its decision threshold was chosen by
  cross-validation for recall; both live in `data/personal_model.json`, whose sha256 is
  checked at load like the embedding model's.

Use `is_personal(text)` / `personal_probability(text)`, or a `PersonalDetector` built on an
embedder the caller already has (the bot passes its own, so the model is loaded once).
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.core.any_of import any_of
from bot.core.chinese import read_han
from bot.core.embedding import MINILM_SHA256, ModelError, sha256_of
from bot.core.hand_in_said import states_hand_in
from bot.core.hand_over import asks_action, asks_exemption, urgent_mishap
from bot.core.inflected import read_inflected
from bot.core.recent_texts import holds_message_text
from bot.core.text import NOT_AN_ABBREVIATION
from bot.core.understand import in_english

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).parent / "data" / "personal_model.json"
# Updated by `python -m bot personal train`: a retrained model is a reviewed change.
MODEL_SHA256 = "ffe083237d61b5d0f0a7ea6c5c91e91b3307396d9a6f21e97aaf27eef2f70644"
RULE_PROBABILITY = 0.99  # what a rule's verdict is reported as

Embed = Callable[[list[str]], np.ndarray | None]  # unit-length rows

# --- rules ----------------------------------------------------------------------------------
_FIRST_PERSON = re.compile(r"\b(?:i|im|i'm|ive|i've|id|i'd|ill|i'll|me|my|mine|myself)\b")
_FAMILY = (r"(?:mum|mom|mother|dad|father|parents?|grand\w*|gran|nan|nana|nanna|granny|"
           r"grandpa|grandad|brother|sister|siblings?|son|daughter|child|children|kids?|baby|"
           r"newborn|wife|husband|partner|boyfriend|girlfriend|fianc\w*|family|uncle|aunt\w*|"
           r"cousin|dog|cat|pet|friend|flatmate|housemate|carer)")
_W = r"(?:[\w'-]+ ){0,3}"  # up to three words in between
# Moving a date ("push my deadline back", "can the deadline move for me").
_MOVE_IT = (r"(?:move[ds]?|push(?:ed)?|shift(?:ed)?|change[ds]?|extend(?:ed)?|postpone[ds]?|"
            r"delay(?:ed)?)")
# A hand-in turned away for its size: the file, zip or upload too big, or over a limit.
_TOO_BIG = (r"(?:(?:files?|zip|zips|uploads?|submissions?|archives?|notebooks?)"
            # (not a tensor, a batch or a model too big for memory)
            r"(?: (?!(?:tensors?|batch\w*|images?|inputs?|models?|memory|layers?|arrays?|"
            r"gpu|ram)\b)\S+){0,3}? "
            r"(?:is |are |was |'s |s )?|(?:says|said|saying) (?:it'?s |its )?)"
            r"(?:too (?:big|large|huge)|over the (?:\w+ )?limit|exceeds? the (?:\w+ )?limit)")
# Symptoms of the body, told: the writer needs medical help, which the course does not give.
_SYMPTOM = (r"(?:chest pains?|pains? in my (?:chest|arm|side|stomach|head)|dizz(?:y|iness)|"
            r"light-?headed|can'?t breathe|(?:hard|struggling|difficulty) (?:to )?breath\w*|"
            r"short(?:ness)? of breath|breathless|bleeding(?! edge)|blurr\w* vision|"
            r"(?:vision|eyes?) (?:is |are )?(?:blurry|blurred)|numb(?:ness)?|palpitations|"
            r"fainting|passing out|severe pain|(?:head|stomach|tooth|back) ?ache|"
            r"throwing up|high temperature|rash(?:es)?|sore throat|go to a ?(?:&|and) ?e|"
            # a part of the body told to hurt ("my chest has been hurting", "head keeps
            # pounding"), and medicine asked for ("what meds should i take"): medical advice
            r"(?:chest|heart|head|stomach|ribs|throat|arm)(?: (?:has|have|is|keeps?|"
            r"started|'s))?(?: been| kept)? (?:hurt\w*|aching|achy|pounding|tight|sore|"
            r"burning|painful|racing)|tight(?:ness in my| in the)? chest|"
            r"(?:what|which|any|take|taking|how (?:much|many))(?: [\w'-]+){0,3} "
            r"(?:meds|medicines?|medications?|pills|tablets|painkillers|ibuprofen|paracetamol|"
            r"sleeping pills|melatonin|antibiotics))")
# Asking for the law's help ("can i sue", "take him to court", "do i need a lawyer").
_LEGAL = (r"(?:sue|suing|sued|lawyers?|solicitors?|legal (?:advice|action|rights)|my rights|"
          r"small claims|take (?:him|her|them|it|my \w+) to court|tenancy|deposit back|"
          r"(?:keeping|kept|withholding|won'?t return) my (?:\w+ )?deposit|"
          r"(?:fire|fired|sack|sacked|dismiss|dismissed) me|unfair dismissal|employment "
          r"tribunal)")
# Each cue: (name, pattern, level). Level "alone": words that are about someone's own life
# whenever they appear (a funeral, a seizure, "asking for a friend"); "first": personal in a
# message written in the first person ("I have ADHD"); "feature": evidence the classifier
# weighs, not enough on its own ("my partner", "my submission"). Every cue is a feature.
# Trouble with other students over the work ("one guy has done literally nothing", "my
# partner isn't pulling her weight", "someone copied my notebook", "can i report him"): the
# staff's to sort out, never the assessment's split.
_PEER = (r"(?:he|she|they|one (?:guy|girl|person|of (?:them|us|the (?:others|group)))|"
         r"(?:the |this |that |one )?(?:other )?(?:guy|girl|person|lad|bloke|dude)|"
         r"(?:my |our |a |the )?(?:partner|teammate|groupmate|team ?mate|group ?mate|"
         r"lab partner|group|team)s?|the others?|nobody else|someone)")
_PEER_TROUBLE = (rf"\b(?:{_PEER} (?:\w+ ){{0,2}}?(?:has|have|had|hasn'?t|haven'?t|did|does|done|"
                 r"contribut\w*|doing|do) "
                 r"(?:literally |absolutely |basically |pretty much |like )?(?:nothing|zero|"
                 r"fuck all|jack|sod all|no work|nothing at all|anything)(?: at all)?"
                 r"(?! (?:else|new|wrong|about|to do with)\b)"
                 rf"|{_PEER} (?:isn'?t|aren'?t|not|never|won'?t|wont|doesn'?t) (?:\w+ )?"
                 r"(?:pulling (?:his|her|their) weight|contribut\w*|"
                 r"doing (?:his|her|their|any) (?:part|share|bit|work))"
                 r"|free ?-?rid\w*|(?:copied|stole|nicked|took) my (?:\w+ )?(?:code|work|"
                 r"answers?|notebook|solution)|report (?:him|her|them|my (?:partner|teammate|"
                 r"groupmate)s?))\b")
# A session or deadline of the course said to fall at the time of something of the writer's
# own ("... at the same time as my dentist appointment", "overlaps with an exam for another
# module", "coincides with my shift"): a matter a TA settles with them, whatever words set the
# two together (two of the course's own sessions set together name no such thing).
_OWN_THING = (r"(?:exams?|tests?|midterms?|finals|appointments?|appt|shifts?|jobs?|work|"
              r"interviews?|lectures?|class(?:es)?|labs?|seminars?|module|placement)")
_OWN_COMMITMENT_CLASH = (
    r"(?:(?:at )?the same time as|overlap(?:s|ping)? with|collid(?:e|es|ing) with|"
    r"conflict(?:s|ing)? with|clash(?:es|ing)? with|coincid(?:e|es|ing) with|"
    r"same (?:slot|time slot) as) (?:(?:my|another|an other|a different)(?: [\w'-]+){0,3}? "
    + _OWN_THING + r"|an? (?:[\w'-]+ )?(?:exam|test|midterm|appointment|shift|interview) "
    r"(?:in|for|of|from) (?:my|another|an other|a different)|an? (?:[\w'-]+ )?"
    r"(?:appointment|shift|interview))")

_CUES: list[tuple[str, re.Pattern[str], str]] = [(name, re.compile(pattern), level) for
                                                 name, pattern, level in [
    ("unmistakable", r"\b(?:funerals?|passed away|bereave\w*|miscarriage|stillbirth|seizures?|"
                     r"epilep\w*|icu|intensive care|hospitali[sz]ed|in hospital|a&e|"
                     r"asylum|tribunal|deport\w*|stolen|robbed|mugged|burgl\w*|nicked|"
                     r"harass\w*|bull(?:y|ied|ying)|racis\w*|sexis\w*|discriminated|"
                     r"assault\w*|asking for a friend|for a friend|my friend is too|"
                     r"one[- ]to[- ]one|1[:-]1|in private|privately|direct message|dm me|"
                     r"public channel|not in public|in public|without the whole class|"
                     r"suicid\w*|self[- ]harm|panic attacks?|compassionate|"
                     r"tested positive|sick note|fit note|doc'?s note)\b", "alone"),
    ("health", r"\b(?:ill(?!-)|illness|sick(?:ness)?|unwell|poorly|flu|covid(?:-19)?|corona|"
               r"fever|hospital\w*|surgery|operation on|injur\w*|hurt my|concuss\w*|"
               r"migraines?|diagnos\w*|medical|medication|medicine|doctors?|gp|"
               r"self[- ]?isolat\w*|isolating|quarantin\w*|pregnan\w*|cancer|chemo\w*|"
               r"infection|food poisoning|vomit\w*|asthma|appendic\w*|glandular|chronic|"
               r"symptoms?|heart attack|stroke|accident|recovering|broke (?:my|an?)|"
               r"fainted|disease|condition|health|allerg\w*|fractured?|sprain\w*|"
               r"ambulance|paramedics?|insomnia|can'?t sleep|in bed|"
               # symptoms told ("chest pain and dizzy"): someone unwell, whatever is asked
               r"" + _SYMPTOM + r")\b", "first"),
    ("loss", r"\b(?:grie(?:f|ving|ve)|death in|lost my " + _FAMILY + r"|" + _FAMILY +
             r"(?:'s)? (?:has |had |just )?(?:died|passed)|put down)\b", "first"),
    ("mind", r"\b(?:anxiety|anxious|depress(?:ed|ion)|mental(?:ly| health)|"
             r"burn(?:t|ed)? ?out|overwhelmed|not coping|can'?t cope|struggling|counsell\w*|"
             r"therap(?:y|ist)|eating disorder|ocd|breakdown|antidepressants?|dark place|"
             r"lonely|in pieces|stress(?:ed)?|not in a good way|haven'?t slept|crying|"
             r"cried|at my limit|pointless|can'?t focus|can'?t think|scared|afraid|"
             r"worried|humiliated|uncomfortable|break ?up|broke up|relationship|"
             r"worst in|wrong with me|behind everyone|way behind|"
             # a comparison is about the writer only with people on the other side ("doing
             # worse than everyone"), not between two models ("my resnet does worse than")
             r"worse than (?:every\w*|other (?:people|students)|others|the others|the rest|"
             r"my (?:peers|classmates|friends)|all))\b", "first"),
    ("disability", r"\b(?:disabilit\w*|disabled|dyslexi\w*|dyspraxi\w*|adhd|autis\w*|"
                   r"asperger\w*|neurodivergent|learning difference|reasonable adjustments?|"
                   r"dsa|deaf|blind|partially sighted|visually impaired|hearing impair\w*|"
                   r"hard of hearing|hearing loss|low vision|"
                   r"screen reader|wheelchair|crutches|mobility (?:issues?|problems?|needs?|aids?|"
                   r"impair\w*)|stammer|rsi|extra time|support plan)\b", "first"),
    ("provision", r"\b(?:extensions?|extend(?:ed)? (?:my|the) deadline|extenuating|mitigating|"
                  r"mitigation|ecs|special consideration|defer\w*|resit|withdraw\w*|"
                  # a deadline of one's own asked for ("can i get a different deadline", "could
                  # i have a later deadline, it's 4am here"; not "is there a different deadline")
                  r"(?:get|have|ask for|request|give me|set me)(?: a| an| my own| me a)? "
                  r"(?:different|later|earlier|another|separate|new|moved|shifted|own) "
                  r"(?:deadline|due date|due time|submission time)s?|"
                  r"(?:move|change|shift|push back|adjust) (?:my|the) (?:deadline|due date|due "
                  r"time)s? (?:for me|to suit|because)|"
                  r"interrupt\w* my|leave of absence|drop(?:ping)? out|drop the module|"
                  # ("re-marked", not "I remarked that ...")
                  r"appeal(?:ed|ing)?|remark|re-mark(?:ed|ing)?|re-?grad(?:e|ed|ing)|"
                  r"review(?:ed)? my|"
                  # a mark looked at again in other words ("a review of the mark of cw2",
                  # "another check of task 2", read from another language as well)
                  r"(?:review|re-?check)(?:ed|ing)? (?:of )?(?:my |the )?(?:\w+ )?"
                  r"(?:marks?|grades?|marking)|(?:another|a second) (?:check|look|marking)"
                  r"(?: (?:of|at|on))?(?: my| the)? (?:cw ?\d|coursework|task ?\d|exam|"
                  r"marks?|grades?)|"
                  # changing to auditing is a request about one's enrolment; being an auditor
                  # ("I'm auditing from physics, why ...") is who one is (weak_own below)
                  r"(?:switch|change|move|transfer)\w* to audit\w*|audit\w* instead|"
                  r"excus(?:ed|e me)|exempt\w*|"
                  r"(?:more|extra) (?:time|days?)|another attempt|retake|resubmit|"
                  r"(?:submit|hand(?:ed)? (?:it )?in|upload)\w* " + _W + r"late|"
                  r"(?:another|a different|different) (?:day|time|slot|date|sitting)|"
                  r"rescheduled?|clash(?:es)?|" + _OWN_COMMITMENT_CLASH + r"|"
                  r"penali[sz]\w*|penalt(?:y|ies)|slack|leeway|flexibility|"
                  # an extension asked without its word ("is there anything that can be done
                  # about the deadline", "can the deadline move for me", "push my deadline
                  # back", "is the deadline flexible")
                  r"(?:any ?thing|something)(?: at all)?(?: that)?(?: (?:i|you|we|they|"
                  r"someone|any ?one))? (?:can|could|might)(?: \w+)? (?:be )?do(?:ne)? "
                  r"(?:about|with|regarding) (?:[\w'-]+ ){0,4}?(?:deadlines?|due|hand ?in|"
                  r"submission)|(?:can|could|might) (?:any ?thing|something)(?: at all)? be "
                  r"done (?:about|with|regarding) (?:[\w'-]+ ){0,4}?(?:deadlines?|due|hand ?in|"
                  r"submission)|(?:deadlines?|due dates?) (?:\w+ )?(?:be )?" + _MOVE_IT +
                  r" (?:back )?for (?:me|us)|" + _MOVE_IT + r" (?:back )?my (?:\w+ )?"
                  r"(?:deadlines?|due dates?)|(?:deadlines?|due dates?) (?:is |are )?(?:\w+ )?"
                  r"flexible|"
                  r"count against me|hurt me|affect my)\b", "first"),
    ("integrity", r"\b(?:plagiar\w*|misconduct|copied|copying|cheat\w*|similar(?:ity)? "
                  r"(?:to|checker)|flagged|academic integrity|in trouble|caught(?! up)|blamed|"
                  r"without (?:citing|asking))\b", "first"),
    ("people", r"\b(?:falling out|fell out|rude|condescending|unfair|laughed|ignoring me|"
               r"talking over me|has something against|messaging me|joke about my|"
               r"comment about my|made a comment)\b|" + _PEER_TROUBLE, "first"),
    # (how "my grade" is made up is the course's weighting, asked in the first person)
    ("marks", r"\b(?:my " + _W + r"(?:marks?|grades?)(?! (?:will|would|is|are|gets?) (?:be )?"
              r"(?:composed|calculated|computed|made up|worked out|split|weighted))|"
              r"my (?:quiz|exam|test) scores?|"
              # a number as a mark ("got 55", "got 55%"), not a shape ("got 3-dimensional")
              r"(?:got|get|scored|received|given) (?:a |an )?\d+(?![\w.-])|marked (?:me|my|as)|"
              r"i (?:just )?failed|(?:going|gonna) to fail|fail (?:the|this) " + _W +
              r"(?:module|course)|fails? (?:two|the)|"
              r"pass(?:ing)? (?:the|this) (?:module|course)|on track to pass|lost " + _W +
              r"marks|lower than|under \d+|still pass)\b", "first"),
    ("money", r"\b(?:afford|hardship|rent|student loan|bursary|scholarship|i'?m broke|"
              # shifts at work, not "the conv output also shifts"
              r"part[- ]time jobs?|(?:work(?:ing)?|extra|night|double|late|my) shifts|"
              r"evict\w*|homeless|sofa surfing|working nights|"
              r"landlord|jobs?|placement)\b", "first"),
    ("visa", r"\b(?:visa|brp|tier 4|home office|immigration|embassy|sponsorship|court|"
             r"" + _LEGAL + r")\b",
     "first"),
    ("family", r"\bmy " + _W + _FAMILY + r"\b|\b(?:caring for|carer|childcare|single parent|"
               r"school pickup|getting married|wedding|divorce\w*|baby|born|newborn)\b",
     "feature"),
    ("submission", r"\b(?:missed (?:the )?(?:deadline|quiz|exam)|(?:submitted|uploaded|"
                   r"handed in) (?:the |an? |my )?(?:wrong|empty|blank|old|older|incomplete)|"
                   r"wrong (?:file|notebook|version|slot|zip)|forgot to (?:press )?"
                   r"(?:submit|include|add|attach|upload)|"
                   # the hand-in turned away or cut off ("it rejected my zip", "wifi cut out
                   # while submitting", "an error when i try to upload")
                   r"(?:rejected|won'?t accept|wont accept|doesn'?t accept|not accepting) "
                   r"(?:my |the )?(?:file|zip|submission|upload|notebook|archive)s?|"
                   r"(?:cut out|dropped|died|crashed|went down|disconnected|errors?) (?:while|"
                   r"when|as|during) (?:i )?(?:was |try(?:ing)? to |tried to )?(?:submit|upload)"
                   r"\w*|(?:says|shows|marked) (?:i|me) (?:as )?(?:late|haven'?t|have not|"
                   r"didn'?t|did not|never|missed)|(?:upload|submission|"
                   r"attempt)\w* (?:failed|froze|crashed|was rejected|isn'?t showing|didn'?t)|"
                   r"by mistake|accidentally|corrupted|didn'?t (?:get|receive) (?:a |my )?"
                   r"(?:confirmation|mark|feedback)|never got|(?:quiz|attempt|timer|page) "
                   r"(?:crashed|froze|ran out|logged me out)|timing out|timed out|"
                   r"(?:says|shows|marked) (?:as )?late|can'?t (?:get onto|upload|submit)|"
                   r"upload in time|goes? through|"
                   # the submission system turning one away ("it won't let me upload")
                   r"won'?t let me (?:upload|submit|hand)|submissions? (?:is |are |was )?closed|"
                   # an upload turned away for its size ("says the file is too big")
                   r"" + _TOO_BIG + r")\b",
     "first"),
    ("records", r"\b(?:my (?:records?|data|email address|name|details|enrol\w*|registration|"
                r"progress)|enrolled|registered late|course list|"
                # (one's study mode; a "part time job" is a job, whose hours clash or not)
                r"(?:part|full)[- ]time(?! (?:jobs?|work|shifts?|roles?|positions?))|"
                r"visiting student|transfer|"
                # a letter about oneself, whatever sessions it should list
                r"(?:proof|confirmation|letter|certificate) (?:of|confirming) (?:my )?"
                r"(?:enrol\w*|attendance|registration|student status|studies)|"
                r"(?:enrol\w*|attendance|visa|bank|council|student status) (?:letter|"
                r"certificate))\b", "first"),
    ("private", r"\b(?:personal|private|confidential|sensitive|family emergency|"
                r"emergency|bad news|going on in my life|my life|my situation|"
                # home as a place one's life is hard ("things at home"), not where one is
                # ("i'm at home in greece", "back home in lagos, what time is ..."), a zone
                r"(?<!\bim )(?<!\bi'm )(?<!\bam )(?<!\bback )(?<!\bcurrently )(?<!\bstaying )"
                r"(?<!\bstudying )(?<!\bworking )(?<!\bfrom )at home(?! (?:in|for) [a-z])|"
                r"my circumstances|circumstances|rough (?:time|week)|hard time|"
                # "a terrible week", "i feel terrible"; not "my knn results are terrible"
                r"terrible (?:few |couple of )?(?:time|day|days|week|weeks|month|news)|"
                r"(?:feel|feeling|felt|been) terrible|"
                r"stuff came up|came up|absent|victim|inappropriate|rather not|"
                # asking to be contacted directly, not "sampled z directly"
                r"(?:contact|message|email|speak|talk)\w*(?: [\w']+){0,4} directly)\b", "first"),
    # Machines die too: evidence against a death or a crash being someone's own life.
    ("machine", r"\b(?:kernel|runtime|session|process|instance|gpu|cuda|notebook|server|vm|"
                r"training|run|job|model|neurons?|units?|relu|tensor|python|jupyter|"
                r"laptop|cell)s? (?:[\w'-]+ ){0,2}(?:died|dies|dead|dying|crash\w*|killed|"
                r"froze|freezes|hangs?|restart\w*)\b", "feature"),
    # Where one lives ("6am for me", "8 hours ahead") is asked about with a session's time:
    # a request for another time is a provision, decided by that cue.
    ("weak_own", r"\bmy (?:submission|result|feedback|attempt|laptop|internet|connection|"
                 r"timezone|time zone)\b|\baudit\w*|(?:hours?|hrs) (?:ahead|behind)|"
                 r"\d ?am (?:for me|my time)|"
                 r"\bi (?:was|am|have been|'ve been) (?:away|absent|off|out)\b", "feature"),
]]
CUE_NAMES = [name for name, _, _ in _CUES] + ["first_person"]
_CUES_BY_NAME = {name: pattern for name, pattern, _ in _CUES}
_ANY_CUE = any_of(pattern for _, pattern, _ in _CUES)


# Each of the rules reads the message normalised (some twenty times a message, each time
# the other languages' readers over it): kept for recent texts.
@holds_message_text
@functools.lru_cache(maxsize=1024)
def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, spaces collapsed: what the rules read. A
    message mixing another language's common words into English ("meri dadi ka dehant ho
    gaya, task 2 nahi kar paunga") has them read in English (the lexicon's word list), so
    that a loss, an illness or a request is found in whichever language it is told."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(in_english(read_han(read_inflected(text))).split())


def rule_cues(text: str) -> dict[str, bool]:
    """Which cues the text has (by name), and whether it is written in the first person."""
    return dict(_rule_cues(text))


# A message's cues are read several times while it is answered (the rules' verdict, whether
# a question in the first person is the course's, the multipart split): each time some
# thirty searches. Kept for recent texts; a copy is handed out.
@holds_message_text
@functools.lru_cache(maxsize=512)
def _rule_cues(text: str) -> tuple[tuple[str, bool], ...]:
    t = normalise(text)
    cued = _ANY_CUE.search(t) is not None  # (most messages have none: one scan says so)
    return (*((name, cued and bool(pattern.search(t))) for name, pattern, _ in _CUES),
            ("first_person", bool(_FIRST_PERSON.search(t) or _UNSAID_I.search(t))))


# A message opening with what one did to a hand-in ("submitted the wrong file :(",
# "accidentally uploaded an empty zip"): the writer is the subject left out.
_UNSAID_I = re.compile(r"(?:^|[,;.!?] |\band )(?:just |accidentally |totally |literally )?"
                       r"(?:submitted|uploaded|handed in|forgot to|missed (?:the )?deadline|"
                       r"accidentally)\b")


# Words that say how one's week is arranged (a timetable clash, studying part time) without
# asking anything for oneself: "i have a clash tues 10-12, is this course using that slot
# every week?" asks about the course. With a request of one's own ("can I", "do I have to",
# "does that affect", "excused") they are a rule's; alone, the classifier weighs them.
_SITUATION = re.compile(r"\b(?:clash(?:es|ing)?|clashed|part[- ]time|full[- ]time)\b")
_MODAL_REQUEST = (r"\b(?:can|could|may|do|does|should|will|would|must|am|shall|have) "
                  r"(?:i|me)\b")
_REQUEST_WORDS = (r"\b(?:(?:another|different|alternative|other) (?:day|date|time|slot|"
                  r"session|group|week|format)s?|affect\w*|excus\w*|exempt\w*|instead|"
                  r"change|switch|move|penali[sz]\w*|allowed)\b")
# What happened or will happen to the writer ("trying to catch up", "I'll miss it"): a
# request of their own only when they ask it.
_HAPPENS = r"\b(?:catch up|miss(?:ing)?)\b"
_OWN_REQUEST = re.compile(f"{_MODAL_REQUEST}|{_REQUEST_WORDS}|{_HAPPENS}")
_STATED_REQUEST = re.compile(f"{_MODAL_REQUEST}|{_REQUEST_WORDS}")
# Asking what is on at a time one is away ("is there anything on thursdays i'd miss?", "will
# i miss anything?"): a question about the schedule, not a request to miss it.
_WHAT_ONE_MISSES = re.compile(
    r"\b(?:what|anything|something|much|which)\b[^.?!,]{0,40}?\b(?:i|i'?d|i'?ll|i would|"
    r"i will|i might|would i|will i|do i|am i)(?: be| going to| gonna)? miss(?:ing)?\b"
    r"|\b(?:will|would|do|am) i (?:be )?miss(?:ing)? (?:anything|something|much|out)\b"
    # whether one's hours leave any live session ("am i going to miss the live sessions",
    # "can i still attend anything live"): the timetable's question
    r"|\b(?:will|would|do|am) i (?:be )?(?:going to |gonna )?miss(?:ing)? (?:all |any |the |"
    r"every ?thing )*(?:of )?(?:the )?(?:live|sessions?|lectures?|tutorials?|q ?& ?as?|"
    r"classes)\b"
    r"|\bcan i (?:still |even |actually )?(?:attend|make|catch|join|go to) (?:any ?thing|any|"
    r"all|the|some)\b[^.?!,]{0,25}\b(?:live|sessions?|tutorials?|q ?& ?as?|classes)\b"
    # whether a session is over yet ("did i miss the q&a", "have i missed the tutorial"):
    # what is on when, not a request
    r"|\b(?:did|have|has) i (?:just |already )?miss(?:ed)? (?:the |today'?s |this "
    r"(?:morning|week)'?s )?(?:q ?& ?as?|lectures?|tutorials?|quiz(?:zes)?|sessions?|talks?)\b"
    # ... or what was on while one was away ("was off sick last week, did i miss anything
    # live", "have we missed much"): the past window's listing, not a request
    r"|\b(?:did|have|had) (?:i|we) (?:just |already )?miss(?:ed)? (?:anything|something|much|"
    r"a lot|out)\b"
    # whether the course leaves one free by a time ("will i be done with the sessions by 6pm
    # on tuesday", "am i free after 2pm thursday", "will i finish before midnight"): what is
    # on then, however it is said in the first person
    r"|\b(?:will|would|am|do|should) i (?:be )?(?:(?:all )?done|free|finished|through|clear|"
    r"off|finish)\b[^.?!]{0,40}?\b(?:by|before|after|at|on|until|till|from)\b")


# How the course is given, asked against one's days or one's way there ("do i need to come to
# campus for anything", "can i still follow everything", "will i be able to keep up with the
# module"): how it is run, the page's to say.
# Whether one must come in at all ("do i have to come to <city> for any of this", "will i
# ever need to travel in"): a place the writer would go to, not a session ("do i have to go
# to the tutorials" asks about attending it).
_COME_IN = (
    r"\b(?:do|will|would) i (?:ever )?(?:need|have|be expected) to (?:physically )?(?:come|go|"
    r"be|travel|get|commute|show up)\b(?:[^.?!]{0,30}\b(?:campus|in person|on site|college|"
    r"university|uni|the department|the building|there)\b| (?:in|into|to|up to|down to|over "
    r"to)\b(?! (?:the |a |an |any |every |all )?(?:tutorials?|lectures?|q ?& ?as?|sessions?|"
    r"class(?:es)?|exams?|quiz(?:zes)?|panels?|talks?|meetings?)\b))")
_HOW_GIVEN = (
    _COME_IN + r"|\b(?:in person|on campus|on site)\b"
    r"|\b(?:can|could|will|would) i (?:still |even |actually )?(?:be able to )?(?:follow|"
    r"keep up|keep up with|do|take|manage|cope with)\b(?: (?:this|the|everything|it|all)\b)"
    r"|\b(?:is|are) (?:any ?thing|something|it|the \w+|they) (?:\w+ )?(?:live|online|recorded|"
    r"in person)\b")
_HOW_GIVEN_ASKED = re.compile(_HOW_GIVEN)
_COME_IN_ASKED = re.compile(_COME_IN)


def asks_to_come_in(text: str) -> bool:
    """Whether the message asks if the writer must come in anywhere for the course ("i live
    in another city, do i have to come to <it> for anything?"): how the course is given, the
    page's to say, wherever the writer lives."""
    return bool(_COME_IN_ASKED.search(normalise(text)))


# Asked in the first person, but of the course: how long one has until a deadline, whom to
# ask, where to find something ("how long do I actually have for task 2", "who do i bug
# about it", "where do i find the notebooks").
_COURSE_FOR_ANYONE = re.compile(
    r"\bhow (?:long|much time|many (?:days|hours|weeks)) do i (?:\w+ )?have\b"
    r"|\bwho (?:do|should|can|could) i (?:\w+ )?(?:ask|contact|email|e-mail|bug|message|"
    r"write to|talk to|speak to|go to)\b"
    # where the course's things are ("where do i find the notebooks")
    r"|\b(?:where|how) (?:do|can|should) i (?:find|get to|access|download|watch|join|open)\b"
    # whether the timetable lets one be there ("could I make any of the live stuff", "do i
    # need to be online at a set time"), not an arrangement of one's own (another slot)
    r"|\b(?:can|could|will|would) i (?:still |even |actually )?(?:make|attend|catch|join|"
    r"get to|go to)\b(?! (?:a |an )?(?:another|different|other|later|separate)\b)"
    # what is left of the course's work ("what do i still need to hand in", "which
    # deadlines do i still have")
    r"|\bwhat (?:else |other \w+ )?(?:do|should|will) i (?:still )?(?:need|have) to (?:submit|"
    r"hand in|do|watch|read)\b(?! (?:about|for me|instead)\b)"
    r"|\b(?:what|which) (?:deadlines?|courseworks?|cws?|tasks?|assignments?|submissions?)"
    r"(?: \w+)? do i (?:still )?have\b(?! (?:to (?:redo|resubmit)|an? extension))"
    r"|\bdo i (?:need|have) to (?:be online|be there|be present|attend|join|watch) (?:live|"
    r"at (?:a|any|the same) (?:set |fixed |specific )?time|them live|it live)\b"
    # how the course is given, asked against one's days or one's way there
    rf"|{_HOW_GIVEN}"
    # whether the course has material one could use ("is there a textbook i could use
    # alongside the lectures instead", "are there notes i can read"): what it offers anyone
    r"|\b(?:is|are) there (?:a |an |any |some )?(?:[\w-]+ ){0,3}(?:textbooks?|books?|"
    r"materials?|notes|slides|resources?|readings?|videos?|recordings?|"
    r"written versions?)\b[^?]*")


def _asks_for_oneself(sentence: str) -> bool:
    """An asking sentence (or clause) that asks something for the writer: a modal request
    ("can I"), a change or an exemption, catching up on or missing something (not asking
    what is on when one is away, how long one has, or whom to ask)."""
    if _ADJUSTMENT.search(sentence):
        return True
    s = _COURSE_FOR_ANYONE.sub(" ", _WHAT_ONE_MISSES.sub(" ", _time_where_one_is(sentence)))
    return bool(_FOR_ONESELF.search(s) or _OWN_REQUEST.search(s))


# A clock time asked "for me" ("what time is the q&a for me this week", "when's the tutorial
# for me"): the time where the writer is, a question of the timetable, not an arrangement
# nor a pointer back at the circumstance told before it.
_TIME_WHERE_ONE_IS = re.compile(
    r"(\b(?:what time|when|whens|when'?s)\b[^.?!,]*?)\bfor me\b(?!\s+to\b)")


def _time_where_one_is(clause: str) -> str:
    return _TIME_WHERE_ONE_IS.sub(r"\1 ", clause)


# What makes the course accessible to someone ("are the slides available in large print",
# "do the lectures have captions", "is there an alternative"): an adjustment asked for
# oneself, however it is worded.
_ADJUSTMENT = re.compile(r"\b(?:accessib\w*|large print|captions?|captioned|subtitles?|"
                         r"transcripts?|alternatives?|adjustments?|accommodations?|"
                         r"(?:any|some|extra) support|support (?:for|available|plans?)|"
                         r"assistive|text[- ]to[- ]speech|braille)\b")


# Cues that are often the background of a course question ("My name is Daniel and I work
# full time. ... Could you tell me when task 2 is due?", "I joined late because of a visa
# delay (now sorted). Could you explain ...", "I was ill last week so I'm behind. Is lecture
# 22 live?"): said only in sentences that ask nothing, with another sentence asking and
# nothing asked for oneself there, they are the classifier's and the detector's to weigh,
# not a rule's. Said in the asking sentence ("what happens to my visa
# if ..."), or with nothing else asked ("my visa was delayed"), they stay a rule's.
# A disability told before a question about the course's own material ("I'm dyslexic ...
# is there a textbook I could use alongside the lectures?") is its background too; asked for
# oneself (extra time, an adjustment: the disability cue's own words) it stays a rule's.
_BACKGROUND_CUES = frozenset({"money", "visa", "records", "health", "disability"})
_SENTENCE_END = re.compile(rf"(?<=[.?!]){NOT_AN_ABBREVIATION}\s+|\n+")
# A sentence's clauses: the background is often said in a clause of the asking sentence
# ("i do night shifts at a warehouse so when are the lectures released", "how many
# tutorials are left, trying to plan my shifts", "i have a visa appointment on tuesday,
# will i miss anything?").
_CLAUSE_END = re.compile(
    r"(?<=[.?!])\s+|\n+|\s*[,;:]\s+|\s+[-\u2013\u2014]+\s+|\s+(?:so|and|but)\s+(?=(?:who|when|"
    r"whens|what|whats|where|which|how|is|are|does|do|will|would|could|can|any)\b)"
    # an emoji ends what it is said after, as a full stop would ("missed weeks 2-4 bc of
    # visa stuff 😩 what lectures did i miss")
    r"|\s*[\u2600-\u27bf\U0001f300-\U0001faff]+\ufe0f?\s*")
# An illness told as over ("I was ill last week", "came back from being sick, fine now");
# "I've been ill all week" is still going on.
_OVER = re.compile(r"\b(?:came back|got over|recovered|last (?:week|month)|week before last|"
                   r"(?:all |everything |i'?m )?(?:good|fine|better|ok|okay|well) now)\b")
_FOR_ONESELF = re.compile(r"\b(?:for me|i can do|(?:can|could|may|should|do|am) i|options?|"
                          r"(?:is|would) (?:it|that) (?:be )?(?:ok|okay|alright|all right|fine|"
                          r"acceptable|a problem)(?: if| that)? (?:i|im|i'm|i've)?)\b")
# Pointing back to what was said before, or asking something done to the writer ("can you add
# me"; "tell me", "let me know" only ask to be told).
_POINTS_BACK = re.compile(r"\b(?:it|them|those|these)\b|\b(?:that|this)\b(?! (?:morning|"
                          r"afternoon|evening|night|day|week|weekend|time|slot|term|month|"
                          # "this module", "this course": the course, pointed at
                          r"module|course|class|unit|year|semester))|"
                          r"(?<!tell )(?<!show )(?<!give )(?<!let )\bme\b")
# A statement checked by a tag at its end ("the last task is due in march right", "cw3 is
# on friday isn't it"): a question, with or without its question mark.
TAG_QUESTION = (r"\w\S*\s+\S+[\s,]+(?:right|correct|yeah|yea|ya|yh|innit|"
                r"isn'?t (?:it|that|there|they)|aren'?t (?:they|we|there)|don'?t (?:they|we)|"
                r"doesn'?t (?:it|that)|didn'?t (?:it|they)|won'?t (?:it|they|there|we)|wasn'?t it|"
                r"is (?:it|that)|"
                r"or not|no\?)\W*$")
_ASKING_SENTENCE = re.compile(r"\?|^(?:(?:anyway|anyways|so|also|but|and|ok|okay|btw|well) )?"
                              # ("anyway when is the gan tutorial": a word turning to it)
                              r"(?:who|when|what|whats|where|which|why|how|is|are|do|does|"
                              r"can|could|would|will|should|please|pls)\b|"
                              # "in the meantime, which platform does the course recommend"
                              # (a part's question mark is gone when it is split off)
                              r",\s*(?:who|when|what|whats|where|which|why|how)\b|"
                              r"\b(?:could|can|would|will) you\b|\bplease (?:tell|explain|let)\b|"
                              # "... is that one live or recorded, and when": a question
                              # asked inside a sentence, or trailing at its end
                              r"\b(?:is|are|was|does|do|did) (?:that|this|it|there|they)\b.*"
                              r"\bor\b|\b(?:when|where|who|which|how)\W*$|" + TAG_QUESTION)


# Asking what the course's rules do to anyone who does something ("do i lose marks if i skip
# the quiz", "will i be penalised for not going to the q&a", "is the quiz graded"): a course
# rule asked in the first person, not one's own mark nor anything that happened to one. The
# classifier reads the "i" and the marks as one's own; this question of the rules is no
# circumstance. Told as done ("i missed the quiz, do i lose marks") it stays the writer's.
_RULE_ASKED = re.compile(
    r"\b(?:do|does|will|would|could|can|is|are) (?:i|we|you|u|students?|one|people|any ?one|it)"
    r"(?: \w+)? (?:lose|get|be|have) (?:any |some )?(?:marks?|points?|penali[sz]ed|docked|"
    r"marked down|a penalty|penalties)\b[^.?!]{0,10}\b(?:if|for|when|by)\b"
    # the penalty itself asked of ("is there a late penalty if i submit an hour late",
    # "what's the penalty for handing in a day late", "how many marks are taken off if")
    r"|\b(?:is there|are there|what(?:'?s| is| are| would be| will be)|how (?:much|many|big|bad)"
    r"(?: is| are| would be| will be)?)(?: an?| the| any)? (?:late )?(?:penalt(?:y|ies)|"
    r"deductions?|marks? (?:lost|deducted|taken off|off))\b[^.?!]{0,40}\b(?:if|for|when)\b"
    r"|\bhow (?:much|many(?: marks)?) (?:do|does|will|would) (?:i|we|you|u|students?|one) "
    r"(?:lose|get docked|be docked)\b[^.?!]{0,20}\b(?:if|for|when)\b"
    r"|\b(?:is|are) (?:it|they|the (?:quiz|quizzes|q&as?|tutorials?|lectures?)) "
    r"(?:even |actually )?(?:graded|assessed|marked|compulsory|mandatory|required|optional|"
    r"counted)\b")
# (what one did, not what one might do: "if i didn't go" is the rule's case)
_DONE = re.compile(r"(?<!if )(?<!when )(?<!whether )\bi (?:already |just )?(?:missed|skipped|"
                   r"didn'?t|did not|forgot|was|failed|got|lost|haven'?t|have not|couldn'?t|"
                   r"submitted|uploaded|handed)\b")


# A rule asked as a hypothetical of the writer's ("if i hand in an hour late how many marks
# would i lose", "is there a resit if i fail the exam", "if i fail can i retake it next
# year"): the case, and the rule's question, in either order; nothing told as done.
_IF_ONE = re.compile(r"\b(?:if|when|say|suppose|hypothetically) (?:i|we|you|u|one|someone|"
                     r"a student|students?)\b|\bhypothetically\b")
_RULE_QUESTION = re.compile(
    r"\bwhat (?:happens|would happen|will happen|is the (?:policy|rule|deal))\b"
    r"|\bhow (?:much|many)(?: marks?| points?)?(?: \w+)? (?:do|does|will|would|could|is|are) "
    r"(?:i |we |you |u |one |it |they )?(?:lose|get docked|be docked|taken off|deducted)\b"
    r"|\b(?:is there|are there|will there be|do (?:i|we|you|u) get)(?: an?| any)? (?:resits?|"
    r"retakes?|re-?sits?|second attempts?|another attempt|penalt(?:y|ies))\b"
    r"|\b(?:can|could|do|will|would) (?:i|we|you|u|one|they|students?) (?:get to |be allowed to |"
    r"be able to )?"
    r"(?:resit|retake|re-?sit|re-?take|resubmit)\b"
    r"|\b(?:what is|what are) the (?:resit|retake|late|penalty)\b")


def asks_a_rule(text: str) -> bool:
    """Whether the text asks what the course's rules do to anyone who does something, with
    nothing told as done by the writer."""
    t = normalise(text)
    return bool(_RULE_ASKED.search(t) or _IF_ONE.search(t) and _RULE_QUESTION.search(t)) \
        and not _DONE.search(t)


# Asking whether the hand-in is still open ("can i still submit task 3", "just finished cw2,
# still can hand it in right?", "is it too late to upload", "is submission still open"): the
# deadline's question, which the page answers, said in the first person. The detector, biased
# for recall, reads "can i" with a coursework as a request of one's own (an extension); with
# nothing else told (a circumstance is a rule's, decided before), it is none.
_HAND_IN_VERB = (r"(?:submit\w*|hand(?: it| this| that| mine| my \w+)? ?in|upload\w*|"
                 r"turn(?: it)? in)")
_STILL_OPEN = re.compile(
    rf"\b(?:can|could|may|do|will) (?:i|we|u|you|they) still (?:be able to )?{_HAND_IN_VERB}\b"
    rf"|\bstill (?:can|could|able to|allowed to|possible to|ok to|okay to|fine to) "
    rf"(?:i |we |u )?{_HAND_IN_VERB}\b"
    rf"|\b(?:is it|am i|are we|r we) (?:too late|still (?:ok|okay|fine|possible|allowed|able|"
    rf"open|in time)) (?:for me |for us )?to {_HAND_IN_VERB}\b"
    r"|\b(?:submissions?|the (?:submission|upload|hand ?in)|hand ?ins?|it) (?:is |are )?"
    r"still (?:open|accepted|allowed|possible)\b|\bsubmissions? (?:is |are )?open\b"
    # the task itself asked of ("is cw1 still open for submissions", "is submission for
    # task 1 still possible", "is the coursework 2 portal still accepting uploads")
    r"|\b(?:is|are|r)\b[^.?!]{0,30}?\b(?:cw|coursework|task|assignment|submission|portal|"
    r"hand ?in|upload)\w*\b[^.?!]{0,20}?\bstill (?:open|possible|accepting|live|allowed)\b"
    # whether it is still taken, or late work at all ("will they still take it", "is late
    # ok", "do they accept late submissions")
    r"|\b(?:will|would|do|does|can|could) (?:they|you|u|it|the system|the staff|\w+) still "
    r"(?:take|accept|let me (?:submit|upload|hand))\b"
    r"|\b(?:is|are|r) (?:handing in |submitting |uploading )?late (?:submissions? |hand ?ins? |"
    r"uploads? |work )?(?:ok|okay|fine|allowed|accepted|possible|a thing)\b"
    r"|\blate (?:submissions?|hand ?ins?|uploads?) (?:ok|okay|fine|allowed|accepted|possible)\b"
    r"|\b(?:accept|take)s? late (?:submissions?|work|hand ?ins?|uploads?)\b")
# ... unless the writer asks for more than the hand-in: time of their own, or an exception
_MORE_THAN_OPEN = re.compile(r"\b(?:extension|extra time|more time|mitigat\w*|excus\w*|"
                             r"exception|allow me|let me|for me specifically)\b")


def asks_if_still_open(text: str) -> bool:
    """Whether the text asks only whether a hand-in can still be made (the deadline's
    question), asking nothing for the writer alone and telling no circumstance."""
    t = normalise(text)
    return (bool(_STILL_OPEN.search(t)) and not _MORE_THAN_OPEN.search(t)
            and rule_verdict(text) is None)


def asks_if_handed_in_time(text: str) -> bool:
    """Whether the text states a hand-in time and asks only whether it was (or would be) in
    time ("uploaded it at 18:59 on the 23rd, did i make it?"): the deadline answers that;
    asking for time of one's own or telling a circumstance stays personal."""
    t = normalise(text)
    return (states_hand_in(text) and not _MORE_THAN_OPEN.search(t)
            and rule_verdict(text) is None)


# Whether sessions can be attended live, from where one is ("can i realistically attend the
# tutorial live from Singapore", "is it feasible to join the q&as live from Lima"): the
# timetable's question in one's zone, naming no circumstance.
_ATTEND_LIVE = re.compile(
    r"\b(?:can|could|would|will) (?:i|we|u|you|one)\b|\bis it (?:possible|feasible|realistic|"
    r"doable)\b")
_LIVE_ATTENDED = re.compile(r"\b(?:attend\w*|join\w*|make|go to|catch|follow|be at)\b"
                            r"[^.?!]{0,40}\blive\b")


def asks_if_attendable(text: str) -> bool:
    """Whether the text, naming no circumstance, asks only if sessions can be attended live
    (from a place, in one's zone): the timetable answers, with the local time."""
    t = normalise(text)
    return (rule_verdict(text) is None and not rule_cues(text)["family"]
            and bool(_ATTEND_LIVE.search(t)) and bool(_LIVE_ATTENDED.search(t)))


def asks_what_one_misses(text: str) -> bool:
    """Whether the text, naming no circumstance (no rule's, no one of the family), asks only
    what is on when the writer is away or whether a session is over ("just woke up, did i
    miss the q&a", "what will i miss on tuesday morning"), or whether one's working hours
    clash with the course: the timetable's question."""
    cues = rule_cues(text)
    t = normalise(text)
    if cues["family"] or rule_verdict(text) is not None:
        return False
    if not _strong(cues) and _WHAT_ONE_MISSES.search(t):
        rest = _WHAT_ONE_MISSES.sub(" ", t)
        return not (_OWN_REQUEST.search(rest) or _FOR_ONESELF.search(rest))
    return _week_clash_asked(t, cues)


def _week_clash_asked(t: str, cues: dict[str, bool]) -> bool:
    """One's working hours, and whether they clash ("my part-time job is thursdays 10 to 2,
    is that a problem", "i work mon and tue, does that clash with the live sessions"): the
    job is background the rules let pass, the question the timetable's."""
    strong = _strong(cues)
    if "provision" in strong and all(_SITUATION.fullmatch(m.group(0))
                                     for m in _CUES_BY_NAME["provision"].finditer(t)):
        strong = strong - {"provision"}  # ("does that clash": the week's word, no request)
    asked = _CLASH_ASKED.search(t) or _WHAT_ONE_MISSES.search(t)
    return (bool(strong) and strong <= {"money", "records"} and bool(asked)
            and bool(_WEEK_TIME.search(t))
            and not _OWN_REQUEST.search(_WHAT_ONE_MISSES.sub(" ", _CLASH_ASKED.sub(" ", t))))


# The course's hand-in, named (in words any course uses): a file too big for it is a failed
# submission; one too big for a practice upload or a repository is not.
_MARKING = re.compile(r"\b(?:feedback|marks?|grades?|graded|marked|marking|score)\b")
_HANDED_THING = re.compile(r"\b(?:uploads?|uploaded|uploading|zips?|files?|notebooks?|"
                           r"archives?|pdf|report)\b")
_HAND_IN = re.compile(r"\b(?:submi\w*|hand(?:ing|ed)? ?in|deadline|due|cw ?\d|"
                      r"task ?\d|coursework)\b")


def _only_cue_as(t: str, cues: dict[str, bool], name: str,
                 pattern: re.Pattern[str] | str) -> bool:
    """`name` is the only strong cue, and every match of it in the normalised text `t` is
    one that `pattern` matches whole (the cue found only in that sense)."""
    return _strong(cues) == {name} and all(re.fullmatch(pattern, m.group(0))
                                           for m in _CUES_BY_NAME[name].finditer(t))


# A deadline missed, said as the reason of asking whether the hand-in is still open ("just
# missed the deadline by 10 min, can i still submit?"): the deadline's question (when it was
# due, and that the page says nothing of late work), asking nothing more for oneself.
_MISSED_DEADLINE = r"missed (?:the )?deadline"


def _missed_asks_if_open(text: str, cues: dict[str, bool]) -> bool:
    t = normalise(text)
    return (_only_cue_as(t, cues, "submission", _MISSED_DEADLINE)
            and bool(_STILL_OPEN.search(t)) and not _MORE_THAN_OPEN.search(t))


# Lateness and its penalty, the words of the provision cue a rule of the course is asked in
# ("is there a late penalty if i submit cw2 an hour late"): a hypothetical of the writer's,
# asked of the course's rule, not a request of their own (nothing told as done).
_PENALTY_WORDS = (r"penali[sz]\w*|penalt(?:y|ies)|"
                  r"(?:submit|hand(?:ed)? (?:it )?in|upload)\w* " + _W + r"late")


_RULE_CASE_WORDS = _PENALTY_WORDS + r"|resit|retake|resubmit|another attempt"
# ... and one's mark in that case ("what happens to my mark if", "if i fail the exam")
_CASE_MARK = r"my (?:\w+ )?(?:marks?|grades?)|fail\w*(?: \w+){0,3}"


def _penalty_asked(text: str, cues: dict[str, bool]) -> bool:
    """The strong cues are a provision, found only as lateness, its penalty or a resit, or
    one's mark in that case, or both, in a message asking what the course's rule does
    (`asks_a_rule`)."""
    t = normalise(text)
    strong = _strong(cues)
    if not strong or not strong <= {"provision", "marks"} or not asks_a_rule(text):
        return False
    return (all(re.fullmatch(_RULE_CASE_WORDS, m.group(0))
                for m in _CUES_BY_NAME["provision"].finditer(t))
            and all(re.fullmatch(_CASE_MARK, m.group(0))
                    for m in _CUES_BY_NAME["marks"].finditer(t)))


# Whether a part of the assessment counts towards one's mark, or by how much ("do the
# quizzes count towards my mark", "how much of my grade is the exam"): the course's
# weighting asked in the first person, not one's own mark.
_MY_MARK = r"my (?:final |overall |module |course )?(?:marks?|grades?)"
_WEIGHTING = re.compile(
    r"\b(?:counts?|counted|counting|contribut\w*|go(?:es)? (?:in)?to(?:wards?)?|part of|"
    r"worth|weigh\w*|factor\w*|included|% of|percent of|how much of|proportion of|share of)"
    rf"(?: (?:to|towards?|toward|for|in|into|on))? {_MY_MARK}\b"
    rf"|\bhow much of {_MY_MARK}\b")


def _weighting_asked(text: str, cues: dict[str, bool]) -> bool:
    """The only strong cue is one's marks, found only as "my mark" in a question of how the
    assessment's parts count towards it."""
    t = normalise(text)
    return (_only_cue_as(t, cues, "marks", _MY_MARK) and bool(_WEIGHTING.search(t))
            and bool(_ASKING_SENTENCE.search(t)))


def _too_big_elsewhere(text: str, cues: dict[str, bool]) -> bool:
    """The only strong cue is a failed submission, found only as a file too big, and nothing
    names the course's hand-in."""
    t = normalise(text)
    return _only_cue_as(t, cues, "submission", _TOO_BIG) and not _HAND_IN.search(t)


def rule_verdict(text: str) -> str | None:
    """The name of the cue that makes the message personal on its own, or None (a writer
    who may be in danger is the mind's, whatever else the message says)."""
    return "mind" if in_crisis(text) else _cue_verdict(text)


def _cue_verdict(text: str) -> str | None:
    cues = rule_cues(text)
    name = next((name for name, _, level in _CUES if cues[name] and (
        level == "alone" or level == "first" and cues["first_person"])), None)
    if name is not None and (_only_situation(text, name, cues) or _too_big_elsewhere(text, cues)
                             or not cues["family"] and _week_clash_asked(normalise(text), cues)
                             or _only_background(text, cues) or venting_over_work(text)
                             or _copied_code(text, cues) or _quoted(text, cues)
                             or _compares_a_run(text, name, cues) or _opinion_of_a_thing(text)
                             or _missed_asks_if_open(text, cues)
                             or _data_of_the_work(text, name, cues)
                             or _computed_by_hand(text, name, cues)
                             or _penalty_asked(text, cues)
                             or _weighting_asked(text, cues)):
        return None
    if name is None and _telegraphic_distress(text):
        return "mind"
    if name is None and system_down_beside_hand_in(text):
        # ("the upload page keeps erroring and cw2 is due in an hour": no first person)
        return "submission"
    if name is None and hardship_beside_hand_in(text):
        # (no cue of its own, nor the first person: "power cut all day here, missed the
        # cw2 deadline" is a hand-in gone wrong)
        return "submission"
    return name


# A judgement of a thing ("batch norm seems pointless to me", "this layer is kinda pointless
# lol"), not of one's life ("everything feels pointless", "i'm pointless"): "pointless" is
# the one cue of the writer's mind that is also an opinion of a method or a topic.
_OPINION = re.compile(r"\b(?:seems?|seemed|looks?|sounds?|is|was|are|'s|s)(?: (?:kinda|kind of|"
                      r"so|really|a bit|totally|completely|pretty|just|quite))? pointless\b")
_OF_ONES_LIFE = re.compile(r"\b(?:everything|life|it all|all of it|i|i'?m|im|myself|"
                           r"feels?|felt|feeling)\b(?: \w+){0,2} pointless\b")


def _opinion_of_a_thing(text: str) -> bool:
    """The only strong cue is the writer's mind, found only as "pointless" said of a thing,
    in a message that asks something."""
    cues = rule_cues(text)
    t = normalise(text)
    found = list(_CUES_BY_NAME["mind"].finditer(t))
    return (_strong(cues) == {"mind"} and bool(found)
            and all(m.group(0) == "pointless" for m in found)
            and len(_OPINION.findall(t)) == len(found) and not _OF_ONES_LIFE.search(t)
            and not _telegraphic_distress(text) and bool(_ASKING_SENTENCE.search(t)))


# Distress written without a pronoun ("honestly burnout. cant sleep, behind on everything,
# parents pressure"): the writer is the subject left out. Two or more signs of strain, and no
# one else the message is about (a friend, students in general, a model), make it the
# writer's own; one sign alone ("burnout is common in phds?") is a topic.
_STRAIN_TOPIC = re.compile(  # also words of a topic ("is anxiety covered")
    r"\b(?:burn(?:t|ed)? ?out|stress(?:ed)?|anxi(?:ety|ous)|depress(?:ed|ion)|panic\w*|"
    r"insomnia|lonely|homesick|struggling)\b")
_STRAIN_STATE = re.compile(  # only ever a state someone is in
    r"\b(?:exhausted|overwhelmed|not coping|can'?t cope|can'?t sleep|(?:no|not|barely|hardly) "
    r"(?:any )?sleep\w*|crying|(?:parents?|family|peer)(?:al)? pressure|pressure from|"
    r"behind on (?:all|every\w*|everything)|falling behind|(?:don'?t|do not|no) (?:idea|know) "
    r"(?:what|how) to (?:do|cope|keep going)|can'?t (?:do this|keep up|keep going|focus|"
    r"think)|at my limit|breaking down|"
    # sleep lost and doubt of keeping up ("havent slept properly in days", "idk if i can keep
    # up with this module")
    r"(?:haven'?t|havent|have not|not been|barely|hardly) slept|"
    r"(?:idk|i don'?t know|i dont know|not sure|unsure|no idea) (?:if|whether) i (?:can|could|"
    r"will|'ll) (?:keep up|cope|manage|do this|keep going|make it|handle (?:it|this)))")
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|his|her|their|them|someone|somebody|people|students|everyone|"
    r"friend|classmate|flatmate|model|network|training|loss)\b")


# Code copied into one's own work from a notebook, a tutorial or the docs ("RuntimeError: ...
# i just copied the linear layer from the intro notebook"): how the bug came about, not a
# matter of academic integrity. An accusation ("flagged", "plagiarism", "cheating") or
# copying from someone stays a rule's.
_COPIED = re.compile(r"\b(?:copied|copying|copy[- ]pasted|pasted)\b")
_COPIED_FROM_MATERIAL = re.compile(
    r"\b(?:copied|copying|copy[- ]pasted|pasted)\b[^.?!]{0,40}\b(?:from|off|out of) (?:the |a |"
    r"an |my )?(?:[\w-]+ ){0,3}(?:notebooks?|tutorials?|docs|documentation|lectures?|slides|"
    r"notes|examples?|template|stack ?overflow|pytorch|github)\b")


# Words copied from what the course sent ("copied from the email: '...' so do i upload just
# the notebook"): a quotation, not copied work.
_QUOTED_FROM = re.compile(
    r"\b(?:copied|copy[- ]pasted|pasted)\b(?: (?:this|it|that|straight|directly))* (?:from|off|"
    r"out of) (?:the |an? |this |that |their |my )?(?:[\w-]+ )?(?:e-?mails?|messages?|"
    r"announcements?|page|website|site|forum|posts?|slides|handouts?|spec|brief|"
    r"instructions|submission (?:system|page))\b")


def _quoted(text: str, cues: dict[str, bool]) -> bool:
    t = normalise(text)
    return _only_cue_as(t, cues, "integrity", _COPIED) and bool(_QUOTED_FROM.search(t))


def _copied_code(text: str, cues: dict[str, bool]) -> bool:
    t = normalise(text)
    return (_only_cue_as(t, cues, "integrity", _COPIED)
            and bool(_COPIED_FROM_MATERIAL.search(t)) and bool(_WORK_TROUBLE.search(t)))


# (asked by several rules of one message: kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def _telegraphic_distress(text: str) -> bool:
    t = normalise(text)
    states = {m.group(0) for m in _STRAIN_STATE.finditer(t)}
    signs = states | {m.group(0) for m in _STRAIN_TOPIC.finditer(t)}
    return bool(states) and len(signs) >= 2 and not _SOMEONE_ELSE.search(t)


def _strong(cues: dict[str, bool]) -> set[str]:
    """The cues that fire and can decide on their own (alone, or with the first person)."""
    return {n for n, _, level in _CUES if cues[n] and level in ("alone", "first")}


def _only_situation(text: str, name: str, cues: dict[str, bool]) -> bool:
    """The deciding cue matched only a word of how one's week is arranged, no other strong
    cue fires, and nothing is asked for oneself."""
    t = normalise(text)
    return (_only_cue_as(t, cues, name, _SITUATION)
            and not _OWN_REQUEST.search(_WHAT_ONE_MISSES.sub(" ", t)))


def _only_background(text: str, cues: dict[str, bool]) -> bool:
    """Every strong cue that fires is one of background (or a mood, `_mood_only`), said only
    where nothing is asked, another clause asks, and nothing is asked for oneself."""
    strong = _strong(cues)
    mood = "mind" in strong and _mood_only(text)
    if mood:
        strong = strong - {"mind"}
    if not (strong or mood) or not strong <= _BACKGROUND_CUES:
        return False
    sentences = [s.strip() for s in _SENTENCE_END.split(normalise_lines(text)) if s.strip()]
    health = _CUES_BY_NAME["health"]
    if "health" in strong and not all(_OVER.search(s) for s in sentences
                                      if health.search(_APPOINTMENT.sub(" ", s))):
        return False  # an illness still going on ("I'm shielding ...") is the student's now
    # A mood is no request even in the clause that asks ("WHEN IS TASK 2 DUE ... AND I CANT
    # THINK"): only the other background must be said outside it.
    patterns = [_CUES_BY_NAME[n] for n in strong]
    return _asked_around(text, patterns)


# A mood said beside a question ("im so stressed, when is the q&a?"), not a crisis: with a
# crisis word or strain written out (`_telegraphic_distress`) it stays a rule's.
_MOOD = re.compile(r"stress(?:ed)?|worried|scared|afraid|nervous|can'?t (?:focus|think)")


def _mood_only(text: str) -> bool:
    t = normalise(text)
    return (all(_MOOD.fullmatch(m.group(0)) for m in _CUES_BY_NAME["mind"].finditer(t))
            and not _CRISIS.search(t) and not _telegraphic_distress(text))


# A visit to a doctor or a hospital is an appointment, an arrangement of one's week ("i have
# a hospital appointment on thursday, is there a lecture then?"), not an illness.
_APPOINTMENT = re.compile(r"\b(?:hospital|doctor'?s?|gp|dentist'?s?|dental|medical|clinic)"
                          r" (?:appointment|appt|check-?up)s?\b")


def _asked_around(text: str, patterns: list[re.Pattern[str]]) -> bool:
    """A clause asks, none of the asking clauses names what `patterns` find, and none asks
    something for the writer."""
    lines = normalise_lines(text)
    clauses = [c.strip() for c in _CLAUSE_END.split(lines) if c and c.strip()]
    # A clause that asks about what the clause before it says ("..., can you add me", "...,
    # can you update it") asks it together with that clause.
    # Whether a time of one's week clashes with the course ("my job is tuesday mornings 9 to
    # 1, is that a problem?") is asked of the timetable: the clause is a question of the
    # course's, not joined to the background it points back at.
    timetable = {k for k, c in enumerate(clauses)
                 if k and _CLASH_ASKED.search(c) and _WEEK_TIME.search(clauses[k - 1])}
    asking = [f"{clauses[k - 1]} {c}" if k and k not in timetable
              and _POINTS_BACK.search(_time_where_one_is(c))
              else c for k, c in enumerate(clauses) if _ASKING_SENTENCE.search(c)]
    # What the background says happened ("trying to catch up", "missed a week") is no
    # request; one made where it asks ("can I catch up later?") is. Asked in the clause
    # that names the background ("what happens to my visa if ..."), it is not background.
    return bool(asking) and not any(
        (_asks_for_oneself(_CLASH_ASKED.sub(" ", c)) if _WEEK_TIME.search(text) else
         _asks_for_oneself(c)) or any(p.search(c) for p in patterns) for c in asking)


# Asking whether something clashes with the course ("is that gonna be a problem", "does that
# clash with anything"), and a time of the week it would clash at.
_CLASH_ASKED = re.compile(
    r"\b(?:is|will|would)(?: that| this| it)? (?:be |gonna be |going to be )?(?:a problem|an "
    r"issue|an? clash|ok|okay|fine)\b|\b(?:clash|conflict|overlap)(?:es|s)? with (?:any\w*|"
    r"something|the (?:course|module|timetable|live|sessions?|lectures?|tutorials?|classes))\b")
_WEEK_TIME = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b|\b(?:mornings?|"
    r"afternoons?|evenings?)\b|\b\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)\b"
    r"|\b\d{1,2}(?:[:.]\d\d)? ?(?:-|to|til|till|until) ?\d{1,2}\b")


def background_only(text: str) -> bool:
    """A remark that asks nothing and whose only personal cues are background ("trying to
    plan my shifts", "i was ill last week"): beside a question, that question's context."""
    cues = rule_cues(text)
    strong = _strong(cues)
    t = normalise(text)
    # (Said without asking, "trying to catch up" is what happened, not a request.)
    if not strong or not strong <= _BACKGROUND_CUES or _STATED_REQUEST.search(t) \
            or _FOR_ONESELF.search(t) or _ASKING_SENTENCE.search(t):
        return False
    return "health" not in strong or bool(_OVER.search(t))


# One emotive word said of a piece of work going wrong ("expected input batch_size (32) to
# match target ... im crying", "loss is nan again, so stressed"): how the bug feels, not the
# writer's situation. Distress is decided from the situation: two or more signs of strain, a
# crisis word other than these, or any circumstance (illness, a loss, money, ...) stay a
# rule's.
_VENTING = re.compile(r"\b(?:crying|cried|stress(?:ed)?|worried|scared|afraid|struggling|"
                      r"can'?t think|can'?t focus)\b")
_WORK_TROUBLE = re.compile(
    r"\b(?:errors?|exceptions?|traceback|bugs?|buggy|nan|loss|shapes?|size mismatch|mismatch|"
    r"expected (?:input|target|\w+ to)|tensors?|cuda|gradients?|epochs?|batch_?size|"
    r"dimensions?|accuracy|overfit\w*|diverg\w*|my (?:code|model|network|notebook|"
    r"implementation|training|gan|vae|cnn|rnn|lstm|generator|discriminator|encoder|decoder)|"
    r"(?:doesn'?t|won'?t|not) (?:converge|train|run|compile|work))\b|\w+error\b")


def venting(text: str) -> bool:
    """The only strong cue is the writer's mind, named by exactly one emotive word, with no
    crisis word besides it and no strain written telegraphically."""
    cues = rule_cues(text)
    t = normalise(text)
    if _strong(cues) != {"mind"} or _telegraphic_distress(text):
        return False
    signs = {m.group(0) for m in _VENTING.finditer(t)}
    crisis = {m.group(0) for m in _CRISIS.finditer(t)} - {"crying", "cried"}
    return (len(signs) == 1 and not crisis
            and all(_VENTING.fullmatch(m.group(0)) for m in _CUES_BY_NAME["mind"].finditer(t)))


# "val acc is way lower than training", "loss still under 2": a comparison of a run's own
# numbers, not of one's marks.
_COMPARED = re.compile(r"lower than|under \d+")
_RUN_MEASURE = re.compile(r"\b(?:acc|accuracy|loss|val|validation|training|train|perplexity|"
                          r"bleu|fid|f1|auc)\b")


def _compares_a_run(text: str, name: str, cues: dict[str, bool]) -> bool:
    """The only strong cue is a mark compared ("lower than", "under 40"), said beside a piece
    of work (a loss, an accuracy, training): the work's numbers are compared."""
    t = normalise(text)
    return (name == "marks" and _only_cue_as(t, cues, "marks", _COMPARED)
            and bool(_WORK_TROUBLE.search(t) or _RUN_MEASURE.search(t)))


# "my data is 80/20 between the classes, which loss should i use": the data one trains on.
_MY_DATA = re.compile(r"my data")
_DATASET = re.compile(r"\b(?:class(?:es)?|labels?|labell?ed|samples?|images?|features?|"
                      r"imbalanc\w*|unbalanced|(?:training|train|test|validation) set|"
                      r"normali[sz]\w*|augment\w*)\b")


def _data_of_the_work(text: str, name: str, cues: dict[str, bool]) -> bool:
    """The only strong cue is one's records, found only as "my data", said beside a piece
    of work or a dataset's own words (classes, labels, a loss): the data of one's work, not
    what the university holds about the writer ("can you delete my data")."""
    t = normalise(text)
    return (name == "records" and _only_cue_as(t, cues, "records", _MY_DATA)
            and bool(_WORK_TROUBLE.search(t) or _RUN_MEASURE.search(t) or _DATASET.search(t)))


# "i got 432 but my friend says 448", "i get 4608 weights for that conv": a number worked
# out for a quantity of the material (parameters, a shape, a size), not a mark: the marks
# cue found only as "got <number>", beside what is computed, with nothing assessed named.
_GOT_NUMBER = r"(?:got|get) (?:a |an )?\d+"
_COMPUTED = re.compile(r"\b(?:param\w*|weights?|outputs?|size|shapes?|channels?|dimensions?|"
                       r"dims?|receptive field|kernels?|filters?|stride|padding|flops|"
                       r"neurons|units)\b|\b\d+ ?x ?\d+\b")
_ASSESSED = re.compile(r"\b(?:marks?|grades?|scored?|cw ?\d*|coursework|tasks?|quiz\w*|"
                       r"exams?|tests?|assignments?|pass\w*|fail\w*|out of)\b|%|/ ?\d")


def _computed_by_hand(text: str, name: str, cues: dict[str, bool]) -> bool:
    t = normalise(text)
    return (name == "marks" and _only_cue_as(t, cues, "marks", _GOT_NUMBER)
            and bool(_COMPUTED.search(t)) and not _ASSESSED.search(t))


def venting_over_work(text: str) -> bool:
    """One emotive word next to a piece of work going wrong (an error, a loss, a shape)."""
    return venting(text) and bool(_WORK_TROUBLE.search(normalise(text)))


# (asked by several rules of one message: kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def normalise_lines(text: str) -> str:
    """As `normalise`, keeping line breaks (a letter's lines are its sentences)."""
    return "\n".join(normalise(line) for line in (text or "").splitlines())


# A writer in distress (their mind, a loss, a crisis) is answered as a person first; what the
# staff decide (an extension, a failed upload) is said after it when they also ask for it.
# (Worry about a mark or a deadline, "should i be worried", is not distress: that reply is
# the staff's.)
_DISTRESS_CUES = ("loss",)
_CRISIS = re.compile(r"\b(?:suicid\w*|self[- ]harm|panic attacks?|passed away|bereave\w*|"
                     r"funerals?|miscarriage|stillbirth|mental(?:ly| health)|anxiety|"
                     r"anxious|depress(?:ed|ion)|burn(?:t|ed)? ?out|overwhelmed|not coping|"
                     r"can'?t cope|counsell\w*|therap(?:y|ist)|eating disorder|breakdown|"
                     r"dark place|lonely|in pieces|crying|cried|can'?t sleep|insomnia|"
                     r"at my limit|can'?t (?:keep going|go on)|wrong with me|loneliness|"
                     # (the writer's mood: "feeling really low", "i've been so isolated";
                     # not "my internet has been down")
                     r"(?:(?:feel|feeling|felt)|(?:i'?ve|ive|i have|i'?m|im|i am) been)"
                     r"(?: (?:so|really|very|quite|a bit|pretty|kind of|kinda))? "
                     r"(?:low|down|alone|isolated|empty|numb)|"
                     r"(?:so|very|really|completely) (?:alone|isolated)|"
                     # the writer's state told plainly ("i'm not ok", "haven't slept in a
                     # week", "i feel like giving up"; not "not ok with the group", "giving
                     # up on cw2's bonus")
                     r"(?:i'?m|im|i am)(?: (?:really|just|honestly|so|genuinely))? not "
                     r"(?:ok|okay|alright|doing (?:ok|okay|well))(?! (?:with|about|to|for|if)\b)|"
                     r"(?:haven'?t|havent|have not|not|barely|hardly) slept(?: properly| well)? "
                     r"(?:in|for) (?:a |an |\d+ |two |three |four |five |several |many |days|"
                     r"weeks|nights)|"
                     r"(?:feel|feeling|felt) like giv(?:e|ing) up(?! on (?:the|this|that|cw|"
                     r"task|coursework|question|bonus|part)\b))\b")
_STAFF_DECIDE_CUES = ("provision", "submission", "integrity", "records", "visa")
# A writer who may be in danger (thoughts of ending their life or harming themselves, or
# despair with no way out: "i can't do this anymore", "everyone would be better off without
# me"): answered with care and where to get help now, never with the course.
# (A word of the writer's state counts when said of the writer or of life, not of a thing
# or an arrangement: "if i wasn't here for the tutorial", "i want it to stop sending
# reminders", "the gpu queue is hopeless", "no way out of the group project", "the self-harm
# policy", "nothing matters more than cw2" ask of the course.)
_NOT_OF_ONESELF = (r"(?!\s+(?:for|in|on|at|during|to|from|with|when|last|this|next|yesterday|"
                   r"because|by|of)\b)")
_ACUTE = re.compile(
    r"\b(?:suicid\w*|self[- ]?harm\w*(?!\s+(?:polic\w+|guidance|guidelines?|rules?|"
    r"resources?|training|awareness|content|warnings?|statistics|data\w*|detect\w*|"
    r"classif\w*|models?|posts?|papers?|research))|kill(?:ing)? myself|"
    r"end(?:ing)? (?:it all|my life|things)|(?:hurt|harm|cut)(?:ting|ing)? myself|"
    r"(?:want|wanna|going) to die|"
    r"(?:don'?t|do not|dont) want to (?:be here|be alive|live|exist|wake up|go on)"
    + _NOT_OF_ONESELF + r"|"
    r"(?:better off|be better) without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|here|"
    r"around)" + _NOT_OF_ONESELF + r"|(?:want|wanna) to (?:disappear|vanish)|"
    r"(?:want|wanna) (?:it|this|everything) (?:all )?to (?:end|stop)"
    r"(?!\s+(?:\w+ing|for|at|on|in|from|after|before|when|until|by|with|the|my|your|this)\b)|"
    r"(?:done|finished) with (?:life|it all)|"
    r"no (?:point|reason) (?:in )?(?:living|going on|being alive|being here|anything)|"
    r"(?:what'?s|whats) (?:even )?the point (?:of|in) (?:anything|living|life|trying|going on|"
    r"it all|me)|nothing matters(?!\s+(?:more|as much|less|except|but|other|apart|besides|as|"
    r"for|to (?:the|them|the markers?)|in)\b)|"
    r"(?:i'?m|im|i am|i feel|i felt|feel(?:ing|s)?|i'?ve been|ive been|i have been|everything|"
    r"life|it all)(?:'s| is| feels| seems)?(?: (?:so|really|very|completely|totally|just|"
    r"utterly|kind of|kinda))? hopeless|hopeless(?:ness)? about (?:everything|life|myself|"
    r"the future)|"
    r"no way out(?!\s+of\b(?!\s+(?:this|it|it all|here|life)\s*(?:$|[^\w\s])))|"
    r"giv(?:e|ing) up on (?:everything|life|myself)|"
    r"can'?t (?:do this|do it|go on|keep going|take (?:it|this)|cope)(?: \w+){0,2} "
    r"(?:any ?more|no more)|(?:don'?t|dont|do not) think i can (?:keep going|go on|do this))\b")


# Of those, what is never a bug's despair: one's life or harm named.
_SEVERE = re.compile(r"suicid|harm|kill|die\b|end(?:ing)? (?:it|my)|myself|without me|gone|"
                     r"here|around|alive|live\b|exist|wake up|disappear|vanish|life")


@holds_message_text
@functools.lru_cache(maxsize=512)
def in_crisis(text: str) -> bool:
    """Whether the writer may be in danger, and not over a piece of work going wrong
    ("can't do this anymore, the loss is nan again" is a bug's despair). Kept per text: the
    pipeline, the personal verdict and the reply's matter all ask it of the same message."""
    return _judged_in_crisis(text)


def _judged_in_crisis(text: str) -> bool:
    t = normalise(text)
    found = {m.group(0) for m in _ACUTE.finditer(t)}
    if not found:
        return False
    return any(_SEVERE.search(f) for f in found) or not _WORK_TROUBLE.search(t)


# One's work lost, or the tools to do it broken ("my laptop died and i lost most of my
# coursework", "the lab machines were down all weekend"): said sorry for before the offer.
# (A cloud service the course names is data: its runtime or session is named instead.)
_LOST_WORK = re.compile(
    r"\blost (?:all |most |some |half |a lot |loads |much )?(?:of )?(?:my |the )?(?:[\w-]+ )?"
    r"(?:work|code|progress|files?|notebooks?|models?|data|coursework|results?)\b"
    r"|\b(?:i'?ve |i have |i )?lost (?:a|an|one|two|three|four|five|several|\d+) "
    r"(?:days?|weeks?|hours?)\b"
    r"|\b(?:laptops?|computers?|pc|mac|macbook|hard ?drives?|ssd|disk|drives?|machines?|repo\w*|"
    r"internet|wi-?fi|connection|runtime|session|cloud|vm|gpu)(?: [\w'-]+){0,3} "
    r"(?:died|dead|crashed|broke|broken|failed|down|stolen|wiped|corrupted|stopped working|"
    r"disconnect\w*)\b"
    r"|\b(?:deleted|wiped|overwrote|overwritten|corrupted)\b")
# Something that happened to the writer and keeps them from the work (their own machine
# broken or lost, no power or internet at home, the home flooded or on fire, an accident, a
# family emergency, the work lost): beside a hand-in, a matter for the staff to weigh against
# its deadline. (A cloud runtime or a training run dying is the work's trouble, not theirs.)
_HARDSHIP = re.compile(
    r"\b(?:my |the |our )?(?:laptops?|computers?|pc|mac|macbook|hard ?drives?|ssd|disk|"
    r"internet|wi-?fi|broadband|connection|power|electricity|phone)(?: [\w'-]+){0,3} "
    r"(?:died|dead|crashed|broke|broken|failed|down|out|stolen|wiped|corrupted|fried|"
    r"stopped working|cut out|went off|disconnect\w*)\b"
    r"|\b(?:power|electricity) (?:cut|outage|failure)s?\b|\bblack ?out\b|\boutages?\b"
    r"|\bno (?:power|electricity|internet|wi-?fi|broadband|laptop|computer)\b"
    r"|\b(?:flat|house|home|room|place|building|kitchen) (?:is |was |got |has )?(?:flooded|"
    r"flooding|on fire|caught fire|burn(?:ed|t) down)|\b(?:flood(?:ed|ing)?|burst pipe|"
    r"(?:house|flat|building|kitchen) fire|evacuated|car crash|accident|family emergency|"
    r"emergency)\b"
    r"|\blost (?:all |most |some |half |a lot |loads |much )?(?:of )?(?:my |the )?(?:[\w-]+ )?"
    r"(?:work|code|progress|files?|notebooks?|coursework|stuff)\b"
    r"|\b(?:deleted|wiped|overwrote|overwritten|corrupted)\b")


# (asked by several rules of one message: kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def hardship_beside_hand_in(text: str) -> bool:
    """Whether the message tells a mishap that keeps the writer from the work ("laptop just
    died, cw3 is due tomorrow", "power cut all day, missed the deadline") beside a hand-in."""
    t = normalise(text)
    return bool(_HARDSHIP.search(t) and _DUE_SOON.search(t))


# A hand-in that presses (a deadline, handing in, being late), not a coursework only named:
# "my flat flooded ... my question is how much is the coursework worth" asks a course fact.
_DUE_SOON = re.compile(r"\b(?:submi\w*|hand(?:ing|ed)? ?in|deadlines?|ddl|due|late|missed|"
                       r"miss|extensions?)\b")


# The hand-in's system failing the writer near a deadline ("<system> is down?? task 1 is due
# tonight", "the upload page keeps erroring and cw2 is due in an hour"): a submission gone
# wrong for the staff to hear, with the deadline. The system is named by a word for one, or
# by its own name (whatever the schedule calls it) said to be down; one's own runtime or
# training crashing is the work's trouble.
_A_SYSTEM = (r"(?:(?:submission|upload|uploading|hand-?in|coursework)(?: (?:page|portal|"
             r"system|site|website|link|server|button|form|platform))?|site|website|portal|"
             r"server|servers|platform|uploader|submission system)")
_FAILING = (r"(?:down|offline|not working|not loading|broken|erroring|errors?|crash(?:ing|ed|"
            r"es)?|timing out|timed out|failing|giving (?:me )?(?:an? )?errors?|throwing "
            r"(?:an? )?errors?|won'?t (?:load|work|open)|isn'?t (?:working|loading)|doesn'?t "
            r"(?:work|load)|not responding|unreachable)")
_SYSTEM_DOWN = re.compile(
    rf"\b(?:the |their |this )?{_A_SYSTEM} (?:is |'s |s |has been |keeps |kept |went |goes |"
    rf"seems |seems to be |is still |still )?(?:totally |completely |literally )?{_FAILING}\b")
# A name said to be down ("<system> is down", "<system> went down"): a name goes without a
# determiner ("the loss went down", "my grade went down" are no system's).
_NAME_DOWN = re.compile(
    r"(?<!\bmy )(?<!\bour )(?<!\bthe )(?<!\bits )(?<!\ba )(?<!\bhis )(?<!\bher )"
    r"(?<!\btheir )(?<!\bthis )(?<!\bthat )\b[a-z][\w-]*(?: is|'s| s| has been| went| seems)"
    r"(?: totally| completely| literally| still)? (?:down|offline)\b(?! to\b)")
# (beside a name said down, the hand-in itself, not any mention of the work: "accuracy went
# down after the cw2 feedback" is a model's)
_SUBMITTING = re.compile(r"\b(?:due|deadline|submi\w*|hand(?:ing|ed)? ?in|upload\w*)\b")


# (asked by several rules of one message: kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def system_down_beside_hand_in(text: str) -> bool:
    """Whether the message says the submission system is failing beside a hand-in."""
    t = normalise(text)
    return bool(_SYSTEM_DOWN.search(t) and _HAND_IN.search(t)
                or _NAME_DOWN.search(t) and _SUBMITTING.search(t))


# The writer being ill (now or lately), as opposed to a condition one lives with or someone
# else's illness: the reply says it is sorry to hear it.
# ("my mum has been in hospital" is someone else's illness: "been" after another subject's
# auxiliary is not the writer's, whose own is "i've been", "i have been"; a message that
# opens with "had", "was", "been" has the writer as its unsaid subject: "had flu since ...")
_UNWELL = re.compile(r"(?:^(?:had|was|been|off)|\b(?:i|i'm|im|i've|ive|me|"
                     r"(?<!has )(?<!had )(?<!have )(?<!is )(?<!was )"
                     r"(?<!were )been|got|caught|with))(?: \S+){0,3}? "
                     r"(?:ill(?!-)|sick(?! of)|unwell|poorly|flu|covid(?:-19)?|fever|"
                     r"in hospital|hospitali[sz]ed|tested positive|surgery|injured|"
                     r"food poisoning|(?:\w+ )?infection|tonsillitis|bronchitis|pneumonia|"
                     r"appendicitis|glandular fever|migraines?|a (?:bad |nasty |horrible )?"
                     r"(?:cold|virus|stomach bug))\b")


# A decision about one's place on the course that a person takes, asked for oneself:
# leaving or joining the module, changing group, stream or module ("can i still drop this
# module", "could i switch to the other tutorial group", "is it too late to add this course").
# No page states it; the staff (or the department) decide, asked privately.
_PLACE = (r"(?:modules?|courses?|class(?:es)?|groups?|streams?|sections?|cohorts?|programmes?|"
          r"programs?|degrees?|slots?)")
_ADMIN_CHANGE = re.compile(
    r"\b(?:drop(?:ping)?|withdraw(?:ing)?|leav(?:e|ing)|quit(?:ting)?|de-?register(?:ing)?|"
    r"unenrol\w*|un-enrol\w*|pull(?:ing)? out)(?: (?:out )?(?:of|from))? (?:this|the|my|that|"
    rf"a) (?:[\w-]+ )?{_PLACE}\b"
    r"|\b(?:switch|change|move|swap|transfer)(?:ing)?(?: me)?(?: (?:over|across))? (?:to|into|"
    rf"from|between) (?:(?:the|a|an|another|other|my|this|that|different|\w+'s) )*(?:[\w-]+ )?"
    rf"{_PLACE}\b"
    rf"|\b(?:switch|change|swap)(?:ing)? (?:my |the |our )?(?:[\w-]+ )?{_PLACE}\b"
    # one's enrolment as an auditor ("can i switch to auditing", "audit it instead")
    r"|\b(?:switch|change|move|transfer)\w* to audit\w*|\baudit\w* (?:\w+ )?instead\b"
    r"|\b(?:add|join|take|register (?:for|on)|enrol(?:l)? (?:in|on|onto)|sign up for) "
    rf"(?:this|the) {_PLACE}\b[^.?!]{{0,20}}\b(?:late|now|still|this late)\b"
    # registering late asked before the verb ("too late to enrol on it?", "can i still sign up
    # for <code>"): the course named by its code counts as the module
    r"|\btoo late (?:for me |for us )?to (?:add|join|take|register|enrol+|sign up|get on)\b"
    # (registering names one's place whatever follows; joining or taking needs the module)
    r"|\bstill (?:register|enrol+|sign up)\b"
    rf"|\bstill (?:add|join|take|get on) (?:(?:this|the|that) {_PLACE}|\d{{3,}})\b"
    # ("will they still take it": a late hand-in is taken, not a place on the course)
    r"|\bstill (?:add|join|get on) it\b")
_ASKED_FOR_ONESELF = re.compile(
    r"\b(?:can|could|may|should|do|am|would|will) (?:i|we)\b|\bis it (?:possible|ok|okay|"
    r"allowed|too late)\b|\b(?:i|we) (?:want|wanna|need|would like|'d like|am thinking|'m "
    r"thinking|was thinking|was wondering|am trying)\b|\bhow (?:do|can|would) (?:i|we)\b|"
    r"\b(?:can|could) (?:you|u|someone)\b|\b(?:please|pls)\b|\bam i (?:able|allowed)\b|"
    r"\bstill\b|\btoo late for (?:me|us)\b")


# (read by the policy of each part and by the rules of the message: kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def asks_admin(text: str) -> bool:
    """Whether the message asks, for the writer, a decision about their place on the course
    (leaving or joining the module, changing group or module, coming to its sessions from
    outside it) that the staff take: asked in one sentence, not told as done ("added late
    after switching modules. can i still do task 1?" asks of the task)."""
    t = normalise_lines(text)
    return any(_ADMIN_CHANGE.search(c) and _ASKED_FOR_ONESELF.search(c)
               and not _DONE_CHANGE.search(c)
               for c in _SENTENCE_END.split(t)) or asks_to_sit_in(t)


def needs_a_person(text: str) -> bool:
    """Whether the message asks what only a person can do or decide: an action on the course
    asked of the bot, an exemption or waiver, or help with a mishap in the middle of an
    assessment or just before a hand-in."""
    t = normalise_lines(text)
    return asks_action(t) or asks_exemption(t) or urgent_mishap(t)


# Leave asked to come to the course's sessions without a place on it ("would anyone mind if
# I audited", "is it ok for me to sit in on the lectures", "I'm from another faculty, may I
# attend the tutorials"): the page grants no one a place; the staff decide. The asking frame
# comes a few words before the verb, so being an auditor told beside another question ("I'm
# auditing from physics, can you explain ...") is not asked leave.
_MAY_I = (r"(?:\b(?:can|could|may|might) (?:i|we)|\b(?:would|will|is) it be (?:ok|okay|"
          r"alright|all right|fine|possible|a problem)|\bis it (?:ok|okay|alright|fine|possible|"
          r"allowed)|\b(?:mind|matter) if (?:i|we)|\b(?:am i|are we|would i be|is one) "
          r"(?:allowed|permitted|welcome)|\bpermission|\bany chance (?:i|we|of me)"
          r"(?: (?:could|can|might|may))?|\b(?:can|could|would) (?:you|u|someone|anyone))\b"
          r"(?: [\w']+){0,4}? ")
# Verbs of coming to sessions as a guest: asked leave on their own.
_AS_GUEST = r"(?:sit(?:ting)? in|sat in|audit(?:ing|ed)?|observe|drop in on|tag along)\b"
# Verbs of coming that a student of the course uses too ("can i join the tutorial on teams"):
# asked leave only when the writer says they are from outside it ("am i allowed to join the
# q&a late" is a rule of the course, asked by one of its students).
# Being let in is asked the same way ("can you add me to <the submission system>", "can i
# get access to the lectures"): asked by someone from outside, the staff's to give.
_COME_TO = (r"(?:attend(?:ing|ed)?|join(?:ing|ed)?|come (?:along )?to|take part in|"
            r"watch(?:ing|ed)?|listen(?:ed)? (?:in|to)|come along|"
            # (a short visit: "pop into the panel", "swing by the q&a")
            r"(?:pop|drop|stop|swing|come|look) (?:in|into|by|along)|"
            r"(?:add|enrol+|register) (?:me|us)\b|let (?:me|us) (?:in|join)|"
            r"(?:get|have|be given) access)\b")
_GUEST_ASKED = re.compile(_MAY_I + _AS_GUEST)
_COMING_ASKED = re.compile(_MAY_I + _COME_TO)
_FROM_OUTSIDE = re.compile(
    r"\b(?:another|other|different|a different) (?:department|dept|faculty|school|"
    r"university|uni|college|institution|programme|program|course|module)\b"
    r"|\b(?:not|never) (?:registered|enrol+ed|taking|signed up|on (?:the|this) (?:course|"
    r"module|class))\b|\b(?:isn'?t|aren'?t|not) (?:my|our) (?:course|module|department)\b"
    r"|\b(?:from|in|at|work in|work at) (?:the |a |an )?(?:[\w-]+ ){0,2}(?:department|dept|"
    r"faculty)\b"
    r"|\b(?:alumn(?:us|a|i|ae)|alums?|graduated|external|visitor|outsider|from outside|postdoc|"
    r"researcher|phd|dphil)\b"
    # no longer (or never) a student of it ("finished my degree here last year")
    r"|\b(?:finished|completed) (?:my|the|our) (?:degree|studies|masters|msc|bsc|phd|"
    r"programme|program)\b|\b(?:former|ex-?) ?students?\b|\bno longer (?:a )?student\b"
    r"|\bnot (?:a )?(?:student|enrol+ed)(?: here| at \w+)?\b|\bvisiting (?:student|"
    r"researcher|scholar|academic|fellow)\b"
    # the course as someone else's ("heard it's on your module"), or the writer's studies
    # told as elsewhere ("msc student at <a university> here")
    r"|\byour (?:course|module|class|programme|program|lectures?|sessions?)\b"
    # studying elsewhere told in the first person ("i study at <a university>")
    # (at an institution; "i study in the evenings / in my room" tells when and where only)
    r"|\bi (?:study|am studying|'m studying|m studying) (?:at|in) (?!(?:home|night|work|the|"
    r"my|a|an|weekends|this|bed|evenings?|mornings?|afternoons?|nights?)\b)"
    r"\w+"
    r"|\b(?:student|masters?|msc|mres|mphil|undergrad\w*|postgrad\w*|grad) (?:student )?"
    r"(?:at|from) (?!(?:home|work|the moment|night|all|least|the same|this (?:course|module))\b)"
    r"\w+")


def asks_to_sit_in(text: str) -> bool:
    """Whether the writer asks leave to come to the course's sessions as a guest (audit, sit
    in), or to attend them when they say they are from outside the course; a student asking
    how to join a session is not asking leave."""
    t = normalise_lines(text)
    if _GUEST_ASKED.search(t):
        return True
    return bool((m := _COMING_ASKED.search(t)) and _FROM_OUTSIDE.search(t)
                and not _A_RESOURCE.match(t, m.end()))


# Access to a thing to work with rather than to the course ("could i get access to a gpu
# machine from the department"): a resource the page may advise on, not a place on the course.
_A_RESOURCE = re.compile(
    r" ?(?:to |on |onto )?(?:an? |the |some |any |their |its |a shared )?(?:[\w-]+ )?"
    r"(?:gpus?|machines?|servers?|clusters?|compute|computers?|workstations?|hardware|"
    r"vms?|virtual machines?|cloud credits?|credits|storage|licen[cs]es?|software)\b")


# A change told as made ("after switching modules", "since i changed group").
_DONE_CHANGE = re.compile(r"\b(?:after|since|when|because|cos|as) (?:i |we )?(?:\w+ )?"
                          r"(?:switch|chang|mov|swapp|transferr|dropp|withdr|left|join)\w*")


# An arrangement that makes the course accessible to someone, asked for or set up (materials
# in advance or another format, captions, a support plan, a reasonable adjustment), by a
# writer who tells what they live with: theirs to arrange with the staff, privately.
_ARRANGEMENT = re.compile(
    r"\b(?:in advance|ahead of time|before (?:the|each|every) (?:lecture|session|class|"
    r"tutorial)s?|(?:a )?(?:few )?days? (?:before|early|earlier)|early access|"
    r"(?:another|different|other|accessible|alternative) formats?|large print|captions?|"
    r"captioned|subtitles?|transcripts?|support plans?|(?:reasonable )?adjustments?|"
    r"accommodations?|extra time|more time|(?:a |my )?(?:disability|dsa|inclusion|"
    r"learning support|access) (?:plan|advisor|adviser|service|team|officer|letter|report)s?|"
    r"who (?:do|should|can) i (?:send|give|tell|show|talk|speak|contact|email))\b")


def asks_adjustment(text: str) -> bool:
    """Whether a writer who tells a disability (or a need of access) asks for an
    arrangement for it, or where to take it."""
    t = normalise(text)
    return bool(rule_cues(text)["disability"] and (_ARRANGEMENT.search(t) or _ADJUSTMENT.search(t)))


# Written for someone else who is ill, in hospital or away for an emergency ("i'm writing
# for my friend who is in hospital", "my flatmate has been hospitalised, she can't submit"):
# heard as that, their matter for the staff.
# ("asking for a friend" is the writer's own, said in jest: no one else is written for)
_SOMEONE_UNWELL = re.compile(
    r"\b(?:writing|messaging|emailing|asking) (?:for|on behalf of) (?:my|our) \w+\b|\bon "
    r"(?:his|her|their) behalf\b"
    r"|\b(?:my|a|our) (?:friend|flatmate|housemate|classmate|coursemate|roommate|mate|partner)"
    r"(?: \w+){0,3}? (?:is|has been|'s been|was|got|went|ended up) (?:\w+ )?(?:in hospital|"
    r"hospitali[sz]ed|ill|sick|unwell|in intensive care|in icu|in a&e|in an accident)\b")
_ILL_OR_EMERGENCY = re.compile(r"\b(?:hospital\w*|ill|sick|unwell|icu|intensive care|a&e|"
                               r"accident|emergency|surgery|operation)\b")


_STAFF_MEMBER = re.compile(r"\b(?:tutors?|tas?|lecturers?|demonstrators?|markers?|teachers?|"
                           r"professors?|profs?|instructors?|staff)\b")


_SYMPTOM_SAID = re.compile(rf"\b{_SYMPTOM}\b")
_LEGAL_SAID = re.compile(rf"\b(?:{_LEGAL}|court)\b")


def matter(text: str) -> frozenset[str]:
    """What kind of personal matter a message names, for the reply to fit it: "distress"
    (the writer's mental health, a loss, a crisis) and/or "staff" (something only the course
    staff can decide or see: an extension, a submission, one's record) and/or "unwell" (the
    writer is or was ill) and/or "too_big" (an upload turned away for its size, of which the
    page gives no limit) and/or "symptom" (a symptom told: medical help is elsewhere) and/or
    "legal" (the law's help asked) and/or "course" (the course's work or a provision named
    besides) and/or "grief" (distress that is a loss told, not a crisis of the mind) and/or
    "admin" (a decision about one's place on the course asked: leaving, changing group) and/or
    "adjustment" (an arrangement for a disability or a need of access asked) and/or
    "for_someone" (written for someone else who is ill or in hospital) and/or "integrity" (a
    worry of the writer's about the rules on their own work) and/or "conduct" (how a member of
    staff treated the writer) and/or "peers" (trouble with other students over the work)
    and/or "action" (the bot asked to act on the course: sign up, enrol, move someone) and/or
    "exemption" (an exemption or waiver asked) and/or "urgent" (a mishap in the middle of an
    assessment or just before a hand-in).
    Empty: unnamed."""
    cues = rule_cues(text)
    kinds = set()
    if (cues["first_person"] and any(cues[c] for c in _DISTRESS_CUES)) \
            or _CRISIS.search(normalise(text)) or _telegraphic_distress(text):
        kinds.add("distress")
    if any(cues[c] for c in _STAFF_DECIDE_CUES):
        kinds.add("staff")
    if cues["submission"] and (_HAND_IN.search(normalise(text))
                               or _HANDED_THING.search(normalise(text))) \
            and not _MARKING.search(normalise(text)):
        # (a hand-in named: "never got an invite" is no hand-in; "never got feedback on cw2"
        # is its marking, not its hand-in)
        kinds.add("submission")
    if _UNWELL.search(normalise(text)):
        kinds.add("unwell")
    if re.search(_TOO_BIG, normalise(text)):
        kinds.add("too_big")
    t = normalise(text)
    if _SYMPTOM_SAID.search(t):
        kinds.add("symptom")
    if _LEGAL_SAID.search(t):
        kinds.add("legal")
    if any(cues[c] for c in ("provision", "submission", "marks")) or _HAND_IN.search(t):
        kinds.add("course")
    if _LOST_WORK.search(t):
        kinds.add("lost_work")
    if hardship_beside_hand_in(text):
        kinds |= {"hardship", "staff", "course"}
    if system_down_beside_hand_in(text):
        kinds |= {"submission", "staff", "course"}
    if asks_admin(text):
        kinds |= {"admin", "staff"}
    # (what only a person can do or decide, asked of the bot: an action on the course, an
    # exemption, a mishap in the middle of an assessment)
    if asks_action(t):
        kinds |= {"action", "staff"}
    if asks_exemption(t):
        kinds |= {"exemption", "staff", "course"}
    if urgent_mishap(t):
        kinds |= {"urgent", "staff", "course"}
    if _SOMEONE_UNWELL.search(t) and _ILL_OR_EMERGENCY.search(t) and not _UNWELL.search(t):
        kinds |= {"for_someone", "staff"}
    if cues["integrity"] and cues["first_person"]:
        kinds.add("integrity")  # (a worry about one's own work and the rules on it)
    if cues["people"] and _STAFF_MEMBER.search(t):
        kinds.add("conduct")  # (how a member of staff treated the writer)
    elif re.search(_PEER_TROUBLE, t):
        kinds.add("peers")  # (trouble with other students over the work)
    if asks_adjustment(text):
        kinds |= {"adjustment", "staff"}
    if in_crisis(text):
        kinds |= {"distress", "crisis"}
    if "distress" in kinds and (cues["loss"] or _GRIEF.search(t)) and not (
            cues["mind"] or _CRISIS.search(_GRIEF.sub(" ", t))):
        # a loss told, with no word of the writer's own mind in crisis: condolences, not
        # the crisis line
        kinds.add("grief")
    return frozenset(kinds)


# What one lives with that bears on how one can take the course (a disability, a job or a
# placement, caring for someone): its questions of the course's form are answered, with the
# offer of a TA for an adjustment.
_SITUATION_CUES = ("disability", "money", "family")


def situation(text: str) -> bool:
    """Whether the message tells what one lives with (a disability, a job, caring for
    someone) and no illness, loss or crisis: what bears on how one can take the course."""
    cues = rule_cues(text)
    return (any(cues[c] for c in _SITUATION_CUES)
            and not any(cues[c] for c in ("unmistakable", "health", "loss", "mind"))
            and not matter(text) & {"distress", "unwell"})


# What one lives with that makes a session's time, a deadline or the materials hard, told
# beside a question the course answers ("i keep shabbat ... when is it due?", "i look after
# my mum in the mornings, when are the q&as?", "i'm partially sighted, are the notes
# separate from the videos?", "i have a hospital appointment every tuesday for my
# condition"): a disability, caring for someone, a religious observance, a long-term
# condition. Not a cue of the classifier's (its words are no request of their own).
_OBSERVANCE = re.compile(
    r"\b(?:shabbat|shabbos|sabbath|ramadan|fasting|iftar|suhoor|sehri|eid|jumu'?ah|jummah|"
    r"friday prayers?|(?:my |daily |evening |morning )prayers?|pray(?:ing)?|diwali|passover|"
    r"yom kippur|rosh hashanah|religio\w*|observan\w*|church|mosque|synagogue|"
    r"temple|gurdwara|observe (?:the )?(?:shabbat|sabbath|ramadan|lent))\b")
_CARING = re.compile(
    r"\b(?:carer|caring for|care for (?:my|our)|look(?:ing)? after (?:my|our|a|an)|childcare|"
    r"single parent|school (?:run|pick ?ups?|drop ?offs?))\b")
_CONDITION = re.compile(
    r"\b(?:chronic \w+|long[- ]term (?:condition|illness|health)|my condition|"
    r"(?:chronic|ongoing) (?:pain|illness|condition|fatigue)|"
    r"(?:hospital|medical|doctor'?s?|gp|physio\w*|therapy|dialysis|treatment|clinic) "
    r"(?:appointments?|sessions?) (?:every|each)|(?:every|each) (?:\w+ ){0,2}"
    r"(?:appointment|treatment|dialysis))\b")


def lives_with(text: str) -> bool:
    """Whether a message in the first person tells what one lives with that may need an
    arrangement (a disability, caring, a religious observance, a long-term condition), and
    no loss, crisis or request for a provision of its own."""
    cues = rule_cues(text)
    t = normalise(text)
    if not cues["first_person"] or any(cues[c] for c in ("unmistakable", "loss", "mind")):
        return False
    if matter(text) & {"distress"}:
        return False
    return bool(cues["disability"] or _OBSERVANCE.search(t) or _CARING.search(t)
                or _CONDITION.search(t))

# A session's time that is hard for the writer ("the q&a is at 2am for me", "clashes with my
# job every week", "i'm at work then"), told beside a request for another way to take part
# ("is there any other arrangement", "can i do something else", "an alternative"): the
# staff's to arrange, privately; what the page says of the session is answered too.
_AWAY = (r"\b(?:people|students|those of us|those|us|anyone|everyone|someone)(?: who (?:are|live))?"
         r" (?:in|from|based in|living in|over in) (?!(?:the|this|my|our|your|a|an|other|another|"
         r"that|each|every|same|person|class|group|team|it|time)\b)[a-z]+\b")
_HARD_TIME = re.compile(
    r"\b(?:\d{1,2}(?::\d\d)? ?(?:am|a\.m\.)|midnight|middle of the night|(?:too )?(?:early|"
    r"late) for me|clash(?:es|ed|ing)?|conflicts? with|overlaps? with|(?:my|a) (?:job|shifts?|"
    r"work)|i work|at work|working (?:then|at that time)|time ?zones?|my time|"
    r"can'?t (?:keep|make (?:it|them|those|these)|attend|be there)|"
    # an hour no one keeps ("unsociable", "i'd be asleep", "night here")
    r"unsociable|ungodly|antisocial|(?:i'?d|i would|i'?ll|i will) be (?:asleep|sleeping)|"
    r"(?:at )?night (?:for me|here|where i (?:am|live))|"
    r"(?:(?:too |very |really |super )?(?:early|late)) (?:here|where i (?:am|live)))\b"
    # those far from the course's zone ("another slot for people in asia"): the hour is where
    # they are
    rf"|{_AWAY}")
_OTHER_WAY = re.compile(
    r"\b(?:(?:other|different|alternative|another|second|extra|later|earlier|repeat)(?: \w+)? "
    r"(?:arrangements?|options?|ways?|times?|slots?|sessions?|groups?|days?|runs?)|"
    r"alternatives?|something else|anything else|(?:an |any |some )?arrangements?|instead|"
    # the session itself moved or run again ("can the q&a be moved", "could it be repeated")
    r"(?:be |get |been )(?:moved|rescheduled|shifted|repeated|re-?run)|(?:move|reschedule|"
    r"repeat|rerun|re-?run) (?:it|them|that|this|the \w+)|"
    # anything at all asked to be done about it ("can anything be done")
    r"(?:can|could) (?:anything|something) be done|any ?way (?:round|around) (?:it|this|that))"
    r"\b")


def asks_other_arrangement(text: str) -> bool:
    """Whether the message tells that a session's time is hard for the writer and asks for
    another way to take part (no crisis: someone who may be in danger is heard first)."""
    t = normalise(text)
    return (bool(_HARD_TIME.search(t)) and bool(_OTHER_WAY.search(t))
            and (rule_cues(text)["first_person"] or bool(_FAR_AWAY.search(t)))
            and not in_crisis(text))


# The hour said of a place rather than of the writer ("it's the middle of the night in
# sydney"), or the people of a place: the writer's zone, told without "I".
_FAR_AWAY = re.compile(rf"{_AWAY}|\b(?:middle of the night|\d{{1,2}}(?::\d\d)? ?am|night)"
                       r" (?:in|over in|for) [a-z]+\b"
                       r"|\b(?:middle of the night|\d{1,2}(?::\d\d)? ?am|night)\b[^.?!]{0,15}"
                       r"\b(?:over )?here\b")


def without_arrangement(text: str) -> str:
    """The message with what makes the time hard and the request for another arrangement
    taken out: what is left asks of the session ("the tutorial clashes with my job" asks no
    clash of the page's sessions)."""
    return " ".join(_OTHER_WAY.sub(" ", _HARD_TIME.sub(" ", normalise(text))).split())


_GRIEF = re.compile(r"\b(?:passed away|bereave\w*|funerals?|miscarriage|stillbirth)\b")


# Pointing back at what the message told ("can you tell them about it"): not a question of
# its own.
_ABOUT_THE_MATTER = re.compile(r"\b(?:it|them|him|her)\b|\babout (?:this|that)\b")


# How a personal matter's frame is decided when the message also asks the course a plain
# question answered beside it (`course_request`): the reply hears the matter and offers a TA
# only for what only the staff decide.
WITH_QUESTION = "rule:personal+question"
# How the frame of a message from someone who may be in danger is decided (`in_crisis`).
CRISIS = "rule:crisis"
# How the part of such a message is decided that asks how the course is given, against what
# one lives with ("can i still follow everything?"): answered with how it is given.
SITUATION = "rule:situation"
# A session asked of beside a request for another arrangement of it (`asks_other_arrangement`).
ARRANGED = "rule:arrangement"
# Circumstances a plain course question may be asked beside: a loss, an illness (the
# writer's, or a relative's: a family cue), caring for someone, how one is. (A health word
# alone is not one: "i work nights at a hospital" is a job, the timetable's to weigh.)
_CIRCUMSTANCES = frozenset({"unmistakable", "loss", "mind", "family"})


# A question about something of the writer's own or what becomes of it ("what happens with
# my exam", "what should i do", "what now"): the circumstance's, for the staff.
# (A clause that opens with "can't" tells what one cannot do: "can't always attend".)
# Asking for word to be passed to the staff on one's behalf ("can someone tell the
# lecturers", "please let my tutor know"): a request of one's own, for a person to take up.
_PASS_ON = re.compile(
    r"\b(?:tell|inform|notify|warn|email|e-mail|message|let)\b[^.?!]{0,20}\b(?:lecturers?|"
    r"staff|tas?|tutors?|teachers?|professors?|module leaders?|course leaders?)\b"
    r"|\bpass (?:this|it|that|a message) (?:on )?to\b")
# Asking whom to go to with the matter ("who should she contact", "who do i tell"): the
# matter passed on, a person's to take up, not a question of the page's staff.
_WHOM_TO_TELL = re.compile(
    r"\bwho (?:should|do|can|would|could|shall|must) (?:i|she|he|they|we|you|my \w+) (?:contact|"
    r"ask|tell|talk to|speak to|email|e-mail|go to|message|inform|write to|let know)\b")


def asks_whom_to_tell(text: str) -> bool:
    """Whether the text asks whom to go to with a matter ("who do i tell")."""
    return bool(_WHOM_TO_TELL.search(normalise(text)))


_OF_ONES_OWN = re.compile(r"\bmy\b|\bwhat (?:happens|will happen|now)\b"
                          r"|\bwhat (?:(?:do|should|can) i |to )do\b"
                          r"|^(?:can'?t|cannot|can only|couldn'?t)\b")


_TELLS_WHAT_ONE_CAN = re.compile(r"^(?:can only|can'?t|cannot|couldn'?t|could only)\b[^?]*$"
                                 # the rest of a statement after "and" ("i'm dyslexic and
                                 # will probably need extra time."): no subject, no question
                                 r"|^(?:will|would|might|may|could)(?: (?:probably|likely|"
                                 r"definitely|also|still|really|surely))* (?:need|have|want|"
                                 r"require|struggle|find|miss)\b[^?]*$")


_MY_TIME = re.compile(r"\b(?:in |at )?my (?:local )?(?:time ?zone|time|zone)\b")
_WANTS_TO_KNOW = re.compile(
    r"\b(?:want(?:ed)?|need(?:ed)?|would like|'d like|trying) to (?:know|find out|check)\s+"
    r"(?P<q>(?:what|when|where|which|who|whether|if|how)\b.*?)"
    r"(?:\s+so (?:that )?(?:i|we)\b.*)?$")


def course_request(text: str) -> str | None:
    """The question a message telling a circumstance also asks of the course ("my grandad
    passed away ... could you just remind me what's left to hand in?", "had covid for two
    weeks, what's still due?"): every clause that asks, none of them naming a circumstance,
    pointing back at it or asking something for the writer (an extension, "can I ...").
    None when nothing, or anything personal, is asked, and for a matter the staff see to
    (marks, a submission, one's records: the question is often about it)."""
    kinds = matter(text)
    if "crisis" in kinds:
        return None  # someone who may be in danger is answered as a person only
    circumstance = "distress" in kinds or "unwell" in kinds or (
        rule_verdict(text) in _CIRCUMSTANCES or rule_cues(text)["family"]) or (
        situation(text) and _HOW_GIVEN_ASKED.search(normalise(text)))
    # (what one lives with told, a question beside it: "i have chronic fatigue, when are the
    # live sessions?"; the arrangement itself asked of, "will they apply", stays a person's)
    arrangement = situation(text) and rule_cues(text)["provision"] or lives_with(text)
    if not circumstance and not arrangement:
        # (what one lives with, a job or a disability, is a circumstance beside a question
        # of how the course is given, or beside an arrangement it may need ("i'm dyslexic
        # and may need extra time, when are the deadlines?": the TA is offered for it, the
        # dates answered); beside any other question it is that question's context)
        return None
    lines = normalise_lines(text)
    clauses = [c.strip() for c in _CLAUSE_END.split(lines) if c and c.strip()]
    # ("can only do afternoons." tells what one can do; it asks nothing)
    asking = [c for c in clauses
              if _ASKING_SENTENCE.search(c) and not _TELLS_WHAT_ONE_CAN.search(c)]
    if not asking:
        # "... anyway i just want to know what the tutorial tomorrow is about so i can
        # prepare": the question told as what one wants to know, without a question mark
        asking = [m.group("q") for c in clauses if (m := _WANTS_TO_KNOW.search(c))]
    if not circumstance and any(_POINTS_BACK.search(c) or re.search(r"\bthey\b", c)
                                for c in asking):
        return None  # "... will they apply to the exam?": the arrangement itself, asked of
    # ("when is the week 4 tutorial, is it this week?": a later clause's "it" is the thing the
    # clause before asked about, not the matter; "in my time" is where one is, not one's own)
    if not asking or any(_strong(rule_cues(c)) or _asks_for_oneself(c)
                         or _OF_ONES_OWN.search(_MY_TIME.sub(" ", c))
                         or (i == 0 and _ABOUT_THE_MATTER.search(c)) or _CRISIS.search(c)
                         or _PASS_ON.search(c) or _WHOM_TO_TELL.search(c)
                         for i, c in enumerate(asking)):
        return None
    return " ".join(asking)


def cue_vector(text: str) -> np.ndarray:
    cues = rule_cues(text)
    return np.array([float(cues[name]) for name in CUE_NAMES], dtype=np.float32)


# --- the classifier -------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonalModel:
    weights: np.ndarray  # embedding dimensions, then one per cue (CUE_NAMES)
    bias: float
    threshold: float  # probability at or above which a message is personal
    embedding_sha256: str  # the embedding model it was trained on

    def probability(self, vector: np.ndarray, cues: np.ndarray) -> float:
        z = float(np.dot(self.weights, np.concatenate([vector, cues]))) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def load_model(path: Path = MODEL_PATH, expected_sha256: str | None = MODEL_SHA256
               ) -> PersonalModel:
    if not path.is_file():
        raise ModelError(f"no personal-matter model at {path} (python -m bot personal train)")
    digest = sha256_of(path)
    if expected_sha256 and digest != expected_sha256:
        raise ModelError(f"{path} does not match the expected sha256 {expected_sha256}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("cues") != CUE_NAMES:
            raise ModelError(f"{path} was trained with other rule cues: retrain it")
        return PersonalModel(np.asarray(data["weights"], dtype=np.float32),
                             float(data["bias"]), float(data["threshold"]),
                             str(data["embedding_sha256"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: not a personal-matter model: {exc}") from exc


@dataclass(frozen=True)
class Verdict:
    personal: bool
    probability: float
    rule: str | None  # the strong cue that decided, if one did


class PersonalDetector:
    """Rules, then the classifier. Without an embedder (or a model for another embedder)
    only the rules decide, which is logged once."""

    def __init__(self, embed: Embed | None, model: PersonalModel | None = None,
                 embedding_sha256: str | None = MINILM_SHA256):
        self._embed = embed
        self.model = model if model is not None else load_model()
        if embed is not None and embedding_sha256 and \
                embedding_sha256 != self.model.embedding_sha256:
            log.warning("the personal-matter model was trained on another embedding model: "
                        "only its rules are used")
            self._embed = None

    def verdict(self, text: str, vector: np.ndarray | None = None) -> Verdict:
        """`vector`: the text's embedding when the caller has it already."""
        rule = rule_verdict(text)
        if vector is None and self._embed is not None:
            rows = self._embed([text or " "])  # None: the model is not loaded (yet)
            vector = None if rows is None else np.asarray(rows[0], dtype=np.float32)
        if vector is None:
            return Verdict(rule is not None, RULE_PROBABILITY if rule else 0.0, rule)
        p = self.model.probability(vector, cue_vector(text))
        if rule is not None:
            return Verdict(True, max(p, RULE_PROBABILITY), rule)
        if (asks_a_rule(text) or asks_what_one_misses(text) or asks_if_still_open(text)
                or asks_if_handed_in_time(text) or asks_if_attendable(text)):
            return Verdict(False, min(p, self.model.threshold / 2), None)
        return Verdict(p >= self.model.threshold, p, None)

    def is_personal(self, text: str, vector: np.ndarray | None = None) -> bool:
        return self.verdict(text, vector).personal

    def probability(self, text: str, vector: np.ndarray | None = None) -> float:
        return self.verdict(text, vector).probability


_default: PersonalDetector | None = None
_default_lock = threading.Lock()


def default_detector() -> PersonalDetector:
    """A detector on the shipped embedding model, loaded on first use."""
    global _default
    with _default_lock:
        if _default is None:
            from bot.core.embedding import Embedder

            _default = PersonalDetector(Embedder().encode)
        return _default


def is_personal(text: str) -> bool:
    """True when the message is about the writer's own circumstances (biased for recall)."""
    return default_detector().is_personal(text)


def personal_probability(text: str) -> float:
    return default_detector().probability(text)
