"""A revision request for what the material says: a recap, the key points, the kinds of a
thing and when to use each, a comparison.

"recap of the X we covered", "list the kinds of X we saw and when to use each", "main points
about X I should know for the exam": the lectures, the course or the exam named beside it say
why it is asked, not where it is taught; the notes answer it. Only a question of WHERE or
WHEN the material is taught ("which lecture covers X", "when did we do X", "is X examinable")
is the page's.
"""

from __future__ import annotations

import re

from bot.knowledge.compose import OVERVIEW_ASKED

# What a revision request asks for beyond the composer's overview forms (`OVERVIEW_ASKED`):
# the material weighed or all that is to know of it.
_OVERVIEW = re.compile(
    r"\b(?:round-?up|run-down|key concepts?|main concepts?|pros and cons|"
    r"strengths and weaknesses|what (?:do|should) (?:i|we) (?:need to )?know about)\b")

# A question of where or when the material is taught, or whether it is assessed: the page's.
_WHERE_OR_WHEN = re.compile(
    r"\b(?:which|what) (?:lectures?|weeks?|sessions?|tutorials?|notes?|readings?|slides?|"
    r"days?|videos?|recordings?|materials?)\b"
    r"|\bwhere\b"
    r"|\bwhen (?:is|was|are|were|did|does|will|do) (?:\w+ ){0,5}?"
    r"(?:covered|taught|cover|covers|teach|teaches|discussed|introduced|do|done|doing|"
    r"start|starts|out|released|up)\b"
    r"|\b(?:is|are|was|were|will) (?:\w+ ){0,5}?(?:covered|examinable|taught|assessed|"
    r"on the exam|in the exam|tested)\b"
    r"|\bdo (?:we|i) (?:need|have) to (?:know|learn|revise)\b"
    r"|\b(?:is|are) there (?:any |a |an )?(?:lectures?|tutorials?|notes?|slides?|readings?)\b"
    # the course itself summarised ("how this module is delivered", "the course's format"):
    # how it runs is the page's
    r"|\b(?:the|this|our) (?:module|course|class)(?:'s)? (?:is|are|was|will|gets?|runs?|works?|"
    r"structure|format|assessment|delivery|organi[sz]ation|layout|timetable)\b"
    r"|\bhow (?:is|are|was|will) (?:the|this|our) (?:module|course|class)\b")


def asks_for_overview(raw: str) -> bool:
    """The text asks for the material in brief, as a list or side by side, and not where
    or when it is taught or whether it is examined."""
    text = raw.lower()
    asked = OVERVIEW_ASKED.search(text) or _OVERVIEW.search(text)
    return bool(asked) and not _WHERE_OR_WHEN.search(text)
