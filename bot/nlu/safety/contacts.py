"""Private contact details of other people (a fellow student's or a named person's email or
number), asked to be handed over: not the bot's to give.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.staff_claims import _CLAIMS_STAFF
from bot.nlu.safety.words import _PEOPLE, _RELATION

# A fellow student's contact details asked for ("give me the phone number of another student",
# "send me my project partner's email"): private, whoever asks (the staff's course contacts
# are the page's to give, and are asked of a role or a name, not a student).
_CONTACT = (r"(?:e-?mails?(?: address(?:es)?)?|phone(?: numbers?)?|(?:mobile|cell)(?: numbers?)?|"
            r"contact (?:list|sheet)s?|"
            r"contact(?: details| info(?:rmation)?| numbers?)?|(?:home )?address(?:es)?|"
            r"whatsapp|insta(?:gram)?|snap(?:chat)?|socials|discord(?: handle)?)")
_FELLOW = (rf"(?:(?:another|other|a|the|one|some|fellow|that|this) students?|students'?|"
           rf"(?:my|our|a|the) (?:[\w-]+ )?{_RELATION}|{_RELATION}s?'?|someone|somebody|"
           r"(?:the|a|that|this) (?:guy|girl|person|people|lad|boy|woman|man) (?:in|from|who|that)"
           r"|(?:people|everyone|everybody|all (?:the )?students) (?:in|on|from|taking|doing) "
           r"(?:my|our|the|this) (?:class|group|team|year|cohort|module|course|programme)"
           # the people around the writer taken together ("everyone's emails", "who else is
           # in my group and their numbers", "the class list with phone numbers")
           r"|every(?:one|body)'?s?|who else (?:is|are|'s) (?:in|on|taking|doing)\b[^.?!]{0,30}"
           r"|(?:the|a) (?:class|student|group) (?:list|roster|register))")
_FELLOWS_CONTACT = re.compile(
    rf"\b{_CONTACT}\b[^.?!]{{0,12}}\b(?:of|for|from) {_FELLOW}"
    rf"|\b{_FELLOW}(?:'s|s'|s)? (?:[\w-]+ )?{_CONTACT}\b"
    rf"|\b{_FELLOW}\b[^.?!]{{0,20}}\b(?:with|and|plus|\+) (?:the |all )?{_CONTACT}\b"
    rf"|\b{_FELLOW}\b[^.!]{{0,25}}\b(?:their|his|her) (?:numbers?|{_CONTACT})\b"
    rf"|\b(?:number|deets|details) (?:of|for) {_FELLOW}")
_ASKS_FOR = re.compile(r"\b(?:give|send|tell|share|get|find|need|want|have|got|know|pass|dm|"
                       r"forward|look up|what(?:'s| is| are)|whats|list|who else|please|pls|plz)\b")

# Someone's contact details asked for by a name ("can you give me alice's email"): private
# unless the name is one of the course's staff (the caller knows the names it has matched).
_NAMED_CONTACT = re.compile(rf"\b([a-z]+)'s (?:[\w-]+ )?{_CONTACT}\b")
_NOT_A_NAME = re.compile(rf"^(?:{_PEOPLE}|course|module|department|dept|college|university|uni|"
                         r"school|faculty|programme|program|team|group|class|forum|bot|office|"
                         r"it|that|this|there|what|who|where|one|today|lecture|tutorial)$")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def asks_fellows_contact(text: str) -> bool:
    """Asks for other students' contact details, read over the whole message: "who else is in
    my group and their numbers" split in two parts would leave "their" no one's."""
    return bool(_FELLOWS_CONTACT.search(text) and _ASKS_FOR.search(text)
                and not _CLAIMS_STAFF.search(text))


def asks_named_contact(text: str) -> bool:
    """Asks for the contact details of someone named by a name (not a role): whether that is
    one of the staff is the caller's to check."""
    return bool(_ASKS_FOR.search(text)) and any(
        not _NOT_A_NAME.match(m.group(1)) for m in _NAMED_CONTACT.finditer(text))
