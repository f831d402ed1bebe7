"""Decide what kind of question a parsed Query is, from its cues and entities."""

from __future__ import annotations

from bot.core.understand import Query

# Cue groups that signal a logistics question (not a schedule lookup).
_WEIGHT_WORDS = {"worth", "weight", "weighted", "weighting", "percent", "percentage", "count",
                 "counts", "%"}
_LOGISTICS = ("exam", "examinable", "book", "gpu", "revision", "recorded", "individual")


def route(q: Query) -> str:
    words = set(q.words)
    if not q.words:
        return "empty"
    if q.has("help") or {"what can you do", "how do i use", "what do you do"} & _ngrams(q):
        return "help"
    if q.has("greeting") and len(words - _filler(q)) == 0:
        return "greeting"
    personal = q.has("personal") and q.has("personal_matter") and not words & _WEIGHT_WORDS
    if personal and (not (q.kinds - {"deadline"}) or "extension" in words):
        return "personal"
    if "who" in words or (q.has("who") and not q.has("forum")):
        return "people"
    if q.has("assess") and (q.coursework or "deadline" in q.kinds) and not q.has("weight"):
        return "people"
    when_like = q.has("when", "how_long") or q.time.window is not None
    if q.has("submit") and (q.coursework or q.has("deadline")) and when_like:
        return "deadline"
    if q.has("examinable") and (q.lectures or q.has("exam", "examinable")):
        return "logistics"
    if q.has(*_LOGISTICS) and not (q.kinds and when_like and not q.has("exam")):
        return "logistics"
    if q.has("submit", "forum") and not q.kinds:
        return "logistics"
    if q.has("read") and not q.has("deadline"):
        return "reading"
    if q.kinds == {"deadline"} or (q.coursework and not q.has("cover")):
        return "deadline"
    if q.tutorials and (q.has("cover", "explain") or not when_like):
        return "topic"
    if q.lectures and q.has("cover") and not when_like:
        return "topic"
    if q.has("cover") and not when_like and (q.topic or q.week is not None):
        return "topic"
    if q.has("where") and not q.time.window and not q.direction:
        return "logistics"
    if q.kinds or q.time.window or q.has("session", "when") or q.direction in ("next", "previous"):
        if q.kinds == {"deadline"} | (q.kinds & {"deadline"}) and len(q.kinds) == 1:
            return "deadline"
        return "schedule"
    if q.topic and (q.has("explain") or "what" in words or "how" in words):
        return "content"
    if q.has("course", "timetable", "materials_where"):
        return "logistics"
    if q.topic:
        return "topic"
    return "unknown"


def _ngrams(q: Query) -> set[str]:
    out = set()
    for n in (3, 4):
        for i in range(len(q.words) - n + 1):
            out.add(" ".join(q.words[i:i + n]))
    return out


def _filler(q: Query) -> set[str]:
    from bot.core.lexicon import CUES, STOPWORDS

    return STOPWORDS | CUES["greeting"] | {"there", "bot", "you", "guys", "all", "much", "so",
                                           "a", "lot", "great", "good", "ok", "cool", "nice"}
