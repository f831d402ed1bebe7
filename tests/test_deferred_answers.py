"""An answer too slow for its turn is acknowledged at once and follows on its own
(bot/teams/handler.py, bot/teams/deadline.py): no request nears Teams' 15 s limit."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from botbuilder.core.adapters import TestAdapter
from teams_support import activity

from bot.core import wording as W
from bot.storage.conversations import ConversationStore
from bot.storage.database import open_sqlite
from bot.teams.deadline import mark_arrival, waited
from bot.teams.handler import CourseBot

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture
def store(tmp_path):
    db = open_sqlite(tmp_path / "bot.sqlite3")
    yield ConversationStore(db)
    db.close()


class Gated:
    """The real assistant, whose answers wait for `gate` (a question the model is slow on)."""

    def __init__(self, assistant, held: str = ""):
        self._assistant = assistant
        self.gate = asyncio.Event()
        self._held = held  # only questions with this in them wait (all by default)
        self.started = asyncio.Event()  # the answer has begun (and waits at the gate)

    def view(self):
        return self._assistant.view()

    async def answer_async(self, question, context, then=None):
        self.started.set()
        if self._held in question:
            await self.gate.wait()
        return await self._assistant.answer_async(question, context, then=then)


def card_text(a) -> str:
    return (a.text or "") + "".join(json.dumps(x.content) for x in a.attachments or [])


def make_bot(assistant, store, **kwargs):
    delivered: list[tuple[dict, object]] = []

    async def deliver(reference, reply):
        delivered.append((reference, reply))

    kwargs.setdefault("defer_after", 0.0)
    kwargs.setdefault("min_answer_wait", 0.0)
    bot = CourseBot(assistant, store, lambda: NOW, typing_after=30, deliver_later=deliver,
                    **kwargs)
    return bot, delivered


def test_a_slow_answer_is_acknowledged_and_follows_as_a_reply(assistant, store):
    gated = Gated(assistant)
    bot, delivered = make_bot(gated, store)
    question = activity(text="when is cw2 due?")

    async def scenario():
        adapter = TestAdapter(bot.on_turn)
        await adapter.receive_activity(question)
        in_turn = list(adapter.activity_buffer)
        assert delivered == []  # the turn ended before the answer was ready
        gated.gate.set()
        await bot.drain(30)
        return in_turn

    in_turn = asyncio.run(scenario())
    assert [a.text for a in in_turn] == [W.ANSWER_COMING]
    assert in_turn[0].channel_data == {"answerFollows": True}
    ((reference, reply),) = delivered
    assert reference["conversation"]["id"] == question.conversation.id
    assert reference["activityId"] == question.id  # sent as a reply to the question
    assert "CW2" in card_text(reply) and "23 Feb 2021" in card_text(reply)


def test_a_quick_answer_goes_in_the_turn_even_after_a_long_wait_for_a_slot(assistant, store):
    bot, delivered = make_bot(assistant, store, defer_after=5.0, min_answer_wait=10.0)

    async def scenario():
        adapter = TestAdapter(bot.on_turn)
        mark_arrival(lambda: time.monotonic() - 60)  # waited a minute for a turn slot
        assert waited() >= 60
        await adapter.receive_activity(activity(text="when is cw2 due?"))
        return list(adapter.activity_buffer)

    replies = asyncio.run(scenario())
    assert len(replies) == 1 and "CW2" in card_text(replies[0]) and delivered == []


def test_past_the_bound_on_answers_still_to_follow_a_turn_waits_for_its_answer(assistant,
                                                                              store):
    gated = Gated(assistant, held="cw2")
    bot, delivered = make_bot(gated, store, max_deferred=1)

    async def scenario():
        adapter = TestAdapter(bot.on_turn)
        await adapter.receive_activity(activity(text="when is cw2 due?", conversation="a"))
        # The CW2 answer is still to follow: the CW1 one, not held, is waited for.
        await adapter.receive_activity(activity(text="when is cw1 due?", conversation="b"))
        gated.gate.set()
        await bot.drain(30)
        return list(adapter.activity_buffer)

    replies = asyncio.run(scenario())
    assert replies[0].text == W.ANSWER_COMING
    assert "CW1" in card_text(replies[1])  # in its own turn, not acknowledged
    assert len(delivered) == 1 and "CW2" in card_text(delivered[0][1])


def test_stopping_gives_answers_to_follow_a_grace_period_then_says_what_was_lost(
        assistant, store, caplog):
    gated = Gated(assistant)  # never opened: the answer never comes
    bot, delivered = make_bot(gated, store)

    async def scenario():
        adapter = TestAdapter(bot.on_turn)
        await adapter.receive_activity(activity(text="when is cw2 due?"))
        with caplog.at_level(logging.WARNING):
            await bot.drain(0)

    asyncio.run(scenario())
    assert delivered == []
    assert "was not delivered: the bot stopped" in caplog.text


def test_without_a_way_to_deliver_later_the_turn_waits(assistant, store):
    bot = CourseBot(assistant, store, lambda: NOW, typing_after=30, defer_after=0.0,
                    min_answer_wait=0.0)
    adapter = TestAdapter(bot.on_turn)
    asyncio.run(adapter.receive_activity(activity(text="when is cw2 due?")))
    assert "CW2" in card_text(adapter.activity_buffer[-1])


def test_a_cancelled_turn_cancels_its_answer(assistant, store):
    class Watched(Gated):
        cancelled = False

        async def answer_async(self, question, context, then=None):
            try:
                return await super().answer_async(question, context, then=then)
            except asyncio.CancelledError:
                Watched.cancelled = True
                raise

    gated = Watched(assistant)
    bot, delivered = make_bot(gated, store, min_answer_wait=30.0)

    async def scenario():
        adapter = TestAdapter(bot.on_turn)
        turn = asyncio.ensure_future(adapter.receive_activity(activity(text="when is cw2 due?")))
        # Until the answer is being waited for (the zone lookup before it runs on a thread:
        # counting loop passes raced it).
        await asyncio.wait_for(gated.started.wait(), 30)
        turn.cancel()
        await asyncio.gather(turn, return_exceptions=True)
        for _ in range(10):
            await asyncio.sleep(0)  # noqa: ASYNC110 - lets the cancellation reach the answer

    asyncio.run(scenario())
    assert Watched.cancelled and delivered == []


# --- through a live server: the real endpoint, proactive sender and local connector ---------

def test_a_live_server_acknowledges_a_slow_answer_and_delivers_it_once(assistant, tmp_path,
                                                                      monkeypatch):
    """The acknowledgement is sent in the request's own turn (the POST returns after it);
    the answer follows once, through the proactive sender, as a reply to the question; the
    same activity delivered again gets nothing more; the chat's state is kept for the next
    message as after an answer given in its turn."""
    import aiohttp
    from teams_support import activity_json, running

    from bot.config import Settings
    from bot.emulator.render import activity_text
    from bot.server import SERVICES, create_app

    gate = asyncio.Event()
    answered = asyncio.Event()  # the answerer was asked (and holds the answer back)
    quick = assistant.answer_async

    async def slow(question, context, then=None):  # an answer the model is slow on, injected
        answered.set()
        await gate.wait()
        return await quick(question, context, then=then)

    monkeypatch.setattr(assistant, "answer_async", slow)
    # Any answer not ready within the turn's least wait (MIN_ANSWER_WAIT) is acknowledged.
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_DEFER_AFTER": "0.01"})
    app = create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            question = activity_json("when is cw3 due?", service_url=f"{base}/connector/")
            async with s.post(f"{base}/api/messages", json=question) as r:
                status = r.status
            in_turn = services.connector.bot_activities("conv-1")
            assert answered.is_set() and not gate.is_set()
            gate.set()  # the answer is ready now
            await services.bot.drain(30)  # the answer still to follow has gone out
            after_answer = services.connector.bot_activities("conv-1")
            async with s.post(f"{base}/api/messages", json=question) as r:  # delivered again
                again = r.status
            await services.bot.drain(30)
            rows = services.db.query("SELECT name FROM chat_state ORDER BY name")
            return question, status, in_turn, after_answer, again, [r["name"] for r in rows]

    question, status, in_turn, after_answer, again, kept = asyncio.run(scenario())
    assert status == 201 and again == 200
    assert [a["text"] for a in in_turn] == [W.ANSWER_COMING]
    assert in_turn[0]["channelData"] == {"answerFollows": True}
    assert services.bot.deferred_total == 1
    assert len(after_answer) == 2 and after_answer[0] == in_turn[0]
    answer = after_answer[1]
    assert "CW3" in activity_text(answer) and "answerFollows" not in json.dumps(answer)
    assert answer["replyToId"] == question["id"]  # the answer replies to the question
    assert services.connector.bot_activities("conv-1") == after_answer  # nothing twice
    assert kept == ["follow_up", "last_answer"]  # "who marks it?" and "ask a TA" work next
