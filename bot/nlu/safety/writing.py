"""Texts written for the writer (a cover letter, a message to send, a translation) or under
someone else's name: the bot writes nothing for anyone to send as their own or another's.
"""

from __future__ import annotations

import re

from bot.nlu.safety.dishonesty import writes_evidence
from bot.nlu.safety.words import _ASKED_OF_BOT, _PEOPLE, _RELATION, _REQUEST_START

# Asking the bot to write a document or a message for the writer ("can you draft my cover
# letter", "write me an email to the lecturer saying ..."): the bot writes nothing for anyone
# (an application is not the course's; a message to the staff is the writer's to send).
_WRITE_VERB = (r"(?:write|draft|compose|prepare|type up|put together|rewrite|redraft|proofread|"
               r"polish)")
_A_TEXT = (r"(?:cover ?letters?|motivation(?:al)? letters?|personal statements?|cvs?|"
           r"r[eé]sum[eé]s?|(?:job|internship|placement|phd|masters?) applications?|"
           r"reference letters?|recommendation letters?|letters?|e-?mails?(?! address)|"
           r"messages?(?! passing)|(?:notes?|texts?)(?= (?:to|saying|that))|"
           r"(?:an )?excuse)")
_WRITE_FOR_ME = re.compile(
    rf"(?:^|\b(?:can|could|would|will) (?:you|u)(?: please| pls| just)? |\b(?:please|pls|plz|"
    rf"help me|i need you to|i want you to) |[.!,;:]\s*){_WRITE_VERB}\b(?: (?:me|us))?"
    rf"(?: (?:an?|the|my|our|this|that|some|a short|a quick))?(?: [\w-]+){{0,2}}? {_A_TEXT}\b"
    # a text of one's own asked to be made better ("can you make my cv look good", "fix up my
    # cover letter"): written for the writer all the same
    rf"|(?:^|{_ASKED_OF_BOT}|\bhelp me |[.!,;:]\s*)"
    rf"(?:make|get|fix(?: up)?|improve|tidy(?: up)?|sort(?: out)?|edit|update)"
    rf"(?: up)? (?:my|our) (?:[\w-]+ )?"
    rf"(?:cover ?letters?|motivation(?:al)? letters?|"
    rf"personal statements?|cvs?|r[eé]sum[eé]s?|linkedin(?: profile)?)\b")

# Asked to write, say or post something (a text that would go out in the writer's name).
_PUBLISH = (r"(?:write|draft|compose|post|put up|put out|say|tell|announce|make|create|send|"
            r"share|spread|type up|come up with|generate)")
# Asked to translate a text: the verb (never a subject's noun, a term of the notes that
# names a shift of an image) with an object that is a text, or a target language that ends
# the request ("... into hindi please"); "translate the image two pixels right" asks nothing.
_A_SOURCE_TEXT = (r"(?:texts?|notes?|slides?|paragraphs?|sentences?|passages?|pages?|docs?|"
                  r"documents?|reports?|essays?|write-?ups?|e-?mails?|messages?|letters?|"
                  r"transcripts?|abstracts?|papers?|summary|summaries|lectures?|answers?|"
                  r"questions?|words?|phrases?|paragraph|chapters?|sections?|readings?)")
_TARGET_LANGUAGE = (r"(?:in ?to|to|in) (?!(?:a|an|the|this|that|its?|their|my|code|left|right|up|"
                    r"down|top|bottom|zero|origin)\b)[a-z]+"
                    r"(?= *(?:$|[.!?,;:]|please\b|pls\b|plz\b|for (?:me|us)\b|thanks?\b))")
_TRANSLATE = re.compile(
    rf"{_REQUEST_START}(?:just )?translate\b(?: (?:me|us))?(?:"
    rf" (?:this|that|these|those|the following|my|our|the|some|a|an)\b(?: [\w-]+){{0,3}}? "
    rf"{_A_SOURCE_TEXT}\b"
    rf"|(?: (?:this|that|it|these|those|them|(?:my|our|the|some) (?:[\w-]+ ){{0,2}}[\w-]+))?"
    rf" {_TARGET_LANGUAGE}"
    rf"| (?:this|that|it|these|those|them)(?: for (?:me|us))?(?: (?:please|pls|plz))?\s*[.!?]*$)"
    # "put my essay into mandarin", "turn this into french"
    rf"|{_REQUEST_START}(?:just )?(?:put|turn) (?:this|it|my [\w-]+) in ?to "
    rf"(?!(?:a|an|the|code)\b)[a-z]+(?= *(?:$|[.!?,;:]|please\b|pls\b|plz\b|for (?:me|us)\b))")

