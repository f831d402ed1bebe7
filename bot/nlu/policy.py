"""From a parsed part and the classifier's probabilities to one frame.

Hard rules come first and only for what must not be left to a guess: safety (refusals,
personal matters named outright), commands and numbered things that do not exist. Everything
else is the classifier's, except that whether the course notes should answer is decided by the
classifier's probability together with how well the notes answer it (retrieval confidence),
and that two intents too close to choose between are put to the student as a question.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.core import personal as privacy
from bot.core.beyond_this_run import asks_beyond_this_run
from bot.core.complaint_route import asks_to_raise
from bot.core.delivery import asks_delivery_mode
from bot.core.glossary import singular
from bot.core.hand_in_said import asks_time_left_now
from bot.core.lexicon import (
    COURSE_JUDGEMENT,
    DISPLEASED,
    EVERYDAY,
    HARDER_THAN,
    LIFE_MATTERS,
    NO_HELP,
    everyday_kind,
)
from bot.core.order_asked import kinds_in_order
from bot.core.reach_staff import asks_to_reach_staff
from bot.core.subject_when import asks_subject_when
from bot.core.text import normalize, tokens
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.core.university_services import university_service
from bot.core.zones import find_zone
from bot.knowledge.compose import COMPARISON, DEFINITION, PROCEDURE, REASON, asked_kind
from bot.nlu import checks, commands, features, safety
from bot.nlu.frame import Entities, Frame
from bot.nlu.intents import FROM_NOTES, FROM_SCHEDULE, Intent
from bot.nlu.model import Prediction
from bot.nlu.overview_asked import asks_for_overview

# A question of how (or through whom) the staff are reached, not a request to the bot.
_ASKS_HOW_TO_REACH = re.compile(r"\b(?:how|who|whom|where|(?:best|right|proper) way)\b",
                                re.IGNORECASE)

# How a frame of small talk put to the bot is decided (answered with a social reply).
SMALL_TALK = "rule:small-talk"
FAREWELL = "rule:farewell"
# Beyond the rules, a request is turned down only when the classifier is this sure.
REFUSE_SURE = 0.5
# ... or this sure, when the message also holds half of a refusal of the concept table (its
# rare concept, `safety.concept_hint`) and the classifier gives the page's and the notes'
# answers less than ANSWER_UNLIKELY: two weak signs of a request of a kind no rule names.
REFUSE_HINTED = 0.3
ANSWER_UNLIKELY = 0.3
# The notes are searched when the classifier gives them at least this much.
NOTES_PLAUSIBLE = 0.2
# With retrieval this sure, the notes answer even when another intent ranks first
# ("what is the gradient penalty in WGAN-GP": "penalty" sounds like a rule).
NOTES_FIRST = 0.75
# ... and a message the classifier cannot place (its top reading `unknown`, below
# CLARIFY_BELOW: "gru gates", "gcn = ?") is the notes' when they answer it that well, however
# little the classifier gives them (a subject named bare reads as no question at all).
# With retrieval this weak, a schedule intent close behind takes over from the notes.
NOTES_WEAK = 0.2
SCHEDULE_CLOSE = 0.3
# A question the classifier reads as the course page's (a session, where a topic is taught,
# how the course runs) and gives the notes less than NOTES_PLAUSIBLE is still the notes'
# when it asks about more than the page's titles name (`_asks_beyond_the_titles`) and the
# notes that teach, the admin notes left out, answer it at least this well ("week 2 tutorial
# on signals - why convolve with a box filter": the session locates the material, the
# question is about the material). (The admin notes restate the page: they answer "is the
# split the same for MSc students" as well as the page does.)
NOTES_MATERIAL = 0.8
# ... when at least this many of its subject words are in no title of the page.
BEYOND_TITLES = 2
# The kinds of text asked for (bot/knowledge/compose.asked_kind) that explain the material.
_NOTES_KINDS = frozenset({DEFINITION, REASON, COMPARISON, PROCEDURE})
# Readings of the page a revision request of the material is taken for (the lectures, the
# course or the exam named beside the subject): it is the notes' (`asks_for_overview`).
_OVERVIEW_MISREAD = frozenset({Intent.TOPIC, Intent.LOGISTICS, Intent.HELP, Intent.SCHEDULE,
                               Intent.READING, Intent.UNKNOWN, Intent.NOT_ON_PAGE,
                               Intent.POLICY, Intent.REFUSED})
# A schedule reading of a question that names something the page never states (the
# lexicon's not_on_page cues) gives way to "not on the page" when the classifier gives that
# reading at least this much.
NOT_STATED_PLAUSIBLE = 0.1
# Clarify when the chosen intent is below this and a different kind of answer is this close
# (two readings of the schedule's tables are not put as a choice: the best one answers).
CLARIFY_BELOW = 0.5
CLARIFY_MARGIN = 0.1
# Intents whose answers are alike enough that choosing wrongly costs little.
_ALIKE = (frozenset({Intent.CONTENT, Intent.OWN_WORK}),
          # how the course is run, and what the page does not state about it: each answer
          # says what the page says of the thing asked ("when is the final exam")
          frozenset({Intent.LOGISTICS, Intent.POLICY, Intent.NOT_ON_PAGE, Intent.FEEDBACK}),
          frozenset({Intent.GREETING, Intent.THANKS, Intent.HELP}),
          frozenset({Intent.OFF_TOPIC, Intent.UNKNOWN, Intent.COMPLAINT}),
          frozenset({Intent.SCHEDULE, Intent.DEADLINE}),
          # where a topic is taught, what to read on it, what the notes say about it: each
          # answer names the lectures and notes of the others
          frozenset({Intent.TOPIC, Intent.READING, Intent.CONTENT}))

# Readings worth offering as buttons: each gives an answer of its own. (A personal matter, a
# complaint or small talk is never put as a choice: when in doubt, the top reading stands.)
ANSWERABLE = FROM_SCHEDULE | FROM_NOTES | {Intent.NOT_ON_PAGE, Intent.POLICY, Intent.FEEDBACK}

# Readings a personal matter is mistaken for ("I won't make the Q&A, things are hard at
# home" is no complaint about the timetable): with one of these on top, the privacy
# detector's classifier decides whether the message is the writer's own business. A question
# the schedule or the notes answer is answered even when written in the first person ("I'm
# in Beijing, when is CW3 due for me"); what it tells a TA is kept private by triage, which
# asks the same detector. A reading the classifier is this sure of stands ("tell me a joke"
# is small talk, whatever the detector's classifier makes of it).
_MAY_BE_PERSONAL = frozenset({Intent.POLICY, Intent.FEEDBACK, Intent.NOT_ON_PAGE,
                              Intent.COMPLAINT, Intent.UNKNOWN, Intent.OFF_TOPIC,
                              Intent.OTHER_COURSE, Intent.ASK_TA})
READING_STANDS = 0.8
# A message that names its displeasure ("useless", "rubbish") with a complaint reading at
# least this likely is a complaint, not the writer's circumstances.
COMPLAINT_PLAUSIBLE = 0.15
# ...and only when the intent classifier itself gives a personal reading at least this much:
# "write me a poem about autumn" or "how do i fix my wifi in halls" are not someone's
# circumstances because the detector, biased for recall, finds the first person in them.
PERSONAL_PLAUSIBLE = 0.02
# A part the classifiers find personal that reports a run of one's own work (numbers of a
# measure, code, an error) is one's own work when the classifier gives that at least this.
OWN_RUN_PLAUSIBLE = 0.1
# A session's time asked where the writer is ("so the q&a is 10am for me too?") is answered
# from the schedule when the classifier gives a schedule reading at least this much.
LOCAL_TIME_PLAUSIBLE = 0.05

# Whether a named coursework can still be handed in is answered by its deadline when the
# classifier gives that reading at least this much.
STILL_OPEN_PLAUSIBLE = 0.05

# A question asking when a session or coursework the page names takes place, read as off topic
# because of a verb the classifier does not know ("what time should i hop on teams for the
# <panel>", "when do i rock up to the q&a"), is the schedule's when the classifier gives a
# schedule reading at least this much.
WHEN_NAMED_PLAUSIBLE = 0.05
_ASKS_A_TIME = re.compile(r"\b(?:when|what time|what day|which day|what date|how soon|"
                          r"how long (?:until|till|til|before))\b")

# An idea of the material put up for checking (`checks.asks_of_an_idea`) is the notes' when
# the notes that teach answer it at least at their show threshold.
IDEA_NOTES = 0.5
# Concepts of the lexicon that name a thing of the course page (a session, a hand-in, the
# exam, marks): an idea checked beside one is a question about the page ("is it true the
# quiz is not marked"). Words that are also the material's ("weights", "classes", "message
# passing", "video") are left out: the things they would name are named otherwise too.
_OF_THE_PAGE = frozenset({"deadline", "coursework", "qa", "tutorial", "lecture", "live", "quiz",
                          "panel", "assess", "exam", "examinable", "submit", "book", "spec",
                          "not_on_page", "personal_matter", "feedback", "policy", "course_rule",
                          "week_word"})

# Readings answered by listing the schedule's events (not how the course is run: "where's
# the forum link" names no event and is answered all the same).
_LISTS_EVENTS = frozenset({Intent.SCHEDULE, Intent.DEADLINE})

Predict = Callable[[], Prediction]
NotesConfidence = Callable[[Query], float]
# The privacy detector's verdict on a message (bot/core/personal.py): its rules, then its
# classifier. The default is the detector on the shipped embedding model; the assistant
# passes one on its own embedder, shared with triage.
IsPersonal = Callable[[str], bool]
DEFAULT_IS_PERSONAL: IsPersonal = privacy.is_personal


# Money as a hardship ("i lost my loan on crypto and can't pay rent"), not where to put it.
_HARDSHIP = re.compile(r"\b(?:afford|hardship|broke|evict\w*|homeless|debts?|struggl\w*|"
                       r"can'?t pay|cannot pay|lost (?:all )?(?:my|of my))\b")


def _misdirected(q: Query) -> bool:
    """Addressed to someone by name, about a matter of life, naming nothing of the course."""
    said = set(q.words) | set(re.findall(r"[a-z]+", q.raw.lower()))
    return bool(q.addressed and said & (LIFE_MATTERS | EVERYDAY)
                and not (q.kinds or q.coursework or q.lectures or q.tutorials or q.notes
                         or q.staff or q.missing or q.course_code)
                and not q.has("exam", "examinable", "weight", "assess", "feedback"))


# How a message written to the other students is decided.
TO_CLASSMATES = "rule:to-classmates"


def to_classmates(raw: str) -> bool:
    """Written to the other students ("anyone has notes pls dm me"), with no circumstance of
    the writer's told beside it (the request to be messaged is no private matter of its own)."""
    text = normalize(raw)
    return (safety.to_classmates(text) and safety.refusal(text) is None
            and privacy.rule_verdict(safety.without_contact_request(text)) is None)


