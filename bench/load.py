"""Load: many students at once against `python -m bot serve`, with /healthz probed meanwhile.

    .venv/bin/python bench/load.py [--users 50] [--seconds 60] [--content 0.2]
        [--bots echo,course[,pg1,pg2]] [--database-url postgresql://…] [--json]

Starts the real server (`python -m bot serve`, local mode, a scratch data folder) and waits
until /readyz says ready (the notes indexed). Then `--users` simulated students each post
one activity at a time to /api/messages for `--seconds` (closed loop, no pause), 80% schedule
and 20% content questions (`--content`), with `serviceUrl` pointing at the server's local
connector. Meanwhile a separate process GETs /healthz every 100 ms. The same run is then
made against a minimal echo bot on the same stack (bench/http_latency.py's), for comparison.
`--bots` picks the runs, one after another in this one invocation: `echo`, `course` (one
replica on SQLite), `pgN` (N course replicas on one PostgreSQL: the students are spread over
them, each replica replying to its own local connector; without --database-url the bench
starts its own PostgreSQL, as the tests do).

`--against DIR` also runs the course bot of another checkout (e.g. a worktree of main) as
`course@NAME`, and `--repeat N` makes N rounds of all the runs, in alternating order (the
second round backwards, and so on), so that before and after are measured side by side on
one machine state and a slow spell hits both; the medians and ranges of the rounds follow.

Reported per bot: requests, throughput, the servers' CPU time per reply (event-loop thread
and other threads apart, from /proc: less moved by other processes than latency), reply
latency p50/p99 (POST until the 201, which the bot returns once its reply has reached the
connector), errors (a non-201 or no response in 30 s), lost replies (an accepted activity
with no reply in the connector's transcript at the end), and /healthz p50/p99/max. An answer
too slow for its turn is acknowledged and follows on its own (BOT_DEFER_AFTER): such
requests are counted as `deferred`, and their answer's latency (POST until the answer
reached the connector) is what the percentiles use. Targets: 0 errors, 0 lost, p99 < 15 s
(the Bot Framework's limit), /healthz p99 < 100 ms. The load average (1 minute) is printed
with each run: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from http_latency import (  # noqa: E402
    CONTENT_QUESTIONS,
    SCHEDULE_QUESTIONS,
    activity,
    conversation_of,
    cpu_seconds,
    per_thread,
)

MORE_CONTENT = ["what is the vanishing gradient problem?", "how does attention work?",
                "what is a variational autoencoder?", "explain backpropagation",
                "what is the difference between a GAN and a VAE?", "what is layer norm?"]
REQUEST_TIMEOUT = 30.0
DEFERRED_GRACE = 5.0  # seconds after the run for answers that follow their turn
PROBE_EVERY = 0.1


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str, timeout: float = 5.0) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:  # noqa: S310 - loopback
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def start_course(data: Path, port: int, database_url: str = "",
                 replica: str = "", tree: Path = ROOT) -> subprocess.Popen:
    """`python -m bot serve` of the checkout `tree` (its own `bot` package comes first)."""
    env = dict(os.environ, BOT_DATA_DIR=str(data), BOT_LOG_LEVEL="WARNING", PORT=str(port))
    if database_url:
        env.update(BOT_DATABASE_URL=database_url, BOT_REPLICA_ID=replica)
    env.pop("MicrosoftAppId", None)
    return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--now",
                             "2021-02-01T09:00"], cwd=tree, env=env,
                            stdout=subprocess.DEVNULL)


def start_echo(data: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, BOT_DATA_DIR=str(data), BOT_LOG_LEVEL="WARNING")
    return subprocess.Popen([sys.executable, str(ROOT / "bench" / "http_latency.py"),
                             "--serve", "echo", "--port", str(port), "--data", str(data)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def switches(pid: int) -> tuple[float, float] | None:
    """Context switches (voluntary and not) of a process: its main (event-loop) thread, and
    its other threads together. On a loaded machine a steadier measure than latency of how
    often the loop waits: for the GIL after each system call, or for events."""
    return per_thread(pid, "status", lambda status: sum(
        int(line.split()[1]) for line in status.splitlines() if "ctxt_switches" in line))


def wait_ready(base: str, proc: subprocess.Popen, timeout: float) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}")
        try:
            status, report = get_json(f"{base}/readyz")
            if status == 200 and report.get("status") == "ready":
                return time.monotonic() - t0
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"not ready after {timeout:.0f} s")


async def load(bases: list[str], users: int, seconds: float, content_share: float,
               seed: int) -> dict:
    """Student `u` talks to `bases[u % len(bases)]` (and that replica's connector)."""
    import aiohttp

    rng = random.Random(seed)
    content = CONTENT_QUESTIONS + MORE_CONTENT
    sent: dict[str, tuple[str, float, float]] = {}  # id -> (kind, latency, wall time sent)
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=users),
                                     timeout=timeout) as session:
        async def student(user: int) -> None:
            base = bases[user % len(bases)]
            seq = 0
            while time.monotonic() < deadline:
                seq += 1
                kind = "content" if rng.random() < content_share else "schedule"
                text = rng.choice(content if kind == "content" else SCHEDULE_QUESTIONS)
                body = activity(base, user, text, seq)
                t0, wall = time.perf_counter(), time.time()
                try:
                    async with session.post(f"{base}/api/messages", json=body) as r:
                        await r.read()
                        status = r.status
                except (aiohttp.ClientError, TimeoutError) as exc:
                    errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                if status != 201:
                    errors.append(f"HTTP {status}")
                    continue
                sent[body["id"]] = (kind, time.perf_counter() - t0, wall)

        started = time.monotonic()
        await asyncio.gather(*(student(u) for u in range(users)))
        elapsed = time.monotonic() - started
        await asyncio.sleep(DEFERRED_GRACE)  # answers that follow their turn arrive
        # Every accepted activity must have its reply in the connector's transcript; an
        # acknowledged one, its answer too (the one without the answerFollows mark).
        answered_at: dict[str, float] = {}
        deferred: set[str] = set()
        for user in range(users):
            base = bases[user % len(bases)]
            async with session.get(f"{base}/emulator/activities",
                                   params={"conversation": conversation_of(user)}) as r:
                for entry in (await r.json())["entries"]:
                    a = entry["activity"]
                    if entry["role"] != "bot" or a.get("type") != "message":
                        continue
                    reply_to = a.get("replyToId") or ""
                    if (a.get("channelData") or {}).get("answerFollows"):
                        deferred.add(reply_to)
                    else:
                        answered_at.setdefault(reply_to, entry.get("at", 0.0))
    lost = [i for i in sent if i not in answered_at]
    # A deferred request's latency is its answer's, not its acknowledgement's.
    replies = {i: (kind, answered_at[i] - wall if i in deferred and i in answered_at
                   else latency, latency)
               for i, (kind, latency, wall) in sent.items()}
    return {"replies": replies, "errors": errors, "lost": lost, "elapsed": elapsed,
            "deferred": len(deferred & set(sent))}


