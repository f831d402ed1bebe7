"""The CLI contract: `ask` (single and batch JSONL), `check` and `chat`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.cli.ask import run_batch
from bot.cli.chat import run_chat
from bot.cli.common import INDEXING, UsageError, build_assistant, parse_now, parse_zone
from bot.cli.progress import BuildProgress
from bot.config import Settings
from bot.core import wording as W
from tests.conftest import ROOT

LONDON = ZoneInfo("Europe/London")
CLOCK = datetime(2021, 2, 1, 9, 0, tzinfo=UTC)
EVENT_KEYS = {"id", "kind", "title", "start", "end", "week", "staff", "location"}
SOURCE_KEYS = {"id", "title", "path", "lecture", "score", "snippet"}
KINDS = {"lecture", "qa", "tutorial", "deadline", "quiz", "panel"}


def _run(*args: str, stdin: str | None = None,
         **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BOT_LOG_LEVEL": "WARNING", **extra_env}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, env=env, timeout=300)


def _check_answer_shape(obj: dict) -> None:
    assert set(obj) == {"question", "intent", "answered", "confidence", "text", "events",
                        "sources", "suggestions"}
    assert isinstance(obj["intent"], str) and isinstance(obj["answered"], bool)
    assert 0.0 <= obj["confidence"] <= 1.0 and isinstance(obj["text"], str)
    for e in obj["events"]:
        assert set(e) == EVENT_KEYS and e["kind"] in KINDS
        for key in ("start", "end"):
            assert e[key] is None or datetime.fromisoformat(e[key]).tzinfo is not None
    for s in obj["sources"]:
        assert set(s) == SOURCE_KEYS


def test_a_command_beside_an_answer_says_it_works_only_in_a_chat(assistant):
    out = io.StringIO()
    run_batch(assistant, [json.dumps({"question": "remind me the day before task 3 is due"})],
              out, lambda: CLOCK)
    result = json.loads(out.getvalue())
    assert [e["id"] for e in result["events"]] == ["CW3"] and "work in a chat" in result["text"]


def test_batch_one_object_per_line_in_order(assistant):
    lines = [
        json.dumps({"question": "when is cw2 due?", "now": "2021-02-20T12:00", "tz": None}),
        json.dumps({"question": "what's on tomorrow", "now": "2021-02-01T09:00+00:00",
                    "tz": "America/New_York"}),
        "",  # blank lines are skipped
        "this is not json",
        json.dumps({"question": "hi", "now": "yesterday-ish", "tz": None}),
        json.dumps({"question": "help", "tz": "Mars/Olympus"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"question": "what's the weather?"}),
    ]
    out = io.StringIO()
    failures = run_batch(assistant, lines, out, lambda: CLOCK)
    results = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(results) == 7 and failures == 4
    assert results[0]["question"] == "when is cw2 due?"
    assert [e["id"] for e in results[0]["events"]] == ["CW2"]
    assert "3 days" in results[0]["text"]
    assert [e["id"] for e in results[1]["events"]] == ["QA-W4", "T04", "T05"]
    assert "05:00-06:00 EST (10:00-11:00 GMT course time)" in results[1]["text"]
    assert results[2] == {"question": None, "error": results[2]["error"]}
    assert results[2]["error"].startswith("line 4:")
    assert "--now" in results[3]["error"] and results[3]["question"] == "hi"
    assert "--tz" in results[4]["error"]
    assert "string \"question\"" in results[5]["error"]
    for r in (results[0], results[1], results[6]):
        _check_answer_shape(r)
    assert results[6]["answered"] is False


def test_naive_now_is_course_time_and_offsets_are_kept():
    assert parse_now("2021-07-01T09:00", LONDON, CLOCK).utcoffset().total_seconds() == 3600
    assert parse_now("2021-07-01T09:00-04:00", LONDON, CLOCK).utcoffset().total_seconds() == -14400
    assert parse_now(None, LONDON, CLOCK) == CLOCK
    with pytest.raises(UsageError, match="ISO 8601"):
        parse_now("next tuesday", LONDON, CLOCK)
    assert parse_zone(None, LONDON) is LONDON
    with pytest.raises(UsageError, match="IANA"):
        parse_zone("Europe/Nowhere", LONDON)


def test_chat_console(assistant):
    answers = iter(["when is cw1 due", "", "quit"])
    out = io.StringIO()
    run_chat(assistant, "2021-02-01T09:00", "Asia/Shanghai", lambda: CLOCK,
             read=lambda prompt: next(answers), out=out)
    text = out.getvalue()
    assert "Asia/Shanghai" in text
    assert "Sat 6 Feb 2021, 03:00 CST (Fri 5 Feb 2021, 19:00 GMT course time)" in text


def test_chat_more_shows_the_whole_section_in_plain_text(assistant):
    """After an answer from the notes, "more" prints its whole section: formulas in
    Unicode, no LaTeX; before any, it says there is nothing to show."""
    lines = iter(["more", "how is the normalised adjacency built", "more", "quit"])
    out = io.StringIO()
    run_chat(assistant, "2021-02-01T09:00", None, lambda: CLOCK,
             read=lambda prompt: next(lines), out=out)
    first, answer, more = out.getvalue().split("bot> ")[1:4]
    assert first.strip() == W.MORE_NOTHING
    assert W.MORE_HINT in answer and "adjacency" in answer
    assert more.startswith("GCNs > Building the normalised adjacency")
    # the whole section is more than its passage shown (a hedged answer may quote the next
    # section after it, with its own citation)
    shown = answer.replace(W.MORE_HINT, "").split("\n— ")[0]
    assert "⁻¹" in more and len(more) > len(shown)
    assert "\\" not in more and "$" not in more


def test_check_command_ok_and_broken(tmp_path):
    ok = _run("check")
    assert ok.returncode == 0, ok.stderr
    assert "schedule.yaml: OK" in ok.stdout and "CW2 due 2021-02-23 19:00" in ok.stdout
    broken = tmp_path / "broken.yaml"
    text = (ROOT / "schedule.yaml").read_text().replace("2021-02-02 11:00", "2021-02-30 11:00", 1)
    broken.write_text(text)
    bad = _run("check", str(broken))
    assert bad.returncode == 2
    line = next(i for i, x in enumerate(text.splitlines(), 1) if "2021-02-30 11:00" in x)
    assert f"broken.yaml:{line}: tutorials[3].start: '2021-02-30 11:00' is not a valid date" \
        in bad.stderr


def test_ask_end_to_end_single_and_batch(tmp_path):
    """The real command, model loaded once per process."""
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(json.dumps(x) for x in [
        {"question": "who marks task 3?", "now": None, "tz": None},
        {"question": "how many days until cw3", "now": "2021-03-02T19:00", "tz": "Asia/Tokyo"},
    ]) + "\n")
    res = _run("ask", "--batch", str(batch), "--json")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(rows) == 2
    for r in rows:
        _check_answer_shape(r)
    assert rows[0]["intent"] == "people" and "Stacey" in rows[0]["text"]
    assert "7 days from now" in rows[1]["text"] and "JST" in rows[1]["text"]
    single = _run("ask", "when is cw2 due?", "--now", "2021-02-20T12:00", "--json")
    assert single.returncode == 0
    assert json.loads(single.stdout)["events"][0]["start"] == "2021-02-23T19:00:00+00:00"
    usage = _run("ask", "x", "--tz", "Nowhere/Land")
    assert usage.returncode == 2 and "IANA" in usage.stderr


def test_a_corrupt_intent_model_stops_the_bot_at_start(tmp_path):
    import shutil

    from bot.nlu.model import MODEL_FILE, bundled_model_dir

    folder = tmp_path / "intents"
    shutil.copytree(bundled_model_dir(), folder)
    data = bytearray((folder / MODEL_FILE).read_bytes())
    data[100] ^= 0xFF
    (folder / MODEL_FILE).write_bytes(bytes(data))
    result = _run("ask", "when is cw2 due?", BOT_INTENT_MODEL=str(folder),
                  BOT_DATA_DIR=str(tmp_path / "data"))
    assert result.returncode == 2 and "does not match the sha256" in result.stderr


def test_index_build_progress_lines_off_a_terminal():
    """Not on a terminal (a log, a pipe): a line when the build starts, then one per tenth
    at most every 10 s, and the last one."""
    out = io.StringIO()
    now = iter(float(t) for t in (0, 1, 2, 15, 16, 40, 41))
    progress = BuildProgress("indexing", out, clock=lambda: next(now))
    for done in (0, 32, 64, 96, 128, 150, 160):
        progress(done, 160)
    progress.close()
    assert out.getvalue().splitlines() == [
        "indexing: 160 texts to embed", "indexing: 96/160 (60%), 15 s",
        "indexing: 150/160 (94%), 40 s", "indexing: 160/160 (100%), 41 s"]


def test_index_build_progress_bar_on_a_terminal():
    out = io.StringIO()
    progress = BuildProgress("indexing", out, bar=True)
    progress(0, 10)
    progress(10, 10)
    progress.close()
    assert "indexing" in out.getvalue() and "10/10" in out.getvalue()


def test_first_use_builds_the_index_with_progress(tmp_path, capsys):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "N01.md").write_text("# Dropout\n\nDropout zeroes units at random in training.\n")
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "data"),
                                  "BOT_KNOWLEDGE_DIR": str(notes)})
    build_assistant(settings)
    err = capsys.readouterr().err
    assert f"{INDEXING}: 2 texts to embed" in err and f"{INDEXING}: 2/2 (100%)" in err
    build_assistant(settings)  # built: nothing to say
    assert INDEXING not in capsys.readouterr().err


def test_check_names_the_first_and_last_dated_events():
    """It printed the first and last of an unsorted list (23 Feb to 9 Mar)."""
    from bot.cli.check import summary
    from bot.schedule.loader import load_schedule

    schedule = load_schedule(ROOT / "schedule.yaml")
    starts = sorted(e.start for e in schedule.events() if e.start)
    line = next(x for x in summary(schedule, "schedule.yaml").splitlines()
                if x.startswith("Timed"))
    assert f"{starts[0]:%Y-%m-%d} to {starts[-1]:%Y-%m-%d}" in line
    assert starts[0].month == 1  # the first tutorial, in January


def test_triage_cli_reads_the_clock_the_server_ran_with(tmp_path, monkeypatch, capsys):
    """Under a simulated clock, `triage list` said a question was asked 2130 days ago."""
    from datetime import timedelta

    from bot.__main__ import main
    from bot.clock import record_clock
    from bot.core.answer import Answer
    from bot.schedule.loader import load_schedule
    from bot.storage.database import open_sqlite
    from bot.triage.service import Asker, TriageService
    from bot.triage.store import TriageStore

    asked = datetime(2021, 2, 3, 10, 0, tzinfo=LONDON)  # on the server's simulated clock
    db = open_sqlite(tmp_path / "bot.sqlite3")
    schedule = load_schedule(ROOT / "schedule.yaml")
    TriageService(TriageStore(db), None, lambda: schedule).escalate(
        "is there a reading list?", Answer("is there a reading list?", "unknown", False, 0.1,
                                           ""), Asker("ada", "Ada", {}, False), asked)
    db.close()
    # What `serve --now 2021-02-03T10:00` records; it started two hours ago (real time).
    record_clock(tmp_path, asked, 1.0, datetime.now(UTC) - timedelta(hours=2))
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    assert main(["triage", "list"]) == 0
    listed = capsys.readouterr()
    assert "2 hours ago" in listed.out and "server's simulated clock" in listed.err
    assert main(["triage", "list", "--now", "2021-02-03T10:30"]) == 0
    assert "30 minutes ago" in capsys.readouterr().out
    record_clock(tmp_path, None, 1.0, datetime.now(UTC))  # a server on the real clock
    assert main(["triage", "list"]) == 0
    assert " days" in capsys.readouterr().out  # 2021 is years ago on the real clock


def test_a_batch_goes_on_past_a_question_whose_answer_raised(assistant, monkeypatch, caplog):
    real = assistant.answer

    def answer(question, context):
        if question == "boom":
            raise RuntimeError("a fault in the core")
        return real(question, context)

    monkeypatch.setattr(assistant, "answer", answer)
    lines = [json.dumps({"question": q, "now": "2021-02-20T12:00"})
             for q in ("when is cw2 due?", "boom", "when is cw3 due?")]
    out = io.StringIO()
    failures = run_batch(assistant, lines, out, lambda: CLOCK)
    results = [json.loads(x) for x in out.getvalue().splitlines()]
    assert failures == 1 and len(results) == 3
    assert results[1] == {"question": "boom", "error": results[1]["error"]}
    assert results[1]["error"].startswith("line 2:") and "RuntimeError" in results[1]["error"]
    assert [e["id"] for e in results[2]["events"]] == ["CW3"]
    assert "a fault in the core" in caplog.text
