"""The answering core's entry point: `Assistant.answer(question, context) -> Answer`.

Understanding (bot/nlu) turns the message into one frame per part; each frame goes to the
handler for its intent; the replies are joined. Commands ("remind me", "ask a TA", "forget
me") are returned to the adapter, which carries them out: the core stores nothing.
"""

from __future__ import annotations

import asyncio
import contextvars
import dataclasses
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from bot.core import wording as W
from bot.core.answer import Answer, AskContext, Suggestion
from bot.core.bare_fragments import bare_question
from bot.core.bot_said import bot_said_corrected
from bot.core.claims import answer_claims, reported_checked
from bot.core.compute_trouble import compute_trouble
from bot.core.count_asked import course_end_asked, past_count_asked
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name, example_topic, help_examples, join
from bot.core.delivery import answer_delivery_mode
from bot.core.either import choice_checked, choice_settled
from bot.core.embedding import Embedder
from bot.core.glossary import singular
from bot.core.hand_over import formal_data_request
from bot.core.handlers import Reply
from bot.core.handlers.aggregates import (
    answer_count,
    answer_kinds_tallied,
    answer_live_hours,
    answer_person_weeks,
    answer_watch_before,
    answer_what_follows,
)
from bot.core.handlers.attend_then import answer_attend_then
from bot.core.handlers.beyond import (
    answer_complaint,
    answer_not_on_page,
    answer_off_topic,
    answer_other_course,
    answer_own_work,
    as_own_work,
    off_topic_text,
)
from bot.core.handlers.both_sides import answer_both_sides, live_against_busy
from bot.core.handlers.clock_change import answer_clock_change, asks_clock_change
from bot.core.handlers.coincide import answer_coincide
from bot.core.handlers.contact import answer_reach_staff
from bot.core.handlers.counted_by_now import answer_count_by_now
from bot.core.handlers.course_edge import answer_course_edge
from bot.core.handlers.course_wide import (
    answer_by_deadline,
    answer_by_session,
    answer_catch_up,
    answer_course_delivery,
    answer_every_week,
    answer_first_or_last,
    answer_how_given,
    answer_lecture_mode,
    answer_local_guess,
    answer_next_to,
    answer_nth,
    answer_nth_session,
    answer_place_guess,
    answer_pointed_every_week,
    answer_regular_slot,
    answer_revision_notes,
    answer_session_mode,
    answer_shared_slot,
    answer_time_zone,
    answer_titled_sessions,
    answer_weekly_clash,
    answer_weeks_without,
    answer_written_lecture,
    zone_relation,
)
from bot.core.handlers.deadlines import answer_deadline, answer_stated_hand_in, deadline_close
from bot.core.handlers.gaps import answer_gaps
from bot.core.handlers.graded_range import answer_graded_in_range
from bot.core.handlers.kind_order import answer_kind_order
from bot.core.handlers.late_for import answer_late_for
from bot.core.handlers.lengths import asks_length
from bot.core.handlers.logistics import (
    answer_collaboration,
    answer_exam_content,
    answer_logistics,
    answer_missing,
    answer_named_material,
    answer_partner_presumed,
    answer_platform,
    answer_policy,
    answer_prep_assessed,
    answer_quiz_assessed,
    answer_reading_needed,
    answer_required,
    answer_resources,
    answer_submission_trouble,
    answer_task_weights,
    answer_weekly_hours,
    answer_where_to_ask,
    answer_workload,
)
from bot.core.handlers.nobody_there import nobody_there_reply
from bot.core.handlers.not_english import about_reading, in_english_only, loan_words_only
from bot.core.handlers.notes import answer_from_notes, answer_session_content
from bot.core.handlers.order import answer_order
from bot.core.handlers.overlaps import answer_overlaps, states_own_clash
from bot.core.handlers.people import answer_people, person_roles
from bot.core.handlers.session_bound import answer_session_bound
from bot.core.handlers.session_prep import answer_session_prep
from bot.core.handlers.sessions import answer_schedule, asks_same_as
from bot.core.handlers.several import (
    answer_anchored,
    answer_each_named,
    answer_lecture_against_session,
    answer_same_day,
)
from bot.core.handlers.situated import answer_over, answer_situated
from bot.core.handlers.spans import (
    answer_between,
    answer_busiest_week,
    answer_time_from,
    answer_week_by_kind,
)
from bot.core.handlers.start_only import answer_start_only_length
from bot.core.handlers.task_contents import answer_task_contents
from bot.core.handlers.teaching_span import answer_teaching_span
from bot.core.handlers.term_edge import answer_last_before_edge
from bot.core.handlers.terms import answer_kind_exists, answer_term
from bot.core.handlers.time_of_day import answer_time_of_day
from bot.core.handlers.topic_order import answer_topic_order
from bot.core.handlers.topics import (
    answer_content,
    answer_materials_apart,
    answer_reading,
    answer_topic,
)
from bot.core.handlers.unit_counts import answer_unit_count
from bot.core.handlers.unlisted_assessment import answer_unlisted_assessment
from bot.core.handlers.unstated_detail import answer_unstated_detail
from bot.core.handlers.week_partner import answer_week_partner
from bot.core.handlers.where_to_go import answer_where_to_go
from bot.core.kind_identity import kind_checked
from bot.core.language import mostly_foreign
from bot.core.late_start import CATCH_UP_QUESTION, asks_where_to_start
from bot.core.later_run import asks_of_a_later_run, course_end
from bot.core.lexicon import (
    ASKS_HOW_IT_WORKS,
    ASKS_WHICH_TO_ATTEND,
    CUES,
    DISPLEASED,
    FILLER,
    MATERIAL_THINGS,
    PERIOD_SUMMARY,
    PERIOD_TERMS,
    RUN_ON_WHAT,
    STOPWORDS,
)
from bot.core.locked_out import (
    about_materials,
    account_unknown,
    asks_access_code,
    deadline_concerned,
    session_concerned,
)
from bot.core.meant_for_another import (
    meant_for,
    names_teaching,
    without_address,
    without_bot_mention,
)
from bot.core.multipart import asks, combine, is_aside, split_paste, without_quote_labels
from bot.core.only_one import answer_only_one
from bot.core.other_run import compares, run_years, things_named, this_run_instead
from bot.core.personal import (
    SITUATION,
    WITH_QUESTION,
    PersonalDetector,
    asks_other_arrangement,
    background_only,
    lives_with,
    situation,
)
from bot.core.personal import matter as privacy_matter
from bot.core.personal import normalise as privacy_normalise
from bot.core.premises import (
    checked_lead,
    reported_claim,
    stated_premise,
    yes_against_silence,
)
from bot.core.property_asked import property_asked, property_checked
from bot.core.provided_code import as_provided_fault, provided_untouched
from bot.core.quantified import answer_every_one
from bot.core.queries import (
    asks_examinable,
    busy_clash,
    named_events,
    next_to_named,
    staff_events,
    unstated_terms,
)
from bot.core.recent_texts import forget_recent_texts
from bot.core.remind_person import answer_their_sessions, for_their_sessions, person_asked
from bot.core.restated import restated_question
from bot.core.sources_differ import sources_differ
from bot.core.stated_facts import stated_facts
from bot.core.text import normalize, read_chat_spellings, tokens, without_trailer
from bot.core.their_call import asks_their_grant
from bot.core.timefmt import format_day_date
from bot.core.two_courses import other_codes_apart
from bot.core.understand import Query
from bot.core.week_relation import week_related
from bot.core.when import Window
from bot.core.whose_zone import asks_if_in_zone, asks_whose_zone
from bot.core.zones import find_zone, place_name, places_named, spanning_region, zone_name
from bot.knowledge.index import KnowledgeIndex
from bot.nlu.commands import AskHuman, Command, ForgetMe, confirms
from bot.nlu.dialogue import REMEMBER_FOR, Dialogue, refers_back
from bot.nlu.features import asks_own_fix
from bot.nlu.frame import Frame
from bot.nlu.intents import FROM_NOTES, Intent
from bot.nlu.model import IntentModel, bundled_model_dir
from bot.nlu.pipeline import (
    ABOUT_READING,
    COMPUTE_TROUBLE,
    ITEM_BESIDE,
    LOCKED_OUT,
    NEXT_WITHOUT_CONTEXT,
    NO_CONTEXT,
    THINGS_NAMED,
)
from bot.nlu.policy import FAREWELL, LIBRARY_RULE, NOTES_PLAUSIBLE, SMALL_TALK
from bot.nlu.rival import rival_sides
from bot.nlu.safety import asks_library_allowed, asks_to_move, wants_exam_paper
from bot.reminders.cover import preview as reminder_preview
from bot.reminders.policy import ReminderPolicy
from bot.schedule.kinds import SESSION_KINDS
from bot.schedule.model import Event, Schedule, Support

log = logging.getLogger(__name__)
_NOTES_REPLIES = {i.value for i in FROM_NOTES}

MAX_QUESTION_CHARS = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

Handler = Callable[[Query, CourseView, Reader], Reply]
_EVENT_WORDS = frozenset().union(*(CUES[c] for c in ("qa", "tutorial", "lecture", "panel",
                                                     "quiz", "coursework", "session")))
HANDLERS: dict[Intent, Handler] = {
    Intent.DEADLINE: answer_deadline,
    Intent.SCHEDULE: answer_schedule,
    Intent.TOPIC: answer_topic,
    Intent.READING: answer_reading,
    Intent.PEOPLE: answer_people,
    Intent.LOGISTICS: answer_logistics,
    Intent.CONTENT: answer_content,
    Intent.MISSING: answer_missing,
    Intent.OWN_WORK: answer_own_work,
    Intent.NOT_ON_PAGE: answer_not_on_page,
    Intent.OTHER_COURSE: answer_other_course,
    Intent.OFF_TOPIC: answer_off_topic,
    Intent.COMPLAINT: answer_complaint,
}


# The readings whose unanswered reply a count of kinds replaces ("if i go to every q&a how
# many is that"); a refusal or a personal matter keeps its own ("the phone number of ...").
_TALLY_READINGS = frozenset({"unknown", "not_on_page", "clarify", "logistics", "schedule"})

