"""What a coursework task covers ("is VAEs in cw2", "which cw covers GANs", "what's cw3
about"): the course page does not say. Said so, then what it does say of the nearest things:
where the task descriptions are, the weeks each task is listed in with their lectures, and
the week the topic asked about is taught."""

from __future__ import annotations

import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import join
from bot.core.handlers import Reply
from bot.core.topics import MATCH_THRESHOLD, TopicMatch
from bot.core.understand import Query
from bot.schedule.model import Event

# A topic placed in a task: "is X in cw2", "does cw1 involve X", "cw2 is on X", "part of".
# ("can we use keras in cw2", "do we need X for cw1": a rule, not what the task covers)
_PLACED = re.compile(r"\b(?:in|on|part of|about|based on|involv\w*|includ\w*|cover\w*"
                     r"|test(?:s|ed)?)\b")
_WHICH = re.compile(r"\b(?:which|what)\b")
# What a task is about, no topic named: "what's cw3 about", "what topics does cw1 cover".
# ("what about cw1" asks the same again of another task, not what it covers)
_WHAT_ABOUT = re.compile(r"\bwhat(?:'s|s| is)?\b(?!\s+about\b).*\b(?:about|cover\w*|topics?"
                         r"|involv\w*|includ\w*)\b")
# Cues of the other things asked of a task: its date, its handout, its instructions.
_OTHER_CUES = ("deadline", "when", "spec", "read", "materials_where", "submit")
# What else a question about a task may ask: its date, its marks, its rules, the exam.
_OTHER_ASKED = frozenset({
    "due", "deadline", "deadlines", "submit", "submitted", "submission", "hand", "weight",
    "worth", "mark", "marks", "marked", "marking", "assessor", "assessors", "assessed", "who",
    "late", "extension", "individual", "individually", "pairs", "group", "groups", "exam",
    "exams", "examinable", "when", "released", "release", "grade", "grades", "feedback",
    "help", "stuck", "error", "bug", "hint", "hints", "answer", "answers", "solution", "use",
    "using", "allowed", "can", "need", "required", "time", "open", "opens", "close", "closes",
    "date", "dates", "still", "left", "meant", "instructions", "notebook", "notebooks"})


def answer_task_contents(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The page's silence on what a task covers, and what it says nearest. None unless the
    question asks what a task covers ("what's cw3 about") or whether, or which task, a topic
    of the lectures is in."""
    if not (q.coursework or q.has("coursework")) or q.time.window is not None:
        return None
    if (set(q.words) & _OTHER_ASKED or q.lectures or q.tutorials or q.kinds - {"deadline"}
            or q.has(*_OTHER_CUES) or any(kind == "zone" for kind, _ in q.spans)):
        return None
    topic = q.topic.strip()
    if topic:
        # ("which cw is the gan one": which task, asked with a topic)
        placed = _PLACED.search(q.text) or (not q.coursework and _WHICH.search(q.text))
        if not placed or not _topic_matches(q, view):
            return None
    elif not (q.coursework and _WHAT_ABOUT.search(q.text)):
        return None
    s = view.schedule
    tasks = [c for c in s.coursework if c.id in q.coursework] or list(s.coursework)
    if not tasks:
        return None
    lines = [W.TASK_CONTENTS_UNKNOWN.format(notebooks=s.assessment.notebooks_note,
                                            locations=" and ".join(s.course.materials_locations))]
    events: list[Event] = []
    for task in tasks:
        due = view.schedule.event(task.id)
        if due is None or due.start is None:
            continue
        events.append(due)
        line = W.TASK_LISTED.format(id=task.id, weeks=_weeks(task.listed_in_weeks),
                                    when=view.instant(due.start, reader))
        taught = [f"{lec.number} {lec.title}" for lec in s.lectures
                  if lec.week in task.listed_in_weeks]
        if taught and not topic:
            line += " " + W.TASK_WEEKS_LECTURES.format(lectures="; ".join(taught))
        lines.append(line)
    for match in _topic_matches(q, view)[:2]:
        listed = [t.id for t in tasks if match.item.week in t.listed_in_weeks]
        lines.append(W.TOPIC_TAUGHT_WEEK.format(
            what=_item_name(match), week=match.item.week,
            tasks=W.TOPIC_TASKS_LISTED.format(ids=" and ".join(listed)) if listed else ""))
    return Reply("logistics", False, 0.7, "\n".join(lines), events)


def _topic_matches(q: Query, view: CourseView) -> list[TopicMatch]:
    """The lectures (else tutorials) the topic asked names, best first."""
    found = q.topic_matches or (view.topics.search(q.topic) if q.topic else [])
    found = [m for m in found if m.score >= MATCH_THRESHOLD]
    lectures = [m for m in found if m.item.kind == "lecture"]
    return lectures or [m for m in found if m.item.kind == "tutorial"]


def _item_name(match: TopicMatch) -> str:
    kind = {"lecture": "Lecture", "tutorial": "Tutorial"}.get(match.item.kind, "")
    return f"{kind} {match.item.id.lstrip('LT')} ({match.item.title})".strip() if kind \
        else match.item.title


def _weeks(weeks: list[int]) -> str:
    if not weeks:  # (a task the page lists under no week)
        return W.WEEKS_NONE
    if len(weeks) == 1:
        return W.WEEK_ONE.format(week=weeks[0])
    return W.WEEKS_MANY.format(weeks=join([str(w) for w in weeks]))
