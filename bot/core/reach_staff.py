"""Whether a question asks how to reach the teaching team ("how do I contact the lecturers",
"who do I ask about the module"), read by the NLU's policy and answered by the contact
handler."""

from __future__ import annotations

import re

from bot.core.understand import Query

# Reaching someone ...
_REACH = re.compile(
    r"\b(?:contact(?:ing)?|get (?:in )?(?:touch|hold) (?:with|of)|reach(?:ing)?|"
    r"(?:talk|speak|chat)(?:ing)? (?:to|with)|e-?mail(?:ing)?|message|messaging)\b")
# ... of the course's staff
_STAFF = re.compile(
    r"\b(?:teaching (?:team|staff)|course (?:staff|team|leader|lead|organi[sz]ers?)|"
    r"module (?:staff|team|leader|lead|organi[sz]ers?|coordinator)|staff|lecturers?|"
    r"professors?|prof|tutors?|tas|ta|teaching assistants?|instructors?|teachers?|"
    r"the (?:people|person) (?:running|teaching|in charge of) (?:the|this) (?:course|module)|"
    # a person rather than the bot ("get hold of an actual human", "speak to a real person")
    r"(?:real|actual|live|human) (?:person|people|humans?|beings?)|an? (?:human|person)|"
    r"humans|someone|somebody)\b")
# Asking who or where takes a question about the course ("who do I ask about the module",
# "how can I ask a question about the course", "where do questions about the course go").
_ASK_ABOUT_COURSE = re.compile(
    r"\b(?:who|where|how|whom)\b[^.?!]{0,30}\b(?:ask|send|direct|raise|put|take)\b[^.?!]{0,30}"
    r"\b(?:course|module|class|content|material)\b"
    r"|\bwho (?:do|should|can|could|would) (?:i|we|you) (?:ask|go to|turn to|write to|"
    r"contact|reach(?: out to)?|talk to|speak to|speak with|get in touch with|e-?mail|"
    r"message)\b")
# How or where to put a question to the staff ("what's the best way to ask the lecturer a
# question", "where can i ask questions about the lectures"): the same ways to reach them.
_ASK_A_QUESTION = re.compile(
    r"\b(?:how|where|who|whom|(?:best|right|proper|usual) (?:way|place))\b[^.?!]{0,40}"
    r"\bask(?:ing)?\b(?: \w+){0,3}? (?:a |any |my |some |our )?(?:questions?|doubts?)\b")


# What reaching the staff is about, said after the request ("contact the lecturers about
# the coursework", "message a TA regarding my marks"): the subject colours the route, it is
# not the question.
_ABOUT = re.compile(r"\s+(?:about|regarding|concerning|re:?|with (?:a |any |my )?"
                    r"(?:questions?|queries|query|issues?|problems?) (?:about|on|with))\s+"
                    r"(?P<subject>[^.?!,;]+)")


_THE_COURSE = re.compile(r"(?:this|the|my|our) (?:course|module|class|unit)")
_SECOND_QUESTION = re.compile(r"\s+(?:and|&|also|plus|but)\s+(?:when|where|what|which|who|how|"
                              r"is|are|do|does|can|will)\b|\s+(?:when|where|what|which|who|"
                              r"how)\s+(?:is|are|do|does|can|will)\b")
_TO_SECOND = {"my": "your", "me": "you", "i": "you", "our": "your", "us": "you",
              "mine": "yours", "myself": "yourself"}
_FIRST_PERSON = re.compile(r"\b(?:my|me|i|our|us|mine|myself)\b")


def reach_subject(q: Query) -> str:
    """The subject a request to reach the staff names after "about" ("the coursework"), as
    written; "" when the request names none (or names its staff after it)."""
    raw = q.raw.lower()
    m = _ABOUT.search(raw)
    if m is None or not (_REACH.search(raw, 0, m.start()) and _STAFF.search(raw, 0, m.start())):
        return ""
    # (up to a second question: "about my extension and when is the quiz")
    subject = _SECOND_QUESTION.split(m.group("subject"), maxsplit=1)[0].strip()
    # (the course itself is no subject: "about this module" is any question)
    if not subject or _THE_COURSE.fullmatch(subject):
        return ""
    # said back to the writer: "my marks" is "your marks"
    return _FIRST_PERSON.sub(lambda w: _TO_SECOND[w.group()], subject)


def asks_to_reach_staff(q: Query) -> bool:
    """Asks how to reach the teaching team, or whom to ask about the course: nothing of the
    timetable named (a session's or a task's staff are the people handler's; the lectures
    in general are no one session), except as what the request is about ("the best way to
    contact the lecturers about task 2": the route, not the task's listing)."""
    if reach_subject(q):
        return True
    if q.coursework or q.lectures or q.tutorials or q.other_course:
        return False
    raw = q.raw.lower()
    if q.kinds:
        return q.kinds == {"lecture"} and bool(_ASK_A_QUESTION.search(raw))
    return bool((_REACH.search(raw) and _STAFF.search(raw)) or _ASK_ABOUT_COURSE.search(raw)
                or _ASK_A_QUESTION.search(raw))


def asks_where_questions_go(q: Query) -> bool:
    """Asks only where questions are put ("where do i ask questions between sessions"), not
    for the people: the channels answer it, without the roster of staff."""
    raw = q.raw.lower()
    return (bool(_ASK_A_QUESTION.search(raw)) and not _ASK_ABOUT_COURSE.search(raw)
            and not (_REACH.search(raw) and _STAFF.search(raw)))
