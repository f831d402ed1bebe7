"""Answers as Adaptive Cards (schema 1.5) with a plain-text fallback.

A card is used only where it adds something: events (times in two zones, place, staff, a
button per event) and retrieved passages (their citations). Everything else is plain text.
"""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.answer import Answer
from bot.core.timefmt import format_span
from bot.reminders.compose import ReminderMessage
from bot.schedule.model import Event
from bot.teams.math_text import readable_math

CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CARD_VERSION = "1.5"
# Teams rejects messages above about 80 KB; stay well under it, leaving room for the envelope.
MAX_CARD_BYTES = 60_000
MAX_EVENTS = 8
MAX_BUTTONS = 3
MAX_TEXT_CHARS = 12_000  # of the answer's text, in the card and in plain replies


def fit_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """The text cut at a word boundary, marked as shortened, when it is over `limit`."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " … " + W.CARD_TRIMMED


def answer_card(answer: Answer, reader: ZoneInfo, course: ZoneInfo,
                ask_ta: str | None = None) -> dict[str, Any] | None:
    """The card for an answer, or None when plain text says it all.

    `ask_ta`: the question, for an "Ask a TA" button on answers from the notes.
    """
    if answer.suggestions:
        return _suggestions_card(answer)
    if not answer.events and not answer.sources:
        return None
    events = list(answer.events[:MAX_EVENTS])
    card = _build(answer, events, reader, course, trimmed=len(answer.events) > len(events))
    while _size(card) > MAX_CARD_BYTES and events:
        events = events[:-1]
        card = _build(answer, events, reader, course, trimmed=True)
    if ask_ta and answer.sources and answer.intent != "faq":
        card.setdefault("actions", []).append(
            {"type": "Action.Submit", "title": W.TRIAGE_ASK_TA_BUTTON,
             "data": {"triage": "ask", "question": ask_ta[:500]}})
    return card


def _suggestions_card(answer: Answer) -> dict[str, Any]:
    """"Did you mean": one button per reading; it asks the same question with that intent."""
    lead = [line for line in answer.text.splitlines() if not line.startswith("• ")]
    return {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": CARD_VERSION,
            "body": [{"type": "TextBlock", "text": fit_text(" ".join(lead)), "wrap": True}],
            "actions": [{"type": "Action.Submit", "title": s.title,
                         "data": {"ask": answer.question[:500], "intent": s.intent}}
                        for s in answer.suggestions[:MAX_BUTTONS]],
            "fallbackText": fit_text(answer.text, MAX_TEXT_CHARS // 2)}


def _build(answer: Answer, events: list[Event], reader: ZoneInfo, course: ZoneInfo, *,
           trimmed: bool) -> dict[str, Any]:
    # Teams cannot render LaTeX: formulas from the notes are shown in plain Unicode.
    text = fit_text(readable_math(_lead_text(answer) if events else answer.text))
    body: list[dict[str, Any]] = []
    if text:
        body.append({"type": "TextBlock", "text": text, "wrap": True})
    body.extend(_event_block(e, reader, course) for e in events)
    if answer.sources:
        body.append({"type": "TextBlock", "text": W.CARD_SOURCES, "weight": "Bolder",
                     "spacing": "Medium", "wrap": True})
        body.append({"type": "FactSet", "facts": [
            {"title": s.id, "value": W.CARD_SOURCE_LINE.format(
                title=s.title,
                lecture=W.CARD_SOURCE_LECTURE.format(lecture=s.lecture) if s.lecture else "")}
            for s in answer.sources]})
    if trimmed:
        body.append({"type": "TextBlock", "text": W.CARD_TRIMMED, "isSubtle": True,
                     "wrap": True})
    card: dict[str, Any] = {
        "type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": CARD_VERSION, "body": body,
        "fallbackText": fit_text(readable_math(answer.text), MAX_TEXT_CHARS // 2)}
    actions = _actions(answer, events)
    if actions:
        card["actions"] = actions
    return card


def _lead_text(answer: Answer) -> str:
    """The answer without its event bullets, which the card shows as blocks instead."""
    kept = [line for line in answer.text.splitlines() if not line.startswith("• ")]
    return "\n\n".join(line for line in kept if line.strip())


def _event_block(e: Event, reader: ZoneInfo, course: ZoneInfo) -> dict[str, Any]:
    title = f"{e.id}: {e.title}" + (f" ({e.topic})" if e.topic else "")
    facts = []
    if e.start is not None:
        facts.append({"title": W.CARD_YOUR_TIME, "value": format_span(e.start, e.end, reader,
                                                                     reader)})
        if reader.key != course.key:
            facts.append({"title": W.CARD_COURSE_TIME,
                          "value": format_span(e.start, e.end, course, course)})
    else:
        facts.append({"title": W.CARD_WEEK, "value": f"{e.week} ({W.CARD_NO_TIME})"})
    if e.location:
        facts.append({"title": W.CARD_WHERE, "value": e.location})
    if e.staff:
        facts.append({"title": W.CARD_STAFF, "value": ", ".join(e.staff)})
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": [
        {"type": "TextBlock", "text": title, "weight": "Bolder", "wrap": True},
        {"type": "FactSet", "facts": facts}]}


def _actions(answer: Answer, events: list[Event]) -> list[dict[str, Any]]:
    seen: list[str] = []
    for e in events:
        if e.id not in seen:
            seen.append(e.id)
    if len(seen) < 2:  # the answer is already about that one event
        return []
    return [{"type": "Action.Submit", "title": W.CARD_MORE_ABOUT.format(id=i),
             "data": {"ask": W.CARD_ASK_ABOUT.format(id=i)}} for i in seen[:MAX_BUTTONS]]


def _size(card: dict[str, Any]) -> int:
    return len(json.dumps(card, ensure_ascii=False).encode("utf-8"))


def triage_card(group_id: int, text: str) -> dict[str, Any]:
    """A new question for the TA channel, with "Answer" (a text box) and "Close"."""
    answer_form = {"type": "AdaptiveCard", "body": [
        {"type": "Input.Text", "id": "answer_text", "isMultiline": True},
        {"type": "Input.Toggle", "id": "faq", "title": "Add to the FAQ", "value": "false",
         "valueOn": "true", "valueOff": "false"}],
        "actions": [{"type": "Action.Submit", "title": W.TRIAGE_BUTTON_ANSWER,
                     "data": {"triage": "answer", "group": group_id}}]}
    return {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": CARD_VERSION,
            "body": [{"type": "TextBlock", "text": fit_text(text), "wrap": True}],
            "actions": [{"type": "Action.ShowCard", "title": W.TRIAGE_BUTTON_ANSWER,
                         "card": answer_form},
                        {"type": "Action.Submit", "title": W.TRIAGE_BUTTON_CLOSE,
                         "data": {"triage": "close", "group": group_id}}],
            "fallbackText": fit_text(text)}


def reminder_card(message: ReminderMessage, reader: ZoneInfo, course: ZoneInfo,
                  calendar_url: str | None) -> dict[str, Any]:
    """A reminder: the event, time left, both zones, where to submit; stop, snooze, add."""
    body: list[dict[str, Any]] = [{"type": "TextBlock", "text": fit_text(message.text),
                                   "wrap": True}]
    e = message.event
    actions: list[dict[str, Any]] = []
    if e is not None:
        block = _event_block(e, reader, course)
        facts = block["items"][1]["facts"]
        if message.time_left:
            facts.insert(0, {"title": W.CARD_TIME_LEFT, "value": message.time_left})
        if message.submit_via:
            facts.append({"title": W.CARD_SUBMIT_ON, "value": message.submit_via})
        body.append(block)
        if message.reminder.type != "changed":
            actions.append({"type": "Action.Submit", "title": W.CARD_SNOOZE,
                            "data": {"reminder": "snooze", "event": e.id}})
        if calendar_url:
            actions.append({"type": "Action.OpenUrl", "title": W.CARD_ADD_TO_CALENDAR,
                            "url": f"{calendar_url}/calendar/{e.id}.ics"})
    if message.kind:
        actions.insert(0, {"type": "Action.Submit", "title": W.CARD_STOP_THESE,
                           "data": {"reminder": "stop", "kind": message.kind}})
    card: dict[str, Any] = {"type": "AdaptiveCard", "$schema": CARD_SCHEMA,
                            "version": CARD_VERSION, "body": body,
                            "fallbackText": fit_text(message.text, MAX_TEXT_CHARS // 2)}
    if actions:
        card["actions"] = actions
    return card
