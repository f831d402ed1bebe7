"""Two real `python -m bot serve` replicas on one real PostgreSQL, counted at one local
connector: a reminder fan-out with one replica SIGKILLed mid-way and restarted; askers in
one triage group answered once each; two TAs answering at once, one answer sent.

The full-size fan-out (10,000 subscribers) is `bench/replicas.py`; this is a smaller one.
"""

from __future__ import annotations

import asyncio

import aiohttp
from replica_support import Connector, Replica, fan_out, message, post


def test_fan_out_survives_a_replica_killed_mid_way(pg_url, tmp_path):
    result = asyncio.run(fan_out(pg_url, tmp_path, n=400, replicas=2, kill_after=120,
                                 lease=2, timeout=180))
    assert result["killed_after"] is not None
    assert result["lost"] == 0 and result["delivered"] == 400
    assert result["duplicates"] == 0  # none shown twice (in-doubt re-sends carry their key)
    # Only what was in flight when the replica died may have reached the connector twice.
    assert result["resends_dropped_by_key"] <= 64


def test_triage_across_replicas_answers_each_asker_once(pg_url, tmp_path):
    notes = tmp_path / "no-notes"  # the model groups questions; no notes need indexing
    notes.mkdir()
    env = {"BOT_TA_IDS": "tess,theo", "BOT_KNOWLEDGE_DIR": str(notes)}
    nodes = [Replica(f"replica-{i}", pg_url, tmp_path / f"r{i}", env) for i in range(2)]

    async def scenario() -> tuple[Connector, list[str], list[str]]:
        connector = await Connector().start(tmp_path)
        try:
            for node in nodes:
                node.start()
            await asyncio.gather(*(n.wait_listening(timeout=240, ready=True) for n in nodes))
            askers = [f"s{i}" for i in range(30)]
            async with aiohttp.ClientSession() as s:
                # The same question, to either replica: one group.
                statuses = await asyncio.gather(*(
                    post(s, nodes[i % 2], message(connector.url, user,
                                                  "ask a TA: can we use pretrained weights "
                                                  "in cw2?", 1))
                    for i, user in enumerate(askers)))
                assert set(statuses) == {201}
                # Each asker again, the same activity id twice (Teams retrying): one reply.
                again = message(connector.url, "s0", "when is cw2 due?", 2)
                await asyncio.gather(post(s, nodes[0], again), post(s, nodes[1], again))
                # Two TAs answer the group at once, one on each replica.
                await asyncio.gather(
                    post(s, nodes[0], message(connector.url, "tess", "answer 1 Yes, cite "
                                              "them.", 1)),
                    post(s, nodes[1], message(connector.url, "theo", "answer 1 No, train "
                                              "from scratch.", 1)))
                for _ in range(300):  # every asker answered, by whichever replica
                    got = [t for u in askers for t in connector.texts(f"personal-{u}")
                           if "cite them" in t or "from scratch" in t]
                    if len(got) >= len(askers):
                        break
                    await asyncio.sleep(0.1)
                await asyncio.sleep(2.0)  # and nothing more comes
            ta = connector.texts("personal-tess") + connector.texts("personal-theo")
            answers = [t for u in askers for t in connector.texts(f"personal-{u}")
                       if "cite them" in t or "from scratch" in t]
            return connector, ta, answers
        finally:
            for node in nodes:
                node.stop()
            await connector.stop()

    connector, ta, answers = asyncio.run(scenario())
    assert len(answers) == 30  # each asker exactly once
    assert len(set(answers)) == 1  # and all the same answer: one TA's
    assert sum("sent to 30 student" in t for t in ta) == 1
    assert sum("already answered" in t for t in ta) == 1
    cards = [a for a in connector.connector.bot_activities("personal-s0")
             if a.get("attachments")]
    assert len(cards) == 1  # the question delivered twice was answered once
