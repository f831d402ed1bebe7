"""Round-trip latency of POST /api/messages, the course bot beside an echo bot.

Both run on the same stack (our CourseAdapter in an aiohttp app, replies posted to the local
connector over HTTP), each in its own server process; this process is the load generator.
A round trip is one activity posted to /api/messages until its 201 response, which comes
after the bot's reply has been delivered to the connector.

    .venv/bin/python bench/http_latency.py [--requests 200] [--users 1,50] [--json]
        [--repeat N] [--cpu]

Prints p50/p99 per bot and concurrency, and the ratio of the course bot's p50 to the echo
bot's (target for schedule questions: at most 1.5).

One run is not evidence on a shared machine (the same code gave 1.36-1.97). `--repeat N`
runs N rounds, echo and course alternating (echo first in odd rounds, course first in even
ones, so a slow spell hits both), and prints per level the median of the rounds' ratios with
their spread (quartiles, min-max). `--cpu` also reports each server's CPU time per request,
read from /proc (its event-loop thread and its other threads apart): less sensitive to
other processes than wall-clock latency. `BOT_INDEX_DIR=data/index` reuses a built notes
index instead of building one in the scratch folder.

`--against DIR` also runs the course bot of another checkout (e.g. a detached worktree of an
older commit, with this script copied into it) in the same interleaved rounds, as
`course@DIR`, and reports its ratio to the same rounds' echo bot: before and after measured
on one machine state.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCHEDULE_QUESTIONS = [
    "when is cw2 due?", "what's on tomorrow?", "when is the next Q&A?",
    "tutorials in week 5", "who marks task 3?", "what's on this week?",
    "how long until the next deadline?", "when is the live lecture?",
    "who runs the week 6 tutorial?", "what should I read for week 4?",
    "when is the panel?", "deadlines in february", "what's T07 about?",
    "is there a tutorial on friday?", "when was cw1 due?", "how is the course assessed?",
]
CONTENT_QUESTIONS = ["what is batch norm?", "why do resnets train better?",
                     "explain the reparameterisation trick", "what does dropout do?"]
ZONES = ["Europe/London", "America/New_York", "Asia/Shanghai", "Asia/Kolkata"]
NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


# --- the servers (child processes) ---------------------------------------------------------

def serve(kind: str, port: int, data_dir: str) -> None:
    import dataclasses
    import inspect

    from aiohttp import web
    from botbuilder.core import ActivityHandler, MessageFactory, TurnContext

    from bot.config import Settings
    from bot.server import create_app
    from bot.storage.database import open_sqlite

    class EchoBot(ActivityHandler):
        async def on_message_activity(self, turn_context: TurnContext) -> None:
            await turn_context.send_activity(MessageFactory.text(turn_context.activity.text))

    # The scratch folder holds everything, the emulator's transcript included.
    settings = dataclasses.replace(Settings.from_env(), data_dir=Path(data_dir) / kind)
    db = open_sqlite(Path(data_dir) / f"{kind}.sqlite3")
    # As `serve` runs it (an older checkout under --against may not have the option).
    served = {"settle_heap": True} if "settle_heap" in inspect.signature(create_app).parameters \
        else {}
    if kind == "echo":
        app = create_app(dataclasses.replace(settings, app_id=""), None, lambda: NOW,
                         bot=EchoBot(), db=db, emulator=True, **served)
    else:
        from bot.cli.common import build_assistant

        assistant = build_assistant(settings)
        app = create_app(settings, assistant, lambda: NOW, db=db, emulator=True, **served)
    print("ready", flush=True)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(kind: str, data_dir: str, tree: Path = ROOT) -> tuple[subprocess.Popen, str]:
    """A server of `kind` running the code of the checkout `tree` (its copy of this script)."""
    port = free_port()
    script = tree / "bench" / "http_latency.py"
    scratch = Path(data_dir) / (tree.name if tree != ROOT else "")
    scratch.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([sys.executable, str(script), "--serve", kind, "--port", str(port),
                             "--data", str(scratch)], stdout=subprocess.PIPE, text=True,
                            cwd=tree)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise RuntimeError(f"{kind} server did not start")
    base = f"http://127.0.0.1:{port}"
    # "ready" is printed before the app listens: wait until it answers.
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=5):
                return proc, base
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{kind} server does not answer /healthz")


# --- the load generator --------------------------------------------------------------------

_IDS = itertools.count(1)


def conversation_of(user: int) -> str:
    return f"conv-{user}"


def activity(base: str, user: int, text: str, seq: int) -> dict:
    # Every message its own id: a repeated one is a redelivery (200, not answered again).
    return {"type": "message", "id": f"m{user}-{seq}-{next(_IDS)}", "channelId": "msteams",
            "serviceUrl": f"{base}/connector/", "text": text,
            "from": {"id": f"user-{user}", "name": f"User {user}"},
            "recipient": {"id": "bot", "name": "Course assistant"},
            "conversation": {"id": conversation_of(user), "conversationType": "personal"},
            "localTimezone": ZONES[user % len(ZONES)]}


async def measure(base: str, questions: list[str], users: int, per_user: int) -> list[float]:
    import aiohttp

    timings: list[float] = []
    connector = aiohttp.TCPConnector(limit=users)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one_user(user: int) -> None:
            for i in range(per_user):
                body = activity(base, user, questions[(user + i) % len(questions)], i)
                t0 = time.perf_counter()
                async with session.post(f"{base}/api/messages", json=body) as r:
                    await r.read()
                    if r.status != 201:
                        raise RuntimeError(f"HTTP {r.status}")
                timings.append(time.perf_counter() - t0)

        for user in range(min(users, 4)):  # warm-up: model, caches, connections
            await one_user(1000 + user)
        timings.clear()
        await asyncio.gather(*(one_user(u) for u in range(users)))
    return timings


def per_thread(pid: int, name: str, value: Callable[[str], float]) -> tuple[float, float] | None:
    """`value` of each thread's /proc file `name` (stat, status) summed: the process's main
    (event-loop) thread, and its other threads together. None where /proc cannot say."""
    main = other = 0.0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/{name}", encoding="ascii") as f:
                amount = value(f.read())
        except OSError:  # a thread that ended meanwhile
            continue
        if int(tid) == pid:
            main += amount
        else:
            other += amount
    return main, other


def cpu_seconds(pid: int) -> tuple[float, float] | None:
    """CPU seconds (user + system) a process has used: its main (event-loop) thread, and its
    other threads together. None where /proc cannot say (not Linux)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def used(stat: str) -> float:
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return per_thread(pid, "stat", used)


