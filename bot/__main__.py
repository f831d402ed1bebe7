"""Command line: `python -m bot {ask,chat,serve,check,index,...}`. The only place that exits."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.cli.common import UsageError
from bot.config import ConfigError, Settings
from bot.core.embedding import ModelError
from bot.knowledge.rerank import RerankerError
from bot.nlu.corpus import CorpusError
from bot.nlu.model import IntentModelError
from bot.ops.logs import configure as configure_logging
from bot.reminders.policy import PolicyError
from bot.schedule.loader import ScheduleError
from bot.schedule.vocabulary import VocabularyError
from bot.storage.database import StorageError, engine_errors


def _clock() -> datetime:
    return datetime.now(UTC)


NOW_HELP = ("ISO 8601 instant (course time without an offset); default: the clock the server "
            "recorded in the data folder (serve --now), else the system clock")


def _data_now(args: argparse.Namespace, settings: Settings) -> datetime:
    """"Now" for commands on the bot's data: --now, else the server's recorded clock."""
    from bot.cli.common import parse_now
    from bot.clock import recorded_clock
    from bot.schedule.loader import load_schedule

    if args.now:
        return parse_now(args.now, load_schedule(settings.schedule_path).tz, _clock())
    simulated = recorded_clock(settings.data_dir, _clock())
    if simulated is None:
        return _clock()
    print(f"(clock: the server's simulated clock, now {simulated:%Y-%m-%d %H:%M %Z}; "
          "--now overrides)", file=sys.stderr)
    return simulated


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="Course assistant bot.")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question, or a JSONL batch")
    ask.add_argument("question", nargs="?", help="the question (omit with --batch)")
    ask.add_argument("--batch", metavar="FILE.jsonl",
                     help='answer each line {"question", "now", "tz"}; "-" reads stdin')
    ask.add_argument("--now", help="ISO 8601 instant; without an offset it is course time")
    ask.add_argument("--tz", help="the asker's IANA time zone (default: the course's)")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    chat = sub.add_parser("chat", help="interactive console")
    chat.add_argument("--now", help="pretend it is this instant (ISO 8601)")
    chat.add_argument("--tz", help="the asker's IANA time zone")
    chat.add_argument("--http", action="store_true",
                      help="go through the bot's HTTP endpoint and the local connector")
    serve = sub.add_parser("serve", help="the Bot Framework endpoint and the local emulator")
    serve.add_argument("--now", help="start a simulated clock at this instant (ISO 8601)")
    serve.add_argument("--speed", type=float, default=1.0,
                       help="simulated clock speed (with --now; default 1 = real pace)")
    serve.add_argument("--port", type=int, help="port (default: $PORT or 3978)")
    index = sub.add_parser("index", help="build or refresh the index of the course notes")
    index.add_argument("--corpus", type=Path, help="folder of notes (default: knowledge/)")
    index.add_argument("--rebuild", action="store_true", help="re-embed everything")
    remind = sub.add_parser("remind", help="list the reminders that would go out")
    remind.add_argument("--preview", action="store_true", required=True,
                        help="list, do not send (serve sends)")
    remind.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    remind.add_argument("--to", dest="end", required=True, help="day after the last, YYYY-MM-DD")
    remind.add_argument("--user", help="only this subscriber (user id or subscriber id)")
    calendar = sub.add_parser("calendar", help="write the course calendar (iCalendar)")
    calendar.add_argument("-o", "--output", type=Path, help="file (default: stdout)")
    calendar.add_argument("--kinds", help="e.g. deadline,tutorial (default: all)")
    calendar.add_argument("--now", help=NOW_HELP)
    triage = sub.add_parser("triage", help="the TA queue: list, show, answer, close, export")
    triage.add_argument("action", choices=["list", "show", "answer", "close", "export"])
    triage.add_argument("args", nargs="*", help="ID [TEXT...] or FILE.csv")
    triage.add_argument("--faq", action="store_true",
                        help="with answer: add it to the FAQ so the bot reuses it")
    nlu = sub.add_parser("nlu", help="the intent classifier: train it on the corpus")
    nlu.add_argument("action", choices=["train"])
    nlu.add_argument("--out", type=Path, help="where to write the model (default: the "
                     "configured one, else bot/nlu/model)")
    nlu.add_argument("--seed", type=int, help="paraphrase and fold seed (default 2024)")
    triage.add_argument("--now", help=NOW_HELP)
    knowledge = sub.add_parser("knowledge", help="the notes' reranker or question adapter: "
                               "train it")
    knowledge.add_argument("action", choices=["train-reranker", "train-adapter"])
    knowledge.add_argument("--labelled", type=Path, action="append", default=[],
                           metavar="FILE.jsonl", help="labelled content questions (question, "
                           "file, section, evidence); repeat for several files")
    knowledge.add_argument("--out", type=Path, help="where to write the model (default: "
                           "bot/knowledge/reranker or bot/knowledge/adapter)")
    knowledge.add_argument("--mix", type=float, help="train-adapter: share of the learned "
                           "map kept, the rest the identity (default 0.75)")
    knowledge.add_argument("--layers", type=int, default=3,
                           help="transformer layers of MiniLM kept (default 3 of 6)")
    knowledge.add_argument("--epochs", type=int, default=2)
    knowledge.add_argument("--seed", type=int, default=2024)
    package = sub.add_parser("teams-package", help="write the Teams app package (zip)")
    from bot.cli.teams_package import add_arguments

    add_arguments(package)
    personal = sub.add_parser("personal", help="the personal-matter detector: train or try it")
    personal.add_argument("action", choices=["train", "test"])
    personal.add_argument("text", nargs="*", help="with test: the message to classify")
    db = sub.add_parser("db", help="the database: upgrade, status, backup, restore, copy")
    from bot.cli.db import add_arguments as add_db_arguments

    add_db_arguments(db)
    check = sub.add_parser("check", help="validate a schedule, vocabulary or reminders file, "
                                          "summarise it")
    check.add_argument("file", nargs="?", help="schedule.yaml (with the vocabulary.yaml beside "
                                               "it), vocabulary.yaml or reminders.yaml "
                                               "(default: the configured schedule)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        configure_logging(settings.log_level, settings.log_format)
        return _run(args, settings)
    except (ConfigError, ScheduleError, VocabularyError, PolicyError, ModelError,
            IntentModelError, RerankerError, CorpusError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (OSError, StorageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except engine_errors() as exc:  # e.g. "database is locked", a server that went away
        print(f"error: database: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "check":
        from bot.cli.check import (
            is_policy_file,
            is_vocabulary_file,
            policy_summary,
            summary,
            vocabulary_summary,
        )
        from bot.reminders.policy import load_policy
        from bot.schedule.loader import load_schedule
        from bot.schedule.vocabulary import load_vocabulary

        path = args.file or str(settings.schedule_path)
        text = Path(path).read_text(encoding="utf-8") if Path(path).is_file() else ""
        if is_policy_file(text):
            print(policy_summary(load_policy(path), path))
        elif is_vocabulary_file(path, text):
            print(vocabulary_summary(load_vocabulary(path), path))
        else:
            print(summary(load_schedule(path), path))
        return 0

    if args.command == "teams-package":
        from bot.cli.teams_package import run_teams_package

        run_teams_package(settings, args, sys.stdout)
        return 0

    if args.command == "db":
        from bot.cli.db import run_db

        run_db(settings, args, sys.stdout)
        return 0

    if args.command == "remind":
        from bot.cli.remind import parse_day, preview

        preview(settings, parse_day(args.start, "--from"), parse_day(args.end, "--to"),
                args.user, sys.stdout)
        return 0

    if args.command == "triage":
        from bot.cli.triage import run_triage

        run_triage(settings, args.action, args.args, args.faq, sys.stdout,
                   _data_now(args, settings))
        return 0

    if args.command == "personal":
        from bot.cli.personal import run_personal

        run_personal(settings, args.action, " ".join(args.text), sys.stdout)
        return 0

    if args.command == "calendar":
        from bot.cli.remind import write_calendar

        write_calendar(settings, args.output, args.kinds, sys.stdout, _data_now(args, settings))
        return 0

    if args.command == "nlu":
        from bot.cli.nlu import run_train

        run_train(settings, args.out, args.seed, sys.stdout)
        return 0

    if args.command == "knowledge":
        from bot.cli.knowledge import run_train_adapter, run_train_reranker

        if args.action == "train-adapter":
            run_train_adapter(settings, args.labelled, args.out, args.seed, sys.stdout,
                              args.mix)
            return 0
        run_train_reranker(settings, args.labelled, args.out, args.layers, args.epochs,
                           args.seed, sys.stdout)
        return 0

    if args.command == "index":
        from bot.cli.index import run_index

        run_index(settings, args.corpus, args.rebuild)
        return 0

    from bot.cli.common import build_assistant

    if args.command == "ask":
        import json

        from bot.cli.ask import ask_one, run_batch

        if bool(args.batch) == bool(args.question):
            raise UsageError("give either a QUESTION or --batch FILE")
        assistant = build_assistant(settings)
        if args.batch:
            if args.batch == "-":
                run_batch(assistant, sys.stdin, sys.stdout, _clock)
            else:
                with open(args.batch, encoding="utf-8") as fh:
                    run_batch(assistant, fh, sys.stdout, _clock)
            return 0
        answer = ask_one(assistant, args.question, args.now, args.tz, _clock())
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        else:
            print(answer.text)
        return 0

    if args.command == "serve":
        return _serve(args, settings)

    from bot.cli.chat import chat_clock, run_chat

    assistant = build_assistant(settings)
    if not args.http:
        run_chat(assistant, args.now, args.tz, _clock)
        return 0
    import tempfile

    from bot.cli.common import parse_zone
    from bot.cli.serve import BackgroundServer, console_settings, http_asker

    zone = parse_zone(args.tz, assistant.view().tz)
    clock = chat_clock(assistant, args.now, _clock)
    # The console's conversations are throw-away: keep them out of the real data folder.
    with tempfile.TemporaryDirectory() as scratch:
        local = console_settings(settings, Path(scratch))
        with BackgroundServer(local, assistant, clock) as server:
            run_chat(assistant, args.now, zone.key, _clock, via_http=True,
                     ask=http_asker(server.base_url, "console-user", zone.key))
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.cli.common import build_assistant, parse_now
    from bot.cli.serve import CLOCK_NOTE, run_serve
    from bot.clock import SimulatedClock, record_clock

    if args.port is not None:
        if not 0 <= args.port <= 65535:
            raise UsageError(f"--port: {args.port} is out of range (0-65535)")
        settings = settings.on_port(args.port)
    if args.speed <= 0:
        raise UsageError("--speed: must be a positive number")
    # The model and the notes' index load in the background: the server listens at once.
    assistant = build_assistant(settings, with_model=False)
    clock, note, speed, start = _clock, "", 1.0, None
    if args.now:
        start = parse_now(args.now, assistant.view().tz, _clock())
        clock = SimulatedClock(start, args.speed)
        note = CLOCK_NOTE.format(start=start.isoformat(), speed=args.speed)
        speed = args.speed
    record_clock(settings.data_dir, start, speed, _clock())
    run_serve(settings, assistant, clock, note, speed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
