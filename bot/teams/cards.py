"""Answers as Adaptive Cards (schema 1.5) with a plain-text fallback.

A card is used only where it adds something: events (times in two zones, place, staff, a
button per event) and passages of the notes. Everything else is plain text.

Notes are rendered the way Teams shows cards: paragraphs and lists as Markdown TextBlocks
(Teams renders bold, italics, lists and links in them, nothing more), tables as `Table`,
code as `CodeBlock` (monospace text where a client lacks it), formulas in Unicode set apart
in an emphasis container. The whole section is one tap away (`Action.ShowCard`).
"""

from __future__ import annotations

import json
import re
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import wording as W
from bot.core.answer import Answer, Quote
from bot.core.timefmt import format_span
from bot.core.zones import zone_name
from bot.knowledge.math_text import readable_math
from bot.knowledge.render import code_lines, display_formula, list_items, plain, table_rows
from bot.knowledge.units import CODE, FORMULA, LIST, QUOTE, TABLE, blocks
from bot.reminders.compose import ReminderMessage
from bot.schedule.model import Event
from bot.teams.safe_text import defang, text_run

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
    if answer.quotes and answer.quotes[0].section:
        quote = answer.quotes[0]
        card.setdefault("actions", []).append(
            {"type": "Action.ShowCard", "title": W.CARD_WHOLE_SECTION,
             "card": {"type": "AdaptiveCard", "body": [
                 {"type": "TextBlock", "text": _inline(quote.section_title), "weight": "Bolder",
                  "wrap": True},
                 *note_elements(quote.section),
                 {"type": "TextBlock", "text": _inline(quote.citation), "isSubtle": True,
                  "wrap": True}]}})
        if _size(card) > MAX_CARD_BYTES:  # a huge section: the sources still say where
            card["actions"].pop()
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
    body: list[dict[str, Any]] = []
    for part in _parts(answer):
        if isinstance(part, Quote):
            body.extend(note_elements(part.markdown))
            body.append({"type": "TextBlock", "text": _inline(part.citation), "isSubtle": True,
                         "spacing": "Small", "wrap": True})
            continue
        text = fit_text(readable_math(_lead_text(part) if events else part))
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


def _lead_text(text: str) -> str:
    """The text without its event bullets, which the card shows as blocks instead."""
    kept = [line for line in text.splitlines() if not line.startswith("• ")]
    return "\n\n".join(line for line in kept if line.strip())


def _parts(answer: Answer) -> list[str | Quote]:
    """The answer's text with each quote of the notes in its place, to be rendered as
    blocks rather than as the plain text `text` has (the citation goes with the quote)."""
    parts: list[str | Quote] = []
    rest = answer.text
    for quote in answer.quotes:
        for shown in (f"{plain(quote.markdown)}\n\n{quote.citation}", plain(quote.markdown)):
            at = rest.find(shown)
            if at >= 0:
                parts.extend([rest[:at], quote])
                rest = rest[at + len(shown):]
                break
    parts.append(rest)
    return [p for p in parts if isinstance(p, Quote) or p.strip()]


# Notes as card elements ----------------------------------------------------------------
_CODE_LANGUAGES = {"python": "Python", "py": "Python", "bash": "Bash", "sh": "Bash",
                   "json": "JSON", "sql": "SQL", "javascript": "JavaScript", "js": "JavaScript"}