# How a time-only message asking whether there is still time is decided.
TIME_LEFT_NOW = "rule:time-left-now"


# How a question of how to raise a complaint, a problem or feedback is decided, and the
# personal matters told beside it that are answered as such instead.
COMPLAINT_ROUTE = "rule:complaint-route"
_OWN_MATTERS_BEFORE_COMPLAINT = frozenset({
    "distress", "crisis", "unwell", "conduct", "for_someone", "symptom", "legal", "lost_work",
    "hardship", "submission", "admin", "adjustment", "integrity", "peers"})


# Readings of a subject asked "when" that the notes know, other than the notes' own.
_SUBJECT_WHEN_MISREAD = frozenset({Intent.OTHER_COURSE, Intent.UNKNOWN, Intent.CLARIFY})


# How the course compared with an earlier run or another module is decided.
UNSTATED_COMPARISON = "rule:unstated-comparison"


# How a question whether a library or language may be used is decided.
LIBRARY_RULE = "rule:library"


def decide(q: Query, predict: Predict, notes_confidence: NotesConfidence,
           is_personal: IsPersonal = DEFAULT_IS_PERSONAL,
           material_confidence: NotesConfidence | None = None) -> Frame:
    """`material_confidence`: how well the notes that teach answer (default: all of them,
    `notes_confidence`)."""
    def frame(intent: Intent, probability: float, decided_by: str, **extra) -> Frame:
        return Frame(q.raw, intent, probability, Entities.of(q), q.time, q.direction,
                     decided_by, query=q, **extra)

    if not q.words:
        return frame(Intent.UNKNOWN, 1.0, "rule:empty")
    if (refusal := safety.refusal(q.text)) is not None:
        return frame(Intent.REFUSED, 1.0, "rule:refusal", refusal=refusal)
    if university_service(q.raw) is not None:
        # "where can i print?" beside a question of the course: that part is the
        # university's (university_services.py), the other answered as it is
        return frame(Intent.OFF_TOPIC, 1.0, "rule:university-service")
    if safety.asks_named_contact(q.text) and not q.staff:
        # "can you give me alice's email": a name the page gives no staff member
        return frame(Intent.REFUSED, 1.0, "rule:refusal", refusal="others_data")
    if to_classmates(q.raw):
        # "anyone has notes pls dm me", "study group for cw2 anyone?": written to the other
        # students, who never see the bot's chat (a request for their work was refused above)
        return frame(Intent.REFUSED, 1.0, TO_CLASSMATES, refusal="classmates")
    if safety.small_talk(q.text) and privacy.rule_verdict(q.raw) is None:
        # "lol the tutorial was fun, anyway how r u": a social question put to the bot, with
        # nothing asked of the course beside it (the course word is the remark's); a personal
        # matter told beside it ("how are you? i've been really depressed") is what is said
        if "distress" in privacy.matter(q.raw):
            # ("how are you doing, i've been feeling so low": the mood, a matter of its own)
            return frame(Intent.PERSONAL, 1.0, "rule:personal")
        return frame(Intent.GREETING, 1.0, SMALL_TALK)
    if commands.asks_to_forget(q.text):
        # "can you forget everything about me or at least delete my reminders": what it
        # stores of the asker, not a reminder command nor a personal matter ("my data")
        return frame(Intent.FORGET_ME, 1.0, "rule:forget",
                     command=commands.ForgetMe(confirmed=False, asked=True))
    if (command := commands.parse_command(q.raw)) is not None:
        if _nothing_to_remind(q, command) and (sure := notes_confidence(q)) >= NOTES_FIRST:
            # "could someone remind me of the output-size formula for a conv layer": a
            # reminder of nothing the schedule holds, asked of something the notes answer.
            return frame(Intent.CONTENT, sure, "rule:command+notes")
        named = find_zone(q.text)
        zone = getattr(named[0], "key", None) if named else None
        window = q.time.window
        command = commands.with_context(
            command, None if window is None else window.day_said or window.start, zone)
        return frame(Intent.REMIND, 1.0, "rule:command", command=command)
    if _misdirected(q) and notes_confidence(q) < NOTES_WEAK:
        # "Hi Mark, the boiler in flat 4 is broken again": a message to a person about a home,
        # a job or a friend, asking nothing of the course, was meant for someone else (its
        # name is no "mark", and the writer's flat no personal matter of the course's).
        return frame(Intent.OFF_TOPIC, 1.0, "rule:misdirected")
    if q.asks_what_next:
        # "what now", "now what", "what's next": one reading, the next session and deadline
        return frame(Intent.SCHEDULE, 1.0, "rule:what-next")
    if (asks_time_left_now(q.raw) and not (q.kinds - {"deadline"} or q.lectures
                                            or q.tutorials)):
        # "it's 6:45pm will I make it", "its 18:50 now, can i still make it??": the present
        # time said and whether there is still time asked, of nothing named, is asked of the
        # deadline ahead (the time left and where to submit), not a circumstance of the
        # writer's nor a message meant for someone else. (The time said is the present, not
        # a time asked about: "right now" is no window with nothing due in it.)
        q.time = dataclasses.replace(q.time, window=None)
        return frame(Intent.DEADLINE, 1.0, TIME_LEFT_NOW)
    if privacy.needs_a_person(q.raw):
        # "sign me up for the tutorial", "could i be exempted from the quiz", "the power went
        # in the middle of the test, who do i tell": only a person can act or decide, not
        # the session's listing nor its staff
        return frame(Intent.PERSONAL, 1.0, "rule:personal")
    if privacy.asks_admin(q.raw):
        # "can i still drop this module", "could i switch to the other tutorial group": a
        # decision about one's place on the course, a person's to take (not how groups are
        # formed, which the page may not state, nor a rule to look up)
        return frame(Intent.PERSONAL, 1.0, "rule:personal")
    if (asks_to_raise(q.raw) is not None
            and not privacy.matter(q.raw) & _OWN_MATTERS_BEFORE_COMPLAINT):
        # "our group wants to complain about how the last tutorial was run, who do we talk
        # to", "who do I speak to about unfair marking": how to raise a complaint, a problem
        # or feedback, a person's to hear (not the session's staff list, nor marks released);
        # how a member of staff treated the writer, or their own hardship, stays personal
        return frame(Intent.COMPLAINT, 1.0, COMPLAINT_ROUTE)
    if (unstated := q.asks_unstated) is not None and not (
            unstated == "cohort" and privacy.rule_verdict(q.raw) is not None):
        # ("i'm a visiting student, can i get extra time on task 2": one's own request, a
        # rule's matter, not a rule asked for the group)
        # "is task 2 more work than task 1", "if there's a strike will the deadlines move",
        # "how are tutorial groups formed": a thing the page lists, asked something of it the
        # page has no field for; its dates (or the weighting) would answer another question.
        return frame(Intent.NOT_ON_PAGE, 1.0, f"rule:unstated-{unstated}")
    if (verdict := privacy.rule_verdict(q.raw)) == "money" and q.names_nothing_of_the_course \
            and everyday_kind(q.words) == "money" and not _HARDSHIP.search(q.text):
        # "should i put my student loan into dogecoin": where to put one's money, asked with
        # nothing of the course, is investing advice (off topic), not a hardship to refer
        return frame(Intent.OFF_TOPIC, 1.0, "rule:everyday-money")
    if verdict is not None:
        return frame(Intent.PERSONAL, 1.0, "rule:personal")
    if (kind := safety.private_life(q.text, q.staff)) is not None:
        # "do you know where <staff> lives", "is <staff> in the office today": a person and
        # something private said of them; "do <staff> and <staff> get on", "is <staff> a
        # soft marker": gossip or a judgement of them. The name alone would read as a
        # question about the person's teaching and be answered with their sessions. (After
        # the personal rules: the writer's own circumstances are theirs to tell.)
        return frame(Intent.REFUSED, 1.0, "rule:private-life",
                     refusal="others_data" if kind == safety.PRIVATE else "banter")
    if _asks_exam_time_in_a_zone(q):
        # "i'm in singapore, what time is the exam in my time zone?", "the exam in PST?": the
        # exam's date and time where the writer is; the place or zone is where they live, not
        # a circumstance, another course or a session of this week (the page states no date,
        # and the answer says so)
        return frame(Intent.LOGISTICS, 1.0, "rule:exam-time-in-zone")
    if asks_delivery_mode(q):
        # "will the course be taught in person next term", "can i attend remotely": how the
        # course is delivered, which the page states (a later run is said to be unknown in
        # the answer), not a rule or a fact missing from the page
        return frame(Intent.LOGISTICS, 1.0, "rule:delivery-mode")
    if safety.asks_integrity(q.text):
        # "can i reuse a repo's code for the coursework if i credit it": a rule of academic
        # integrity the page may not state; answered with what the page says, never a guess
        return frame(Intent.POLICY, 1.0, "rule:integrity")
    if safety.asks_library_allowed(q.text) is not None and not q.has("submit"):
        # "is pytorch lightning ok?", "can i use jax for cw1": which tools the work may use,
        # a rule the page may not state (answered from its own word, never guessed)
        return frame(Intent.POLICY, 1.0, LIBRARY_RULE)
    if q.missing:
        return frame(Intent.MISSING, 1.0, "rule:missing")
    if asks_beyond_this_run(q) is not None:
        # "alumnus here, has the syllabus changed?", "is this module harder than <another>":
        # the page is this run's and judges no other module; said so, with what it says of
        # this year (not the person's sessions alone, nor "ask the other course's staff")
        return frame(Intent.NOT_ON_PAGE, 1.0, UNSTATED_COMPARISON)
    if COURSE_JUDGEMENT.search(q.text) and not q.other_course:
        # "is the course hard", "is it worth taking if i'm weak at maths": a judgement of the
        # course as a whole that no page gives (not its name, nor its weighting)
        return frame(Intent.NOT_ON_PAGE, 1.0, "rule:unstated-judgement")
    if q.has("exam") and HARDER_THAN.search(q.text):
        # "is the exam harder than the other modules'": how hard the course's exam is next to
        # others' is stated nowhere (another course named beside it is the comparison, not the
        # subject); the answer says what the page does say of the exam, and a TA.
        return frame(Intent.NOT_ON_PAGE, 1.0, "rule:unstated-difficulty")

    prediction = predict()
    intent, p = prediction.top
    runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked[1:4])
    if (asks_subject_when(q) and (intent in FROM_NOTES or (
            intent in _SUBJECT_WHEN_MISREAD and notes_confidence(q) >= NOTES_WEAK))):
        # "<subject> when??", "<subject> - what week": a subject and a bare schedule question,
        # nothing asked to be explained: when the course covers it (the lecture or tutorial
        # that does, and its date), not the notes' text of it nor another course's subject
        return frame(Intent.TOPIC, max(p, prediction.p(Intent.TOPIC)), "rule:subject-when",
                     alternatives=runners_up)
    if _complains_of_help(q) and intent not in ANSWERABLE and p < READING_STANDS:
        # "the forum: nobody answers, the tas ignore us, how am i supposed to get help": help
        # not being given is a complaint about getting help (answered with the ways the page
        # gives), not the writer's circumstances, nor a request to hand over to a TA with
        # nothing to hand over.
        return frame(Intent.COMPLAINT, prediction.p(Intent.COMPLAINT), "classifier+no-help",
                     alternatives=runners_up)
    if (intent in _OVERVIEW_MISREAD and asks_for_overview(q.raw)
            and not (q.coursework or q.lectures or q.tutorials or q.notes or q.staff)
            and q.time.window is None and q.time.week_number is None
            and q.time.weekday is None
            and notes_confidence(q) >= (NOTES_FIRST if intent == Intent.REFUSED else NOTES_WEAK)):
        # "recap of the X we covered, which for A and which for B", "key points about X for
        # the exam", "overview of the X we studied in this module": what the material says,
        # in brief; the course, its lectures or the exam named beside it say why it is asked,
        # not where it is taught (a question of where or when is not `asks_for_overview`).
        # A refusal only the classifier reads ("can you give me an overview of ...": a
        # request) gives way to notes that answer well; the refusal rules were tried above.
        return frame(Intent.CONTENT, max(prediction.p(*FROM_NOTES), NOTES_WEAK),
                     "classifier+overview", alternatives=runners_up)
    if ((q.coursework or "deadline" in q.kinds) and (intent in _LISTS_EVENTS or p < READING_STANDS)
            and prediction.p(Intent.DEADLINE) >= STILL_OPEN_PLAUSIBLE
            and privacy.asks_if_still_open(q.raw)):
        # "can i still submit task 3?", "is it too late to hand in cw2": whether a named
        # hand-in is still open is its deadline's question (the answer says when it is or was
        # due, and that the page states no rule for late work), not a rule to look up nor the
        # writer's circumstance, though said in the first person (nor a choice between them).
        return frame(Intent.DEADLINE, prediction.p(Intent.DEADLINE), "classifier+still-open",
                     alternatives=runners_up)
    if (intent not in FROM_SCHEDULE | FROM_NOTES and p < READING_STANDS
            and _asks_local_time(q)
            and (when := next(((i, x) for i, x in prediction.ranked if i in _LISTS_EVENTS),
                              None)) is not None and when[1] >= LOCAL_TIME_PLAUSIBLE):
        # "so the q&a is 10am for me too?", "the tutorial is 3pm my time right?": a session's
        # time where the writer is, asked or checked. The first person is where they live,
        # not a circumstance (a request for another time is a provision, a rule's above); no
        # reminder, complaint or request for answers is made.
        return frame(when[0], when[1], "classifier+local-time", alternatives=runners_up)
    if (checks.asks_of_an_idea(q.raw) and not _names_the_page(q)
            and (material_confidence or notes_confidence)(q) >= IDEA_NOTES):
        # "my flatmate reckons X, true? sounds off to me", "<topic> explained with the <story>
        # analogy - does it hold up", "what happens if I drop X from my network": an idea of
        # the material put up for checking, or tried without a part, is asked of the
        # material, whatever words of a place ("hold", "where"), of marks ("points") or of
        # the writer ("to me", "my network": no run of one's own is reported) the classifier
        # reads in it; the notes that teach answer it as a question about the material (not
        # put as a choice with a reading of the page that comes close). A thing of the page
        # named beside it (a session, a coursework, the exam, a time) keeps the page's
        # reading: "is it true cw2 is due on friday".
        return frame(Intent.CONTENT, max(prediction.p(*FROM_NOTES), IDEA_NOTES),
                     "classifier+idea", alternatives=runners_up)
    if (intent in _MAY_BE_PERSONAL and p < READING_STANDS
            and prediction.p(Intent.PERSONAL) >= PERSONAL_PLAUSIBLE
            and not _displeased(q, prediction)
            and not _notes_answer(q, prediction, notes_confidence) and is_personal(q.raw)):
        # (Not a complaint that names its displeasure, "useless bot, i want a real answer",
        # and not a question the notes answer well, "ELI5 the ELBO pls my brain is fried":
        # the detector, biased for recall, finds the writer in both; a circumstance named
        # outright was a rule's above.)
        return frame(Intent.PERSONAL, p, "detector:personal", alternatives=runners_up)
    if intent == Intent.PERSONAL and not is_personal(q.raw):
        # The intent classifier reads a long message of one's own work as personal ("train
        # acc 99% val 61% on task 1 ... what else can i even do"): the first person and the
        # worry, not a circumstance. The detector, biased for recall (it misses about 2% of
        # personal matters on held-out sets), has the last word: when it finds no
        # circumstance, the next reading stands.
        # (The next reading is the classifier's still, and the rules below apply to it, on
        # the probabilities given that the message is not personal: a classifier 99% sure of
        # "personal" leaves 1% to share, and the best of the rest, "own work" at 0.8 of it,
        # is no close call to put to the student as a choice.)
        prediction = _without(prediction, Intent.PERSONAL)
        intent, p = prediction.top
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked[1:4])
    if (intent == Intent.PERSONAL and features.reports_a_run(q.raw)
            and prediction.p(Intent.OWN_WORK) >= OWN_RUN_PLAUSIBLE):
        # "train acc 99% val 60% on task 1, tried dropout, what else can i do": the worry and
        # the first person are the classifiers' evidence of a circumstance, the numbers of a
        # run are the work's. A circumstance named outright was a rule's above; with none,
        # the report is help with one's own work (the notes' answer and the TA offer).
        prediction = _without(prediction, Intent.PERSONAL)
        intent, p = prediction.top
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked[1:4])
    if (intent in (Intent.OWN_WORK, Intent.PERSONAL) and checks.checks_the_material(q.raw)
            and notes_confidence(q) >= (NOTES_WEAK if intent == Intent.OWN_WORK
                                        else NOTES_FIRST)):
        # "for a 3x3 conv from 16 to 32 channels i get 4608 weights, right?", "is my reasoning
        # right: ...", "I don't get why ...", "my notes say X, is that what the lecture
        # meant": a statement of the material checked, in the first person. What is asked
        # about is the material, not a run of one's own or a circumstance (one named outright
        # was a rule's above): the notes' answer, as for the same question put plainly. (A
        # personal reading the detector confirmed gives way only to notes that answer well.)
        return frame(Intent.CONTENT, prediction.p(*FROM_NOTES), "classifier+checked",
                     alternatives=runners_up)
    if (intent == Intent.OWN_WORK and checks.asks_of_method(q.raw) and not _names_the_page(q)
            and notes_confidence(q) >= NOTES_WEAK):
        # "LSTM or GRU for short sequences, how do I choose", "derive the update of Adam": a
        # choice between methods or an exam-style instruction, in the first person or none,
        # with no run of one's own reported: a question about the material, answered as any
        # other (not as trouble with one's work). A coursework or another thing of the page
        # named beside it keeps the reading of one's own work.
        return frame(Intent.CONTENT, prediction.p(*FROM_NOTES), "classifier+method",
                     alternatives=runners_up)
    if (intent in (Intent.COMPLAINT, Intent.UNKNOWN) and p < READING_STANDS
            and q.has("examinable") and (q.lectures or q.kinds) and not _displeased(q, prediction)):
        # "so lectures 15-21 aren't examinable because they have no marks?": whether the
        # page's lectures are examinable is the page's to say (and a wrong premise to
        # correct), not a complaint or a remark
        intent, p = Intent.LOGISTICS, prediction.p(Intent.LOGISTICS)
    if (intent == Intent.PEOPLE and q.has("examinable", "exam") and not q.has("who")
            and (q.lectures or "lecture" in q.kinds) and not _displeased(q, prediction)):
        # "is <lecturer>'s graph lecture on the exam??": the lecturer names which lecture;
        # whether it is examinable is the page's examinable rule, not a listing of the person
        intent, p = Intent.LOGISTICS, max(p, prediction.p(Intent.LOGISTICS))
    if (intent == Intent.UNKNOWN and (p < READING_STANDS or q.only_names_items)
            and (q.lectures or q.tutorials or q.coursework or q.notes)
            and not _displeased(q, prediction)
            and (ours := next(((i, x) for i, x in prediction.ranked if i in FROM_SCHEDULE),
                              None)) is not None):
        # "sorry to bug you, lecture 13 was what again": a lecture, tutorial or coursework
        # of the page named by its id, in words the classifier cannot place (an apology, a
        # question word last): what the page says of it, by the best schedule reading. So
        # too an id alone, "lec 14", however sure the classifier is it asks nothing: its
        # entry, decided (no close call to put to the asker as a choice).
        intent, p = ours
        if q.only_names_items:
            return frame(intent, 1.0, "rule:id-alone", alternatives=runners_up)
    if (q.asks_item_in_general and not q.only_names_items and not _displeased(q, prediction)
            and intent in FROM_SCHEDULE | {Intent.UNKNOWN}):
        # "cw2 info", "tell me about lecture 5": an item asked for in general is its entry
        # (a task's deadline, hand-in and assessors; a session's day, time and topic), not
        # the one side of it the classifier's reading would give (its assessors alone)
        # (a tutorial's entry is its topic's answer: the topic, day, time, staff and place)
        intent = (Intent.DEADLINE if q.coursework else Intent.TOPIC if q.tutorials
                  else Intent.SCHEDULE)
        return frame(intent, 1.0, "rule:item-in-general", alternatives=runners_up)
    if intent == Intent.UNKNOWN and _displeased(q, prediction):
        # "useless bot. i ask 3 times and u just say 'check the page'": no question, and a
        # word of displeasure: heard as a complaint, not met with "I don't know that".
        intent, p = Intent.COMPLAINT, prediction.p(Intent.COMPLAINT)
    if intent == Intent.REMIND and kinds_in_order(q) is not None:
        # "tutorials come before the q&a each week right?": two kinds of session set in
        # order, a question of the schedule; a wish for a reminder names what to be told of
        intent, p = Intent.SCHEDULE, prediction.p(Intent.SCHEDULE)
    if intent == Intent.REMIND:
        # Reminders are set only in the command's own words; otherwise say how.
        return frame(intent, p, "classifier", alternatives=runners_up)
    if intent == Intent.ASK_TA and _ASKS_HOW_TO_REACH.search(q.raw) and asks_to_reach_staff(q):
        # "how can i reach the teaching staff with a question": how to reach them is asked
        # (the page's ways, the bot's own hand-off among them), not a message to pass on
        intent, p = Intent.LOGISTICS, prediction.p(Intent.LOGISTICS)
    if intent == Intent.ASK_TA:
        return frame(intent, p, "classifier", alternatives=runners_up,
                     command=commands.AskHuman("", anonymous=False))
    if intent == Intent.FORGET_ME:
        return frame(intent, p, "classifier", alternatives=runners_up,
                     command=commands.ForgetMe(confirmed=False))
    decided_by = "classifier"
    if intent == Intent.REFUSED:
        p_notes = prediction.p(*FROM_NOTES)
        if p_notes >= NOTES_PLAUSIBLE / 2 and notes_confidence(q) >= NOTES_FIRST:
            # "can a GAN give me the likelihood of an image" is a question the notes answer
            intent = next(i for i, _ in prediction.ranked if i in FROM_NOTES)
            p, decided_by = p_notes, "classifier+notes"
        elif p >= REFUSE_SURE and q.names_nothing_of_the_course:
            # "give me a recipe for jollof rice": "give me" sounds like asking for answers, but
            # nothing of the course is named beside everyday words: off topic, not assessed work
            return frame(Intent.OFF_TOPIC, prediction.p(Intent.OFF_TOPIC), "classifier+course",
                         alternatives=runners_up)
        elif p >= REFUSE_SURE:
            # (declined as assessed work only when it names work asked for; otherwise in
            # general words, never as a kind of request it is not)
            return frame(intent, p, "classifier", alternatives=runners_up,
                         refusal="assessed_work" if safety.asks_work_done(q.text) else None)
        elif (p >= REFUSE_HINTED and safety.concept_hint(q.text)
              and prediction.p(*FROM_SCHEDULE, *FROM_NOTES) < ANSWER_UNLIKELY):
            # (declined in general words: the kind is only half named)
            return frame(intent, p, "classifier+concepts", alternatives=runners_up,
                         refusal="hinted")
        else:  # a guess: turning a question down on a guess costs more than answering it
            intent, p = prediction.ranked[1]
    p_notes = prediction.p(*FROM_NOTES)
    unplaced = intent == Intent.UNKNOWN and p < CLARIFY_BELOW
    in_zone = intent in FROM_NOTES | FROM_SCHEDULE | {Intent.UNKNOWN} and _in_a_zone(q)
    if (decided_by == "classifier"
            and (unplaced or intent in FROM_NOTES and p < CLARIFY_BELOW or in_zone)
            and _names_a_session_by_topic(q)):
        # "the normalisation tutorial", "the attention tut": a session named by its kind and
        # a topic its title names in every word, with no kind of text the notes give asked
        # for, is that session, not the notes' best passage on the topic (however unsure the
        # classifier's guess of the notes). Asked in a zone ("nepal time for the attention
        # tutorial", "the rnn tut in my time"), it is the session's time there: a place or
        # one's own clock is no subject the notes teach, however sure the notes' reading.
        if intent not in FROM_SCHEDULE:
            intent, p = Intent.SCHEDULE, prediction.p(Intent.SCHEDULE)
        decided_by = "classifier+title"
    if decided_by == "classifier" and (intent in FROM_NOTES or p_notes >= NOTES_PLAUSIBLE
                                       or unplaced):
        confidence = notes_confidence(q)
        best_notes = next(i for i, _ in prediction.ranked if i in FROM_NOTES)
        best_other, p_other = next((i, x) for i, x in prediction.ranked if i not in FROM_NOTES)
        if (intent not in FROM_NOTES and confidence >= NOTES_FIRST
                and not (intent in _PLACES_IN_COURSE and _ASKS_WHERE_IT_IS.search(q.text))):
            # (not "where's the augmentation case study": asked where a thing of the course
            # is, the lecture or reading it is in answers, however well the notes explain it)
            intent, p, decided_by = best_notes, p_notes, "classifier+notes"
        elif (intent in FROM_NOTES and confidence < NOTES_WEAK and best_other in FROM_SCHEDULE
              and p_other >= SCHEDULE_CLOSE):
            intent, p, decided_by = best_other, p_other, "classifier+notes"
    elif (decided_by == "classifier" and intent in FROM_SCHEDULE and _asks_beyond_the_titles(q)
          and (material_confidence or notes_confidence)(q) >= NOTES_MATERIAL):
        intent = next(i for i, _ in prediction.ranked if i in FROM_NOTES)
        p, decided_by = p_notes, "classifier+material"

    if (decided_by == "classifier" and intent == Intent.OFF_TOPIC and _names_an_event(q)
            and _ASKS_A_TIME.search(q.text) and not q.other_course
            and (when := next(((i, x) for i, x in prediction.ranked if i in FROM_SCHEDULE
                               and x >= WHEN_NAMED_PLAUSIBLE), None)) is not None):
        # "what time should i hop on teams for the <panel>": the time of a thing the page
        # names, asked with an everyday verb, is the page's to answer, not another subject
        (intent, p), decided_by = when, "classifier+event"
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked if i != intent)[:3]
    if decided_by.startswith("classifier") and intent in FROM_NOTES and q.has("course_rule"):
        # "what's the resit policy", "explain the retake policy": a word that names a rule of
        # running the course is no subject of the notes, however well a passage on
        # augmentation "policies" matches the rest (or however little the classifier gives a
        # rule); the page's word on its rules (it states none), with the TA offer.
        intent, p, decided_by = Intent.POLICY, prediction.p(Intent.POLICY), "classifier+rule"
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked if i != intent)[:3]
    if decided_by == "classifier" and q.names_nothing_of_the_course and (
            intent in FROM_SCHEDULE
            or (intent in FROM_NOTES and notes_confidence(q) < NOTES_WEAK)):
        # "is it gonna rain in london tomorrow": a time, and nothing of the course; whether the
        # question is about the course at all comes before what its time would select. So
        # too "how long do i boil pasta for": no problem of one's own work the notes touch.
        return frame(Intent.OFF_TOPIC, prediction.p(Intent.OFF_TOPIC), "classifier+course",
                     alternatives=runners_up)
    if (decided_by == "classifier" and intent in FROM_SCHEDULE and q.has("not_on_page")
            and (prediction.p(Intent.NOT_ON_PAGE) >= NOT_STATED_PLAUSIBLE
                 or (intent in _LISTS_EVENTS | {Intent.TOPIC} and not _names_an_event(q)))):
        # "when are the tutorial solutions released": the question names a thing the page
        # has no field for (solutions, office hours, a pass mark, ...); a listing of the
        # sessions it also names would pretend to answer it. Naming no session, coursework or
        # person at all ("when is reading week for this module"), a schedule reading has
        # nothing of the page's to list, however sure the classifier is of it; nor has a
        # topic reading ("which pytorch version are we meant to use": no title or passage of
        # the notes states a requirement the page does not give).
        intent, p, decided_by = Intent.NOT_ON_PAGE, prediction.p(Intent.NOT_ON_PAGE), \
            "classifier+page"
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked if i != intent)[:3]
    if (decided_by == "classifier" and intent == Intent.OFF_TOPIC and q.has("not_on_page")
            and not q.names_nothing_of_the_course and not q.other_course):
        # "do you guys have office hours outside the tuesday slots": a thing courses have that
        # the page does not state is no other subject; the page doesn't say, and a TA can
        intent, p, decided_by = Intent.NOT_ON_PAGE, prediction.p(Intent.NOT_ON_PAGE), \
            "classifier+page"
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked if i != intent)[:3]
    if (decided_by == "classifier" and intent == Intent.NOT_ON_PAGE and p < CLARIFY_BELOW
            and not q.has("not_on_page")
            and prediction.p(Intent.LOGISTICS) >= p - CLARIFY_MARGIN):
        # "is any of this course in person or all online": an unsure "not on the page" that
        # names nothing the page lacks, with how-the-course-runs close behind, is answered
        # from the page (whose logistics answer says so itself when the page lacks the fact).
        intent, p, decided_by = Intent.LOGISTICS, prediction.p(Intent.LOGISTICS), \
            "classifier+page"
        runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked if i != intent)[:3]
    # "how many tutorials are still to come, sorting out my rota": a question that names the
    # page's events and nothing the page lacks is no choice between the schedule and "not on
    # the page" (the schedule's answer says what the page has).
    page_has_it = intent in FROM_SCHEDULE and _names_an_event(q) and not q.has("not_on_page")
    close = [(i, x) for i, x in prediction.ranked
             if i != intent and x >= p - CLARIFY_MARGIN and not _alike(i, intent)
             and i in ANSWERABLE and not {i, intent} <= FROM_SCHEDULE
             and not (page_has_it and i == Intent.NOT_ON_PAGE)
             # "roughly how many hours of lecture video a week": read first as a fact the
             # page lacks, that answer says so and lists what the page has of the things
             # named; a schedule reading close behind is no choice to put to the asker
             and not (intent == Intent.NOT_ON_PAGE and i in FROM_SCHEDULE)]
    if (p < CLARIFY_BELOW and decided_by == "classifier" and close
            and Intent.OWN_WORK in {intent, *(i for i, _ in close)}
            and notes_confidence(q) < NOTES_WEAK):
        # "haven't done ML in ages, anything to brush up on first", "am i expected to know
        # tensorflow before starting": a guess at help with one's own work that the notes
        # barely touch is no reading to offer (its button would only say the notes have
        # nothing); the course-page reading close to it answers. (A problem of one's own the
        # notes touch, "cw2 vae blurry", is still put as a choice.)
        close = [(i, x) for i, x in close if i != Intent.OWN_WORK]
        if intent == Intent.OWN_WORK and close:
            (intent, p), close = close[0], close[1:]
            decided_by = "classifier+notes"
            runners_up = tuple((i, round(x, 4)) for i, x in prediction.ranked
                               if i != intent)[:3]
    if (p < CLARIFY_BELOW and close and decided_by == "classifier"
            and Intent.OWN_WORK in {intent, *(i for i, _ in close)} and _names_a_reading(q)):
        # "do i need to know <the title of a notebook> already or do they teach it": the
        # subject is a reading the course gives, named by its title as a lecture would be;
        # the page's reading of it answers, not a choice with help on one's own work.
        return frame(Intent.READING, prediction.p(Intent.READING), "classifier+title",
                     alternatives=runners_up)
    if (p < CLARIFY_BELOW and close and decided_by == "classifier" and intent in FROM_NOTES
            and q.time.window is None and q.time.week_number is None
            and (material_confidence or notes_confidence)(q) >= NOTES_FIRST):
        # "bptt - is it just normal backprop on the unrolled net or is there something
        # extra": the notes' reading first, and the notes that teach answer it as well as
        # would take the message from another reading ranked first (NOTES_FIRST): their
        # answer, not a choice with a reading of the page that merely comes close. (Not the
        # admin notes, which restate the page; nor a message that says a week or a time:
        # "resnet is in week 3 with vgg right" stays a choice with the page's reading.)
        return frame(intent, p, "classifier+notes", alternatives=runners_up)
    if p < CLARIFY_BELOW and close and decided_by == "classifier" and intent in ANSWERABLE:
        options = ((intent, round(p, 4)), *((i, round(x, 4)) for i, x in close[:2]))
        return frame(Intent.CLARIFY, p, "classifier:close", alternatives=options)
    return frame(intent, p, decided_by, alternatives=runners_up)


