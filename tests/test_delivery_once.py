"""A message activity Teams delivers twice (a retry, perhaps to another replica) is answered
once, now that a turn takes its activity in the transaction that stores what its answer
leaves (`Delivery`, `TurnWrites.write`) instead of in a trip to the database of its own
before the turn. On both engines (`db` is parametrised: SQLite and a real PostgreSQL)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import activity_json, no_sleep, running

from bot.config import Settings
from bot.core import wording as W
from bot.server import SERVICES, create_app
from bot.storage.activities import Delivery, SeenActivities
from bot.storage.chat_state import ChatStateStore, ChatWrite, TurnWrites

NOW = datetime(2021, 2, 15, 12, 0, tzinfo=ZoneInfo("Europe/London"))


def _turn(db, value) -> TurnWrites:
    writes = TurnWrites()
    writes.add(ChatStateStore(db), ChatWrite("conv-1|u1", "last_answer", value, "u1"))
    return writes


def test_a_turn_takes_its_activity_in_its_chat_state_transaction(db):
    seen = SeenActivities(db)
    first, again = Delivery(seen, "msteams|conv-1|act-1"), Delivery(seen, "msteams|conv-1|act-1")
    assert _turn(db, {"n": 1}).write(first) is True and first.taken is True
    assert _turn(db, {"n": 2}).write(again) is False and again.taken is False
    # The second delivery wrote nothing: the chat keeps the first turn's state.
    assert ChatStateStore(db).get("conv-1|u1", "last_answer") == {"n": 1}
    assert seen.first_time("msteams|conv-1|act-1") is False  # recorded with the state
    # Taken once, the verdict stands: a later write (or try) does not ask again.
    assert first.take() is True and again.take() is False
    other = Delivery(seen, "msteams|conv-1|act-2")
    assert TurnWrites().write(other) is True  # nothing to store: taken all the same
    assert seen.first_time("msteams|conv-1|act-2") is False


def test_two_deliveries_answered_at_once_take_it_once(db):
    """Two answering threads (or replicas) finishing the same activity together: one
    takes it and keeps its state, the other writes nothing."""
    seen = SeenActivities(db)
    start = threading.Barrier(2)
    results: dict[int, bool] = {}

    def answer(n: int) -> None:
        writes = _turn(db, {"n": n})
        start.wait()
        results[n] = writes.write(Delivery(seen, "msteams|conv-1|act-9"))

    threads = [threading.Thread(target=answer, args=(n,)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results.values()) == [False, True]
    winner = next(n for n, taken in results.items() if taken)
    assert ChatStateStore(db).get("conv-1|u1", "last_answer") == {"n": winner}


def test_a_failed_transaction_leaves_the_activity_untaken(db):
    """The claim and the state commit together or not at all: if storing the state fails,
    a redelivery is answered (rather twice than never)."""
    seen = SeenActivities(db)
    delivery = Delivery(seen, "msteams|conv-1|act-3")
    with pytest.raises(TypeError):
        _turn(db, {"not json": object()}).write(delivery)
    assert delivery.taken is None  # not recorded: the turn may still take it
    assert seen.first_time("msteams|conv-1|act-3") is True


def test_taking_it_beside_the_answers_transaction_does_not_deadlock(database_url):
    """The loop takes the activity on a worker thread (for a typing indicator or an
    acknowledgement) while the answering thread stores the chat state with it: whichever
    comes first, both finish. (Found under 200 users: the helper held the turn's lock and
    waited for the database's, the answering thread the other way round.) A database of
    its own: one left deadlocked could not be closed."""
    from bot.storage.database import open_database

    db = open_database(database_url)
    seen = SeenActivities(db)
    progressed = threading.Event()  # the answering thread went for a lock
    holding = threading.Event()  # the helper holds the turn's lock

    class Seen(SeenActivities):
        def first_time_in(self, tx, key: str) -> bool:  # the helper, holding the turn's lock
            holding.set()
            assert progressed.wait(10)
            return super().first_time_in(tx, key)

    class Noted:
        def __init__(self, lock):
            self._lock = lock

        def __enter__(self):
            progressed.set()
            return self._lock.__enter__()

        def __exit__(self, *exc):
            return self._lock.__exit__(*exc)

    real = db.transaction

    @contextlib.contextmanager
    def transaction():
        with real() as tx:  # holding the database's lock
            progressed.set()
            yield tx

    delivery = Delivery(Seen(db), "msteams|conv-1|act-4")
    inner = delivery._lock
    results: dict[str, bool] = {}

    def helper() -> None:
        results["helper"] = delivery.take()

    def answering() -> None:
        delivery._lock = Noted(inner)  # type: ignore[assignment]
        results["answer"] = _turn(db, {"n": 4}).write(delivery)

    first = threading.Thread(target=helper, daemon=True)
    first.start()
    # (Waited for by an event, not by polling the lock: a helper that finished before a
    # poll saw it would leave the poll spinning for ever.)
    assert holding.wait(20) and inner.locked()
    db.transaction = transaction  # type: ignore[method-assign]
    second = threading.Thread(target=answering, daemon=True)
    second.start()
    first.join(20)
    second.join(20)
    assert not first.is_alive() and not second.is_alive(), "deadlocked"
    try:
        assert results == {"helper": True, "answer": True}
        assert ChatStateStore(db).get("conv-1|u1", "last_answer") == {"n": 4}
        assert seen.first_time("msteams|conv-1|act-4") is False
    finally:
        db.close()


def _app(assistant, tmp_path, db):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path)})
    return create_app(settings, assistant, lambda: NOW, db=db, typing_after=30,
                      run_reminders=False, sleep=no_sleep)


def test_a_live_server_answers_an_activity_delivered_twice_at_once_once(assistant, tmp_path,
                                                                       db):
    """The same activities posted twice at the same moment (both turns answer on the
    answering threads side by side): a question gets one reply, a command is carried out
    once, a card button is handled once, a message without text gets one apology; the
    repeats are acknowledged with 200."""
    app = _app(assistant, tmp_path, db)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            url = f"{base}/connector/"

            async def twice(body: dict) -> list[int]:
                async def post() -> int:
                    async with s.post(f"{base}/api/messages", json=body) as r:
                        return r.status
                return sorted(await asyncio.gather(post(), post()))

            def conv(name: str) -> str:
                return f"personal-{name}"

            statuses = [
                await twice(activity_json("when is cw3 due?", service_url=url,
                                          conversation=conv("q"))),
                await twice(activity_json("remind me only about deadlines", service_url=url,
                                          conversation=conv("r"))),
                await twice(activity_json("", service_url=url, conversation=conv("b"),
                                          value={"triage": "ask",
                                                 "question": "can we use pretrained "
                                                             "weights in cw2?"})),
                await twice(activity_json("", service_url=url, conversation=conv("a"),
                                          attachments=[{"contentType": "image/png",
                                                        "contentUrl": f"{url}x.png"}])),
            ]
            sent = {name: services.connector.bot_activities(conv(name))
                    for name in ("q", "r", "b", "a")}
            kept = db.query("SELECT COUNT(*) AS n FROM chat_state "
                            "WHERE chat LIKE 'personal-q|%'")[0]["n"]
            return statuses, sent, services.triage.store.open_count(), kept

    statuses, sent, filed, kept = asyncio.run(scenario())
    assert statuses == [[200, 201]] * 4
    assert len(sent["q"]) == 1 and sent["q"][0].get("attachments")  # one answer card
    assert len(sent["r"]) == 1 and "coursework deadlines" in sent["r"][0]["text"]
    assert len(sent["b"]) == 1
    assert [a["text"] for a in sent["a"]] == [W.NOT_TEXT]
    assert filed == 1  # the TA question filed once
    assert kept == 2  # the follow-up subject and the last answer
