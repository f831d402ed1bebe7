"""Cheating and forgery: getting round the rules unnoticed, false evidence (a doctor's note,
a fake screenshot), hiding copying from a check, handing over one's credentials.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.words import _ASKED_OF_BOT, _REQUEST_START

# What the writer asks to be told that is not true, or to get round the course's rules
# unnoticed: cheating in assessed work, a made-up reason ("saying i was ill (i wasnt)"),
# hiding copied work from a plagiarism check.
_CHEAT = re.compile(
    r"\b(?:how (?:to|do i|can i|could i|would i|should i|do you)|tips?|tricks?|ways?|hacks?|"
    r"help me|teach me|best way|easiest way|any way)\b[^.?!]{0,25}\bcheat(?!\s?sheet)\w*"
    r"|\bcheat(?!\s?sheet)\w*\b[^.?!]{0,40}\bwithout (?:\w+ ){0,2}(?:caught|noticing|noticed|"
    r"knowing|detected|finding out|found out)\b"
    # getting into the systems that hold the marks ("hack into the portal and change my grade"; the
    # course's own platform names are data, not code: a grade or mark nearby is enough)
    r"|\b(?:hack\w*|break(?:ing)? into)\b[^.?!]{0,30}\b(?:system|grades?|marks?|server|"
    r"database|accounts?|portal)\b")

# Something kept from those who set the assessment ("use chatgpt in the exam without anyone
# noticing"): cheating, when the message is about assessed work.
_UNNOTICED = re.compile(r"\bwithout (?:anyone|anybody|them|the (?:staff|markers?|tas?|"
                        r"lecturers?|invigilators?|examiners?|proctors?)) (?:noticing|knowing|"
                        r"finding out|seeing|realising|realizing|catching)\b")
_UNTRUE = re.compile(
    r"\(\s*(?:i|it|that|they|he|she) (?:wasn'?t|wasnt|was not|didn'?t|didnt|did not|"
    r"haven'?t|havent|isn'?t|isnt)\b"
    r"|\b(?:(?:even )?though i (?:wasn'?t|wasnt|was not|didn'?t|didnt|did not)|"
    r"i (?:wasn'?t|wasnt|didn'?t|didnt) (?:actually|really)|fake|faked|made[- ]up|lie|lying|"
    r"pretend\w*)\b")

# Making up a document or evidence ("a fake doctor's note", "forge a medical certificate",
# "photoshop a screenshot of my submission"): the request is to deceive, whatever it is for.
# What proves a hand-in, a date or a reason.
_PROOF = (r"(?:screenshots?|screen ?shots?|screen ?caps?|receipts?|confirmations?|"
          r"confirmation (?:e-?mails?|pages?|messages?)|timestamps?|proof|evidence|"
          r"certificates?|transcripts?|submission (?:records?|logs?|histor(?:y|ies)))")
_FORGES = re.compile(
    r"\b(?:fake|faked|faking|forge|forged|forging|forgery|falsif\w*|fabricat\w*|counterfeit|"
    r"bogus|phony|phoney|doctored|photoshop\w*|made[- ]up)\b(?: (?:a|an|the|my|me|us|some|"
    r"up|of|me up))*? "
    r"(?:(?:doctor'?s?|dr'?s?|gp'?s?|medical|sick|hospital|dentist'?s?)(?: \w+)? (?:notes?|"
    r"letters?|certificates?|certs?|records?|evidence)|sick notes?|certificates?|certs?|"
    r"screenshots?|e-?mails?|proof|evidence|receipts?|documents?|documentation|"
    r"timestamps?|excuses?|signatures?|(?:notes?|letters?)(?= (?:from|by|saying|signed)))\b"
    # with what the proof is of between ("a fake <system> submission confirmation screenshot",
    # "a forged upload receipt")
    rf"|\b(?:fake|faked|forged|counterfeit|bogus|phony|phoney|doctored|photoshopped|"
    rf"fabricated|falsified)(?: (?!(?:in|on|of|from|at|with|my|our|your|the|a)\b)[\w'-]+){{1,3}}?"
    rf" {_PROOF}\b")

# Proof made to show something happened ("generate me a screenshot showing i handed in cw1 on
# time", "mock up a receipt that says my upload went through"): the bot has no record to show,
# so any proof it makes is forged; taking one's own screenshot is not asked of it.
_MAKES_PROOF = re.compile(
    r"\b(?:make (?:me|us)|create|generate|produce|mock up|photoshop|edit|alter|doctor|"
    r"fabricate|fake|forge)\b(?: (?:me|us))?(?: [\w'-]+){0,5}? "
    rf"{_PROOF}(?: [\w'-]+){{0,5}}? (?:showing|that shows|which shows|to show|saying|that says|"
    r"proving|to prove|so (?:it|that it) (?:shows|says|looks like)|as (?:if|though))"
    r"(?: that)? (?:i|we|my|it|the)\b")
_EVADES_CHECK = re.compile(
    r"\b(?:plagiarism|similarity|checker|check|turnitin|moss|markers?|tas?|staff|lecturers?)"
    r"\b[^.?!]{0,25}\b(?:doesn'?t|does not|don'?t|do not|won'?t|wont|will not|can'?t|cant|"
    r"cannot|wouldn'?t|never)\s+(?:catch|flag|detect|notice|spot|pick (?:it |this )?up|"
    r"find|see|tell)\b"
    r"|\bwithout (?:it |them |anyone )?(?:getting |being )?(?:caught|flagged|detected|noticed)\b"
    r"|\b(?:undetect\w*|avoid (?:the )?(?:plagiarism|similarity|detection)|get (?:it )?past "
    r"(?:the )?(?:plagiarism|similarity|checker|turnitin|moss))\b"
    r"|\blooks? different from (?:my|a|his|her|their|someone|somebody|the other)\b"
    # how the work will look once changed, as the aim ("so it doesn't look copied", "so it
    # reads like my own", "so no one can tell it's copied"): its copying hidden
    r"|\bso (?:that )?(?:it|they|this|that|the (?:\w+ )?(?:code|work|essay|report|answers?)|"
    r"nobody|no one|noone|no-one|the \w+ (?:can'?t|won'?t|cannot))(?: \w+)?? "
    r"(?:(?:doesn'?t|does not|don'?t|do not|won'?t|wont|will not|isn'?t|aren'?t|wouldn'?t|"
    r"never) (?:look|seem|read|appear)s?(?: \w+)?? (?:copied|plagiari[sz]ed|the same|identical|"
    r"similar|like (?:a copy|i copied|it was copied|his|hers|theirs))"
    r"|(?:looks?|seems?|reads?|appears?) (?:like )?(?:my own|mine|original|i wrote it)"
    r"|(?:can'?t |cannot |will not |won'?t )?(?:tell|see|notice|spot)s? (?:it'?s|it is|it was|"
    r"its|they'?re|they are|that it'?s) (?:copied|plagiari[sz]ed|not mine|not my own))\b")

# Someone's password or login handed over, or the bot asked to log in or submit as them: no
# one's credentials are the bot's to hold or use.
_CREDENTIALS = re.compile(
    r"\b(?:passwords?|passwd|passcodes?|pass(?:word)? (?:is|=)|login details|log-?in details|"
    r"credentials|my (?:[\w-]+ )?(?:login|log-?in|account)(?: details)?|username and pass\w*)\b"
    # a login and a secret given in shorthand ("user ab12 pw xyz", "id: k9, pass: hunter2")
    r"|\b(?:pw|pwd)\b(?: is| =| :|:)? ?\S"
    r"|\b(?:user(?: ?name)?|login|log-?in|id|uid)\b(?: is| =| :|:)? ?[\w.@-]+[^.?!]{0,20}?"
    r"\bpass\b(?: is| =| :|:)? ?\S")
_ACT_AS_ME = re.compile(
    r"\b(?:you|u)\b[^.?!]{0,20}\b(?:log ?in|login|sign ?in|submit|upload|hand (?:it |this )?in|"
    r"access|use)\b|\b(?:pass(?:word)?|login) (?:is|=|:)|\bhere(?:'s| is) my\b"
    # (told, not asked with "you": "submit my task 2 for me", "log in as me")
    r"|\b(?:submit|upload|hand ?in|handin|turn in|log ?in|sign ?in)\b[^.?!]{0,40}?\bfor me\b"
    r"|\b(?:log|sign)(?: ?in(?:to)?)? as me\b")

# Evidence in someone else's name asked to be written ("can you write me a doctor's note",
# "draft a letter from my GP saying i was ill", "make me a sick note, can you write one"):
# the bot is no doctor, so whatever it writes in their name is forged, asked of the bot or
# as a "how do i". Asking whether one is needed, or where a real one goes, asks no writing.
_ISSUER = (r"(?:doctor|dr|gp|hospital|nurse|dentist|clinic|surgery|consultant|therapist|"
           r"counsell?or|psychiatrist|psychologist|physio|pharmacist|medic)")
_EVIDENCE = (rf"(?:(?:{_ISSUER}'?s?|medical|sick(?:ness)?|illness|hospital|fit)"
             r"(?: \w+)? (?:notes?|letters?|certificates?|certs?|statements?|reports?|"
             r"records?|evidence|proof|e-?mails?)"
             r"|sick notes?|fit notes?|medical (?:evidence|proof)"
             rf"|(?:notes?|letters?|certificates?|e-?mails?|statements?)(?: \w+){{0,2}}? "
             rf"(?:from|by|signed by|in the name of|pretending to be|as if (?:it was |it's |"
             rf"its |it is )?from|as) (?:my|a|an|the|his|her) (?:\w+ )?{_ISSUER}s?)")
_MAKE_VERB = (r"(?:write|draft|compose|prepare|type up|put together|make|create|generate|"
              r"produce|forge|fake|mock up|knock up|whip up|come up with|do|sort)")
_WRITES_EVIDENCE = re.compile(
    rf"(?:{_REQUEST_START}|\bhow (?:do|can|could|would|should) i |\bhow to |"
    rf"\bi (?:want|need) (?:you|u) to |\bi'?d like (?:you|u) to )(?:just |quickly )?"
    rf"{_MAKE_VERB}\b(?: (?:me|us|up))?(?: (?:an?|the|my|some|one|a quick|a short|"
    rf"a fake))?(?: [\w'-]+){{0,2}}? {_EVIDENCE}\b")

# ... or named, then asked to be written ("i need a doctor's note, can you write one").
_WRITES_ONE = re.compile(rf"{_ASKED_OF_BOT}(?:just )?{_MAKE_VERB}(?: (?:me|us))? "
                         r"(?:one|it|that|this|something like that)\b")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def writes_evidence(text: str) -> bool:
    """Whether the normalised `text` asks for evidence (a doctor's note, a medical
    certificate, a letter from one's GP) to be written in someone else's name."""
    return bool(_WRITES_EVIDENCE.search(text)
                or (_WRITES_ONE.search(text) and re.search(rf"\b{_EVIDENCE}\b", text)))
