"""Help asked while a test is under way, a test's answers, or someone to sit it instead:
cheating on an assessment, declined whatever else the message asks.
"""

from __future__ import annotations

import re

from bot.nlu.safety.assessed_work import _ASKS_WHEN, _EXAM, _WHETHER_THERE_ARE
from bot.nlu.safety.words import _RELATION

# Help asked while sitting an exam or a timed test ("if i paste exam questions during the
# exam can u answer them", "can i message you mid quiz"): academic misconduct, declined.
# What happens during it ("what if the power goes out during the exam") asks nothing of the
# bot; the exam season is no sitting ("help me plan revision during the exam period").
_DURING_TEST = re.compile(
    r"\b(?:during|mid|in the middle of|while (?:i'?m |im |i am |we'?re |we are )?(?:taking|"
    r"sitting|doing|in|writing|on)|whilst (?:\w+ )?(?:taking|sitting|doing|in))"
    r"(?: the| my| our| a| an| tomorrow'?s| this| next| today'?s)?(?: online| timed| final|"
    r" actual| live| real)? (?:exam|test|quiz|assessment|midterm|paper)s?\b"
    r"(?! (?:period|season|weeks?|term|timetable|revision|prep\w*|dates?))"
    r"|\bmid[- ](?:exam|test|quiz)\b")
_HELP_IN_TEST = re.compile(
    r"\b(?:answer|answers|solve|help|tell me|give me|check|message you|msg you|text you|"
    r"ask you|send you|paste|use you|use (?:the|this) bot|feed you|ping you|dm you)\b")

# (the test named before: "can i send you the quiz questions while i'm sitting it")
_DURING_IT = re.compile(r"\b(?:while|whilst|during) (?:i'?m |im |i am |we'?re |we are )?"
                        r"(?:taking|sitting|doing|writing|in) (?:it|them)\b")

# A test said to be under way by its timing ("sitting the timed quiz right now", "the exam has
# started", "mid-test", "my quiz starts now"): then an answer asked for, or any question of
# the course's content after it, is help while the test is sat. "During the exam" alone is
# no timing ("what if the wifi drops during the exam"), nor is a test later ("my quiz is
# tomorrow, what is dropout").
_TEST_WORD = r"(?:exam|test|quiz|midterm|assessment|paper)"
_TEST_KIND = r"(?: online| timed| final| actual| live| real| moodle| mcq)?"
_UNDER_WAY = re.compile(
    r"\b(?:doing|sitting|taking|writing|in|on|answering)(?: the| my| our| a| an| this| today'?s)?"
    rf"{_TEST_KIND} {_TEST_WORD}s? (?:right now|now|rn|atm|at the moment|currently|as we speak|"
    r"as i type)\b"
    rf"|\b(?:the|my|our|this|today'?s)?{_TEST_KIND} {_TEST_WORD} (?:has |have |just |already )*"
    r"(?:started|begun|(?:starts|begins|is starting|is beginning|is on|is live|is open) "
    r"(?:now|right now|as we speak)|is (?:under ?way|in progress|running))\b"
    rf"|\bmid[- ]?{_TEST_WORD}\b|\bin the middle of (?:the |my |a |an )?{_TEST_WORD}\b"
    rf"|\b(?:currently|right now|now) (?:doing|sitting|taking|writing|in)(?: the| my| a| an)?"
    rf"{_TEST_KIND} {_TEST_WORD}\b")

# An answer asked for by its place in the test ("which option is right for q5", "is it b or
# c", "first question: ...").
_ANSWER_ASKED = re.compile(
    r"\b(?:which|what)(?: \w+)? (?:option|answer|choice|letter)\b|\b(?:option|choice) [a-e]\b"
    r"|\bis it [a-e](?: or [a-e])?\b(?! \w)|\b[a-e] or [a-e]\b|\bq ?\d+\b|"
    r"\bquestion (?:\d+|one|two|three|four|five)\b|\b(?:first|next|second|last) question\b"
    r"|\b(?:correct|right) (?:answer|option|one)\b|\bwhich (?:one|is (?:right|correct))\b")

# A question of the course's content ("what is a relu", "explain backprop").
_CONTENT_ASKED = re.compile(
    r"\b(?:what (?:is|are|does|do)(?! (?:i|we) do\b)|explain|define|how (?:does|do|is|are|to)"
    r"|why (?:does|do|is|are)|derive|calculate|compute|true or false)\b")

# ... but trouble with the test itself is a matter for the staff, not help with its answers
# ("the quiz has started and the link won't load, what do i do").
_TEST_TROUBLE = re.compile(
    r"\b(?:link|crash\w*|froze|frozen|freez\w*|lost|connection|internet|wi-?fi|submit\w*|"
    r"upload\w*|time left|extension|extra time|can'?t (?:open|access|see|log|load)|"
    r"won'?t (?:load|open|let)|not (?:loading|working|opening)|broken|error|what if|"
    r"what happens|what should|what do i do|what can i do|who (?:do|should) i|report|allowed|"
    r"permitted|open book|late|missed|miss)\b")


