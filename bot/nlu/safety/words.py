"""Words several refusal rules share (the staff, a relation, a person, assessed work, a
request made of the bot, "to me"): general English, no course fact.
"""

from __future__ import annotations

import re

_ASKED_OF_BOT = (r"(?:\b(?:can|could|would|will) (?:you|u)(?: please| pls| just| quickly)? |"
                 r"\b(?:please|pls|plz|i need you to|i want you to) )")
_NOT_SOMEONE = r"(?!(?:i|we|you|u|me|us|my|our|your|it|this|that|the|a|an|they|there)\b)"
_RELATION = (r"(?:friends?|mates?|flatmates?|roommates?|housemates?|classmates?|coursemates?|"
             r"partners?|teammates?|groupmates?|colleagues?|girlfriend|boyfriend|brother|"
             r"sister|cousin|neighbou?rs?|lab ?partners?|study ?buddy|buddy)")

# Banter about the course's things and people rather than a question of them: a contest
# ("who'd win in a fight, a GAN or a transformer", "would <lecturer> beat <lecturer> at
# chess"), a comparison with the writer or a pet ("is the GAN smarter than me"), or a rating
# of the staff or the teaching ("rate the lecturers", "which TA marks the easiest", "what's
# the most boring lecture"). No quote of the notes or listing answers it. Which model does
# better ("is a resnet better than vgg") is the notes' question and is no banter.
_PEOPLE = (r"(?:lecturers?|tas|ta|tutors?|teachers?|profs?|professors?|staff(?: members?)?|"
           r"markers?|instructors?)")

# A score or result is someone's mark only when it is of assessed work ("what score did
# alexnet get on imagenet" asks about a model).
_ASSESSED = re.compile(r"\b(?:coursework|cw ?\d?|task ?\d?|exam|quiz|test|module|course)\b")
_TO_ME = re.compile(r"\b(?:give|send|tell|show|share|leak|dm|email|forward)\s+(?:me|us)\b")

# Asking the bot to translate a text ("could you translate the lecture notes into spanish",
# "pls translate this paragraph of my report"): no text is written or rewritten for anyone.
# Where a request to the bot begins: the message's start, a "can you"/"please", "help me", or
# after a mark.
_REQUEST_START = rf"(?:^|{_ASKED_OF_BOT}|\bhelp me |[.!,;:]\s*)"