def run_level(servers: dict, users: int, requests: int, order: tuple[str, ...],
              cpu: bool) -> dict:
    """One measurement per bot at one concurrency, the bots in `order`."""
    per_user = max(1, requests // users)
    row: dict = {"users": users, "requests": per_user * users}
    questions = {"echo": SCHEDULE_QUESTIONS, "course": SCHEDULE_QUESTIONS,
                 "course-content": CONTENT_QUESTIONS}
    for kind in order:
        server = kind if kind in servers else "course" if kind.startswith("course") else "echo"
        proc, base = servers[server]
        questions.setdefault(kind, SCHEDULE_QUESTIONS)
        before = cpu_seconds(proc.pid) if cpu else None
        t = asyncio.run(measure(base, questions[kind], users, per_user))
        row[kind] = {"p50_ms": round(pct(t, 0.5), 2), "p99_ms": round(pct(t, 0.99), 2),
                     "mean_ms": round(statistics.fmean(t) * 1000, 2)}
        after = cpu_seconds(proc.pid) if cpu else None
        if before is not None and after is not None:
            # The warm-up's requests are counted too (a few of them, see `measure`).
            n = per_user * users + min(users, 4) * per_user
            row[kind]["cpu_loop_ms"] = round((after[0] - before[0]) / n * 1000, 2)
            row[kind]["cpu_threads_ms"] = round((after[1] - before[1]) / n * 1000, 2)
    row["ratio_p50"] = round(row["course"]["p50_ms"] / row["echo"]["p50_ms"], 2)
    for kind in order:
        if kind.startswith("course@"):
            row[f"ratio_p50 {kind}"] = round(row[kind]["p50_ms"] / row["echo"]["p50_ms"], 2)
    if "course-content" in row:
        row["content_ratio_p50"] = round(row["course-content"]["p50_ms"]
                                         / row["echo"]["p50_ms"], 2)
    return row


def spread(values: list[float]) -> dict:
    """Median, quartiles and range of a list of measurements."""
    ordered = sorted(values)
    quartiles = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else ordered * 3
    return {"median": round(statistics.median(ordered), 2), "q1": round(quartiles[0], 2),
            "q3": round(quartiles[2], 2), "min": round(ordered[0], 2),
            "max": round(ordered[-1], 2), "runs": len(ordered)}


def summarise(rounds: list[list[dict]], levels: list[int]) -> list[dict]:
    """Per level: the rounds' ratios and p50s as median and spread."""
    out = []
    for i, users in enumerate(levels):
        rows = [r[i] for r in rounds]
        summary = {"users": users, "requests": rows[0]["requests"],
                   "ratio_p50": spread([r["ratio_p50"] for r in rows])}
        for kind in ("echo", "course", "course-content", *_against_kinds(rows[0])):
            if kind in rows[0]:
                summary[kind] = {key: spread([r[kind][key] for r in rows])
                                 for key in rows[0][kind]}
        for kind in _against_kinds(rows[0]):
            summary[f"ratio_p50 {kind}"] = spread([r[f"ratio_p50 {kind}"] for r in rows])
        if "content_ratio_p50" in rows[0]:
            summary["content_ratio_p50"] = spread([r["content_ratio_p50"] for r in rows])
        out.append(summary)
    return out


def _against_kinds(row: dict) -> list[str]:
    return [k for k in row if k.startswith("course@")]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--serve", choices=["course", "echo"], help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--requests", type=int, default=200, help="round trips per run")
    ap.add_argument("--users", default="1,50", help="concurrency levels, comma-separated")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of interleaved runs; prints the median ratio and its spread")
    ap.add_argument("--cpu", action="store_true",
                    help="also each server's CPU time per request (Linux /proc)")
    ap.add_argument("--schedule-only", action="store_true",
                    help="skip the content questions (quicker repeated runs)")
    ap.add_argument("--against", action="append", default=[], metavar="DIR",
                    help="also the course bot of this checkout, in the same rounds")
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.port, args.data)
        return 0

    levels = [int(u) for u in args.users.split(",")]
    kinds: tuple[str, ...] = ("echo", "course") if args.schedule_only \
        else ("echo", "course", "course-content")
    trees = {f"course@{Path(d).resolve().name}": Path(d).resolve() for d in args.against}
    kinds += tuple(trees)
    rounds: list[list[dict]] = []
    with tempfile.TemporaryDirectory() as scratch:
        servers = {kind: start(kind, scratch) for kind in ("echo", "course")}
        servers.update({kind: start("course", scratch, tree) for kind, tree in trees.items()})
        try:
            for n in range(max(1, args.repeat)):
                # Alternate which bot goes first: a slow spell of the machine hits both.
                order = kinds if n % 2 == 0 else tuple(reversed(kinds))
                rounds.append([run_level(servers, users, args.requests, order, args.cpu)
                               for users in levels])
        finally:
            for proc, _ in servers.values():
                proc.terminate()
            for proc, _ in servers.values():
                try:  # a loaded machine can take a while to shut a server down
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    if args.repeat > 1:
        summary = summarise(rounds, levels)
        if args.json:
            print(json.dumps({"rounds": rounds, "summary": summary}, indent=2))
        else:
            print_summary(summary, args.cpu)
        return 0
    results = rounds[0]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    content = "course-content" in results[0]
    print("POST /api/messages round trips (reply delivered to the local connector)")
    print(f"{'users':>5} {'requests':>8}  {'echo p50/p99':>16}  {'course p50/p99':>16}  "
          f"{'ratio':>5}" + (f"  {'content p50/p99':>16}" if content else ""))
    for r in results:
        print(f"{r['users']:>5} {r['requests']:>8}  "
              f"{r['echo']['p50_ms']:>7.1f}/{r['echo']['p99_ms']:<7.1f}ms "
              f"{r['course']['p50_ms']:>7.1f}/{r['course']['p99_ms']:<7.1f}ms "
              f"{r['ratio_p50']:>5.2f}" + (
                  f"  {r['course-content']['p50_ms']:>7.1f}/"
                  f"{r['course-content']['p99_ms']:<7.1f}ms" if content else ""))
        if args.cpu:
            print_cpu(r)
    print("target: course p50 <= 1.5 x echo p50 for schedule questions")
    return 0


