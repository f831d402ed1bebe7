"""Logging set-up: plain text for a terminal, one JSON object per line for a log collector.

Every record logged while an HTTP request is handled carries that request's id (a context
variable set by the request middleware), including records from worker threads the turn
starts with `asyncio.to_thread` and tasks it creates: both copy the context.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any, TextIO

REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)
LOG_FORMATS = ("text", "json")

# Attributes every LogRecord has; anything else on a record came from `extra=` and is logged.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message", "asctime", "request_id", "taskName"}


class RequestIdFilter(logging.Filter):
    """Stamps each record with the id of the request being handled (None outside one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "request_id", None) is None:
            record.request_id = REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request_id = getattr(record, "request_id", None)
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        request_id = getattr(record, "request_id", None)
        return f"[{request_id}] {text}" if request_id else text


def handler_for(fmt: str, stream: TextIO | None = None) -> logging.Handler:
    """A handler writing `fmt` ("text" or "json") to `stream` (stderr), with request ids."""
    if fmt not in LOG_FORMATS:
        raise ValueError(f"log format {fmt!r} is not one of {', '.join(LOG_FORMATS)}")
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    return handler


def configure(level: str, fmt: str = "text",
              stream: TextIO | None = None) -> logging.Handler | None:
    """Log `fmt` at `level` to `stream` (stderr) from the root logger.

    Like `logging.basicConfig`, it leaves a root logger that already has handlers alone
    (a test runner's, an embedding program's) and then returns None.
    """
    root = logging.getLogger()
    if root.handlers:
        return None
    handler = handler_for(fmt, stream)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