class Assistant:
    """Answers questions about one course.

    `schedule` is a callable returning the current schedule (a ScheduleStore, or a lambda in
    tests): when it returns a new version, the derived indexes are rebuilt once.

    The model and the notes may arrive later (`attach`): a server answers while they load.
    Meanwhile `notes_pending` returns how far they are (0..1), and content questions are
    told that the notes are being indexed instead of getting a guess.
    """

    def __init__(self, schedule: Callable[[], Schedule], embedder: Embedder | None = None,
                 knowledge: KnowledgeIndex | None = None,
                 intent_model: IntentModel | None = None, answer_threads: int = 2):
        self._schedule = schedule
        self._embedder = embedder
        self._knowledge = knowledge
        # Loaded (and hash-checked) at start, not on the first question.
        self._intent_model = intent_model or IntentModel.load(
            bundled_model_dir(), embedder.sha256 if embedder else None)
        self._view: CourseView | None = None
        # The one privacy detector: understanding asks it, and triage (bot/server.py) keeps
        # private what it finds. Its classifier reads this assistant's embeddings, once the
        # model is loaded and only if it is the model the detector was trained on.
        self.personal = PersonalDetector(self._embed_for_personal, embedding_sha256=None)
        self.dialogue = Dialogue()
        self._lock = threading.Lock()
        self.notes_pending: Callable[[], float | None] = lambda: None
        # The reminder policy, for what a reminder setting said where it cannot be stored
        # (`ask`) would cover; None: the events only.
        self.reminder_policy: ReminderPolicy | None = None
        # Days after which answered or closed TA questions are deleted (the setting
        # BOT_TRIAGE_RETENTION_DAYS), to say so when asked; None: not said.
        self.triage_retention_days: int | None = None
        # Answers run on a few threads of their own: more would only queue for the GIL and
        # the model's lock, and slow the event loop (which needs the GIL for every I/O), and
        # they must not wait behind database calls in the shared executor.
        self._answer_threads = answer_threads
        self._executor: ThreadPoolExecutor | None = None

    @property
    def embedder(self) -> Embedder | None:
        """The embedding model, for other parts of the core (grouping TA questions)."""
        return self._embedder

    @staticmethod
    def forget_recent_texts() -> None:
        """Empty the caches that keep recent messages' text (forget-me: they are keyed by
        text, not user, so all of them)."""
        forget_recent_texts()

    def _embed_for_personal(self, texts: list[str]):
        embedder = self._embedder
        if embedder is None or embedder.sha256 != self.personal.model.embedding_sha256:
            return None  # its rules decide alone
        return embedder.encode(texts)

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

    def privacy_text(self) -> str:
        """Who sees what a student types and what is kept, with this run's settings."""
        days = self.triage_retention_days
        return W.PRIVACY.format(
            minutes=int(REMEMBER_FOR.total_seconds() // 60),
            retention=W.PRIVACY_RETENTION.format(days=days) if days else "")

    def view(self) -> CourseView:
        current = self._schedule()
        view = self._view
        if view is None or view.schedule is not current:
            with self._lock:  # one thread builds it; the others wait for that one
                view = self._view
                if view is None or view.schedule is not current:
                    view = CourseView(current, self._embedder, self._knowledge,
                                      self._intent_model, self.personal.is_personal)
                    self._view = view
        return view

    def answer_async(self, question: str, context: AskContext, *,
                     then: Callable[[Answer], None] | None = None) -> asyncio.Future[Answer]:
        """For adapters on an event loop: answered on the answering threads, not the loop.

        Returns the answer's future, already handed to a thread (await it; no task is
        needed to start it, which would be another pass of the loop per question).
        `then(answer)` runs on the same thread once the answer is ready, before the loop
        hears of it: blocking work that follows every answer (an adapter storing what the
        answer leaves) without a second trip to a thread."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self._answer_threads,
                                                thread_name_prefix="answer")
        loop = asyncio.get_running_loop()
        # Like asyncio.to_thread, carry the caller's context (a request's id in the logs).
        call = contextvars.copy_context().run
        return loop.run_in_executor(self._executor, call, self._answer_then, question,
                                    context, then)

    def _answer_then(self, question: str, context: AskContext,
                     then: Callable[[Answer], None] | None) -> Answer:
        answer = self.answer(question, context)
        if then is not None:
            try:
                then(answer)
            except Exception:  # noqa: BLE001 - what follows an answer must not lose it
                log.exception("the work after an answer failed; the answer still goes out")
        return answer

    def answer(self, question: str, context: AskContext) -> Answer:
        view = self.view()
        clean = _cleaned(question)
        if (asked := bare_question(clean)) is not None and self.dialogue.recall(
                context.conversation, context.now, view.understander.parse) is None:
            # "recording", "marks?" opening a chat: what the page says of the thing named,
            # then what was meant asked (bare_fragments.py); after a turn it goes on from it
            inner = self._answer_as_read(asked, context)
            return dataclasses.replace(inner, question=question,
                                       text=f"{inner.text}\n{W.BARE_FRAGMENT_MEANT}")
        if asks_of_a_later_run(clean, context.now, end := course_end(view.schedule)):
            # "is DL on again this year? first tutorial?" sent after the run (its end counts
            # its last dated thing): its dates are no answer for a later one; the page
            # cannot say
            c = view.schedule.course
            text = "\n".join([W.LATER_RUN_UNKNOWN.format(
                term=c.term, code=c.code, title=c.title, end=format_day_date(end)),
                view.ta_offer()])
            return Answer(question=question, intent="not_on_page", answered=False,
                          confidence=0.8, text=text)
        if asks_where_to_start(clean):
            # "enrolled late and missed weeks 1-3, where do i begin?": what the course has had
            # so far and what is due next (the catch-up), then a TA to plan it; not the
            # enrolment read as a personal matter
            inner = self._answer_as_read(question, context)
            if not (inner.answered and W.CATCH_UP_HEAD.split("{")[0] in inner.text):
                # (read as asked it is the catch-up, with the next session when the week
                # joined is said; else the catch-up's own question)
                inner = self._answer_as_read(CATCH_UP_QUESTION, context)
            if inner.answered:
                forum = view.schedule.course.forum
                ta = W.CATCH_UP_TA.format(forum=forum.name, forum_course=forum.course_name)
                # (once: a reply that already points to a TA keeps its own offer)
                text = inner.text if W.ASK_A_TA_CUE in inner.text else f"{inner.text}\n{ta}"
                return dataclasses.replace(inner, question=question, text=text)
        if (who := meant_for(clean)) is not None:
            return self._meant_for_another(question, clean, who, context)
        answer = self._answer_as_read(question, context)
        this_run = this_run_instead(clean, run_years(view.schedule))
        if this_run is None or answer.intent in _OTHER_RUN_KEPT or (
                answer.intent == "not_on_page" and answer.events) or (
                answer.intent not in _OTHER_RUN_MISREAD and not compares(this_run)):
            return answer
        # "did last year's cohort have 3 tasks": another run of this course, read as another
        # course or not at all; what the page says for this run is what it can give (the
        # things named, asked bare, when a comparison is asked), said to be this run's
        bare = things_named(this_run)
        inner = self._answer_as_read(bare if bare and compares(this_run) else this_run, context)
        if not inner.answered and bare is not None:
            inner = self._answer_as_read(bare, context)
        c = view.schedule.course
        ta = view.ta_offer()
        lead = ([answer.text.replace(ta, "").strip(), W.OTHER_RUN_FOR_THIS_RUN]
                if answer.intent == "not_on_page"
                else [W.OTHER_RUN_THIS_RUN.format(code=c.code, term=c.term)])
        text = "\n".join([*lead, inner.text.replace(ta, "").strip(), ta])
        intent = answer.intent if answer.intent == "not_on_page" else inner.intent
        return dataclasses.replace(inner, question=question, text=text, intent=intent,
                                   answered=False)

    def _meant_for_another(self, question: str, clean: str, who: str,
                           context: AskContext) -> Answer:
        """A message written to a person, not to the bot: that it is the course's bot, then
        what the page has for the rest of it (the session of the day it names, where the
        materials are); a request turned down stays turned down."""
        view = self.view()
        c = view.schedule.course
        inner = self._answer_as_read(without_address(clean), context)
        lines = [W.MEANT_FOR_ANOTHER.format(who=who or W.MEANT_FOR_STAFF, code=c.code,
                                             title=c.title)]
        if inner.intent in _MEANT_KEPT:
            lines.append(inner.text)
        elif inner.answered and inner.events:
            lines += [W.MEANT_FOR_ANOTHER_PAGE, inner.text]
        events = inner.events if len(lines) > 1 else []
        where = W.READING_WHERE.format(locations=" and ".join(c.materials_locations))
        if names_teaching(clean) and c.materials_locations and where not in inner.text:
            lines.append(where)
        return dataclasses.replace(inner, question=question, text="\n".join(lines),
                                   intent="off_topic" if not events and inner.intent
                                   not in _MEANT_KEPT else inner.intent,
                                   events=events, sources=[], quotes=[],
                                   answered=bool(events))

    def _answer_as_read(self, question: str, context: AskContext) -> Answer:
        view = self.view()
        clean = _cleaned(question)
        prefix = ""
        if len(clean) > MAX_QUESTION_CHARS:
            prefix = W.TRUNCATED.format(limit=MAX_QUESTION_CHARS)
            clean = clean[:MAX_QUESTION_CHARS]
            log.info("question truncated to %d characters", MAX_QUESTION_CHARS)
        # ("wat r on 2moro n when is cw2 due": the words texted, before any part is read)
        clean = without_quote_labels(read_chat_spellings(clean))
        # ("I asked when the exam is, not its weight": the restated question alone)
        clean = restated_question(clean)
        if (rival := rival_sides(clean)) is not None:
            # "my friend says X, I said Y. who wins": the either/or of the two sayings (who
            # said which, or the contest, is no topic of the question)
            clean = f"{rival[0]} or {rival[1]}?"
        # A zone named anywhere ("... in new york") applies to every part of the question.
        named = find_zone(normalize(clean))
        own_tz = context.tz
        whose = named is not None and asks_whose_zone(clean)
        if named and (whose or asks_if_in_zone(clean) and not asks_clock_change(clean)
                      and zone_name(named[0]) == zone_name(view.tz)):
            # (not "are any lectures in BST": a clock change's question, answered as one)
            # "at 10am my time or uk time?", "is the 10am q&a in uk time? i'm in germany":
            # the zone named is doubted, not chosen: the asker's own (a place they name
            # beside it, else their profile's), after the page's (course) time is said to be
            # what it states
            own_tz = next((z for z in places_named(normalize(clean))
                           if zone_name(z) != zone_name(view.tz)), context.tz)
            named = None
            apart = zone_name(own_tz) != zone_name(view.tz)
            prefix += ((W.WHOSE_ZONE if apart else W.WHOSE_ZONE_SAME) if whose else
                       W.IN_COURSE_ZONE if apart else W.IN_COURSE_ZONE_SAME).format(
                place=place_name(view.tz), zone=place_name(own_tz))
        tz = named[0] if named else own_tz
        if (self.dialogue.take_forget_asked(context.conversation, context.user, context.now)
                and confirms(clean)):
            # "yes" to "shall i delete what i store about you?": the request, confirmed
            frames = [view.nlu.forget_confirmed(clean)]
        else:
            frames = view.nlu.frames(clean, context.now, tz, lambda: self.dialogue.recall(
                context.conversation, context.now, view.understander.parse))
        if any(isinstance(f.command, ForgetMe) and f.command.asked for f in frames):
            # asked in other words: the reply asks whether to, and a "yes" confirms it
            self.dialogue.ask_to_forget(context.conversation, context.user, context.now)
        if context.intent and len(frames) == 1 and frames[0].query is not None:
            frames = [_chosen(frames[0], context.intent)]
        # "its sat 20 feb, whats my next deadline": from the day the asker says it is.
        stated = next((f.query.stated_now for f in frames
                       if f.query is not None and f.query.stated_now), None)
        reader = Reader(stated or context.now, tz)
        if (checked := answer_claims(clean, view, reader)) is not None:
            # "my gcal has: ..., ..., ... correct?": each claim checked and answered
            return Answer(question=question, intent=checked.intent, answered=True,
                          confidence=checked.confidence, text=prefix + checked.text,
                          events=checked.events, frames=tuple(frames))
        # A zone named anywhere in the message is the one for a reminder setting in it
        # ("remind me in my time, I'm in Lagos": a part of its own once split).
        # ("ping me before <staff>'s thing": the kinds of that person's sessions to come)
        commands = tuple(_in_zone(for_their_sessions(f.command, f.query, view, reader)
                                  if person_asked(f.command, f.query) else f.command,
                                  named[0] if named else None)
                         for f in frames if _is_command(f))
        answered = [f for f in frames if not _is_command(f)]
        if not answered and not any(_names_what_to_remind(f) for f in frames):
            return Answer(question=question, intent=frames[0].intent.value, answered=False,
                          confidence=1.0, text=prefix + _commands_text(
                              commands, view, reader, self.reminder_policy),
                          commands=commands, frames=tuple(frames))
        # "remind me a day before cw3 is due": the reminder is the adapter's; when it names
        # something, say when that is too.
        answered += [f for f in frames if _names_what_to_remind(f)]
        pending = self.notes_pending() if view.knowledge is None else None
        replies: list[Reply] = []
        repeats = [False] * len(answered)
        for i, f in enumerate(answered):
            if i and f.query is not None and answered[i - 1].query is not None:
                # "what's on 9 feb, and is anything due after that": from the end of the time
                # the part before names
                f = answered[i] = _after_previous_time(f, answered[i - 1].query)
            if i and f.query is not None and (f.intent != answered[i - 1].intent or not (
                    f.query.kinds or f.query.time.window) or _carried_ids(f.query)
                                               or asks_same_as(f.query)):
                # "first tutorial was when? and who ran it": "it" is what the answer before
                # was about, when the part before named it only by description. A part of the
                # same reading that names no kind or time of its own ("week 5 says task 2 is
                # X but week 6 says Y?? who is marking it") asks about the same thing again:
                # answered alike, the replies are one.
                borrowed = _about_previous(f, replies[-1], view, answered[i - 1].query)
                # ... and when it is of the same reading, the same things again: that answer
                # already says it ("im guessing a deadline? what is it")
                # (not when it asks a fact of its own of them: "who runs T05 and is it
                # recorded", "when is lecture 22 and is it on the exam")
                repeats[i] = (borrowed is not f and f.intent == answered[i - 1].intent
                              and replies[-1].answered and not asks_same_as(f.query)
                              and not _asks_more_of(f.query, answered[i - 1].query))
                f = answered[i] = borrowed
            if i and (span := _catch_up_span(answered[i - 1], f, view, reader)) is not None:
                f = answered[i] = span
            replies.append(self._dispatch(f, view, reader) if pending is None
                           or not _wants_notes(f) else Reply(
                               "indexing", False, 0.5,
                               W.NOTES_INDEXING.format(percent=round(100 * pending))))
        replies = _material_together(answered, replies, view, reader)
        asides = [repeat or (is_aside(f.query, r) if f.query else False)
                  for f, r, repeat in zip(answered, replies, repeats, strict=True)]
        if (first := next((i for i, r in enumerate(replies) if r.answered
                           or r.intent in _FACT_INTENTS | {"not_on_page"}), None)) is not None:
            # "what was the first lecture? i joined late and want to start from the
            # beginning": a remark after a question about the course's facts (answered, or
            # said not to be on the page), read as a matter of the
            # writer's own only by a classifier and naming none, is its context (one before
            # it, "loss is nan. also when's cw2 due", is a matter of its own).
            # A clash of the writer's own told after it ("... got a clash w another module
            # on tuesdays") is the reason for asking, not a time to check.
            asides = [aside or (i > first and (_context_of_answer(f, r) or (
                          f.query is not None and states_own_clash(f.query))))
                      for i, (aside, f, r) in enumerate(zip(asides, answered, replies,
                                                            strict=True))]
        # "what did <name> get on cw1? she said she got full marks": a remark beside a
        # request turned down, read as the writer's own matter by a classifier alone and
        # asking nothing, is that request's context, not a matter to answer of its own.
        if any(r.intent == "refused" for r in replies):
            asides = [aside or _context_of_answer(f, r)
                      for aside, f, r in zip(asides, answered, replies, strict=True)]
        # "do you store my chats? where, and for how long": a part after the answer of what
        # the bot keeps that asks of keeping again, naming nothing of the course, is that
        # answer's to give (it says what, who and how long), not "the page doesn't say".
        privacy = self.privacy_text()
        asides = [aside or (any(r.text == privacy for r in replies[:i])
                            and _asks_of_keeping_again(f))
                  for i, (aside, f) in enumerate(zip(asides, answered, strict=True))]
        # "how many cw tasks total and are they all counted?": a part that only points back
        # at what an answered part of the same reading was about, and is not answered
        # itself, is that answer's to give (it says "all of them assessed"), not a failure.
        asides = [aside or (i > 0 and _covered_before(f, r, answered[:i], replies[:i]))
                  for i, (aside, f, r) in enumerate(zip(asides, answered, replies,
                                                        strict=True))]
        # "at what time are the videos released? monday 9am?": the guess after a question
        # the page does not answer is that question's, not one to answer with Monday's list.
        asides = [aside or (i > 0 and (_guess_after_unknown(f, replies[i - 1])
                                       or _guess_at_task_contents(f, replies[i - 1])))
                  for i, (aside, f) in enumerate(zip(asides, answered, strict=True))]
        # "can i get an extension for task 3? got covid last week": a remark beside another
        # part that asks nothing and names nothing of the course but a time is context; its
        # time is no window to list ("last week I watched ..." is not a question about it).
        if len(answered) > 1:
            asides = [aside or _time_only_remark(f, reader.now)
                      for aside, f in zip(asides, answered, strict=True)]
        if any(r.quotes and r.intent == Intent.CONTENT.value for r in replies):
            # "my dataset is 95% one class, which loss should i use? weighted CE or focal":
            # a part of one's own work answered as a question about the material, beside a
            # part the notes answer as such, is that question's remainder (no quote twice)
            asides = [aside or r.of_practice for aside, r in zip(asides, replies, strict=True)]
        # "why do gradients vanish? like is it the sigmoid": when one part is answered from
        # the notes, another part about the material that the notes do not answer is the
        # same question's remainder, not a question failed.
        # Likewise a part read as something else only weakly, by a classifier ("(still
        # bugging me from task 1 even tho already submitted)" read as personal at 0.26)
        # and not answered: one decision per reply, not a quote and a refusal side by side.
        if any(r.quotes and r.intent in _NOTES_REPLIES for r in replies):
            asides = [aside or (not r.answered and not r.quotes and (r.intent in _NOTES_REPLIES
                                                    or _weak_reading(f)))
                      for aside, r, f in zip(asides, replies, answered, strict=True)]
        elif any(r.intent == Intent.OWN_WORK.value for r in replies):
            # "my GAN keeps running out of memory ... no idea what's wrong": that the notes do
            # not cover the student's problem (and a TA) answers the rest of it too
            asides = [aside or (not r.answered and not r.quotes
                                and r.intent in _NOTES_REPLIES - {Intent.OWN_WORK.value})
                      for aside, r in zip(asides, replies, strict=True)]
        if len(answered) > 1:
            # A part read only by a close call that adds nothing the others do not answer,
            # or a remark, has no reply of its own: a retrain moves such readings, the
            # message's answer should not move with them.
            asides = _fold_close_calls(answered, replies, asides, clean)
            # "how are you? also when is cw2 due": the small talk is the question's greeting
            if any(f.decided_by != SMALL_TALK for f in answered):
                asides = [aside or f.decided_by == SMALL_TALK
                          for aside, f in zip(asides, answered, strict=True)]
        # "which TA is the softest marker? want to know who marks my cw": a request turned
        # down by rule is heard beside the answer of another part, not dropped as small talk
        # (a remark of everyday life that asks nothing, "sunny today lol", stays an aside).
        asides = [aside and not _declined(f) for aside, f in zip(asides, answered, strict=True)]
        if any(_declined(f) and f.refusal not in _WITH_ITS_DATES for f in answered):
            # "what did <name> get on cw1? she's in my tutorial", "fake me a sick note, it's
            # for cw2": a part beside a request turned down that asks nothing is the
            # request's context; a page fact for it would read as the request's answer
            asides = [aside or (not _declined(f) and f.command is None
                                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                                and not asks(f.text))
                      for aside, f in zip(asides, answered, strict=True)]
        if any(_declined(f) and f.refusal in _MISCONDUCT for f in answered):
            # "the autograder only checks shapes right? how do i hardcode the outputs": a part
            # read as one's own work is the request's lead-in, not a problem to quote the
            # notes for beside the refusal (a question about the material stays one)
            asides = [aside or (f.intent == Intent.OWN_WORK and r.intent in _NOTES_REPLIES)
                      for aside, r, f in zip(asides, replies, answered, strict=True)]
        if len(answered) > 1:
            # "cw2 got moved to midnight?? is that true or is it still the evening": the
            # choice is the answer's lead, not a question the page is silent on
            replies, asides = choice_settled(clean, [f.query for f in answered], replies,
                                             asides, view, reader)
        if any(asks_own_fix(f.text) for f in answered):
            # "gan gives the same digit every time. mode collapse?? how do i fix it": the notes'
            # answer is help with the writer's own problem, with a TA's offer after it
            replies = [as_own_work(r) if r.intent == Intent.CONTENT.value and r.quotes else r
                       for r in replies]
        if provided_untouched(clean):
            # "the starter notebook crashes and i haven't touched it": not the writer's own
            # work; the staff's to look at (provided_code.py)
            c = view.schedule.course
            replies = [as_provided_fault(r, {"forum": c.forum.name,
                                             "forum_course": c.forum.course_name})
                       for r in replies]
        # a Yes beside a part saying the page does not say it, of the same events: no Yes
        replies = _references_once(yes_against_silence(replies))
        reply = _ta_offer_once(combine(replies, asides), view.ta_offer())
        if len(answered) == 1:
            # "TA told us in the tut cw3 is due on the 2nd march??" read as who assesses it
            reply = reported_checked(clean, reply, view, reader)
        # "you said to hand in on <the forum> but ...": the page's place leads (bot_said.py)
        reply = bot_said_corrected(clean, reply, view, reader)
        if reply.intent in _PREMISE_CORRECTED:
            # "since the tutorial is on monday, ...": a wrong given corrected first, whichever
            # part it was said in
            reply = stated_premise(clean, reply, view, reader)
        # "since coursework is only worth 30% i'll ...": a share, a count, what counts
        # towards the mark or a week's sessions stated wrongly, corrected first
        reply = stated_facts(clean, reply, view, reader)
        if (reply.answered and reply.events and sources_differ(clean)
                and W.CLAIM_GOES_BY_PAGE not in reply.text and '"ask a TA"' not in reply.text):
            # (a reply that already hands the question to a TA says it once)
            # "<another source> shows the 16th but the page says the 9th??": the page's fact
            # (answered), and the discrepancy for the staff to settle
            c = view.schedule.course
            differ = W.SOURCES_DIFFER.format(forum=c.forum.name,
                                             forum_course=c.forum.course_name)
            reply.text = f"{reply.text}\n{differ}"
        if _paste_left_aside(clean, frames) and reply.answered:
            reply.text = f"{reply.text}\n{W.PASTE_ASIDE}"
        if mostly_foreign(clean):
            # "作业什么时候交", "zhe ge ke de kao shi shi shen me shi hou": the bot reads English
            reply = in_english_only(reply, answered, clean, view)
        elif mostly_foreign(clean, view.understander.reads_word):
            # "coursework 2 ke liye ... samajh nahi aa raha": foreign only by its words read
            # in no way; what its loan words alone make of it is not answered
            reply = loan_words_only(reply, answered, clean, view) or reply
        if _shows_a_clash(reply.events, clean) and ASKS_HOW_IT_WORKS.search(clean.lower()):
            # "the tutorial and the Q&A are both at 11? how does that work": the clash the
            # page shows, and that it says nothing of how it works (asked in any part)
            c = view.schedule.course
            unexplained = W.UNCERTAIN_UNEXPLAINED.format(forum=c.forum.name,
                                                         forum_course=c.forum.course_name)
            reply.text = f"{reply.text}\n{unexplained}"
        elif _shows_a_clash(reply.events, clean) and ASKS_WHICH_TO_ATTEND.search(clean.lower()):
            # "two things at 11 on the 23rd, which one am i supposed to go to": the clash
            # shown, and that the page does not say which to go to
            reply.text = f"{reply.text}\n" + W.OVERLAP_WHICH_NOT_SAID.format(
                forum=view.schedule.course.forum.name,
                forum_course=view.schedule.course.forum.course_name)
        if named and any(e.start for e in reply.events) and (
                region := spanning_region(normalize(clean))) is not None:
            # "back home in texas": a region of several zones, read in its usual one (said)
            reply.text += "\n" + W.REGION_ZONE.format(
                region=region.upper() if len(region) <= 3 else region.title(),
                place=place_name(named[0]))
        subject = next((f.query for f in reversed(answered) if f.query is not None), None)
        if subject is not None and context.conversation is not None:
            self.dialogue.remember(context.conversation, context.user, dataclasses.replace(
                _answered_about(subject, reply), answered_as=reply.intent), context.now, tz)
        # One line per question (its turn's request id is on it): the answer and each frame.
        log.debug("question=%r intent=%s answered=%s frames=%s", clean, reply.intent,
                  reply.answered, " ".join(f"{f.intent.value}:{f.probability:.2f}:{f.decided_by}"
                                           for f in frames))
        return Answer(question=question, intent=reply.intent, answered=reply.answered,
                      confidence=reply.confidence, text=_after_lead(prefix, reply.text),
                      events=reply.events, sources=reply.sources,
                      suggestions=reply.suggestions, quotes=reply.quotes, commands=commands,
                      frames=tuple(frames))

    def _dispatch(self, f: Frame, view: CourseView, reader: Reader) -> Reply:
        if (f.query is not None and f.command is None and not f.decided_by.startswith("rule:")
                and (changed := answer_clock_change(f.query, view, reader)) is not None):
            return changed  # "in toronto, does the clock change affect anything left?"
        if person_asked(f.command, f.query):
            # "set an alarm for the <staff> thing": that person's sessions, to be reminded of
            return answer_their_sessions(f.query, f.command, view, reader)
        if (f.query is not None and f.command is None and f.refusal is None
                and asks_their_grant(f.query.raw, bool(f.query.staff))):
            return _their_call(f.query, view, reader)  # "could <staff> supervise my thesis"
        if (f.query is not None and f.command is None and f.intent.value in _UNLISTED_READINGS
                and (unlisted := answer_unlisted_assessment(f.query, view, reader))):
            return unlisted  # "when's the mid term": none on the page, and what it lists
        reply = _with_zone_relation(f, self._dispatch_part(f, view, reader), view, reader)
        if (not reply.answered and reply.intent in _TALLY_READINGS and f.query is not None
                and f.command is None and f.refusal is None
                and (tallied := answer_kinds_tallied(f.query, view, reader)) is not None):
            reply = tallied  # "if i go to every q&a how many is that": a count left unanswered
        if f.decided_by == NEXT_WITHOUT_CONTEXT and reply.answered:
            reply.text = f"{W.NEXT_WITHOUT_CONTEXT}\n{reply.text}"  # what it was taken as
        reply = _with_id_checked(f, _with_week_corrected(f, reply, view), view)
        reply = _with_container_checked(f, _with_name_checked(f, reply, view), view)
        # one check of every handler's Yes lead against the events it lists (premises.py)
        reply = checked_lead(f.query, reply, view, reader)
        # "is the tutorial at 11 or 12": the side the page holds leads (either.py)
        reply = choice_checked(f.query, reply, view, reader)
        # "is the panel a normal q&a?": a Yes only when what is listed is of that kind
        reply = kind_checked(f.query, reply, view, reader)
        # "is her lecture on teams?": no Yes from a check of something else (property_asked.py)
        reply = property_checked(f.query, reply, view, reader)
        # "is cw3 due before week 9 starts or during it": the relation to the week said
        reply = week_related(f.query, reply, view)
        # "are both <this> and <other> exams 50%": this course's answer, the other unknown
        return other_codes_apart(f.query, reported_claim(
            f.query, reply, view.understander.staff_names), view)

    def _dispatch_part(self, f: Frame, view: CourseView, reader: Reader) -> Reply:
        c = view.schedule.course
        forum = {"forum": c.forum.name, "forum_course": c.forum.course_name}
        if (f.query is not None and f.command is None and f.intent not in _KEPT_READINGS
                and f.intent.value not in _WHEN_FACTS
                and set(unstated_terms(f.query, view)) & PERIOD_TERMS):
            # "what happens over half term", "is next week reading week": a period the page
            # never names, said so (with what is on then), whichever reading led here
            f = dataclasses.replace(f, intent=Intent.NOT_ON_PAGE)
        handler = HANDLERS.get(f.intent)
        if f.decided_by == SITUATION:
            # how the course is given, asked against one's days or one's way there ("what's
            # the difference between the q&a and the tutorial, need i go to both": the words)
            term = answer_term(f.query, view, reader) if f.query is not None else None
            # ("do i need to show up to anything tomorrow": what is on that day)
            then = answer_attend_then(f.query, view, reader) if f.query is not None else None
            # ("i work weekdays 9-5, is anything live": which parts are, against that time)
            live = live_against_busy(f.query, view, reader) if f.query is not None else None
            return live or term or then or answer_how_given(view, reader)
        if (f.intent == Intent.OFF_TOPIC and f.query is not None
                and (caught := answer_catch_up(f.query, view, reader)) is not None):
            # "back after 2 weeks skiing lol, what did i miss": what was missed is the
            # course's, however off-topic the remark beside it reads
            return caught
        if f.decided_by == LOCKED_OUT and f.query is not None:
            return _locked_out(f.query, view, reader)
        if f.query is not None and (f.decided_by == COMPUTE_TROUBLE or (
                f.intent in _COMPUTE_READINGS and compute_trouble(f.query))):
            # "the free tier won't give me a gpu, task 2 is due soon": the page's advice on
            # where to run the work, the hand-in it bears on, and a TA (whatever the reading)
            return _compute_trouble(f.query, view, reader)
        if f.decided_by == ABOUT_READING:
            return about_reading(view)  # "can you read screenshots", "do you speak spanish"
        if _asks_about_the_bot(f):
            # "who made you", "do you remember what i asked yesterday": the bot itself
            minutes = int(REMEMBER_FOR.total_seconds() // 60)
            if _BOT_MAKER_ASKED.search(normalize(f.text)):
                # who built or runs it: neither the page nor the settings say; no guess
                return Reply("help", False, 0.85, "\n".join([
                    W.BOT_MAKER_UNKNOWN.format(code=c.code, title=c.title), view.ta_offer()]))
            return Reply("help", True, 0.85, W.ABOUT_BOT.format(
                code=c.code, title=c.title, minutes=minutes))
        if _asks_what_is_kept(f):
            # "do you keep my messages, who can read them": what the bot stores, who sees it
            return Reply("help", True, 0.85, self.privacy_text())
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and not f.decided_by.startswith("rule:")
                and (every := answer_every_one(f.query, view, reader)) is not None):
            # "is <person> at every Q&A", "are all the tutorials at 11": a claim about each
            # one of a kind, whichever intent read it (a person's, a session's, a deadline's)
            return every
        if (f.query is not None and f.command is None and f.intent != Intent.REFUSED
                and (live := live_against_busy(f.query, view, reader)) is not None):
            # "i work weekdays 9-5, must i attend anything at set times": which parts are
            # live, however it was read (whether attendance is compulsory: still unstated)
            if f.decided_by == "rule:unstated-attendance":
                live.text += "\n" + W.UNSTATED_PREDICATE["attendance"]
            return live
        if (f.query is not None and f.command is None and f.intent != Intent.REFUSED
                and (nobody := nobody_there_reply(f.query, view, reader)) is not None):
            # "in the tutorial call and it's empty, wrong day?": whether one is on today,
            # however the classifier read it (a complaint, one's own matter)
            return nobody
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and not f.decided_by.startswith("rule:")
                and property_asked(f.query) == "recorded"
                and (mode := answer_session_mode(f.query, view, reader)) is not None):
            # "do the tutorials get uploaded afterwards": whether a session is recorded,
            # however the classifier read it (not where it is held, nor a fact off the page)
            return _offer_a_ta(mode, forum)
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and not f.decided_by.startswith("rule:")
                and (only := answer_only_one(f.query, view, reader)) is not None):
            # "so the only quiz is week 3's?": how many of that kind there are, not the one
            return only
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and past_count_asked(f.query.text) and course_end_asked(f.query.text)
                and (last := answer_first_or_last(f.query, view, reader)) is not None):
            # "the final two q&as": the course's last ones, not the final mark's split
            return last
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and (gaps := answer_gaps(f.query, view, reader)) is not None):
            # "which stretch between tutorials is longest": computed from the dates the page
            # gives, whatever the reading (a gap between tasks read as their workload too)
            return gaps
        if (f.query is not None and f.command is None and f.intent is not Intent.REFUSED
                and not privacy_matter(f.query.raw) - {"course"}
                and (together := answer_coincide(f.query, view, reader)) is not None):
            # "I HAVE CW2 AND CW3 AT THE SAME TIME??": a claim about the schedule, even in
            # distress, checked against the page first (a TA offered after the facts)
            return together
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                # "which deadline is latest in the day": the clock time, not the latest date;
                # "the very first thing on the timetable": the course's earliest dated event
                # "is the tutorial over by 12": one session's time against a clock bound
                and (edge := answer_time_of_day(f.query, view, reader)
                     or answer_course_edge(f.query, view, reader)
                     or answer_session_bound(f.query, view, reader)) is not None):
            return edge
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and (not f.decided_by.startswith("rule:") or f.decided_by == NO_CONTEXT)
                and (situated := answer_situated(f.query, view, reader)) is not None):
            # "which room", "link?", "is it now" sent just before or during a session: that
            # session, which the moment names (with none near, asked back as before)
            return situated
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and (not f.decided_by.startswith("rule:") or f.decided_by == NO_CONTEXT)
                and (over := answer_over(f.query, view, reader)) is not None):
            # "is the tutorial over?", "have I missed it" during or just after a session:
            # that one relative to now (with none near, the list of them as before)
            return over
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED, Intent.COMPLAINT)
                and (reach := answer_reach_staff(f.query, view, reader)) is not None):
            # "how do I contact the teaching team", "who do I ask about the module": what
            # the page offers for it, whatever reading the part got (a complaint that help is
            # not given already answers with the ways to get it, and says sorry)
            return reach
        if (f.query is not None and f.command is None
                and f.intent not in (Intent.PERSONAL, Intent.REFUSED)
                and not f.decided_by.startswith("rule:")
                and (span := answer_teaching_span(f.query, view, reader)) is not None):
            # "when do classes end", "which weeks have live teaching": the course's teaching
            # as a whole, in calendar dates (the classifier's guess of another course, with
            # none named, too)
            return span
        if (f.query is not None and f.intent == Intent.OTHER_COURSE and f.command is None
                and not f.decided_by.startswith("rule:")
                and (ready := answer_resources(f.query, view, reader)) is not None):
            # "what prior knowledge is expected before the module starts": the classifier's
            # guess of another course, with none named, is this course's getting ready
            return ready
        if (f.query is not None and f.intent in _PREP_READINGS and f.command is None
                and not f.decided_by.startswith("rule:")
                and (go := answer_where_to_go(f.query, view, reader)) is not None):
            # "where do i have to go on tuesday", "what do i bring to the tutorial": an online
            # course has no room; the platform and the sessions asked of
            return go
        if (f.query is not None and f.intent in _PREP_READINGS and f.command is None
                and not f.decided_by.startswith("rule:")
                and (prep := answer_session_prep(f.query, view, reader)) is not None):
            # "anything I should have read before the week 4 tutorial": the material of the
            # session's week, not whether or when sessions are held
            return prep
        if (f.query is not None and f.intent == Intent.SCHEDULE and f.command is None
                and not f.decided_by.startswith("rule:")
                and (weekly := answer_weekly_hours(f.query, view)) is not None):
            # "how many hours of live sessions each week": the time a week, not the sessions
            return weekly
        if (f.query is not None and f.intent in _EXAM_CONTENT_READINGS and f.command is None
                and (studied := answer_exam_content(f.query, view, reader)) is not None):
            # "what do i need to know about attention for the exam": the material, from
            # the notes, and whether the page says it is examinable
            return studied
        if (f.query is not None and f.command is None and f.intent.value in _ORDER_READINGS
                and (nth := answer_nth_session(f.query, view, reader)) is not None):
            # "what was the 4th tutorial session about": read as the notes' (T04's topic),
            # yet the session of that place by date, with the topics it held
            return nth
        if (f.query is not None and f.intent in _SESSION_CONTENT_READINGS and f.command is None
                and (covered := answer_session_content(
                    f.query, view, reader, unnamed=f.intent != Intent.CONTENT)) is not None):
            # (read as the material, a session no title names is the content handler's)
            # "what was the signals tutorial about", "what did lecture 14's case study do":
            # what a named session covered is in the notes that go with it, not its time
            return covered
        if (f.query is not None and f.intent in _MATERIALS_READINGS and f.command is None
                and (apart := answer_materials_apart(f.query, view, reader)) is not None):
            # "are the slides available separately from the videos", "do the lectures have
            # captions": read as a listing, the course at large or a fact not on the page
            return apart
        if (f.query is not None and f.intent.value not in _FACT_INTENTS and f.command is None
                and (not f.decided_by.startswith("rule:") or _clash_only(f))
                and (timetabled := _timetable_question(f, view, reader)) is not None):
            # "i work thursday afternoons, anything i'd miss", "whats after the vae/gan
            # tutorial": read by the classifier as the writer's own matter or the notes', yet
            # shaped as a question about the timetable the course queries answer.
            return timetabled
        if (f.query is not None and f.intent.value not in _FACT_INTENTS and f.command is None
                and f.intent not in _KEPT_READINGS and not f.decided_by.startswith("rule:")
                and (offered := _what_the_page_offers(f.query, view, reader)) is not None):
            # "anything to brush up with before this?", "is the quiz graded?", "papers or
            # slides?", "can we do it in pairs?": read by the classifier as one's own work, a
            # close call or a rule the page lacks, yet asking what the page offers or says
            return _offer_a_ta(offered, forum)
        if (f.query is not None and f.command is None and f.intent.value in _ORDER_READINGS
                and not f.decided_by.startswith("rule:")
                and (ordered := answer_topic_order(f.query, view, reader)) is not None):
            # "do we do VAEs before GANs or the other way": read as the notes' (two topics
            # compared) or a listing, yet asking the order the course teaches them in
            return ordered
        if isinstance(f.command, Command) and f.query is not None:
            handler = answer_deadline if "deadline" in f.query.kinds else answer_schedule
        if handler is not None and f.query is not None:
            # "which comes first, the cw2 deadline or the gnn lecture", "is there a q&a every
            # week": whichever intent the part was read as (deadline, session, person, how
            # the course runs), questions over the whole course answered by the course queries.
            course_wide = None
            if f.intent.value in _FACT_INTENTS:
                # ("if i hand in cw1 at 6:45pm im fine right?": the time said, first)
                # ("how many weeks have tutorials": counted in weeks or days, first)
                course_wide = (answer_pointed_every_week(f.query, view, reader)
                               or answer_unit_count(f.query, view, reader)
                               or answer_unstated_detail(f.query, view, reader)
                               or answer_start_only_length(f.query, view, reader)
                               or answer_late_for(f.query, view, reader)
                               or answer_last_before_edge(f.query, view, reader)
                               or answer_stated_hand_in(f.query, view, reader)
                               # ("first week tomorrow, need to be online for anything?":
                               # what that time holds, not how the course is given)
                               or answer_attend_then(f.query, view, reader)
                               # ("my partner isnt doing his half of task 2, who do i tell":
                               # no partner, the work is individual)
                               or answer_partner_presumed(f.query, view, reader)
                               or answer_graded_in_range(f.query, view, reader)
                               or answer_week_by_kind(f.query, view, reader)
                               or answer_term(f.query, view, reader)
                               # ("how is this module taught ... the live bits for me":
                               # with the live slots where the asker is, first)
                               # ("is anything live or is it all videos": both
                               # sides, across the course)
                               or answer_both_sides(f.query, view, reader)
                               or answer_course_delivery(f.query, view, reader)
                               or answer_delivery_mode(f.query, view, reader)
                               or answer_kind_exists(f.query, view, reader)
                               or answer_task_contents(f.query, view, reader)
                               or answer_submission_trouble(f.query, view, reader)
                               or answer_where_to_ask(f.query, view, reader)
                               # (a time the writer is taken, before what was missed)
                               or answer_weekly_clash(f.query, view, reader)
                               or answer_overlaps(f.query, view, reader)
                               or answer_catch_up(f.query, view, reader)
                               or answer_between(f.query, view, reader)
                               or answer_time_from(f.query, view, reader)
                               # (counts, a person's weeks, what comes before a session)
                               # ("how many q&as so far": behind and ahead of now)
                               or answer_count_by_now(f.query, view, reader)
                               or answer_count(f.query, view, reader)
                               or answer_live_hours(f.query, view, reader)
                               or answer_person_weeks(f.query, view, reader)
                               # (several things named: each, their days, their order)
                               or answer_kind_order(f.query, view, reader)
                               or answer_same_day(f.query, view, reader)
                               or answer_lecture_against_session(f.query, view, reader)
                               or answer_each_named(f.query, view, reader)
                               or answer_watch_before(f.query, view, reader)
                               # (a day or week placed by a session, before the
                               # session next to it)
                               or answer_by_session(f.query, view, reader)
                               # ("the tutorial for lecture 9": that lecture's week's)
                               or answer_week_partner(f.query, view, reader)
                               or answer_anchored(f.query, view, reader)
                               or answer_what_follows(f.query, view, reader)
                               or answer_busiest_week(f.query, view, reader)
                               or answer_time_zone(f.query, view, reader)
                               or answer_local_guess(f.query, view, reader)
                               or answer_session_mode(f.query, view, reader)
                               or answer_lecture_mode(f.query, view, reader)
                               or answer_written_lecture(f.query, view, reader)
                               or answer_nth(f.query, view, reader)
                               or answer_by_deadline(f.query, view, reader)
                               or answer_shared_slot(f.query, view, reader)
                               or answer_order(f.query, view, reader)
                               or answer_next_to(f.query, view, reader)
                               or answer_titled_sessions(f.query, view, reader)
                               or answer_every_week(f.query, view, reader)
                               or answer_weeks_without(f.query, view, reader)
                               or answer_regular_slot(f.query, view, reader)
                               or answer_place_guess(f.query, view, reader)
                               or answer_revision_notes(f.query, view, reader)
                               or answer_resources(f.query, view, reader)
                               or answer_reading_needed(f.query, view, reader)
                               or answer_required(f.query, view, reader)
                               or answer_quiz_assessed(f.query, view, reader)
                               or answer_prep_assessed(f.query, view, reader)
                               or answer_platform(f.query, view, reader)
                               or answer_named_material(f.query, view, reader))
            elif f.intent.value in _GUESS_CHECKED and not DISPLEASED & set(f.query.words):
                # "the q&as are on zoom, aren't they?" read as a complaint or as something the
                # page may not say: a guess about a slot or a place it does state is checked
                course_wide = (answer_term(f.query, view, reader)
                               or answer_regular_slot(f.query, view, reader)
                               or answer_place_guess(f.query, view, reader)
                               or answer_session_mode(f.query, view, reader)
                               or answer_lecture_mode(f.query, view, reader)
                               or answer_written_lecture(f.query, view, reader)
                               or answer_task_weights(f.query, view, reader))
            if f.intent.value in _SESSION_FACTS and course_wide is None:
                # "who gives the first lecture" is the people handler's (the page names none)
                course_wide = answer_first_or_last(f.query, view, reader)
            if (course_wide is None and f.intent.value in _NOT_EXAM_FACTS
                    and asks_examinable(f.query) and not f.query.has("examinable")):
                # "do i need to revise the GAN lectures": whether they are examinable, asked
                # as what to revise (read as a reading or topic question)
                handler = answer_logistics
                f = dataclasses.replace(f, query=dataclasses.replace(f.query, cues={
                    **f.query.cues, "examinable": {"revise"}}))
            if (course_wide is None and f.intent.value in _WHEN_FACTS
                    and unstated_terms(f.query, view)):
                # "when is reading week", "anything due before reading week": a thing the
                # page has no field for is said to be missing, not answered with the next
                # event of a kind the question also names
                handler = answer_not_on_page
            reply = course_wide or handler(f.query, view, reader)
            if course_wide is None:
                reply = _logistics_instead(f, reply, view, reader)
                reply = _sessions_instead(f, reply, view, reader)
                reply = _with_unstated_part(f, reply, view, reader)
            reply = _with_materials_place(f.query, reply, view)
            reply = _with_compute_advice(f.query, reply, view)
            if reply.answered and reply.intent in _WHEN_REPLIES and asks_to_move(f.query.text):
                # "can the cw2 deadline be moved? it's 3am where i am": the fact asked, then
                # that the bot moves nothing, and the staff privately through a TA
                reply.text = f"{reply.text}\n{W.CANNOT_MOVE.format(**forum)}"
            if reply.answered and f.decided_by.endswith("+complaint"):
                # the question inside a complaint: a short apology, then the answer
                reply.text = f"{W.COMPLAINT_SORRY}\n{reply.text}"
            elif (reply.answered and reply.intent in _FACT_INTENTS
                  and DISPLEASED & set(f.query.words) and _asks_where(f.query)):
                # "where the hell are the lecture notes??": the trouble of finding them, not
                # a complaint about how the course is run: a short apology, then where
                reply.text = f"{W.COMPLAINT_SORRY}\n{reply.text}"
            elif reply.answered and reply.intent in _FACT_INTENTS and DISPLEASED & set(
                    f.query.words):
                # a complaint that also asks: the answer, and the complaint heard
                reply.text = "\n".join([W.COMPLAINT, reply.text, W.COMPLAINT_TA.format(**forum)])
            elif f.decided_by.endswith("+complaint") or (
                    reply.intent in _FACT_INTENTS and DISPLEASED & set(f.query.words)):
                # ... and before what the page does not say ("this bot is useless. when is
                # the exam?"): the displeasure is heard all the same
                reply.text = f"{W.COMPLAINT_SORRY_SHORT}\n{reply.text}"
            return _offer_a_ta(_untimed_only(f.query, reply), forum)
        match f.intent:
            case Intent.HELP:
                has_notes = view.knowledge is not None or self.notes_pending() is not None
                text = W.HELP.format(code=c.code, title=c.title, forum=c.forum.name,
                                     concepts=W.HELP_CONCEPTS if has_notes else "",
                                     **help_examples(view.schedule))
                return Reply("help", True, 0.95, _deadline_first(f, view, reader, text))
            case Intent.GREETING if f.decided_by == SMALL_TALK:
                return Reply("greeting", True, 0.9, W.SMALL_TALK.format(
                    code=c.code, title=c.title))
            case Intent.GREETING if f.decided_by == FAREWELL:
                return Reply("greeting", True, 0.9, W.FAREWELL)
            case Intent.GREETING:
                return Reply("greeting", True, 0.9, W.GREETING)
            case Intent.THANKS:
                return Reply("greeting", True, 0.9, W.THANKS)
            case Intent.FEEDBACK:
                return Reply("feedback", False, 0.5, W.FEEDBACK_UNKNOWN.format(
                    via=view.schedule.assessment.submission_via, **forum))
            case Intent.POLICY:
                if f.query is not None and (required := answer_required(f.query, view, reader)):
                    return required  # "is lecture 17a mandatory": what the page lists for it
                library = (asks_library_allowed(f.query.text) if f.query is not None
                           and f.decided_by == LIBRARY_RULE else None)
                return answer_policy(view, integrity=f.decided_by == "rule:integrity",
                                     library=library, q=f.query, reader=reader)
            case Intent.PERSONAL:
                kinds = privacy_matter(f.text)
                if "crisis" in kinds:
                    return Reply("personal", False, 0.9, _crisis_text(c.support))
                if "peers" in kinds and not kinds & {"distress", "integrity"}:
                    # "my partner has done nothing on cw2, can i report him": the staff's to
                    # sort out privately (and whether the work was to be shared at all); a
                    # worry of being flagged oneself stays the integrity reply
                    individual = (f" {W.PEERS_INDIVIDUAL.format(individual=W.INDIVIDUAL)}"
                                  if view.schedule.assessment.coursework_individual else "")
                    return Reply("personal", False, 0.6,
                                 W.PERSONAL_PEERS.format(**forum) + individual)
                if f.query is not None and _plan_ahead(f.query, f.text, reader):
                    # "got a hackathon all weekend 20-21 feb, will that screw me for
                    # anything": a plan of one's own, no hardship told and no more time
                    # asked: what falls in that time (of the kind named, if one is), and
                    # what is due just after it
                    return answer_schedule(f.query, view, reader)
                if (mishap := _submission_mishap(f, view, reader)) is not None:
                    return mishap
                if (f.query is not None and not privacy_matter(f.text) - {"for_someone", "course"}
                        and (alone := answer_partner_presumed(f.query, view, reader))):
                    # "what if my cw partner drops out": no partner to lose, the work is
                    # individual (a hardship of one's own told beside it stays the staff's)
                    return alone
                if (f.query is not None and not privacy_matter(f.text)
                        and f.query.has("gpu", "software")
                        and (set_up := answer_logistics(f.query, view, reader)).answered):
                    # "i have no gpu on my laptop": no matter for the staff (no rule of a
                    # personal matter names it), but what the page advises on running the work
                    return set_up
                if (f.query is not None and f.decided_by != WITH_QUESTION
                        and (caught := answer_catch_up(f.query, view, reader))):
                    return _caught_up(f, caught, forum, c.support)
                if "action" in kinds and not kinds & {"distress", "urgent", "exemption"}:
                    return _action_declined(f, view, reader, forum)
                return _with_deadline_concerned(
                    Reply("personal", False, 0.6, _personal_text(f, forum, c.support)), f, view,
                    reader)
            case Intent.REFUSED if f.refusal == "errand":
                return _errand_declined(f, view, reader)
            case Intent.REFUSED if f.refusal in _REFUSAL_WORDING:
                return Reply("refused", False, 0.9, _refusal_text(f.refusal, view, forum))
            case Intent.REFUSED if (f.refusal in ("off_topic", "banter") and f.query is not None
                                    and (caught := answer_catch_up(f.query, view, reader))):
                # "back from two weeks' holiday lol, what did i miss": the course's weeks,
                # however light the remark beside the question read
                return caught
            case Intent.REFUSED if f.refusal == "off_topic":
                # homework of another subject, a coding puzzle: not the course's
                return Reply("off_topic", False, 0.9, off_topic_text(f.query, view))
            case Intent.REFUSED if f.refusal == "classmates":
                return Reply("off_topic", False, 0.9, W.TO_CLASSMATES.format(
                    materials=join(c.materials_locations), **forum))
            case Intent.REFUSED if f.refusal == "banter":
                # no attempt on anything: small talk the bot does not take up
                return Reply("off_topic", False, 0.9, W.REFUSE_BANTER.format(
                    topic=example_topic(view.schedule)))
            case Intent.REFUSED if (f.refusal == "exam_content"
                                    or wants_exam_paper(normalize(f.text))):
                note = view.schedule.assessment.examinable_note
                return Reply("refused", False, 0.9, W.REFUSE_EXAM_QUESTIONS.format(
                    examinable=f" {note}" if note else ""))
            case Intent.REFUSED if f.refusal == "assessed_work":
                return Reply("refused", False, 0.9, W.REFUSE_ASSESSED_WORK.format(
                    topic=example_topic(view.schedule)))
            case Intent.REFUSED:
                # turned down with no kind of its own: said in general words, so that no
                # wrong kind of request is named
                return Reply("refused", False, 0.9, _refusal_text("general", view, forum))
            case Intent.REMIND:
                return Reply("remind", False, 0.5, W.REMIND_HOW)
            case Intent.FORGET_ME if isinstance(f.command, ForgetMe) and f.command.asked:
                # asked in other words: whether to (a "yes" next in the chat confirms it); a
                # formal request of the university's records is a person's besides
                return Reply("forget_me", False, 0.5, _with_formal(W.FORGET_CONFIRM, f.text))
            case Intent.FORGET_ME:
                return Reply("forget_me", False, 0.5, _with_formal(W.FORGET_HOW, f.text))
            case Intent.CLARIFY if f.decided_by == NO_CONTEXT:
                return Reply("clarify", False, 1.0, W.NO_CONTEXT.format(
                    **help_examples(view.schedule)))
            case Intent.CLARIFY:
                # "does cw1 involve resnets", "are there quizzes": asked of the page alone,
                # answered so whichever reading the menu would offer
                asked = f.query and (answer_kind_exists(f.query, view, reader)
                                     or answer_task_contents(f.query, view, reader))
                return asked or _clarify(f, view)
            case Intent.UNKNOWN if f.decided_by == "rule:empty":
                text = W.EMPTY.format(coursework=help_examples(view.schedule)["coursework"])
                if (first := _deadline_first(f, view, reader, text)) != text:
                    return Reply("deadline", True, 0.6, first)
                return Reply("unknown", False, 0.0, text)
        return Reply("unknown", False, 0.05, W.UNKNOWN + W.UNKNOWN_FORUM.format(**forum))


# A call for help with nothing else in it ("help", "??", "pls help!!"): at most this many words.
_BARE_WORDS = 3
# The readings of a question about another run of the course that stand as they are (what
# is declined or handed to a person is so whichever run is asked of); a misreading (another
# course, nothing) or any reading beside a comparison across runs gets what the page says
# for this run.
# Replies that stand beside "this was meant for someone else" as they are.
_MEANT_KEPT = frozenset({"refused"})
_OTHER_RUN_KEPT = frozenset({"refused", "personal", "complaint", "feedback", "ask_ta",
                             "remind", "forget_me", "ta_command", "policy"})
_OTHER_RUN_MISREAD = frozenset({"other_course", "unknown", "clarify", "help", "off_topic",
                                "not_on_page"})


def _deadline_first(f: Frame, view: CourseView, reader: Reader, text: str) -> str:
    """A bare call for help with a deadline close: the deadline, the time left and how to
    reach a TA, before the usual reply (the writer is most likely stuck on that task)."""
    if len(re.findall(r"[a-z]+", f.text.lower())) > _BARE_WORDS:
        return text
    close = deadline_close(view, reader)
    return f"{close}\n{text}" if close else text


_AFTER_THAT = re.compile(r"\b(?:after (?:that|then)|afterwards?|from then on)\b")
_AFTER_DAYS = timedelta(days=366)


def _after_previous_time(f: Frame, before: Query) -> Frame:
    """The part, asking from the end of the time the part before names on, when it says
    "after that" and names no time of its own."""
    q = f.query
    assert q is not None
    window = before.time.window
    if (window is None or q.time.window is not None or window.granularity in ("after", "now")
            or not _AFTER_THAT.search(q.text)):
        return f
    label = re.sub(r"^(?:on|in) ", "", window.label)
    after = Window(window.end, window.end + _AFTER_DAYS, f"after {label}", "after",
                   window.course_week)
    return dataclasses.replace(f, query=dataclasses.replace(
        q, time=dataclasses.replace(q.time, window=after)))


def _catch_up_span(before: Frame, f: Frame, view: CourseView, reader: Reader) -> Frame | None:
    """"Off sick since week 3, what did i miss": the question beside the circumstance asks
    what was missed over the span the circumstance names, so it is read with the whole
    message's time; None when that is not so."""
    if (before.decided_by != WITH_QUESTION or before.query is None or f.query is None
            or f.query.time.window is not None
            or (alone := answer_catch_up(f.query, view, reader)) is None):
        return None
    whole = answer_catch_up(before.query, view, reader)
    if whole is None or whole.text == alone.text:
        return None
    return dataclasses.replace(f, query=before.query)


def _covered_before(f: Frame, reply: Reply, before: list[Frame], replies: list[Reply]) -> bool:
    """A part not answered that names nothing of its own (no task, session, person, topic or
    time) and points back ("are they all counted"), after an answered part of the same
    reading."""
    q = f.query
    if q is None or reply.answered or not refers_back(q.text) or q.time.window is not None:
        return False
    if q.coursework or q.lectures or q.tutorials or q.staff or q.notes or q.subject_known:
        return False
    if (before and not reply.text.startswith(W.UNKNOWN)
            and _asks_more_of(q, before[-1].query)):
        # "r there quizzes? do they count": a fact of its own the part before did not ask,
        # which the page answers (what the quizzes are for and what the mark is made of)
        return False
    return any(b.intent == f.intent and r.answered for b, r in zip(before, replies,
                                                                  strict=True))


# Words asking whether the coursework is done alone, which the page states: a part read as
# "not on the page" that asks it ("is it also individual like the others") is answered.
_ALONE_OR_TOGETHER = frozenset({"individual", "individually", "group", "groups", "pair",
                                "pairs", "partner", "partners", "alone", "together"})


# Things of the course the page names and the logistics answer states: the book, where to
# run code, the revision notes (the forum only by its name: "email" is no forum question).
_STATED_RESOURCES = ("book", "gpu", "revision")


# What the bot keeps of a conversation and who reads it ("do you store my chats", "who can
# see what i ask you"): asked of the bot, answered with what it stores and how to delete it.
_ASKS_WHAT_IS_KEPT = re.compile(
    r"\b(?:keep|keeps|kept|store|stores|stored|save|saves|saved|log|logs|logged|record"
    r"|records|recorded|retain|retained|track|tracks)\b[^.?!]{0,30}\b(?:messages?|chats?"
    r"|conversations?|questions?|data|history|what i (?:ask|say|write|type))\b"
    r"|\b(?:messages?|chats?|conversations?|questions?|data|history)\b[^.?!]{0,30}"
    r"\b(?:kept|stored|saved|logged|recorded|private|retained)\b"
    r"|\bwho (?:can |could |will |gets to |has |have )?(?:read|reads|see|sees|access|view)\b"
    r"[^.?!]{0,30}"
    r"\b(?:messages?|chats?|conversations?|questions?|this|them|what i)\b"
    r"|\bprivacy\b")
# The same asked of the writer's own words, so plainly that any reading gives way to it
# ("can the tutors actually see what i write in here", "does this bot keep a record of my
# chats", "are my questions to the TAs confidential"): someone (never "i") seeing the
# writer's own messages, the bot keeping them, or the writer's messages being private.
_MY_WORDS = (r"(?:what|everything|anything|stuff|things|messages?|questions?|whatever) i "
             r"(?:type|write|say|ask|send|put|tell)|(?:my|our) (?:messages?|chats?|"
             r"questions?|conversations?|texts?|history|data|info|information)|in here"
             r"|this (?:chat|conversation)|(?:chats?|conversations?) with (?:you|u|this bot)")
_ASKS_WHO_SEES_MINE = re.compile(
    r"\b(?:who|anyone|anybody|someone|somebody|staff|tas?|lecturers?|professors?|profs?|"
    r"dr|tutors?|teachers?|they|you|u|people|admins?|university|college|department|uni)\b"
    r"[^.?!]{0,30}\b(?:read|reads|see|sees|access|view|views|look at|looks at|monitor|"
    r"monitors|check|checks)\b[^.?!]{0,30}\b(?:" + _MY_WORDS + r")\b"
    r"|\b(?:do|does|will|would|can|could|did|is|are) (?:you|u|it|the bot|this (?:bot|chat|"
    r"thing|assistant|app))\b (?:\w+ ){0,2}(?:keep|keeps|store|stores|save|saves|log|logs|"
    r"record|records|retain|retains|track|tracks|hold|holds)\b[^.?!]{0,30}\b(?:" + _MY_WORDS
    + r"|(?:logs?|records?|copy|copies|history|transcripts?) of)\b"
    r"|\b(?:" + _MY_WORDS + r")\b[^.?!]{0,25}\b(?:kept|stored|saved|logged|recorded|"
    r"retained|monitored|private|confidential|anonymous)\b"
    r"|\bis (?:this|the|our|my) (?:chat|conversation|bot)\b[^.?!]{0,15}\b(?:private|"
    r"confidential|anonymous|secure|recorded|monitored|logged|saved|stored)\b")


# Readings a question of the lectures' material apart from the videos is given.
_MATERIALS_READINGS = frozenset({Intent.READING, Intent.LOGISTICS, Intent.NOT_ON_PAGE,
                                 Intent.UNKNOWN, Intent.SCHEDULE, Intent.TOPIC})


# Who made or runs the bot, asked in any shape ("who's behind this chatbot", "did the
# lecturers build you", "is this assistant run by the department"): the page does not say.
_THE_BOT_SAID = r"(?:you|u|this (?:bot|chatbot|chat bot|assistant|thing|app|ai|tool))"
_BOT_MAKER = (
    r"\bwho(?: \w+)? (?:made|built|created|programmed|coded|wrote|developed|designed|trained|"
    r"makes|runs|run|owns|maintains|is behind|'s behind|s behind) " + _THE_BOT_SAID + r"\b"
    r"|\b(?:is|was) " + _THE_BOT_SAID + r" (?:\w+ )?(?:made|built|created|run|programmed|"
    r"developed|written|maintained|owned) by\b"
    r"|\b(?:did|do|does) (?:the |your |our )?(?:[\w-]+ ){0,2}(?:make|build|create|program|"
    r"develop|write|run|code) " + _THE_BOT_SAID + r"\b")
_BOT_MAKER_ASKED = re.compile(_BOT_MAKER)
# Questions put to the bot about itself: who made it (the maker's shapes above), whether it
# is a person, what it remembers or knows of the writer. Addressed to "you" (or "this bot"),
# never to a course item: "who made the slides" or "do you know when cw2 is due" are course
# questions.
_ABOUT_THE_BOT = re.compile(
    r"\b(?:are|r) (?:you|this) (?:really |even )?(?:an? )?(?:real |actual |live )?"
    r"(?:person|human|bot|robot|ai|chatbot|machine|computer|program|chatgpt|gpt|llm|ta|"
    r"teaching assistant|staff)\b"
    r"|\bam i (?:talking|speaking|chatting|writing) (?:to|with) (?:an? )?(?:real |actual )?"
    r"(?:person|human|bot|robot|ai|machine|computer)\b"
    r"|\bwhat (?:exactly )?(?:are|r) (?:you|u)(?: exactly)?\s*[?!.]*$"
    r"|\b(?:do|will|would|can|could) (?:you|u) (?:still )?(?:remember|recall)\b[^.?!]{0,30}"
    r"\b(?:i|me|my|we|our|this|previous|earlier|yesterday|last time|before)\b"
    r"|\bwhat (?:do|did) (?:you|u) (?:know|remember|have|keep|store) (?:about|on|of) me\b"
    r"|\bwhat (?:information|info|data|details) (?:do|did) (?:you|u) (?:know|have|keep|store)"
    r"(?: about| on| of)? me\b"
    r"|\bdo (?:you|u) have (?:a |any )?memory\b"
    r"|" + _BOT_MAKER)
# A course item named beside "you" makes it a course question ("are you sure cw2 is due
# tuesday"); only the memory shapes keep their reading whatever they name.
_ABOUT_THE_BOT_MEMORY = re.compile(r"\b(?:remember|recall|memory|about me|on me|of me)\b")
# (nor the maker's shapes: "did <staff> build you" names its staff as the guess asked)


def _asks_where(q: Query) -> bool:
    """Asks where something is to be found ("where are the notes", "can't find the sheets")."""
    return q.has("where") or q.has("materials_where")


# What a session hands out, in the words of one asking for it ("the stuff from it").
_HANDED_OUT = MATERIAL_THINGS | {"stuff", "content", "contents", "material"}


def _with_materials_place(q: Query, reply: Reply, view: CourseView) -> Reply:
    """"My friend missed yesterday's tutorial, where can she get the stuff from it": the
    session listed, and where its materials are (the page's materials rule); the listing
    alone says when it was, not where to get what it handed out."""
    note = view.schedule.course.materials_note
    if not (reply.answered and reply.intent == "schedule" and note and note not in reply.text
            and any(e.kind in SESSION_KINDS for e in reply.events)):
        return reply
    words = set(q.words)
    wants = (q.has("where") and q.has("materials_where")) or (
        words & _HANDED_OUT and _asks_where(q))
    if not wants:
        return reply
    return dataclasses.replace(reply, text=f"{reply.text}\n{W.MATERIALS.format(note=note)}")


def _with_compute_advice(q: Query, reply: Reply, view: CourseView) -> Reply:
    """"Where do i get the notebooks + what should i run them on": the reply to the first
    ask, and the page's advice on what to run the work on, which it would otherwise drop."""
    advice = view.schedule.course.gpu_advice
    if not (reply.answered and reply.intent in _FACT_INTENTS and advice
            and advice not in reply.text and RUN_ON_WHAT.search(q.text)):
        return reply
    return dataclasses.replace(reply, text=f"{reply.text}\n{W.GPU.format(advice=advice)}")


def _asks_about_the_bot(f: Frame) -> bool:
    """A part that asks what the bot is or what it remembers ("who made you", "are you a
    real person", "do you remember what i asked yesterday", "what do you know about me")."""
    if f.command is not None or f.intent in (Intent.REFUSED, Intent.PERSONAL) \
            or f.decided_by == SMALL_TALK:
        return False
    text = normalize(f.text)
    found = _ABOUT_THE_BOT.search(text)
    if found is None:
        return False
    if _ABOUT_THE_BOT_MEMORY.search(found.group()) or _BOT_MAKER_ASKED.search(found.group()):
        return True
    q = f.query
    return q is None or not (q.coursework or q.lectures or q.tutorials or q.notes or q.staff
                             or q.subject_known)


# Keeping asked again after the answer about it ("is it saved somewhere", "can they see it")
_KEEPING_AGAIN = re.compile(
    r"\b(?:saved|stored|kept|logged|recorded|deleted|retained|save|store|keep|delete|private|"
    r"confidential|anonymous|read|see|access)\b|\bhow long\b[^.?!]*\b(?:it|they|them)\b"
    r"|\b(?:it|they|them)\b[^.?!]*\bhow long\b")


def _asks_of_keeping_again(f: Frame) -> bool:
    """A part asking of keeping or seeing again, naming nothing of the course."""
    q = f.query
    if f.command is not None or not _KEEPING_AGAIN.search(normalize(f.text)):
        return False
    return q is None or not (q.coursework or q.lectures or q.tutorials or q.notes
                             or q.subject_known or q.kinds)


def _asks_what_is_kept(f: Frame) -> bool:
    """A part about what the bot keeps or who reads it, read as help, a remark or a reading
    ("who can read them" after "do you keep my messages"), naming nothing to read ("who can
    read the gan paper" is no question about the bot)."""
    if f.command is not None or f.intent in (Intent.REFUSED, Intent.PERSONAL):
        return False
    text = normalize(f.text)
    q = f.query
    if _ASKS_WHO_SEES_MINE.search(text):
        # (staff named are the ones asked about: "can dr x read this chat")
        return q is None or not (q.coursework or q.lectures or q.tutorials or q.notes
                                 or q.subject_known)
    if f.intent not in (Intent.HELP, Intent.UNKNOWN, Intent.READING):
        return False
    if not _ASKS_WHAT_IS_KEPT.search(text):
        return False
    return q is None or not (q.lectures or q.tutorials or q.notes or q.subject_known
                             or q.time.window or q.time.week_number)


_CLASH_WORDS = frozenset({"clash", "clashes", "clashing", "overlap", "overlaps", "overlapping",
                          "conflict", "conflicts", "same"})


def _shows_a_clash(events: list[Event], question: str) -> bool:
    """An event the page is unsure of shown at the same time as another, or a session of it
    beside a question that says they clash: not an uncertainty of another kind (who marks a
    task)."""
    starts = Counter(e.start for e in events if e.start is not None)
    said = bool(_CLASH_WORDS & set(tokens(question)))
    return any(e.uncertain and (starts[e.start] > 1 or said and e.kind in SESSION_KINDS)
               for e in events)


def _names_a_resource(q: Query, view: CourseView) -> bool:
    forum = {view.schedule.course.forum.name.lower(), "forum"}
    return bool(any(q.has(c) for c in _STATED_RESOURCES) or forum & set(q.words))


# The module's credit value (text.py's token), and a weighting of the mark asked beside it
# ("how many credits, and what % is the exam"): only then is the weighting given too.
_CREDIT_VALUE = "modulecredits"
_MARK_WEIGHT_ASKED = re.compile(r"%|\bper ?cent\w*|\bweight\w*|\bexams?\b|\bcoursework\b"
                                r"|\bcw ?\d|\bfinal (?:mark|grade)\b")


def _with_unstated_part(f: Frame, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """A reply for a part that asks about something the page has no field for ("office
    hours", "reading week") beside something it does state: both. "Do we have anything next
    tuesday or is it reading week": that day's sessions, and that the page mentions no
    reading week; "office hours of <a lecturer>?": that it mentions none, and what it lists
    for them. A part read as not on the page that asks what the page says of the coursework
    ("is it also individual like the others") is answered from it."""
    q = f.query
    assert q is not None
    unstated = unstated_terms(q, view)
    if (reply.intent == "not_on_page" and unstated and q.time.window is not None
            and not reply.events):  # (one that lists them already says what is on then)
        on_then = answer_schedule(q, view, reader)
        if on_then.answered and on_then.events and set(unstated) & PERIOD_TERMS:
            # "is next week half term": the period unnamed first, then what is on then (a
            # listing first would read as a Yes)
            head, _, ta = reply.text.rpartition("\n")
            return dataclasses.replace(on_then, answered=False, text="\n".join(
                [head or ta, on_then.text, *([ta] if head else [])]))
        if on_then.answered and on_then.events:
            return dataclasses.replace(on_then, answered=False,
                                       text=f"{on_then.text}\n{reply.text}")
    if (reply.intent == "not_on_page" and unstated and not reply.events
            and _names_a_resource(q, view)):
        # "whats the forum page called? and are there office hours": what the page says of
        # the resource named, then that it mentions no office hours
        stated = answer_logistics(dataclasses.replace(q, cues={
            k: v for k, v in q.cues.items() if k != "not_on_page"}), view, reader)
        if stated.answered:
            return dataclasses.replace(reply, text=f"{stated.text}\n{reply.text}",
                                       events=stated.events)
    if reply.intent == "not_on_page" and unstated and q.staff and not reply.events:
        # "does <lecturer> have office hours", "<tutor>'s email?": none on the page, who can
        # tell, then what it lists for that person
        theirs = person_roles(dataclasses.replace(q, kinds=set()), view, reader)
        ta = "" if "ask a TA" in reply.text else "\n" + view.ta_offer()
        return dataclasses.replace(reply, text=f"{reply.text}{ta}\n{theirs.text}",
                                   events=theirs.events)
    if (reply.intent == "logistics" and _CREDIT_VALUE in unstated
            and not _MARK_WEIGHT_ASKED.search(q.text)):
        # "how many ECTS is the module worth": its worth in credits, which the page does not
        # give; the mark's weighting would answer another question ("worth" of the module)
        return answer_not_on_page(q, view, reader)
    named = [W.NOT_ON_PAGE_TERMS[t] for t in unstated if t in W.NOT_ON_PAGE_TERMS]
    if reply.intent in ("people", "logistics") and unstated and (
            reply.answered or not any(n in reply.text for n in named)):
        # ("maximum upload size for cw3?" read as how the work is handed in: the hand-in, and first
        # that the page gives no size; "a merit overall", read as the exam's facts, which the
        # page lacks too: first what was asked, the classification's marks)
        head = W.NOT_ON_PAGE_TERM.format(what=" or ".join(
            W.NOT_ON_PAGE_TERMS[t] for t in unstated if t in W.NOT_ON_PAGE_TERMS))
        if reply.intent == "people" and q.staff:
            head += "\n" + view.ta_offer()  # (who can tell, before what the page lists)
        return dataclasses.replace(reply, answered=False, text=f"{head}\n{reply.text}")
    if (reply.intent == "not_on_page" and not unstated and not f.decided_by.startswith("rule:")
            and q.has("exam") and (q.has("cover") or q.has("examinable"))
            and not q.has("where")):
        # "what's covered in the exam, only lec 1-14?": what the page says is examinable
        # (not "which room is the exam in": a place, which the page does not give)
        stated = answer_logistics(q, view, reader)
        if stated.answered:
            return stated
    if (reply.intent == "not_on_page" and not unstated
            and not f.decided_by.startswith("rule:") and set(q.words) & _ALONE_OR_TOGETHER):
        stated = answer_logistics(q, view, reader)
        if stated.answered:
            return stated
    if (reply.intent == "not_on_page" and not unstated and not f.decided_by.startswith("rule:")
            and set(q.kinds) & set(SESSION_KINDS) and asks_length(q.text)):
        # "how long is each q&a? want to book something after": the length asked, whatever
        # plan or situation follows it (the slots' length is the page's)
        stated = answer_logistics(q, view, reader)
        if stated.answered:
            return stated
    if (reply.intent == "not_on_page" and not unstated and not reply.events
            and not f.decided_by.startswith("rule:") and q.has("gpu")):
        # "whats the recommended compute for the tasks": where to run the work is the page's
        # (its logistics answer says itself what of it the page does not give)
        stated = answer_logistics(q, view, reader)
        if stated.answered:
            return stated
    return reply


# What the logistics handler answers by name: where to ask, the book, compute, the hand-in,
# the tasks' notebooks, the revision notes.
_LOGISTICS_CUES = ("forum", "book", "gpu", "submit", "spec", "revision", "software")


def _logistics_instead(f: Frame, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """"where am i supposed to ask questions about lecture stuff", read as a topic question:
    when the handler of the reading finds nothing at all, the course's logistics the question
    names answer it, if they do."""
    if (reply.answered or reply.quotes or reply.events or reply.confidence > _NOTHING_FOUND
            or f.intent == Intent.LOGISTICS or f.query is None
            or not f.query.has(*_LOGISTICS_CUES)):
        return reply
    instead = answer_logistics(f.query, view, reader)
    return instead if instead.answered else reply


def _sessions_instead(f: Frame, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """"is the tutorial tomorrow actually on, someone said not all slots are used", read as
    logistics (the timetable's slots): when that handler finds nothing and the part names a
    kind of session and a time, the sessions of that kind then answer it."""
    q = f.query
    if (reply.answered or reply.quotes or reply.events or reply.confidence > _NOTHING_FOUND
            or f.intent != Intent.LOGISTICS or q is None or q.time.window is None
            or not set(q.kinds) & set(SESSION_KINDS)):
        return reply
    instead = answer_schedule(q, view, reader)
    return instead if instead.answered else reply


def _with_zone_relation(f: Frame, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """A part asking how the asker's zone stands against course time ("ghana here, no time
    diff with london right? when's task 3 due"): that first, for the dates of the answer's
    events. A part read as anything but a course fact, and not by a rule (a matter the
    privacy rules name stays private), is answered with it alone."""
    q = f.query
    if q is None or f.command is not None:
        return reply
    fact = reply.intent in _FACT_INTENTS and reply.answered
    if not fact and f.decided_by.startswith("rule:"):
        return reply
    line = zone_relation(q, view, reader, reply.events if fact else [])
    if line is None:
        return reply
    if fact:
        return dataclasses.replace(reply, text=f"{line}\n{reply.text}")
    return Reply("logistics", True, 0.85, line)


def _with_week_corrected(f: Frame, reply: Reply, view: CourseView) -> Reply:
    """"In week 5 (the one starting 1 feb)": the reply is about the date's week, said first
    to be another course week than the one named."""
    q = f.query
    if q is None or q.time.said_week is None or q.time.window is None \
            or reply.intent not in _FACT_INTENTS:
        return reply
    day = q.time.window.start.date()
    week = q.time.window.course_week
    line = W.WEEK_SAID_OTHER.format(
        day=format_day_date(day), week=week, span=view.week_span(week or 0),
        said=q.time.said_week, said_span=view.week_span(q.time.said_week))
    return dataclasses.replace(reply, text=f"{line}\n{reply.text}")


# How well a session's title must match a topic, among those of its kind, and how far ahead
# of the session named, for the named id to be taken as a wrong premise.
_KIND_MATCH = 0.4
_KIND_MARGIN = 0.25


def _with_id_checked(f: Frame, reply: Reply, view: CourseView) -> Reply:
    """"tutorial for rnns is T07?": an id named beside a topic that another session of its
    kind is titled by. The premise is wrong, so the answer starts with No and the
    session whose title names the topic."""
    q = f.query
    if q is None or reply.intent not in _FACT_INTENTS:
        return reply
    named = [*q.lectures, *q.tutorials]
    if not named or not q.subject_known or len({i[0] for i in named}) != 1:
        return reply
    if (beside := next_to_named(q, view)) is not None and beside[1][0].id not in named:
        return reply  # "the first lecture after the lenet paper": no id is checked there
    kind = view.schedule.event(named[0]).kind if view.schedule.event(named[0]) else None
    # (a tutorial's title is short: "recurrent networks" scores lower against "rnns" than a
    # lecture's; among its own kind it is still far ahead of the one named)
    of_kind = [m for m in q.topic_matches if m.item.kind == kind]
    if not of_kind or of_kind[0].item.id in named or of_kind[0].score < _KIND_MATCH:
        return reply
    said_score = max((m.score for m in of_kind if m.item.id in named), default=0.0)
    if said_score > of_kind[0].score - _KIND_MARGIN:
        return reply
    others = [e for m in of_kind[:1] if (e := view.schedule.event(m.item.id)) is not None]
    said = [e for i in named if (e := view.schedule.event(i)) is not None]
    if not others or not said:
        return reply
    line = W.ID_NOT_TOPIC.format(said=", ".join(map(event_name, said)),
                                 titled=", ".join(map(event_name, others)))
    return dataclasses.replace(reply, text=f"{line}\n{reply.text}",
                               events=[*reply.events, *(e for e in others
                                                        if e not in reply.events)])


# Replies that answer about the course's facts, before which a wrong premise stated as a
# given is corrected (not a personal matter's, a decline's or the notes').
_PREMISE_CORRECTED = frozenset({"schedule", "deadline", "logistics", "people", "reading",
                                "topic"})


# A name the asker quotes or says after "called" ("found a forum called 'x', is that the
# official one?", "is the book called x?"): up to the question's end or its tag.
# (a quote mark between letters is an apostrophe: "can't ... isn't" quotes nothing)
_QUOTED = re.compile(r"(?<![A-Za-z0-9])[\"'\u2018\u201c]([^\"'\u2019\u201d]{2,80})"
                     r"[\"'\u2019\u201d](?![A-Za-z0-9])")
_CALLED = re.compile(r"\b(?:called|named|titled)\s+(.{2,80}?)\s*(?:[?,]|\bright\b|"
                     r"\bis (?:that|it|this)\b|$)")
_NAME_WORDS = re.compile(r"[a-z0-9]+")
_WH_WORDS = frozenset({"what", "which", "when", "where", "who", "how", "why"})
# ("..., is that the official one?", "..., right?"): asked to confirm, after the name
_CONFIRM_TAIL = re.compile(r"\b(?:is|are) (?:that|it|this|those)\b|\b(?:right|correct)\W*$")


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_NAME_WORDS.findall(name.lower()))


def _said_name(raw: str) -> str | None:
    m = _QUOTED.search(raw) or _CALLED.search(raw)
    return m.group(1).strip() if m else None


def _page_names(reply: Reply, view: CourseView, called: bool) -> list[str]:
    """The names the reply gives from the page: the book, the forum, or, when the question
    asks what a thing is called, the one session it is about (by its topic or title)."""
    c = view.schedule.course
    names = [n for n in (c.book, c.forum.course_name) if n and n in reply.text]
    if not names and called and len({e.id for e in reply.events}) == 1:
        e = reply.events[0]
        names = [e.topic or e.title.rsplit(": ", 1)[-1]]
    return names


def _with_name_checked(f: Frame, reply: Reply, view: CourseView) -> Reply:
    """"Is the book called 'x'?", "found a forum named 'x', is that ours?": the name said is
    compared with the page's, yes when they match, no with the page's when not."""
    q = f.query
    if q is None or not reply.answered or not (q.asks_yes_no or _CONFIRM_TAIL.search(q.text)
                                               and not set(q.words) & _WH_WORDS):
        return reply
    said = _said_name(q.raw)
    names = _page_names(reply, view, _CALLED.search(q.raw) is not None)
    if said is None or len(names) != 1 or not _name_key(said):
        return reply
    line = (W.NAME_MATCHES if _name_key(said) == _name_key(names[0])
            else W.NAME_DIFFERS).format(said=said, name=names[0])
    return dataclasses.replace(reply, text=f"{line}\n{reply.text}")


# "is batchnorm in the resnet lecture?", "does the alexnet lecture cover inception": a topic
# and the session (by its title's words, not its number) it is guessed to be in.
_IN_CONTAINER = re.compile(
    r"^(?:\W*(?:so|ok|okay|hey|hi|wait)\W+)?(?:is|are|was|were) (?:the )?(?P<x>.{2,40}?) "
    r"(?:(?:covered|discussed|taught|mentioned|included) )?(?:in|part of) (?:the )?"
    r"(?P<y>[a-z][a-z0-9 &-]{1,40}?) (?P<k>lecture|lec|tutorial|tut)s?\b"
    r"|^(?:\W*(?:so|ok|okay|hey|hi|wait)\W+)?(?:does|do|did) (?:the )?"
    r"(?P<y2>[a-z][a-z0-9 &-]{1,40}?) (?P<k2>lecture|lec|tutorial|tut)s? "
    r"(?:cover|include|mention|discuss|talk about|go over|teach) (?P<x2>.{2,40}?)\W*$")
_NOT_A_TITLE = frozenset({"first", "last", "next", "previous", "this", "that", "same", "which",
                          "what", "another", "other", "live", "recorded", "pre-recorded",
                          "today's", "todays", "tomorrow's", "weeks", "week's"})


def _titled(phrase: str, kind: str, view: CourseView) -> Event | None:
    """The one session of the kind whose title names every word of the phrase."""
    if re.search(r"\d", phrase) or set(phrase.split()) & _NOT_A_TITLE:
        return None
    named = [m for m in view.topics.search(phrase, {kind}) if m.named]
    if not named:
        return None
    return view.schedule.event(named[0].item.id)


def _with_container_checked(f: Frame, reply: Reply, view: CourseView) -> Reply:
    """"Is X in the Y lecture?": yes when Y's lecture is the one titled by X; no, with the
    one that is, when another lecture's title names X. Unchanged when no title names X or
    Y (the notes' answer stands)."""
    q = f.query
    if q is None or reply.intent not in ("topic", "content"):
        return reply
    # (the asker's own casing, "GANs", when the raw words read the same)
    m = _IN_CONTAINER.search(q.raw.strip().lower()) or _IN_CONTAINER.search(q.text)
    if m is None:
        return reply
    x, y = (m.group("x") or m.group("x2")).strip(), m.group("y") or m.group("y2")
    start = m.start("x") if m.group("x") else m.start("x2")
    if q.raw.strip().lower()[start:start + len(x)] == x:
        x = q.raw.strip()[start:start + len(x)]
    kind = "tutorial" if (m.group("k") or m.group("k2")).startswith("tut") else "lecture"
    container, home = _titled(y, kind, view), _titled(x, kind, view)
    if container is None or home is None:
        return reply
    said = {"what": x, "kind": W.KIND_SINGULAR[kind], "session": event_name(home),
            "week": home.week, "said": event_name(container)}
    line = (W.IN_CONTAINER_YES if home.id == container.id else W.IN_CONTAINER_NO).format(**said)
    return dataclasses.replace(reply, text=line, events=[home], answered=True)


# What a plan is asked against: whether something falls in that time or is hurt by it.
_FALLS_IN = re.compile(r"\b(?:miss|missing|anything|stuff|screw\w*|mess\w*|affect\w*|hurt|"
                       r"clash\w*|problems?|conflicts?|impact\w*)\b")
# A hardship told, or more time asked: a personal matter, whatever time it names.
_HARDSHIP_MATTERS = frozenset({"distress", "unwell", "grief", "symptom", "crisis", "legal",
                               "for_someone", "adjustment", "admin", "submission",
                               "hardship"})
_MORE_TIME = re.compile(r"\b(?:extensions?|extend\w*|more time|extra time|defer\w*|"
                        r"mitigat\w*|extenuating|late|postpone\w*)\b")
_PLAN_WINDOWS = frozenset({"day", "week", "range"})


def _plan_ahead(q: Query, text: str, reader: Reader) -> bool:
    """A commitment of the writer's in a time ahead (a day, a weekend, a span of dates) with
    the question what it costs them ("wedding on the 5th, do i miss anything"), telling no
    hardship and asking no more time: a question over the timetable, not a personal matter."""
    window = q.time.window
    return (window is not None and window.granularity in _PLAN_WINDOWS
            and window.end > reader.now and bool(_FALLS_IN.search(q.text))
            and not _MORE_TIME.search(q.text)
            and not privacy_matter(text) & _HARDSHIP_MATTERS)


def _clash_only(f: Frame) -> bool:
    """Read as personal by a rule only for a weekly commitment of the writer's ("i've got a
    job on wednesday mornings, will that clash with anything"), naming no matter the staff
    decide and no distress: the clash with the timetable is what is asked."""
    q = f.query
    return (f.decided_by == "rule:personal" and q is not None
            and busy_clash(q) is not None and not privacy_matter(q.raw))


# Readings under which a plural topic's sessions are still listed ("when do the transformer
# lectures come out" read as not on the page); not another course's ("... when are its
# lectures": its titles are not this course's).
_TITLES_CHECKED = frozenset({"not_on_page", "content", "topic", "reading"})


def _timetable_question(f: Frame, view: CourseView, reader: Reader) -> Reply | None:
    """A part read as something other than a course fact that still asks a question over
    the timetable: a weekly commitment set against it, the session after or before one it
    names by kind, or every session of a kind whose titles name a topic (when nothing it
    names is missing from the page). None otherwise."""
    q = f.query
    assert q is not None
    # ("i work 9-5 weekdays, is any of it live": which parts are live, not the clash alone)
    reply = live_against_busy(q, view, reader) or answer_weekly_clash(q, view, reader)
    if reply is None and q.kinds:  # "what timezone is the q&a in", "q&a is 10am for me?"
        reply = answer_time_zone(q, view, reader) or answer_local_guess(q, view, reader)
    if reply is None and q.kinds & {"lecture", "tutorial"}:
        reply = (answer_next_to(q, view, reader) or answer_order(q, view, reader)
                 or answer_shared_slot(q, view, reader))
    elif reply is None:
        # "what comes after the attention stuff", "the lecture after the lenet paper": a
        # topic said as a part of the course with "after"/"before" asks where it sits, read
        # as the notes' or not (the topic alone, "after softmax", stays theirs)
        reply = answer_next_to(q, view, reader)
    if reply is None:
        # "what's due the week after the gan stuff": a week named by a session
        reply = answer_by_session(q, view, reader)
    if reply is None:  # "do i have to show up to anything tomorrow": what is on then
        reply = answer_attend_then(q, view, reader)
    if reply is None and f.intent.value in _TITLES_CHECKED and not unstated_terms(q, view):
        reply = answer_titled_sessions(q, view, reader)
    if (reply is None and q.time.window is not None and q.time.window.granularity in _PERIODS
            and PERIOD_SUMMARY.search(q.text) and not (q.lectures or q.tutorials or q.coursework)
            and all(PERIOD_SUMMARY.fullmatch(w) for w in q.subject_words)):
        # "quick rundown of february", "summarise next week for me": the period is what is
        # asked for, its sessions and deadlines (not the notes' summary of a topic in it)
        reply = answer_schedule(q, view, reader)
    if (reply is None and q.time.window is not None and q.time.window.granularity in _SPANS
            and _OWN_TIMETABLE_EMPTY.search(q.text)):
        # "my timetable shows nothing this week, did i set it up wrong": what the page has
        reply = answer_schedule(q, view, reader)
    return reply


# "nothing in my calendar this week", "my timetable has nothing for this module": the
# writer's own copy of the timetable set against the page's.
_OWN_TIMETABLE_EMPTY = re.compile(
    r"\b(?:nothing|no\b[^.?!]{0,30}?)\s+(?:on|in) (?:my|the) (?:calendar|timetable|schedule)\b"
    r"|\b(?:calendar|timetable|schedule) (?:shows|has|says|lists|is) (?:nothing|no|empty)\b")
_SPANS = frozenset({"day", "week"})
_PERIODS = frozenset({"week", "month"})


# Readings kept whatever else the part asks: the writer's own matter (the detector decides),
# marks coming back, displeasure, another course's, and the chat's own (greetings, help,
# commands).
_KEPT_READINGS = frozenset({Intent.PERSONAL, Intent.FEEDBACK, Intent.COMPLAINT,
                            Intent.OTHER_COURSE, Intent.GREETING, Intent.THANKS, Intent.HELP,
                            Intent.REMIND, Intent.FORGET_ME, Intent.REFUSED, Intent.ASK_TA,
                            Intent.TA_COMMAND, Intent.MISSING})


# Readings a question of getting ready for a session is given (a session's time, what the
# page lists, a rule or a fact it lacks), not the material itself nor one's own work.
_PREP_READINGS = frozenset({Intent.SCHEDULE, Intent.TOPIC, Intent.READING, Intent.LOGISTICS,
                            Intent.POLICY, Intent.NOT_ON_PAGE, Intent.UNKNOWN})


def _what_the_page_offers(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """What the page offers for getting ready or practice, which readings it asks for, or
    what its quizzes are for; None when the question asks none of these."""
    return (answer_term(q, view, reader) or answer_overlaps(q, view, reader)
            or answer_submission_trouble(q, view, reader) or answer_workload(q, view, reader)
            or answer_resources(q, view, reader) or answer_reading_needed(q, view, reader)
            or answer_quiz_assessed(q, view, reader) or answer_platform(q, view, reader)
            or answer_collaboration(q, view, reader) or answer_partner_presumed(q, view, reader))


_SIZE_SAID = re.compile(r"\b(?:\d+ ?(?:mb|gb|kb)|too (?:big|large)|file ?size|size limit)\b",
                        re.IGNORECASE)


def _locked_out(q: Query, view: CourseView, reader: Reader) -> Reply:
    """Trouble getting into a session's room, link or page: a person fixes access (a TA, the
    forum), and the session concerned, under way or next, is given beside it."""
    forum = view.schedule.course.forum
    text = (W.LOCKED_OUT_CODE if asks_access_code(q.raw)
            else (W.LOCKED_OUT_ACCOUNT if account_unknown(q.raw) else W.LOCKED_OUT).format(
                forum=forum.name, forum_course=forum.course_name))
    named = set(q.tutorials) | set(q.lectures)
    event = session_concerned(view.timed, named, set(q.kinds), reader.now)
    label = W.LOCKED_OUT_SESSION
    if event is None:
        # (no session: a hand-in it keeps one from, "no upload page for cw1", is the context)
        event = deadline_concerned(view.timed, set(q.coursework), "deadline" in q.kinds,
                                   reader.now)
        label = W.LOCKED_OUT_DEADLINE
    if (about_materials(q.raw) and view.schedule.course.materials_locations
            and not asks_access_code(q.raw)):
        text += "\n" + W.LOCKED_OUT_MATERIALS.format(
            locations=" and ".join(view.schedule.course.materials_locations))
    if event is None:
        return Reply("logistics", False, 0.8, text)
    line = view.event_lines([event], reader)[0].lstrip("• ")
    return Reply("logistics", False, 0.8, f"{text}\n{label.format(line=line)}", [event])


# Readings a compute trouble may get (its deadline or GPU words); a personal request beside
# it ("can i get an extension, the free tier's limit hit") stays the staff's.
_COMPUTE_READINGS = frozenset({Intent.DEADLINE, Intent.LOGISTICS, Intent.OWN_WORK,
                               Intent.NOT_ON_PAGE, Intent.UNKNOWN, Intent.SCHEDULE})


def _ta_offer_once(reply: Reply, offer: str) -> Reply:
    """The reply with the offer of a TA (and the check a missing thing gets) said once,
    last, when several parts make it. A listed thing's "can't check the uploads" beside a
    missing thing's check says the same: the missing thing's is kept."""
    if W.MISSING_REPORTED in reply.text and W.LISTED_NOT_CHECKED in reply.text:
        reply = dataclasses.replace(reply, text=reply.text.replace(
            "\n" + W.LISTED_NOT_CHECKED, "").replace(W.LISTED_NOT_CHECKED, ""))
    return _said_once(_said_once(reply, W.MISSING_REPORTED), offer)


def _said_once(reply: Reply, offer: str) -> Reply:
    """The reply with a line several parts make said once, at its last place."""
    if reply.text.count(offer) < 2:
        return reply
    head, _, tail = reply.text.rpartition(offer)
    text = head.replace(offer, "")
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.split("\n")))
    return dataclasses.replace(reply, text=f"{text.rstrip()}\n{offer}{tail}".strip())


def _their_call(q: Query, view: CourseView, reader: Reader) -> Reply:
    """Something only the person asked of can grant: the bot cannot speak for them; ask them
    (at their next session, when one of the people named has one left) or a TA."""
    later = sorted((e for name in q.staff for e in staff_events(view, name)
                    if e.start is not None and e.kind != "deadline" and e.start >= reader.now),
                   key=lambda e: e.start)
    where = (W.THEIR_CALL_WHERE.format(line=view.event_lines(later[:1], reader)[0].lstrip("• "))
             if later else "")
    who = " and ".join(q.staff) if q.staff else W.THEIR_CALL_ANYONE
    return Reply("not_on_page", False, 0.7, W.THEIR_CALL.format(who=who, where=where),
                 later[:1])


def _compute_trouble(q: Query, view: CourseView, reader: Reader) -> Reply:
    """No compute to run the work on: the page's advice on where to run it and a TA offer,
    then the hand-in it bears on (the coursework named, else the next one when a deadline is
    said)."""
    c = view.schedule.course
    text = W.COMPUTE_TROUBLE.format(advice=c.gpu_advice, forum=c.forum.name,
                                    forum_course=c.forum.course_name)
    event = deadline_concerned(view.timed, set(q.coursework), "deadline" in q.kinds,
                               reader.now)
    if event is None:
        return Reply("logistics", True, 0.8, text)
    line = view.event_lines([event], reader)[0].lstrip("• ")
    return Reply("logistics", True, 0.8, f"{text}\n{W.LOCKED_OUT_DEADLINE.format(line=line)}",
                 [event])


def _submission_mishap(f: Frame, view: CourseView, reader: Reader) -> Reply | None:
    """A hand-in gone wrong, told with nothing else the staff must hear (no illness, no
    distress, no upload too big for a limit the page lacks): the staff's to decide, a TA
    offered, and the deadline concerned: the one named, else the one nearest the message."""
    kinds = privacy_matter(f.query.raw if f.query is not None else f.text)
    if ("submission" not in kinds
            or kinds & {"distress", "unwell", "too_big", "lost_work", "for_someone"}
            or f.decided_by == WITH_QUESTION):
        return None
    deadlines = [e for e in view.timed if e.kind == "deadline"]
    named = [e for e in deadlines if f.query is not None and e.id in f.query.coursework]
    near = named or sorted(deadlines, key=lambda e: abs(e.start - reader.now))[:1]
    # (a file's size named: the page gives no limit, which is said first)
    size = (W.NOT_ON_PAGE_TERM.format(what=W.NOT_ON_PAGE_TERMS["sizelimit"]) + " "
            if _SIZE_SAID.search(f.query.raw if f.query is not None else f.text) else "")
    text = size + W.PERSONAL_SUBMISSION
    if near:
        text += "\n" + W.PERSONAL_SUBMISSION_DUE.format(
            line=view.event_lines(near[:1], reader)[0].lstrip("• "))
    return Reply("personal", False, 0.6, text, near[:1])


# Matters whose reply names the deadline they bear on, when the message names the hand-in: a
# loss, someone else in hospital written for, or a mishap that keeps the writer from the work
# (a dead laptop, a power cut: an emergency the staff will weigh against a date).
# A request of one's own for more time is not answered with dates ("can i have longer
# for cw2": the staff's, privately), nor marks, feedback or integrity.
_DEADLINE_CONCERNS = frozenset({"grief", "for_someone", "hardship"})


def _with_deadline_concerned(reply: Reply, f: Frame, view: CourseView,
                             reader: Reader) -> Reply:
    """"mi abuela murió, i can't do task 2": the reply, then the deadlines it bears on (the
    coursework named, else the next one due when a hand-in is named); the reply as it is when
    the message names no hand-in, or only a decision about access or one's place."""
    told = f.query.raw if f.query is not None else f.text
    kinds = privacy_matter(told)
    deadlines = [e for e in view.timed if e.kind == "deadline"]
    named = [e for e in deadlines if f.query is not None and e.id in f.query.coursework]
    if (not kinds & _DEADLINE_CONCERNS or kinds & {"adjustment", "admin", "crisis"}
            or f.decided_by == WITH_QUESTION
            or not (named or _NAMES_HAND_IN.search(normalize(told)))):
        return reply
    ahead = sorted((e for e in deadlines if e.start >= reader.now), key=lambda e: e.start)
    # ("i missed the deadline because my laptop died": the one just gone, not the next)
    gone = [e for e in deadlines if reader.now - _LATELY <= e.start < reader.now]
    concerned = named or (gone[-1:] if _MISSED_SAID.search(normalize(told)) else []) or ahead[:1]
    concerned = [e for e in concerned if e.title not in reply.text]
    if not concerned:
        return reply  # (nothing due, or the reply names it already)
    # (said, not attached: a personal reply carries no event cards; every task named)
    lines = [W.PERSONAL_SUBMISSION_DUE.format(line=line.lstrip("• "))
             for line in view.event_lines(concerned, reader) if line.startswith("•")]
    return dataclasses.replace(reply, text="\n".join([reply.text, *lines]))


_MISSED_SAID = re.compile(r"\b(?:missed|passed|late|was due|too late|gone)\b")
_LATELY = timedelta(days=7)
# (a task named by its id is named; "all coursework" names no deadline of its own)
_NAMES_HAND_IN = re.compile(r"\b(?:submi\w*|hand(?:ing|ed)? ?in|deadlines?|due|late|"
                            r"(?:the|my) (?:coursework|assignment))\b")


def _material_together(frames: list[Frame], replies: list[Reply], view: CourseView,
                       reader: Reader) -> list[Reply]:
    """Parts about the material that the notes answer none of alone ("how many learnable
    params does a BatchNorm2d(64) have? and what are running_mean/running_var": each
    part's few words find too little) are asked again as one question, whose words find the
    section that answers them both; its answer stands for the first such part, and the
    others, not answered, are then its remainder (asides). Unchanged when any part is
    answered from the notes or the whole is not."""
    parts = [i for i, f in enumerate(frames)
             if f.intent == Intent.CONTENT and f.query is not None and f.command is None]
    if len(parts) < 2 or any(replies[i].quotes for i in parts):
        return replies
    text = " ".join(f"{frames[i].text.strip(' ?')}?" for i in parts)
    whole = answer_from_notes(view.understander.parse(text, reader.now, reader.tz), view, reader)
    if whole is None or not whole.quotes:
        return replies
    return [whole if i == parts[0] else r for i, r in enumerate(replies)]


def _references_once(replies: list[Reply]) -> list[Reply]:
    """A personal reply's "For reference" deadline left out when another part's answer
    lists that deadline ("... the file is corrupted, deadline is in 2 mins": its listing)."""
    mark = W.PERSONAL_SUBMISSION_DUE.split("{", 1)[0]
    out = []
    for r in replies:
        listed = {e.title for o in replies if o is not r for e in o.events}
        if r.intent == "personal" and mark in r.text:
            r = dataclasses.replace(r, text="\n".join(
                line for line in r.text.splitlines()
                if not (line.startswith(mark) and any(t in line for t in listed))))
        out.append(r)
    return out


def _paste_left_aside(message: str, frames: list[Frame]) -> bool:
    """The message's pasted code or log was left out of what was answered (the question
    after it read alone)."""
    paste = split_paste(message)
    if paste is None:
        return False
    first = paste[0].splitlines()[0].strip()
    return not any(first in f.text for f in frames)


# Each refusal's wording (bot/core/wording.py), filled from the course data by _refusal_text;
# refusals whose reply depends on more than the course data are handled in _dispatch.
# Refusals of help to get marks not earned: a part about the work beside one of them is its
# lead-in.
_MISCONDUCT = frozenset({"gaming", "copying", "dishonest", "assessed_work", "others_work",
                         "marking", "write_for_you", "during_test", "leaked_paper",
                         "fabricated", "others_solution"})
_REFUSAL_WORDING = {
    "impersonate": "REFUSE_IMPERSONATE", "advert": "REFUSE_ADVERT",
    "mass_advert": "REFUSE_MASS_ADVERT", "hateful": "REFUSE_HATEFUL", "threat": "REFUSE_THREAT",
    "mockery": "REFUSE_MOCKERY", "instructions": "REFUSE_INSTRUCTIONS",
    "staff_claim": "REFUSE_STAFF_CLAIM", "others_data": "REFUSE_OTHERS_DATA",
    "others_status": "REFUSE_OTHERS_STATUS",
    "confront": "REFUSE_CONFRONT",
    "others_chats": "REFUSE_OTHERS_CHATS",
    "staff_data": "REFUSE_STAFF_DATA", "during_test": "REFUSE_DURING_TEST",
    "others_work": "REFUSE_OTHERS_WORK", "copying": "REFUSE_COPYING",
    "write_for_you": "REFUSE_WRITE_FOR_YOU", "dishonest": "REFUSE_DISHONEST",
    "attack": "REFUSE_ATTACK", "marking": "REFUSE_MARKING", "harm": "REFUSE_HARM",
    "credentials": "REFUSE_CREDENTIALS", "others_account": "REFUSE_OTHERS_ACCOUNT",
    "spam": "REFUSE_SPAM", "leaked_paper": "REFUSE_LEAKED_PAPER", "pass_on": "REFUSE_PASS_ON",
    "in_their_name": "REFUSE_IN_THEIR_NAME", "gaming": "REFUSE_GAMING",
    "intrude": "REFUSE_INTRUDE", "third_party": "REFUSE_THIRD_PARTY", "general": "REFUSE_GENERAL",
    "fabricated": "REFUSE_FABRICATED", "others_solution": "REFUSE_OTHERS_SOLUTION",
    "pirated": "REFUSE_PIRATED", "marks": "REFUSE_MARKS", "others_kind": "REFUSE_OTHERS_KIND",
    "hinted": "REFUSE_HINTED",
}


def _refusal_text(refusal: str, view: CourseView, forum: dict[str, str]) -> str:
    """A refusal's words with whatever of the course they name (its code and title, forum,
    submission system, an example topic, whether the work is individual)."""
    s = view.schedule
    individual = W.INDIVIDUAL if s.assessment.coursework_individual else ""
    return str(getattr(W, _REFUSAL_WORDING[refusal])).format(
        code=s.course.code, title=s.course.title, individual=individual,
        topic=example_topic(s), via=s.assessment.submission_via, **forum)


def _emergency(support: Support | None) -> str:
    """Emergency help as the course data names it, or in general words."""
    return (W.CRISIS_EMERGENCY_NAMED.format(number=support.emergency)
            if support is not None and support.emergency else W.CRISIS_EMERGENCY)


def _proper_help(kinds: set[str], support: Support | None) -> str:
    """A symptom or a legal problem: where to get proper help, as the course data names it
    (the university's own services differ), or in general words."""
    if "symptom" in kinds:
        health = support.health if support is not None and support.health else W.HEALTH_SERVICE
        return W.PERSONAL_HEALTH_HELP.format(emergency=_emergency(support), health=health)
    advice = support.advice if support is not None and support.advice else W.LEGAL_ADVICE
    return W.PERSONAL_LEGAL_HELP.format(advice=advice)


def _crisis_text(support: Support | None) -> str:
    """For someone who may be in danger: emergency help and support, as the course data
    names them, or in general words."""
    emergency = _emergency(support)
    services = support.services if support is not None else []
    named = (W.CRISIS_SUPPORT_NAMED.format(services=join(services)) if services
             else W.CRISIS_SUPPORT)
    return W.PERSONAL_CRISIS.format(emergency=emergency, support=named)


def _personal_text(f: Frame, forum: dict[str, str], support: Support | None) -> str:
    """A reply that fits the matter: someone struggling is heard and pointed to support
    first (and to the staff for what only they decide); otherwise what the bot cannot see
    or grant, and who can."""
    kinds = privacy_matter(f.query.raw if f.query is not None else f.text)
    if kinds & {"symptom", "legal"} and "distress" not in kinds:
        # a symptom or a legal problem: not the course's, pointed to proper help; the staff
        # only when the course's work is named too
        text = _proper_help(kinds, support)
        return f"{text}\n{W.PERSONAL.format(**forum)}" if "course" in kinds else text
    if "distress" not in kinds and kinds & {"urgent", "exemption", "action"}:
        # what only a person can do or decide, said plainly first: a mishap in the middle of
        # an assessment (urgently), an exemption, an action on the course asked of the bot
        return (W.PERSONAL_URGENT if "urgent" in kinds
                else W.PERSONAL_EXEMPTION if "exemption" in kinds
                else W.PERSONAL_ACTION).format(**forum)
    if f.decided_by == WITH_QUESTION and "distress" not in kinds:
        # "my dad is in hospital, what's still due?": a kind word before the answer; a TA
        # for what the staff decide: one's own illness (what it held up is theirs to weigh)
        # and what one lives with (an adjustment) are offered one, whether asked or not
        told = f.query.raw if f.query is not None else f.text
        if asks_other_arrangement(told):
            return W.PERSONAL_ARRANGEMENT_KIND.format(**forum)  # (a TA for the arrangement)
        if situation(told) or lives_with(told):
            return W.PERSONAL_SITUATION_KIND  # (its TA offer covers what the staff decide)
        if "unwell" in kinds:
            return W.PERSONAL_UNWELL_KIND  # (its TA offer likewise)
        return f"{W.PERSONAL_KIND}\n{W.PERSONAL.format(**forum)}" if "staff" in kinds \
            else W.PERSONAL_KIND
    if "for_someone" in kinds and not kinds & {"distress", "unwell"}:
        # "i'm writing for my friend who is in hospital, she can't submit": care for them,
        # and their hand-in raised with the staff (whatever went wrong with it)
        return W.PERSONAL_FOR_SOMEONE
    if "distress" not in kinds and not kinds & {"unwell", "submission", "lost_work"}:
        # an arrangement for access, or a decision about one's place on the course: said
        # for what it is, not as marks and extensions
        if "adjustment" in kinds:
            return W.PERSONAL_ADJUSTMENT.format(**forum)
        if "admin" in kinds:
            return W.PERSONAL_ADMIN.format(**forum)
        if "conduct" in kinds:
            return W.PERSONAL_CONDUCT.format(**forum)
        if "integrity" in kinds:
            return W.PERSONAL_INTEGRITY.format(**forum)

    if "distress" not in kinds:
        # (an upload turned away for its size: the page gives no limit, which is said first)
        size = (W.NOT_ON_PAGE_TERM.format(what=W.NOT_ON_PAGE_TERMS["sizelimit"]) + " "
                if "too_big" in kinds else "")
        return (size + (W.PERSONAL_UNWELL if "unwell" in kinds else "")
                + (W.PERSONAL_LOST_WORK if "lost_work" in kinds and "unwell" not in kinds
                   else W.PERSONAL_HARDSHIP if "hardship" in kinds and "unwell" not in kinds
                   else "")
                + W.PERSONAL.format(**forum))
    text = W.PERSONAL_WELLBEING.format(**forum)
    if "grief" not in kinds:
        text = f"{text} {W.PERSONAL_CRISIS_LINE}"
    if "staff" in kinds:
        return f"{text}\n{W.PERSONAL.format(**forum)}"
    # "my grandma died, i can't finish for tuesday": the work named, or a loss (which the
    # work will feel), is the staff's to weigh; the offer to pass it on is made
    if kinds & {"course", "grief"}:
        return f"{text}\n{W.PERSONAL_WELLBEING_STAFF}"
    # (nothing asked of the staff: the offer of a TA is made all the same, so the writer has a
    # person from the course to turn to, not only services)
    return f"{text}\n{W.PERSONAL_WELLBEING_TA}"


def _with_formal(text: str, asked: str) -> str:
    """"Delete all my data, this is a GDPR request": the pointer to "forget me" (it deletes
    all the bot stores), and a person for the formal request about the university's data."""
    return (f"{text} {W.FORGET_FORMAL}" if formal_data_request(privacy_normalise(asked))
            else text)


def _action_declined(f: Frame, view: CourseView, reader: Reader,
                     forum: dict[str, str]) -> Reply:
    """"Sign me up for the thursday tutorial": not something the bot does, a person offered;
    the one session or task the message names after it, as the page gives it."""
    text = W.PERSONAL_ACTION.format(**forum)
    events = named_events(f.query, view, reader, limit=1) if f.query is not None else []
    if not events:
        return Reply("personal", False, 0.6, text)
    lines = [text, W.PERSONAL_ACTION_DATES, *view.event_lines(events[:1], reader)]
    return Reply("personal", False, 0.6, "\n".join(lines))


def _errand_declined(f: Frame, view: CourseView, reader: Reader) -> Reply:
    """"Book me a flight after the cw3 deadline": not something the bot does; the course's
    date the message names (one thing, not a list of every session of a kind) after it."""
    c = view.schedule.course
    text = W.REFUSE_ERRAND.format(code=c.code, title=c.title)
    events = named_events(f.query, view, reader, limit=1) if f.query is not None else []
    if not events:
        return Reply("off_topic", False, 0.9, text)
    lines = [text, W.REFUSE_ERRAND_DATES, *view.event_lines(events[:1], reader)]
    return Reply("off_topic", False, 0.9, "\n".join(lines), events[:1])


def _caught_up(f: Frame, caught: Reply, forum: dict[str, str],
               support: Support | None) -> Reply:
    """"Joined late / been ill, what have I missed": the weeks so far, after the words for
    someone struggling or unwell, and before what only the staff can do for them."""
    kinds = privacy_matter(f.query.raw if f.query is not None else f.text)
    if "distress" in kinds or "staff" in kinds:
        return dataclasses.replace(
            caught, text=f"{_personal_text(f, forum, support)}\n\n{caught.text}")
    if "unwell" in kinds:
        return dataclasses.replace(caught, text="\n".join(
            [W.PERSONAL_UNWELL.strip(), caught.text, W.PERSONAL.format(**forum)]))
    return caught


# Replies that say when something is held or due.
_WHEN_REPLIES = frozenset({"deadline", "schedule"})
# Replies about the course's facts; one that could not answer offers a person who can.
# Readings under which what a named session covered is asked ("what was T01 about"): the
# schedule's reading gives its time, the topic's its title; the notes say what it covered.
_SESSION_CONTENT_READINGS = frozenset({Intent.TOPIC, Intent.SCHEDULE, Intent.CONTENT})
# Readings under which the material framed by the exam is asked: as the exam's logistics,
# a fact the page lacks, or the material itself.
_EXAM_CONTENT_READINGS = frozenset({Intent.LOGISTICS, Intent.NOT_ON_PAGE, Intent.CONTENT,
                                    Intent.TOPIC, Intent.READING, Intent.POLICY})
# Readings under which an assessment the page does not list is answered as missing.
_UNLISTED_READINGS = frozenset({"deadline", "schedule", "topic", "reading", "people",
                                "logistics", "not_on_page", "policy", "unknown", "missing"})
_FACT_INTENTS = frozenset({"deadline", "schedule", "topic", "reading", "people", "logistics"})
# The confidence of a handler's "I don't know that" (nothing found for the question).
_NOTHING_FOUND = 0.2
# Readings under which "must I revise X" is heard as whether X is examinable (logistics
# too: its handler answers that only when the word "examinable" is there).
_NOT_EXAM_FACTS = frozenset({"reading", "topic", "schedule", "logistics"})
# Readings under which a guess at a session's slot or place is still checked against the page.
_GUESS_CHECKED = frozenset({"complaint", "not_on_page"})
# Those read as asking when something is (held or due).
_WHEN_FACTS = frozenset({"schedule", "deadline"})
# Those read as asking what is held when (not who, not what is due).
_SESSION_FACTS = frozenset({"schedule", "topic", "logistics"})
# Readings under which "which comes first, X or Y" asks the order two topics are taught in.
_ORDER_READINGS = _FACT_INTENTS | {"content", "reading"}


# A time of day or an end asked for ("what time", "when does it close"); a bare "when is the
# week 3 quiz" is answered by the week the page places it in.
_CLOCK_ASKED = re.compile(r"\b(?:time|times|o'?clock|clos\w*|shut\w*|opens?|due|deadline|"
                          r"until|till|hour|hours|starts?|begins?|ends?)\b")


def _untimed_only(q: Query, reply: Reply) -> Reply:
    """"When does the week 5 quiz close": a time asked of sessions or tasks the page lists
    with none (each shown "no time given") is not answered: a TA is offered for it."""
    if (reply.answered and reply.intent in _WHEN_REPLIES and reply.events and q.has("when")
            and _CLOCK_ASKED.search(q.text)
            and all(e.start is None and e.end is None and e.kind != "lecture"
                    for e in reply.events)):
        # (a lecture without a time is a recording of its week: the week answers "when")
        return dataclasses.replace(reply, answered=False)
    return reply


def _offer_a_ta(reply: Reply, forum: dict[str, str]) -> Reply:
    """"The course page doesn't give the exam's date": say who can, unless the reply does."""
    if (reply.answered or reply.intent not in _FACT_INTENTS or "ask a TA" in reply.text
            or forum["forum_course"] in reply.text):
        return reply
    return dataclasses.replace(reply, text=f"{reply.text}\n{W.NOT_ON_PAGE_TA.format(**forum)}")


# Below this probability a classifier's reading of a part is a guess.
WEAK_READING = 0.5


def _weak_reading(f: Frame) -> bool:
    return f.probability < WEAK_READING and not f.decided_by.startswith("rule:")


def _wants_notes(f: Frame) -> bool:
    """A part the notes would answer (or might: a topic or an unclear question the
    classifier also reads as one for the notes), while they are still being indexed."""
    if f.intent in FROM_NOTES:
        return True
    return f.intent in (Intent.TOPIC, Intent.UNKNOWN) and any(
        i in FROM_NOTES and p >= NOTES_PLAUSIBLE for i, p in f.alternatives)


def _commands_text(commands: tuple, view: CourseView, reader: Reader,
                   policy: ReminderPolicy | None) -> str:
    """What the commands do and where they work. Teams and the emulator carry them out and
    say what they did instead; the console and `ask` show this ("stop messaging me", "can I
    talk to a human": what the bot would do, and how to have it done). A reminder setting
    is served all the same: what it would cover, in the asker's zone."""
    c = view.schedule.course
    said = [W.REMIND_HERE.format(what=reminder_preview(command, view.schedule, policy,
                                                         reader.now, reader.tz)).strip()
            for command in commands if isinstance(command, Command)]
    forum = {"forum": c.forum.name, "forum_course": c.forum.course_name}
    if any(isinstance(command, ForgetMe) for command in commands):
        said.append(W.FORGET_HOW)
    if (asked := next((cmd for cmd in commands if isinstance(cmd, AskHuman)), None)) is not None:
        # (a message to pass on: that it will be passed on privately, not that it was)
        said.append((W.RELAY_HOW if asked.relay else W.ASK_TA_HOW).format(**forum))
    if len(said) > sum(isinstance(command, Command) for command in commands):
        said.append(W.COMMAND_IN_CHAT.format(code=c.code, title=c.title))
    return "\n".join(said)


def _in_zone(command: object, zone: object) -> object:
    name = getattr(zone, "key", None)
    if isinstance(command, Command) and command.zone is None and name:
        return dataclasses.replace(command, zone=name)
    return command


def _is_command(f: Frame) -> bool:
    """A frame the adapter carries out (an unconfirmed "forget me" is only explained)."""
    return f.command is not None and not (isinstance(f.command, ForgetMe)
                                          and not f.command.confirmed)


def _answered_about(q: Query, reply: Reply) -> Query:
    """The subject to remember: the question, with the one or two events the answer was
    about when the question named them only by description ("bronstein's lecture")."""
    if q.coursework or q.lectures or q.tutorials or not 0 < len(reply.events) <= 2:
        return q
    by_kind = {k: [e.id for e in reply.events if e.kind == k]
               for k in ("deadline", "lecture", "tutorial")}
    return dataclasses.replace(q, coursework=by_kind["deadline"], lectures=by_kind["lecture"],
                               tutorials=by_kind["tutorial"])


def _carried_ids(q: Query) -> bool:
    """Whether the part's task, lecture or tutorial ids were carried over from the part
    before it, none written in it ("... what's the last coursework? and when is it due")."""
    return bool(q.coursework or q.lectures or q.tutorials) and not any(
        kind in ("coursework", "lecture", "tutorial") for kind, _ in q.spans)


# What a part can ask of a thing named before it, beyond when, where or who (the lexicon's
# concepts): whether it is recorded or live, examinable, how it is weighted or handed in.
_FACTS_OF_A_THING = ("recorded", "live", "examinable", "exam", "weight", "submit", "policy",
                     "not_on_page", "individual", "spec")


def _asks_more_of(q: Query, before: Query | None) -> bool:
    """Whether `q` asks a fact of the thing that the part `before` did not ask."""
    return any(q.has(c) and (before is None or not before.has(c)) for c in _FACTS_OF_A_THING)


def _about_previous(f: Frame, previous: Reply, view: CourseView,
                    before: Query | None = None) -> Frame:
    """The part with the events of the answer before it, when it points back ("who ran it",
    "is it live") and names none of its own; one or two things, or one slot's. After an
    answer from the notes, "it" is the lecture or tutorial its first passage is from
    ("what's dropout for and which lecture covers it")."""
    q = f.query
    assert q is not None
    taught = _taught_in(previous, view)
    events = taught or previous.events
    slots = {e.start or e.id for e in events}
    # (ids carried over from the part before, none written in this one, are that part's
    # subject; the answer to it says what "it" became: "after task 2 what's the last one?
    # when is it due")
    ids = (q.coursework or q.lectures or q.tutorials) and not _carried_ids(q)
    # (a subject carried over from the notes' question is that question's, not this part's)
    carried = bool(taught) and before is not None and q.topic == before.topic
    names = ids or q.staff or q.notes or (q.subject_known and not carried)
    if f.decided_by == ITEM_BESIDE:
        return f  # ("... and the one after it": the item beside it, already found)
    if not events or len(slots) > 2 or names or not (refers_back(q.text)
                                                      or asks_same_as(q)):
        return f
    by_kind = {k: [e.id for e in events if e.kind == k]
               for k in ("deadline", "lecture", "tutorial")}
    if not any(by_kind.values()):
        return f
    # words no title has ("ran" in "who ran it") are no subject of their own
    borrowed = dataclasses.replace(q, coursework=by_kind["deadline"],
                                   lectures=by_kind["lecture"], tutorials=by_kind["tutorial"],
                                   topic="", subject_words=[], focus_words=[], topic_matches=[])
    intent = f.intent
    if intent == Intent.OTHER_COURSE and f.decided_by == "classifier" and taught:
        # ("rnn = recurrent net right? who teaches it and when": "it" is what the notes
        # just answered from this course, not another course's; the best reading of the page)
        intent = next((i for i, _ in f.alternatives if i.value in _FACT_INTENTS), intent)
    return dataclasses.replace(f, query=borrowed, intent=intent)


def _taught_in(previous: Reply, view: CourseView) -> list[Event]:
    """The lecture or tutorial the first passage of an answer from the notes comes from."""
    if previous.intent not in _NOTES_REPLIES or not previous.quotes or not previous.sources:
        return []
    top = previous.sources[0]
    s = view.schedule
    if top.lecture is not None:
        lecture = next((lec for lec in s.lectures if lec.number == top.lecture), None)
        found = s.event(lecture.id) if lecture is not None else None
    else:
        found = s.event(top.id)
    return [found] if found is not None and found.kind in ("lecture", "tutorial") else []


# Replies that only say the bot cannot help with a matter of the writer's own.
_OWN_MATTERS = frozenset({"personal", "own_work"})


def _context_of_answer(f: Frame, reply: Reply) -> bool:
    """A part that asks nothing, read as the writer's own matter by a classifier alone (no
    rule, no matter the privacy rules name), or by a rule only on background ("trying to
    plan my shifts"), and not answered: context, not a second reply."""
    q = f.query
    return (q is not None and not reply.answered and reply.intent in _OWN_MATTERS
            and not asks(q.raw) and not privacy_matter(q.raw)
            and (not f.decided_by.startswith("rule:") or background_only(q.raw)))


# At most this many words in a part that only offers a guess ("monday 9am", "2 hours").
_GUESS_WORDS = 4


def _guess_after_unknown(f: Frame, before: Reply) -> bool:
    """A short part that asks nothing and names nothing of its own, after a part about the
    course's facts that the page does not answer: the asker's guess at that answer."""
    q = f.query
    return (q is not None and not before.answered
            and before.intent in _FACT_INTENTS | {"not_on_page"}
            and len(q.words) <= _GUESS_WORDS and not asks(q.raw)
            and not (q.coursework or q.lectures or q.tutorials or q.staff or q.subject_known))


_GUESSED_TOPIC_WORDS = 6
_WH = re.compile(r"\b(?:what|whats|which|how|why|when|where|who|explain)\b")


def _guess_at_task_contents(f: Frame, before: Reply) -> bool:
    """A short topic after the page's silence on what a task covers ("what's cw1 about? the
    <topic> thing?"): the asker's guess, not a question for the notes (quoting them on it
    would confirm it)."""
    q = f.query
    return (q is not None and before.text.startswith(W.TASK_CONTENTS_UNKNOWN[:40])
            and f.intent in FROM_NOTES and len(q.words) <= _GUESSED_TOPIC_WORDS
            and not _WH.search(q.raw.lower())
            and not (q.coursework or q.lectures or q.tutorials or q.staff))


_NAMING_SPANS = frozenset({"coursework", "lecture", "tutorial", "note", "person", "course"})
_THING_CUES = frozenset({"qa", "tutorial", "lecture", "panel", "quiz", "coursework", "session",
                         "deadline", "exam"})


def _time_only_remark(f: Frame, now: datetime) -> bool:
    """A part that asks nothing and names no event, task, person or topic of the course,
    only a time already past ("got covid last week", "i was away the last two weeks")."""
    q = f.query
    if (q is None or q.time.window is None or asks(q.raw) or f.command is not None
            or q.time.window.end > now):
        return False  # ("also anything tomorrow" asks, even without a question mark)
    # its own words only: a part may carry the task of the part before ("... task 3? got
    # covid last week")
    named = {kind for kind, _ in q.spans} & _NAMING_SPANS
    return not (named or set(q.cues) & _THING_CUES or q.subject_known)


# A reading that wins by less than this over the next is a close call: the classifier's
# guess, which each retrain may move (measured: the parts a retrain moved won by 0.0-0.5).
CLOSE_MARGIN = 0.5
# Unanswered replies that still tell the student something (whom to ask, a rule, a matter
# passed on): never folded away as adding nothing.
_SAYS_SOMETHING = frozenset({"personal", "refused", "missing", "not_on_page", "policy",
                             "feedback", "other_course", "complaint", "own_work"})


def _close_call(f: Frame) -> bool:
    """A classifier's reading (no rule, command or choice) that wins by a small margin."""
    if (f.query is None or f.command is not None or f.decided_by == "chosen"
            or f.decided_by.startswith("rule:") or f.decided_by.endswith("+complaint")):
        return False
    rivals = [p for i, p in f.alternatives if i != f.intent]
    return f.probability - (rivals[0] if rivals else 0.0) < CLOSE_MARGIN


def _names_its_own(q: Query) -> bool:
    """Names in its own words a thing, person, time or order of its own ("who marks it"
    names nothing: its task is borrowed from the part before), or a subject without pointing
    back ("or is that wrong" names none)."""
    named = {kind for kind, _ in q.spans} - {"zone"}
    return bool(named or set(q.cues) & _THINGS_OF_THE_COURSE or q.direction or (
        set(q.subject_words) & set(q.words) and not refers_back(q.text)))


# Concepts that name a thing of the course: its parts and materials, how it is held.
_THINGS_OF_THE_COURSE = THINGS_NAMED | _THING_CUES | {"read", "materials_where", "recorded",
                                                      "live", "software", "release"}


def _asked_in(part: str, message: str) -> bool:
    """The part asks: in its words, or by the "?" after it in the message (the split cuts
    it off)."""
    return asks(part) or bool(re.search(re.escape(part.strip()) + r"\s*\?", message))


def _says_nothing(reply: Reply) -> bool:
    """A reply that found nothing to say ("I don't know that") or asks back which is meant."""
    return not (reply.answered or reply.quotes or reply.events) and (
        reply.confidence <= _NOTHING_FOUND or reply.intent == "clarify")


def _adds_nothing(f: Frame, reply: Reply, others: list[Reply], message: str) -> bool:
    """A part of several that adds nothing to the others' answers: a remark (no question,
    no command) or a close call that finds nothing to say ("which do you mean", "I don't
    know that"); or a close call naming nothing of its own ("which one is right", "what
    time here") answered with events: other ones (a guess at what it is about) or the same
    again."""
    q = f.query
    if q is None or f.command is not None or reply.intent in _SAYS_SOMETHING:
        return False
    if reply.answered and asks_clock_change(q.raw):
        # "... in my time, and does daylight saving ending change it": whether a clock change
        # moves the event is a fact beside its time, though of the same event
        return False
    close = _close_call(f)
    if _says_nothing(reply):
        return close or not _asked_in(q.raw, message)
    if not (close and reply.answered and reply.events) or _names_its_own(q):
        return False
    theirs = {e.id for r in others for e in r.events}
    ours = {e.id for e in reply.events}
    return not ours & theirs or ours <= theirs


def _fold_close_calls(frames: list[Frame], replies: list[Reply], asides: list[bool],
                      message: str) -> list[bool]:
    """The asides, with the parts that add nothing folded in, when another part is kept
    (whose answer is then the message's)."""
    folded = [aside or (_adds_nothing(f, r, [o for j, o in enumerate(replies)
                                             if j != i and not asides[j]], message)
                        # (the question after a matter of one's own that leads into its
                        # answer, "here's what the course page says:", is that answer)
                        and not (i and frames[i - 1].decided_by == WITH_QUESTION))
              for i, (aside, f, r) in enumerate(zip(asides, frames, replies, strict=True))]
    return folded if not all(folded) else list(asides)


# Refusals whose reply gives the course's dates the message names (an errand's), or that
# decline a remark of everyday life beside a question.
_WITH_ITS_DATES = frozenset({"errand", "off_topic", "banter"})


def _declined(f: Frame) -> bool:
    """A part a refusal rule turned down that asks something (an everyday remark beside the
    question, "nice weather today", asks nothing)."""
    return (f.intent == Intent.REFUSED and f.decided_by.startswith("rule:")
            and (f.refusal != "off_topic" or asks(f.text)))


def _names_what_to_remind(f: Frame) -> bool:
    q = f.query
    return (isinstance(f.command, Command) and q is not None
            and f.command.action in ("subscribe", "only", "add")
            and bool(q.coursework or q.lectures or q.tutorials or q.staff
                     or (q.kinds and q.direction in ("next", "first", "last", "previous"))))


def _chosen(f: Frame, intent: str) -> Frame:
    """The frame with the intent the student picked from the suggestions."""
    try:
        picked = Intent(intent)
    except ValueError:
        return f
    return dataclasses.replace(f, intent=picked, probability=1.0, decided_by="chosen")


def _clarify(f: Frame, view: CourseView) -> Reply:
    """Two or three readings too close to choose between: ask, with one button each."""
    q = f.query
    what = _subject_name(q, view) if q is not None else ""
    suggestions = [Suggestion(_clarify_option(i.value, what), i.value)
                   for i, _ in f.alternatives]
    lines = [W.CLARIFY, *(f"• {s.title}" for s in suggestions)]
    return Reply("clarify", False, f.probability, "\n".join(lines), suggestions=suggestions)


def _clarify_option(intent: str, what: str) -> str:
    """One suggested reading as a phrase: about the subject when the course knows it by name
    ("When CW2 is due"), otherwise a general one ("How the course is run")."""
    if not what and intent in W.CLARIFY_OPTIONS_UNNAMED:
        return W.CLARIFY_OPTIONS_UNNAMED[intent]
    return W.CLARIFY_OPTIONS.get(intent, intent).format(what=what or W.CLARIFY_IT).strip()


def _subject_name(q: Query, view: CourseView) -> str:
    """How the question's subject reads in a suggestion: "CW2", "lecture 10", "T07", or the
    words of its topic; "" when it names none of these (the cue words left in a question,
    "inperson online", are no phrase to offer)."""
    if q.coursework:
        return q.coursework[0]
    if q.lectures:
        lec = view.schedule.lecture(q.lectures[0])
        return f"lecture {lec.number}" if lec else q.lectures[0]
    if q.tutorials:
        return q.tutorials[0]
    if q.staff:
        return q.staff[0]
    # The words that carry the subject ("weight decay") when they name a lecture's,
    # tutorial's or reading's topic: those of the question's words that are in the title it
    # matched; the rest of the question ("machines old pytorch breaks", "whether remain
    # available ends") is no subject to offer. Matched by meaning with no word in common,
    # the title itself names it.
    if not q.subject_known:
        return ""
    title = q.topic_matches[0].item.title
    in_title = {singular(w) for w in _TITLE_WORD.findall(title.lower())}
    subject = set(q.subject_words)
    words = [w for w in q.words if w not in STOPWORDS and w not in FILLER
             and w not in _EVENT_WORDS and w in subject and singular(w) in in_title]
    return " ".join(words[:4]) or _PARENTHESIS.sub("", title).strip()


_TITLE_WORD = re.compile(r"[a-z0-9]+")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


def _after_lead(prefix: str, text: str) -> str:
    """The reply after what is said before it; a "Yes:" the lead already gave ("is that in UK
    time? I'm in Paris": "Yes: the page gives course time ...") is not said again."""
    lead = prefix.rstrip("\n").rsplit("\n", 1)[-1]
    if lead.startswith(W.CONFIRM_YES) and text.startswith(W.CONFIRM_YES + " "):
        rest = text[len(W.CONFIRM_YES) + 1:]
        text = rest[:1].upper() + rest[1:]
    return prefix + text


def _cleaned(question: str) -> str:
    """The message without control characters, a pasted trailer and a mention of the bot
    (Teams puts "@<bot's name>" before a channel message), as it is read."""
    return without_bot_mention(_CONTROL.sub(" ", without_trailer(question or "")).strip())
