"""Personal stays personal: reminders and personal answers reach a student only in their 1:1
chat, channel reminders are the TAs' to change, forget-me deletes physically, and student
text shown to TAs cannot carry links or formulas."""

from __future__ import annotations

import asyncio
import csv
import json
import logging
from datetime import datetime
from zoneinfo import ZoneInfo

import aiohttp
from teams_support import Clock, emulator_say, no_sleep, running

from bot.config import Settings
from bot.server import SERVICES, create_app

LONDON = ZoneInfo("Europe/London")


def course_app(assistant, tmp_path, clock, **env):
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), **env})
    app = create_app(settings, assistant, clock, typing_after=30, run_reminders=False,
                     sleep=no_sleep)
    return app, app[SERVICES]


async def _say(session, base, user, text=None, value=None, **extra):
    return json.dumps(await emulator_say(session, base, user, text, value=value, **extra))


GROUP = {"conversationType": "groupChat", "conversation": "study-group", "mention": True}


def test_personal_reminders_never_follow_the_student_into_a_group_chat(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 3, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)
    connector = services.connector

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "ada", "remind me only about deadlines")
            # Later Ada asks something, and even changes her reminders, in a group chat.
            await _say(s, base, "ada", "when is cw2 due?", **GROUP)
            added = await _say(s, base, "ada", "remind me about tutorials too", **GROUP)
            # Bob has never written to the bot privately.
            bob = await _say(s, base, "bob", "remind me about deadlines", **GROUP)
            clock.now = datetime(2021, 2, 3, 19, 0, tzinfo=LONDON)  # CW1 is 2 days away
            report = await services.scheduler.run_once()
            return added, bob, report, services.reminders.store.all()

    added, bob, report, subs = asyncio.run(scenario())
    assert [s.subscriber for s in subs] == ["user:ada"]
    assert subs[0].reference["conversation"]["id"] == "personal-ada"
    assert subs[0].kinds == {"deadline", "tutorial"}
    # What one's reminders now are is said in the 1:1 chat; the group gets a neutral line.
    from bot.core import wording as W
    assert W.REPLIED_PRIVATELY in added and "tutorials" not in added
    assert "tutorials" in json.dumps(connector.bot_activities("personal-ada"))
    assert "personal chat" in bob
    assert report.sent == 1
    assert any(a.get("attachments") for a in connector.bot_activities("personal-ada"))
    group = connector.bot_activities("study-group")
    assert not any("Coursework Task 1" in json.dumps(a) for a in group)
    assert len(group) == 3  # the three replies, and nothing else


def test_only_tas_change_a_channels_reminders_with_only_a_ta_channel(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 2, 9, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock, BOT_TA_CHANNEL="ta-channel")

    async def scenario():
        out = {}
        async with running(app) as base, aiohttp.ClientSession() as s:
            course = {"conversationType": "channel", "conversation": "course-channel",
                      "mention": True}
            tas = {"conversationType": "channel", "conversation": "ta-channel",
                   "mention": True}
            out["student subscribes"] = await _say(s, base, "ada", "remind this channel about "
                                                   "Q&As", **course)
            out["ta subscribes"] = await _say(s, base, "tess", "remind this channel about "
                                              "Q&As", **tas)
            out["student stops"] = await _say(s, base, "ada", "stop reminders", **course)
            out["student looks"] = await _say(s, base, "ada", "what reminders do I have?",
                                              **course)
            return out, services.reminders.store.all()

    out, subs = asyncio.run(scenario())
    refused = "Only a TA can change this channel"
    assert refused in out["student subscribes"] and refused in out["student stops"]
    assert refused not in out["ta subscribes"] and refused not in out["student looks"]
    assert [(s.subscriber, s.active) for s in subs] == [("channel:ta-channel", True)]


COURSE_CHANNEL = {"conversationType": "channel", "conversation": "course-channel",
                  "mention": True}