def _under_way_request(text: str) -> bool:
    """Whether the normalised `text` says a test is being sat now and asks its answers or a
    content question (not trouble with the test)."""
    return bool(_UNDER_WAY.search(text) and not _TEST_TROUBLE.search(text)
                and (_HELP_IN_TEST.search(text) or _ANSWER_ASKED.search(text)
                     or _CONTENT_ASKED.search(text)))


def asks_help_in_test(text: str) -> bool:
    """Whether the normalised `text` asks the bot's help while an exam or test is sat."""
    return bool((_DURING_TEST.search(text) or _DURING_IT.search(text) and _EXAM.search(text))
                and _HELP_IN_TEST.search(text)) or _under_way_request(text)


# A test's answers asked for ("i need the answers for this timed test: 1) ... 2) ...",
# "answer these for my online quiz"): the whole message is the request, however many content
# questions are pasted after it. Answers to past or practice papers, or when a quiz's answers
# come out, are asked of the course, not handed over.
_A_TEST = r"(?:quiz(?:zes)?|exams?|tests?|midterms?|assessments?)"
_WANT_ANSWERS = re.compile(
    r"\b(?:give|send|tell|share|need|want|get|gimme|provide|post|list|what are|what r|what's|"
    r"whats)(?: me| us)?(?: the| all the| all| all of the)?(?: correct| right| exact)? "
    r"(?:answers?|solutions?)\b"
    r"|\b(?:answer|solve)(?: me)? (?:these|the following|them|all|each|every|this|those|my)\b"
    # the answers needed, however the request begins ("answers for the online test pls")
    rf"|^(?:the )?(?:answers?|solutions?) (?:to|for|of) (?:the |this |my |our |today'?s )?"
    rf"(?:[\w-]+ )?{_A_TEST}\b")
_NAMES_TEST = re.compile(rf"\b{_A_TEST}\b")
_OTHER_PAPER = re.compile(r"\b(?:past|previous|previousyears|old|practice|sample|mock|last year'?s|"
                          r"specimen)\b")


def asks_test_answers(text: str) -> bool:
    """Whether the normalised `text` asks for the answers to a quiz, test or exam (this
    year's, not when they are published)."""
    return bool(_WANT_ANSWERS.search(text) and _NAMES_TEST.search(text)
                and not _OTHER_PAPER.search(text) and not _ASKS_WHEN.search(text)
                and not _WHETHER_THERE_ARE.search(text))


# Someone else (a friend, an AI) sitting a test for the writer or helping during it ("can my
# flatmate do the timed quiz as me", "get chatgpt to feed me answers mid exam"): cheating,
# not a rule to look up. Revising together, or a friend's test of their own, asks nothing.
_HELPER = (rf"(?:some(?:one|body)(?: else)?|any(?:one|body)|another (?:student|person)|"
           rf"(?:my|a|our) (?:[\w-]+ )?{_RELATION}|{_RELATION}|chat ?gpt|gpt-?\d?|copilot|"
           r"claude|gemini|(?:an? |the )?ai(?: tools?)?|llms?|you|u)")
_SITS_FOR_ME = re.compile(
    rf"\b{_HELPER}\b[^.?!]{{0,25}}\b(?:sit|sits|take|takes|do|does|write|writes|complete|"
    rf"completes|finish|finishes|log ?in(?:to)?)(?: in)?(?: on| for)?(?: the| my| our| this|"
    rf" tomorrow'?s| today'?s)?(?: [\w-]+){{0,2}} {_A_TEST}\b[^.?!]{{0,30}}"
    r"\b(?:for me|instead of me|in my place|as me|under my (?:name|login|account)|"
    r"on my (?:account|login|laptop)|with my (?:login|account)|without (?:it|that|anyone|"
    r"anybody|them|the \w+) (?:showing|noticing|knowing|seeing|finding out|being noticed))"
    rf"|\b{_HELPER}\b[^.?!]{{0,30}}\b(?:help|feed|tell|give|whisper|answer|look up|google)"
    r"(?:s|es|ing)?\b")


def proxy_in_test(text: str) -> bool:
    """Whether the normalised `text` asks about having someone (or an AI) sit a test for the
    writer, or help them while they sit it."""
    m = _SITS_FOR_ME.search(text)
    if m is None:
        return False
    # (the helping kind needs the test being sat: "during the exam", "mid quiz")
    return bool(
        re.search(r"\b(?:for me|instead of me|in my place|as me|under my|on my|with my|"
                  r"without)\b", m.group(0))
        or _DURING_TEST.search(text) or _DURING_IT.search(text) and _EXAM.search(text))
