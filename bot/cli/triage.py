"""`python -m bot triage`: the TA queue from a terminal (list, show, answer, close, export).

Answers given here are delivered by the running bot (`serve`), which checks for them every
few seconds; the command says so.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import TextIO

from bot.cli.common import UsageError
from bot.config import Settings
from bot.schedule.loader import load_schedule
from bot.storage.database import open_database
from bot.triage.service import TriageService
from bot.triage.store import TriageStore

DELIVERY_NOTE = ("The answer goes to {n} student(s) as soon as the bot is running "
                 "(python -m bot serve); it checks every few seconds.")
EXPORT_FIELDS = ["group", "status", "category", "week", "lecture", "urgency", "deadline",
                 "personal", "question", "asked_at", "asker", "bot_guess", "confidence",
                 "answer", "answered_by", "answered_at", "delivered_at"]


def run_triage(settings: Settings, action: str, args: list[str], faq: bool, out: TextIO,
               now: datetime) -> None:
    path = settings.database_path
    if path is not None and not path.exists():
        raise UsageError(f"no bot database at {path} (set BOT_DATA_DIR or BOT_DATABASE_URL)")
    db = open_database(settings.database_url, allow_fresh=settings.allow_fresh_database,
                       pool_size=2)
    try:
        schedule = load_schedule(settings.schedule_path)
        service = TriageService(TriageStore(db), None, lambda: schedule)
        _dispatch(service, action, args, faq, out, now)
    finally:
        db.close()


def _dispatch(service: TriageService, action: str, args: list[str], faq: bool, out: TextIO,
              now: datetime) -> None:
    if action == "list":
        print(service.listing(now), file=out)
    elif action == "show":
        print(service.show(_id(args)), file=out)
    elif action == "answer":
        if len(args) < 2:
            raise UsageError("usage: triage answer ID TEXT [--faq]")
        relays = service.answer(_id(args), " ".join(args[1:]), "terminal", faq, now)
        if relays is None:
            first = service.answered_by(_id(args))
            if first is not None:
                raise UsageError(f"#{args[0]} was already answered by {first.answered_by}; "
                                 "your answer was not recorded")
            raise UsageError(f"there is no open question #{args[0]}")
        print(DELIVERY_NOTE.format(n=len(relays)), file=out)
    elif action == "close":
        if not service.close(_id(args), now):
            raise UsageError(f"there is no open question #{args[0]}")
        print(f"closed #{args[0]}", file=out)
    elif action == "export":
        if not args:
            raise UsageError("usage: triage export FILE.csv")
        n = export_csv(service.store, Path(args[0]))
        print(f"wrote {n} questions to {args[0]}", file=out)
    else:
        raise UsageError(f"unknown triage action {action!r}")


def export_csv(store: TriageStore, path: Path) -> int:
    rows = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, EXPORT_FIELDS)
        writer.writeheader()
        for g in store.groups(None):
            for q in store.questions(g.id):
                writer.writerow({key: _cell(value) for key, value in {
                    "group": g.id, "status": g.status, "category": g.category, "week": g.week,
                    "lecture": g.lecture, "urgency": g.urgency, "deadline": g.deadline_id,
                    "personal": g.personal, "question": q.text,
                    "asked_at": q.asked_at.isoformat(),
                    "asker": "anonymous" if q.anonymous else (q.user_name or q.user_id),
                    "bot_guess": q.bot_guess, "confidence": round(q.confidence, 3),
                    "answer": g.answer, "answered_by": g.answered_by,
                    "answered_at": g.answered_at.isoformat() if g.answered_at else "",
                    "delivered_at": q.delivered_at.isoformat() if q.delivered_at else ""
                }.items()})
                rows += 1
    return rows


# A spreadsheet runs a cell that starts like a formula (=HYPERLINK(...), +cmd|...): text
# that students or TAs wrote is prefixed with a quote so it stays text (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _id(args: list[str]) -> int:
    try:
        return int(args[0].lstrip("#"))
    except (IndexError, ValueError):
        raise UsageError("give the question's number, e.g. 12") from None