# Asking the bot to mock or insult someone ("roast the lecturer", "write a mean joke about the
# TA", "say something rude about my classmate", "something savage about the tutorial TAs"):
# declined politely, whoever is meant.
_SOMEONE = (rf"(?:(?:the|our|my|your|that|this|a) )?(?:{_PEOPLE}|{_RELATION}|students?|"
            r"him|her|them|someone|somebody|people|everyone|(?:dr|prof|professor|mr|mrs|ms)\.? "
            # a student unnamed ("the guy in my tutorial") or named by where they are from
            r"[a-z]+|guys?|girls?|person|lads?|blokes?|dudes?|boys?|wom[ae]n|m[ae]n|kids?|"
            r"[a-z]+ (?:in|from|on) (?:my|our) (?:[\w-]+ )?(?:tutorial|group|class|lab|team|"
            r"course|module|cohort|year|seminar|section))\b")

# ... or someone named by a first name alone ("humiliate <name> in the group chat"): any word
# but one's own things and the words that name no one, at the end of the clause or before
# where or why
_NAMED = (r"(?!(?:my|the|this|that|these|those|it|its|a|an|our|your|me|us|myself|his|her|"
          r"their|some|all|each|every|any|code|python|training|results?|model|notebook)\b)"
          r"[a-z]+(?:'s)?(?=\s*(?:$|[.!?,;:]|(?:in|on|for|so|because|and|until|till|publicly|"
          r"anonymously|online)\b))")

# Something written as if it came from someone else ("draft a forum post as if it's from the
# lecturer", "write an email in the name of <staff> saying ...", "a fake announcement from the
# TAs that the quiz is off"): it would go out under their name; the bot writes nothing in
# anyone's name. A letter from a doctor is forged evidence (`writes_evidence`, "dishonest");
# one's own message to someone ("write an email to my tutor") is the writer's (write_for_you).
_A_MESSAGE = (r"(?:posts?|messages?|msgs?|announcements?|notices?|e-?mails?|letters?|notes?|"
              r"texts?|dms?|tweets?|updates?|statements?|memos?|replies|reply|comments?|"
              r"something|one|it|this|that)")
_AS_FROM = (r"(?:as if (?:it'?s |it is |it was |it were |it came |it comes |they |he |she )?"
            r"(?:(?:written|sent|posted|coming) )?(?:from|by)|as though (?:it'?s |it was |it "
            r"came )?from|in the name of|under the name of|in (?:the )?(?:voice|style) of|"
            r"(?:signed|sign it|sign off) (?:by|as|from)|posing as|pretending to be|"
            rf"impersonating|as (?:the|our|my) (?:[\w-]+ )?{_PEOPLE}|from (?:the )?account of|"
            r"from [a-z]+'s account|on behalf of)")
_IN_THEIR_NAME = re.compile(
    rf"\b(?:write|writing|draft|drafting|compose|composing|post|posting|send|sending|make|"
    rf"making|create|creating|type|put (?:up|out)|publish|generate|come up with)\b"
    rf"(?: (?:me|us))?[^.?!]{{0,40}}?\b{_A_MESSAGE}\b[^.?!]{{0,30}}?\b{_AS_FROM}"
    rf" (?!(?:me|myself|us|my own)\b)")
_FAKE_NOTICE = re.compile(
    r"\b(?:fake|faked|bogus|phony|phoney|forged|made[- ]up|pretend)\b (?:[\w-]+ )?"
    r"(?:announcements?|posts?|notices?|messages?|e-?mails?|updates?|statements?|memos?)\b")


def writes_in_their_name(text: str) -> bool:
    """Whether the normalised `text` asks for a post, a message or an announcement written as
    if it came from someone else (the staff, a classmate), or for a fake announcement."""
    if writes_evidence(text):
        return False
    return bool(_IN_THEIR_NAME.search(text) or _FAKE_NOTICE.search(text))
