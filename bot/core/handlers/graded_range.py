"""Graded work around a date the student gives ("I fly home on 20 March, will I miss anything
graded?", "anything assessed after the 15th?", "any assessment before 20 feb?", "away 1-10
March, anything marked?"): the graded items the page dates in that range (the coursework
deadlines), or that none fall there, and plainly what the page does not date (the exam)."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.understand import Query
from bot.core.when import Window

# Graded work asked for without naming its kind ("anything graded", "assessed stuff").
_GRADED = frozenset({"graded", "assessed", "marked", "assessment", "assessments",
                     "assessable"})
# The weight asked ("how much is the assessment worth") is the weighting's question.
_WEIGHT_ASKED = re.compile(r"\bhow much\b|\bworth\b|\bpercent\w*|%|\bweight\w*|\bsplit\b")
# A day said as where the asker's absence or the range begins ("fly home on", "from"); what
# they would "miss" from a day said in the part before ("I fly home on 20 March. will I miss
# anything graded?") is what comes from then on.
_FROM_ON = re.compile(r"\b(?:fly|flying|flight|leave|leaving|go(?:ing)? (?:home|back|away)"
                      r"|head(?:ing)? (?:home|back|off)|depart\w*|mov(?:e|ing) out|onwards?"
                      r"|from|starting|since|miss|missing)\b")
_AFTER = re.compile(r"\b(?:after|beyond|later than|past)\b")
_BEFORE = re.compile(r"\b(?:before|by|until|till|til|up to|prior to)\b")
_KINDS = frozenset({"deadline", "quiz"})
_YEAR = timedelta(days=366)
# The quiz itself named ("the quiz", "these weekly quizzes"), not any graded work in a time.
_THE_QUIZ = re.compile(r"\b(?:the|these|those|this|that|our|each|every)\s+(?:\w+\s+)?"
                       r"quiz(?:zes)?\b")


def _range(q: Query, reader: Reader) -> Window | None:
    """The range asked: a span as said; a single day read as the start ("fly home on",
    "from"), the day after ("after the 15th") or the end ("before 20 feb") of the range."""
    window = q.time.window
    if window is None or window.granularity != "day":
        return window
    text = q.raw.lower()
    label = window.label.removeprefix("on ")
    if _AFTER.search(text):
        return dataclasses.replace(window, start=window.end, end=window.end + _YEAR,
                                   label=W.AFTER_DAY.format(label=label), granularity="after")
    if _BEFORE.search(text):
        return dataclasses.replace(window, start=min(reader.now, window.start),
                                   end=window.start, label=W.BEFORE_DAY.format(label=label),
                                   granularity="range")
    if _FROM_ON.search(text):
        return dataclasses.replace(window, end=window.start + _YEAR,
                                   label=W.FROM_DAY_ON.format(label=label),
                                   granularity="after")
    return window


def answer_graded_in_range(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The coursework deadlines in the range asked, or that none is, with the exam said to
    be undated. None unless graded work (no task or other kind named) is asked in a range."""
    if (not _GRADED & set(q.words) or q.coursework or q.kinds - _KINDS
            or q.notes or q.lectures or q.tutorials or any(m.named for m in q.topic_matches)
            or _WEIGHT_ASKED.search(q.raw.lower())):
        # (one thing named, "is the week 2 notebook marked": whether that is assessed)
        return None
    if "quiz" in q.kinds and _THE_QUIZ.search(q.raw.lower()):
        # "... and is the quiz even marked": whether the quiz itself counts, not what graded
        # work falls in a time (one carried over from another part of the message)
        return None
    window = _range(q, reader)
    if window is None:
        return None
    deadlines = sorted((e for e in view.events if e.kind == "deadline" and e.start),
                       key=lambda e: (e.start, e.id))
    inside = [e for e in deadlines if window.start <= e.start < window.end]
    if inside:
        lines = [W.GRADED_IN.format(label=window.label)]
        lines += [W.DEADLINE_LINE.format(id=e.id, title=e.title,
                                         when=view.instant(e.start, reader)) for e in inside]
    else:
        lines = [W.NO_GRADED_IN.format(label=window.label)]
        if deadlines and deadlines[-1].start < window.start:
            last = deadlines[-1]
            lines.append(W.LAST_DEADLINE_IS.format(title=last.title, id=last.id,
                                                   when=view.instant(last.start, reader)))
    weight = view.schedule.assessment.exam_weight
    if weight:
        # (the schedule has no exam date: said, not guessed either way)
        lines.append(W.GRADED_EXAM_UNDATED.format(weight=weight, label=window.label))
    return Reply("deadline", True, 0.85, "\n".join(lines), inside)
