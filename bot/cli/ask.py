"""`python -m bot ask`: one question, or a JSONL batch, answered through the core."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, TextIO

from bot.cli.common import UsageError, make_context
from bot.core import wording as W
from bot.core.answer import Answer
from bot.core.assistant import Assistant
from bot.nlu.commands import Command

log = logging.getLogger(__name__)


def ask_one(assistant: Assistant, question: str, now: str | None, tz: str | None,
            clock: datetime) -> Answer:
    view = assistant.view()
    answer = assistant.answer(question, make_context(now, tz, view.tz, clock))
    # A command beside an answer ("remind me the day before task 2": when task 2 is due)
    # is carried out only in a chat; here, say so rather than seem to have set it.
    course = view.schedule.course
    here = W.REMIND_HERE.format(what="").strip()
    note = here if all(isinstance(c, Command) for c in answer.commands) \
        else W.COMMAND_IN_CHAT.format(code=course.code, title=course.title)
    if answer.commands and note not in answer.text and here not in answer.text:
        answer = dataclasses.replace(answer, text=f"{answer.text}\n\n{note}")
    return answer


def run_batch(assistant: Assistant, lines: Iterable[str], out: TextIO,
              clock: Callable[[], datetime]) -> int:
    """One JSON object per input line, in order; a bad line, or one whose answer raised
    (logged), gets an object with `error`."""
    failures = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        result: dict[str, Any]
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise UsageError('each line must be an object with a string "question"')
            for key in ("now", "tz"):
                if item.get(key) is not None and not isinstance(item[key], str):
                    raise UsageError(f'"{key}" must be a string or null')
            answer = ask_one(assistant, item["question"], item.get("now"), item.get("tz"),
                             clock())
            result = answer.to_json()
        except (json.JSONDecodeError, UsageError) as exc:
            failures += 1
            log.warning("batch line %d: %s", number, exc)
            question = None
            with contextlib.suppress(json.JSONDecodeError, AttributeError):
                question = json.loads(line).get("question")
            result = {"question": question if isinstance(question, str) else None,
                      "error": f"line {number}: {exc}"}
        except Exception as exc:  # noqa: BLE001 - one answer's fault must not lose the rest
            failures += 1
            log.exception("batch line %d: the answer failed", number)
            result = {"question": item["question"],
                      "error": f"line {number}: the answer failed ({type(exc).__name__}); "
                               "see the log"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return failures
