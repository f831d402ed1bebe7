"""Activities as plain text, for the console (`chat --http`) and logs."""

from __future__ import annotations

from typing import Any

ADAPTIVE = "application/vnd.microsoft.card.adaptive"


def activity_text(activity: dict[str, Any]) -> str:
    parts = [activity.get("text") or ""]
    for attachment in activity.get("attachments") or []:
        if attachment.get("contentType") == ADAPTIVE:
            parts.append(card_text(attachment.get("content") or {}))
    return "\n".join(p for p in parts if p)


def card_text(card: dict[str, Any]) -> str:
    lines: list[str] = []
    _elements(card.get("body") or [], lines)
    buttons = [a.get("title", "") for a in card.get("actions") or []]
    if buttons:
        lines.append("  ".join(f"[{b}]" for b in buttons))
    return "\n".join(lines) if lines else card.get("fallbackText", "")


def _elements(items: list[dict[str, Any]], lines: list[str]) -> None:
    for el in items:
        kind = el.get("type")
        if kind == "TextBlock":
            lines.append(el.get("text", ""))
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
