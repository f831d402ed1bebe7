"""Reminders: the policy file, chat commands, the planner, and exactly-once sending."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.nlu.commands import parse_command
from bot.reminders.compose import compose
from bot.reminders.model import Reminder, Subscription
from bot.reminders.planner import Planner, current_planner
from bot.reminders.policy import PolicyError, load_policy, parse_policy
from bot.reminders.scheduler import ReminderScheduler, Unreachable
from bot.reminders.service import ReminderService, Who
from bot.reminders.store import ReminderStore
from bot.schedule.loader import parse_schedule
from bot.storage.database import open_sqlite

ROOT = Path(__file__).resolve().parent.parent
LONDON = ZoneInfo("Europe/London")
POLICY = load_policy(ROOT / "reminders.yaml")
JAN1 = datetime(2021, 1, 1, tzinfo=UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


class FakeClock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def sub(name: str = "user:u1", kinds=None, created=JAN1, **kw) -> Subscription:
    return Subscription(name, f"conv-{name}", {"conversation": {"id": f"conv-{name}"}},
                        frozenset(kinds or POLICY.default_kinds), created, **kw)


@pytest.fixture
def store(tmp_path):
    db = open_sqlite(tmp_path / "bot.sqlite3")
    yield ReminderStore(db)
    db.close()


# --- policy ----------------------------------------------------------------------------------

def test_shipped_policy():
    assert [o.total_seconds() / 3600 for o in POLICY.deadline_offsets] == [168, 48, 24, 2]
    assert POLICY.session_offsets == (timedelta(minutes=15),)
    assert POLICY.digest_weekday == 0 and POLICY.digest_time.hour == 9


@pytest.mark.parametrize("text,expected", [
    ("deadlines: [7d, 2x]\nsessions: {kinds: [qa], before: [15m]}\ndefault_kinds: [qa]\n",
     "reminders.yaml:1: deadlines[1]: '2x' is not an offset"),
    ("deadlines: [7d]\nsessions: {kinds: [qa, film], before: [15m]}\ndefault_kinds: [qa]\n",
     "reminders.yaml:2: sessions.kinds[1]: 'film' is not one of"),
    ("deadlines: [7d]\nsessions: {kinds: [qa], before: [15m]}\ndefault_kinds: [digest]\n",
     "reminders.yaml:3: default_kinds: includes digest, but there is no digest section"),
    ("deadlines: [7d, 168h]\nsessions: {kinds: [qa], before: [15m]}\ndefault_kinds: [qa]\n",
     "reminders.yaml:1: deadlines: lists an offset twice"),
    ("deadlines: [7d]\nsessions: {kinds: [qa], before: [15m]}\ndefault_kinds: [qa]\n"
     "sending: {per_second: 0}\n", "reminders.yaml:4: sending.per_second: must be at least 1"),
    ("deadlines: [7d]\nsessions: {kinds: [qa], before: [15m]}\ndefault_kinds: [qa]\n"
     "digest: {weekday: funday, time: '09:00'}\n", "reminders.yaml:4: digest.weekday:"),
    ("deadlines: [7d\n", "reminders.yaml:2: (syntax)"),
])
def test_policy_errors_name_file_line_and_field(text, expected):
    with pytest.raises(PolicyError) as err:
        parse_policy(text)
    assert expected in str(err.value)


# --- commands --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,action,kinds", [
    ("remind me", "subscribe", set()),
    ("Remind me please!", "subscribe", set()),
    ("stop reminders", "unsubscribe", set()),
    ("please stop sending me notifications", "unsubscribe", set()),
    ("remind me 2 days before deadlines", "subscribe", {"deadline"}),
    ("only deadlines", "only", {"deadline"}),
    ("just coursework reminders", "only", {"deadline"}),
    ("tutorials too", "add", {"tutorial"}),
    ("Q&As as well", "add", {"qa"}),
    ("what reminders do I have?", "show", set()),
    ("my reminders", "show", set()),
    ("no more tutorial reminders", "remove", {"tutorial"}),
    ("turn off the weekly digest", "remove", {"digest"}),
    ("can you send me the weekly digest", "subscribe", {"digest"}),
    ("I want notifications an hour before each session", "subscribe",
     {"qa", "tutorial", "lecture", "panel"}),
])
def test_reminder_commands(text, action, kinds):
    command = parse_command(text)
    assert command is not None and command.action == action
    assert command.kinds == frozenset(kinds)


@pytest.mark.parametrize("text", [
    "remind me when cw2 is due", "can you remind me what the deadline for cw1 is?",
    "when is the next tutorial?", "what is on this week", "only", "what is batch norm?",
    "who marks task 3?", "tutorials?",
    "cw1 and cw3 deadlines",  # a question part, its "?" split off: two things, not "too"
])
def test_questions_are_not_commands(text):
    assert parse_command(text) is None


def test_offsets_in_words():
    assert parse_command("remind me 2 days before deadlines").offsets == (timedelta(days=2),)
    assert parse_command("remind me half an hour before tutorials").offsets == (
        timedelta(minutes=30),)
    assert parse_command("ping me a day and 2 hours before deadlines").offsets == (
        timedelta(days=1), timedelta(hours=2))
    # "and" is not "an d(ay)": no offset given, so the policy's apply
    assert parse_command("remind me about Q&As and tutorials").offsets == ()
    assert parse_command("remind me 2d and 15m before q&as").offsets == (
        timedelta(days=2), timedelta(minutes=15))


# --- the service -----------------------------------------------------------------------------

def test_subscribing_in_chat(store, schedule):
    service = ReminderService(store, POLICY, lambda: schedule)
    who = Who("user:u1", "c1", {"conversation": {"id": "c1"}}, "u1", "Asia/Tokyo")
    now = at("2021-02-01T09:00")

    def say(text):
        return service.handle(parse_command(text), who, now)

    assert "no reminders" in say("what reminders do I have?")
    assert "coursework deadlines" in say("remind me") and "weekly digest" in say("my reminders")
    assert "2d" in say("remind me 2 days before deadlines")
    assert store.get("user:u1").deadline_offsets == (timedelta(days=2),)
    assert "only remind you about coursework deadlines" in say("only deadlines")
    assert store.get("user:u1").kinds == {"deadline"}
    say("tutorials too")
    assert store.get("user:u1").kinds == {"deadline", "tutorial"}
    say("no more tutorial reminders")
    assert store.get("user:u1").kinds == {"deadline"}
    assert "Asia/Tokyo" in say("what reminders do I have?")
    assert "stopped" in say("stop reminders") and not store.get("user:u1").active
    assert "no reminders to stop" in say("stop reminders")


def test_a_channel_subscription_says_where_the_reminders_go(store, schedule):
    service = ReminderService(store, POLICY, lambda: schedule)
    channel = Who("channel:19:abc@thread.tacv2", "19:abc@thread.tacv2",
                  {"conversation": {"id": "19:abc@thread.tacv2"}}, "u1")
    text = service.handle(parse_command("remind us about deadlines"), channel,
                          at("2021-02-01T09:00"))
    assert "remind you in this channel about coursework deadlines" in text


def test_snooze_and_stop_buttons(store, schedule):
    service = ReminderService(store, POLICY, lambda: schedule)
    who = Who("user:u1", "c1", {}, "u1")
    now = at("2021-02-05T15:00")
    service.handle(parse_command("remind me"), who, now)
    assert "again at" in service.snooze(who, "CW1", now, LONDON)
    assert store.snoozes() == [("user:u1", "CW1", now + timedelta(hours=1))]
    assert "starts before then" in service.snooze(who, "CW1", at("2021-02-05T18:30"), LONDON)
    service.stop_kind(who, "deadline", now)
    assert "deadline" not in store.get("user:u1").kinds


# --- the planner -----------------------------------------------------------------------------

def test_week_four_plan(schedule):
    reminders = Planner(schedule, POLICY).window([sub()], at("2021-02-01T00:00"),
                                                 at("2021-02-08T00:00"))
    assert [(r.event_id, r.label) for r in reminders] == [
        ("DIGEST-W4", "digest"), ("QA-W4", "15m"), ("T04", "15m"),
        ("CW1", "2d"), ("CW1", "1d"), ("CW1", "2h")]
    assert reminders[1].due == at("2021-02-02T09:45")


def test_sessions_sharing_a_slot_get_one_reminder_naming_both(schedule):
    """T04 and T05 are one tutorial slot: one reminder at 10:45, not two at the same minute."""
    reminders = Planner(schedule, POLICY).window([sub(kinds={"tutorial"})],
                                                 at("2021-02-02T00:00"), at("2021-02-03T00:00"))
    assert [(r.event_id, r.label) for r in reminders] == [("T04", "15m")]
    text = compose(reminders[0], schedule, LONDON, at("2021-02-02T10:45")).text
    assert "Covariate shift, Batch-norm (T04, T05)" in text


def test_due_sends_the_closest_missed_reminder_late_and_skips_the_rest(schedule):
    planner = Planner(schedule, POLICY)
    send, skip = planner.due([sub(kinds={"deadline"})], set(), [], at("2021-02-05T17:30"))
    assert [(r.event_id, r.label, r.late) for r in send] == [("CW1", "2h", True)]
    assert {(r.event_id, r.label) for r, _ in skip} >= {("CW1", "7d"), ("CW1", "1d")}
    # After the deadline has passed, a missed reminder is skipped, not sent.
    send, skip = planner.due([sub(kinds={"deadline"})], set(), [], at("2021-02-05T19:01"))
    assert not [r for r in send if r.event_id == "CW1"]
    assert ("CW1", "the event had started") in {(r.event_id, why) for r, why in skip}


def test_reminders_before_subscribing_are_not_sent(schedule):
    planner = Planner(schedule, POLICY)
    late_joiner = sub(kinds={"deadline"}, created=at("2021-02-05T16:00"))
    send, skip = planner.due([late_joiner], set(), [], at("2021-02-05T17:00"))
    assert [(r.event_id, r.label, r.late) for r in send] == [("CW1", "2h", False)]
    assert skip == []
    assert planner.next_due([late_joiner], [], at("2021-02-05T17:00")) == at("2021-02-16T19:00")


def test_a_channel_is_one_subscriber(schedule):
    channel = sub("channel:19:abc@thread.tacv2", kinds={"qa"})
    reminders = Planner(schedule, POLICY).window([channel], at("2021-02-01T00:00"),
                                                 at("2021-02-08T00:00"))
    assert [r.subscriber for r in reminders] == ["channel:19:abc@thread.tacv2"]


# --- the scheduler ---------------------------------------------------------------------------

class Inbox:
    """A fake delivery: records what was delivered, can fail on demand."""

    def __init__(self):
        self.delivered: list[str] = []
        self.fail: dict[str, Exception] = {}

    async def __call__(self, s: Subscription, r: Reminder) -> None:
        if s.subscriber in self.fail:
            raise self.fail[s.subscriber]
        self.delivered.append(r.key)


def scheduler(store, schedule_fn, clock, inbox, **kw):
    return ReminderScheduler(store, current_planner(schedule_fn, POLICY), inbox, clock, **kw)


def test_each_reminder_is_sent_once(store, schedule):
    store.save(sub(kinds={"deadline"}), JAN1)
    clock, inbox = FakeClock(at("2021-02-03T19:00")), Inbox()
    s = scheduler(store, lambda: schedule, clock, inbox)
    first = asyncio.run(s.run_once())
    second = asyncio.run(s.run_once())
    assert inbox.delivered == ["user:u1|CW1|2d"] and first.sent == 1 and second.sent == 0
    # A restart (new scheduler, same database) does not send it again either.
    asyncio.run(scheduler(store, lambda: schedule, clock, inbox).run_once())
    assert inbox.delivered == ["user:u1|CW1|2d"]


def claim_left_by_a_crash(tmp_path, schedule):
    """(the restarted replica's store, its clock, the reminder a dead replica claimed and
    never marked, the real seconds leases run on as a one-item list)."""
    db = open_sqlite(tmp_path / "bot.sqlite3")
    real = [1000.0]  # real seconds: leases run on them, not on the course clock
    crashed = ReminderStore(db, owner="before-the-crash", lease=60, clock=lambda: real[0])
    store = ReminderStore(db, owner="after-the-restart", lease=60, clock=lambda: real[0])
    store.save(sub(kinds={"deadline"}), JAN1)
    clock = FakeClock(at("2021-02-03T19:00"))
    r = Planner(schedule, POLICY).due(store.active(), set(), [], clock())[0][0]
    # Claimed, then the process died before marking it.
    assert crashed.claim_many([r], clock()) == {r.key}
    return store, clock, r, real


def test_a_claim_left_by_a_crash_is_delivered_again_with_its_key(tmp_path, schedule):
    store, clock, r, real = claim_left_by_a_crash(tmp_path, schedule)
    inbox = Inbox()
    s = scheduler(store, lambda: schedule, clock, inbox)
    # While its lease runs, the claim may still be in flight: it is not sent again, and the
    # scheduler wakes when the lease ends.
    report = asyncio.run(s.run_once())
    assert report.recovered == 0 and inbox.delivered == []
    assert asyncio.run(s.seconds_until_next()) <= 60.1
    real[0] += 61
    report = asyncio.run(s.run_once())
    assert report.recovered == 1 and inbox.delivered == [r.key]
    assert {row["key"]: row["claimed_by"] for row in store.ledger()}[r.key] == \
        "after-the-restart"
    states = {row["label"]: row["state"] for row in store.ledger()}
    assert states == {"2d": "sent", "7d": "skipped"}  # the older one is superseded


def test_a_claim_in_doubt_for_an_event_removed_meanwhile_is_not_sent(tmp_path, schedule):
    store, clock, r, real = claim_left_by_a_crash(tmp_path, schedule)
    # While the replica was down, CW1 was taken off the schedule.
    without = dataclasses.replace(schedule, coursework=[c for c in schedule.coursework
                                                        if c.id != r.event_id])
    inbox = Inbox()
    real[0] += 61
    report = asyncio.run(scheduler(store, lambda: without, clock, inbox).run_once())
    assert report.recovered == 0 and inbox.delivered == []  # not a card naming a bare id
    assert {row["key"]: row["state"] for row in store.ledger()}[r.key] == "skipped"


def test_planning_runs_off_the_event_loop(store, schedule):
    # Planning 10,000 subscribers takes about a second of CPU: on the loop, every turn and
    # /healthz would wait for it.
    import threading

    store.save(sub(kinds={"deadline"}), JAN1)
    threads: dict[str, set[str]] = {"due": set(), "next_due": set(), "build": set()}
    build = current_planner(lambda: schedule, POLICY)

    class Watched(Planner):
        def due(self, *a, **kw):
            threads["due"].add(threading.current_thread().name)
            return super().due(*a, **kw)

        def next_due(self, *a, **kw):
            threads["next_due"].add(threading.current_thread().name)
            return super().next_due(*a, **kw)

    def planner() -> Planner:
        threads["build"].add(threading.current_thread().name)
        p = build()
        p.__class__ = Watched
        return p

    clock, inbox = FakeClock(at("2021-02-03T19:00")), Inbox()
    s = ReminderScheduler(store, planner, inbox, clock)
    asyncio.run(s.cycle())
    assert inbox.delivered == ["user:u1|CW1|2d"]
    for name, seen in threads.items():
        assert seen and threading.main_thread().name not in seen, (name, seen)


def test_an_unexpected_error_in_one_send_lets_the_others_finish_then_surfaces(store, schedule):
    for n in range(3):
        store.save(sub(f"user:u{n}", kinds={"deadline"}), JAN1)
    clock, inbox = FakeClock(at("2021-02-03T19:00")), Inbox()
    s = scheduler(store, lambda: schedule, clock, inbox)
    original = store.mark

    def mark(key, state, *a, **kw):
        if key.startswith("user:u0|") and state == "sent":
            raise RuntimeError("disk full")
        return original(key, state, *a, **kw)

    store.mark = mark
    with pytest.raises(RuntimeError, match="disk full"):
        asyncio.run(s.run_once())
    assert sorted(inbox.delivered) == ["user:u0|CW1|2d", "user:u1|CW1|2d", "user:u2|CW1|2d"]
    states = {row["key"]: row["state"] for row in store.ledger()}
    assert states["user:u1|CW1|2d"] == states["user:u2|CW1|2d"] == "sent"


def test_transient_failures_are_retried_and_permanent_ones_pause(store, schedule):
    store.save(sub("user:flaky", kinds={"deadline"}), JAN1)
    store.save(sub("user:gone", kinds={"deadline"}), JAN1)
    clock, inbox = FakeClock(at("2021-02-03T19:00")), Inbox()
    inbox.fail = {"user:flaky": TimeoutError("slow"), "user:gone": Unreachable("403")}
    s = scheduler(store, lambda: schedule, clock, inbox, pause_after=2)
    asyncio.run(s.run_once())
    decided = {r["key"]: r["state"] for r in store.ledger() if r["state"] != "skipped"}
    assert decided == {"user:gone|CW1|2d": "failed"}  # flaky's claim was released
    del inbox.fail["user:flaky"]
    clock.now += timedelta(minutes=1)
    asyncio.run(s.run_once())
    assert inbox.delivered == ["user:flaky|CW1|2d"]
    clock.now = at("2021-02-04T19:00")
    report = asyncio.run(s.run_once())
    assert report.paused == ["user:gone"] and store.get("user:gone").paused
    clock.now = at("2021-02-05T17:00")
    asyncio.run(s.run_once())
    assert "user:gone|CW1|2h" not in {r["key"] for r in store.ledger()}


def test_a_moved_deadline_moves_its_reminders_and_notifies_once(store, schedule):
    store.save(sub(kinds={"deadline"}, created=at("2021-02-01T08:00")), JAN1)
    clock, inbox = FakeClock(at("2021-02-01T09:00")), Inbox()
    current = {"schedule": schedule}
    s = scheduler(store, lambda: current["schedule"], clock, inbox)
    asyncio.run(s.run_once())  # remembers every event's time
    text = (ROOT / "schedule.yaml").read_text()
    assert "2021-02-05 19:00" in text
    current["schedule"] = parse_schedule(text.replace("2021-02-05 19:00", "2021-02-08 19:00"))
    report = asyncio.run(s.run_once())
    assert report.moved == ["CW1"]
    assert inbox.delivered == ["user:u1|CW1|changed@2021-02-08T19:00:00+00:00"]
    asyncio.run(s.run_once())
    assert len(inbox.delivered) == 1  # one notice, not one per run
    clock.now = at("2021-02-06T19:00")  # the 2-day reminder follows the new date
    asyncio.run(s.run_once())
    assert inbox.delivered[-1] == "user:u1|CW1|2d"


def test_a_removed_event_cancels_its_reminders(store, schedule):
    store.save(sub(kinds={"panel"}), JAN1)
    clock, inbox = FakeClock(at("2021-03-02T08:00")), Inbox()
    current = {"schedule": schedule}
    s = scheduler(store, lambda: current["schedule"], clock, inbox)
    asyncio.run(s.run_once())
    current["schedule"] = dataclasses.replace(schedule, panels=[])  # the panel is cancelled
    clock.now = at("2021-03-02T09:50")
    asyncio.run(s.run_once())
    assert inbox.delivered == []


def test_the_scheduler_sleeps_until_the_next_reminder(store, schedule):
    store.save(sub(kinds={"qa"}), JAN1)
    clock, inbox = FakeClock(at("2021-02-01T09:00")), Inbox()
    s = scheduler(store, lambda: schedule, clock, inbox, max_sleep=timedelta(days=30))
    naps: list[float] = []
    for _ in range(3):  # what the supervisor does: a loop, then sleep as long as it says
        naps.append(asyncio.run(s.cycle()))
        clock.now += timedelta(seconds=naps[-1])
    # Mon 09:00 -> Tue 09:45 (QA-W4 minus 15 min), then a week to QA-W5.
    assert naps[0] == timedelta(hours=24, minutes=45).total_seconds()
    assert naps[1] == timedelta(days=7).total_seconds()
    assert inbox.delivered == ["user:u1|QA-W4|15m", "user:u1|QA-W5|15m"]


def test_the_weekly_digest_lists_the_weeks_sessions_and_reading(assistant, schedule):
    # The digest asks the assistant in words ("what's on in week N?"): a change in
    # understanding that misread them would empty every student's digest.
    week = 5
    now = at("2021-02-08T09:00")
    r = Reminder("user:u1", f"digest-W{week}", "digest", "digest", now, None)
    text = compose(r, schedule, LONDON, now, assistant.answer).text
    timed = [e for e in schedule.events() if e.week == week and e.start is not None]
    assert timed and all(e.start.strftime("%-d %b") in text for e in timed)
    assert all((e.topic or e.title) in text for e in timed)
    reading = [m for m in schedule.materials if m.week == week]
    assert reading and all(m.id in text for m in reading)
    assert "couldn't" not in text.lower() and "not on the page" not in text.lower()
