"""The answering core's entry point: `Assistant.answer(question, context) -> Answer`."""

from __future__ import annotations

import asyncio
import contextvars
import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from bot.core import wording as W
from bot.core.answer import Answer, AskContext
from bot.core.course import CourseView, Reader
from bot.core.course_parts import example_topic, help_examples
from bot.core.embedding import Embedder
from bot.core.handlers import Reply
from bot.core.handlers.deadlines import answer_deadline
from bot.core.handlers.logistics import answer_logistics, answer_missing
from bot.core.handlers.notes import search_notes
from bot.core.handlers.people import answer_people
from bot.core.handlers.sessions import answer_schedule
from bot.core.handlers.topics import answer_content, answer_reading, answer_topic
from bot.core.multipart import combine, inherit, is_aside, split_question
from bot.core.router import looks_like_content, route
from bot.core.text import normalize
from bot.core.understand import Query
from bot.core.zones import find_zone
from bot.knowledge.index import KnowledgeIndex
from bot.schedule.model import Schedule

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

Handler = Callable[[Query, CourseView, Reader], Reply]
HANDLERS: dict[str, Handler] = {
    "deadline": answer_deadline,
    "schedule": answer_schedule,
    "topic": answer_topic,
    "reading": answer_reading,
    "people": answer_people,
    "logistics": answer_logistics,
    "content": answer_content,
    "missing": answer_missing,
}


