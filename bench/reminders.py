"""Reminders at scale: planning for 10,000 subscribers, and a fan-out that survives SIGKILL.

1. Planning: every reminder of the whole course for N subscribers (mixed settings), and the
   `due` check the scheduler runs at each wake-up.
2. Fan-out: one deadline reminder to N subscribers through the local connector (this
   process), sent by a bot process that is SIGKILLed part-way and restarted. The
   connector's log is then counted: every subscriber must have exactly one delivery.

    .venv/bin/python bench/reminders.py [--subscribers 10000] [--kill-after 3000] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.reminders.model import Subscription  # noqa: E402
from bot.reminders.planner import Planner  # noqa: E402
from bot.reminders.policy import load_policy, parse_policy  # noqa: E402
from bot.reminders.store import ReminderStore  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402
from bot.storage.database import open_sqlite  # noqa: E402

LONDON = ZoneInfo("Europe/London")
SEND_AT = datetime(2021, 2, 3, 19, 0, tzinfo=LONDON)  # CW1 is due in two days
BENCH_POLICY = """
deadlines: [7d, 2d, 24h, 2h]
sessions: {kinds: [qa, tutorial, lecture, panel], before: [15m]}
digest: {weekday: monday, time: "09:00"}
default_kinds: [deadline, qa, tutorial, lecture, panel, digest]
sending: {per_second: 5000, per_conversation_per_second: 1, pause_after_failures: 3}
"""


def subscribers(n: int, service_url: str = "http://127.0.0.1:9/connector/",
                mixed: bool = True) -> list[Subscription]:
    policy = parse_policy(BENCH_POLICY)
    variants = [policy.default_kinds, frozenset({"deadline"}),
                frozenset({"deadline", "tutorial"}), frozenset({"qa", "digest"})]
    created = datetime(2021, 1, 1, tzinfo=UTC)
    out = []
    for i in range(n):
        conversation = f"personal-u{i}"
        reference = {"serviceUrl": service_url, "channelId": "msteams",
                     "conversation": {"id": conversation, "conversationType": "personal"},
                     "user": {"id": f"u{i}"}, "bot": {"id": "bot", "name": "Course assistant"}}
        kinds = variants[i % len(variants)] if mixed else frozenset({"deadline"})
        offsets = (timedelta(days=3), timedelta(hours=6)) if mixed and i % 7 == 0 else None
        out.append(Subscription(f"user:u{i}", conversation, reference, kinds, created,
                                user_id=f"u{i}", deadline_offsets=offsets,
                                time_zone=["Europe/London", "Asia/Shanghai",
                                           "America/New_York"][i % 3]))
    return out


def bench_planning(n: int) -> dict:
    schedule = load_schedule(ROOT / "schedule.yaml")
    policy = load_policy(ROOT / "reminders.yaml")
    subs = subscribers(n)
    t0 = time.perf_counter()
    planner = Planner(schedule, policy)
    everything = planner.window(subs, datetime(2021, 1, 1, tzinfo=UTC),
                                datetime(2021, 4, 1, tzinfo=UTC))
    plan_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    send, skip = planner.due(subs, set(), [], SEND_AT)
    due_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    planner.next_due(subs, [], SEND_AT)
    next_s = time.perf_counter() - t0
    return {"subscribers": n, "reminders_whole_course": len(everything),
            "plan_whole_course_s": round(plan_s, 3), "due_check_s": round(due_s, 3),
            "due_now": len(send), "next_due_s": round(next_s, 3)}


# --- the fan-out -----------------------------------------------------------------------------

def child(data: str) -> None:
    """The bot side: send what is due at SEND_AT, then exit (killed part-way, the first time)."""
    import dataclasses

    from bot.cli.common import build_assistant
    from bot.config import Settings
    from bot.server import SERVICES, create_app

    settings = dataclasses.replace(Settings.from_env({"BOT_DATA_DIR": data}),
                                   reminders_path=Path(data) / "reminders.yaml")
    assistant = build_assistant(settings, with_model=False)
    app = create_app(settings, assistant, lambda: SEND_AT, run_reminders=False)
    scheduler = app[SERVICES].scheduler

    async def run() -> None:
        report = await scheduler.run_once()
        print(json.dumps({"sent": report.sent, "recovered": report.recovered,
                          "failed": report.failed}), flush=True)

    asyncio.run(run())


async def fan_out(n: int, kill_after: int) -> dict:
    from aiohttp import web

    from bot.emulator.connector import LocalConnector

    with tempfile.TemporaryDirectory() as data:
        log_path = Path(data) / "connector.jsonl"
        connector = LocalConnector(log_path)
        app = web.Application()
        app.add_routes(connector.routes())
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        base = f"http://127.0.0.1:{runner.addresses[0][1]}/connector/"
        (Path(data) / "reminders.yaml").write_text(BENCH_POLICY)
        db = open_sqlite(Path(data) / "bot.sqlite3")
        store = ReminderStore(db)
        store.save_many(subscribers(n, base, mixed=False), datetime(2021, 1, 1, tzinfo=UTC))
        db.close()

        async def start() -> asyncio.subprocess.Process:
            return await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--child", data, stdout=asyncio.subprocess.PIPE,
                env=dict(os.environ, BOT_LOG_LEVEL="ERROR"))

        def delivered() -> int:
            return connector.delivered

        t0 = time.perf_counter()
        first = await start()
        killed_at = None
        while first.returncode is None:
            if delivered() >= kill_after:
                first.send_signal(signal.SIGKILL)
                killed_at = delivered()
                break
            await asyncio.sleep(0.005)
        await first.wait()
        t_kill = time.perf_counter()
        second = await start()
        out, _ = await second.communicate()
        t_end = time.perf_counter()
        await runner.cleanup()
        connector.close()

        keys = Counter()
        dropped = 0
        for line in log_path.read_text().splitlines():
            entry = json.loads(line)
            key = (entry["activity"].get("channelData") or {}).get("reminderKey")
            if entry["role"] == "bot":
                keys[key] += 1
            elif entry["role"] == "bot-duplicate":
                dropped += 1
        expected = {f"user:u{i}|CW1|2d" for i in range(n)}
        return {
            "subscribers": n, "killed_after_deliveries": killed_at,
            "delivered_unique": len(keys), "duplicates_shown": sum(c - 1 for c in
                                                                   keys.values() if c > 1),
            "lost": len(expected - set(keys)), "resends_dropped_by_key": dropped,
            "restart_report": json.loads(out.decode().strip().splitlines()[-1]),
            "seconds_total": round(t_end - t0, 2),
            "throughput_per_s": round(n / (t_end - t0), 1),
            "first_run_per_s": round((killed_at or 0) / (t_kill - t0), 1),
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subscribers", type=int, default=10_000)
    ap.add_argument("--kill-after", type=int, default=3000)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    planning = bench_planning(args.subscribers)
    fan = asyncio.run(fan_out(args.subscribers, args.kill_after))
    if args.json:
        print(json.dumps({"planning": planning, "fan_out": fan}, indent=2))
        return 0
    print(f"planning, {planning['subscribers']} subscribers: whole course "
          f"{planning['reminders_whole_course']} reminders in "
          f"{planning['plan_whole_course_s']} s (target < 1 s); due check "
          f"{planning['due_check_s']} s; next-due {planning['next_due_s']} s")
    print(f"fan-out to {fan['subscribers']}: SIGKILL after {fan['killed_after_deliveries']} "
          f"deliveries, restarted; delivered {fan['delivered_unique']} unique, "
          f"{fan['duplicates_shown']} duplicates shown, {fan['lost']} lost; "
          f"{fan['resends_dropped_by_key']} in-doubt resends dropped by key")
    print(f"  {fan['seconds_total']} s in all ({fan['throughput_per_s']}/s including the "
          f"restart; {fan['first_run_per_s']}/s before the kill); restart: "
          f"{fan['restart_report']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
