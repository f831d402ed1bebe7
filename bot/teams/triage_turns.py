"""The triage part of a turn: "ask a TA", "forget me", TA commands and their buttons.

Kept out of the handler so that it stays a thin dispatcher. Everything here turns an
activity into a call on the core's TriageService and its reply into text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import Activity

from bot.core import wording as W
from bot.core.answer import Answer, Source
from bot.nlu.commands import AskHuman, ChatCommand, ForgetMe, TaCommand
from bot.reminders.store import ReminderStore
from bot.schedule.model import Schedule
from bot.storage.chat_state import ChatStateStore, ChatWrite, TurnWrites, chat_key
from bot.storage.conversations import ConversationStore
from bot.storage.database import Database
from bot.teams.safe_text import markdown_literal
from bot.triage.roles import Roster
from bot.triage.service import Asker, Filed, TriageService

log = logging.getLogger(__name__)

Announce = Callable[[Filed], Awaitable[None]]
FAQ_RECHECK = 5.0  # seconds
LAST_ANSWER = "last_answer"  # the chat state behind a bare "ask a TA"


class TriageTurns:
    def __init__(self, service: TriageService, roster: Roster, clock: Callable[[], datetime],
                 *, conversations: ConversationStore, reminders: ReminderStore | None,
                 relay_wake: Callable[[], None], chats: ChatStateStore,
                 announce: Announce | None = None, database: Database | None = None):
        self.service = service
        self._roster = roster
        self._clock = clock
        self._conversations = conversations
        self._reminders = reminders
        self._relay_wake = relay_wake
        self._announce = announce
        self._database = database  # forget-me makes its deletions physical there
        # The last question and answer per chat, for a bare "ask a TA" afterwards: in the
        # database, since the next message may reach another replica.
        self._chats = chats
        self._has_faq: tuple[bool, float] | None = None

    async def button(self, activity: Activity) -> str | None:
        """The reply to a triage card's button ("Ask a TA", a TA's "Answer" or "Close"), or
        None when the activity is not one."""
        value = activity.value if isinstance(activity.value, dict) else {}
        action = value.get("triage")
        if action == "ask" and isinstance(value.get("question"), str):
            return await self.escalate(activity, value["question"], None, anonymous=False)
        if action in ("answer", "close"):
            command = TaCommand(action, _int(value.get("group")),
                                text=str(value.get("answer_text") or "").strip(),
                                faq=str(value.get("faq", "")).lower() in ("true", "yes", "1"))
            return await self._ta(activity, command)
        return None

    async def run(self, activity: Activity, command: ChatCommand) -> str | None:
        """Carry out a triage command as understood: a TA's, "forget me", "ask a TA"."""
        if isinstance(command, ForgetMe):
            return await self._forget(activity) if command.confirmed else W.FORGET_HOW
        if isinstance(command, TaCommand):
            return await self._ta(activity, command)
        if isinstance(command, AskHuman):
            text = command.question
            previous = await self._previous(activity)
            if not text and previous is None:
                return W.TRIAGE_NOTHING_TO_ASK
            answer = previous[1] if previous and (not text or text == previous[0]) else None
            filed = await self.escalate(activity, text or previous[0], answer,  # type: ignore
                                        anonymous=command.anonymous)
            if not command.relay:
                return filed
            forum = self.service.schedule.course.forum
            return f"{filed} " + W.RELAY_URGENT.format(forum=forum.name,
                                                       forum_course=forum.course_name)
        return None

    async def faq_answer(self, question: str) -> Answer | None:
        """A TA's FAQ answer to `question`, or None: one trip to a thread, none while the
        store is known (recently) to hold no entry."""
        if not self.faq_may_answer():
            return None
        return await asyncio.to_thread(self.faq_answer_now, question)

    def faq_answer_now(self, question: str) -> Answer | None:
        """`faq_answer`, blocking: for a thread that is off the event loop already (the
        answering thread, right after the answer)."""
        now = time.monotonic()
        known = self._has_faq
        if known is None or now - known[1] > FAQ_RECHECK:
            # Rechecked now and then: the terminal (`bot triage answer --faq`) may add one.
            known = self._has_faq = (self.service.store.has_faq(), now)
        if not known[0]:  # no embedding cost until there is an FAQ entry
            return None
        return self.service.faq_answer(question)

    def faq_may_answer(self) -> bool:
        """False while the store is known (recently) to hold no FAQ entry: `faq_answer`
        would then return None without looking. Safe to call from any thread."""
        known = self._has_faq
        return known is None or known[0] or time.monotonic() - known[1] > FAQ_RECHECK

    def remember(self, activity: Activity, question: str, answer: Answer,
                 writes: TurnWrites) -> None:
        """Keep the chat's last answer (for a later bare "ask a TA"), written with the
        turn's other chat state."""
        sender = activity.from_property
        writes.add(self._chats, ChatWrite(_chat(activity), LAST_ANSWER,
                                          {"question": question,
                                           "answer": _answer_state(answer)},
                                          sender.id if sender else None))

    async def _previous(self, activity: Activity) -> tuple[str, Answer] | None:
        state = await asyncio.to_thread(self._chats.get, _chat(activity), LAST_ANSWER)
        if not isinstance(state, dict) or not isinstance(state.get("question"), str):
            return None
        return state["question"], _answer_from_state(state["question"], state.get("answer"),
                                                     self.service.schedule)

    async def escalate(self, activity: Activity, question: str, answer: Answer | None, *,
                       anonymous: bool) -> str:
        if answer is None:
            answer = Answer(question, "unknown", False, 0.0, "")
        sender = activity.from_property
        reference = TurnContext.get_conversation_reference(activity).serialize()
        if anonymous and isinstance(reference.get("user"), dict):
            # Only what the answer's way back needs: the id, not the name.
            reference["user"] = {k: v for k, v in reference["user"].items() if k != "name"}
        asker = Asker(user_id=(sender.id if sender else None) or "anonymous",
                      user_name=None if anonymous or not sender else sender.name,
                      reference=reference, anonymous=anonymous)
        filed = await asyncio.to_thread(self.service.escalate, question, answer, asker,
                                        self._clock())
        if not filed.joined and self._announce is not None:
            try:
                await self._announce(filed)
            except Exception:  # noqa: BLE001 - the question is filed; the announcement is extra
                log.warning("could not announce question group %d to the TA channel",
                            filed.group_id, exc_info=True)
        return filed.reply

    async def _ta(self, activity: Activity, command: TaCommand) -> str:
        sender = activity.from_property
        if not self._roster.is_ta(sender.id if sender else None,
                                  sender.aad_object_id if sender else None,
                                  activity.conversation.id):
            log.warning("refused TA command %r from non-TA %s", command.action,
                        sender.id if sender else "?")
            return W.TRIAGE_NOT_A_TA
        now, service = self._clock(), self.service
        if command.action == "list":  # students' text escaped: Teams renders Markdown
            return await asyncio.to_thread(service.listing, now, markdown_literal)
        if command.action == "help" or command.group is None:
            return W.TRIAGE_USAGE
        if command.action == "show":
            return await asyncio.to_thread(service.show, command.group, markdown_literal)
        if command.action == "answer":
            if not command.text:
                return W.TRIAGE_USAGE
            ta = (sender.name or sender.id) if sender else "TA"
            relays = await asyncio.to_thread(service.answer, command.group, command.text,
                                             ta, command.faq, now)
            if relays is None:
                first = await asyncio.to_thread(service.answered_by, command.group)
                if first is not None:  # another TA was first (perhaps a moment ago)
                    return W.TRIAGE_ALREADY_ANSWERED.format(
                        id=command.group, by=markdown_literal(first.answered_by or "a TA"))
                return W.TRIAGE_UNKNOWN_GROUP.format(id=command.group)
            self._relay_wake()
            self._has_faq = None  # it may have just gained its first entry
            group = await asyncio.to_thread(service.store.group, command.group)
            return W.TRIAGE_ANSWERED.format(
                id=command.group, n=len(relays),
                faq=W.TRIAGE_ANSWERED_FAQ if group and group.in_faq else "")
        if command.action == "close":
            ok = await asyncio.to_thread(service.close, command.group, now)
            return W.TRIAGE_CLOSED.format(id=command.group) if ok else \
                W.TRIAGE_UNKNOWN_GROUP.format(id=command.group)
        if command.action == "dup" and command.other is not None:
            n = await asyncio.to_thread(service.merge, command.group, command.other, now)
            if n is None:
                return W.TRIAGE_UNKNOWN_GROUP.format(id=command.other)
            return W.TRIAGE_MERGED.format(keep=command.group, other=command.other, n=n)
        return W.TRIAGE_USAGE

    async def _forget(self, activity: Activity) -> str:
        sender = activity.from_property
        user = (sender.id if sender else None) or "anonymous"
        questions = await asyncio.to_thread(self._forget_everywhere, user)
        log.info("forgot a user: %d questions", questions)
        return W.FORGET_DONE.format(questions=questions)

    def _forget_everywhere(self, user: str) -> int:
        """Every row holding the user's text or ids, then the deletion made physical."""
        questions = self.service.forget(user)
        if self._reminders is not None:
            self._reminders.forget_user(user)
        self._conversations.forget_user(user)
        self._chats.forget_user(user)
        if self._database is not None:
            self._database.erase_deleted(FORGET_TABLES)
        return questions


