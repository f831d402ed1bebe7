"""Automatic tags for an escalated question: category, week, lecture and urgency.

The category comes from what understanding made of the question (its frames' intents and
entities, carried by the answer); personal matters are decided by the same detector as when
answering (`bot/core/personal.py`), so what the bot treats as personal, triage keeps private.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.core.answer import Answer
from bot.core.personal import rule_verdict
from bot.nlu.intents import Intent
from bot.schedule.model import Schedule

CATEGORIES = ("logistics", "content", "coursework", "admin", "personal")
# A question escalated without being understood ("ask a TA: ..." pressed on its own) still
# names its task: "cw2", "task 3".
_CW_ID = re.compile(r"\b(?:cw|coursework|task) ?([1-9])\b", re.IGNORECASE)
_COURSEWORK_INTENTS = {Intent.OWN_WORK, Intent.DEADLINE}
_CONTENT_INTENTS = {Intent.CONTENT, Intent.TOPIC, Intent.READING}
_LOGISTICS_INTENTS = {Intent.SCHEDULE, Intent.PEOPLE, Intent.LOGISTICS, Intent.MISSING}
_NAMES = {i.value for i in Intent}


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
    """`personal`: the personal-matter detector's verdict (bot/core/personal.py), the same
    one understanding used when answering; without one, its rules alone decide."""
    if personal is None:
        personal = rule_verdict(question) is not None
    intents = {f.intent for f in answer.frames} | ({Intent(answer.intent)}
                                                   if answer.intent in _NAMES else set())
    named = [c for f in answer.frames for c in f.entities.coursework]
    if Intent.PERSONAL in intents or personal:
        category = "personal"
    elif (named or intents & _COURSEWORK_INTENTS or _CW_ID.search(question)
          or _names(question, schedule.assessment.submission_via)):
        category = "coursework"  # the submission system is named too
    elif intents & _CONTENT_INTENTS or answer.sources:
        category = "content"
    elif intents & _LOGISTICS_INTENTS:
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
    deadline_id, due = _deadline(question, named, category, schedule, now)
    urgency = "low"
    if due is not None:
        left = due - now
        urgency = "high" if left <= timedelta(days=2) else \
            "medium" if left <= timedelta(days=7) else "low"
    return Tags(category, week, lecture, deadline_id, due, urgency)


def _names(text: str, name: str) -> bool:
    return bool(name) and bool(re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE))


def _deadline(question: str, named: list[str], category: str, schedule: Schedule,
              now: datetime) -> tuple[str | None, datetime | None]:
    if not named and (m := _CW_ID.search(question)):
        named = [cw.id for cw in schedule.coursework if cw.number == int(m.group(1))]
    event = schedule.event(named[0]) if named else None
    if event is not None and event.kind == "deadline" and event.start:
        return event.id, event.start
    deadlines = [e for e in schedule.events() if e.kind == "deadline" and e.start]
    if category in ("coursework", "personal"):
        upcoming = [e for e in deadlines if e.start and e.start > now]
        if upcoming:
            nearest = min(upcoming, key=lambda e: e.start)  # type: ignore[arg-type,return-value]
            return nearest.id, nearest.start
    return None, None
