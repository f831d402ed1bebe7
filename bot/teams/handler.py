"""The ActivityHandler: turns activities into questions for the core and answers into replies.

It holds no answering logic. In channels and group chats it answers only when @mentioned;
in personal chat, everything. Every conversation it sees is stored so that reminders and TA
answers can reach it later.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from botbuilder.core import (
    ActivityHandler,
    CardFactory,
    InvokeResponse,
    MessageFactory,
    TurnContext,
)
from botbuilder.schema import Activity, ActivityTypes, ChannelAccount

from bot.core import wording as W
from bot.core.answer import Answer, AskContext
from bot.core.assistant import Assistant
from bot.nlu.commands import Command, ForgetMe
from bot.reminders.model import is_channel
from bot.reminders.service import subscriber_for
from bot.storage.activities import Delivery
from bot.storage.chat_state import TurnWrites, collecting_turn_writes
from bot.storage.conversations import SHARED_TYPES, ConversationStore, valid_zone
from bot.storage.database import StorageError
from bot.teams.adapter import DELIVERY, take_delivery
from bot.teams.cards import answer_card, fit_text
from bot.teams.deadline import waited
from bot.teams.invoke import card_action_data, message_response
from bot.teams.proactive import PermanentSendError
from bot.teams.reminder_turns import ReminderTurns
from bot.teams.serialize import one_send
from bot.teams.triage_turns import TriageTurns

log = logging.getLogger(__name__)

SendPrivately = Callable[[str, dict, Activity], Awaitable[None]]
# Answers of these intents are not questions for the TAs: nothing for a person to answer
# (a refusal, another course, small talk, a choice offered), nor asked while notes load.
# (a request to be forgotten, explained, is never filed for the TAs: its words are the
# student's to delete)
NOT_FOR_TAS = ("refused", "indexing", "off_topic", "other_course", "clarify", "forget_me")
COMMAND_INTENTS = ("remind", "ask_ta", "forget_me", "ta_command")
REFRESH_STORED = timedelta(minutes=10)
MAX_STORED_CACHE = 50_000
MIN_ANSWER_WAIT = 1.0  # seconds a turn always gives its answer before acknowledging instead
_Signature = tuple[object, ...]  # what a stored conversation reference is made of
_AT_TAG = re.compile(r"<at[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)


class CourseBot(ActivityHandler):
    # A message activity delivered twice is answered once: the turn takes it (see
    # `_keeper`) in the transaction that stores what its answer leaves, not in a trip to
    # the database of its own before the turn (`CourseAdapter`).
    takes_deliveries = True

    def __init__(self, assistant: Assistant, conversations: ConversationStore,
                 clock: Callable[[], datetime], *, typing_after: float = 0.4,
                 reminders: ReminderTurns | None = None,
                 triage: TriageTurns | None = None,
                 on_answer: Callable[[Answer], None] | None = None,
                 defer_after: float | None = None,
                 deliver_later: Callable[[dict, Activity], Awaitable[None]] | None = None,
                 max_deferred: int = 64, min_answer_wait: float = MIN_ANSWER_WAIT,
                 send_privately: SendPrivately | None = None):
        """`defer_after`: seconds after a request arrived (its wait for a turn slot
        included) by which the turn ends; an answer not ready by then is acknowledged and
        sent on its own through `deliver_later(reference, activity)` (the proactive
        sender), so no request nears Teams' 15 s limit. At most `max_deferred` answers
        follow at once; beyond that a turn waits for its answer.

        `send_privately(user_id, reference, activity)` sends to the person's 1:1 chat,
        opening one if need be (`PrivateMessenger.send`): where a personal matter raised in
        a channel or group chat is answered. Without it such an answer is not given there
        either: the student is asked to message the bot directly."""
        self._assistant = assistant
        self._conversations = conversations
        self._clock = clock
        self._typing_after = typing_after  # seconds before a typing indicator is shown
        self._reminders = reminders
        self._triage = triage
        self._on_answer = on_answer  # counts answers by intent (metrics)
        self._defer_after = defer_after
        self._deliver_later = deliver_later
        self._max_deferred = max_deferred
        self._min_answer_wait = min_answer_wait
        self._send_privately = send_privately
        self._deferred: set[asyncio.Task] = set()
        self.deferred_total = 0  # answers that followed their acknowledgement (metrics)
        # What was last stored per (conversation, user), to skip rewriting the same thing.
        self._stored: OrderedDict[tuple[str, str], tuple[_Signature, datetime]] = \
            OrderedDict()

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        # The chat state the answer leaves (its follow-up subject, the last answer) is
        # written in one transaction beside the reply, not on the way to it.
        with collecting_turn_writes() as writes:
            await self._message(turn_context, writes)

    async def _message(self, turn_context: TurnContext, writes: TurnWrites) -> None:
        activity = turn_context.activity
        # This turn's claim on its activity (None for activities not checked for repeats).
        # Taken before anything is done for the student; a second delivery does nothing.
        delivery: Delivery | None = turn_context.turn_state.get(DELIVERY)
        # Storing the reference overlaps with answering; the turn still waits for both.
        # (A second delivery stores the same reference again: harmless.)
        zone = await self._zone(activity)
        remembered = self._remember_soon(activity)
        try:
            question = question_of(activity)
            if question is None:
                return
            if not question and activity.attachments:
                if await take_delivery(delivery):
                    await turn_context.send_activity(W.NOT_TEXT)
                return
            if _is_card_button(activity):  # a reminder or triage card's button
                if not await take_delivery(delivery):
                    return
                handled = await self._button(activity, zone)
                if handled is not None:
                    await turn_context.send_activity(MessageFactory.text(handled))
                return
            user = _user_id(activity)
            asked_zone = self._shown_zone(activity, zone)
            context = AskContext(now=self._clock(), tz=asked_zone, user=user,
                                 conversation=_chat(activity), intent=_picked(activity))
            answering = self._start_answer(turn_context, question, context, activity, writes,
                                           delivery, asked_zone)
            try:
                answer = await self._in_time(turn_context, answering.future, delivery)
            except BaseException:
                answering.cancel()
                raise
            if delivery is not None and delivery.taken is False:
                answering.cancel()
                return  # delivered again: the first delivery's turn answers
            if answer is None:  # acknowledged: the answer follows as a message of its own
                self._follow_up(activity, question, zone, answering, remembered, writes)
                return
            answer = await self._finish(answering, answer, question, writes)
            # Taken on the answering thread with the chat state; here only if that failed.
            if not await take_delivery(delivery):
                return
            await self._reply(activity, question, zone, answer, turn_context.send_activity,
                              remembered, writes, answering.prepared_for(answer))
        finally:
            await remembered

    async def _reply(self, activity: Activity, question: str, zone: ZoneInfo, answer: Answer,
                     send: Callable[[Activity], Awaitable[object]],
                     remembered: asyncio.Future, writes: TurnWrites,
                     prepared: Activity | None = None) -> None:
        """What the student gets for an answer (in the turn, or after it through `send`):
        the commands it carries are carried out first. `prepared`: the reply, already
        built on the answering thread (`_keeper`)."""
        only_commands = bool(answer.commands) and answer.intent in COMMAND_INTENTS
        if self._on_answer is not None and not only_commands:
            self._on_answer(answer)  # answers to questions, not commands carried out
        if answer.commands and writes:
            # Before the commands: "forget me" must also delete what this turn keeps.
            await _logged(self._write(writes), "could not store the chat's state")
        for command in answer.commands:
            done = await self._carry_out(activity, command, zone, remembered)
            if _own_settings(command, activity):
                # "what reminders do i have" in a group chat: one's reminders (which kinds,
                # when, in which time zone) are the person's, said in their 1:1 chat
                await self._reply_privately(activity, MessageFactory.text(done), send,
                                            remembered)
            else:
                await send(MessageFactory.text(done))
        if only_commands:
            return  # nothing was asked besides the commands
        zone = self._shown_zone(activity, zone)  # commands above keep the person's own
        if prepared is not None:
            reply = prepared
        elif not self._for_tas(question, answer):
            reply = self._reply_for(question, answer, zone)
        elif answer.answered or answer.quotes:
            # Kept with the follow-up subject: a later bare "ask a TA" files this one. (An
            # answer from the notes shown with hedged wording too: the student reads it and
            # decides whether to ask a TA.) Usually done already, on the answering thread.
            if not writes.kept:
                self._triage.remember(activity, question, answer, writes)
            reply = self._reply_for(question, answer, zone)
        else:
            assert self._triage is not None
            course = self._assistant.view().tz
            # The bot could not answer: the TAs get the question, the student is told.
            filed = await self._triage.escalate(activity, question, answer, anonymous=False)
            reply = reply_for(dataclasses.replace(answer, text=f"{answer.text}\n\n{filed}"),
                              zone, course)
        # Stored while the reply goes out; the turn ends once both are done.
        stored = asyncio.ensure_future(self._write(writes)) if writes else None
        try:
            if answer.personal and _shared(activity):
                await self._reply_privately(activity, reply, send, remembered)
            else:
                await send(reply)
        finally:
            if stored is not None:
                await _logged(stored, "could not store the chat's state")

    async def _reply_privately(self, activity: Activity, reply: Activity,
                               send: Callable[[Activity], Awaitable[object]],
                               remembered: asyncio.Future) -> None:
        """A personal matter raised where others read: the reply goes to the student's 1:1
        chat, and the shared conversation gets one line that says nothing of the matter,
        whether or not the private send worked."""
        note = W.REPLIED_PRIVATELY
        try:
            if self._send_privately is None:
                raise PermanentSendError("no way to send privately here")
            await remembered  # opening a 1:1 chat reads the tenant stored with this chat
            reference = TurnContext.get_conversation_reference(activity).serialize()
            await self._send_privately(_user_id(activity), reference, reply)
        except Exception:  # noqa: BLE001 - logged; the student is told to write directly
            log.warning("could not reply privately to a personal message in %s",
                        activity.conversation.id, exc_info=True)
            note = W.PRIVATE_REPLY_FAILED
        await send(MessageFactory.text(note))

    def _for_tas(self, question: str, answer: Answer) -> bool:
        """Whether a TA could take this question up. Not a refused request (prompt
        injection, "give me the quiz answers"), another course, small talk, a question
        asked while the notes are being indexed."""
        return self._triage is not None and bool(question) \
            and answer.intent not in NOT_FOR_TAS

    def _reply_for(self, question: str, answer: Answer, zone: ZoneInfo) -> Activity:
        """The reply to an answer that is not filed for the TAs: an "Ask a TA" button
        where a TA could take it further."""
        ask_ta = question if self._for_tas(question, answer) else None
        return reply_for(answer, zone, self._assistant.view().tz, ask_ta=ask_ta)

    @staticmethod
    async def _write(writes: TurnWrites) -> None:
        await asyncio.to_thread(writes.write)

    def _keeper(self, activity: Activity, question: str, writes: TurnWrites,
                delivery: Delivery | None, zone: ZoneInfo,
                answering: _Answering) -> Callable[[Answer], None]:
        """What runs on the answering thread right after the answer: the chat state it
        leaves (its follow-up subject, and its last answer for a bare "ask a TA") written
        there, in the turn's one transaction. A second trip to a thread, beside the reply,
        cost more than the write: its thread and the loop sending the reply took turns at
        the GIL. The turn still ends after the write, so the chat's next message, on any
        replica, reads it. Left to `_reply` (as before) when the answer carries commands
        (they must come after the write: "forget me" deletes it too).

        A TA's FAQ entry that answers the question replaces the answer here too (into
        `answering.replaced`), and the state written is the FAQ's answer: once the FAQ held
        an entry, every turn made two more trips to a thread (the lookup, then the state
        written beside the reply) and two transactions where one does.

        The turn takes its activity (`delivery`) here too, in the same transaction: a
        second delivery's turn finds it taken, writes nothing and sends nothing. Then the
        reply (the card) is built here into `answering.prepared`, not on the event loop
        (where it was a twelfth of the loop's time under load), unless the question goes to
        the TAs."""
        def keep(answer: Answer) -> None:
            try:
                if answer.commands:
                    if delivery is not None:
                        delivery.take()  # before the commands are carried out
                    return
                if self._triage is not None and self._triage.faq_may_answer():
                    faq = self._triage.faq_answer_now(question)  # a TA answered this before
                    if faq is not None:
                        answering.replaced.append(faq)
                        answer = faq
                for_tas = self._for_tas(question, answer)
                if for_tas and (answer.answered or answer.quotes):
                    assert self._triage is not None
                    self._triage.remember(activity, question, answer, writes)
                writes.kept = True  # and no FAQ lookup follows: it was made here
                writes.write(delivery)
            except Exception:  # noqa: BLE001 - a side record; the answer itself goes out
                log.warning("could not store the chat's state", exc_info=True)
                return
            if not for_tas or answer.answered or answer.quotes:  # else filed, on the loop
                with contextlib.suppress(Exception):  # built (or fails) on the loop instead
                    answering.prepared.append((answer, self._reply_for(question, answer,
                                                                       zone)))
        return keep

    async def _in_time(self, turn_context: TurnContext, answering: asyncio.Future,
                       delivery: Delivery | None) -> Answer | None:
        """The answer, or None once the turn has been acknowledged instead (too slow) or
        found to be a second delivery (`delivery.taken` is False; nothing was sent)."""
        if (self._defer_after is None or self._deliver_later is None
                or len(self._deferred) >= self._max_deferred):
            return await answering
        # However long the request waited for a slot, a quick answer still goes in the turn.
        budget = max(self._defer_after - waited(), self._min_answer_wait)
        try:
            done, _ = await asyncio.wait({answering}, timeout=budget)
        except asyncio.CancelledError:
            answering.cancel()  # the turn was cancelled: so is its answer
            raise
        if done:
            return answering.result()
        try:
            if not await take_delivery(delivery):  # no acknowledgement twice either
                answering.cancel()
                return None
            ack = MessageFactory.text(W.ANSWER_COMING)
            ack.channel_data = {"answerFollows": True}  # tells tests and benchmarks apart
            await turn_context.send_activity(ack)
        except BaseException:
            answering.cancel()
            raise
        return None

    def _follow_up(self, activity: Activity, question: str, zone: ZoneInfo,
                   answering: _Answering, remembered: asyncio.Future,
                   writes: TurnWrites) -> None:
        """Deliver a slow answer proactively, as a reply to the question, once it is ready."""
        reference = TurnContext.get_conversation_reference(activity).serialize()
        deliver = self._deliver_later
        assert deliver is not None

        async def follow() -> None:
            try:
                answer = await self._finish(answering, await answering.future, question,
                                            writes)
                await self._reply(activity, question, zone, answer,
                                  lambda reply: deliver(reference, reply), remembered, writes)
            except asyncio.CancelledError:
                answering.cancel()
                log.warning("a deferred answer in %s was not delivered: the bot stopped",
                            activity.conversation.id)
                raise
            except Exception:  # noqa: BLE001 - logged; the student was told it was coming
                log.exception("could not deliver a deferred answer in %s",
                              activity.conversation.id)

        task = asyncio.ensure_future(follow())
        self._deferred.add(task)
        task.add_done_callback(self._deferred.discard)
        self.deferred_total += 1

    async def drain(self, timeout: float) -> None:
        """Wait (up to `timeout` s) for answers still to follow; cancel what remains."""
        pending = set(self._deferred)
        if not pending:
            return
        done, left = await asyncio.wait(pending, timeout=timeout)
        for task in left:
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        """Our card actions sent as Action.Execute run like the same Action.Submit; Teams
        gets a 200 with a message for those and for any invoke the bot does not offer."""
        activity = turn_context.activity
        data = card_action_data(activity)
        if data is not None and is_card_action(data):
            activity.value = data  # what an Action.Submit message would carry
            await self.on_message_activity(turn_context)
            return message_response(activity.name, W.INVOKE_DONE)
        log.info("invoke %r is not supported; answered with a message", activity.name)
        return message_response(activity.name, W.INVOKE_UNSUPPORTED)

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._remember(turn_context.activity)
        await self._welcome(turn_context)

    async def on_members_added_activity(self, members_added: list[ChannelAccount],
                                        turn_context: TurnContext) -> None:
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        if any(m.id == bot_id for m in members_added) or (
                activity.conversation.conversation_type in (None, "personal")
                and not _shared(activity) and any(m.id != bot_id for m in members_added)):
            await self._remember(activity)
            await self._welcome(turn_context)

    async def _welcome(self, turn_context: TurnContext) -> None:
        conversation = turn_context.activity.conversation.id
        first = await asyncio.to_thread(self._conversations.mark_welcomed, conversation,
                                        self._clock())
        if first:  # Teams sends both installationUpdate and conversationUpdate on install
            course = self._assistant.view().schedule.course
            await turn_context.send_activity(W.WELCOME.format(code=course.code,
                                                              title=course.title))

    async def _button(self, activity: Activity, zone: ZoneInfo) -> str | None:
        if self._triage is not None and (handled := await self._triage.button(activity)):
            return handled
        if self._reminders is not None:
            return await self._reminders.handle(activity, _user_id(activity), zone)
        return None

    async def _carry_out(self, activity: Activity, command: object, zone: ZoneInfo,
                         remembered: asyncio.Future) -> str:
        """A command the core understood: reminders, ask a TA, forget me, a TA's."""
        if isinstance(command, Command):
            if self._reminders is None:
                return W.COMMAND_UNAVAILABLE
            return await self._reminders.handle(activity, _user_id(activity), zone,
                                                command) or W.COMMAND_UNAVAILABLE
        if self._triage is None:
            return W.COMMAND_UNAVAILABLE
        if isinstance(command, ForgetMe) and command.confirmed:
            await remembered  # so the forgetting also covers this turn's record
            user = _user_id(activity)
            for key in [k for k in self._stored if k[1] == user]:
                del self._stored[key]
            # The follow-up memory may be in the database: off the event loop. If that
            # fails, triage's forgetting below fails too and says so.
            try:
                await asyncio.to_thread(self._assistant.dialogue.forget_user, user)
            except StorageError:
                log.warning("forget-me: the follow-up memory could not be deleted",
                            exc_info=True)
            self._assistant.forget_recent_texts()
        return await self._triage.run(activity, command) or W.COMMAND_UNAVAILABLE

    def _start_answer(self, turn_context: TurnContext, question: str, context: AskContext,
                      activity: Activity, writes: TurnWrites,
                      delivery: Delivery | None, zone: ZoneInfo) -> _Answering:
        """The answer, handed to the answering threads now (a future: no task to start it,
        which was another pass of the loop for every turn)."""
        answering = _Answering()
        keep = self._keeper(activity, question, writes, delivery, zone, answering)
        answering.future = asyncio.ensure_future(
            self._assistant.answer_async(question, context, then=keep))
        # A timer starts the typing indicator, not a second task and a wait beside the
        # answer: each of those is another pass of the loop, for every turn.
        answering.timer = asyncio.get_running_loop().call_later(
            self._typing_after,
            lambda: answering.typing.append(asyncio.ensure_future(
                self._typing(turn_context, delivery))))
        return answering

    async def _finish(self, answering: _Answering, answer: Answer, question: str,
                      writes: TurnWrites) -> Answer:
        """The answer as it goes out: after the typing indicator (if one was started), or
        a TA's FAQ entry in its place (usually looked up on the answering thread)."""
        if answering.timer is not None:
            answering.timer.cancel()
        if answering.typing:  # the indicator goes before the answer
            await answering.typing[0]
        if answering.replaced:
            return answering.replaced[0]
        if self._triage is not None and not answer.commands and not writes.kept:
            faq = await self._triage.faq_answer(question)  # a TA has answered this before
            if faq is not None:
                return faq
        return answer

    @staticmethod
    async def _typing(turn_context: TurnContext, delivery: Delivery | None) -> None:
        try:
            if not await take_delivery(delivery):  # a slow answer's second delivery
                return
            await turn_context.send_activity(Activity(type=ActivityTypes.typing))
        except Exception:  # noqa: BLE001 - a lost typing indicator must not lose the answer
            log.warning("could not send the typing indicator", exc_info=True)

    def _shown_zone(self, activity: Activity, zone: ZoneInfo) -> ZoneInfo:
        """The zone an answer's times are given in: a shared chat's answer is read by
        everyone in it, so it is the course's (where the asker is is not told to the group)."""
        return self._assistant.view().tz if _shared(activity) else zone

    async def _zone(self, activity: Activity) -> ZoneInfo:
        """The client's zone, else the one last seen for this user, else the course's."""
        name = valid_zone(activity.local_timezone)
        if name is None:
            stored = await asyncio.to_thread(self._conversations.get, activity.conversation.id,
                                             _user_id(activity))
            name = stored.time_zone if stored else None
        return ZoneInfo(name) if name else self._assistant.view().tz

    def _remember_soon(self, activity: Activity) -> asyncio.Future:
        """`_remember` as a future the turn awaits at its end. Mostly there is nothing new
        to store: then a finished future, not a task (a task is another pass of the loop
        for every turn)."""
        if self._reference_news(activity) is None:
            done = asyncio.get_running_loop().create_future()
            done.set_result(None)
            return done
        return asyncio.ensure_future(self._remember(activity))

    def _reference_news(self, activity: Activity) -> tuple[_Signature, str | None] | None:
        """The signature of the reference to store, with its tenant; None when the one
        stored (recently) is the same."""
        channel_data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
        tenant = (channel_data.get("tenant") or {}).get("id") or activity.conversation.tenant_id
        sender = activity.from_property or ChannelAccount()
        # What a stored reference is made of; cheaper to compare than to serialise it
        # (a tuple: this runs on the loop for every message).
        signature = (activity.service_url, activity.channel_id, tenant,
                     sender.aad_object_id, sender.name, activity.locale,
                     activity.conversation.conversation_type,
                     activity.recipient.id if activity.recipient else None,
                     valid_zone(activity.local_timezone))
        known = self._stored.get((activity.conversation.id, _user_id(activity)))
        if known and known[0] == signature and abs(self._clock() - known[1]) < REFRESH_STORED:
            return None  # nothing new to store (last-seen times are kept to within minutes)
        return signature, tenant

    async def _remember(self, activity: Activity) -> None:
        news = self._reference_news(activity)
        if news is None:
            return
        signature, tenant = news
        sender = activity.from_property or ChannelAccount()
        user, now = _user_id(activity), self._clock()
        key = (activity.conversation.id, user)
        reference = TurnContext.get_conversation_reference(activity).serialize()
        try:
            await asyncio.to_thread(self._store_reference, activity, user, reference, tenant,
                                    sender, now)
        except StorageError as exc:  # the database said why, once; no traceback per message
            log.warning("could not store the conversation reference: %s", exc)
            return
        except Exception:  # noqa: BLE001 - storing must not stop the answer; it is logged
            log.exception("could not store the conversation reference")
            return
        self._stored[key] = (signature, now)
        self._stored.move_to_end(key)
        while len(self._stored) > MAX_STORED_CACHE:
            self._stored.popitem(last=False)

    def _store_reference(self, activity: Activity, user: str, reference: dict,
                         tenant: str | None, sender: ChannelAccount, now: datetime) -> None:
        """One worker-thread hop for both stores."""
        self._conversations.remember(
            conversation_id=activity.conversation.id, user_id=user,
            service_url=activity.service_url, reference=reference, now=now,
            aad_object_id=sender.aad_object_id, user_name=sender.name, tenant_id=tenant,
            channel_id=activity.channel_id,
            conversation_type=activity.conversation.conversation_type,
            time_zone=activity.local_timezone)
        if self._reminders is not None:
            self._reminders.store.touch(
                subscriber_for(user, activity.conversation.id,
                               activity.conversation.conversation_type),
                reference, valid_zone(activity.local_timezone), now)


class _Answering:
    """An answer being worked out on the answering threads, and the typing indicator a
    timer starts if it takes a while."""

    future: asyncio.Future

    def __init__(self) -> None:
        self.timer: asyncio.TimerHandle | None = None
        self.typing: list[asyncio.Future] = []
        # Filled on the answering thread: the reply built for the answer, and a TA's FAQ
        # answer that replaces it.
        self.prepared: list[tuple[Answer, Activity]] = []
        self.replaced: list[Answer] = []

    def prepared_for(self, answer: Answer) -> Activity | None:
        """The reply built on the answering thread, if it is this answer's (not, say, a
        TA's FAQ entry that replaced it)."""
        for built_for, reply in self.prepared:
            if built_for is answer:
                return reply
        return None

    def cancel(self) -> None:
        """The turn ended without this answer (cancelled, failed, a second delivery)."""
        self.future.cancel()
        if self.timer is not None:
            self.timer.cancel()
        for indicator in self.typing:
            indicator.cancel()


async def _logged(task: asyncio.Future, what: str) -> None:
    try:
        await task
    except Exception:  # noqa: BLE001 - a side record; the answer itself was given
        log.warning(what, exc_info=True)


def is_card_action(value: object) -> bool:
    """A button of one of our cards: {"ask": ...}, or the reminder and triage cards'."""
    return isinstance(value, dict) and (isinstance(value.get("ask"), str)
                                        or "reminder" in value or "triage" in value)


def question_of(activity: Activity) -> str | None:
    """The question in a message, or None when the bot should stay quiet."""
    value = activity.value
    if is_card_action(value):
        # An "ask" button carries its question; reminder and triage buttons are handled by
        # those turns.
        return value["ask"].strip() if isinstance(value.get("ask"), str) else ""
    # (shared as `_shared` reads it: a conversation marked only `isGroup` is read by others
    # too, and answering it unasked would post there whatever one said)
    if _shared(activity) and not _mentions_bot(activity):
        return None
    return _strip_mention(activity).strip()


def reply_for(answer: Answer, reader: ZoneInfo, course: ZoneInfo,
              ask_ta: str | None = None) -> Activity:
    """The reply; `ask_ta` adds an "Ask a TA" button for that question to a card."""
    card = answer_card(answer, reader, course, ask_ta)
    if card is None:
        return one_send(MessageFactory.text(fit_text(answer.text)))
    reply = MessageFactory.attachment(CardFactory.adaptive_card(card))
    reply.summary = answer.text[:200]
    return one_send(reply)  # sent once: the SDK need not deep-copy the card


def _mentioned_ids(activity: Activity) -> list[str]:
    ids = []
    for entity in activity.entities or []:
        if (getattr(entity, "type", None) or "").lower() != "mention":
            continue
        mentioned = (getattr(entity, "additional_properties", None) or {}).get("mentioned")
        if isinstance(mentioned, dict) and isinstance(mentioned.get("id"), str):
            ids.append(mentioned["id"])
    return ids


def _mentions_bot(activity: Activity) -> bool:
    bot_id = activity.recipient.id if activity.recipient else None
    return bot_id is not None and bot_id in _mentioned_ids(activity)


def _strip_mention(activity: Activity) -> str:
    text = activity.text or ""
    bot_id = activity.recipient.id if activity.recipient else None
    if not bot_id or bot_id not in _mentioned_ids(activity):
        return text
    try:
        return TurnContext.remove_recipient_mention(activity) or ""
    except (re.error, KeyError, TypeError, AttributeError):
        # The SDK builds a regex from the mention's text; a odd name breaks it.
        log.info("mention could not be removed by the SDK; removing <at> tags instead")
        return _AT_TAG.sub("", text)


def _shared(activity: Activity) -> bool:
    """A channel or group chat: others read what is posted there (`conversations.is_shared`
    of the activity itself, before any reference is made of it)."""
    conversation = activity.conversation
    return conversation is not None and (
        conversation.conversation_type in SHARED_TYPES or bool(conversation.is_group))


def _own_settings(command: object, activity: Activity) -> bool:
    """A person's reminder command in a channel or group chat: its reply tells their own
    settings (a channel's reminders, the channel's as a whole, are answered there)."""
    return isinstance(command, Command) and _shared(activity) and not is_channel(
        subscriber_for(_user_id(activity), activity.conversation.id,
                       activity.conversation.conversation_type))


def _chat(activity: Activity) -> str:
    """One conversation with one person: what follow-ups are resolved within."""
    return f"{activity.conversation.id}|{_user_id(activity)}"


def _is_card_button(activity: Activity) -> bool:
    value = activity.value
    return isinstance(value, dict) and ("reminder" in value or "triage" in value)


def _picked(activity: Activity) -> str | None:
    """The intent of a suggestion button ("did you mean ..."), if this turn is one."""
    value = activity.value
    if isinstance(value, dict) and isinstance(value.get("intent"), str):
        return value["intent"]
    return None


def _user_id(activity: Activity) -> str:
    sender = activity.from_property
    return (sender.id if sender and sender.id else "") or "anonymous"