def print_cpu(row: dict) -> None:
    parts = [f"{kind} {row[kind]['cpu_loop_ms']:.2f}+{row[kind]['cpu_threads_ms']:.2f}"
             for kind in ("echo", "course", "course-content", *_against_kinds(row))
             if kind in row and "cpu_loop_ms" in row[kind]]
    if parts:
        print(f"{'':>16}server CPU ms/request (loop+threads): " + ", ".join(parts))


def print_summary(summary: list[dict], cpu: bool) -> None:
    runs = summary[0]["ratio_p50"]["runs"]
    print(f"POST /api/messages round trips, {runs} interleaved rounds: medians "
          "[quartiles] (min-max)")

    def show(s: dict, unit: str = "") -> str:
        return (f"{s['median']:.2f}{unit} [{s['q1']:.2f}-{s['q3']:.2f}] "
                f"({s['min']:.2f}-{s['max']:.2f})")

    for r in summary:
        print(f"users {r['users']}, {r['requests']} requests per bot per round")
        print(f"  schedule p50 ratio course/echo: {show(r['ratio_p50'])}")
        for key in r:
            if key.startswith("ratio_p50 "):
                print(f"  schedule p50 ratio {key[10:]}/echo: {show(r[key])}")
        for kind in ("echo", "course", "course-content",
                     *[k for k in r if k.startswith("course@")]):
            if kind not in r:
                continue
            line = f"  {kind:<15} p50 {show(r[kind]['p50_ms'], ' ms')}"
            if cpu and "cpu_loop_ms" in r[kind]:
                line += (f"; CPU/request loop {r[kind]['cpu_loop_ms']['median']:.2f} ms, "
                         f"threads {r[kind]['cpu_threads_ms']['median']:.2f} ms")
            print(line)
        if "content_ratio_p50" in r:
            print(f"  content p50 ratio course/echo: {show(r['content_ratio_p50'])}")


if __name__ == "__main__":
    sys.exit(main())