def _inline(text: str) -> str:
    """A paragraph's inline Markdown as Teams renders it in a TextBlock: bold, italics and
    links stay; formulas become Unicode; inline code loses its backticks (Teams would show
    them); an underscore or asterisk from a formula cannot start emphasis."""
    def math(m: re.Match) -> str:
        shown = readable_math(m.group(0)).replace("\n", " ")
        return re.sub(r"(?<=[^\w])_|^_", r"\_", shown).replace("*", "∗")

    text = " ".join(text.split())
    text = re.sub(r"\$\$.+?\$\$|\$(?!\s)[^$\n]+?(?<!\s)\$(?!\d)", math, text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # an image: its caption
    return re.sub(r"`([^`\n]+)`", r"\1", text)


def note_elements(markdown: str) -> list[dict[str, Any]]:
    """Markdown from the notes as Adaptive Card elements, in order."""
    out: list[dict[str, Any]] = []
    for block in blocks(markdown):
        if block.kind == LIST:
            lines = []
            for depth, marker, said in list_items(block.text):
                bullet = "-" if marker in "-*+" else marker
                lines.append(f"{bullet} {'◦ ' * depth}{_inline(said)}")
            out.append({"type": "TextBlock", "text": "\r".join(lines), "wrap": True})
        elif block.kind == FORMULA:
            out.append({"type": "Container", "style": "emphasis", "items": [
                {"type": "TextBlock", "text": _inline_math_line(line), "wrap": True,
                 "horizontalAlignment": "Center"} for line in display_formula(block.text)]})
        elif block.kind == TABLE:
            out.append(_table(block.text))
        elif block.kind == CODE:
            language, lines = code_lines(block.text)
            code = "\n".join(lines)
            out.append({"type": "CodeBlock", "codeSnippet": code,
                        "language": _CODE_LANGUAGES.get(language.lower(), "PlainText"),
                        "fallback": {"type": "TextBlock", "text": code, "wrap": True,
                                     "fontType": "Monospace"}})
        elif block.kind == QUOTE:
            out.append({"type": "TextBlock", "isSubtle": True, "wrap": True,
                        "text": _inline(re.sub(r"^\s*>\s?", "", block.text, flags=re.M))})
        else:
            out.append({"type": "TextBlock", "text": _inline(block.text), "wrap": True})
    return out


def _inline_math_line(line: str) -> str:
    """A line of a display formula (already Unicode), safe from Markdown emphasis."""
    return re.sub(r"(?<=[^\w])_|^_", r"\_", line).replace("*", "∗")


def _table(text: str) -> dict[str, Any]:
    header, body = table_rows(text)

    def cell(raw: str, bold: bool) -> dict[str, Any]:
        block = {"type": "TextBlock", "text": _inline(raw), "wrap": True}
        if bold:
            block["weight"] = "Bolder"
        return {"type": "TableCell", "items": [block]}

    return {"type": "Table", "firstRowAsHeader": True, "showGridLines": True,
            "columns": [{"width": 1} for _ in header],
            "rows": [{"type": "TableRow", "cells": [cell(c, True) for c in header]}]
            + [{"type": "TableRow", "cells": [cell(c, False) for c in row]} for row in body]}


def _event_block(e: Event, reader: ZoneInfo, course: ZoneInfo) -> dict[str, Any]:
    title = f"{e.id}: {e.title}" + (f" ({e.topic})" if e.topic else "")
    facts = []
    if e.start is not None:
        facts.append({"title": W.CARD_YOUR_TIME, "value": format_span(e.start, e.end, reader,
                                                                     reader)})
        if zone_name(reader) != zone_name(course):
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


def triage_card(group_id: int, text: str, question: str = "") -> dict[str, Any]:
    """A new question for the TA channel, with "Answer" (a text box) and "Close".

    `text` is the bot's; `question` is the student's, shown in a TextRun (never Markdown)
    with its addresses defanged, so it cannot be a disguised link.
    """
    answer_form = {"type": "AdaptiveCard", "body": [
        {"type": "Input.Text", "id": "answer_text", "isMultiline": True},
        {"type": "Input.Toggle", "id": "faq", "title": "Add to the FAQ", "value": "false",
         "valueOn": "true", "valueOff": "false"}],
        "actions": [{"type": "Action.Submit", "title": W.TRIAGE_BUTTON_ANSWER,
                     "data": {"triage": "answer", "group": group_id}}]}
    body: list[dict[str, Any]] = [{"type": "TextBlock", "text": fit_text(text), "wrap": True}]
    if question:
        body.append({"type": "RichTextBlock", "inlines": [text_run(fit_text(question))]})
    return {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": CARD_VERSION,
            "body": body,
            "actions": [{"type": "Action.ShowCard", "title": W.TRIAGE_BUTTON_ANSWER,
                         "card": answer_form},
                        {"type": "Action.Submit", "title": W.TRIAGE_BUTTON_CLOSE,
                         "data": {"triage": "close", "group": group_id}}],
            "fallbackText": fit_text(f"{text} {defang(question)}".strip())}


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