def _asks_beyond_the_titles(q: Query) -> bool:
    """Asks about more than the page's titles name: for a kind of text the notes give (a
    definition, a reason, a comparison, steps: not "which week", "is there a lecture on"),
    no title holds every word asked about, BEYOND_TITLES subject words are in none of the
    best matching title's words, and no time is said but a course week (which, like a
    session, says where the material is taught). A question that names a coursework asks
    what the assessed work requires or allows ("task 3 - do we implement the layer from
    scratch or can we use a library"), which is the page's, however well the notes explain
    the layer."""
    if asked_kind(q.raw) not in _NOTES_KINDS or q.coursework or q.has("coursework"):
        return False
    time = q.time
    if (time.window is not None and time.week_number is None) or time.weekday is not None:
        return False
    best = q.topic_matches[0] if q.topic_matches else None
    if best is not None and best.named:
        return False
    title = {singular(w) for w in tokens(normalize(best.item.title))} if best else set()
    beyond = [w for w in q.subject_words if singular(w) not in title]
    return len(beyond) >= BEYOND_TITLES


def _names_a_session_by_topic(q: Query) -> bool:
    """The part names a kind of session and a topic that, in every word, titles one of that
    kind; no kind of text the notes give is asked for."""
    return (any(m.named and m.score >= MATCH_THRESHOLD and m.item.kind in q.kinds
                for m in q.topic_matches)
            and asked_kind(q.raw) not in _NOTES_KINDS)


