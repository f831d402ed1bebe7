"""Replicas: a reminder fan-out from 1 and from 2 `python -m bot serve` processes on one
PostgreSQL, one replica SIGKILLed mid-way and restarted, counted at a local connector.

    .venv/bin/python bench/replicas.py [--subscribers 10000] [--kill-after 3000]
        [--replicas 1,2] [--database-url postgresql://…] [--json]

Without --database-url it starts its own PostgreSQL (Debian's initdb and pg_ctl, as the
tests do) in a temporary folder. For each replica count, the database is emptied, N
subscribers are stored, and the replicas are started with their clocks at the moment CW1's
2-day reminder is due; the first replica is SIGKILLed once the connector has received
`--kill-after` reminders, and started again. Each run ends with the line

    replicas=R delivered=N duplicates=D lost=L seconds=S

and, first, the time to plan the whole course's reminders for that many subscribers in
process (bench/reminders.py's planning; target under 1 s).

duplicates: reminders shown twice (a re-send after the kill carries the same key, which the
connector drops: counted apart as resends_dropped_by_key); lost: subscribers with none.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pg_server import start_for_bench  # noqa: E402
from replica_support import fan_out  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from reminders import bench_planning  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subscribers", type=int, default=10_000)
    ap.add_argument("--kill-after", type=int, default=3000)
    ap.add_argument("--replicas", default="1,2")
    ap.add_argument("--lease", type=int, default=5, help="BOT_LEASE_SECONDS of the replicas")
    ap.add_argument("--database-url", help="an empty PostgreSQL database (default: start one)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    planning = bench_planning(args.subscribers)
    if not args.json:
        print(f"planning {planning['subscribers']} subscribers: "
              f"{planning['reminders_whole_course']} reminders in "
              f"{planning['plan_whole_course_s']} s, CPU {planning['plan_whole_course_cpu_s']} s "
              f"(target < 1 s); load average {os.getloadavg()[0]:.1f}", flush=True)
    server = None
    if not args.database_url:
        server = start_for_bench()
        if server is None:
            return 2
    results = []
    try:
        for replicas in [int(x) for x in args.replicas.split(",")]:
            if server is not None:
                server.reset()
            url = args.database_url or server.url()  # type: ignore[union-attr]
            with tempfile.TemporaryDirectory() as folder:
                result = asyncio.run(fan_out(url, Path(folder), args.subscribers, replicas,
                                             args.kill_after, lease=args.lease))
            results.append(result)
            if not args.json:
                print(f"replicas={result['replicas']} delivered={result['delivered']} "
                      f"duplicates={result['duplicates']} lost={result['lost']} "
                      f"seconds={result['seconds']}  ({result['per_second']}/s; killed after "
                      f"{result['killed_after']}; {result['resends_dropped_by_key']} "
                      "in-doubt re-sends dropped by key)", flush=True)
    finally:
        if server is not None:
            server.stop()
    if args.json:
        print(json.dumps({"planning": planning, "fan_out": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
