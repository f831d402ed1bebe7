"""Messages written to the other students as if the chat were the course's group ("anyone
has notes pls dm me"): no one else reads the bot's chat.
"""

from __future__ import annotations

import re

# A message written to the other students, as if the chat were the course's group ("anyone
# has notes pls dm me", "does anybody have the gan notebook? pm me", "anyone wanna form a
# study group for cw2"): an addressee among the students, and a request to be contacted or
# to team up. No one else reads the bot's chat; it says so and where classmates are reached.
# (those addressed, not those spoken of: "team up with a classmate" asks a rule)
_PEERS = (r"(?<!with )(?:any ?(?:one|body)|some ?(?:one|body)|any of (?:you|u)|(?:you|u) guys|"
          r"guys|y'?all|every ?(?:one|body))")
# ("add me to the course forum / the module's channel": access to the course's own place,
# asked of whoever runs it, not a call to be contacted)
_COURSE_PLACE = (r" (?:to|on ?to|in ?to) (?:the |this |our |a )?(?:course'?s? |module'?s? |"
                 r"class'?s? |official )?(?:forum|channel|teams? (?:team|channel|group)|teams|"
                 r"team|course|module|class list|mailing list|moodle|blackboard|page)\b")
_CONTACT_ME = (r"(?:dm|pm|msg|message|text|whatsapp|inbox|email|e-mail|hmu) me\b|"
               rf"\badd me\b(?!{_COURSE_PLACE})|"
               r"\bhit me up\b|\bdrop me (?:a |an )?(?:dm|pm|message|msg|line|text|mail)\b|"
               r"\b(?:slide|message) (?:in|into) my dms?\b|\bmy dms? (?:are|is) open\b")
_TEAM_UP = (r"(?:study (?:group|buddy|buddies|partner)|revision group|"
            r"(?:form|make|start|join|create) (?:a |the )?(?:group|team|group ?chat)|"
            r"add me to (?:the |a |your )?group ?chat|team up|partner up|pair up)")
_PEER = re.compile(rf"\b{_PEERS}\b")
_ASKS_CONTACT = re.compile(rf"\b(?:{_CONTACT_ME})")
_TEAMS_UP = re.compile(rf"\b{_PEERS}\b[^.?!]{{0,40}}\b{_TEAM_UP}\b"
                       rf"|\b{_TEAM_UP}\b[^.?!]{{0,40}}\b{_PEERS}\b")

# Asking whether one may ("can i team up with someone for cw2", "is it ok to pair up"): the
# course's rule on working together, not a call to the students.
_MAY_I = re.compile(r"\b(?:can|could|may|should) (?:i|we|you|u|students)\b|\b(?:allowed|"
                    r"permitted|ok to|okay to|fine to|rules?|policy)\b")


def to_classmates(text: str) -> bool:
    """Whether the message is written to the other students (a request to be contacted by,
    or to team up with, whoever reads it), not asked of the bot."""
    return bool(_PEER.search(text) and _ASKS_CONTACT.search(text)
                or _TEAMS_UP.search(text) and not _MAY_I.search(text))


def without_contact_request(text: str) -> str:
    """`text` without its requests to be contacted ("dm me", "hit me up")."""
    return _ASKS_CONTACT.sub(" ", text)