def _names_a_reading(q: Query) -> bool:
    """The subject asked about is, in every word, the title of a reading (not a session)."""
    best = q.topic_matches[0] if q.topic_matches else None
    return best is not None and best.named and best.item.kind == "material"


def _without(prediction: Prediction, ruled_out: Intent) -> Prediction:
    """The classifier's probabilities given that the message is not `ruled_out`."""
    rest = 1.0 - prediction.p(ruled_out)
    if rest <= 0.0:
        return prediction
    return Prediction(tuple((i, x / rest) for i, x in prediction.ranked if i != ruled_out),
                      prediction.embedded)


def _displeased(q: Query, prediction: Prediction) -> bool:
    """Displeasure named with a complaint reading plausible, and about no thing of the
    writer's own ("useless bot", not "my internet is terrible": that is their situation).
    Whose thing it is, is read in the sentence that names the displeasure ("this bot is
    useless. i asked about my gan and ...": the bot, though the gan is the writer's)."""
    if prediction.p(Intent.COMPLAINT) < COMPLAINT_PLAUSIBLE:
        return False
    return any(DISPLEASED & set(words) and "my" not in words
               for words in (_WORDS.findall(c) for c in _CLAUSES.split(q.text)))


# Asking where a thing is, not where an idea comes from ("where does the elbo come from").
_ASKS_WHERE_IT_IS = re.compile(r"\bwhere(?:'s| is| are| can i find| do i find| would i find"
                               r"| (?:do|can) (?:i|we) (?:get|see|watch))\b")
