"""The answering core's entry point: `Assistant.answer(question, context) -> Answer`."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable

from bot.core import wording as W
from bot.core.answer import Answer, AskContext
from bot.core.course import CourseView, Reader
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
from bot.nlu.model import IntentModel, bundled_model_dir
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


# The old router's intents by the names of the learned pipeline's.
SHADOW_NAMES = {"refuse_instructions": "refused", "refuse_assessed_work": "refused",
                "empty": "unknown", "not_on_page": "not_on_page"}


class Assistant:
    """Answers questions about one course.

    `schedule` is a callable returning the current schedule (a ScheduleStore, or a lambda in
    tests): when it returns a new version, the derived indexes are rebuilt once.
    """

    def __init__(self, schedule: Callable[[], Schedule], embedder: Embedder | None = None,
                 knowledge: KnowledgeIndex | None = None,
                 intent_model: IntentModel | None = None):
        self._schedule = schedule
        self._embedder = embedder
        self._knowledge = knowledge
        # Loaded (and hash-checked) at start, not on the first question.
        self._intent_model = intent_model or IntentModel.load(
            bundled_model_dir(), embedder.sha256 if embedder else None)
        self._view: CourseView | None = None

    @property
    def embedder(self) -> Embedder | None:
        """The embedding model, for other parts of the core (grouping TA questions)."""
        return self._embedder

    def view(self) -> CourseView:
        current = self._schedule()
        if self._view is None or self._view.schedule is not current:
            self._view = CourseView(current, self._embedder, self._knowledge,
                                    self._intent_model)
        return self._view

    async def answer_async(self, question: str, context: AskContext) -> Answer:
        """For adapters on an event loop: the model runs in a worker thread, not the loop."""
        return await asyncio.to_thread(self.answer, question, context)

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
            replies.append(self._dispatch(route(query), query, view, reader))
        reply = combine(replies, [is_aside(q, r) for q, r in zip(queries, replies, strict=True)])
        self._shadow(clean, context, tz, [route(q) for q in queries])
        log.debug("question=%r intent=%s answered=%s", clean, reply.intent, reply.answered)
        return Answer(question=question, intent=reply.intent, answered=reply.answered,
                      confidence=reply.confidence, text=prefix + reply.text,
                      events=reply.events, sources=reply.sources)

    def _shadow(self, clean: str, context: AskContext, tz, old: list[str]) -> None:
        """The learned pipeline beside the rule router: disagreements are logged."""
        view = self.view()
        if view.nlu is None:
            return
        frames = view.nlu.frames(clean, context.now, tz)
        new = [f.intent.value for f in frames]
        mapped = [SHADOW_NAMES.get(o, o) for o in old]
        if new != mapped:
            log.info("nlu shadow: %r old=%s new=%s (%s)", clean, mapped, new,
                     ", ".join(f"{f.probability:.2f} {f.decided_by}" for f in frames))

    def _dispatch(self, intent: str, q: Query, view: CourseView, reader: Reader) -> Reply:
        c = view.schedule.course
        if intent == "help":
            return Reply("help", True, 0.95, W.HELP.format(code=c.code, title=c.title,
                                                           forum=c.forum.name))
        if intent == "greeting":
            return Reply("greeting", True, 0.9, W.GREETING)
        if intent == "empty":
            return Reply("unknown", False, 0.0, W.EMPTY)
        forum = {"forum": c.forum.name, "forum_course": c.forum.course_name}
        if intent == "thanks":
            return Reply("greeting", True, 0.9, W.THANKS)
        if intent == "feedback":
            return Reply("feedback", False, 0.5, W.FEEDBACK_UNKNOWN.format(**forum))
        if intent == "policy":
            return Reply("policy", False, 0.5, W.POLICY_UNKNOWN.format(**forum))
        if intent == "not_on_page":
            return Reply("unknown", False, 0.4, W.NOT_ON_PAGE.format(**forum))
        if intent == "refuse_instructions":
            return Reply("refused", False, 0.9, W.REFUSE_INSTRUCTIONS.format(code=c.code,
                                                                             title=c.title))
        if intent == "refuse_assessed_work":
            return Reply("refused", False, 0.9, W.REFUSE_ASSESSED_WORK)
        if intent == "personal":
            return Reply("personal", False, 0.6, W.PERSONAL.format(
                forum=c.forum.name, forum_course=c.forum.course_name))
        handler = HANDLERS.get(intent)
        if handler is not None:
            return handler(q, view, reader)
        return Reply("unknown", False, 0.05,
                     W.UNKNOWN + W.UNKNOWN_FORUM.format(forum=c.forum.name,
                                                        forum_course=c.forum.course_name))
