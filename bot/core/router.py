"""Decide what kind of question a parsed Query is, from its cues and entities.

The order matters: the most specific signals (a person asked about, a personal matter, a
policy the page does not state) come before the broad ones (a time window, a session kind).
"""

from __future__ import annotations

import re

from bot.core.lexicon import CUES
from bot.core.lexicon import WEIGHT_WORDS as _WEIGHT_WORDS
from bot.core.understand import Query

_DEADLINE_WORDS = CUES["deadline"]
_WHICH = re.compile(r"(?:what|which|where)\b")

_LOGISTICS = ("exam", "book", "gpu", "revision", "individual")
_GREETING_FILLER = {"there", "bot", "you", "guys", "all", "so", "a", "lot", "great", "good",
                    "ok", "okay", "cool", "nice", "very", "much", "again", "the", "and", "for",
                    "help", "your", "mate"}
# "how many courseworks / lectures / quizzes / weeks": counts of the schedule's things
_HOW_MANY = re.compile(r"\bhow many (?:\w+ )?(?:courseworks?|cws?|tasks?|assignments?|lectures?|"
                       r"tutorials?|tuts?|quizz?e?s?|weeks?|deadlines?|sessions?|qas?|hours?|"
                       r"projects?|exams?|notes|papers|lecturers|tas|staff)\b")
_HOW_LONG_IS = re.compile(r"\bhow long (?:is|are|do|does|will|'s) (?:the |a |each |one |every )?"
                         r"(?:qa|qas|tutorials?|tuts?|sessions?|lectures?|lecs?|panel|classes|"
                         r"class)(?: last| take| run| go on| be)?\s*$")
_ASKS = re.compile(r"\b(?:what|when|where|who|why|how|which|is|are|can|could|do|does)\b")
_HELP = re.compile(r"\bwhat (?:can|do) (?:you|u) (?:do|know|answer)\b|\bhow (?:do i|to) use "
                   r"(?:you|this|the bot)\b|\bwho are you\b|\bwhat are you\b")
_MY_RESULT = re.compile(r"\b(?:what|how) did i (?:get|score|do)\b|\bmy (?:mark|grade|result|"
                        r"score|feedback)")
_POLICY = re.compile(r"\bcan (?:i|we) use\b|\bam i allowed\b|\bcan (?:i|we) still\b"
                     r"|\bshould i (?:study|spend|work)\b"
                     r"|\bhow many hours (?:a|per|each) week (?:should|do|will) (?:i|we|you) "
                     r"(?:study|spend|work|need)")


# Attempts to change what the bot is, whatever the question around them.
_MANIPULATION = re.compile(
    r"\b(?:ignore|forget|disregard|override) (?:all |any |the |your )*(?:previous |prior |above "
    r"|earlier |original )*(?:instructions|prompts?|rules|guidelines)\b|\bsystem prompt\b"
    r"|\byou are now\b|\bpretend (?:to be|you are|you're)\b|\bjailbreak\b|\bdeveloper mode\b")
# Asking for the answers to assessed work, or for the work itself.
_WANTS_ASSESSED_WORK = re.compile(
    r"\b(?:give|send|tell|show|share|leak|post|get) (?:me |us )?(?:the |all the )?(?:answers?|"
    r"solutions?)\b|\b(?:answers?|solutions?) (?:to|for)\b[^.?!]{0,30}\b(?:quiz|quizzes|cw\d?|"
    r"coursework|task|exam)\b"
    r"|\b(?:quiz|quizzes|exam|cw|coursework|task) ?\d? (?:answers?|solutions?)\b"
    r"|\b(?:do|write|finish|complete|solve|code) my (?:coursework|cw|homework|assignment|task)"
    r"|\b(?:write|finish|complete|solve|code|do)\b[^.?!]{0,40}\b(?:coursework|cw|homework|"
    r"assignment|task)\b[^.?!]{0,30}\bfor (?:me|us)\b")


