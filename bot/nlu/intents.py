"""What a student can mean: the intents the classifier learns and those only rules decide."""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    # About the schedule and the course page
    DEADLINE = "deadline"
    SCHEDULE = "schedule"  # sessions: when, what is on
    TOPIC = "topic"  # what is covered where
    READING = "reading"
    PEOPLE = "people"
    LOGISTICS = "logistics"  # assessment, submission, book, GPUs, forum, delivery, places
    # About the material, and the student's own work on it
    CONTENT = "content"
    OWN_WORK = "own_work"
    # What the page does not answer, or the bot does not do
    PERSONAL = "personal"
    POLICY = "policy"  # a rule the page does not state
    FEEDBACK = "feedback"  # when marks come back
    NOT_ON_PAGE = "not_on_page"  # a fact the page does not state
    OTHER_COURSE = "other_course"
    OFF_TOPIC = "off_topic"
    COMPLAINT = "complaint"
    REFUSED = "refused"
    # Conversation
    GREETING = "greeting"
    THANKS = "thanks"
    HELP = "help"
    UNKNOWN = "unknown"  # a remark that asks nothing, or gibberish
    # Commands
    REMIND = "remind"
    ASK_TA = "ask_ta"
    FORGET_ME = "forget_me"
    TA_COMMAND = "ta_command"  # rules only
    # Decided by the policy, never learned
    MISSING = "missing"  # a numbered thing that does not exist ("task 4")
    CLARIFY = "clarify"  # the top intents are too close to choose


RULE_ONLY = frozenset({Intent.TA_COMMAND, Intent.MISSING, Intent.CLARIFY})
LEARNED = tuple(i for i in Intent if i not in RULE_ONLY)
COMMANDS = frozenset({Intent.REMIND, Intent.ASK_TA, Intent.FORGET_ME, Intent.TA_COMMAND})
# Answered from the course notes: retrieval confidence takes part in choosing them.
FROM_NOTES = frozenset({Intent.CONTENT, Intent.OWN_WORK})
# Answered from the schedule's tables.
FROM_SCHEDULE = frozenset({Intent.DEADLINE, Intent.SCHEDULE, Intent.TOPIC, Intent.READING,
                           Intent.PEOPLE, Intent.LOGISTICS})