def test_answers_to_personal_questions_asked_in_a_channel_go_to_a_private_chat(assistant,
                                                                              tmp_path):
    clock = Clock(datetime(2021, 2, 19, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock, BOT_TA_IDS="tess")
    connector = services.connector

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "bob", "hello")  # Bob already has a 1:1 chat with the bot
            for user in ("ada", "bob"):
                await _say(s, base, user, "ask a TA: I was ill all last week, can I get an "
                                          "extension for cw2?", **COURSE_CHANNEL)
            await _say(s, base, "cy", "ask a TA anonymously: is the exam open book?",
                       **COURSE_CHANNEL)
            groups = {g.id: g for g in services.triage.store.groups()}
            for gid in groups:
                await _say(s, base, "tess", f"answer {gid} Sorry to hear that; yes, until "
                                            "Friday for you.")
            await services.relay.deliver_pending()
            sent = await services.relay.deliver_pending()
            return groups, sent, services.conversations.for_user("ada")

    groups, sent, stored = asyncio.run(scenario())
    assert len(groups) == 3 and sum(g.personal for g in groups.values()) == 2
    assert sent == 0  # everything was delivered in the first round
    channel = json.dumps(connector.bot_activities("course-channel"))
    assert "until Friday" not in channel
    for user in ("ada", "bob", "cy"):
        assert "until Friday" in json.dumps(connector.bot_activities(f"personal-{user}"))
    # Bob's existing 1:1 chat was used; Ada's and Cy's were created as Teams creates them.
    created = connector.created
    assert sorted(c["members"][0]["id"] for c in created) == ["ada", "cy"]
    assert all(c["isGroup"] is False and c["channelData"]["tenant"]["id"] == "local-tenant"
               and c["members"][0]["aadObjectId"] == f"aad-{c['members'][0]['id']}"
               for c in created)
    # The new chats are remembered: the next private message needs no new conversation.
    assert "personal-ada" in [c.conversation_id for c in stored]


def _said(activities: list[dict]) -> list[str]:
    """What each activity shows: its text, or its card's summary."""
    return [a.get("text") or a.get("summary") or "" for a in activities]


def test_the_bots_own_reply_to_a_personal_matter_in_a_channel_goes_to_a_private_chat(
        assistant, tmp_path):
    from bot.core import wording as W

    clock = Clock(datetime(2021, 2, 15, 9, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)
    connector = services.connector
    group = {"conversationType": "groupChat", "conversation": "lab-partners", "mention": True}
    bereaved = ("my grandmother passed away on sunday and i've fallen behind, could i get a "
                "few more days for coursework 2?")

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "bob", "hi")  # Bob already has a 1:1 chat with the bot
            out = {
                "ada": await emulator_say(s, base, "ada", bereaved, **COURSE_CHANNEL),
                "bob": await emulator_say(s, base, "bob", "been in hospital since thursday, "
                                          "what happens with my missed tutorial", **group),
                "schedule": await emulator_say(s, base, "cy", "when is the next Q&A?",
                                               **COURSE_CHANNEL),
            }
            return out, services.conversations.for_user("ada")

    out, ada_chats = asyncio.run(scenario())
    # Where it was asked, one neutral line, and nothing of the matter or of the reply.
    assert _said(out["ada"]) == [W.REPLIED_PRIVATELY]
    assert _said(out["bob"]) == [W.REPLIED_PRIVATELY]
    for student, shared in (("ada", "course-channel"), ("bob", "lab-partners")):
        private = _said(connector.bot_activities(f"personal-{student}"))[-1]
        assert len(private) > 80
        posted = json.dumps(connector.bot_activities(shared))
        for sentence in private.split(". "):
            assert sentence[:60] not in posted, sentence
    assert "grandmother" not in json.dumps(connector.bot_activities("course-channel"))
    # Ada had no 1:1 chat: one was opened as Teams opens them, and remembered.
    [created] = connector.created
    assert created["members"][0] == {"id": "ada", "aadObjectId": "aad-ada"}
    assert created["isGroup"] is False and created["channelData"]["tenant"]["id"]
    assert "personal-ada" in [c.conversation_id for c in ada_chats]
    # A question about the course asked in the channel is answered there, as before.
    assert "Q&A" in json.dumps(out["schedule"])
    assert not connector.bot_activities("personal-cy")