# Above this confidence that the notes answer it, a content-shaped question is answered from
# the notes even when a cue word ("people", "compute", "message") points elsewhere.
CONTENT_FIRST = 0.75
# A content-shaped question about a topic the schedule knows needs less to go to the notes.
CONTENT_KNOWN = 0.5
_CONTENT_SHAPE = re.compile(
    r"\b(?:what (?:is|are|does|do)|whats|why|how (?:does|do|is|are|can|many|to|should)|explain"
    r"|define|definition|difference|differ|diff|intuition|meaning of|tell me about|derive|compare"
    r"|vs|versus)\b|^(?:does|do|is|are|can|should|would|could)\b")


def looks_like_content(q: Query) -> bool:
    """Shaped like a question about course material, with nothing of the schedule in it."""
    return bool(_CONTENT_SHAPE.search(q.text)) and not (
        q.kinds or q.coursework or q.time.window or q.staff or q.tutorials or q.lectures
        or q.has("exam", "examinable", "submit", "deadline", "personal_matter", "spec",
                 "coursework", "individual", "course")
        or (set(q.words) & _WEIGHT_WORDS and _about_marks(q)))


def route(q: Query) -> str:
    words = set(q.words)
    if not q.words:
        return "empty"
    if _MANIPULATION.search(q.text):
        return "refuse_instructions"
    if _WANTS_ASSESSED_WORK.search(q.text) and not q.has("when", "how_long", "release"):
        return "refuse_assessed_work"  # but "when are the quiz answers out" asks a date
    if q.has("help") and len(words) <= 4 or _HELP.search(q.text):
        return "help"
    if q.has("greeting") and not words - q.cues["greeting"] - _GREETING_FILLER:
        return "thanks" if words & {"thanks", "thank", "cheers", "ty", "thx"} else "greeting"
    if words & {"thanks", "thank", "thx"} and "?" not in q.raw and not _ASKS.search(q.text):
        return "thanks"  # "thanks for the help earlier!"
    if (_MY_RESULT.search(q.text) and not words & _WEIGHT_WORDS) or (
            q.has("personal") and q.has("personal_matter") and not words & _WEIGHT_WORDS
            and (not (q.kinds - {"deadline"}) or "extension" in words)):
        return "personal"
    if q.has("feedback") and q.has("release", "when") and not words & _WEIGHT_WORDS:
        return "feedback"
    if (q.has("policy") or _POLICY.search(q.text)) and not (
            looks_like_content(q) and q.subject_known and q.content_confidence >= CONTENT_FIRST):
        return "policy"  # but "what is the gradient penalty in WGAN-GP" is about the notes
    if q.has("not_on_page"):
        return "not_on_page"
    if q.missing:
        return "missing"
    if looks_like_content(q) and (q.content_confidence >= CONTENT_FIRST or (
            q.subject_known and not q.has("cover") and q.content_confidence >= CONTENT_KNOWN)):
        # "what is teacher forcing": not a question about a teacher; "why do cnns share
        # weights": about the material, not about which lecture has it.
        return "content"
    if (q.has("forum") and words & {"contact", "email", "message", "ask"} and "who" not in words
            and not q.kinds and q.time.window is None):
        return "logistics"
    if words & {"explain", "understand", "confused", "intuition"} and q.topic:
        return "content"
    if ("who" in words or (q.has("who") and not q.has("where", "when", "forum"))
            or (q.staff and not q.has("when", "where"))):
        return "people"
    if q.has("assess") and (q.coursework or "deadline" in q.kinds) and not words & _WEIGHT_WORDS:
        return "people"
    when_like = q.has("when", "how_long") or q.time.window is not None
    if _HOW_MANY.search(q.text) and not q.time.window:
        return "logistics"
    if _HOW_LONG_IS.search(q.text):
        return "logistics"  # "how long are the tutorials": their length
    if q.asks_week_now:
        return "logistics"  # "what week is it"
    if q.course_code:
        return "logistics"  # a course code: ours or another course's
    if words & _WEIGHT_WORDS and not q.has("deadline") and _about_marks(q):
        return "logistics"
    if q.has("submit") and (q.coursework or q.has("deadline")) and when_like:
        return "deadline"
    if q.has("examinable") or (q.has("exam") and (q.lectures or q.has("cover")
                                                   or q.subject_known)):
        return "logistics"  # "are GANs on the exam"
    live_question = q.has("live") and not q.has("when", "how_long") and q.kinds <= {"lecture"}
    recorded = q.has("recorded") and not q.has("when")
    if (recorded or live_question) and not q.time.window and q.direction in (None, "all"):
        return "logistics"
    if q.has(*_LOGISTICS) and not (q.kinds and when_like and not q.has("exam")):
        return "logistics"
    if (q.has("spec") or (q.coursework and q.has("read"))) and not when_like:
        return "logistics"  # "where do I find the notebooks for cw1"
    if q.has("submit", "forum") and not q.kinds:
        return "logistics"
    if "timetable" in words and not q.time.window and q.direction in (None, "all"):
        return "logistics"
    if (q.has("read") or q.notes) and not q.has("deadline"):
        return "reading"
    if q.subject_known and q.has("week_word") and not q.time.window:
        return "topic"  # "what week is the transformer one"
    if q.coursework and q.subject_unknown and not q.has("deadline", "when", "how_long"):
        return "unknown"  # "the best learning rate for task 2": not a deadline question
    if (q.kinds == {"deadline"} and not q.coursework and not q.has("submit")
            and q.subject_unknown and words & _DEADLINE_WORDS <= {"open", "closed", "closes"}):
        return "unknown"  # "is the canteen open": opening hours of something not ours
    if q.kinds == {"deadline"} or (q.coursework and not q.has("cover")):
        return "deadline"
    if q.tutorials and (q.has("cover", "explain") or not when_like):
        return "topic"
    if q.lectures and q.has("cover") and not when_like:
        return "topic"
    if (q.has("cover") and not when_like and not q.topic and q.kinds
            and not q.kinds & {"lecture", "tutorial"}):
        return "schedule"  # "what's the panel about": the event says
    if q.has("cover") and not when_like and (q.topic or q.week is not None or q.kinds):
        return "topic"
    if (_WHICH.match(q.text) and q.kinds and q.kinds <= {"lecture", "tutorial"}
            and q.subject_words and not (q.lectures or q.tutorials or q.staff) and not when_like
            and q.direction is None and not q.has("live", "recorded")):
        return "topic"  # "what lecture is dropout in"
    if (q.subject_unknown and not q.kinds and not (q.lectures or q.tutorials or q.week)
            and (q.time.window is None or q.focus_unknown)):
        return "content"  # the notes may know it; retrieval confidence decides
    if (q.has("where") and not q.has("when") and not q.time.window
            and q.direction in (None, "all") and not (q.staff and q.kinds)
            and not q.subject_known):
        # But "where is <lecturer>'s lecture" asks for that event, and "where's the
        # transformer stuff" for the lectures on it.
        return "logistics"
    if q.has("course") and q.has("when") and words & {"start", "starts", "begin", "begins",
                                                     "end", "ends", "finish", "finishes"}:
        return "logistics"
    if q.kinds or q.time.window or q.has("session", "when") or q.direction in (
            "next", "previous", "upcoming"):
        return "deadline" if q.kinds == {"deadline"} else "schedule"
    if q.topic and (q.has("explain") or words & {"what", "how", "why"}):
        return "content"
    if q.topic:
        return "topic"
    if q.has("course", "materials_where"):
        return "logistics"
    return "unknown"


def _about_marks(q: Query) -> bool:
    """Weight words mean marks only near the assessment ("importance weighting" does not)."""
    return bool(q.coursework or q.has("exam", "coursework", "quiz") or set(q.words) & {
        "mark", "marks", "grade", "grades", "final", "assessment", "course", "module",
        "overall", "%", "percent", "percentage", "total"})
