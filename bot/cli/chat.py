"""`python -m bot chat`: an interactive console, on the core or (`--http`) through the bot's
real HTTP endpoint and the local connector."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.cli.common import parse_now, parse_zone
from bot.core import wording as W
from bot.core.answer import Answer, AskContext
from bot.core.assistant import Assistant
from bot.knowledge.render import plain

PROMPT = "you> "
CONSOLE = "console"  # the console's one conversation, for follow-ups


@dataclass(frozen=True)
class ChatReply:
    text: str
    more: str | None = None  # the whole section of the notes an answer quotes, for "more"


def more_of(answer: Answer) -> str | None:
    """The whole section behind an answer from the notes, as the console shows it."""
    for quote in answer.quotes:
        if quote.section:
            return f"{quote.section_title}\n\n{plain(quote.section)}\n\n{quote.citation}"
    return None


def chat_clock(assistant: Assistant, now: str | None,
               clock: Callable[[], datetime]) -> Callable[[], datetime]:
    """A fixed instant when --now is given, else the real clock."""
    fixed = parse_now(now, assistant.view().tz, clock()) if now else None
    return (lambda: fixed) if fixed else clock


def run_chat(assistant: Assistant, now: str | None, tz: str | None,
             clock: Callable[[], datetime], read: Callable[[str], str] = input,
             out: TextIO | None = None,
             ask: Callable[[str], ChatReply] | None = None, via_http: bool = False) -> None:
    """`ask` sends a line elsewhere (the HTTP path); by default the core answers directly.
    "more" shows the whole section of the notes the last answer quoted."""
    import sys

    out = out or sys.stdout
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401 - enables history and editing in input()
    zone = parse_zone(tz, assistant.view().tz)
    current = chat_clock(assistant, now, clock)
    if ask is None:
        ask = core_asker(assistant, current, zone)
    last = ChatReply("")
    print(W.CONSOLE_BANNER.format(via=W.CONSOLE_VIA_HTTP if via_http else "",
                        now=f"{current().astimezone(zone):%a %d %b %Y %H:%M}", tz=zone.key),
          file=out)
    while True:
        try:
            line = read(PROMPT)
        except (EOFError, KeyboardInterrupt):
            print(file=out)
            return
        if line.strip().lower() in ("quit", "exit", ":q"):
            return
        if not line.strip():
            continue
        if line.strip().lower().rstrip(".!?") in W.CONSOLE_MORE:
            print(f"bot> {last.more or W.MORE_NOTHING}\n", file=out)
            continue
        last = ask(line)
        hint = f"\n{W.MORE_HINT}" if last.more else ""
        print(f"bot> {last.text}{hint}\n", file=out)


def core_asker(assistant: Assistant, clock: Callable[[], datetime],
               zone: ZoneInfo) -> Callable[[str], ChatReply]:
    """Answers in one conversation (so follow-ups work); a number picks one of the readings
    the bot just suggested. Commands get a plain "not here" from the core."""
    last: dict[str, object] = {}

    def ask(line: str) -> ChatReply:
        intent = None
        suggestions = last.get("suggestions") or []
        if line.strip().isdigit() and 0 < int(line) <= len(suggestions):  # type: ignore[arg-type]
            intent = suggestions[int(line) - 1].intent  # type: ignore[index]
            line = str(last["question"])
        answer = assistant.answer(line, AskContext(clock(), zone, conversation=CONSOLE,
                                                   intent=intent))
        last.update(question=line, suggestions=answer.suggestions)
        if not answer.suggestions:
            return ChatReply(answer.text, more_of(answer))
        numbered = [f"  {i}. {s.title}" for i, s in enumerate(answer.suggestions, 1)]
        lead = [x for x in answer.text.splitlines() if not x.startswith("• ")]
        return ChatReply("\n".join([*lead, *numbered, W.CONSOLE_CHOOSE]))

    return ask
