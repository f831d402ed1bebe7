"""What a turn does on its way to the reply, through the live endpoint and the local
connector: the chat state an answer leaves is written on the answering thread, before the
reply goes out and before the request returns; a TA's FAQ entry still replaces the answer
and is what the chat state keeps."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
from teams_support import activity_json, running

from bot.config import Settings
from bot.core.answer import Answer
from bot.emulator.render import activity_text
from bot.server import SERVICES, create_app
from bot.storage.database import open_database
from bot.storage.urls import sqlite_url
from bot.triage.service import Asker

NOW = datetime(2021, 2, 15, 12, 0, tzinfo=ZoneInfo("Europe/London"))


def _recording_chat_state(db, seen: list[dict], connector) -> None:
    """Wrap `db.transaction`: for each transaction writing chat state or taking an activity,
    the thread it ran on, how many replies the connector had received by then and its
    statements."""
    real = db.transaction

    @contextlib.contextmanager
    def recorded():
        with real() as tx:
            statements: list[str] = []

            class Tx:
                def execute(self, sql, params=()):
                    statements.append(sql)
                    return tx.execute(sql, params)

                def executemany(self, sql, rows):
                    statements.extend([sql] * len(rows))
                    return tx.executemany(sql, rows)

                def insert(self, sql, params=()):
                    statements.append(sql)
                    return tx.insert(sql, params)

            yield Tx()
        if any("INTO chat_state" in sql or "INTO seen_activities" in sql
               for sql in statements):
            seen.append({"thread": threading.current_thread().name,
                         "replies": len(connector[0].bot_activities("conv-1"))
                         if connector else None, "rows": len(statements),
                         "taken": sum("INTO seen_activities" in sql for sql in statements)})

    db.transaction = recorded  # type: ignore[method-assign]



def _hop_recorder(loop: asyncio.AbstractEventLoop, hops: list[str]):
    """A stand-in for `loop.run_in_executor` that records which executor each hop goes to
    ("default", or the pool's thread-name prefix) and then makes it."""
    real_hop = loop.run_in_executor

    def hop(executor, func, *args):
        hops.append("default" if executor is None else
                    getattr(executor, "_thread_name_prefix", "other"))
        return real_hop(executor, func, *args)
    return hop

def test_a_turns_chat_state_is_written_on_the_answering_thread_before_the_reply(assistant,
                                                                               tmp_path):
    """One trip to a thread for the answer and what it leaves: no second thread beside the
    reply (it contended with the loop sending it), and no trip of its own to take the
    activity (answered once) before the turn. One transaction for both, done before the
    reply goes out and before the request returns, and the next message reads it."""
    db = open_database(sqlite_url(tmp_path / "bot.sqlite3"))
    seen: list[dict] = []
    connector: list = []
    _recording_chat_state(db, seen, connector)
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, db=db, typing_after=30,
                     run_reminders=False)
    connector.append(app[SERVICES].connector)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            url = f"{base}/connector/"
            # The server's first turn learns that the TAs' FAQ is empty (it looks again
            # every few seconds); the next ones write on the answering thread.
            for text in ("when is the next tutorial?", "when is cw3 due?",
                         "and who marks it?"):
                before = len(seen)
                async with s.post(f"{base}/api/messages",
                                  json=activity_json(text, service_url=url)) as r:
                    assert r.status == 201
                if text == "when is cw3 due?":
                    written = seen[before:]
                    replies_before = len(app[SERVICES].connector.bot_activities("conv-1")) - 1
            return written, replies_before, app[SERVICES].connector.bot_activities("conv-1")

    written, replies_before, sent = asyncio.run(scenario())
    assert len(written) == 1, written  # written by the time the request returned
    first = written[0]
    assert first["thread"].startswith("answer"), first  # not a thread of its own
    assert first["replies"] == replies_before  # before its reply went out
    # One transaction: the activity taken, the follow-up subject and the last answer.
    assert first["rows"] == 3 and first["taken"] == 1
    assert "Stacey" in activity_text(sent[-1])  # the follow-up read it