_PLACES_IN_COURSE = frozenset({Intent.TOPIC, Intent.READING})
_CLAUSES = re.compile(r"[.!?;,]+\s*|\s+(?:but|and)\s+")
_WORDS = re.compile(r"[a-z']+")


# A time said to be the writer's own ("10am for me", "3pm my time", "in my time zone").
_LOCAL_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h)?\s+(?:for me|my time|here|where i am|local(?: time)?)\b"
    r"|\b(?:for me|my time|my local time|where i am|in my time ?zone)\b")


# Asking something for oneself ("... 9pm for me, can i skip the q&as?"): the detector's.
_OWN_ASK = re.compile(r"\b(?:can|could|may|should|must|shall) i\b|\bdo i (?:have|need) to\b|"
                      r"\b(?:am i|is it ok if i) (?:allowed|excused)\b")


def _asks_local_time(q: Query) -> bool:
    """Names a kind of session (or a session or coursework) and a time of the writer's own:
    what it is, or whether it is, where they are."""
    return (bool(_LOCAL_TIME.search(q.text)) and _names_an_event(q)
            and not _OWN_ASK.search(q.text))


def _asks_exam_time_in_a_zone(q: Query) -> bool:
    """Asks when the exam is (and nothing of a session, a coursework or the writer's own
    request) in a zone or one's own clock."""
    return (q.has("exam") and q.has("when") and _in_a_zone(q) and not _OWN_ASK.search(q.text)
            and not (q.kinds or q.coursework or q.lectures or q.tutorials))


