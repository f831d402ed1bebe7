"""Automatic tags for an escalated question: category, week, lecture and urgency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.answer import Answer
from bot.core.personal import rule_verdict
from bot.schedule.model import Schedule

CATEGORIES = ("logistics", "content", "coursework", "admin", "personal")
_COURSEWORK = re.compile(r"\b(cw ?\d|coursework|task ?\d|assignment|submission|submit|"
                         r"notebook|deadline)\b", re.IGNORECASE)
_CW_ID = re.compile(r"\b(?:cw|coursework|task) ?([1-9])\b", re.IGNORECASE)
_CONTENT_INTENTS = ("content", "topic", "reading")
_LOGISTICS_INTENTS = ("schedule", "people", "logistics", "missing", "deadline")


@dataclass(frozen=True)
class Tags:
    category: str
    week: int | None
    lecture: str | None
    deadline_id: str | None  # the deadline the question concerns, if any
    due: datetime | None  # and when it is due
    urgency: str  # high (due within 2 days), medium (within a week), low

    @property
    def personal(self) -> bool:
        return self.category == "personal"


def tag(question: str, answer: Answer, schedule: Schedule, now: datetime,
        personal: bool | None = None) -> Tags:
    """`personal`: the personal-matter detector's verdict (bot/core/personal.py); without
    one, its rules alone decide."""
    if personal is None:
        personal = rule_verdict(question) is not None
    if answer.intent == "personal" or personal:
        category = "personal"
    elif _COURSEWORK.search(question) or _names(question, schedule.assessment.submission_via):
        category = "coursework"  # the submission system is named too
    elif answer.intent in _CONTENT_INTENTS or answer.sources:
        category = "content"
    elif answer.intent in _LOGISTICS_INTENTS:
        category = "logistics"
    else:
        category = "admin"
    lecture = next((s.lecture for s in answer.sources if s.lecture), None)
    week = next((e.week for e in answer.events if e.week), None)
    if week is None and lecture is not None:
        lec = next((x for x in schedule.lectures if x.number == lecture), None)
        week = getattr(lec, "week", None)
    if week is None:
        current = schedule.week_of(now.astimezone(schedule.tz).date())
        week = current.number if current else None
    deadline_id, due = _deadline(question, category, schedule, now)
    urgency = "low"
    if due is not None:
        left = due - now
        urgency = "high" if left <= timedelta(days=2) else \
            "medium" if left <= timedelta(days=7) else "low"
    return Tags(category, week, lecture, deadline_id, due, urgency)


def _names(text: str, name: str) -> bool:
    return bool(re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE))


def _deadline(question: str, category: str, schedule: Schedule,
              now: datetime) -> tuple[str | None, datetime | None]:
    m = _CW_ID.search(question)
    cw = next((c for c in schedule.coursework if m and c.number == int(m.group(1))), None)
    named = schedule.event(cw.id) if cw else None
    if named is not None and named.kind == "deadline" and named.start:
        return named.id, named.start
    deadlines = [e for e in schedule.events() if e.kind == "deadline" and e.start]
    if category in ("coursework", "personal"):
        upcoming = [e for e in deadlines if e.start and e.start > now]
        if upcoming:
            nearest = min(upcoming, key=lambda e: e.start)  # type: ignore[arg-type,return-value]
            return nearest.id, nearest.start
    return None, None