def probe(url: str, seconds: float) -> None:
    """The /healthz prober (its own process, so the load generator cannot delay it)."""
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    timings, failures = [], 0
    end = time.monotonic() + seconds
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    while time.monotonic() < end:
        t0 = time.perf_counter()
        try:
            conn.request("GET", parts.path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                failures += 1
        except OSError:
            failures += 1
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        timings.append(time.perf_counter() - t0)
        time.sleep(max(0.0, PROBE_EVERY - (time.perf_counter() - t0)))
    print(json.dumps({"timings": timings, "failures": failures}))


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def run_one(kind: str, scratch: Path, args: argparse.Namespace,
            pg: object | None = None) -> dict:
    """`kind`: echo, course (SQLite), course@NAME (another checkout's, `args.trees`) or pgN
    (N course replicas on one PostgreSQL)."""
    replicas = int(kind[2:]) if kind.startswith("pg") else 1
    database_url = ""
    if kind.startswith("pg"):
        database_url = args.database_url or pg.url()  # type: ignore[union-attr]
    procs, bases = [], []
    try:
        for i in range(replicas):
            port = free_port()
            data = Path(tempfile.mkdtemp(prefix=f"{kind}-{i}-", dir=scratch))
            if kind != "echo" and args.index:
                # A ready index (e.g. the one `make run` built) skips the minute of indexing.
                import shutil

                shutil.copytree(args.index, data / "index")
            procs.append(start_echo(data, port) if kind == "echo" else
                         start_course(data, port, database_url, f"{kind}-{i}",
                                      args.trees.get(kind, ROOT)))
            bases.append(f"http://127.0.0.1:{port}")
        ready = max(wait_ready(base, proc, args.ready_timeout)
                    for base, proc in zip(bases, procs, strict=True))
        probers = [subprocess.Popen([sys.executable, __file__, "--probe", f"{base}/healthz",
                                     "--seconds", str(args.seconds)], stdout=subprocess.PIPE,
                                    text=True) for base in bases]
        load_before = os.getloadavg()[0]
        cpu_before = [cpu_seconds(proc.pid) for proc in procs]
        switched_before = [switches(proc.pid) for proc in procs]
        result = asyncio.run(load(bases, args.users, args.seconds, args.content, args.seed))
        cpu_after = [cpu_seconds(proc.pid) for proc in procs]
        switched_after = [switches(proc.pid) for proc in procs]
        load_after = os.getloadavg()[0]
        timings: list[float] = []
        failures = 0
        for prober in probers:
            health = json.loads(prober.communicate(timeout=args.seconds + 60)[0])
            timings += health["timings"]
            failures += health["failures"]
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(30)
    replies = result["replies"].values()
    latencies = [t for _, t, _ in replies]
    turns = [t for _, _, t in replies]  # POST until the 201 (the acknowledgement, if any)
    by_kind = {k: [t for kk, t, _ in replies if kk == k] for k in ("schedule", "content")}
    # CPU time per reply (the servers' event-loop threads, and their other threads): less
    # moved by other processes on a shared machine than latency or throughput.
    cpu = [sum(after[i] - before[i] for before, after in zip(cpu_before, cpu_after, strict=True)
               if before is not None and after is not None) for i in (0, 1)]
    switched = [sum(after[i] - before[i]
                    for before, after in zip(switched_before, switched_after, strict=True)
                    if before is not None and after is not None) for i in (0, 1)]
    per_reply = max(1, len(result["replies"]))
    return {
        "bot": kind, "replicas": replicas, "ready_after_s": round(ready, 1),
        "users": args.users, "load_average": [round(load_before, 1), round(load_after, 1)],
        "requests": len(result["replies"]) + len(result["errors"]),
        "throughput_per_s": round(len(result["replies"]) / result["elapsed"], 1),
        "p50_ms": round(pct(latencies, 0.5), 1), "p99_ms": round(pct(latencies, 0.99), 1),
        "max_ms": round(max(latencies, default=0) * 1000, 1),
        "request_max_ms": round(max(turns, default=0) * 1000, 1),
        "over_15s": sum(t > 15 for t in turns),
        "deferred": result["deferred"],
        "schedule_p50_ms": round(pct(by_kind["schedule"], 0.5), 1),
        "schedule_p99_ms": round(pct(by_kind["schedule"], 0.99), 1),
        "content_p50_ms": round(pct(by_kind["content"], 0.5), 1),
        "content_p99_ms": round(pct(by_kind["content"], 0.99), 1),
        "cpu_loop_ms": round(cpu[0] / per_reply * 1000, 3),
        "cpu_threads_ms": round(cpu[1] / per_reply * 1000, 3),
        "switches_loop": round(switched[0] / per_reply, 2),
        "switches_threads": round(switched[1] / per_reply, 2),
        "errors": len(result["errors"]), "error_kinds": sorted(set(result["errors"]))[:5],
        "lost": len(result["lost"]),
        "healthz_probes": len(timings), "healthz_failures": failures,
        "healthz_p50_ms": round(pct(timings, 0.5), 1),
        "healthz_p99_ms": round(pct(timings, 0.99), 1),
        "healthz_max_ms": round(max(timings, default=0) * 1000, 1),
    }


def print_rounds(rows: list[dict], kinds: list[str]) -> None:
    """Per bot, the median of the rounds and their range (min-max)."""
    print(f"over {max(r['round'] for r in rows)} rounds: median (min-max)")
    fields = ["throughput_per_s", "p99_ms", "schedule_p50_ms", "content_p50_ms",
              "schedule_ratio", "content_ratio", "healthz_p99_ms", "cpu_loop_ms",
              "cpu_threads_ms", "switches_loop", "switches_threads", "errors"]
    for kind in kinds:
        mine = [r for r in rows if r["bot"] == kind]
        parts = []
        for field in fields:
            values = sorted(r[field] for r in mine if field in r)
            if values:
                parts.append(f"{field} {statistics.median(values):.4g} "
                             f"({values[0]:.4g}-{values[-1]:.4g})")
        print(f"{kind:>14}: " + ", ".join(parts))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--content", type=float, default=0.2, help="share of content questions")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bots", default="echo,course",
                    help="which to run, comma-separated: echo, course, pg1, pg2, ...")
    ap.add_argument("--database-url", default="",
                    help="an empty PostgreSQL database for the pgN runs (default: start one)")
    ap.add_argument("--index", type=Path, help="copy this ready notes index into the data")
    ap.add_argument("--ready-timeout", type=float, default=600.0)
    ap.add_argument("--against", action="append", default=[], metavar="DIR",
                    help="also the course bot of this checkout, as course@NAME")
    ap.add_argument("--repeat", type=int, default=1, help="rounds, in alternating order")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--probe", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.probe:
        probe(args.probe, args.seconds)
        return 0
    args.trees = {f"course@{Path(d).resolve().name}": Path(d).resolve() for d in args.against}
    kinds = args.bots.split(",") + list(args.trees)
    pg = None
    if any(k.startswith("pg") for k in kinds) and not args.database_url:
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_server import start_for_bench

        pg = start_for_bench()
        if pg is None:
            return 2
    rows = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for round_ in range(args.repeat):
                for kind in kinds if round_ % 2 == 0 else kinds[::-1]:
                    if pg is not None and kind.startswith("pg"):
                        pg.reset()  # each PostgreSQL run starts from an empty database
                    rows.append(run_one(kind, Path(scratch), args, pg))
                    rows[-1]["round"] = round_ + 1
    finally:
        if pg is not None:
            pg.stop()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{args.users} users for {args.seconds:.0f} s, {args.content:.0%} content questions, "
          "through the local connector; /healthz probed every 100 ms")
    print(f"{'bot':>14} {'reqs':>6} {'req/s':>6} {'p50':>8} {'p99':>8} {'max':>8} "
          f"{'sched p50':>9} {'content p50':>11} {'err':>4} {'lost':>4} {'defer':>5} "
          f"{'>15s':>4} {'healthz p50/p99/max':>20} {'load':>9}")
    for r in rows:
        print(f"{r['bot']:>14} {r['requests']:>6} {r['throughput_per_s']:>6} "
              f"{r['p50_ms']:>6.0f}ms {r['p99_ms']:>6.0f}ms {r['max_ms']:>6.0f}ms "
              f"{r['schedule_p50_ms']:>7.0f}ms {r['content_p50_ms']:>9.0f}ms "
              f"{r['errors']:>4} {r['lost']:>4} {r['deferred']:>5} {r['over_15s']:>4} "
              f"{r['healthz_p50_ms']:>6.1f}/{r['healthz_p99_ms']:.1f}/{r['healthz_max_ms']:.0f}ms"
              f" {r['load_average'][0]:>4}/{r['load_average'][1]}")
        print(f"{'':>15}server CPU per reply: loop {r['cpu_loop_ms']:.2f} ms, other threads "
              f"{r['cpu_threads_ms']:.2f} ms; context switches per reply: loop "
              f"{r['switches_loop']:.1f}, other threads {r['switches_threads']:.1f}")
        if r["error_kinds"]:
            print(f"{'':>15}errors: {'; '.join(r['error_kinds'])}")
    for r in rows:  # each against the echo bot of its own round
        echo = next((e for e in rows if e["bot"] == "echo" and e["round"] == r["round"]), None)
        if echo and r is not echo:
            r["schedule_ratio"] = r["schedule_p50_ms"] / echo["schedule_p50_ms"]
            r["content_ratio"] = r["content_p50_ms"] / echo["content_p50_ms"]
            print(f"{r['bot']} (round {r['round']}): "
                  f"{r['throughput_per_s'] / echo['throughput_per_s']:.2f}x the echo bot's "
                  f"throughput; schedule p50 {r['schedule_ratio']:.1f}x, content p50 "
                  f"{r['content_ratio']:.1f}x the echo bot's")
    one = next((r for r in rows if r["bot"] == "pg1"), None)
    for r in rows:
        if one and r["bot"].startswith("pg") and r is not one:
            print(f"{r['bot']}: {r['throughput_per_s'] / one['throughput_per_s']:.2f}x one "
                  "PostgreSQL replica's throughput")
    if args.repeat > 1:
        print_rounds(rows, kinds)
    print("targets: 0 errors, 0 lost, p99 < 15000 ms, /healthz p99 < 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
