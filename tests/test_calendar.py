"""The calendar feed, read back with vobject (an iCalendar reader independent of ours)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest
import vobject
from teams_support import running

from bot.calendar.ics import build_calendar, event_uid, timed_events
from bot.config import Settings
from bot.reminders.policy import load_policy
from bot.server import create_app

ROOT = Path(__file__).resolve().parent.parent
POLICY = load_policy(ROOT / "reminders.yaml")
STAMP = datetime(2021, 1, 4, 12, 0, tzinfo=UTC)


def parse(body: bytes) -> dict[str, vobject.base.Component]:
    cal = vobject.readOne(body.decode("utf-8"))
    assert cal.vtimezone.tzid.value == "Europe/London"
    return {v.uid.value: v for v in cal.vevent_list}


def test_every_timed_event_is_in_the_feed_as_scheduled(schedule):
    events = parse(build_calendar(schedule, timed_events(schedule), POLICY, STAMP))
    expected = [e for e in schedule.events() if e.start is not None]
    assert len(events) == len(expected) >= 20
    for e in expected:
        v = events[event_uid(schedule, e)]
        assert v.dtstart.value == e.start, e.id
        assert v.dtstart.value.utcoffset() == e.start.utcoffset()
        if e.kind == "deadline":
            assert not hasattr(v, "dtend")
        else:
            assert v.dtend.value == e.end
        assert e.id in v.summary.value and schedule.course.code in v.summary.value
        assert v.dtstamp.value == STAMP
        description = v.description.value
        for person in e.staff:
            assert person in description
        if e.topic:
            assert e.topic in description
        if e.location:
            assert v.location.value == e.location
        triggers = sorted(-a.trigger.value for a in v.valarm_list) if hasattr(
            v, "valarm_list") else []
        assert triggers == sorted(POLICY.offsets_for(e.kind)), e.id


def test_uids_are_stable_across_builds(schedule):
    a = parse(build_calendar(schedule, timed_events(schedule), POLICY, STAMP))
    b = parse(build_calendar(schedule, timed_events(schedule), POLICY,
                             STAMP + timedelta(days=3)))
    assert a.keys() == b.keys()


def test_feed_routes_filters_and_errors(assistant, tmp_path):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: STAMP, run_reminders=False)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            out = {}
            for path in ("/calendar.ics", "/calendar.ics?kinds=deadline,tutorial",
                         "/calendar.ics?kinds=film", "/calendar/cw2.ics",
                         "/calendar/CW9.ics"):
                async with s.get(base + path) as r:
                    out[path] = (r.status, r.headers.get("Content-Type", ""), await r.read())
            return out

    out = asyncio.run(scenario())
    status, ctype, body = out["/calendar.ics"]
    assert status == 200 and ctype.startswith("text/calendar")
    kinds = {v.categories.value[0] for v in parse(body).values()}
    assert kinds == {"Lecture", "Q&A", "Tutorial", "Deadline", "Panel"}
    filtered = parse(out["/calendar.ics?kinds=deadline,tutorial"][2])
    assert {v.categories.value[0] for v in filtered.values()} == {"Deadline", "Tutorial"}
    assert out["/calendar.ics?kinds=film"][0] == 400
    one = parse(out["/calendar/cw2.ics"][2])
    assert list(one) == ["cw2.70010@course-assistant"]
    assert out["/calendar/CW9.ics"][0] == 404


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory):
    import os

    env = dict(os.environ, BOT_DATA_DIR=str(tmp_path_factory.mktemp("data")))
    return env


def run(*args, env):
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def test_calendar_and_remind_preview_commands(tmp_path, cli_env):
    out = tmp_path / "course.ics"
    result = run("calendar", "-o", str(out), "--kinds", "deadline", env=cli_env)
    assert result.returncode == 0, result.stderr
    assert len(parse(out.read_bytes())) == 3
    bad = run("calendar", "--kinds", "film", env=cli_env)
    assert bad.returncode == 2 and "--kinds" in bad.stderr
    preview = run("remind", "--preview", "--from", "2021-02-01", "--to", "2021-02-08",
                  env=cli_env)
    assert preview.returncode == 0, preview.stderr
    assert "QA-W4" in preview.stdout and "CW1" in preview.stdout
    assert "6 reminders to 1 subscribers" in preview.stdout  # T04 and T05: one slot
    backwards = run("remind", "--preview", "--from", "2021-02-08", "--to", "2021-02-01",
                    env=cli_env)
    assert backwards.returncode == 2
