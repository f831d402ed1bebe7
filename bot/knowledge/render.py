"""The notes' Markdown as plain text a student reads in a console or in the JSON `text`:
lists as lists, tables as aligned columns, code indented, formulas in Unicode, no markup.

Teams cards get their own rendering (bot/teams/cards.py) from the same blocks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.knowledge.math_text import readable_math
from bot.knowledge.units import CODE, FORMULA, LIST, QUOTE, TABLE, blocks

_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)\)")


def inline_plain(text: str) -> str:
    """One paragraph's inline Markdown as plain text: math in Unicode, emphasis markers
    and link addresses to images dropped, whitespace folded."""
    text = readable_math(" ".join(text.split()))
    text = _LINK.sub(lambda m: m.group(1) if m.group(0).startswith("!") or not m.group(2)
                     else f"{m.group(1)} ({m.group(2)})", text)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    return re.sub(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"\1", text)


def list_items(text: str) -> list[tuple[int, str, str]]:
    """A Markdown list as (depth, marker, text) items, continuation lines folded in."""
    items: list[tuple[int, str, str]] = []
    indents: list[int] = []
    for line in text.splitlines():
        m = _ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            while indents and indent < indents[-1]:
                indents.pop()
            if not indents or indent > indents[-1]:
                indents.append(indent)
            items.append((len(indents) - 1, m.group(2), m.group(3).strip()))
        elif items and line.strip():
            depth, marker, said = items[-1]
            items[-1] = (depth, marker, f"{said}\n{line.strip()}")
    return items


def table_rows(text: str) -> tuple[list[str], list[list[str]]]:
    """A Markdown table's header and body cells (raw Markdown in each)."""
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip("|"))]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c) and any(cells):
            continue  # the header's rule
        rows.append(cells)
    if not rows:
        return [], []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return rows[0], rows[1:]


def code_lines(text: str) -> tuple[str, list[str]]:
    """A fenced code block's language and lines (the fences dropped)."""
    lines = text.splitlines()
    opening = lines[0].strip().lstrip("`~") if lines else ""
    language = re.sub(r"[{}.]", " ", opening).split()[0] if opening.strip("{} .") else ""
    body = lines[1:]
    if body and body[-1].strip().startswith(("```", "~~~")):
        body = body[:-1]
    return language, body


def display_formula(text: str) -> list[str]:
    """A display formula (`$$...$$`) as its lines in Unicode."""
    return readable_math(text.strip()).splitlines()


def width(text: str) -> int:
    """Columns the text takes in a terminal: combining marks take none, wide ones two."""
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


@lru_cache(maxsize=8192)
def plain(markdown: str) -> str:
    """Markdown units (blank lines between them) as plain text (kept: the notes' units are
    rendered again and again, and never change while the bot runs)."""
    out: list[str] = []
    for block in blocks(markdown):
        if block.kind == LIST:
            lines = []
            for depth, marker, said in list_items(block.text):
                bullet = "•" if marker in "-*+" else marker
                lines.append("  " * depth + f"{bullet} " + _inline_lines(said))
            out.append("\n".join(lines))
        elif block.kind == FORMULA:
            out.append("\n".join("    " + line for line in display_formula(block.text)))
        elif block.kind == TABLE:
            out.append(_plain_table(block.text))
        elif block.kind == CODE:
            _, lines = code_lines(block.text)
            out.append("\n".join("    " + line for line in lines))
        elif block.kind == QUOTE:
            out.append(inline_plain(re.sub(r"^\s*>\s?", "", block.text, flags=re.M)))
        else:
            out.append(inline_plain(block.text))
    return "\n\n".join(x for x in out if x.strip())


def _inline_lines(text: str) -> str:
    """An item's text; a display formula inside it on a line of its own."""
    parts = re.split(r"(\$\$.+?\$\$)", text, flags=re.S)
    shown = []
    for part in parts:
        if part.startswith("$$"):
            shown.append("\n" + "\n".join("      " + x for x in display_formula(part)) + "\n")
        elif part.strip():
            shown.append(inline_plain(part))
    return re.sub(r"\n\s*\n", "\n", " ".join(shown).strip()).replace("\n ", "\n")


def _plain_table(text: str) -> str:
    header, body = table_rows(text)
    rows = [[inline_plain(c) for c in header]] + [[inline_plain(c) for c in r] for r in body]
    widths = [max(width(r[i]) for r in rows) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)
                         ).rstrip()

    rule = "  ".join("─" * w for w in widths)
    return "\n".join([line(rows[0]), rule, *(line(r) for r in rows[1:])])
