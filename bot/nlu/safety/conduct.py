"""Mockery, name-calling and hateful put-downs of people or groups, asked to be written or
sent: declined plainly.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.words import _ASKED_OF_BOT, _REQUEST_START
from bot.nlu.safety.writing import _NAMED, _PUBLISH, _SOMEONE

_MOCKERY = re.compile(
    rf"{_REQUEST_START}(?:just )?(?:roast|insult|mock|diss|ridicule|"
    r"belittle|humiliate|trash[- ]talk|make fun of|poke fun at|take the (?:piss|mickey) out of|"
    rf"laugh at)\b (?:[\w'-]+ ){{0,2}}?{_SOMEONE}"
    rf"|{_REQUEST_START}(?:just )?(?:roast|insult|ridicule|belittle|humiliate|bully|harass|"
    rf"trash[- ]talk|make fun of|poke fun at) {_NAMED}"
    rf"|{_REQUEST_START}(?:just )?(?:write|say|tell|make|give|come up "
    r"with|think of)(?: me| us)? (?:a |an |some |something |anything )?(?:really |very |super )?"
    r"(?:rude|mean|nasty|insulting|offensive|horrible|savage|cruel|harsh|brutal)(?: [\w-]+){0,3} "
    rf"(?:about|for|to) (?:(?:the|our|my|your|those|these) [\w-]+ )?{_SOMEONE}"
    rf"|(?:^|{_ASKED_OF_BOT}|[.!,;:]\s*)(?:write|tell|give|make)(?: me| us)? (?:an? |some )?"
    rf"(?:insults?|roasts?|diss(?: track)?) (?:about|for|of|aimed at) {_SOMEONE}")

# ... or a text to be written or posted that does it ("write a forum post roasting the tutor",
# "make a meme making fun of our TA"), or one about someone asked to be made mean ("a poem
# about the lecturer, make it savage"): the text is the put-down, wherever it would go.
_DEMEANING = (r"(?:roast(?:ing|s)?|mock(?:ing|s)?(?! (?:exams?|tests?|papers?|quiz\w*|"
              r"interviews?)\b)|insult(?:ing|s)?|diss(?:ing)?|ridicul(?:e|ing)|belittl(?:e|ing)|"
              r"humiliat(?:e|ing)|demean(?:ing)?|trash[- ]talk(?:ing)?|mak(?:e|ing) fun of|"
              r"pok(?:e|ing) fun at|slag(?:ging)? off|tear(?:ing)? apart|rip(?:ping)? on|"
              r"trashing|slating|slamming|bashing|"
              r"(?:tear|rip)(?:ping|ing)? into|"
              r"dunk(?:ing)? on|laugh(?:ing)? at)")
_MEAN = (r"(?:mean|meaner|nasty|nastier|savage|brutal|cruel|harsh|rude|insulting|offensive|"
         r"vicious|humiliating|spiteful)")
_MOCKING_TEXT = re.compile(
    rf"{_REQUEST_START}(?:just )?{_PUBLISH}\b[^.?!]{{0,50}}?\b{_DEMEANING} "
    rf"(?:(?:[\w'-]+ ){{0,2}}?{_SOMEONE}|{_NAMED})")
_ABOUT_SOMEONE = re.compile(
    rf"{_REQUEST_START}(?:just )?{_PUBLISH}\b[^.?!]{{0,50}}?\b(?:about|on|for|of|to|at) "
    rf"{_SOMEONE}")

# ... or one that calls them names ("write a post about the tutors, call them clowns", "a
# review saying the lecturer is a useless fraud"): the names are the insult, whatever the
# text is called. Saying so oneself ("the TAs are useless") is a complaint, not a request.
_INSULT = (r"(?:lazy|useless|idiots?|idiotic|stupid|incompetent|clowns?|morons?|moronic|dumb|"
           r"pathetic|losers?|hopeless|trash|garbage|rubbish|frauds?|jokes?|worthless|clueless|"
           r"imbeciles?|muppets?|donkeys?)")
_NAME_CALLING = re.compile(
    rf"{_REQUEST_START}(?:just )?{_PUBLISH}\b[^?!]{{0,80}}?\b(?:call(?:ing|s)?|label(?:ling)?|"
    r"say(?:ing)?(?: that)?|tell(?:ing)? (?:everyone|people|them)(?: that)?) "
    rf"(?:them|him|her|they|he|she|{_SOMEONE})(?:'re|'s| are| is| was| were)?"
    rf"(?: (?:a|an|all|so|just|total|complete|utter|such|really|bunch of|lot of|pack of))*"
    rf" {_INSULT}\b")
_MAKE_IT_MEAN = re.compile(
    rf"\bmake (?:it|this|that|the (?:post|message|joke|poem|song|roast)) (?:sound |look )?"
    rf"(?:kinda |kind of |a bit |a little |really |very |super |extra |properly |quite |"
    rf"so )?{_MEAN}\b")

# ... or a text to someone that says what wounds them ("a message to my lab partner telling
# him he's worthless", "text her that she should just drop out"): harassment, in any words of
# that kind; a judgement of the work ("the feedback was useless") wounds no one.
_WOUNDING = re.compile(
    r"\b(?:he|she|they|you|u)(?:'s|'re|s| is| are| r)? (?:so |such |a |an |just |totally |"
    r"completely |really |complete |total |absolute |utter )*(?:worthless|useless|pathetic|"
    r"stupid|dumb|thick|idiots?|failures?|losers?|ugly|fat|disgusting|nobody|not welcome|"
    r"jokes?|hopeless|waste of space)\b"
    r"|\b(?:should|ought to|needs? to|had better|better) (?:just )?(?:drop out|quit(?: the "
    r"(?:course|module|uni))?|leave (?:the )?(?:course|module|uni|university)|kill|die|"
    r"disappear|give up)\b"
    r"|\b(?:nobody|no one|no-one) (?:likes|wants|cares about) (?:him|her|them|you)\b"
    # ... or texts meant to drive them off ("messages to make <name> quit the course")
    r"|\bmake (?!(?:it|this|that|the|an?|my|our|your|python|training|code|script|program|"
    r"process|kernel|loop|job|run|sure)\b)(?:[\w'-]+ ){0,3}?(?:want to )?(?:quit|drop out|"
    r"leave (?:the )?(?:course|module|group|team|uni|university|chat)|give up|cry|"
    r"feel (?:stupid|worthless|small|useless|unwelcome))\b")
_SENDS_WORDS = re.compile(rf"{_REQUEST_START}(?:just )?(?:{_PUBLISH}|text|dm|message|msg|email|"
                          r"e-mail|whatsapp|ping)\b")

# ... or a mean text asked for ("write me something brutal to post", "a savage reply") and
# aimed at a person: to be sent to them, or to silence them ("so he shuts up"). A harsh
# review of one's own work aims at no one.
_MEAN_TEXT = re.compile(rf"{_REQUEST_START}(?:just )?{_PUBLISH}(?: me| us)?(?: [\w'-]+){{0,3}}? "
                        rf"(?:really |very |super |properly |truly )?{_MEAN}\b")
_AT_A_PERSON = re.compile(
    r"\bso (?:that )?(?:he|she|they|(?!(?:i|we|you|u|it|this|that)\b)[a-z]+) "
    r"(?:finally |will |would |'ll )?(?:shuts? up|stops?|leaves?|quits?|backs? off|cries|"
    r"gets the message|goes away|feels)\b"
    r"|\b(?:to|at|about) (?:him|her|them)\b|\bshut (?:him|her|them) up\b"
    rf"|\b(?:to|at|about|aimed at) {_SOMEONE}")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def mocks_someone(text: str) -> bool:
    """Whether the normalised `text` asks the bot to mock, insult or demean someone (staff or
    student), or to write or post something that does."""
    return bool(_MOCKERY.search(text) or _MOCKING_TEXT.search(text) or _NAME_CALLING.search(text)
                or (_ABOUT_SOMEONE.search(text) and _MAKE_IT_MEAN.search(text))
                or (_SENDS_WORDS.search(text) and _WOUNDING.search(text))
                or (_MEAN_TEXT.search(text) and _AT_A_PERSON.search(text)))


# Content that puts people down for who they are (their nationality, ethnicity, religion,
# gender, sexuality, disability or age), asked to be written, said or posted ("write something
# for the forum about how <group> students are ruining the curve"): declined plainly, never
# offered to be passed on. A request, a group of people named by who they are, and a
# put-down said of them, in that order (_PUBLISH: the request, above).
_WHO_THEY_ARE = (
    r"(?:international|foreign|overseas|immigrant|migrant|non-?native|eu|non-?eu|black|white|"
    r"brown|asian|african|arab|latin[oa]|hispanic|muslim|jewish|christian|hindu|sikh|buddhist|"
    r"catholic|atheist|religious|female|male|women|woman|men|girls?|boys?|gay|lesbian|bi|"
    r"trans|queer|lgbt\w*|disabled|dyslexic|autistic|deaf|blind|older|old|mature|younger|"
    r"poor|working[- ]class|[a-z]+(?:ese|ian|ish|ean|can|stani))")
_GROUP_OF = (rf"(?:(?:the|all|those|these|most|some|any) )?(?:{_WHO_THEY_ARE} )+"
             r"(?:students?|people|ppl|ones|guys|lot|kids|classmates|peers|folks?|staff|"
             r"lecturers?|tas?)\b"
             r"|\b(?:(?:the|all|those|these|most) )?(?:women|men|girls|boys|immigrants|migrants|"
             r"foreigners|muslims|jews|christians|hindus|sikhs|gays|blacks|whites|asians|"
             r"africans|arabs|internationals)\b")
_PUT_DOWN = (
    r"(?:are |is |r )?(?:ruin\w*|wreck\w*|destroy\w*|dragging (?:\w+ ){0,2}down|"
    r"bringing (?:\w+ ){0,2}down|drag(?:s)? (?:\w+ ){0,2}down|lower\w*|mess\w* up|"
    r"screw\w* up|tank\w*)"
    r"|(?:are|is|r) (?:the |to )?(?:reason|blame|problem|why)\b"
    r"|(?:shouldn'?t|should not|should never|don'?t|do not|can'?t|cannot|can not) (?:be|belong|"
    r"deserve|code|think|study|do|understand|get in)\b"
    r"|(?:are|is|r) (?:all |so |just |too )?(?:stupid|lazy|dumb|thick|idiots?|cheat\w*|useless|"
    r"worse|inferior|dirty|a problem|a plague|parasites?|taking over|not welcome)\b"
    r"|(?:all )?cheat\b|(?:should|must|need to) (?:go back|leave|be (?:kicked|banned|removed))")
_HATEFUL = re.compile(rf"\b{_PUBLISH}\b[^.?!]{{0,60}}?\b(?:{_GROUP_OF})[^.?!]{{0,30}}?\b"
                      rf"(?:{_PUT_DOWN})")


def hateful(text: str) -> bool:
    """Whether the normalised `text` asks for something putting down a group of people for
    who they are to be written, said or posted."""
    return bool(_HATEFUL.search(text))
