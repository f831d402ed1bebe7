"""What the terminal commands share: building the assistant, reading --now and --tz."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import Settings
from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.reminders.policy import ReminderPolicy
from bot.schedule.store import ScheduleStore

log = logging.getLogger(__name__)


INDEXING = "indexing the course notes"


class UsageError(ValueError):
    """A command-line value is invalid; the message says which and why."""


def parse_zone(name: str | None, default: ZoneInfo) -> ZoneInfo:
    if not name:
        return default
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--tz: {name!r} is not a known IANA time zone "
                         "(e.g. Europe/London, America/New_York)") from None


def parse_now(text: str | None, course_tz: ZoneInfo, clock: datetime) -> datetime:
    """ISO 8601; without an offset it means course time. None means `clock`."""
    if not text:
        return clock
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--now: {text!r} is not an ISO 8601 date-time "
                         "(e.g. 2030-02-01T09:00 or 2030-02-01T09:00+00:00)") from None
    return value if value.tzinfo else value.replace(tzinfo=course_tz)


def make_context(now: str | None, tz: str | None, course_tz: ZoneInfo,
                 clock: datetime) -> AskContext:
    return AskContext(now=parse_now(now, course_tz, clock), tz=parse_zone(tz, course_tz))


SCHEDULE_RECHECK = 1.0  # seconds between looks at the schedule file's stamp


def build_assistant(settings: Settings, with_model: bool = True) -> Assistant:
    """The assistant on the configured course; the notes' index is built if missing."""
    from bot.nlu.model import IntentModel, bundled_model_dir

    store = ScheduleStore(settings.schedule_path, recheck_every=SCHEDULE_RECHECK)
    intents = settings.intent_model_dir or bundled_model_dir()
    if not with_model:
        return Assistant(store, intent_model=IntentModel.load(intents),
                         answer_threads=settings.answer_threads)
    from bot.cli.progress import BuildProgress
    from bot.core.embedding import Embedder
    from bot.knowledge.base import open_index

    embedder = Embedder(settings.model_dir)
    model = IntentModel.load(intents, embedder.sha256)  # before a long index build
    knowledge = None
    if settings.knowledge_dir.is_dir():
        # The first use builds the index (minutes on a busy machine): show that it does.
        progress = BuildProgress(INDEXING)
        try:
            knowledge, summary = open_index(settings.knowledge_dir, settings.index_dir,
                                            embedder, progress=progress)
        finally:
            progress.close()
        if summary.rebuilt:
            log.info("indexed %d passages from %d files in %.1f s", summary.chunks,
                     summary.files, summary.seconds)
    else:
        log.warning("no knowledge folder at %s: content questions go unanswered",
                    settings.knowledge_dir)
    assistant = Assistant(store, embedder, knowledge, model,
                          answer_threads=settings.answer_threads)
    assistant.reminder_policy = _reminder_policy(settings)
    assistant.triage_retention_days = settings.triage_retention_days
    return assistant


def _reminder_policy(settings: Settings) -> ReminderPolicy | None:
    """The policy, to say when a reminder setting's reminders would go; a broken file only
    leaves them out of those answers (`serve` and `check` report it)."""
    from bot.reminders.policy import PolicyError, load_policy

    try:
        return load_policy(settings.reminders_path)
    except (PolicyError, OSError):
        log.warning("could not read %s: reminder settings are answered without times",
                    settings.reminders_path)
        return None
