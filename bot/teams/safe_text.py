"""Students' text as TAs see it in Teams: literal text, never links or formatting.

Teams renders a message's text as Markdown and an Adaptive Card TextBlock's text as its
Markdown subset, so `[CW9 solutions](https://phish.example/login)` in a question would show
TAs a link whose target they cannot see. Student text is therefore escaped for Markdown, or
put in a TextRun (which Adaptive Cards never read as Markdown), and its addresses are
defanged (`https[:]//…`, `www[.]…`) so that no client turns them into links either.
"""

from __future__ import annotations

import re
from typing import Any

from bot.core.text import printable

_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{0,15}):(?=/{2})")
_WWW = re.compile(r"(?i)\bwww\.")
_MAIL = re.compile(r"(?i)\bmailto:")
# Every ASCII punctuation mark CommonMark lets a backslash escape that means something in
# Markdown, HTML or Teams' <at> mentions.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~&=:\"'])")


def defang(text: str) -> str:
    """The text with its addresses made unclickable but still readable."""
    text = _SCHEME.sub(r"\1[:]", printable(text))
    return _MAIL.sub("mailto[:]", _WWW.sub("www[.]", text))


def markdown_literal(text: str) -> str:
    """The text as Markdown that renders exactly as written (on one line)."""
    return _MARKDOWN.sub(r"\\\1", " ".join(defang(text).split()))


def text_run(text: str) -> dict[str, Any]:
    """An Adaptive Card TextRun: its text is never read as Markdown."""
    return {"type": "TextRun", "text": defang(text)}