def _in_a_zone(q: Query) -> bool:
    """Names a zone ("in lagos", "nepal time", "KST") or the writer's own clock ("my time")."""
    return any(kind == "zone" for kind, _ in q.spans) or bool(_LOCAL_TIME.search(q.text))


def _names_the_page(q: Query) -> bool:
    """Names a thing of the course page (`_names_an_event`, a concept of `_OF_THE_PAGE`, the
    course by its code or another course) or a time."""
    return bool(_names_an_event(q) or q.has(*_OF_THE_PAGE) or q.course_code or q.other_course
                or q.time.window is not None or q.time.week_number is not None
                or q.time.weekday is not None)


def _names_an_event(q: Query) -> bool:
    """Names a kind of session or something of the schedule's tables (a coursework, a
    lecture, a tutorial, a reading, a person)."""
    return bool(q.kinds or q.coursework or q.lectures or q.tutorials or q.notes or q.staff)


def _complains_of_help(q: Query) -> bool:
    """Says that help is not given ("nobody answers", "the tas ignore us", "how am i
    supposed to get help", "can i just talk to a human"), in a message that names no
    circumstance of the writer's (a rule's, decided before)."""
    return bool(NO_HELP.search(privacy.normalise(q.raw)))


def _nothing_to_remind(q: Query, command: commands.Command) -> bool:
    """A reminder command that names no kind of event, no time before it and nothing of the
    schedule (no coursework, lecture, tutorial or person)."""
    return (command.action == "subscribe" and not command.kinds and not command.offsets
            and not (q.kinds or q.coursework or q.lectures or q.tutorials or q.staff))


def _notes_answer(q: Query, prediction: Prediction, notes_confidence: NotesConfidence) -> bool:
    """The classifier finds the notes plausible and they answer the question well."""
    return (prediction.p(*FROM_NOTES) >= NOTES_PLAUSIBLE
            and notes_confidence(q) >= NOTES_FIRST)


def _alike(a: Intent, b: Intent) -> bool:
    return any(a in group and b in group for group in _ALIKE)