# Where forget-me deletes rows (PostgreSQL vacuums them; SQLite overwrites them anyway).
FORGET_TABLES = ("triage_questions", "triage_groups", "subscriptions", "snoozes",
                 "reminder_ledger", "reminder_retries", "conversations", "welcomed",
                 "chat_state")


def _chat(activity: Activity) -> str:
    sender = activity.from_property
    return chat_key(activity.conversation.id, sender.id if sender else None)


def _answer_state(answer: Answer) -> dict[str, Any]:
    """What a later "ask a TA" needs of an answer: JSON for the chat state."""
    return {"intent": answer.intent, "answered": answer.answered,
            "confidence": answer.confidence, "text": answer.text,
            "events": [e.id for e in answer.events],
            "sources": [s.to_json() for s in answer.sources]}


def _answer_from_state(question: str, state: Any, schedule: Schedule) -> Answer | None:
    if not isinstance(state, dict):
        return None
    try:
        events = [e for e in (schedule.event(i) for i in state.get("events", [])) if e]
        sources = [Source(**s) for s in state.get("sources", [])]
        return Answer(question, str(state["intent"]), bool(state["answered"]),
                      float(state["confidence"]), str(state["text"]), events=events,
                      sources=sources)
    except (KeyError, TypeError, ValueError):  # written by another version: start afresh
        return None


def _int(value: object) -> int | None:
    try:
        return int(str(value).lstrip("#"))
    except (TypeError, ValueError):
        return None
