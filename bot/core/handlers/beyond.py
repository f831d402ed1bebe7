"""Answers beyond the schedule's tables: help with the student's own work, what the page does
not state, another course, things that are not the bot's business, complaints, and asking
back when the question could mean two things.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, time, timedelta

from bot.core import wording as W
from bot.core.beyond_this_run import asks_beyond_this_run
from bot.core.bot_mistaken import bot_was_wrong
from bot.core.complaint_route import Raised, asks_to_raise
from bot.core.course import CourseView, Reader
from bot.core.failures import Failure, items_covering, named_failures
from bot.core.handlers import Reply
from bot.core.handlers.logistics import (
    answer_logistics,
    asks_place_on_site,
    asks_weights,
    course_identity,
    hand_in_said,
    weight_premise,
)
from bot.core.handlers.notes import (
    answer_from_notes,
    composed_answer,
    ranked_adapted,
    search_text,
)
from bot.core.handlers.people import person_roles
from bot.core.lexicon import (
    COURSE_JUDGEMENT,
    HARDER_THAN,
    NO_HELP,
    PERIOD_TERMS,
    everyday_kind,
)
from bot.core.queries import (
    asks_exam_scope,
    events_of,
    named_events,
    split_at,
    undated_time_asked,
    unstated_terms,
)
from bot.core.timefmt import format_day_date
from bot.core.understand import Query
from bot.core.university_services import university_service
from bot.knowledge.compose import describes_symptom, heading_names, is_trouble_heading
from bot.knowledge.confidence import ANSWER_THRESHOLD, answer_probability
from bot.nlu.features import reports_a_run
from bot.schedule.model import Event

# A passage must match a student's own problem better than a question about the material:
# the question is about their code, and a loosely related passage does not help. A
# passage of a section about what goes wrong ("Common GAN failure modes") is enough at the
# notes' usual threshold, when its unit is close to what the student describes (a cosine
# of TROUBLE_COSINE; "CUDA out of memory" against a list of CNN pitfalls is 0.31): such
# sections are written for these questions.
OWN_WORK_THRESHOLD = 0.7
TROUBLE_COSINE = 0.4


def _forum(view: CourseView) -> dict[str, str]:
    c = view.schedule.course
    return {"forum": c.forum.name, "forum_course": c.forum.course_name}


def answer_own_work(q: Query, view: CourseView, reader: Reader) -> Reply:
    """"My VAE outputs blurry images": what the notes say about it, and a TA for the rest.
    Never a deadline: naming the task is context, not the question."""
    # The machine itself too weak ("my old macbook can't handle training the gan") is the
    # problem, not the model it names: where to run the work, before anything in the notes.
    weak_here = bool(_OWN_MACHINE.search(q.text) and _WEAK.search(q.text))
    if _exercise(q, view) and (found := answer_from_notes(q, view, reader)) is not None:
        # "input 32x32, 5x5 kernel, stride 1, no padding: output size?": an exercise put in
        # numbers, not trouble with one's own work; the notes answer it as any question
        return found
    found, about_faults = None, False
    if not weak_here:
        # Searched as a symptom first; else read as a question about the material (the
        # question adapter, the section choice), by the same rules: the symptom search keeps
        # the search's order, so its first section may be a neighbour of the one that
        # explains it ("sigmoid everywhere, first-layer grads 1e-8": a network's training
        # section before the one on vanishing gradients).
        found, about_faults = _own_work_answer(q, view, reader, symptom=True)
        if found is None:
            found, about_faults = _own_work_answer(q, view, reader, symptom=False)
    if found is None:
        c = view.schedule.course
        advice = c.gpu_advice
        slow_here = weak_here or bool(_OWN_MACHINE.search(q.text) and _SLOW.search(q.text))
        if ((q.has("gpu") or slow_here) and advice
                and (weak_here or not _runs_on_a_gpu(q, c.gpu_services))):
            # "no GPU on my laptop, each epoch takes forty minutes": the page's own advice on
            # where to run the work, when it gives some, and a TA for the rest. (Not for
            # trouble on a GPU already, "CUDA out of memory on the cloud service": no advice;
            # but with one's own machine too weak as well, the page's choices are the help.)
            return Reply("own_work", False, 0.4, "\n".join([
                W.OWN_WORK_GPU.format(advice=advice), W.OWN_WORK_TA]))
        if not weak_here and (practice := _practice_answer(q, view, reader)) is not None:
            # "my classes are 90/10, what loss do I use": no report of a run, a question
            # about the material asked of one's work; the notes answer it as any other
            return dataclasses.replace(as_own_work(practice), of_practice=True)
        return Reply("own_work", False, 0.3, W.OWN_WORK_NOT_FOUND.format(**_forum(view)))
    named = named_failures(q.raw)
    if named and (found := _covering(found, named, about_faults)) is None:
        # "ImportError: cannot import name ...": the notes found name no such failure
        return Reply("own_work", False, 0.3, W.OWN_WORK_NOT_FOUND.format(**_forum(view)))
    return as_own_work(found)


def _own_work_answer(q: Query, view: CourseView, reader: Reader, symptom: bool
                     ) -> tuple[Reply | None, bool]:
    """The notes' answer to help with one's own work, searched as a symptom (`symptom`) or as
    a question about the material, when it passes the stricter rules of help with one's
    work (OWN_WORK_THRESHOLD); None otherwise. Also whether the passage lists what goes
    wrong with what the student names (`_covering` keeps such a list whole)."""
    _, gate, composed, values = composed_answer(q, view, symptom=symptom, own_work=True)
    if composed is None:
        return None, False
    # ... or names what the student names ("my GAN ..." against "Common GAN failure modes").
    about_faults = (is_trouble_heading(composed.chunk.section)
                    and (composed.best_cosine >= TROUBLE_COSINE
                         or heading_names(search_text(q, view), composed.chunk.section) > 0))
    # ... or the composed answer itself is likely right, as for a question about the
    # material: the passage model reads one passage, the answer model what is shown. Not a
    # passage of the course's overview notes: trouble with a submission or a machine is the
    # staff's ("my upload shows 0 bytes"), where to submit no help with it.
    overview = composed.chunk.is_overview
    likely = (bool(values) and not overview and answer_probability(
        values, adapted=ranked_adapted(view, symptom)) >= ANSWER_THRESHOLD)
    # ... or, at the notes' usual threshold, a unit as close to what the student describes
    # as a trouble section's must be ("i use sigmoid in every layer and the first layer's
    # gradients are tiny" against the section on vanishing gradients): the heading need not
    # say it is about what goes wrong. Not a question of practice: the notes answer it by
    # the rules of any question about the material (`_practice_answer`). Not the course's
    # overview notes either (as `likely`).
    # Read as a question only: the symptom search keeps the search's order, and a close
    # unit of its first section may be a neighbour's ("nn.Dropout at test time, do i
    # rescale" from a training loop rather than the section on dropout).
    close = (not symptom and not overview and composed.best_cosine >= TROUBLE_COSINE
             and not _asks_of_practice(q, view))
    if not (gate >= OWN_WORK_THRESHOLD or likely
            or (gate >= ANSWER_THRESHOLD and (about_faults or close))):
        return None, about_faults
    return answer_from_notes(q, view, reader, symptom=symptom, own_work=True), about_faults


def as_own_work(found: Reply) -> Reply:
    """The notes' answer as help with one's own work: its passages, then the offer of a TA;
    never a deadline (naming the task is context, not the question)."""
    lines = found.text.split("\n")
    text = "\n".join([W.OWN_WORK_FROM_NOTES, *lines[1:], W.OWN_WORK_TA])
    events = [e for e in found.events if e.kind != "deadline"]
    # The quote goes with it: cards render it as the notes are written and offer its section.
    return Reply("own_work", found.answered, found.confidence, text, events, found.sources,
                 quotes=found.quotes)


def _asks_of_practice(q: Query, view: CourseView) -> bool:
    """A question about the material asked of one's own work ("my classes are 90/10, what
    loss do I use", "at inference do I have to rescale with dropout"): it asks (not "write
    the training loop for my GAN": work wanted done, which a passage of the notes does not
    answer), and it describes no symptom, reports no run (a measure's number, code, an
    error) and names no failure. The notes answer it as they answer any question about the
    material; a report of what went wrong keeps the stricter rules, since a loosely related
    passage does not help with it."""
    return (_asks(q) and not describes_symptom(search_text(q, view))
            and not reports_a_run(q.raw) and not named_failures(q.raw))


def _exercise(q: Query, view: CourseView) -> bool:
    """An exercise put as a question ("28x28 image, 3x3 conv, padding 1, stride 2, output
    size?"): no writer in it (no "I", "my", "we"), no work wanted done, and it describes no
    symptom, pastes no error and names no failure; numbers alone are its data, not a run
    reported. (Whether it asks is not read: the split cut its question mark off.)"""
    text = q.raw.lower()
    return (not _WRITER.search(text) and not _ERROR_PASTED.search(text)
            and not _WORK_WANTED.search(text)
            and not describes_symptom(search_text(q, view)) and not named_failures(q.raw))


# The writer in the message: their own work is at issue.
_WRITER = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|me|my|mine|myself|we|we're|our|ours|us)\b")
# An error or a traceback pasted: a run's output, whoever's it is.
_ERROR_PASTED = re.compile(r"\w*(?:error|exception|traceback|warning)\b|\bnan\b|\binf\b")


def _asks(q: Query) -> bool:
    """The message asks something, and asks no work done for it."""
    text = q.raw.lower()
    return bool(_ASKS.search(text)) and not _WORK_WANTED.search(text)


# Asking: a question mark, or a question word or an auxiliary put to oneself anywhere
# ("my classes are 90/10, what loss do I use", "at inference do I have to rescale"), or an
# auxiliary opening the message or a clause ("should random crops go in the test transform
# too", "...; does torch rescale it").
_ASKS = re.compile(r"\?|\b(?:what|whats|what's|which|how|why|when|where|whether)\b"
                   r"|\b(?:do|does|did|should|shall|can|could|must|need|is|are|am)"
                   r" (?:i|we|it|they)\b"
                   r"|(?:^|[.,;:!(]\s*)\W*(?:do|does|did|should|shall|can|could|must|is|are"
                   r"|would|will)\b")
# Work wanted done rather than asked about: an order that opens the message or is put to
# the bot ("write the training loop for my cw2 GAN pls", "can you fix my code?").
_WORK_WANTED = re.compile(
    r"(?:^\W*|\b(?:can|could|would|will) (?:you|u) (?:please |pls |just )?"
    r"|\b(?:please|pls|plz) )(?:write|code|implement|fix|debug|finish|complete|solve|make|do)\b"
    r"(?! (?:i|we|you|u|they|it)\b)")  # ("do i need a softmax ...?" asks)


def _practice_answer(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """The notes' answer to a question of practice, by the rules of any question about the
    material (shown when the passage model or the answer model is at least 0.5 sure, given
    as the answer at the confident threshold, hedged below it); None when the notes decline
    it, when it would come from the course's overview notes (they restate the page: no help
    with one's work), or for a report that asks nothing or names a failure.

    A question asked beside what went wrong ("the KL goes to inf, should the encoder output
    the log variance", "D loss hits 0 and G loss climbs, what do I do", "x.view() errors
    after permute, why") is still a question about the material: it is searched both as
    one (with the question adapter) and as a symptom (without it), each by those usual
    rules, and the likelier answer is kept. Either search landing on the course's overview
    notes ("never used pytorch, where do i start before cw1") reads it as about the course,
    not the material: no answer then."""
    if not _asks(q) or named_failures(q.raw):
        return None
    ways = [False] if _asks_of_practice(q, view) else [False, True]
    composed = [composed_answer(q, view, symptom=symptom)[2] for symptom in ways]
    if any(c is None or c.chunk.is_overview for c in composed):
        return None
    found = [reply for symptom in ways
             if (reply := answer_from_notes(q, view, reader, symptom=symptom)) is not None]
    return max(found, key=lambda r: r.confidence, default=None)


def _covering(found: Reply, named: tuple[Failure, ...], about_faults: bool) -> Reply | None:
    """The notes' answer with only what names the failures the student names ("Device
    mismatch: ..." out of a list of CNN pitfalls, for "expected all tensors to be on the same
    device"); None when nothing quoted names them, unless they are symptoms of the model and
    the passage lists what goes wrong with what the student names (`about_faults`)."""
    head, _, body = found.text.partition("\n")
    kept = items_covering(body, named)
    quotes = [dataclasses.replace(quote, markdown=markdown) for quote in found.quotes
              if (markdown := items_covering(quote.markdown, named)) is not None]
    if kept is None or (found.quotes and not quotes):
        return found if about_faults and all(f.symptom for f in named) else None
    return dataclasses.replace(found, text=f"{head}\n{kept}", quotes=quotes)


# Training slow on the student's own machine ("takes hours on my macbook"), or the machine
# too weak for it ("my laptop is ancient, it can't train anything"): where to run the work
# is what helps, as when a GPU is named.
_OWN_MACHINE = re.compile(r"\b(?:laptop|macbook|mac|notebook pc"
                          r"|my (?:\w+ )?(?:pc|computer|machine|desktop)"
                          r"|locally|on my own)\b")
_SLOW = re.compile(r"\b(?:slow|slowly|hours?|forever|ages|so long|too long|takes? long|days"
                   r"|overnight|all night|whole night)\b")
_WEAK = re.compile(r"\b(?:weak|potato|toaster|ancient|old|underpowered|not powerful|crap|crappy"
                   r"|can'?t (?:run|handle|train|cope)|cannot (?:run|handle|train|cope))\b")


def _runs_on_a_gpu(q: Query, services: list[str]) -> bool:
    """The work already runs on a GPU: CUDA named, or one of the services the page names."""
    text = q.raw.lower()
    return "cuda" in text or any(word in text for s in services for word in s.lower().split()
                                 if len(word) > 3 and word != "google")


def answer_not_on_page(q: Query, view: CourseView, reader: Reader) -> Reply:
    """"Is there free pizza at the final Q&A?": the page doesn't say; here is what it does say
    about that event; a TA can tell."""
    if asks_place_on_site(q) and not unstated_terms(q, view) and not q.has("exam"):
        # "which room is the q&a": the page says how the course runs and where sessions are
        # (not where the exam is: it gives no place for it, said below)
        return answer_logistics(q, view, reader)
    if asks_exam_scope(q) and not asks_weights(q):
        return answer_logistics(q, view, reader)  # "will the exam test every lecture"
    if (premise := weight_premise(q, view)) is not None:
        return premise  # "each cw is 20% so the exam is 40?": the numbers corrected
    if asks_weights(q) and (q.has("exam", "coursework") or q.coursework) and not (
            q.asks_unstated or HARDER_THAN.search(q.text)):
        # "hello bot, l'exam compte pour combien dans la note finale": the weight the page
        # gives, whichever reading led here
        return answer_logistics(q, view, reader)
    if (beyond := asks_beyond_this_run(q)) == "earlier":
        # "graduated last year, is it still <staff>, has it changed?": this run only; what
        # the page says of the people named this year; a TA
        c = view.schedule.course
        this_year = [person_roles(q, view, reader).text] if q.staff else []
        return Reply("not_on_page", False, 0.5, "\n".join([
            W.EARLIER_RUN_NOT_STATED.format(code=c.code, term=c.term), *this_year,
            view.ta_offer()]))
    if beyond == "modules":
        # "is this module harder than <another>": no page compares modules
        return Reply("not_on_page", False, 0.5, "\n".join([W.MODULES_NOT_COMPARED,
                                                           view.ta_offer()]))
    if COURSE_JUDGEMENT.search(q.text):
        # "is the course hard", "is it worth taking if i'm weak at maths": no page judges
        # the course; a person can (not the course's name and time zone, nor its weighting)
        return Reply("not_on_page", False, 0.5, "\n".join([W.COURSE_JUDGEMENT_NOT_STATED,
                                                           view.ta_offer()]))
    events = named_events(q, view, reader)
    forum = _forum(view)
    if (asked := q.asks_unstated) is not None and not (
            q.has("exam") and HARDER_THAN.search(q.text)):
        return _unstated_of_listed(q, view, reader, asked, events)
    if q.has("exam") and HARDER_THAN.search(q.text):
        # "is the exam harder than other modules'": no page says; what it says of the exam
        a = view.schedule.assessment
        return Reply("not_on_page", False, 0.5, "\n".join([
            W.EXAM_DIFFICULTY_NOT_STATED.format(weight=a.exam_weight),
            *([a.examinable_note] if a.examinable_note else []),
            view.ta_offer()]))
    if not events and q.has("exam") and not (set(unstated_terms(q, view))
                                             & W.NOT_ON_PAGE_TERMS.keys()):
        # "whats the exam duration, 3 hours?": what the page does say about the exam, and no
        # guess confirmed (a thing the page never states, "a pass mark for the exam", is
        # named instead)
        weight = view.schedule.assessment.exam_weight
        return Reply("not_on_page", False, 0.5, "\n".join([
            W.EXAM_NOT_STATED.format(weight=weight), view.ta_offer()]))
    if not events and (untimed := undated_time_asked(q, events_of(view, set(q.kinds), []))):
        what = " and ".join(W.EVENT_KIND_NAMES[k] for k in sorted({e.kind for e in untimed}))
        return Reply("not_on_page", False, 0.5, "\n".join([
            W.RELEASE_TIME_UNKNOWN.format(what=what), view.ta_offer()]))
    named = list(dict.fromkeys(W.NOT_ON_PAGE_TERMS[t] for t in unstated_terms(q, view)
                               if t in W.NOT_ON_PAGE_TERMS))
    # "addresses" inside "e-mail addresses": the fuller name only
    named = [n for n in named if not any(n != m and n in m for m in named)]
    head = (W.NOT_ON_PAGE_TERM.format(what=" or ".join(named)) if named
            else "")
    if not events:
        hand_in = hand_in_said(q, view)
        if head and hand_in:
            # "do we write a report or just code": not stated, and what is handed in is
            return Reply("not_on_page", False, 0.5, "\n".join([
                head, W.NOT_ON_PAGE_ABOUT_NAMED, hand_in, view.ta_offer()]))
        if head:
            # (the week's lines are an aside, not what the reply is about: no events, so
            # that "the week after it" in a later part is not read as after them)
            around, _ = _around_now(q, view, reader)
            return Reply("not_on_page", False, 0.5, "\n".join([
                head, *around, view.ta_offer()]))
        return Reply("not_on_page", False, 0.4, W.NOT_ON_PAGE.format(**forum))
    said = [hand_in] if head and (hand_in := hand_in_said(q, view)) else view.event_lines(
        events, reader)  # "a report for task 3": what is handed in, not its deadline
    lines = [*([head, W.NOT_ON_PAGE_ABOUT_NAMED] if head else [W.NOT_ON_PAGE_ABOUT]),
             *said, view.ta_offer()]
    return Reply("not_on_page", False, 0.5, "\n".join(lines), events)


def _around_now(q: Query, view: CourseView, reader: Reader) -> tuple[list[str], list[Event]]:
    """After a period the page does not name ("is it half term next week"? no date read):
    what the page lists in the asker's week, or the next thing on it; nothing for other
    unstated things, or when the question said a time (the caller lists that)."""
    if not set(unstated_terms(q, view)) & PERIOD_TERMS or q.time.window is not None:
        return [], []
    now = reader.now.astimezone(reader.tz)
    monday = datetime.combine(now.date() - timedelta(days=now.weekday()), time(), reader.tz)
    dated = sorted((e for e in view.events if e.start is not None), key=lambda e: e.start)
    week = [e for e in dated if monday <= e.start < monday + timedelta(days=7)]
    if week:
        span = f"{format_day_date(monday)} - {format_day_date(monday + timedelta(days=6))}"
        return [W.PERIOD_TERM_AROUND.format(span=span), *view.event_lines(week, reader)], week
    later = [e for e in dated if e.start >= now][:1]
    if later:
        return [W.PERIOD_TERM_NEXT.format(line=view.event_lines(later, reader)[0])], later
    return [], []


def _unstated_of_listed(q: Query, view: CourseView, reader: Reader, asked: str,
                        events: list[Event]) -> Reply:
    """"Is task 2 more work than task 1": the page doesn't say; what it does say of the
    things named (the coursework's deadlines when it names the coursework only as such);
    a TA can tell. Groups and TAs: the page says nothing of them to list."""
    if asked == "marking":
        return _marking_unstated(q, view, events)
    if asked == "cohort":
        return _group_unstated(q, view, reader, events)
    if not events and asked != "grouping" and (q.has("coursework", "deadline")
                                               or "deadline" in q.kinds):
        events = events_of(view, {"deadline"}, [])
    lines = [W.UNSTATED_PREDICATE[asked]]
    named = q.notes or [m.item.id for m in q.topic_matches
                        if m.item.kind == "material" and m.named]
    if asked == "attendance" and named:
        # "is the <notebook> thing a tutorial i have to go to": what the page says of the
        # material named (not a session), then that attendance is not stated
        lines = [*_materials_said(named, view), *lines]
    if asked == "practice_papers":
        lines.append(W.UNSTATED_EXAM_SAID.format(weight=view.schedule.assessment.exam_weight))
    if asked == "cancellation" and (note := view.schedule.course.timetable_note):
        lines += [W.NOT_ON_PAGE_ABOUT_NAMED, note]  # (slots not always used, if it says so)
    if asked in ("grouping", "practice_papers", "attendance", "cancellation"):
        events = []  # (no listing of every session or deadline stands in for the answer)
    if events:
        lines += [W.NOT_ON_PAGE_ABOUT_NAMED, *view.event_lines(events, reader)]
    return Reply("not_on_page", False, 0.5, "\n".join([*lines, view.ta_offer()]),
                 events)


def _materials_said(ids: list[str], view: CourseView) -> list[str]:
    """What the page says of each material named: its title, kind, week and note."""
    return [W.MATERIAL_LISTED.format(title=m.title, kind=m.kind, week=m.week,
                                     note=f", {m.note}" if m.note else "")
            for m in view.schedule.materials if m.id in ids]


def answer_other_course(q: Query, view: CourseView, reader: Reader) -> Reply:
    if (identity := course_identity(q, view)) is not None:
        return identity  # "is 70015 the same as this one": which course this is
    c = view.schedule.course
    return Reply("other_course", False, 0.7, W.OTHER_COURSE.format(code=c.code, title=c.title))


def answer_off_topic(q: Query, view: CourseView, reader: Reader) -> Reply:
    return Reply("off_topic", False, 0.7, off_topic_text(q, view))


def off_topic_text(q: Query | None, view: CourseView) -> str:
    """A decline of a matter that is not the course's: naming it when the question names one
    kind of everyday matter ("food or cooking"), else the general one."""
    c = view.schedule.course
    if q is not None and q.addressed:
        # "Hi Mark, the boiler is broken": a message to someone else, not a question
        return W.MISDIRECTED.format(code=c.code, title=c.title)
    if q is not None and (service := university_service(q.raw)) is not None:
        # "where can i print my cw3 notebook": the university's, not the course's
        return W.UNIVERSITY_SERVICE.format(what=service, code=c.code, title=c.title)
    kind = everyday_kind(q.words) if q is not None else None
    if kind is not None and kind in W.OFF_TOPIC_KINDS:
        return W.OFF_TOPIC_NAMED.format(what=W.OFF_TOPIC_KINDS[kind], code=c.code,
                                        title=c.title)
    return W.OFF_TOPIC.format(code=c.code, title=c.title)


# A complaint addressed to the assistant itself ("this bot is useless", "you never get it
# right") rather than about how the course is run.
_THE_BOT = frozenset({"bot", "bots", "chatbot", "assistant"})
_YOU = frozenset({"you", "your", "ur", "youre"})


def _about_the_bot(q: Query) -> bool:
    words = set(q.words)
    return bool(words & _THE_BOT) or bool(words & _YOU and not q.kinds and not q.coursework
                                          and not q.lectures and not q.tutorials)


def answer_complaint(q: Query, view: CourseView, reader: Reader) -> Reply:
    """Heard, not argued with: what the page says about what it names, and a TA to tell.
    About the bot itself: a brief apology, what it can do, and an invitation to ask. About
    getting help ("nobody answers on the forum"): the ways to get help the page gives."""
    if bot_was_wrong(q.raw):
        # "you gave me the wrong room last week": sorry, the page decides, a person can help
        return Reply("complaint", False, 0.5, W.COMPLAINT_BOT_WRONG.format(**_forum(view)))
    events = named_events(q, view, reader)
    if NO_HELP.search(q.raw.lower()) and not events:
        # (One that names what it is about, "... nobody answers on the forum. is task 2 still
        # 23 feb", gets what the page says of that instead.)
        return _ways_to_get_help(view, reader)
    if (raised := asks_to_raise(q.raw)) is not None:
        return _complaint_route(raised, events, view, reader)
    if not events and _about_the_bot(q):
        return Reply("complaint", False, 0.5, W.COMPLAINT_BOT)
    lines = [W.COMPLAINT]
    if events:
        lines += [W.COMPLAINT_FACTS, *view.event_lines(events, reader)]
    lines.append(W.COMPLAINT_TA.format(**_forum(view)))
    return Reply("complaint", False, 0.5, "\n".join(lines), events)


def _complaint_route(raised: Raised, events: list[Event], view: CourseView,
                     reader: Reader) -> Reply:
    """Asked how to raise a complaint, a problem or feedback: whose it is (by what it is
    about), what the page says of the session or work named (who ran it), whether it can
    be anonymous, and the private way to the staff."""
    lines = [W.COMPLAINT_ROUTE_FEEDBACK if raised.feedback else W.COMPLAINT_ROUTE[raised.about]]
    # (what is complained of has happened: a session still to come is not it, "the lecture
    # on monday" read forward)
    events = [e for e in events if e.kind == "deadline" or _has_begun(e, view, reader)]
    if raised.about == "staff":
        events = []  # (a person complained of: no names listed beside it to guess from)
    if events:
        lines += [W.COMPLAINT_FACTS, *view.event_lines(events, reader)]
    lines.append(W.COMPLAINT_ROUTE_ANONYMOUS if raised.anonymous
                 else W.COMPLAINT_ROUTE_HOW.format(**_forum(view)))
    return Reply("complaint", False, 0.5, "\n".join(lines), events)


def _has_begun(e: Event, view: CourseView, reader: Reader) -> bool:
    """Whether the event has started by now (one with no time: whether its week has)."""
    if e.start is not None:
        return e.start <= reader.now
    week = view.schedule.week(e.week) if e.week is not None else None
    return week is None or week.starts <= reader.now.date()


def _ways_to_get_help(view: CourseView, reader: Reader) -> Reply:
    """A brief acknowledgement, then where help is given: the next question-and-answer
    session and tutorial on the page, the forum, and a teaching assistant through the bot."""
    sessions = [upcoming[0] for kind in ("qa", "tutorial")
                if (upcoming := split_at(events_of(view, {kind}, []), reader.now)[1])]
    lines = [W.COMPLAINT_HELP]
    if sessions:
        lines += [W.COMPLAINT_HELP_SESSIONS, *view.event_lines(sessions, reader)]
    lines.append(W.COMPLAINT_HELP_TA.format(**_forum(view)))
    return Reply("complaint", False, 0.5, "\n".join(lines), sessions)


def _marking_unstated(q: Query, view: CourseView, events: list[Event]) -> Reply:
    """"cw2 - how is it going to be marked?": no scheme on the page; what it does say of the
    work's assessment (who assesses the task, its share of the mark, where the task is
    described), not the deadline; a TA can tell."""
    from bot.core.handlers.people import assessors_line  # (people answer with sessions)
    a = view.schedule.assessment
    tasks = [c for c in view.schedule.coursework if c.id in q.coursework]
    said = [assessors_line(c) for c in tasks]
    if tasks or q.has("coursework") or not q.has("exam"):
        said.append(W.EACH_TASK_SHARE.format(count=a.coursework_count,
                                             weight=a.coursework_weight))
        if a.notebooks_note:
            said.append(a.notebooks_note)
    if q.has("exam"):
        said.append(W.EXAM_SHARE.format(weight=a.exam_weight))
    lines = [W.UNSTATED_PREDICATE["marking"], W.NOT_ON_PAGE_ABOUT_NAMED, *said,
             view.ta_offer()]
    return Reply("not_on_page", False, 0.5, "\n".join(lines),
                 [e for e in events if e.id in q.coursework])


def _group_unstated(q: Query, view: CourseView, reader: Reader, events: list[Event]) -> Reply:
    """"Can exchange students be assessed by coursework only?", "do part-timers get longer
    for cw2?": the page names no such group, so no Yes or No; what it says of the
    deadline or assessment concerned (the tasks named, else the mark's split, else every
    deadline); a TA can tell."""
    a = view.schedule.assessment
    named = [e for e in events if e.kind == "deadline"] or (
        events_of(view, {"deadline"}, []) if "deadline" in q.kinds or q.has("deadline")
        and not q.has("exam", "weight", "assess") else [])
    said = view.event_lines(named, reader) if named else []
    if not named and (sessions := events_of(view, set(q.kinds) - {"deadline"}, [])):
        # ("do part-timers sit the same quizzes": those the page lists, for everyone)
        named = sessions
        said = view.event_lines(named, reader)
    if not named or q.has("exam", "weight", "assess", "examinable"):
        said.append(W.MARK_SPLIT.format(exam=a.exam_weight, count=a.coursework_count,
                                        cw=a.coursework_weight))
    lines = [W.GROUP_UNSTATED.format(group=q.unnamed_group), W.NOT_ON_PAGE_ABOUT_NAMED, *said,
             view.ta_offer()]
    return Reply("not_on_page", False, 0.5, "\n".join(lines), named)
