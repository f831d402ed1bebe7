"""Which of two topics the course teaches first ("do we do VAEs before GANs or the other
way", "which comes first, attention or RNNs", "is batchnorm taught after resnet"): the
lectures and tutorials whose titles name each, in the page's order, with their dates. A
question comparing the two things themselves ("is a VAE better than a GAN") asks no order
and is not this handler's.
"""

from __future__ import annotations

import re
from datetime import datetime, time

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name
from bot.core.handlers import Reply
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.schedule.model import Event

# A question of order: "before", "after", "which ... first", "or the other way round".
_ORDER_WORD = re.compile(r"\b(?:before|after|first|earlier|later|sooner|other way|vice versa|"
                         r"in what order|in which order)\b")
# ... of the teaching: what the course does, covers, teaches, gets to.
_TAUGHT = re.compile(r"\b(?:do|does|did|doing|cover\w*|taught|teach\w*|learn\w*|come|comes|"
                     r"coming|go|goes|get to|gets to|lectures?|lecs?|tutorials?|tuts?|course|"
                     r"module|done|introduced|discuss\w*|order|stuff|topics?|part|section|"
                     r"material|content)\b")
_WHICH_FIRST = re.compile(r"\b(?:which|what)\b[^.?!]{0,40}\b(?:first|earlier|sooner)\b")
# A tail that only asks "or the other way": no topic.
_TAIL = re.compile(r"\s*,?\s*\bor\s+(?:is it\s+|the\s+)?(?:other way(?:\s+(?:round|around))?|"
                   r"vice versa|after|afterwards|later|before|reverse|opposite)\b.*$")
# "before or after": which of the two, no guess of it.
_EITHER_ORDER = re.compile(r"\b(?:before or after|after or before)\b")
# The question around the topics ("what comes first in the course, X"): no topic.
_FRAME = re.compile(r"^.*[,:;]\s*|\b(?:which|what|whats|comes?|first|earlier|sooner|in the "
                    r"(?:course|module|term)|do|does|we|you|they|cover(?:ed)?|learn(?:ed|t)?|"
                    r"about|taught|teach(?:es)?|is|are|the|stuff|topics?|one|ones|get to|"
                    r"gets to)\b")
_SPLIT_ORDER = re.compile(r"\s(before|after|earlier than|later than|ahead of|prior to)\s")
_SPLIT_EITHER = re.compile(r"\s(?:or|vs\.?|versus|then)\s")
_SESSION_KINDS = {"lecture", "tutorial"}


def _sides(text: str) -> tuple[list[str], str | None]:
    """The two topics' phrases and the order word between them ("before", "after"; None
    for "which comes first, X or Y")."""
    # ("or the other way", "before or after": which of the two is asked, no guess of it)
    asked_which = bool(_EITHER_ORDER.search(text) or _TAIL.search(text))
    text = _TAIL.sub("", _EITHER_ORDER.sub("before", text))
    parts = _SPLIT_ORDER.split(text, maxsplit=1)
    if len(parts) == 3:
        relation = "after" if parts[1] in ("after", "later than") else "before"
        sides = [parts[0], parts[2]]
    else:
        sides, relation = _SPLIT_EITHER.split(text, maxsplit=1), None
    sides = [" ".join(_FRAME.sub(" ", side).split()) for side in sides]
    return sides, None if asked_which else relation


def _taught_in(side: str, view: CourseView) -> list[Event]:
    """The lectures and tutorials whose titles name the phrase's topic, in course order:
    every title that names it outright, else the one closest match ("alexnet" is lecture 7,
    not the CNN lecture before it that is close in meaning)."""
    matches = view.topics.search(side, kinds=_SESSION_KINDS)
    named = [m for m in matches if m.named and m.score >= MATCH_THRESHOLD]
    chosen = named or [m for m in matches if m.score >= MATCH_THRESHOLD][:1]
    found = {e.id: e for m in chosen if (e := view.schedule.event(m.item.id)) is not None}
    return sorted(found.values(), key=lambda e: _page_order(view, e))


def _page_order(view: CourseView, e: Event) -> tuple:
    """When an event is taught: by its time, else at the start of its week in the page's
    order of lectures (lecture 16 before lecture 17 of the same week)."""
    s = view.schedule
    index = next((i for i, lec in enumerate(s.lectures) if lec.id == e.id), len(s.lectures))
    if e.start is not None:
        return (e.start, index)
    week = s.week(e.week) if e.week is not None else None
    day = (datetime.combine(week.starts, time(), view.tz) if week is not None
           else datetime.max.replace(tzinfo=view.tz))
    return (day, index)


def asks_topic_order(q: Query) -> bool:
    """A question of which of two topics the course teaches first."""
    text = q.text
    return bool(_ORDER_WORD.search(text) and (_TAUGHT.search(text) or _WHICH_FIRST.search(text))
                and not (q.coursework or q.staff or q.has("deadline", "exam")))


def answer_topic_order(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Each topic's first lecture or tutorial, with its date, and which comes first (yes or
    no first to "is X taught before Y"); None unless the question sets two topics the titles
    name against each other in order."""
    if not asks_topic_order(q) or q.lectures or q.tutorials:
        return None
    sides, relation = _sides(q.text)
    if len(sides) != 2:
        return None
    taught = [_taught_in(side, view) for side in sides]
    if not all(taught):
        return None
    firsts = [t[0] for t in taught]
    a, b = set(taught[0]), set(taught[1])
    if a <= b or b <= a:
        # one title names both, or every session of one is a session of the other ("in a VAE
        # what comes after the encoder": a part of one topic): no order between them to give
        return None
    shared = [e for e in taught[0] if e in taught[1]]
    own = [[e for e in t if e not in shared] or t for t in taught]
    firsts = [o[0] for o in own]
    if firsts[0] == firsts[1]:
        return None
    order = sorted(range(2), key=lambda i: _page_order(view, firsts[i]))
    first, second = firsts[order[0]], firsts[order[1]]
    verdict = W.TOPIC_ORDER.format(first=event_name(first), second=event_name(second))
    if relation is not None:
        right = (order[0] == 0) == (relation == "before")
        verdict = f"{W.CONFIRM_YES if right else W.CONFIRM_NO} {verdict}"
    shown = sorted({e.id: e for e in [first, second, *shared]}.values(),
                   key=lambda e: _page_order(view, e))
    lines = [verdict, *view.event_lines(shown, reader)]
    if shared:
        lines.append(W.TOPIC_ORDER_SHARED.format(
            sessions=", ".join(event_name(e) for e in shared)))
    return Reply("schedule", True, 0.85, "\n".join(lines), shown)