def test_a_faq_answer_replaces_the_answer_and_is_the_one_kept(assistant, tmp_path):
    """When the TAs' FAQ has entries, the FAQ is looked up on the answering thread right
    after the answer: the student gets the TA's answer, a bare "ask a TA" afterwards would
    file that one, and the turn still makes one trip to a thread and one transaction (the
    activity taken, the follow-up subject, the FAQ's answer kept), before its reply."""
    db = open_database(sqlite_url(tmp_path / "bot.sqlite3"))
    seen: list[dict] = []
    connector: list = []
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, db=db, typing_after=30,
                     run_reminders=False)
    connector.append(app[SERVICES].connector)
    triage = app[SERVICES].triage
    unanswered = Answer("x", "unknown", False, 0.1, "Sorry, I don't know that.")
    filed = triage.escalate("can we use pretrained weights in coursework 2?", unanswered,
                            Asker("ada", "Ada", {"conversation": {"id": "personal-ada"},
                                                 "serviceUrl": "http://127.0.0.1:9/"},
                                  False), NOW)
    triage.answer(filed.group_id, "Yes, if you say which and cite them.", "Tess", True, NOW)
    _recording_chat_state(db, seen, connector)
    hops: list[str] = []

    async def scenario():
        loop = asyncio.get_running_loop()
        hop = _hop_recorder(loop, hops)

        async with running(app) as base, aiohttp.ClientSession() as s:
            url = f"{base}/connector/"
            for text in ("when is cw3 due?", "are pretrained weights allowed for cw2?"):
                if text != "when is cw3 due?":  # the first one stores the reference
                    loop.run_in_executor = hop  # type: ignore[method-assign]
                    before = len(seen)
                async with s.post(f"{base}/api/messages",
                                  json=activity_json(text, service_url=url,
                                                     tz="Europe/London")) as r:
                    assert r.status == 201
            del loop.run_in_executor
            kept = db.query("SELECT value FROM chat_state WHERE name='last_answer'")
            return app[SERVICES].connector.bot_activities("conv-1"), kept, seen[before:]

    sent, kept, written = asyncio.run(scenario())
    assert "cite them" in json.dumps(sent[-1])
    assert len(kept) == 1
    state = json.loads(kept[0]["value"])
    assert state["question"] == "are pretrained weights allowed for cw2?"
    assert "cite them" in state["answer"]["text"]
    assert hops == ["answer"], hops  # no trip of its own for the lookup or the state
    assert len(written) == 1 and written[0]["thread"].startswith("answer"), written
    assert written[0]["taken"] == 1
    assert written[0]["replies"] == len(sent) - 1  # before its reply went out


def test_a_schedule_turn_makes_one_trip_to_a_thread_for_its_answer_and_starts_no_task(
        assistant, tmp_path):
    """A question whose reference is already stored: its turn hands the answer to the
    answering threads (which also take the activity and store the chat state), sends the
    reply (on the loop, `bot/teams/sender.py`: no thread) and nothing else: no trip of its
    own to take the activity, no task to start the answer (each a pass of the loop)."""
    db = open_database(sqlite_url(tmp_path / "bot.sqlite3"))
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, db=db, typing_after=30,
                     run_reminders=False)
    hops: list[str] = []
    tasks: list[str] = []

    async def scenario():
        loop = asyncio.get_running_loop()
        hop = _hop_recorder(loop, hops)

        def task_factory(loop, coro, **kwargs):
            tasks.append(getattr(coro, "__qualname__", repr(coro)))
            return asyncio.Task(coro, loop=loop, **kwargs)

        async with running(app) as base, aiohttp.ClientSession() as s:
            url = f"{base}/connector/"
            # The first messages store the conversation reference and learn that the FAQ
            # is empty; the one measured is a chat's ordinary next question.
            for text in ("when is the next tutorial?", "when is cw3 due?"):
                async with s.post(f"{base}/api/messages",
                                  json=activity_json(text, service_url=url,
                                                     tz="Europe/London")) as r:
                    assert r.status == 201
            loop.run_in_executor = hop  # type: ignore[method-assign]
            loop.set_task_factory(task_factory)
            try:
                # Teams sends the client's zone with a message (else it is looked up).
                async with s.post(f"{base}/api/messages",
                                  json=activity_json("who marks it?", service_url=url,
                                                     tz="Europe/London")) as r:
                    assert r.status == 201
            finally:
                loop.set_task_factory(None)
                del loop.run_in_executor
            return app[SERVICES].connector.bot_activities("conv-1")

    sent = asyncio.run(scenario())
    assert "Stacey" in activity_text(sent[-1])
    assert hops == ["answer"], hops  # the answer; the reply's HTTP send needs no thread
    assert not [t for t in tasks if t.startswith("CourseBot.")], tasks


def test_the_reply_card_is_built_on_the_answering_thread_unless_the_question_is_filed(
        assistant, tmp_path, monkeypatch):
    """An answered question's card is built on the answering thread, after its state is
    written, not on the event loop; a question the bot cannot answer is filed for the TAs
    (on the loop) and its reply says so."""
    import bot.teams.handler as handler

    built_on: list[str] = []
    real_card = handler.answer_card

    def recording_card(*args, **kwargs):
        built_on.append(threading.current_thread().name)
        return real_card(*args, **kwargs)

    monkeypatch.setattr(handler, "answer_card", recording_card)
    db = open_database(sqlite_url(tmp_path / "bot.sqlite3"))
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    app = create_app(settings, assistant, lambda: NOW, db=db, typing_after=30,
                     run_reminders=False)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            url = f"{base}/connector/"
            # The first message stores the reference and learns that the FAQ is empty.
            for n, text in enumerate(("when is the next tutorial?", "when is cw3 due?",
                                      "is attendance at the Q&A compulsory?")):
                if n == 1:
                    built_on.clear()
                async with s.post(f"{base}/api/messages",
                                  json=activity_json(text, service_url=url)) as r:
                    assert r.status == 201
            return app[SERVICES].connector.bot_activities("conv-1")[1:]

    answered, filed = asyncio.run(scenario())
    assert "CW3" in activity_text(answered).upper()
    assert len(built_on) == 2 and built_on[0].startswith("answer"), built_on
    assert built_on[1] == threading.main_thread().name, built_on
    assert "teaching assistants" in activity_text(filed)
