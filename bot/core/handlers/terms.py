"""What a word of the course's format means ("what is a Q&A session", "what's <the
submission system>", "what happens in the tutorials", "the difference between the Q&A and
the tutorial"): what the course page itself says of it (the schedule's `course.terms`), not
a listing of sessions."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.text import normalize
from bot.core.understand import Query
from bot.schedule.model import Term

_ART = r"(?:(?:a|an|the|this|that|these|those|our)\s+)?"
_TAIL = r"\s*(?:exactly|actually|even|here|again|then|for|about)?\s*\??\s*$"
# Asked what a thing is. "What is a Q&A" and "what does QA mean" ask of the word; "what is
# the Q&A" or "what are the tutorials" may ask which ones (kept for the session handlers
# unless the word names no kind of session).
_MEANS = re.compile(r"^(?:so\s+|and\s+|um+\s+|sorry,?\s+)?(?:what|wat|wht)\s*(?:'s|s|is|are)\s+"
                    r"(?P<art>(?:a|an)\s+)?(?P<x>.+?)" + _TAIL)
_MEAN_WORD = re.compile(r"\bwhat (?:does|do|is meant by|do you mean by|do they mean by)\s+"
                        + _ART + r"(?P<x>.+?)(?:\s+(?:mean|stand for))?" + _TAIL)
_HAPPENS = re.compile(r"\b(?:what (?:happens|goes on|do (?:we|you|i) do|is done) (?:in|at|during)"
                      r"|what(?:'s| is) the (?:point|purpose) of|how do(?:es)?)\s+" + _ART
                      + r"(?P<x>.+?)(?:\s+work)?" + _TAIL)
# "What are the quizzes for", "what is the forum used for": what a thing is there for.
_FOR_WHAT = re.compile(r"\b(?:what|wat|wht)\s*(?:'s|s|is|are)\s+" + _ART
                       + r"(?P<x>.+?)\s+(?:(?:used|meant|there)\s+)?for\s*\??\s*$")
# Whether the course has a kind of thing at all ("are there quizzes?", "do we get tutorials
# in this module"): the words between are the kind's own.
_EXISTS = re.compile(r"^(?:so\s+|and\s+|um+\s+|hi,?\s+|hey,?\s+)?(?:are there|is there|will "
                     r"there be|do we (?:have|get)|does (?:this|the) (?:course|module) have)\s+"
                     r"(?:any\s+)?(?P<x>[\w&' ]+?)(?:\s+(?:in|for|on) (?:this|the) "
                     r"(?:course|module|class|term))?(?:\s+at all)?\W*$")
_DIFFERENCE = re.compile(r"\bdiff(?:erence)?s? between\s+" + _ART + r"(?P<x>.+?)\s+and\s+"
                         + _ART + r"(?P<y>.+?)(?:\s*[,;.?!]|\s+(?:and|do|does|is|are|which|"
                         r"should|must)\b|$)")
# Whether one has to attend: the page does not say.
_MUST_ATTEND = re.compile(r"\b(?:compulsory|mandatory|obligatory|required|optional"
                          r"|(?:need|have|got) to (?:go|attend|be)"
                          r"|must (?:i |we )?(?:go|attend))\b")


def _term(phrase: str, terms: list[Term]) -> Term | None:
    phrase = phrase.strip(" ?.!")
    return next((t for t in terms if phrase in {normalize(n) for n in t.names}), None)


def asked_terms(q: Query, view: CourseView) -> list[Term]:
    """The terms of the course's format the question asks the meaning of, in order; none
    when it asks something else of them."""
    terms = view.schedule.course.terms
    if not terms:
        return []
    text = q.text.strip()
    if m := _DIFFERENCE.search(text):
        pair = [_term(m.group("x"), terms), _term(m.group("y"), terms)]
        return [t for t in pair if t] if all(pair) else []
    for pattern in (_MEAN_WORD, _HAPPENS, _FOR_WHAT):
        if (m := pattern.search(text)) and (t := _term(m.group("x"), terms)):
            return [t]
    m = _MEANS.match(text)
    t = _term(m.group("x"), terms) if m else None
    # "what is a tutorial" asks the word; "what are the tutorials" asks which they are
    return [t] if m and t and (m.group("art") or t.kind is None) else []


def answer_term(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """What the page says each term asked means, with a session kind's weekly slot. None
    unless the question asks what a term of the course's format is."""
    asked = asked_terms(q, view)
    if not asked:
        return None
    lines = []
    for term in asked:
        lines.append(term.means)
        lines += [W.TERM_SLOT.format(day=W.WEEKDAY_NAMES[sl.weekday],
                                     time=f"{sl.start:%H:%M}-{sl.end:%H:%M}",
                                     zone=view.schedule.course.timezone)
                  for sl in view.schedule.course.timetable if sl.kind == term.kind]
    if any(t.kind for t in asked) and _MUST_ATTEND.search(q.text):
        lines.append(W.TERM_ATTENDANCE_UNSTATED)
    return Reply("logistics", True, 0.85, "\n".join(lines))



def answer_kind_exists(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Are there quizzes?", "do we have tutorials in this module": the course's sessions
    of that kind, however the intent model reads it (a listing says whether there are any).
    None unless the question asks only whether a kind of session exists."""
    m = _EXISTS.match(q.text.strip())
    if (m is None or not q.kinds or q.time.window is not None or q.coursework or q.lectures
            or q.tutorials):
        return None
    said = set().union(*(q.cues.get(k, set()) for k in q.kinds))
    if not set(m.group("x").split()) <= said:
        return None
    from bot.core.handlers.sessions import answer_schedule  # (sessions use terms)
    return answer_schedule(q, view, reader)
