"""The ActivityHandler over botbuilder's TestAdapter: Teams behaviour without HTTP."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity
from teams_support import activity, activity_json

from bot.core import wording as W
from bot.core.answer import Answer
from bot.schedule.model import Event
from bot.storage.conversations import ConversationStore
from bot.storage.database import open_sqlite
from bot.teams.cards import MAX_CARD_BYTES, answer_card
from bot.teams.handler import CourseBot

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 1, 9, 0, tzinfo=LONDON)


@pytest.fixture
def store(tmp_path):
    db = open_sqlite(tmp_path / "bot.sqlite3")
    yield ConversationStore(db)
    db.close()


@pytest.fixture
def bot(assistant, store):
    return CourseBot(assistant, store, lambda: NOW, typing_after=30)


def turn(bot: CourseBot, *activities: Activity) -> list[Activity]:
    adapter = TestAdapter(bot.on_turn)

    async def run() -> None:
        for a in activities:
            await adapter.receive_activity(a)

    asyncio.run(run())
    return list(adapter.activity_buffer)


def texts(replies: list[Activity]) -> list[str]:
    out = []
    for r in replies:
        if r.text:
            out.append(r.text)
        for att in r.attachments or []:
            out.append(json.dumps(att.content))
    return out


def test_personal_chat_answers_everything(bot):
    replies = turn(bot, activity(text="when is cw2 due?"))
    assert len(replies) == 1
    assert "CW2" in texts(replies)[0] and "23 Feb 2021" in texts(replies)[0]


@pytest.mark.parametrize("conversation_type", ["channel", "groupChat"])
def test_shared_chats_answer_only_when_mentioned(bot, conversation_type):
    assert turn(bot, activity(text="when is cw2 due?", conversation_type=conversation_type)) == []
    replies = turn(bot, activity(text="when is cw2 due?", mention=True,
                                 conversation_type=conversation_type))
    assert len(replies) == 1 and "CW2" in texts(replies)[0]


def test_mention_is_stripped_before_answering(bot):
    # Only the mention: the question left is empty, so the bot asks for one.
    replies = turn(bot, activity(text="", mention=True, conversation_type="channel"))
    assert replies[0].text.startswith(W.EMPTY[:20])


def test_odd_mention_text_does_not_break_the_turn(bot):
    body = activity_json(text="<at>C++ (bot</at> when is cw1 due?", conversation_type="channel")
    body["entities"] = [{"type": "mention", "text": "<at>C++ (bot</at>",
                         "mentioned": {"id": "28:bot-id", "name": "C++ (bot"}},
                        {"type": None}, {"type": "clientInfo", "locale": "en-GB"}]
    replies = turn(bot, Activity().deserialize(body))
    assert len(replies) == 1 and "CW1" in texts(replies)[0]


def test_welcome_once_per_install(bot):
    install = activity(kind="installationUpdate", action="add")
    added = activity(kind="conversationUpdate",
                     membersAdded=[{"id": "28:bot-id"}, {"id": "29:student-1"}])
    replies = turn(bot, install, added)
    assert len(replies) == 1
    assert "course assistant" in replies[0].text and "@mention" in replies[0].text


def test_reference_is_stored_with_tenant_user_and_zone(bot, store):
    turn(bot, activity(text="hello", tz="Asia/Tokyo"))
    saved = store.get("conv-1", "29:student-1")
    assert saved is not None
    assert saved.tenant_id == "tenant-1" and saved.aad_object_id == "aad-ada"
    assert saved.time_zone == "Asia/Tokyo" and saved.conversation_type == "personal"
    assert saved.reference["serviceUrl"] == "http://127.0.0.1:9/connector/"
    assert saved.reference["conversation"]["id"] == "conv-1"
    # A later message without a zone keeps the last one seen, and answers in it.
    replies = turn(bot, activity(text="when is cw2 due?"))
    assert store.get("conv-1", "29:student-1").time_zone == "Asia/Tokyo"
    assert "JST" in texts(replies)[0]


def test_invalid_client_zone_is_ignored(bot, store):
    replies = turn(bot, activity(text="when is cw2 due?", tz="Mars/Olympus"))
    assert store.get("conv-1", "29:student-1").time_zone is None
    assert "GMT" in texts(replies)[0]


def test_events_come_as_an_adaptive_card_in_both_zones(bot):
    replies = turn(bot, activity(text="what's on this week?", tz="America/New_York"))
    (att,) = replies[0].attachments
    assert att.content_type == "application/vnd.microsoft.card.adaptive"
    card = att.content
    assert card["version"] == "1.5" and card["fallbackText"]
    facts = json.dumps(card)
    assert "EST" in facts and "GMT" in facts and "Your time" in facts
    assert any(a["type"] == "Action.Submit" for a in card.get("actions", []))


def test_card_button_asks_its_question(bot):
    press = activity(text=None, value={"ask": "tell me about T04"})
    replies = turn(bot, press)
    assert "T04" in texts(replies)[0]


def test_content_answer_cites_sources_in_the_card(bot):
    replies = turn(bot, activity(text="what is batch norm?"))
    card = replies[-1].attachments[0].content
    assert W.CARD_SOURCES in json.dumps(card)


def test_formulas_in_cards_are_readable_without_latex(bot):
    """Teams shows LaTeX as typed: the card's text turns it into plain Unicode."""
    replies = turn(bot, activity(text="what is the closed form KL between two gaussians"))
    card = replies[-1].attachments[0].content
    shown = json.dumps(card["body"], ensure_ascii=False)
    assert "\\frac" not in shown and "\\sigma" not in shown and "σ" in shown
    assert "$" not in shown and "$" not in card["fallbackText"]


