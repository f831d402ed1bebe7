"""An assessment the page does not list, named by its common word: "when's the mid term",
"is there a viva for the coursework", "how much is the midsem worth". The page lists no such
thing: that is said, with the assessment it does list (not the exam's unknown date)."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.lexicon import ANOTHER_COURSE
from bot.core.text import normalize, tokens
from bot.core.understand import Query

# Common words for an assessment of any course besides an exam and coursework.
_ASSESSMENT_WORDS = re.compile(r"\bmid[\s-]?(?:terms?|sems?|semesters?)\b(?: (?:exams?|tests?))?"
                               r"|\bvivas?\b(?: (?:exams?|voce))?|\binterim (?:exams?|tests?)\b")


def answer_unlisted_assessment(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the question names an assessment word the course page does not use."""
    m = _ASSESSMENT_WORDS.search(q.text)
    if m is None or q.coursework and not q.has("exam"):
        return None
    if q.time.busy is not None or ANOTHER_COURSE.search(q.text):
        # one's own assessment elsewhere ("a viva for my other course on the 16th, clash?"):
        # a time the asker is taken, not a question of this course's assessment
        return None
    said = tokens(normalize(m.group(0)))
    s = view.schedule
    page_words = view.listed_words | {w for t in s.course.terms for name in t.names
                                      for w in tokens(normalize(name))}
    if set(said) & page_words - {"exam", "exams", "test", "tests"}:
        return None  # (a course whose page has one answers it as any listed thing)
    a = s.assessment
    return Reply("not_on_page", True, 0.85, " ".join([
        W.ASSESSMENT_NOT_LISTED.format(what=m.group(0)),
        W.ASSESSMENT.format(exam=a.exam_weight, cw=a.coursework_weight,
                            count=a.coursework_count, assessed=a.coursework_assessed)]))