class Assistant:
    """Answers questions about one course.

    `schedule` is a callable returning the current schedule (a ScheduleStore, or a lambda in
    tests): when it returns a new version, the derived indexes are rebuilt once.

    The model and the notes may arrive later (`attach`): a server answers while they load.
    Meanwhile `notes_pending` returns how far they are (0..1), and content questions are
    told that the notes are being indexed instead of getting a guess.
    """

    def __init__(self, schedule: Callable[[], Schedule], embedder: Embedder | None = None,
                 knowledge: KnowledgeIndex | None = None, answer_threads: int = 2):
        self._schedule = schedule
        self._embedder = embedder
        self._knowledge = knowledge
        self._view: CourseView | None = None
        self._lock = threading.Lock()
        self.notes_pending: Callable[[], float | None] = lambda: None
        # Answers run on a few threads of their own: more would only queue for the GIL and
        # the model's lock, and slow the event loop (which needs the GIL for every I/O), and
        # they must not wait behind database calls in the shared executor.
        self._answer_threads = answer_threads
        self._executor: ThreadPoolExecutor | None = None

    @property
    def embedder(self) -> Embedder | None:
        """The embedding model, for other parts of the core (grouping TA questions)."""
        return self._embedder

    @property
    def knowledge(self) -> KnowledgeIndex | None:
        return self._knowledge

    @property
    def schedule_source(self) -> Callable[[], Schedule]:
        """Where the schedule comes from (a ScheduleStore when it is a file)."""
        return self._schedule

    def attach(self, *, embedder: Embedder | None = None,
               knowledge: KnowledgeIndex | None = None) -> None:
        """The model or the notes' index, once loaded; the next question uses them."""
        with self._lock:
            self._embedder = embedder or self._embedder
            self._knowledge = knowledge or self._knowledge
            self._view = None

    def view(self) -> CourseView:
        current = self._schedule()
        view = self._view
        if view is None or view.schedule is not current:
            with self._lock:  # one thread builds it; the others wait for that one
                view = self._view
                if view is None or view.schedule is not current:
                    view = CourseView(current, self._embedder, self._knowledge)
                    self._view = view
        return view

    async def answer_async(self, question: str, context: AskContext) -> Answer:
        """For adapters on an event loop: answered on the answering threads, not the loop."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._answer_threads,
                                                thread_name_prefix="answer")
        loop = asyncio.get_running_loop()
        # Like asyncio.to_thread, carry the caller's context (a request's id in the logs).
        call = contextvars.copy_context().run
        return await loop.run_in_executor(self._executor, call, self.answer, question, context)

    def answer(self, question: str, context: AskContext) -> Answer:
        view = self.view()
        clean = _CONTROL.sub(" ", question or "").strip()
        prefix = ""
        if len(clean) > MAX_QUESTION_CHARS:
            prefix = W.TRUNCATED.format(limit=MAX_QUESTION_CHARS)
            clean = clean[:MAX_QUESTION_CHARS]
        if prefix:
            log.info("question truncated to %d characters", MAX_QUESTION_CHARS)
        # A zone named anywhere ("... in new york") applies to every part of the question.
        named = find_zone(normalize(clean))
        tz = named[0] if named else context.tz
        queries = [view.understander.parse(part, context.now, tz)
                   for part in split_question(clean)]
        reader = Reader(context.now, tz)
        replies: list[Reply] = []
        for i, query in enumerate(queries):
            if i:
                inherit(query, queries[i - 1])
            if query.topic:
                query.topic_matches = view.topics.search(query.topic)
            if looks_like_content(query):
                query.content_confidence = search_notes(query, view)[1]
            intent = route(query)
            pending = self.notes_pending() if view.knowledge is None else None
            if pending is not None and (intent == "content" or (
                    looks_like_content(query) and intent in ("topic", "unknown"))):
                replies.append(Reply("indexing", False, 0.5, W.NOTES_INDEXING.format(
                    percent=round(100 * pending))))
                continue
            replies.append(self._dispatch(intent, query, view, reader))
        reply = combine(replies, [is_aside(q, r) for q, r in zip(queries, replies, strict=True)])
        log.debug("question=%r intent=%s answered=%s", clean, reply.intent, reply.answered)
        return Answer(question=question, intent=reply.intent, answered=reply.answered,
                      confidence=reply.confidence, text=prefix + reply.text,
                      events=reply.events, sources=reply.sources, quotes=reply.quotes)

    def _dispatch(self, intent: str, q: Query, view: CourseView, reader: Reader) -> Reply:
        c = view.schedule.course
        if intent == "help":
            return Reply("help", True, 0.95, W.HELP.format(
                code=c.code, title=c.title, forum=c.forum.name,
                **help_examples(view.schedule)))
        if intent == "greeting":
            return Reply("greeting", True, 0.9, W.GREETING)
        if intent == "empty":
            return Reply("unknown", False, 0.0, W.EMPTY.format(
                coursework=help_examples(view.schedule)["coursework"]))
        forum = {"forum": c.forum.name, "forum_course": c.forum.course_name}
        if intent == "thanks":
            return Reply("greeting", True, 0.9, W.THANKS)
        if intent == "feedback":
            return Reply("feedback", False, 0.5, W.FEEDBACK_UNKNOWN.format(
                via=view.schedule.assessment.submission_via, **forum))
        if intent == "policy":
            return Reply("policy", False, 0.5, W.POLICY_UNKNOWN.format(**forum))
        if intent == "not_on_page":
            return Reply("unknown", False, 0.4, W.NOT_ON_PAGE.format(**forum))
        if intent == "refuse_instructions":
            return Reply("refused", False, 0.9, W.REFUSE_INSTRUCTIONS.format(code=c.code,
                                                                             title=c.title))
        if intent == "refuse_assessed_work":
            return Reply("refused", False, 0.9, W.REFUSE_ASSESSED_WORK.format(
                topic=example_topic(view.schedule)))
        if intent == "personal":
            return Reply("personal", False, 0.6, W.PERSONAL.format(
                forum=c.forum.name, forum_course=c.forum.course_name))
        handler = HANDLERS.get(intent)
        if handler is not None:
            return handler(q, view, reader)
        return Reply("unknown", False, 0.05,
                     W.UNKNOWN + W.UNKNOWN_FORUM.format(forum=c.forum.name,
                                                        forum_course=c.forum.course_name))
