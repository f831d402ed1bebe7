"""Harm to a person: threats, and the course's methods turned on someone (a deepfake of
them, their face or voice cloned). Declined for what they are.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.words import _PEOPLE, _RELATION

# Using what the course teaches to harm a real person ("use the GAN stuff to make a deepfake
# of my ex", "clone my flatmate's voice to prank call her mum", "generate nudes of a girl in
# my class", "train a model so i can harass him"): declined, whatever the method. How the
# methods work or are misused ("how do deepfakes work", "are GANs used for deepfakes") names no
# one and stays the notes'.
_PERSON_NOUN = (rf"(?:ex|ex-?(?:girlfriend|boyfriend|partner|wife|husband)|gf|bf|wife|husband|"
                rf"crush|mum|mom|dad|mother|father|boss|coworkers?|co-workers?|{_RELATION}|"
                rf"{_PEOPLE}|girls?|guys?|boys?|women|woman|men|man|person|people|kids?|"
                r"students?|celebrit(?:y|ies)|neighbou?rs?)")
_A_PERSON = (r"(?:(?:my|his|her|their|our|a|an|some|this|that|the|one|these|those) "
             rf"(?:[\w-]+ )?{_PERSON_NOUN}\b|him|her|them|someone|somebody|anyone|anybody|"
             r"a real person|real people|people i know|[a-z]+ from (?:my |our )?(?:class|"
             r"course|work|school|uni))")
_FAKE_MEDIA = (r"(?:deep ?fak\w*|face ?swap\w*|fake (?:nudes?|porn|videos?|photos?|images?|"
               r"pics?|pictures?|voice(?: notes?)?|audio|recordings?|profiles?|accounts?)|"
               r"nudes?|naked (?:pics?|photos?|images?|pictures?|videos?)|undress\w*|"
               r"voice clon\w*|(?:clone|cloning|copy|copying|mimic\w*|imitat\w*|fake|faking) "
               r"(?:the |a )?voice)")
_FAKE_OF = re.compile(
    rf"\b{_FAKE_MEDIA}\b[^.?!]{{0,30}}?\b(?:of|with|for|on|from|using) {_A_PERSON}"
    rf"|\b{_FAKE_MEDIA} {_A_PERSON}"
    rf"|\b{_A_PERSON}'?s? (?:face|voice|photos?|pics?|pictures?|selfies?|images?)\b"
    rf"[^.?!]{{0,40}}\b{_FAKE_MEDIA}"
    rf"|\b{_FAKE_MEDIA}\b[^.?!]{{0,40}}\b{_A_PERSON}'?s? (?:face|voice|photos?|pics?|"
    r"pictures?|selfies?|images?)\b"
    rf"|\b(?:clone|cloning|copy|copying|mimic\w*|imitat\w*|fake|faking) {_A_PERSON}'?s? "
    r"voice\b")
_HARMS = re.compile(
    r"\b(?:to|so (?:i|we) can|and then|in order to) (?:harass|stalk|blackmail|dox|"
    r"humiliate|embarrass|get back at|take revenge on|threaten|bully|catfish|scam|"
    r"impersonate|intimidate)\b")
_MAKES = re.compile(
    r"\b(?:how (?:do|can|could|would|should) (?:i|we|you|u)|how to|help me|can (?:you|u)|"
    r"could (?:you|u)|i (?:want|wanna|need|plan|intend|am going|'?m going|'?m gonna)|"
    r"i'?d like|let'?s|so (?:i|we) can|teach me|show me|make|create|generate|produce|"
    r"render|build|train|use|using|put|swap|clone|send|post)\b")

# (asked whether it is wrong, illegal or detectable: the law or the method, not a request)
_ASKED_ABOUT = re.compile(r"\b(?:illegal|legal|a crime|against the law|wrong|ethical|"
                          r"unethical|detect\w*|spot|tell if|protect|report|victims?)\b")

# A threat or intimidation aimed at someone, to be sent or passed on ("tell <lecturer> he'll
# regret it if i get a bad mark, make it scary", "they'd better watch their backs", "help me
# write a threatening email to my tutor"): declined plainly, never offered to be passed on.
# (Someone who says they were threatened tells it as "me": not a threat of theirs.)
_THREAT = re.compile(
    r"\b(?:he|she|they|you|u|ya|hes|shes|theyre|youre|theyll|youll|the \w+)"
    r"(?:'ll| will| would|'d| is going to| are going to| gonna| going to|"
    r"(?:'re|'s| are| is) gonna)? (?:regret (?:it|this|that|the day|ever)|be sorry|"
    r"pay for (?:it|this|that))\b"
    r"|\b(?:better|should|to) watch (?:his|her|their|your|ur|yer) backs?\b"
    r"|\bi know where (?:he|she|they|you|u) (?:lives?|stays?|sleeps?)\b"
    r"|\bmake (?:it|this|that|the (?:message|email|note)|him|her|them) (?:sound |look |feel )?"
    r"(?:really |very |super |a bit |properly )?(?:scary|threatening|menacing|intimidating|"
    r"scared|afraid)\b"
    r"|\b(?:threatening|menacing|intimidating|scary) (?:message|email|e-mail|note|letter|dm|"
    r"text|reply|post|comment)s?\b"
    # ("write something threatening to send the marker")
    r"|\b(?:something|anything|stuff|words) (?:really |very |a bit |properly )?(?:threatening|"
    r"menacing|intimidating)\b"
    r"|\b(?:threaten|intimidate|scare|frighten)(?: him| her| them| (?:the|my|our) "
    r"(?:lecturer|ta|tas|tutor|marker|staff|professor|prof|teacher)s?)\b"
    r"|\bor else\s*[.!?]*$"
    # the writer's own menace ("i'll get him if my mark stays", "i'm gonna make them pay"):
    # "i'll get him to check it" is an errand, not a threat
    r"|\bi(?:'ll| will|ll|'m going to|m going to| am going to|'m gonna|m gonna| am gonna| gonna)"
    r" (?:make (?:him|her|them|you|u|the \w+) (?:pay|regret|sorry)\b|get (?:him|her|them|you|u)\b"
    r"(?! (?:to|a|an|the|some|my|more|on|in|back to|sorted)\b)|get (?:back at|even with)\b|"
    r"(?:hurt|come after|go after) (?:him|her|them|you|u|the \w+)\b)"
    # a condition set on a person with the writer's report or exposure as the price
    # ("tell him i'll report him unless he sends me his code", "say i'll tell the lecturer he
    # cheated if she doesn't share"): blackmail, whatever is wanted
    r"|\b(?:i|we)(?:'ll| will|ll|'m going to|m going to| am going to|'m gonna|m gonna| am gonna|"
    r" gonna|'d| would)(?: \w+)?? (?:report|tell on|tell|expose|grass on|dob (?:him|her|them) "
    r"in|snitch on|rat (?:him|her|them) out|shame|out|name)\b[^.?!]{0,60}?\b(?:unless (?:he|"
    r"she|they)\b|if (?:he|she|they) (?:doesn'?t|does not|don'?t|do not|won'?t|"
    r"wont|refuses?|will not|never)\b"
    # (said to "you", only with something to be handed over: "unless you think so" is advice)
    r"|(?:unless|if) (?:you|u)(?: (?:don'?t|do not|won'?t|wont|refuse to|never))? "
    r"(?:send|give|share|pay|hand|show|dm|email|forward|let me)\w*\b)"
    r"|\bblackmail\w*(?: message| email| note| text| dm)? (?:him|her|them|my|a|the|someone|"
    r"somebody|this|that|\w+ into)\b")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def threatens(text: str) -> bool:
    """Whether the normalised `text` carries or asks for a threat or intimidation of
    someone (a member of staff, a student)."""
    return bool(_THREAT.search(text))


def harms_a_person(text: str) -> bool:
    """Whether the normalised `text` asks to use the course's methods (or any) to fake, harass,
    impersonate or deceive a real person."""
    if _ASKED_ABOUT.search(text) and not re.search(r"\b(?:how (?:do|can) i|help me|i want)\b",
                                                   text):
        return False
    return bool(_MAKES.search(text) and (_FAKE_OF.search(text) or _HARMS.search(text)))
