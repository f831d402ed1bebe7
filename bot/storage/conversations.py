"""Conversation references: how to reach a user or channel again (reminders, TA answers).

One row per (conversation, user), refreshed on every message. The reference is stored as the
Bot Framework serialises it, so it can be handed to `continue_conversation` unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.storage.database import Database, utc_text


@dataclass(frozen=True)
class StoredConversation:
    conversation_id: str
    user_id: str
    aad_object_id: str | None
    user_name: str | None
    tenant_id: str | None
    service_url: str
    channel_id: str | None
    conversation_type: str | None
    reference: dict[str, Any]  # a serialised ConversationReference
    time_zone: str | None
    last_seen: datetime


SHARED_TYPES = ("channel", "groupChat")


def is_private(reference: dict[str, Any] | None) -> bool:
    """A reference to a 1:1 (personal) conversation: the only place personal things go.

    Teams marks channels and group chats by `conversationType` (and `isGroup`); a reference
    without either is a 1:1 chat, as in the Bot Framework's other channels.
    """
    conversation = (reference or {}).get("conversation") or {}
    if not isinstance(conversation, dict) or not conversation.get("id"):
        return False
    return conversation.get("conversationType") not in SHARED_TYPES \
        and not conversation.get("isGroup")


def is_shared(reference: dict[str, Any] | None) -> bool:
    """A reference to a channel or group chat, where others would read what is sent."""
    conversation = (reference or {}).get("conversation") or {}
    return isinstance(conversation, dict) and (
        conversation.get("conversationType") in SHARED_TYPES or bool(conversation.get("isGroup")))


def without_user(reference: dict[str, Any]) -> dict[str, Any]:
    """A shared conversation's reference with the person who last wrote there left out."""
    return {**reference, "user": None}


def valid_zone(name: str | None) -> str | None:
    """The IANA name if it is one we can use, else None (clients send odd values)."""
    if not name or not isinstance(name, str) or len(name) > 64:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


class ConversationStore:
    def __init__(self, db: Database):
        self._db = db

    def remember(self, *, conversation_id: str, user_id: str, service_url: str,
                 reference: dict[str, Any], now: datetime, aad_object_id: str | None = None,
                 user_name: str | None = None, tenant_id: str | None = None,
                 channel_id: str | None = None, conversation_type: str | None = None,
                 time_zone: str | None = None) -> None:
        """Insert or refresh; a missing or invalid time zone keeps the last one seen."""
        stamp = utc_text(now)
        with self._db.transaction() as conn:
            conn.execute(
                """INSERT INTO conversations VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                   ON CONFLICT (conversation_id, user_id) DO UPDATE SET
                     aad_object_id = COALESCE(excluded.aad_object_id, conversations.aad_object_id),
                     user_name = COALESCE(excluded.user_name, conversations.user_name),
                     tenant_id = COALESCE(excluded.tenant_id, conversations.tenant_id),
                     service_url = excluded.service_url,
                     channel_id = excluded.channel_id,
                     conversation_type = excluded.conversation_type,
                     reference = excluded.reference,
                     time_zone = COALESCE(excluded.time_zone, conversations.time_zone),
                     last_seen = excluded.last_seen""",
                (conversation_id, user_id, aad_object_id, user_name, tenant_id, service_url,
                 channel_id, conversation_type, json.dumps(reference), valid_zone(time_zone),
                 stamp, stamp))

    def get(self, conversation_id: str, user_id: str) -> StoredConversation | None:
        rows = self._db.query("SELECT * FROM conversations WHERE conversation_id=? AND "
                              "user_id=?", (conversation_id, user_id))
        return _row(rows[0]) if rows else None

    def for_user(self, user_id: str) -> list[StoredConversation]:
        rows = self._db.query("SELECT * FROM conversations WHERE user_id=? "
                              "ORDER BY last_seen DESC", (user_id,))
        return [_row(r) for r in rows]

    def in_conversation(self, conversation_id: str) -> list[StoredConversation]:
        """Rows of a conversation, its channel reply threads ("<id>;messageid=...") included."""
        thread = conversation_id + ";"
        rows = self._db.query(
            "SELECT * FROM conversations WHERE conversation_id = ? OR "
            "substr(conversation_id, 1, ?) = ? ORDER BY last_seen DESC",
            (conversation_id, len(thread), thread))
        return [_row(r) for r in rows]

    def personal_for(self, user_id: str) -> StoredConversation | None:
        """The user's most recent 1:1 conversation with the bot, if the bot has seen one."""
        for row in self.for_user(user_id):
            if is_private(row.reference):
                return row
        return None

    def latest(self) -> StoredConversation | None:
        """The conversation seen last: its service URL reaches the tenant's other ones."""
        rows = self._db.query("SELECT * FROM conversations ORDER BY last_seen DESC LIMIT 1")
        return _row(rows[0]) if rows else None

    def all(self) -> list[StoredConversation]:
        return [_row(r) for r in self._db.query(
            "SELECT * FROM conversations ORDER BY conversation_id, user_id")]

    def mark_welcomed(self, conversation_id: str, now: datetime) -> bool:
        """True the first time for a conversation: the welcome is sent once per install."""
        with self._db.transaction() as conn:
            cur = conn.execute("INSERT INTO welcomed VALUES (?, ?) ON CONFLICT DO NOTHING",
                               (conversation_id, utc_text(now)))
            return cur.rowcount == 1

    def forget_user(self, user_id: str) -> int:
        """Delete the user's references, and the welcome marks of their 1:1 chats (a personal
        conversation's id names its user)."""
        private = [row.conversation_id for row in self.for_user(user_id)
                   if is_private(row.reference)]
        with self._db.transaction() as conn:
            conn.executemany("DELETE FROM welcomed WHERE conversation_id=?",
                             [(c,) for c in private])
            return conn.execute("DELETE FROM conversations WHERE user_id=?",
                                (user_id,)).rowcount


def _row(r: Any) -> StoredConversation:
    return StoredConversation(
        conversation_id=r["conversation_id"], user_id=r["user_id"],
        aad_object_id=r["aad_object_id"], user_name=r["user_name"], tenant_id=r["tenant_id"],
        service_url=r["service_url"], channel_id=r["channel_id"],
        conversation_type=r["conversation_type"], reference=json.loads(r["reference"]),
        time_zone=r["time_zone"], last_seen=datetime.fromisoformat(r["last_seen"]))
