"""`python -m bot chat`: an interactive console on the core, with line history."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from bot.cli.common import parse_now, parse_zone
from bot.core.answer import AskContext
from bot.core.assistant import Assistant

PROMPT = "you> "
BANNER = ("Course assistant console. Ask a question; 'help' for examples, 'quit' to leave.\n"
          "Asking as of {now} ({tz}).")


def run_chat(assistant: Assistant, now: str | None, tz: str | None,
             clock: Callable[[], datetime], read: Callable[[str], str] = input,
             out: TextIO | None = None) -> None:
    import sys

    out = out or sys.stdout
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401 - enables history and editing in input()
    course_tz = assistant.view().tz
    zone = parse_zone(tz, course_tz)
    fixed_now = parse_now(now, course_tz, clock()) if now else None
    shown = (fixed_now or clock()).astimezone(zone)
    print(BANNER.format(now=f"{shown:%a %d %b %Y %H:%M}", tz=zone.key), file=out)
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
        answer = assistant.answer(line, AskContext(fixed_now or clock(), zone))
        print(f"bot> {answer.text}\n", file=out)
