"""Activities as plain text, for the console (`chat --http`) and logs."""

from __future__ import annotations

import re
from typing import Any

ADAPTIVE = "application/vnd.microsoft.card.adaptive"


def activity_text(activity: dict[str, Any]) -> str:
    parts = [activity.get("text") or ""]
    for attachment in activity.get("attachments") or []:
        if attachment.get("contentType") == ADAPTIVE:
            parts.append(card_text(attachment.get("content") or {}))
    return "\n".join(p for p in parts if p)


def activity_more(activity: dict[str, Any]) -> str | None:
    """What a card's "Show the whole section" (an Action.ShowCard) would show, as text."""
    for attachment in activity.get("attachments") or []:
        content = attachment.get("content") or {}
        if attachment.get("contentType") != ADAPTIVE:
            continue
        for action in content.get("actions") or []:
            if action.get("type") == "Action.ShowCard":
                return card_text(action.get("card") or {})
    return None


def card_text(card: dict[str, Any]) -> str:
    lines: list[str] = []
    _elements(card.get("body") or [], lines)
    buttons = [a.get("title", "") for a in card.get("actions") or []]
    if buttons:
        lines.append("  ".join(f"[{b}]" for b in buttons))
    return "\n".join(lines) if lines else card.get("fallbackText", "")


def _markdown(text: str) -> str:
    """A TextBlock's Markdown as plain text: emphasis markers and escapes dropped, list
    items (separated by \\r in Teams) one a line."""
    text = text.replace("\r", "\n")
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^- ", "• ", text, flags=re.M)
    return re.sub(r"\\([_*\\`\[\]])", r"\1", text)


def _elements(items: list[dict[str, Any]], lines: list[str]) -> None:
    for el in items:
        kind = el.get("type")
        if kind == "TextBlock":
            lines.append(_markdown(el.get("text", "")))
        elif kind == "CodeBlock":
            lines.extend("    " + line for line in (el.get("codeSnippet") or "").splitlines())
        elif kind == "Table":
            for row in el.get("rows") or []:
                cells = []
                for cell in row.get("cells") or []:
                    inner: list[str] = []
                    _elements(cell.get("items") or [], inner)
                    cells.append(" ".join(inner))
                lines.append("  |  ".join(cells))
        elif kind == "RichTextBlock":
            lines.append("".join(r if isinstance(r, str) else str(r.get("text", ""))
                                 for r in el.get("inlines") or []))
        elif kind == "FactSet":
            lines.extend(f"  {f.get('title', '')}: {f.get('value', '')}"
                         for f in el.get("facts") or [])
        elif kind == "Container":
            _elements(el.get("items") or [], lines)
        elif kind == "ColumnSet":
            for column in el.get("columns") or []:
                _elements(column.get("items") or [], lines)