def test_a_private_reply_that_cannot_be_sent_leaves_the_channel_a_neutral_line(
        assistant, tmp_path, caplog):
    from bot.core import wording as W

    clock = Clock(datetime(2021, 2, 15, 9, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)
    connector = services.connector

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "ada", "hello")
            connector.fail_next(403)  # Teams refuses the 1:1 send: the bot was removed there
            with caplog.at_level(logging.WARNING):
                return await emulator_say(s, base, "ada", "got 38 on the first quiz, does "
                                          "that mean I fail the module?", **COURSE_CHANNEL)

    replies = asyncio.run(scenario())
    assert _said(replies) == [W.PRIVATE_REPLY_FAILED]
    posted = json.dumps(connector.bot_activities("course-channel"))
    assert "marks" not in posted and "38 on" not in posted
    assert "could not reply privately" in caplog.text


def test_forget_me_leaves_nothing_of_the_student_in_the_database_files(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 19, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock, BOT_TA_IDS="tess",
                               BOT_TA_CHANNEL="ta-channel")
    ada, name, marker = "ada-q7w3x", "Adaline Quuxley", "zqxjvmarker"
    db_file = tmp_path / "bot.sqlite3"

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(user, text=None, **extra):
                replies = await emulator_say(s, base, user, text,
                                             name=name if user == ada else None, **extra)
                return json.dumps(replies)

            await say("tess", "hello", conversationType="channel", conversation="ta-channel",
                      mention=True)
            await say(ada, event="installationUpdate")  # marks her 1:1 chat as welcomed
            await say(ada, "remind me about deadlines")
            await say(ada, "hi", conversationType="channel", conversation="course-channel",
                      mention=True)
            await say(ada, f"ask a TA: is the final exam open book or closed book {marker}?")
            joined = await say("bob", "ask a TA: is the final exam open book or closed?")
            await say(ada, f"ask a TA anonymously: I had {marker} flu all week, can I have an "
                           "extension for cw2?")
            await say("tess", "answer 1 faq It is closed book.")
            await say("tess", "answer 3 Yes, until Friday.")
            await services.relay.deliver_pending()
            clock.now = datetime(2021, 2, 22, 20, 0, tzinfo=LONDON)
            await services.scheduler.run_once()
            ledger = services.reminders.store.ledger(f"user:{ada}")
            raw_before = db_file.read_bytes() + (tmp_path / "bot.sqlite3-wal").read_bytes()
            forgot = await say(ada, "forget me")
            store = services.triage.store
            groups = [(g, store.questions(g.id)) for g in store.groups(None)]
            return joined, ledger, raw_before, forgot, groups

    joined, ledger, raw_before, forgot, groups = asyncio.run(scenario())
    assert "One other student" in joined and ledger  # the paths forget-me must clean
    assert marker.encode() in raw_before and ada.encode() in raw_before
    assert "deleted your 2 question" in forgot
    wal = tmp_path / "bot.sqlite3-wal"
    raw = db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for secret in (marker, ada, name):
        assert secret.encode() not in raw, secret
    # Bob's question lives on, retitled from his own words, and still answers as FAQ.
    [(group, questions)] = groups
    assert group.title == "is the final exam open book or closed?" and group.in_faq
    assert [q.user_id for q in questions] == ["bob"]


def test_forget_me_also_empties_the_caches_of_recent_message_text(assistant, tmp_path):
    """The parsers keep recent messages' text in memory (normalised, its privacy cues, its
    zone, its embedding); after forget-me none of Ada's words is still held there."""
    clock = Clock(datetime(2021, 2, 19, 12, 0, tzinfo=LONDON))
    app, _ = course_app(assistant, tmp_path, clock)
    question = "what does the zqxjv marker layer in week 4 do, i'm in tokyo"

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "ada", question)
            held_before = _held(assistant, question)
            await _say(s, base, "ada", "forget me")
            return held_before

    assert asyncio.run(scenario()) == {"normalised": True, "cues": True, "zone": True,
                                       "embedding": True}
    assert _held(assistant, question) == {"normalised": False, "cues": False, "zone": False,
                                          "embedding": False}