def test_notes_in_cards_keep_their_structure_and_offer_the_whole_section(bot):
    """A comparison table is a Table, the answer's citation is under it, and the whole
    section is one tap away; a console or fallback reader gets the same in plain text."""
    replies = turn(bot, activity(text="VAE vs GAN, how do they compare"))
    card = replies[-1].attachments[0].content
    kinds = [e["type"] for e in card["body"]]
    assert "Table" in kinds
    citation = card["body"][kinds.index("Table") + 1]
    assert citation["isSubtle"] and citation["text"].startswith("— ")
    assert "|---|" not in card["fallbackText"] and "─" in card["fallbackText"]


def test_a_partial_answer_offers_the_whole_section(bot):
    replies = turn(bot, activity(text="how is the normalised adjacency built"))
    card = replies[-1].attachments[0].content
    (show,) = [a for a in card["actions"] if a["type"] == "Action.ShowCard"]
    section = json.dumps(show["card"], ensure_ascii=False)
    shown = json.dumps(card["body"], ensure_ascii=False)
    assert "GCNs > Building the normalised adjacency" in section and "adjacency" in shown
    units = [e["text"] for e in show["card"]["body"] if e["type"] == "TextBlock"]
    assert any(u not in shown for u in units[1:-1])  # the section has more than was shown
    assert "\\tilde" not in section and "⁻¹" in section and "$" not in section


def test_typing_indicator_before_slow_answers(assistant, store):
    bot = CourseBot(assistant, store, lambda: NOW, typing_after=0)
    replies = turn(bot, activity(text="explain the reparameterisation trick"))
    assert replies[0].type == "typing" and replies[-1].type == "message"


def test_attachment_without_text_gets_a_polite_reply(bot):
    replies = turn(bot, activity(text="", attachments=[{"contentType": "image/png",
                                                        "contentUrl": "http://x/y.png"}]))
    assert replies[0].text == W.NOT_TEXT


def test_failing_core_apologises(store):
    class Broken:
        def view(self):
            raise RuntimeError("boom")

        async def answer_async(self, *_, **__):
            raise RuntimeError("boom")

    from bot.config import Settings
    from bot.teams.adapter import CourseAdapter
    from bot.teams.auth import make_authentication

    bot = CourseBot(Broken(), store, lambda: NOW)
    adapter = TestAdapter(bot.on_turn)
    adapter.on_turn_error = CourseAdapter(make_authentication(Settings.from_env({})),
                                          local_mode=True)._on_turn_error
    asyncio.run(adapter.receive_activity(activity(text="when is cw2 due?")))
    assert adapter.activity_buffer[-1].text == W.TURN_ERROR


def test_cards_stay_under_the_teams_size_limit():
    events = [Event(id=f"E{i}", kind="qa", title="Q&A session " + "x" * 400, start=NOW,
                    end=NOW, week=1, staff=("A",) * 50, location="MS Teams") for i in range(40)]
    answer = Answer("q", "schedule", True, 0.9, "Sessions:\n" + "long line " * 9000, events)
    card = answer_card(answer, ZoneInfo("Asia/Tokyo"), LONDON)
    assert len(json.dumps(card).encode()) <= MAX_CARD_BYTES
    assert W.CARD_TRIMMED in json.dumps(card)


def test_plain_answers_stay_plain_text(bot):
    replies = turn(bot, activity(text="hello"))
    assert replies[0].attachments in (None, []) and replies[0].text
