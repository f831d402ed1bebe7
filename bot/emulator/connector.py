"""A local Bot Connector: the endpoints the bot calls to send, kept in a transcript.

The bot treats it like Teams' connector (its `serviceUrl` points here), so replies, cards and
proactive messages all travel the real Bot Framework path. The chat page, the console and the
tests read the transcript; tests can also make the next sends fail to exercise retries.

The transcript is kept in the data folder (JSONL) and read back at start, so history, the
sequence numbers the page counts by, and the reminder keys that drop repeats all survive a
restart. Each start has its own `boot` id: a page that sees it change catches up.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from aiohttp import web

log = logging.getLogger(__name__)

PREFIX = "/connector"
MAX_KEPT = 2000  # per conversation; the oldest are dropped from memory (the log keeps all)
FLUSH_AFTER = 0.05  # seconds: entries recorded meanwhile are written to the files together
COMPACT_OVER = 50_000  # a transcript file with more lines is rewritten with what is kept


@dataclass
class Fault:
    status: int
    remaining: int
    retry_after: float | None = None


@dataclass
class Transcript:
    entries: list[dict[str, Any]] = field(default_factory=list)
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)


def thread_root(conversation: str) -> str:
    """A channel thread ("<channel>;messageid=...") shows in its channel, as in Teams."""
    return conversation.split(";messageid=")[0]


class LocalConnector:
    def __init__(self, log_path: Path | None = None, transcript: Path | None = None,
                 wall_clock: Callable[[], float] = time.time):
        """`log_path`: also append every entry to this JSONL file (benchmarks count it).
        `transcript`: the file the transcript is kept in and read back from at start.
        Each entry carries `at`, when it was received (`wall_clock`, seconds): benchmarks
        time answers that follow their turn by it."""
        self._wall_clock = wall_clock
        self._conversations: dict[str, Transcript] = defaultdict(Transcript)
        self._faults: list[Fault] = []
        self._log_path = log_path
        self.requests = 0  # every send request received, failed or not
        self.duplicates_dropped = 0
        self.delivered = 0  # bot activities accepted (repeats dropped by key not counted)
        self._log: TextIO | None = None
        self._keys: dict[str, str] = {}  # reminder key -> activity id, to drop repeats
        self.created: list[dict[str, Any]] = []  # 1:1 conversations the bot asked for
        self.boot = uuid.uuid4().hex[:12]
        self._transcript_path = transcript
        self._transcript: TextIO | None = None
        self._pending: list[str] = []  # lines recorded, not yet written (`flush`)
        self._flush_handle: asyncio.TimerHandle | None = None
        self._seq = itertools.count(self._load() + 1)

    def _load(self) -> int:
        """Read the kept transcript back; the last sequence number used."""
        path = self._transcript_path
        if path is None or not path.is_file():
            return 0
        last, lines = 0, 0
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                lines += 1
                try:
                    entry = json.loads(line)
                    conversation, seq = entry.pop("conversation"), int(entry["seq"])
                except (ValueError, KeyError, TypeError, AttributeError):
                    log.warning("%s: skipped an unreadable transcript line %d", path, lines)
                    continue
                last = max(last, seq)
                kept = self._conversations[conversation].entries
                kept.append(entry)
                if len(kept) > 2 * MAX_KEPT:
                    del kept[:-MAX_KEPT]
                activity = entry.get("activity") if isinstance(entry, dict) else None
                key = (activity.get("channelData") or {}).get("reminderKey") \
                    if isinstance(activity, dict) and isinstance(
                        activity.get("channelData"), dict) else None
                if key is not None and entry.get("role") == "bot":
                    self._keys[key] = activity.get("id", "")
        for transcript in self._conversations.values():
            del transcript.entries[:-MAX_KEPT]
        if lines > COMPACT_OVER:
            self._rewrite(path)
        return last

    def _rewrite(self, path: Path) -> None:
        entries = sorted(((c, e) for c, t in self._conversations.items() for e in t.entries),
                         key=lambda ce: ce[1]["seq"])
        temp = path.with_name(path.name + ".tmp")
        with temp.open("w", encoding="utf-8") as fh:
            for conversation, entry in entries:
                fh.write(json.dumps({"conversation": conversation, **entry}) + "\n")
        temp.replace(path)

    def routes(self) -> list[web.RouteDef]:
        base = f"{PREFIX}/v3/conversations"
        return [
            web.post(base, self._create_conversation),
            web.post(base + "/{conversation}/activities", self._send),
            web.post(base + "/{conversation}/activities/{reply_to}", self._send),
            web.put(base + "/{conversation}/activities/{activity_id}", self._update),
            web.delete(base + "/{conversation}/activities/{activity_id}", self._delete),
            web.get(base + "/{conversation}/members", self._members),
        ]

    def fail_next(self, status: int, times: int = 1, retry_after: float | None = None) -> None:
        """The next `times` sends answer `status` (e.g. 429 with Retry-After)."""
        self._faults.append(Fault(status, times, retry_after))

    async def record(self, conversation: str, activity: dict[str, Any], role: str) -> int:
        """Add an activity (a bot send, or a user message from the page) to the transcript."""
        conversation = thread_root(conversation)
        seq = next(self._seq)
        entry = {"seq": seq, "role": role, "activity": activity,
                 "at": round(self._wall_clock(), 3)}
        transcript = self._conversations[conversation]
        async with transcript.changed:
            transcript.entries.append(entry)
            del transcript.entries[:-MAX_KEPT]
            transcript.changed.notify_all()
        if role == "bot":
            self.delivered += 1
        self._pending.append(json.dumps({"conversation": conversation, **entry}) + "\n")
        if self._flush_handle is None:
            self._flush_handle = asyncio.get_running_loop().call_later(FLUSH_AFTER, self.flush)
        return seq

    def flush(self) -> None:
        """Write the entries recorded since the last flush to the files, in one write each.

        A write per entry was a system call on the event loop per reply, and under load
        the loop waited to get the GIL back from the answering threads after every one."""
        self._flush_handle = None
        if not self._pending:
            return
        lines, self._pending = "".join(self._pending), []
        if self._log_path is not None:
            if self._log is None:
                self._log = self._log_path.open("a", encoding="utf-8", buffering=1)
            self._log.write(lines)
        if self._transcript_path is not None:
            try:
                if self._transcript is None:
                    self._transcript_path.parent.mkdir(parents=True, exist_ok=True)
                    self._transcript = self._transcript_path.open("a", encoding="utf-8",
                                                                  buffering=1)
                self._transcript.write(lines)
            except OSError as exc:  # the page still works from memory
                log.warning("cannot keep the emulator transcript in %s: %s",
                            self._transcript_path, exc)

    def last_seq(self) -> int:
        return max((t.entries[-1]["seq"] for t in self._conversations.values() if t.entries),
                   default=0)

    def close(self) -> None:
        if self._flush_handle is not None:
            self._flush_handle.cancel()
        self.flush()
        for attr in ("_log", "_transcript"):
            handle = getattr(self, attr)
            if handle is not None:
                handle.close()
                setattr(self, attr, None)

    def entries(self, conversation: str, after: int = 0) -> list[dict[str, Any]]:
        return [e for e in self._conversations[thread_root(conversation)].entries
                if e["seq"] > after]

    def bot_activities(self, conversation: str) -> list[dict[str, Any]]:
        return [e["activity"] for e in self.entries(conversation) if e["role"] == "bot"]

    async def wait(self, conversation: str, after: int, timeout: float) -> list[dict[str, Any]]:
        """Entries after `after`, waiting up to `timeout` s for one (long poll)."""
        transcript = self._conversations[thread_root(conversation)]
        async with transcript.changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(transcript.changed.wait_for(
                    lambda: bool(self.entries(conversation, after))), timeout)
        return self.entries(conversation, after)

    async def _send(self, request: web.Request) -> web.Response:
        self.requests += 1
        fault = self._take_fault()
        if fault is not None:
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after else {}
            return web.json_response({"error": {"code": "Throttled", "message": "injected"}},
                                     status=fault.status, headers=headers)
        activity = await _json_object(request)
        if activity is None:
            return _bad_argument()
        conversation = request.match_info["conversation"]
        key = (activity.get("channelData") or {}).get("reminderKey") \
            if isinstance(activity.get("channelData"), dict) else None
        if key is not None and key in self._keys:
            # A reminder re-sent after a crash: acknowledged, not shown twice (see README).
            self.duplicates_dropped += 1
            await self.record(conversation, activity, "bot-duplicate")
            return web.json_response({"id": self._keys[key]})
        activity.setdefault("replyToId", request.match_info.get("reply_to"))
        activity["id"] = f"bot-{next(self._seq)}"
        if key is not None:
            self._keys[key] = activity["id"]
        await self.record(conversation, activity, "bot")
        return web.json_response({"id": activity["id"]})

    async def _update(self, request: web.Request) -> web.Response:
        activity = await _json_object(request)
        if activity is None:
            return _bad_argument()
        activity["id"] = request.match_info["activity_id"]
        await self.record(request.match_info["conversation"], activity, "bot-update")
        return web.json_response({"id": activity["id"]})

    async def _delete(self, request: web.Request) -> web.Response:
        await self.record(request.match_info["conversation"],
                          {"type": "messageDelete", "id": request.match_info["activity_id"]},
                          "bot-delete")
        return web.Response(status=200)

    async def _create_conversation(self, request: web.Request) -> web.Response:
        """A new conversation, as Teams creates it for a proactive message.

        With `channelData.channel.id`: a new thread in that team channel, its first post given
        with the request. Otherwise a 1:1 conversation with one user, whose id is the one the
        chat page uses for that user's personal chat, so the message shows there; like Teams,
        it needs exactly one member with an id and a tenant.
        """
        body = await _json_object(request)
        if body is None:
            return _bad_argument()
        channel_data = body.get("channelData")
        channel = channel_data.get("channel") if isinstance(channel_data, dict) else None
        channel_id = channel.get("id") if isinstance(channel, dict) else None
        if isinstance(channel_id, str) and channel_id:
            activity = body.get("activity") if isinstance(body.get("activity"), dict) else None
            first = f"bot-{next(self._seq)}"
            conversation = f"{channel_id};messageid={first}"
            if activity is not None:
                activity["id"] = first
                activity["conversation"] = {"id": conversation}
                await self.record(conversation, activity, "bot")
            return web.json_response({"id": conversation, "activityId": first})
        members = body.get("members")
        member = members[0] if isinstance(members, list) and len(members) == 1 else None
        tenant = channel_data.get("tenant") if isinstance(channel_data, dict) else None
        if not isinstance(member, dict) or not isinstance(member.get("id"), str) \
                or not member["id"] or body.get("isGroup") \
                or not (isinstance(tenant, dict) and tenant.get("id") or body.get("tenantId")):
            return web.json_response(
                {"error": {"code": "BadArgument",
                           "message": "a 1:1 conversation needs one member and a tenant"}},
                status=400)
        conversation = f"personal-{member['id']}"
        self.created.append(body)
        return web.json_response({"id": conversation, "activityId": None})

    async def _members(self, request: web.Request) -> web.Response:
        return web.json_response([])

    def _take_fault(self) -> Fault | None:
        while self._faults:
            fault = self._faults[0]
            if fault.remaining > 0:
                fault.remaining -= 1
                return fault
            self._faults.pop(0)
        return None


async def _json_object(request: web.Request) -> dict[str, Any] | None:
    """The body as a JSON object, or None (answered 400, as the Bot Connector does)."""
    try:
        body = await request.json()
    except ValueError:  # bad JSON or bad UTF-8 (UnicodeDecodeError is a ValueError)
        return None
    return body if isinstance(body, dict) else None


def _bad_argument() -> web.Response:
    return web.json_response({"error": {"code": "BadArgument",
                                         "message": "the body is not a JSON object"}},
                             status=400)
