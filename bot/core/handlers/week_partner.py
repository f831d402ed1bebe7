"""The session that goes with a lecture: "the tutorial for lecture 9", "which q&a goes with
the gan lecture", "is there a tutorial to go with it". The page pairs a lecture with its
week's sessions, not with a session on the same topic: the answer is the lecture's week and
that week's sessions of the kind asked, said to be the same week's."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, with_qa_slots
from bot.core.handlers import Reply
from bot.core.lexicon import CUES
from bot.core.queries import anchor_named
from bot.core.understand import Query
from bot.schedule.model import Event

_PARTNERED = ("tutorial", "qa")
# What ties the session to the lecture, right after the session's word: "for", "that goes
# with", "to go along with", "accompanying", "paired with", "linked to", "belonging to".
_TIES = re.compile(r"^(?:\w+ ){0,2}?(?:for|(?:that |which |to )?go(?:es)?(?: along)? with|"
                   r"going with|accompany\w*|paired with|linked (?:to|with)|"
                   r"belong(?:s|ing)? (?:to|with)|matching)\b")
_FOR_IT = re.compile(r"\b(?:for|with|accompanying|to) (?:it|that|this|that one|this one)\b")
_CLAUSE_END = re.compile(r"[.?!,;:()\-]| and | or ")


def _tied_kinds(q: Query) -> set[str]:
    """The kinds of session said with a tie after their word ("tutorial for")."""
    words = q.text.split()
    tied = set()
    for i, w in enumerate(words):
        kinds = {k for k in _PARTNERED if w in CUES[k] | q.cues.get(k, set())}
        if kinds and _TIES.search(" ".join(words[i + 1:i + 5])):
            tied |= kinds
    return tied


def _lecture_named(q: Query, view: CourseView) -> Event | None:
    """The one lecture the question names: by number, or by its topic after a lecture word
    ("the lecture about lenet")."""
    if q.lectures:
        found = [view.schedule.event(x) for x in q.lectures]
        return found[0] if len(found) == 1 else None
    m = re.search(r"\b(?:" + "|".join(sorted(CUES["lecture"])) + r")\b", q.text)
    if m is None:
        # "... is there a tutorial for it": the lecture the earlier part named, carried
        top = q.topic_matches[0] if q.topic_matches else None
        if (_FOR_IT.search(q.text) and top is not None and top.named
                and top.item.kind == "lecture"):
            return view.schedule.event(top.item.id)
        return None
    tail = _CLAUSE_END.split(q.text[m.start():], maxsplit=1)[0]
    # (or its topic before the word: "the inception lecture", back to the session asked)
    before = _CLAUSE_END.split(q.text[:m.end()])[-1].split()
    sessions = set().union(*(CUES[k] for k in _PARTNERED))
    last_session = max((i for i, w in enumerate(before) if w in sessions), default=-1)
    head = " ".join(before[last_session + 1:])
    head = " ".join(head[tie.end():].split()[-4:] if (tie := _TIES.search(head)) else
                    head.split()[-4:])  # (without the tie: "accompanying the vae lecture")
    for words in (tail, head):
        named = anchor_named(words, view)
        if len(named) == 1 and named[0].kind == "lecture":
            return named[0]
    return None


def answer_week_partner(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"What's the tutorial for lecture 9 and when": that lecture's week and the tutorials
    in it. None unless a tutorial or Q&A is asked as the one for a lecture the question
    names (a tutorial named by its own topic or number is answered as itself)."""
    if q.tutorials or q.coursework or q.staff:
        return None
    asked = _tied_kinds(q)
    if not asked:
        return None
    lecture = _lecture_named(q, view)
    if lecture is None or lecture.week is None:
        return None
    kinds = with_qa_slots(asked, view.schedule)
    same = [e for e in view.events if e.kind in kinds and e.week == lecture.week]
    what = " and ".join(W.EVENT_KIND_NAMES[k] for k in _PARTNERED if k in asked)
    head = W.ANCHOR_SESSION.format(title=event_name(lecture), week=lecture.week)
    if not same:
        return Reply("schedule", True, 0.85, "\n".join(
            [head, W.SAME_WEEK_NONE.format(what=what, week=lecture.week)]), [lecture])
    return Reply("schedule", True, 0.85, "\n".join(
        [head, W.SAME_WEEK_SESSIONS.format(what=what, week=lecture.week),
         *view.event_lines(same, reader)]), [lecture, *same])