def _held(assistant, text: str) -> dict[str, bool]:
    """Whether each cache still holds the text: a lookup that hits adds no miss."""
    from bot.core import personal, zones
    from bot.core import text as text_module

    normalised = text_module.normalize.__wrapped__(text)  # the key, without touching the cache
    found = {}
    for name, cached, key in (("normalised", text_module.normalize, text),
                              ("cues", personal._rule_cues, text),
                              ("zone", zones.find_zone, normalised)):
        misses = cached.cache_info().misses
        cached(key)
        found[name] = cached.cache_info().misses == misses
    found["embedding"] = any("zqxjv" in key for key in assistant.embedder._recent)
    return found


def test_anonymous_questions_keep_no_name(assistant, tmp_path):
    clock = Clock(datetime(2021, 2, 19, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock)

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            await _say(s, base, "ada", "ask a TA anonymously: is the exam open book?")
            [group] = services.triage.store.groups()
            return services.triage.store.questions(group.id)

    [question] = asyncio.run(scenario())
    assert question.anonymous and question.user_name is None
    assert "Ada" not in json.dumps(question.reference)
    assert question.reference["user"]["id"] == "ada"  # the answer still finds its way back


PHISH = "[CW9 solutions](https://phish.example/login) is this allowed? =1+1 **now**"


def _html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(markdown)


def test_student_text_is_shown_to_tas_as_text_not_links(assistant, tmp_path):
    from bot.cli.triage import export_csv

    clock = Clock(datetime(2021, 2, 19, 12, 0, tzinfo=LONDON))
    app, services = course_app(assistant, tmp_path, clock, BOT_TA_IDS="tess",
                               BOT_TA_CHANNEL="ta-channel")
    connector = services.connector

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def replies(user, text, **extra):
                body = {"user": user, "name": user, "text": text, **extra}
                async with s.post(f"{base}/emulator/send", json=body) as r:
                    return [a.get("text") or "" for a in (await r.json())["replies"]]

            await replies("tess", "hello", conversationType="channel",
                          conversation="ta-channel", mention=True)
            await replies("[Mallory](https://evil.example)", f"ask a TA: {PHISH}")
            await replies("eve", "ask a TA: =HYPERLINK(\"https://evil.example\", \"cw2\")")
            listing = await replies("tess", "triage")
            shown = await replies("tess", "show 1")
            export_csv(services.triage.store, tmp_path / "export.csv")
            return listing, shown, connector.bot_activities("ta-channel")

    listing, shown, announced = asyncio.run(scenario())
    for text in listing + shown:
        html = _html(text)
        assert "<a " not in html and "<strong>" not in html, html
        assert "://" not in html  # no client can auto-link an address either
    assert "[CW9 solutions](https[:]//phish.example/login) is this allowed? =1+1 **now**" \
        in _html(shown[0])  # exactly as written, the address defanged
    assert "[CW9 solutions]" in _html(listing[0])
    assert "[Mallory](https[:]//evil.example)" in _html(shown[0])  # a name is theirs too
    card = next(a["attachments"][0]["content"] for a in announced
                if "phish" in json.dumps(a))
    blocks = card["body"]
    assert not any("phish" in b.get("text", "") for b in blocks if b["type"] == "TextBlock")
    [rich] = [b for b in blocks if b["type"] == "RichTextBlock"]
    run = rich["inlines"][0]
    assert run["type"] == "TextRun" and "CW9 solutions" in run["text"]
    assert "://" not in run["text"] and "://" not in card["fallbackText"]
    rows = list(csv.DictReader((tmp_path / "export.csv").open(encoding="utf-8")))
    formula = next(r for r in rows if "HYPERLINK" in r["question"])
    assert formula["question"].startswith("'=HYPERLINK")
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())
