"""Course logistics: assessment, examinable material, submission, book, GPUs, forum, places."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import (
    all_lectures_timed,
    event_name,
    join,
    lecture_numbers,
    lecture_span,
    live_except,
    live_lectures,
    live_slot,
    session_places,
    timetabled_kinds,
    with_qa_slots,
)
from bot.core.delivery import answer_delivery_mode
from bot.core.handlers import Reply
from bot.core.handlers.lengths import asks_length, guessed_verdict
from bot.core.handlers.notes import answer_from_notes
from bot.core.handlers.topics import answer_reading, book_lines, titled_sessions
from bot.core.later_run import course_end
from bot.core.lexicon import CUES, MATERIAL_THINGS, STOPWORDS, WEIGHT_WORDS
from bot.core.queries import (
    asks_exam_order,
    asks_exam_scope,
    by_start,
    course_dates,
    exam_order,
    lists_person,
    so_many_by_kind,
    split_at,
    unstated_terms,
)
from bot.core.reported_missing import reported_missing
from bot.core.text import number_value
from bot.core.timefmt import format_day_date
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import COUNT_NOUN, Query
from bot.schedule.model import Event, Schedule

_EXAM_FORMAT = {"open", "closed", "format", "duration", "calculator", "online", "paper",
                "papers", "questions", "structure", "style", "mcq", "hours", "long", "openbook",
                "location", "venue", "room", "hall", "inperson", "campus"}
_AMONG_TASKS = {"each", "per", "individual", "individually", "every", "vs", "versus", "equally",
                "equal", "same", "between", "within", "divided", "split", "among", "across"}
_MARKS = frozenset({"marks", "mark", "points", "point"})
_COURSE_SPAN = {"start", "starts", "begin", "begins", "end", "ends", "finish", "finishes"}
_PASSING = frozenset({"pass", "passing", "fail", "failing", "threshold", "separately",
                      "minimum", "min"})
_SERVICE_TERMS = frozenset({"free", "cost", "costs", "price", "pay", "paid", "tier", "tiers",
                            "credits", "quota", "quotas", "limit", "limits", "subscription"})
_SUBMITTED = frozenset({"submitted", "handed", "uploaded", "turned"})
# GPUs provided by the institution ("does the department give us gpus", "a college
# cluster"), which the page's advice on outside services does not answer.
_PROVIDED = frozenset({"college", "university", "uni", "department", "dept", "provide",
                       "provides", "provided", "give", "gives", "offer", "offers", "cluster",
                       "clusters", "lab", "labs", "server", "servers", "machines", "access"})
# Taking part in sessions, as something that might earn marks.
_ATTENDING = frozenset({"attend", "attending", "attendance", "participation", "participating",
                        "participate", "turning", "showing"})
# How much the work takes of a GPU ("how much vram", "is a 4gb card enough").
_GPU_NEEDS = frozenset({"memory", "vram", "ram", "gb", "powerful", "enough", "requirements",
                        "requirement", "specs", "minimum"})
# Asking who someone is or whether they teach ("who's X, is he teaching us").
_WHO_TEACHES = frozenset({"who", "whos", "who's", "teach", "teaches", "teaching", "teacher",
                          "lecturer", "lecturing", "tutor", "staff", "instructor"})
# Whether a thing counts for the mark ("prep" alone asks for the reading, not its mark).
_ASSESSED_ASKED = frozenset({"assessed", "marked", "graded", "formative", "summative"})
# Recordings of lectures, asked where: how lectures are given, then where the materials are.
# Whether something is recorded ("is it recorded", "any recording of it").
_RECORDED_ASKED = frozenset({"recorded", "recording", "recordings", "record", "records"})
# Words for a recording kept to watch later, not a session seen as it happens.
_KEPT_RECORDINGS = frozenset({"recorded", "recording", "recordings", "record", "records",
                              "prerecorded", "video", "videos", "replay", "later", "afterwards"})
_PRERECORDED = re.compile(r"\bpre[- ]?recorded\b")
# Words of a place on site: the page's sessions have none when the course runs online.
_ON_SITE = frozenset({"room", "rooms", "campus", "building", "physical", "physically",
                      "inperson", "venue", "classroom", "onsite", "theatre"})
_RECORDINGS = frozenset({"video", "videos", "recording", "recordings", "recorded",
                         "prerecorded", "watch"})


# A model's weights, as handed in with the notebooks ("the trained weights", "include the
# weights"), not the weighting of the marks.
_MODEL_WEIGHTS = re.compile(
    r"\b(?:trained|model'?s?|network'?s?|net|saved|final|learn[et]d?|pretrained|checkpoint)"
    r" weights\b|\bweights? (?:files?|of (?:the |my |our )?(?:model|network|net))\b"
    r"|\b(?:include|including|submit|submitting|upload|uploading|zip|attach)\b[^.?!]{0,30}"
    r"\bweights\b|\bweights\b[^.?!]{0,30}\b(?:ipynb|notebooks?|zip|pth?)\b")


# What a task asks for ("where do i find what the task actually asks"): its description.
_WHAT_IT_ASKS = re.compile(r"\bwhat (?:\w+ ){0,4}(?:asks|asking|wants|want|requires|expects"
                           r"|expected|required)\b")


def answer_task_weights(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Are the 3 tasks weighted the same": the page gives the coursework's share, not a
    split between its tasks (said, with the share). None unless the weighting among the
    tasks is asked."""
    words = set(q.words)
    if not (q.has("weight") and (q.coursework or q.has("coursework"))
            and words & (_AMONG_TASKS | {"same", "equal"}) and not q.has("exam")):
        return None
    a = view.schedule.assessment
    return Reply("logistics", False, 0.6, W.EACH_TASK_UNKNOWN.format(
        count=a.coursework_count, weight=a.coursework_weight))


# Rules of running a course that no field of the schedule holds (the policy cues that are
# never about a stated fact: "allowed" and "mandatory" can be, "individually" is stated).
# What handing in late costs ("how many marks do i lose if it's a few hours late").
_LATE_COST = frozenset({"lose", "losing", "lost", "deducted", "deduction", "docked", "cost",
                        "costs", "capped", "cap", "penalised", "penalized"})
_UNSTATED_RULES = frozenset({"penalty", "penalties", "lateness", "resubmit", "resubmission",
                             "regrade", "appeal", "plagiarism"})


def answer_policy(view: CourseView, integrity: bool = False, library: str | None = None,
                  q: Query | None = None, reader: Reader | None = None) -> Reply:
    """A rule of running the course the page does not state (late penalties, attendance).
    `integrity`: whether work not one's own may be used (copied, cited, done together):
    the page's own word on individual work, and no rule made up. `library`: a library or
    language asked whether it may be used: the page's word on how the work is given and
    done, and no permission made up."""
    forum = view.schedule.course.forum
    if library is not None:
        a = view.schedule.assessment
        stated = " ".join([*([a.notebooks_note] if a.notebooks_note else []),
                           *([W.INDIVIDUAL_STATED] if a.coursework_individual else [])])
        return Reply("policy", False, 0.6, W.LIBRARY_UNSTATED.format(
            library=library, stated=f" {W.WHAT_IT_SAYS} {stated}" if stated else "",
            forum=forum.name, forum_course=forum.course_name))
    if integrity:
        stated = (W.INTEGRITY_INDIVIDUAL if view.schedule.assessment.coursework_individual
                  else "")
        return Reply("policy", False, 0.6, W.INTEGRITY_UNSTATED.format(
            stated=stated, forum=forum.name, forum_course=forum.course_name))
    if q is not None and reader is not None and (late := _lateness_of(q, view)) is not None:
        return late_unstated(view, reader, late)
    return Reply("policy", False, 0.5, f"{W.POLICY_UNKNOWN}\n{view.ta_offer()}")


_LATE_WORDS = frozenset({"late", "later", "lateness", "overdue", "penalty", "penalties",
                         "penalised", "penalized"})


def _lateness_of(q: Query, view: CourseView) -> list[Event] | None:
    """The deadlines of the coursework a question of lateness names ("is there a late
    penalty if i submit cw2 an hour late"), or None when it asks no lateness or names none."""
    if not set(q.words) & _LATE_WORDS:
        return None
    due = [e for e in view.events if e.kind == "deadline" and e.id in q.coursework]
    return due or None


# What a part asks of a course beyond which course it is ("when is the 70015 exam").
_ASKED_OF_A_COURSE = ("deadline", "coursework", "qa", "tutorial", "lecture", "quiz", "panel",
                      "session", "when", "how_long", "who", "assess", "run", "cover", "read",
                      "explain", "exam", "weight", "examinable", "submit", "spec", "feedback")


# Which course it is asked ("is this X or Y", "same course as", "which module is this"), not
# a thing of it with the code said beside ("took <code> last year, what was the textbook").
_ASKS_WHICH_COURSE = re.compile(r"\b(?:is (?:this|it|that)|are (?:you|we)|which (?:one|course|"
                                r"module|class|code)|what (?:course|module|class|code)|same|"
                                r"right (?:place|course|module|one|chat|bot)|or)\b")


def course_identity(q: Query, view: CourseView) -> Reply | None:
    """"is this <code> or <another>?", "is <another> the same course as this one": a code named
    and nothing asked of a course but which it is: the course the bot serves, from the
    course block; a code the page never names is said to be neither this course nor
    another (a TA can tell), or None when more is asked."""
    if not q.course_codes or (q.coursework or q.lectures or q.tutorials or q.notes or q.staff
                              or q.kinds or q.has(*_ASKED_OF_A_COURSE)
                              or not _ASKS_WHICH_COURSE.search(q.text)):
        return None
    c = view.schedule.course
    lines = [W.COURSE_IDENTITY.format(code=c.code, title=c.title, term=c.term,
                                      forum=c.forum.name, forum_course=c.forum.course_name)]
    if others := [x for x in dict.fromkeys(q.course_codes)
                  if x not in c.code and x not in c.forum.course_name]:
        lines += [W.COURSE_CODE_NOT_NAMED.format(codes=" or ".join(others)), view.ta_offer()]
    return Reply("logistics", not others, 0.8, "\n".join(lines))


def late_unstated(view: CourseView, reader: Reader, due: list[Event]) -> Reply:
    """What handing in late costs, asked of a named coursework: the page states no late
    rule; the deadline concerned, and who can tell."""
    lines = [W.LATE_RULE_UNSTATED, W.LATE_RULE_DEADLINE, *view.event_lines(due, reader),
             view.ta_offer()]
    return Reply("policy", False, 0.6, "\n".join(lines), due)


# Whether a thing counts for the mark, asked in other words ("do i lose anything if i skip
# the quiz", "is it optional").
_COUNTS_FOR = frozenset({"count", "counts", "graded", "lose", "losing", "penalised",
                         "penalized", "skip", "skipping", "optional", "compulsory",
                         "mandatory", "required", "obligatory"})


def quizzes_assessed(view: CourseView) -> str:
    """"Is the quiz graded?": what the page says the quizzes are for, and what it lists as
    the final mark (which names no quiz)."""
    s = view.schedule
    a = s.assessment
    purposes = sorted({x.purpose for x in s.quizzes if x.purpose})
    if len(purposes) == 1:
        return W.QUIZ_ASSESSED_PURPOSE.format(
            weeks=_week_list([x.week for x in s.quizzes]), purpose=purposes[0],
            exam=a.exam_weight, count=a.coursework_count, cw=a.coursework_weight)
    return W.QUIZ_ASSESSED.format(exam=a.exam_weight, count=a.coursework_count,
                                  cw=a.coursework_weight)


# Which software sessions run on ("tutorial is in what application?", "which app do i need
# for the q&a"): where they are held, as the page names the platform.
_WHICH_APP = re.compile(
    r"\b(?:what|which|wat|wich)\s+(?:\w+\s+)?(?:app|apps|application|software|platform"
    r"|program|programme|client)\b|\b(?:app|application|software|platform)\s+(?:is|are|do"
    r"|does|should|will)\b|\b(?:download|install|need)\s+(?:an?\s+|any\s+)?(?:app"
    r"|application|software)\b")


def answer_platform(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Tutorial is in what application?": where the sessions are held. None unless the
    software for a kind of session is asked."""
    if not q.kinds & {"qa", "tutorial", "panel", "lecture"} or not _WHICH_APP.search(q.text):
        return None
    return Reply("logistics", True, 0.85, "\n".join(session_places(view.schedule)))


# Working with someone else ("can me and my flatmate do it together", "in pairs"): whether
# the coursework may be shared is what is asked. A word of working jointly says so; a
# companion ("my partner", "a friend") only when the writer works with them ("with my
# friend", "me and my flatmate"): "my partner just had a baby, what did I miss" asks no rule.
_JOINTLY = frozenset({"pair", "pairs", "group", "groups", "together", "collaborate",
                      "collaborating", "collaboration", "jointly"})
_WITH_COMPANION = re.compile(
    r"\b(?:with|me and|and me|and i)\s+(?:my|a|an|another|other|the|some)?\s*"
    r"(?:partners?|friends?|flatmates?|housemates?|classmates?|roommates?|teammates?|mates?)\b"
    r"|\b(?:my|a) (?:partner|friend|flatmate|housemate|classmate|roommate|teammate|mate)s? "
    r"and (?:i|me)\b"
    # one hand-in for two people ("one notebook for both of us", "two of us hand in the same")
    r"|\b(?:both|two|the two|all three|three) of us\b|\b(?:hand|submit|upload|turn)\w*(?: it)?"
    r"(?: in)? (?:one|a single|a joint|a shared|one joint|one shared) (?:notebook|submission|"
    r"zip|file|piece of work|report|solution)s?\b")

# A team or group that is a place or someone else's, not a way of working: the course's
# team or channel on a chat platform ("the team/channel in teams"), a tutorial or breakout
# group, another group's session ("the other group's breakout room").
_GROUP_AS_PLACE = re.compile(
    r"\b(?:team|group)s?(?:'s|s')?(?: ?/ ?| )(?:channels?|chats?|breakouts?|rooms?|calls?|"
    r"meetings?|pages?|sites?|spaces?|links?|recordings?|sessions?|tutorials?|lectures?|q&a|qa)\b"
    r"|\b(?:team|group)(?:'s|s')"
    r"|\b(?:tutorial|breakout|course|class|module|lab|teams|chat|whatsapp|discord|slack|"
    r"other|another|which|what) (?:team|group)s?\b")
_PLACE_WORDS = frozenset({"team", "group", "groups"})


def _works_together_asked(q: Query) -> bool:
    """Whether working alone or with others is asked (the page's rule on individual work
    answers it): a word of it other than "team"/"group", or one of those not naming a place
    or someone else's group ("can't find the team channel", "the other group's room")."""
    said = q.cues.get("individual", set())
    if said - _PLACE_WORDS:
        return True
    return bool(said) and bool(re.search(r"\b(?:team|groups?)\b",
                                         _GROUP_AS_PLACE.sub(" ", q.text)))


# Handing work in names the coursework ("can my friend and i submit one notebook").
_HANDS_IN = re.compile(r"\b(?:submit\w*|hand(?:ing|ed|s)?(?: it| this)? in|upload\w*)\b")


def answer_collaboration(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Are we allowed to work in pairs on task 2?": what the page says of individual work.
    None unless working with others on the coursework is asked (read as a rule the page
    lacks)."""
    joint = bool(set(q.words) & _JOINTLY) or bool(_WITH_COMPANION.search(q.text))
    if not joint or set(q.words) & _UNSTATED_RULES or not (
            q.coursework or q.has("coursework") or "deadline" in q.kinds
            or _HANDS_IN.search(q.text)):
        return None
    a = view.schedule.assessment
    return Reply("logistics", True, 0.85, W.INDIVIDUAL if a.coursework_individual
                 else W.INDIVIDUAL_NOT_REQUIRED)


# A partner or group in the coursework taken for granted ("what if my cw partner drops out",
# "my teammate isn't doing his half of task 2"): a coursework partner named as such, or a
# partner, team or group of one's own with the work split between them. A life partner
# ("my partner had a baby") shares no work.
_COURSE_PARTNER = re.compile(
    r"\b(?:my|our)(?: (?:cw ?\d?|coursework|task ?\d?|project|lab|assignment))? (?:teammates?|"
    r"team ?mates?|group ?mates?|group members?|team members?|(?:cw|coursework|project|lab|"
    r"task|assignment) ?\d? partners?)\b")
_OWN_TEAM = re.compile(r"\b(?:my|our) (?:partner|group|team)s?\b")
_WORK_SPLIT = re.compile(
    r"\b(?:both halves|halves|(?:my|his|her|their|the other|our) (?:half|part|share|bit)s?|"
    r"split(?:ting)? (?:the|our) (?:work|tasks?)|divid\w* (?:the|our) (?:work|tasks?)|"
    r"drop(?:s|ped|ping)? out|(?:isn'?t|is not|aren'?t|not) (?:doing|contributing|pulling)|"
    r"free ?rid\w*|does nothing|did nothing)\b")


def answer_partner_presumed(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"What if my cw partner drops out": when the page says the coursework is individual,
    the partner presumed corrected. None unless a coursework partner or group is taken for
    granted."""
    text = q.text
    named = _COURSE_PARTNER.search(text) or (
        _OWN_TEAM.search(text) and _WORK_SPLIT.search(text)
        and (q.coursework or q.has("coursework") or _HANDS_IN.search(text)
             or re.search(r"\bhal(?:f|ves)\b", text)))
    if not named or not view.schedule.assessment.coursework_individual:
        return None
    return Reply("logistics", True, 0.85, W.PARTNER_PRESUMED.format(individual=W.INDIVIDUAL))


# Asking whether something exists ("is there an intro to pytorch", "any notebook on X").
_IS_THERE = re.compile(r"\b(?:is|are) there\b|\bthere(?:'s| is| are)? (?:any|an?|some)\b"
                       r"|^(?:any|an?)\b|\bdo (?:you|they|we) (?:have|give|provide)\b")


def answer_named_material(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"I missed the pytorch intro stuff in week 2, where is it?": a reading of the page
    named by its title (a notebook given with no lecture), asked where it is, whichever
    reading the question got, or asked whether there is one ("is there an intro to
    pytorch"). None unless the best title match is such a reading, named word for word (or
    asked to exist), and no session kind or numbered thing is asked about."""
    exists = _IS_THERE.search(q.text) is not None
    if (not (q.has("where") or q.has("materials_where") or exists) or q.kinds or q.coursework
            or q.lectures or q.tutorials or not q.topic_matches):
        return None
    best = q.topic_matches[0]
    # (whether one exists may be asked in words of one's own: "some intro to pytorch")
    if not ((best.named or exists) and best.score >= MATCH_THRESHOLD
            and best.item.kind == "material" and not best.item.lectures):
        return None
    return answer_reading(q, view, reader)


# Whether a lecture or reading must be done ("is the gan reading mandatory", "do we have to
# watch both"): the page says which lectures are examinable and which readings go with
# them, never that any is compulsory.
_REQUIRED = frozenset({"mandatory", "compulsory", "required", "obligatory", "optional",
                       "necessary", "essential"})
_MUST_DO = re.compile(r"\b(?:do|does|should)\s+(?:i|we|you|one)\s+(?:really\s+|actually\s+)?"
                      r"(?:need|have)\s+to\s+(?:watch|read|do|see|go through)\b"
                      r"|\bneed\s+(?:to\s+(?:watch|read|do)\s+)?both\b")


_WH = re.compile(r"\b(?:what|which|wat|wich|how much|how many)\b")


def answer_required(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Is lecture 17a mandatory?", "is the reading for week 7 required?": that the page
    does not say, then what it does say of the lectures (examinable) or readings named.
    None unless must-do is asked of lectures or readings the question names."""
    must = _MUST_DO.search(q.text)
    if must and _WH.search(q.text[:must.start()]):
        must = None  # "what do i need to read this week": which readings, not whether
    if not (set(q.words) & _REQUIRED or must) or q.coursework \
            or q.kinds - {"lecture"} or "quiz" in q.kinds:
        return None
    readings = q.has("read") or bool(q.notes)
    lecture_ids = list(q.lectures) or (_topic_lectures(q, view) if q.topic else [])
    if not lecture_ids and not readings:
        return None
    lines: list[str] = []
    events: list[Event] = []
    if readings:
        found = answer_reading(q, view, reader)
        if not found.answered:
            return None
        lines.append(found.text)
        events.extend(found.events)
    else:
        stated, unlisted, events = _examinable(q, view)
        lines.extend([*stated, *unlisted])
    what = W.REQUIRED_READINGS if readings else W.REQUIRED_LECTURES
    return Reply("logistics", True, 0.75,
                 "\n".join([W.REQUIRED_UNSTATED.format(what=what), *lines]), events)


def asks_weights(q: Query) -> bool:
    """How much the exam or the coursework counts in the final mark is asked ("how much is
    the exam worth", "l'exam compte pour combien"), or how the mark is shared between them."""
    return (bool(set(q.words) & WEIGHT_WORDS) and not q.has("cover") and (
        q.has("coursework") or re.search(r"\bhow much\b|\bpercent|%", q.text) is not None)
    ) or _exam_against_coursework(q)


def answer_quiz_assessed(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Is the quiz graded, do I lose marks if I skip it": what the quizzes are for and what
    the final mark is made of. None unless whether the quizzes count is asked."""
    words = set(q.words)
    if ("quiz" not in q.kinds or q.coursework or not view.schedule.quizzes
            or not (q.has("weight", "assess") or words & _COUNTS_FOR)):
        return None
    return Reply("logistics", False, 0.5, quizzes_assessed(view))


# Where to ask, between or outside the sessions ("where can i ask stuff outside the tuesday
# sessions", "is there somewhere to post questions besides the q&a"): the forum.
_WHERE_TO_ASK = re.compile(r"\b(?:where|place|somewhere|anywhere)\b[^.?!]{0,40}"
                           r"\b(?:ask|post|put|send)\b")
_BESIDES = re.compile(r"\b(?:outside|apart from|besides|beside|between|other than|except"
                      r"|aside from|in between)\b")


def answer_where_to_ask(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Where can I ask things outside the sessions": the forum, whichever reading of the
    schedule the question got (a session or a day named is context). None unless where to
    ask is asked, beside or instead of the sessions."""
    forum = view.schedule.course.forum
    raw = q.raw.lower()  # (the query's text has dropped "can i ask")
    if not forum.name or not _WHERE_TO_ASK.search(raw):
        return None
    if q.kinds and not _BESIDES.search(raw):
        return None
    return Reply("logistics", True, 0.8, W.FORUM.format(forum=forum.name,
                                                       course=forum.course_name))


def answer_prep_assessed(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Is the week 2 notebook marked?", whichever reading of the schedule the question got:
    the preparation named is not a task. None unless such a reading's mark is asked."""
    prep = _prep_named(q, view)
    return Reply("logistics", True, 0.8, prep) if prep is not None else None


def _prep_named(q: Query, view: CourseView) -> str | None:
    """"Are the intro to pytorch notebooks assessed or just prep": the readings named that
    the page lists with a note (as preparation) and no lecture, said with their note and
    what the final mark is made of. None unless such a reading is named and whether it
    counts is asked, and no coursework task is."""
    words = set(q.words)
    if q.coursework or not (words & (_COUNTS_FOR | _ASSESSED_ASKED) or q.has("assess")):
        return None
    s = view.schedule
    best = q.topic_matches[0] if q.topic_matches else None
    if best is None or best.score < MATCH_THRESHOLD or best.item.kind != "material":
        return None
    first = next((m for m in s.materials if m.id == best.item.id), None)
    if first is None or not first.note or first.lectures:
        return None
    same = [m for m in s.materials if m.note == first.note and m.week == first.week
            and m.kind == first.kind]
    a = s.assessment
    return W.PREP_NOT_ASSESSED.format(
        titles=", ".join(f"{m.id} {m.title}" for m in same), week=first.week,
        note=first.note, count=a.coursework_count, exam=a.exam_weight,
        cw=a.coursework_weight)


# Getting ready for a piece of work ("how should I prep for the courseworks", "anything to
# prepare before the coursework", "what should I do before starting cw1").
_PREPARE_FOR = re.compile(
    r"\b(?:prep|prepare|preparing|preparation|get(?:ting)? ready|ready for)\b"
    r"|\bbefore (?:i |we )?(?:start|starting|begin|beginning|doing|tackling|attempting)\b")


def answer_work_prep(q: Query, view: CourseView) -> Reply | None:
    """"How should I prep for the courseworks": the readings the page marks with a note (its
    preparation notebooks) and how the work is given; what else to do it does not say (a TA
    can). None unless getting ready for the coursework is asked, or the page marks none."""
    if not (q.coursework or q.has("coursework")) or not _PREPARE_FOR.search(q.text):
        return None
    prep = _prep_lines(view)
    if not prep:
        return None
    note = view.schedule.assessment.notebooks_note
    lines = [W.WORK_PREP, *(W.RESOURCE_LINE.format(text=x) for x in [*prep, *([note] if note
                                                                               else [])]),
             view.ta_offer()]
    return Reply("logistics", True, 0.8, "\n".join(lines))


def _week_list(weeks: list[int]) -> str:
    """"3, 5 and 7"."""
    return join([str(w) for w in sorted(set(weeks))])


# Getting up to speed before or alongside the course ("anything to brush up with", "rusty
# on linear algebra", "catch up on the basics"): general words of preparing, not a topic.
_GET_READY = re.compile(
    r"\bbrush(?:ing)? up\b|\brusty\b|\brefresh(?:er|ing)? (?:my|on|the|some)\b"
    r"|\bup to speed\b|\b(?:catch(?:ing)? up|revis(?:e|ing)|go(?:ing)? over|review(?:ing)?)"
    r"\b[^.?!]{0,30}\b(?:basics|fundamentals|background|foundations|maths?|linear algebra"
    r"|probability|statistics|calculus)\b|\b(?:before|ahead of) (?:the|this) (?:course|module"
    r"|term) (?:starts|begins)\b")
# What one is expected to know already ("do I need to know pytorch already", "prerequisites",
# "I've never used X, is that a problem").
_PREREQUISITE = re.compile(
    r"\bprerequisites?\b|\bprereqs?\b|\bprior (?:knowledge|experience)\b"
    r"|\b(?:need|have|expected|supposed|assumed|required|meant) to (?:already )?know\b"
    r"[^.?!]{0,30}\b(?:already|beforehand|before|in advance|first)\b"
    r"|\b(?:never|not) (?:used|done|taken|learn[et]d?|studied|touched)\b[^.?!]{0,40}"
    r"\b(?:is that (?:a |an )?(?:problem|issue|ok|okay|fine)|will i be (?:ok|okay|fine))"
    # "no ML background, will I cope", "never done an ML course before, am I going to be
    # lost": one's background set against the course
    r"|\b(?:without|no|zero|little|limited) (?:\w+ ){0,3}?(?:background|experience)\b"
    r"|\b(?:never|not|haven't|hasn't|didn't)\b[^.?!]{0,40}\b(?:before|previously|ever)\b"
    r"[^.?!]{0,50}\b(?:lost|struggle|struggling|cope|keep up|fall behind|ok|okay|fine)\b"
    # a tool owned up to not knowing, said and left there ("pytorch? never touched it
    # before", "i dont know numpy at all"): how to get started with it
    r"|^[^.?!]{0,30}?\b(?:never|not) (?:used|touched|tried|seen|worked with|heard of)\b"
    r"[^.?!]{0,25}\W*$"
    r"|^[^.?!]{0,20}?\b(?:i )?(?:dont|don't|do not) know (?:\w+ ){1,2}at all\W*$"
    r"|^[^.?!]{0,20}?\b(?:completely |totally )?new to (?:\w+ ?){1,2}\W*$")
# Whether something is taught asked beside what one must know ("... or is it taught").
_TAUGHT_ASKED = re.compile(r"\b(?:taught|teach|teaches|covered|introduced|intro|explained)\b")
# Asking for ways to practise or check oneself ("practice questions", "test myself").
_PRACTICE = re.compile(
    r"\bpractice (?:questions?|problems?|exercises?|quiz(?:zes)?)\b|\bpractis(?:e|ing)\b"
    r"|\bexercises? to\b|\b(?:test|check|quiz) (?:myself|ourselves|my knowledge|my understanding)\b"
    r"|\bcheck (?:if |whether |that )?(?:i|we) (?:have )?(?:understood|understand|got it)\b"
    r"|\bself[- ]?(?:test|check|assessment)s?\b")


def answer_resources(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Anything to brush up with before this?", "do I need to know pytorch already?",
    "practice questions?": what the page offers (revision notes, the book, the materials it
    marks as preparation, the quizzes and what they are for, where the materials are). None
    unless getting ready or practice is asked, about nothing the page numbers."""
    if q.coursework or q.lectures or q.tutorials or q.notes or q.other_course:
        return None
    text = q.text
    ready, prerequisite = _GET_READY.search(text), _PREREQUISITE.search(text)
    practice = _PRACTICE.search(text)
    if ready and not prerequisite and q.subject_known:
        ready = None  # "brush up on batchnorm": that topic's notes and lecture, not these
    if not (ready or prerequisite or practice):
        return None
    s = view.schedule
    c = s.course
    lines = []
    if ready or prerequisite:
        lines.append(c.revision_notes)
        lines.append(W.RESOURCE_BOOK.format(book=c.book))
        lines.extend(_prep_lines(view))
    purposes = sorted({x.purpose for x in s.quizzes if x.purpose})
    if practice and len(purposes) == 1:
        lines.append(W.QUIZ_PURPOSE.format(weeks=_week_list([x.week for x in s.quizzes]),
                                           purpose=purposes[0]))
    if not lines:
        return None
    body = [W.RESOURCE_LINE.format(text=line) for line in lines]
    if prerequisite:
        # what one must know first is not on the page: said so (not "there are none"), what
        # it offers for getting ready, and a TA who can tell; answered when whether it is taught is
        # asked of something it offers ("do I need pytorch already or is it taught": its intro)
        offered = " ".join(lines).lower()
        covered = bool(_TAUGHT_ASKED.search(text)) and any(
            len(w) > 3 and w not in STOPWORDS and re.search(rf"\b{re.escape(w)}\b", offered)
            for w in q.words)
        return Reply("logistics", covered, 0.8 if covered else 0.6, "\n".join([
            W.NO_PREREQUISITES, *body, c.materials_note, view.ta_offer()]))
    return Reply("logistics", True, 0.85, "\n".join([W.RESOURCES, *body, c.materials_note]))


# The page's kinds of reading weighed against each other ("do we need the papers or are the
# slides enough", "is it enough to read the notes").
_READING_NEEDED = re.compile(
    r"\b(?:enough|sufficient|suffice|needed|necessary|required|optional)\b"
    r"|\b(?:need|have|must) to read\b|\bget away with\b"
    r"|\bskip (?:the )?(?:papers|readings?|notes|slides)\b")


def answer_reading_needed(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"Do we need to read the papers or are the slides enough?": the page lists its
    readings by week and says nothing of which are needed; what is examinable is its
    lectures (its sentence). None unless two of the page's kinds of reading are weighed, or
    whether one must be read is asked, of no reading, lecture or week named."""
    said = {k for k, names in _READING_KINDS.items() if set(q.words) & names}
    if (not said or not _READING_NEEDED.search(q.text) or q.notes or q.lectures
            or q.tutorials or q.coursework or q.time.window is not None or q.subject_known):
        return None
    s = view.schedule
    kinds = [k for k in ("paper", "notes", "slides") if any(m.kind == k for m in s.materials)]
    if not kinds:
        return None
    names = [_READING_KINDS_SAID[k] for k in kinds]
    text = W.READING_NEEDED_UNKNOWN.format(kinds=join(names))
    a = s.assessment
    if a.examinable_marked or a.examinable_unmarked:
        text += " " + W.EXAMINABLE.format(note=a.examinable_note)
    return Reply("reading", False, 0.6, f"{text}\n{s.course.materials_note}")


_READING_KINDS = {"paper": {"paper", "papers", "readings", "reading"},
                  "notes": {"notes", "note"}, "slides": {"slides", "slide", "slideshow"}}
_READING_KINDS_SAID = {"paper": "papers to read", "notes": "notes", "slides": "slides"}


# Unstated things of a hand-in ("a written report", "a page limit"): what is handed in is
# what the page does say about them.
_HAND_IN_TERMS = frozenset({"report", "reports", "pages", "wordcount", "sizelimit"})


def hand_in_said(q: Query, view: CourseView) -> str:
    """What the page says is handed in, when an unstated thing of a hand-in is asked about
    the coursework; "" otherwise."""
    a = view.schedule.assessment
    if not (set(unstated_terms(q, view)) & _HAND_IN_TERMS and a.submission_via
            and (q.coursework or q.has("coursework") or q.has("submit")
                 or set(q.words) & {"code", "notebook", "notebooks", "ipynb"})):
        return ""
    individual = W.SUBMISSION_INDIVIDUAL if a.coursework_individual else ""
    return W.SUBMISSION.format(via=a.submission_via, contents=a.submission_contents,
                               individual=individual, notebooks=a.notebooks_note)


# Revision cues that name the revision material itself, not only refreshing one's knowledge.
_REVISION_ITSELF = frozenset({"revision", "refresher", "prerequisite", "prerequisites"})


def answer_logistics(q: Query, view: CourseView, reader: Reader) -> Reply:
    s = view.schedule
    c, a = s.course, s.assessment
    words = set(q.words)
    parts: list[str] = []
    answered = True

    def unknown(text: str) -> None:
        nonlocal answered
        parts.append(text)
        answered = False

    events = []
    if (identity := course_identity(q, view)) is not None:
        return identity
    if q.other_course:
        return Reply("logistics", False, 0.6, W.OTHER_COURSE.format(code=c.code, title=c.title))
    if (weekly := answer_weekly_hours(q, view)) is not None:
        return weekly
    if (premise := weight_premise(q, view)) is not None:
        return premise
    if (delivery := answer_delivery_mode(q, view, reader)) is not None:
        return delivery  # "will it be taught in person next term"
    if _MODEL_WEIGHTS.search(q.text):
        # "do I have to include the trained weights or just the ipynb": the model's weights,
        # handed in, not the weighting of the marks
        cues = {k: v for k, v in q.cues.items() if k != "weight"}
        cues["submit"] = cues.get("submit", set()) | {"weights"}
        q = dataclasses.replace(q, cues=cues, words=[w for w in q.words if w != "weights"])
        words = set(q.words)
    if words & _UNSTATED_RULES or (words & {"late", "later"} and words & _LATE_COST):
        # "is there a penalty for late cw submission, like -10% per day": a rule the page
        # does not state, not the weights or the hand-in its other words touch on
        return answer_policy(view, q=q, reader=reader)
    if q.asks_week_now and not q.time.week_number:
        return _week_now(view, reader)
    if (day := q.asks_week_of_day) is not None:
        return Reply("logistics", True, 0.85, view.week_of_day(day, today=False)[0])
    if (prep := answer_prep_assessed(q, view, reader)) is not None:
        return prep
    if (prep := answer_work_prep(q, view)) is not None:
        return prep
    exam_length = q.has("exam") and _asks_length(q)
    if (re.search(r"\bhow long\b", q.text) or asks_length(q.text)) and not q.has(
            "deadline") and not (words & {"until", "till", "til", "left"}) and not q.has("exam"):
        if not q.kinds and not q.has("session") and words & _WHOLE_COURSE:
            # "how long is the course (in weeks)": its weeks, not a session's length
            return Reply("logistics", True, 0.85, _count_weeks(view.schedule))
        duration, known = _duration(q, view)
        if known:
            # "is the q&a an hour": yes or no to the length guessed, then the slots
            verdict = guessed_verdict(q.text, view.schedule.course.session_minutes)
            parts.append(f"{verdict} {duration}" if verdict else duration)
        else:
            unknown(duration)
    if (workload := answer_workload(q, view, reader)) is not None:
        return workload
    # "watched lectures 15-17 ... how much does the exam count compared to the coursework":
    # the weight of the two is asked; lectures said beside it are context
    # ("how much is the exam worth", said after "i've watched lectures 1 to 4 until now",
    # asks its weight too; "does lecture 18 count for the exam" asks what is examinable).
    # The exam set against the coursework ("how much is cw vs exam", "is it more exam or
    # coursework") asks how the final mark is shared between them, weight word or not.
    weights_asked = asks_weights(q)
    # "how many marks is task 1 vs task 2": a weight asked, not a count
    # ("the count of lectures", "total number of q&as": a count asked as a noun, no weight)
    how_many = q.asks_count and not words & (WEIGHT_WORDS | _MARKS) - (
        {"count"} if COUNT_NOUN.search(q.text) else set())
    # "which cws do i still need to submit": those left, as "how many are left" has them
    left_to_do = q.asks_remaining and not q.coursework and not weights_asked and (
        "deadline" in q.kinds or q.has("coursework"))
    if (how_many or left_to_do) and (count := _count(q, view, reader)):
        parts.append(count)
        only_left = bool(words & {"left", "remaining", "still", "more"})
        listed = q.kinds if only_left else q.kinds & {"deadline", "quiz"}
        events = [e for e in view.events if e.kind in listed
                  and (not only_left or (e.start is not None and e.start > reader.now))]
    if q.has("examinable") or _names_marking(q) or (q.has("exam") and not weights_asked
                               and (q.lectures or q.has("cover") or q.subject_known
                                    or asks_exam_scope(q) or _topic_in_exam(q)
                                    or "lecture" in q.kinds and (_denies_exam(q.text)
                                                                 or bool(q.staff)))):
        found, unlisted, lectures = _examinable(q, view)
        if not lectures and not unlisted and (rest := _examinable_unstated(q, view)):
            # "which lectures are NOT examinable", "are the tutorials examinable": what the
            # page says is, then that it says nothing of the rest
            parts.extend(found)
            found = []
            unknown(rest)
        elif ((lectures or q.asks_yes_no) and found and not unlisted
                and (_denies_exam(q.text) or _only_some(q, view, lectures))):
            # "so lectures 15-21 won't be in the exam because they have no marks?": the page
            # says they are examinable; the premise is corrected before its sentence
            found = [f"{W.PREMISE_WRONG} {found[0]}", *found[1:]]
        elif q.asks_yes_no and lectures and found and not unlisted:
            # "is lecture 15 examinable (or not)?": a plain question, answered yes first
            found = [f"{W.CONFIRM_YES} {found[0]}", *found[1:]]
        parts.extend(found)
        events.extend(e for e in lectures if e not in events)
        for text in unlisted:
            unknown(text)
    elif asks_exam_order(q) and not weights_asked:  # "... until now. how much is it worth"
        unknown(W.EXAM_DATE_UNKNOWN)
        known, dated = exam_order(q, view, reader)
        if known:
            parts.append(known)
            events.extend(dated)
    elif exam_length or q.has("exam") and not words & WEIGHT_WORDS and not weights_asked and (
            words & _EXAM_FORMAT or q.has("when", "how_long", "where") or q.time.window
            or "date" in words):
        # "how long is the exam? 2h?", "exam date?? and is it online": not stated, and no
        # guess confirmed
        unknown(W.EXAM_NOT_STATED.format(weight=a.exam_weight))
    if (q.coursework or q.has("coursework") or "deadline" in q.kinds) and words & {
            "assessed", "marked", "formative", "summative", "graded"} and not parts:
        parts.append(W.COURSEWORK_ASSESSED.format(count=a.coursework_count,
                                                  assessed=a.coursework_assessed,
                                                  weight=a.coursework_weight))
    elif "quiz" in q.kinds and (q.has("weight", "assess") or words & _COUNTS_FOR):
        unknown(quizzes_assessed(view))
    if words & _PASSING and (q.has("exam") or q.has("coursework") or "deadline" in q.kinds) \
            and not parts:
        # "do we need to pass the exam and cw separately": the page gives weights, not rules
        unknown(W.PASS_RULES_UNKNOWN.format(exam=a.exam_weight, cw=a.coursework_weight))
    if words & _ATTENDING and (q.has("weight", "assess") or words & _MARKS) and not parts:
        # "will there be marks for attending tutorials": the page gives the weights of the
        # exam and the coursework, and none for attendance (which the answer must say)
        unknown(W.ATTENDANCE_MARKS_UNKNOWN.format(exam=a.exam_weight, cw=a.coursework_weight))
    if (q.has("weight") or words & _MARKS and (q.coursework or words & _AMONG_TASKS)) and not parts:
        # "are the 3 tasks weighted equally", "how is the cw's 50% split between tasks":
        # the coursework's share among its tasks (not between the exam and the coursework)
        per_task = (q.has("coursework") or q.coursework) and words & _AMONG_TASKS and not q.has(
            "exam")
        if per_task or q.coursework:
            unknown(W.EACH_TASK_UNKNOWN.format(count=a.coursework_count,
                                               weight=a.coursework_weight))
        else:
            parts.append(W.ASSESSMENT.format(exam=a.exam_weight, cw=a.coursework_weight,
                                             count=a.coursework_count,
                                             assessed=a.coursework_assessed))
    elif (q.has("exam") and not parts and (q.asks_yes_no or _ASKS_OF_EXAM.search(q.text))
          and not re.search(r"\d", q.text) and not _WHETHER_AN_EXAM.search(q.text)
          and not weights_asked and not _SHARE_ASKED.search(q.text)):
        # "is there a resit", "is the exam going to be maths heavy": something of the exam
        # the page does not state, not its weight (which follows as what it does say)
        unknown(W.EXAM_ASKED_NOT_STATED.format(weight=a.exam_weight))
    elif q.has("exam") and not parts:
        parts.append(W.ASSESSMENT.format(exam=a.exam_weight, cw=a.coursework_weight,
                                         count=a.coursework_count, assessed=a.coursework_assessed))
    # "where do i find the cw notebooks, i looked in teams files": finding them, not handing
    # them in ("files" alone is no submission)
    finding = q.has("materials_where") and q.cues.get("submit", set()) <= {"file", "files"}
    if (q.has("submit") and not finding) or (
            words & _SUBMITTED and (q.coursework or q.has("coursework"))
            and not parts):  # "is cw submitted on <system> or on teams"
        individual = W.SUBMISSION_INDIVIDUAL if a.coursework_individual else ""
        parts.append(W.SUBMISSION.format(via=a.submission_via, contents=a.submission_contents,
                                         individual=individual, notebooks=a.notebooks_note))
    elif _works_together_asked(q) and not words & _MARKS:  # "marks ... individually": per task
        parts.append(W.INDIVIDUAL if a.coursework_individual else W.INDIVIDUAL_NOT_REQUIRED)
    if q.has("book") and not q.has("exam"):
        lines, stated = book_lines(q, view)
        parts.extend(lines if stated else lines[:1])
        if not stated:  # "which chapters go with which lecture": the page names the book only
            unknown(" ".join(lines[1:]))
    if q.has("software") and not q.has("gpu") and not parts:
        # "what do i need to install": the page names no software list, only where to run
        # the work (its GPU advice) and the notebooks it is done in, with their preparation
        parts.extend(_setup_lines(view))
    if q.has("gpu") and words & _SERVICE_TERMS:
        # "what gpu does <service> give for free": the services' terms are not the page's
        unknown(W.GPU_DETAILS_UNKNOWN.format(advice=c.gpu_advice))
    elif q.has("gpu"):
        parts.append(W.GPU.format(advice=c.gpu_advice))
        if words & _PROVIDED:
            unknown(W.GPU_PROVIDED_UNKNOWN)
        if words & _GPU_NEEDS or q.asks_count:
            # "how much gpu memory does task 2 need": the page gives where to run the work,
            # not what it takes
            unknown(W.GPU_NEEDS_UNKNOWN)
    if q.has("forum"):
        parts.append(W.FORUM.format(forum=c.forum.name, course=c.forum.course_name))
    if q.has("revision") and not (q.subject_known and not words & _REVISION_ITSELF):
        # ("brush up on <a topic the course teaches>" asks for that topic's material, not
        # for the revision notes of the basics; "refresher on the basics" asks for them)
        parts.append(W.REVISION.format(notes=c.revision_notes))
        if words & _WHO_TEACHES and not q.staff:
            # "who's <the notes' author>, is he teaching us": named for the notes only
            parts.append(W.REVISION_AUTHOR_NOT_STAFF)
    if ((q.has("where") or finding or q.has("materials_where")) and words & MATERIAL_THINGS
            and not words & _RECORDINGS and not parts
            and not (q.coursework or q.has("coursework"))):
        # "are the tutorial notebooks on teams": the things handed out are where the
        # materials are, not where the sessions are held. (The recordings have no place on
        # the page: said below, not guessed to be with the materials.)
        parts.append(W.MATERIALS.format(note=c.materials_note))
    placeless = _placeless_kinds(q, view)
    if (q.has("where") or q.has("materials_where")) and not parts and words & _RECORDINGS \
            and not q.kinds - {"lecture"}:
        # "where are the lecture videos": how the lectures are given; the page names no
        # place for recordings (said, with where its materials are, not guessed) nor says
        # whether a live lecture is recorded
        parts.append(lecture_delivery(view, reader))
        place = W.RECORDINGS_NO_PLACE_LIVE if live_lectures(s) else W.RECORDINGS_NO_PLACE
        unknown(f"{place} {c.materials_note}")
    if not parts and asks_place_on_site(q):
        # "which room is the q&a", "what building is the lecture in": the course's mode
        # (the page gives no room), then where its sessions are held
        parts.append(lecture_delivery(view, reader))
        parts.extend(session_places(s))
    if q.has("where") and not parts and placeless:
        # "where are the quizzes", "where are the recordings": things without a place on the
        # page are not where the sessions are held.
        if placeless == {"quiz"} and s.quizzes:
            parts.append(W.COUNT_QUIZZES.format(count=len(s.quizzes),
                                                weeks=", ".join(str(x.week) for x in s.quizzes)))
        else:
            unknown(W.WHERE_NO_PLACE.format(what=_kind_names(placeless)) + " "
                    + c.materials_note)
    if (q.has("recorded", "live") and q.has("where") and not parts
            and q.kinds & {"qa", "tutorial", "panel"} and not words & _KEPT_RECORDINGS):
        # "where is the q&a streamed", "where can i watch the tutorial live": where the
        # session is held, not whether it is recorded
        parts.extend(session_places(s))
    if q.has("recorded", "live") and not parts:
        if q.kinds & {"qa", "tutorial", "panel"} and words & {"inperson", "online", "campus"}:
            parts.extend(session_places(s))
        elif q.kinds & {"qa", "tutorial", "panel"}:
            unknown(W.RECORDED_SESSIONS_UNKNOWN + " " + lectures_given(view, reader))
        else:
            if AFTER_TERM.search(q.text):
                # "will the recordings stay up after the course ends": not stated; how the
                # lectures are given follows
                unknown(W.KEPT_AFTER_TERM_UNKNOWN)
            parts.append(lecture_delivery(view, reader))
            if (words & _RECORDED_ASKED and not _PRERECORDED.search(q.text)
                    and live_lectures(s)):
                # "is the live one recorded for later": the page doesn't say
                unknown(W.LIVE_RECORDING_UNKNOWN)
            # "is the gnn lecture live?": the lecture asked about, if the question names one
            named = set(q.lectures) | {m.item.id for m in q.topic_matches[:1]
                                       if m.score >= MATCH_THRESHOLD}
            events.extend(e for e in view.events if e.id in named and e.kind == "lecture")
    asks_the_task = bool(_WHAT_IT_ASKS.search(q.text)) and (q.coursework or q.has("coursework"))
    if (q.has("spec") or (q.coursework and q.has("read")) or asks_the_task) and not parts:
        parts.append(W.SPEC.format(notebooks=a.notebooks_note, note=c.materials_note))
    if q.has("materials_where") and not parts:
        if AFTER_TERM.search(q.text):
            unknown(W.KEPT_AFTER_TERM_UNKNOWN)  # "can we still get the notes next year"
        parts.append(W.MATERIALS.format(note=c.materials_note))
    if (q.has("where") or finding) and not parts and (q.coursework or q.has("coursework")):
        # "where r the cw notebooks": the tasks' handout, not where sessions are held
        parts.append(W.SPEC.format(notebooks=a.notebooks_note, note=c.materials_note))
    if q.has("where") and not parts:
        parts.extend(session_places(s))
        # "where do tutorials happen": and when, the kind's usual slot
        parts.extend(W.KIND_SLOT.format(what=W.EVENT_KIND_NAMES[sl.kind],
                                        day=W.WEEKDAY_NAMES[sl.weekday],
                                        time=f"{sl.start:%H:%M}-{sl.end:%H:%M}",
                                        zone=c.timezone)
                     for sl in c.timetable if sl.kind in q.kinds)
        if words & {"link", "links", "url"}:  # where they are held, not how to join one
            unknown(W.NO_JOIN_LINK)
    untimetabled = [e for e in titled_sessions(q, view)
                    if e.kind not in {sl.kind for sl in c.timetable}]
    if not parts and "timetable" in words and untimetabled:
        # "what's the panel thing on the timetable": a session of a kind with no slot of its
        # own is that session, not the slots
        parts.extend(view.event_lines(untimetabled, reader))
        events.extend(untimetabled)
    if not parts and ("timetable" in words or (q.has("session", "when")
                                               and {"qa", "tutorial"} & q.kinds)):
        parts.append(W.TIMETABLE.format(slots=_slots(view), note=c.timetable_note))
    if not parts and (hand_in := hand_in_said(q, view)):
        # "a report or just code" ("code" is no module code here): what is handed in
        parts.append(hand_in)
    # "when does the course start", "when does teaching actually start"
    if not parts and (q.has("course") or words & {"teaching", "term"}) and words & _COURSE_SPAN:
        parts.append(course_dates(view, reader))
    if not parts and (identity := course_identity(q, view)) is not None:
        return identity
    if not parts and q.has("course"):
        parts.append(W.COURSE_INFO.format(code=c.code, title=c.title, term=c.term,
                                          forum=c.forum.name, forum_course=c.forum.course_name,
                                          timezone=c.timezone))
    if (parts and AFTER_TERM.search(q.text) and W.KEPT_AFTER_TERM_UNKNOWN not in parts
            and (words & (_RECORDINGS | MATERIAL_THINGS) or q.has("recorded", "materials_where"))):
        # "do the videos stay online once the module is over": not stated, then what is
        parts.insert(0, W.KEPT_AFTER_TERM_UNKNOWN)
        answered = False
    if not parts:
        return Reply("logistics", False, 0.2, W.UNKNOWN)
    return Reply("logistics", answered, 0.85 if answered else 0.5, "\n".join(parts), events)


# Whether materials stay available once the course is over ("after term", "next year").
AFTER_TERM = re.compile(r"\b(?:after|once|beyond|past|following)\b[^.?!]{0,20}\b(?:term|terms|"
                         r"course|module|year|graduat\w*|summer|exams?|it ends|ends|finishes|"
                         r"is over)\b|\bnext (?:year|term)\b|\b(?:forever|permanently|"
                         r"indefinitely)\b|\bhow long\b[^.?!]{0,30}\b(?:kept|stay|available|"
                         r"up|online|accessible)\b")
# The exam's share of the mark asked in other words ("how much of the grade is it", "cw vs
# exam"): the weighting answers.
_SHARE_ASKED = re.compile(r"\b(?:grade|grades|mark|marks|worth|weigh\w*|percent\w*|vs|versus|"
                          r"compared|split|ratio|count|counts)\b")
# Whether there is an exam at all ("is there even an exam or is it all coursework"): the page
# says there is, with its weight.
_WHETHER_AN_EXAM = re.compile(r"\b(?:is there|will there be|do we have|do we get|is it)"
                              r"(?: even| actually| really)?(?: an?| the)?(?: final| written)? "
                              r"exams?\b(?! (?:paper|slots?|dates?|times?|rooms?|resits?))")
# Something asked of the exam beyond its weight ("will there be a resit", "how much maths
# does it need", "is there a mock").
_ASKS_OF_EXAM = re.compile(r"\b(?:is there|are there|will there|will it|will the|would|"
                           r"how much|how many|how hard|how difficult|do we|does it|can we|"
                           r"should|going to|gonna)\b")


_LENGTH = re.compile(r"\bhow long (?:is|will|does|do|are)\b|\b(?:duration|length|lasts)\b"
                     r"|\bhow many (?:hours|hrs|minutes|mins)\b")


_AGAINST = re.compile(r"\b(?:vs|versus|against|compared|split|ratio|balance|between)\b"
                      r"|\bhow much\b|\bmore\b.*\bor\b|\bor\b.*\bmore\b"
                      # a choice between the two ("is it coursework or exam", "exam-based or
                      # assessed by coursework"): how the mark is made up
                      r"|\b(?:exams?|finals?|coursework|cw|assignments?)\b[\w -]{0,20}\bor\b"
                      r"[\w -]{0,20}\b(?:exams?|finals?|coursework|cw|assignments?)\b")


def _exam_against_coursework(q: Query) -> bool:
    """"how much is cw vs exam", "is it more exam or coursework": the two parts of the final
    mark set against each other, with nothing else of the exam asked (its date, length)."""
    return (q.has("exam") and q.has("coursework") and not q.coursework
            and bool(_AGAINST.search(q.text)) and not set(q.words) & _EXAM_FORMAT
            and not q.has("when", "where") and q.time.window is None
            and not _ORDER_ASKED.search(q.text))


# Which comes first ("is the exam or the coursework due first"): their order, not the split.
_ORDER_ASKED = re.compile(r"\b(?:due|first|before|after|earlier|later|sooner|date|dates)\b")


# The time the course takes, asked ("how many hours a week is this module", "what's the
# workload like", "how much time should i put in per week"): not a count of its weeks.
_WORKLOAD = re.compile(
    r"\bwork ?load\b|\btime commitment\b|\bhours (?:a|per|each|every) week\b"
    r"|\bhow (?:many|much) (?:hours|hrs|time)\b[^.?!]{0,50}\b(?:week|weekly|take|spend|put in"
    r"|commit|expect|need|study)\b")


# The time a week the course's sessions take ("how many hrs a week is the live stuff", "how
# much timetabled time per week", "contact hours each week"): an amount of time, a week, and
# the sessions (not one's own study: that is `answer_workload`'s).
_AMOUNT_OF_TIME = re.compile(r"\bhow (?:many|much|long)\b[^.?!]{0,40}?\b(?:hours?|time)\b"
                             r"|\bcontact (?:hours?|time)\b")
_A_WEEK = re.compile(r"\b(?:a|per|each|every|in a|in an average|in a typical) week\b|\bweekly\b")
_SESSIONS_SAID = frozenset({"timetabled", "timetable", "scheduled", "live", "contact", "session",
                            "sessions", "class", "classes", "teaching", "taught", "synchronous"})


def answer_weekly_hours(q: Query, view: CourseView) -> Reply | None:
    """The timetable's weekly slots and what the page says of them, when the time a week the
    sessions take is asked; None otherwise (or when the page has no timetable)."""
    c = view.schedule.course
    if not (c.timetable and _AMOUNT_OF_TIME.search(q.text) and _A_WEEK.search(q.text)):
        return None
    if not (set(q.words) & _SESSIONS_SAID or q.kinds & {"qa", "tutorial"}
            or q.has("session")):
        return None
    return Reply("logistics", True, 0.85,
                 W.TIMETABLE.format(slots=_slots(view), note=c.timetable_note))


def answer_workload(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """No study hours on the page: what it does give, its timetable, how lectures are given
    and the coursework. None unless the time the course takes is asked."""
    # ("how many hours a week of live sessions", "... is timetabled": the timetable's own)
    if (not _WORKLOAD.search(q.text) or q.has("exam") or q.other_course or q.kinds
            or set(q.words) & {"timetabled", "scheduled", "live", "sessions"}):
        return None
    s = view.schedule
    a = s.assessment
    lines = [_slots(view) + ". " + s.course.timetable_note if s.course.timetable else "",
             lecture_delivery(view, reader),
             W.WORKLOAD_COURSEWORK.format(count=a.coursework_count, assessed=a.coursework_assessed,
                                          weight=a.coursework_weight)]
    return Reply("logistics", False, 0.5, "\n".join(
        [W.WORKLOAD_NOT_STATED, *(W.WORKLOAD_LINE.format(text=line) for line in lines if line)]))


# A submission that fails ("the portal won't take my upload", "keeps rejecting my zip", "the file
# is too big to upload"): the staff's to sort out, before the deadline.
_SUBMISSION_FAILS = re.compile(
    r"\b(?:won't|wont|doesn't|doesnt|can't|cant|cannot|isn't|isnt|refuses? to"
    r"|keeps? (?:failing|rejecting|refusing)|fail(?:s|ed|ing)? to)\b[^.?!]{0,25}"
    r"\b(?:take|takes|accept|accepts|accepting|upload|uploading|submit|submitting|go through|work"
    r"|working|let me)\b"
    r"|\b(?:upload|uploading|submission|submitting)\b[^.?!]{0,20}\b(?:fail\w*|errors?"
    r"|broken|stuck|not working|hangs?|times? out)\b"
    r"|\bnot (?:uploading|accepting|taking|going through)\b"
    r"|\b(?:rejects?|rejected|rejecting|too (?:big|large)|file size|size limit|exceeds?)\b")


def answer_submission_trouble(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """"the portal won't take my upload, deadline in an hour": that the page doesn't say what to
    do, a TA offered at once with a record of the attempt kept, the next deadline and how
    work is handed in. None unless a hand-in is said to fail."""
    handed_in = q.has("submit") or bool(set(q.words) & {"upload", "uploading", "zip", "file"})
    if not handed_in or not _SUBMISSION_FAILS.search(q.text):
        return None
    s = view.schedule
    c, a = s.course, s.assessment
    limit = W.SUBMISSION_TROUBLE_LIMIT if re.search(
        r"\b(?:too (?:big|large)|size|mb|gb|\d+ ?(?:mb|gb))\b", q.text) else ""
    lines = [W.SUBMISSION_TROUBLE.format(limit=limit, forum=c.forum.name,
                                         forum_course=c.forum.course_name)]
    named = [e for e in view.timed if e.kind == "deadline" and e.id in q.coursework]
    ahead = named or [e for e in view.timed if e.kind == "deadline" and e.start > reader.now][:1]
    if ahead:
        lines.append(W.SUBMISSION_TROUBLE_DUE.format(
            line=view.event_lines(ahead, reader)[0].lstrip("• ")))
    lines.append(W.SUBMISSION.format(via=a.submission_via, contents=a.submission_contents,
                                     individual="", notebooks="").strip())
    return Reply("logistics", False, 0.6, "\n".join(lines), ahead)


def _asks_length(q: Query) -> bool:
    """"how long is the exam", "the exam's duration": its length, not the time until it."""
    return bool(_LENGTH.search(q.text)) and not set(q.words) & {"until", "till", "til", "left"}


def _kind_names(kinds: set[str]) -> str:
    """"Q&A sessions and tutorials": the kinds of event asked about, named."""
    return " and ".join(W.EVENT_KIND_NAMES.get(k, k) for k in sorted(kinds))


def _placeless_kinds(q: Query, view: CourseView) -> set[str]:
    """The kinds of event asked about when none of them has a place on the page."""
    asked = {k for k in q.kinds if k != "deadline"}
    asked = with_qa_slots(asked, view.schedule)
    if not asked or any(e.location for e in view.events if e.kind in asked):
        return set()
    return asked


# Said not to be examinable ("won't be in the exam", "not examinable", "they don't come up").
_DENIES_EXAM = re.compile(
    r"\b(?:not|wont|won'?t|aren'?t|isn'?t|don'?t|doesn'?t|never|no longer|neither)\b"
    r"[^.?!]{0,25}\b(?:examinable|exams?|examined|tested|come up|on the paper)\b"
    r"|\b(?:examinable|exams?)\b[^.?!]{0,12}\b(?:not|excluded|skip(?:ped)?)\b"
    r"|\b(?:excluded|left out|dropped) (?:from|of) the exam\b"
    r"|\b(?:skip|ignore|drop|leave out)\b[^.?!]{0,25}\b(?:for|in|from) the exams?\b")
# "is it examinable or not", "whether or not it's in the exam": both sides asked, no denial
_EITHER_WAY = re.compile(r",?\s*\b(?:whether )?or not\b|\bwhether or no\b")


# A claim restricted to what it names ("only lectures 1-14", "nothing but", "just lec 1-8"):
# false when the page lists more than it names.
# ("is the GAN stuff in or only the ones with ! marks": "only" says nothing of the lectures)
_ONLY = re.compile(r"\b(?:only|just|solely|exclusively|nothing but|none but|nothing except)"
                   r"\s+(?:\w+\s+){0,2}?(?:lec\w*|l ?\d|\d)")


def _only_some(q: Query, view: CourseView, lectures: list[Event]) -> bool:
    """Whether the question claims that only the lectures it names are examinable ("only
    1-14 are examinable, yeah?") while the page lists others as examinable too."""
    a = view.schedule.assessment
    named = {e.id for e in lectures}
    return bool(named and _ONLY.search(q.text)
                and set(a.examinable_marked + a.examinable_unmarked) - named)


def _denies_exam(text: str) -> bool:
    """Whether the question guesses that something is not examinable ("so 15-21 won't be
    in the exam?"), a neutral "or not" taken off first."""
    return _DENIES_EXAM.search(_EITHER_WAY.sub(" ", text)) is not None


# A typographic mark said as the marking of lectures ("the ! marks", "the lectures with
# *** marks"): the marking of examinable material is asked about, whatever it is called.
_SYMBOL_MARKS = re.compile(r"(?:^|\s)[!*]+\s*(?:marks?|signs?|symbols?)\b|\bmarks?\s*\(?[!*]+")
# Such a mark written alone ("there's no ! on them"): the marking, when the exam is named.
_SYMBOL_ALONE = re.compile(r"(?:^|\s)[!*]+(?=\s|$)")
# Where one question names several topics ("are batchnorm and resnet examinable").
_TOPIC_JOIN = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b|\bplus\b|\bas well as\b)\s*")


def _names_marking(q: Query) -> bool:
    """Whether the question names how examinable material is marked: a symbol, or the
    course's own word for it (its vocabulary's cue, not the lexicon's "examinable")."""
    return bool(_SYMBOL_MARKS.search(q.text)
                or q.cues.get("examinable", set()) - CUES["examinable"]
                or q.has("exam", "examinable") and _SYMBOL_ALONE.search(q.text))


# A subject asked to be in the exam ("is backprop on the exam", "will X come up in the
# final exam"), not the exam described ("is the exam hard", "is the exam on a monday").
_IN_THE_EXAM = re.compile(r"\b(?:on|in) (?:the |our |this )?(?:final |written )?exams?\b"
                          r"|\bcomes? up\b|\bexams? (?:cover|include|test)s?\b")


def _topic_in_exam(q: Query) -> bool:
    """Whether a subject of the material is asked to be in the exam."""
    return bool(q.subject_words and q.has("exam") and _IN_THE_EXAM.search(q.text))


# A yes/no question put straight ("is X examinable", "does the exam cover X"), not one that
# asks whether a thing exists ("is there a lecture on X") or comes after a story.
_YES_NO_START = re.compile(r"^(?:\W*(?:so|and|ok|okay|hey|hi|also)\W+)*(?!(?:is|are) there\b)"
                           r"(?:is|are|will|would|could|does|do|can|might)\b")


def _asks_subject_examinable(q: Query) -> bool:
    """"Is label smoothing examinable", "could dropout come up in the final exam": one
    subject, asked straight whether it is examinable (not "which lectures are examinable")."""
    return bool(_YES_NO_START.match(q.text) and 1 <= len(q.subject_words) <= 4
                and not _names_marking(q)
                and ("examinable" in q.words or q.has("cover") and q.has("exam")
                     or _topic_in_exam(q)))


def _topic_lectures(q: Query, view: CourseView) -> list[str]:
    """The lectures the question's topic names, each topic of a list on its own ("VAEs and
    attention": both, not the better match of the two)."""
    topic = {w for w in q.topic.split() if "'" not in w}  # not "don't", "they're"
    phrases = [" ".join(w for w in part.split() if w in topic)
               for part in _TOPIC_JOIN.split(q.text)]
    phrases = [p for p in phrases if p]
    if len(phrases) < 2:
        phrases = [" ".join(w for w in q.topic.split() if w in topic)]
    lecture_ids: list[str] = []
    for phrase in phrases:
        matches = view.topics.search(phrase)
        if not matches or matches[0].score < MATCH_THRESHOLD:
            continue
        best = matches[0].score
        for m in matches:
            if m.score >= best - 0.1:
                lecture_ids.extend((m.item.id,) if m.item.kind == "lecture" else m.item.lectures)
    return lecture_ids


def _examinable_unstated(q: Query, view: CourseView) -> str:
    """What the page leaves unsaid about the exam, when the question asks what is not
    examinable (nothing is said to be not; the lectures outside its examinable range are
    not mentioned) or about sessions of another kind than lectures; else ""."""
    s = view.schedule
    a = s.assessment
    other = sorted(q.kinds - {"lecture", "deadline"})
    if other:
        return W.EXAMINABLE_KIND_UNSTATED.format(
            what=join([W.EVENT_KIND_NAMES[k] for k in other]))
    if q.asks_yes_no or re.search(r"\d", q.text) or not _denies_exam(q.text):
        return ""  # ("so 15-21 aren't in the exam?" is a premise, corrected elsewhere)
    listed = set(a.examinable_marked) | set(a.examinable_unmarked)
    rest = [W.EXAMINABLE_UNLISTED_ITEM.format(number=lec.number, title=lec.title)
            for lec in s.lectures if lec.id not in listed]
    if not rest:
        return W.EXAMINABLE_NONE_EXCLUDED
    return f"{W.EXAMINABLE_NONE_EXCLUDED} {W.EXAMINABLE_REST_UNSTATED.format(rest=join(rest))}"


# Where a clause ends ("..., so", "does that mean"): a denial's lectures are those of its own.
_CLAUSE_END = re.compile(r"[,;.?!]|\b(?:so|then|does (?:that|this|it) mean|(?:that|which) "
                         r"means|because|since|as)\b")
# Lecture numbers said bare, alone or as a range ("15-21", "15 to 21", "17a"); a number
# after a word naming another kind of thing ("week 5", "task 2") is not one.
_BARE_NUMBERS = re.compile(r"(?<!\w)(?<!week )(?<!weeks )(?<!wk )(?<!task )(?<!cw )(?<!tut )"
                           r"(?<!tutorial )(?<!quiz )(\d{1,2}[a-z]?)(?:\s*(?:-|–|to|through|"
                           r"thru|until)\s*(\d{1,2}[a-z]?))?(?!\w)(?!\s*(?:am|pm|%|:))")


def _denied_lectures(q: Query, view: CourseView) -> list[str]:
    """The lectures a clause saying "not examinable" names by number ("does that mean 15-21
    aren't examinable"), in course order; [] when no such clause names any."""
    lectures = view.schedule.lectures
    index = {lec.number.lstrip("0").lower(): n for n, lec in enumerate(lectures)}
    found: list[str] = []
    for clause in _CLAUSE_END.split(q.text):
        if not _denies_exam(clause):
            continue
        for m in _BARE_NUMBERS.finditer(clause):
            first = index.get(m.group(1).lstrip("0"))
            last = index.get(m.group(2).lstrip("0")) if m.group(2) else first
            if first is None or last is None or last < first:
                return []  # a number that is no lecture's: not a list of lectures
            found.extend(lec.id for lec in lectures[first:last + 1])
    return list(dict.fromkeys(found))


def _examinable(q: Query, view: CourseView) -> tuple[list[str], list[str], list[Event]]:
    """(what the page says, lectures it says nothing about, the lectures asked about)."""
    s = view.schedule
    a = s.assessment
    # ("the ! marks stop at lecture 14, so 15-21 aren't examinable?": the lectures the
    # denial is about, not the one the reason names)
    lecture_ids = _denied_lectures(q, view) or list(q.lectures)
    if not lecture_ids and q.staff:
        # "is <lecturer>'s lecture examinable": the lectures the page names them for
        lecture_ids = [lec.id for lec in s.lectures
                       if any(lists_person(lec.staff, name) for name in q.staff)]
    if not lecture_ids and q.topic:
        # in the course's order: a topic's equal matches ("17", "17a") tie in score
        course_order = {lec.id: n for n, lec in enumerate(s.lectures)}
        lecture_ids = sorted(_topic_lectures(q, view), key=lambda i: course_order.get(i, 0))
    if not lecture_ids and q.topic and not q.staff and _asks_subject_examinable(q):
        # "is dropout examinable", "does the exam cover X": what is examinable goes by
        # lecture; no title names the topic, so the page's sentence and that it is silent
        return [W.EXAMINABLE.format(note=a.examinable_note),
                W.EXAMINABLE_NO_TITLE.format(topic=q.topic)], [], []
    if not lecture_ids:
        return [W.EXAMINABLE.format(note=a.examinable_note)], [], []
    if len(set(lecture_ids)) > 3:
        # "only lec 1-14?", "1-14 have the ! marks, are the rest NOT in the exam?": the
        # page's own sentence on the whole range, which says what else is examinable, rather
        # than a line per lecture (which left the rest unsaid)
        events = [e for lid in dict.fromkeys(lecture_ids) if (e := s.event(lid)) is not None]
        return [W.EXAMINABLE.format(note=a.examinable_note)], [], events
    parts, unlisted, events = [], [], []
    for lid in dict.fromkeys(lecture_ids):
        lec = s.lecture(lid)
        if lec is None:
            continue
        if (event := s.event(lid)) is not None:
            events.append(event)
        if lid in a.examinable_marked:
            marked = W.EXAMINABLE_MARKED.format(marking=a.examinable_marking)
            parts.append(W.EXAMINABLE_LECTURE.format(number=lec.number, title=lec.title,
                                                     marked=marked))
        elif lid in a.examinable_unmarked:
            parts.append(W.EXAMINABLE_LECTURE.format(number=lec.number, title=lec.title, marked=""))
        else:
            listed = lecture_numbers(s, a.examinable_marked + a.examinable_unmarked)
            unlisted.append(W.EXAMINABLE_UNLISTED.format(number=lec.number, title=lec.title,
                                                         listed=listed))
    unmarked = any(lid in a.examinable_unmarked for lid in lecture_ids)
    if parts and unmarked and _names_marking(q):
        # "they have no ! marks, so not in the exam?": the marking asked about is the page's
        # for some lectures only, which its own sentence says
        parts.append(W.EXAMINABLE.format(note=a.examinable_note))
    return parts, unlisted, events


def session_duration(q: Query, view: CourseView) -> tuple[str, bool]:
    """How long the sessions asked about last, as the timetable gives it; and whether the
    page gives it."""
    return _duration(q, view)


def _duration(q: Query, view: CourseView) -> tuple[str, bool]:
    s = view.schedule
    if q.kinds <= {"lecture"} and q.kinds and not all_lectures_timed(s):
        return W.LECTURE_LENGTH_UNKNOWN.format(live=live_slot(s)), False
    if not s.course.timetable:
        return W.SESSION_LENGTH_UNTIMETABLED.format(minutes=s.course.session_minutes), True
    return W.SESSION_LENGTH.format(what=timetabled_kinds(s), minutes=s.course.session_minutes,
                                   slots=_slots(view)), True


def _slots(view: CourseView) -> str:
    """The timetabled slots: "Tue 10:00-11:00 Q&A, Tue 11:00-12:00 tutorial"."""
    return ", ".join(f"{sl.day} {sl.start:%H:%M}-{sl.end:%H:%M} {W.KIND_SINGULAR[sl.kind]}"
                     for sl in view.schedule.course.timetable)


def _week_now(view: CourseView, reader: Reader) -> Reply:
    text, _ = view.week_of_day(reader.now.astimezone(view.tz).date(), today=True)
    return Reply("logistics", True, 0.8 if "outside" in text else 0.85, text)


# "How many weeks of lectures", "how many weeks have tutorials": weeks counted, of the kinds
# of session the page places in weeks; "how many weeks until / left" is a countdown.
_WEEKS_OF = re.compile(r"\bhow many (?:\w+ )?weeks? (?:of|with|have|has|contain|hold|are there "
                       r"with|do we have|are)\b")
_WEEKLY_KINDS = frozenset({"lecture", "tutorial", "qa", "panel", "quiz"})
_UNTIL = frozenset({"until", "till", "til", "before", "left", "remaining", "go", "since"})


def weeks_of_kinds(q: Query, view: CourseView) -> str | None:
    """"How many weeks of lectures are there", "how many weeks have tutorials": the weeks
    that hold the kinds asked, counted and named, not the sessions' number."""
    kinds = with_qa_slots(q.kinds, view.schedule)
    if not (kinds and kinds <= _WEEKLY_KINDS and _WEEKS_OF.search(q.text)) or (
            q.asks_remaining or set(q.words) & _UNTIL):
        return None
    weeks = sorted({e.week for e in view.events if e.kind in kinds and e.week is not None})
    return W.COUNT_WEEKS_OF.format(count=len(weeks), what=_kind_names(kinds),
                                   weeks=_week_span(weeks))


def _count(q: Query, view: CourseView, reader: Reader) -> str | None:
    s = view.schedule
    a = s.assessment
    words = set(q.words)
    # "how many hours a week is timetabled": the timetable's slots, not the course's weeks
    if words & {"hours", "hour", "hrs"} and (q.has("session") or q.kinds & {"qa", "tutorial"}
                                             or words & {"timetabled", "timetable",
                                                         "scheduled", "contact"}):
        return W.TIMETABLE.format(slots=_slots(view), note=s.course.timetable_note)
    kinds = with_qa_slots(q.kinds, s)
    if (weeks := weeks_of_kinds(q, view)) is not None:
        return weeks
    if q.asks_remaining:
        kinds = kinds or {"deadline"}
        window = q.time.window  # "after tomorrow's": from then on, else from now
        since = window.start if window and window.granularity == "after" else reader.now
        _, left = split_at([e for e in view.events if e.kind in kinds], since)
        # one item a session, as counted: two tutorials sharing a slot are one
        groups = by_start(left)
        names = ", ".join(f"{join([event_name(e) for e in g])} "
                          f"({view.instant(g[0].start, reader)})" for g in groups)
        return W.COUNT_LEFT.format(count=len(groups), what=_kind_names(kinds),
                                   names=names or "none")
    if q.has("coursework") or "deadline" in q.kinds:
        return W.COUNT_COURSEWORK.format(count=a.coursework_count,
                                         ids=", ".join(cw.id for cw in s.coursework),
                                         assessed=a.coursework_assessed,
                                         weight=a.coursework_weight)
    if "lecture" in q.kinds and q.has("recorded", "live") and live_lectures(s):
        # "how many pre-recorded lectures are there": those, not all of them
        live = live_lectures(s)
        asked_live = q.has("live") and not q.has("recorded")
        numbers = [lec.number for lec in (live if asked_live else
                                          [x for x in s.lectures if x not in live])]
        return (W.COUNT_LIVE if asked_live else W.COUNT_PRERECORDED).format(
            count=len(numbers), total=len(s.lectures), numbers=_number_span(numbers))
    if "lecture" in q.kinds:
        live = "" if len(live_lectures(s)) == len(s.lectures) else live_except(s)
        return W.COUNT_LECTURES.format(count=len(s.lectures), span=lecture_span(s), live=live)
    if "tutorial" in q.kinds:
        topics = [t for t in s.tutorials if t.topic]
        if not topics:
            return W.NO_TUTORIALS
        text = W.COUNT_TUTORIALS.format(count=len(topics), first=topics[0].id,
                                        last=topics[-1].id)
        # "how many tutorials in total": the sessions too (several topics share one, and a
        # session may have no topic), not the numbered topics alone
        sessions = by_start([e for e in view.events if e.kind == "tutorial" and e.start])
        untitled = [t for t in s.tutorials if not t.topic]
        if sessions and len(sessions) != len(topics):
            text += " " + W.COUNT_TUTORIAL_SESSIONS.format(
                count=len(sessions), weeks=_week_span(sorted({g[0].week for g in sessions
                                                              if g[0].week is not None})),
                untitled=W.UNTITLED_TUTORIALS.format(weeks=", ".join(
                    str(t.week) for t in untitled)) if untitled else "")
        return text
    if "quiz" in q.kinds:
        return W.COUNT_QUIZZES.format(count=len(s.quizzes),
                                      weeks=", ".join(str(x.week) for x in s.quizzes))
    if kinds:  # "how many q&as are there": every event of the kinds asked about
        found = [e for e in view.events if e.kind in kinds]
        if found:
            names = ", ".join(view.instant(e.start, reader) if e.start else f"week {e.week}"
                              for e in found)
            # (each kind counted apart: "6 Q&A sessions and 1 panel discussion")
            return W.COUNT_EVENTS.format(what=so_many_by_kind(found)[1], names=names)
    if q.has("week_word") and words & _TEACHING:
        # "how many weeks of actual teaching": the weeks with lectures or sessions in them,
        # not the calendar span of the course
        taught = sorted({e.week for e in view.events if e.kind != "deadline"
                         and e.week is not None})
        if taught:
            return W.COUNT_TEACHING_WEEKS.format(count=len(taught), weeks=_week_span(taught),
                                                 total=len(s.weeks))
    if q.has("week_word"):
        return _count_weeks(s)
    return None


def _count_weeks(s: Schedule) -> str:
    """How many weeks the run has, from its first week's Monday to its last day (the last
    week's Sunday or a later dated item), never the last week's Monday."""
    end = course_end(s) or s.weeks[-1].starts
    return W.COUNT_WEEKS.format(count=len(s.weeks), start=format_day_date(s.weeks[0].starts),
                                end=format_day_date(end))


# The course as a whole, asked how long it runs ("how long is the course/module/term").
_WHOLE_COURSE = frozenset({"course", "module", "term", "semester"})


# Words asking for the weeks that are taught, not every week of the course.
_TEACHING = frozenset({"teaching", "taught", "actual", "actually", "lectures", "lecture",
                       "sessions", "classes", "class", "instruction", "content"})


def _week_span(weeks: list[int]) -> str:
    """"2 to 8" for a run of weeks, else each ("2, 4 and 6")."""
    if len(weeks) > 1 and weeks == list(range(weeks[0], weeks[-1] + 1)):
        return W.WEEK_RUN.format(first=weeks[0], last=weeks[-1])
    return ", ".join(str(w) for w in weeks)


def _number_span(numbers: list[str]) -> str:
    """"01 to 21 and 17a" as the page numbers them: a run first to last (else each), then
    any lettered one."""
    plain = [n for n in numbers if n.isdigit()]
    lettered = [n for n in numbers if not n.isdigit()]
    values = [int(n) for n in plain]
    runs = len(plain) > 2 and values == list(range(values[0], values[0] + len(values)))
    span = f"{plain[0]} to {plain[-1]}" if runs else ", ".join(plain)
    return " and ".join(filter(None, [span, ", ".join(lettered)]))


def asks_place_on_site(q: Query) -> bool:
    """Asks where on site something is held ("which room is the q&a", "what building")."""
    return q.has("where") and bool(set(q.words) & _ON_SITE)


def _setup_lines(view: CourseView) -> list[str]:
    """Where the page says to run the work, what it is done in, and the notebooks it gives
    as preparation."""
    s = view.schedule
    lines = [W.GPU.format(advice=s.course.gpu_advice), s.assessment.notebooks_note,
             *_prep_lines(view)]
    return [line for line in lines if line]


def _prep_lines(view: CourseView) -> list[str]:
    """The notebooks the page gives as preparation, one line per week and note."""
    prep: dict[tuple[int, str], list[str]] = {}
    for m in view.schedule.materials:
        if m.note and m.kind == "notebook":
            prep.setdefault((m.week, m.note), []).append(f"{m.id} {m.title}")
    return [W.RESOURCE_PREP.format(week=week, note=note, titles=", ".join(titles))
            for (week, note), titles in prep.items()]


def lecture_delivery(view: CourseView, reader: Reader) -> str:
    s = view.schedule
    given = lectures_given(view, reader)
    text = W.DELIVERY.format(mode=s.course.mode, delivery=", ".join(s.course.delivery))
    return text + (" " + given if given else "")


def lectures_given(view: CourseView, reader: Reader) -> str:
    """Pre-recorded, live (the next one), or pre-recorded but for a live one."""
    s = view.schedule
    live = [e for lec in live_lectures(s) if (e := s.event(lec.id)) and e.start]
    if not live:
        return W.ALL_LECTURES_PRERECORDED if s.lectures and not live_lectures(s) else ""
    if len(live) == len(s.lectures):
        upcoming = [e for e in live if e.start > reader.now]
        e = upcoming[0] if upcoming else live[-1]
        lec = s.lecture(e.id)
        assert lec is not None
        if upcoming:
            return W.ALL_LECTURES_LIVE.format(number=lec.number, title=lec.title,
                                              when=view.when(e, reader))
        return W.ALL_LECTURES_LIVE_PAST.format(number=lec.number, title=lec.title)
    lec = s.lecture(live[0].id)
    assert lec is not None
    return W.LIVE_LECTURES.format(number=lec.number, title=lec.title,
                                  when=view.when(live[0], reader))


def answer_missing(q: Query, view: CourseView, reader: Reader) -> Reply:
    """A numbered thing that does not exist ("task 4", "lecture 23"): say what does."""
    s = view.schedule
    lines: list[str] = []
    gap = False  # (an id the page's numbering skips: whether it exists is not settled)
    for thing in q.missing:
        if thing == "date" and q.time.no_such_day is not None:
            said, last = q.time.no_such_day
            lines.append(W.NO_SUCH_DAY.format(day=said, month=f"{last:%B %Y}", days=last.day,
                                              last=format_day_date(last),
                                              next=format_day_date(last + timedelta(days=1))))
            continue
        if thing == "date" and q.time.mismatch is not None:
            said, days = q.time.mismatch
            lines.append(W.DAY_MISMATCH.format(said=said, days=join(
                [format_day_date(d) for d in days])) if days else W.DAY_MISMATCH_NONE.format(
                said=said))
            continue
        if (family := _id_family(thing)) is not None:
            found, skipped = _missing_id(s, thing, family)
            lines += found
            gap = gap or skipped
            continue
        if thing.startswith("coursework"):
            have = W.HAVE_COURSEWORK.format(count=len(s.coursework),
                                            ids=", ".join(cw.id for cw in s.coursework))
        elif thing.startswith("lecture"):
            have = W.HAVE_LECTURES.format(span=lecture_span(s))
        elif thing.startswith("week"):
            have = _count_weeks(s)
        else:
            topics = [t for t in s.tutorials if t.topic]
            have = (W.HAVE_TUTORIALS.format(first=topics[0].id, last=topics[-1].id) if topics
                    else W.NO_TUTORIALS)
        lines.append(W.NO_SUCH.format(thing=thing, have=have))
    if reported_missing(q.raw):
        # "N13 is missing, it goes N12 then N14": told as missing, so perhaps an omission
        # of the page's; a person can check (not for "what is N13 about")
        lines += [W.MISSING_REPORTED, view.ta_offer()]
    elif gap:
        # "is there an N05?" between N04 and N06: the page does not say why it is skipped,
        # which a person can
        lines += [W.ID_GAP_UNSAID, view.ta_offer()]
    return Reply("missing", False, 0.7, "\n".join(lines))



def _id_family(thing: str) -> str | None:
    """The letters of a missing id read by its family ("R" of "R05"); None for a numbered
    thing said in words ("lecture 25", "tutorial 10")."""
    m = re.fullmatch(r"([A-Z]+)\d+[a-z]?", thing)
    return m.group(1) if m else None


def _missing_id(s: Schedule, missing: str, prefix: str) -> tuple[list[str], bool]:
    """"The page lists no R05", with the ids of its family either side of the number (a gap
    in the numbering), else the span the family's ids run over; and whether it was a gap."""
    def number(i: str) -> int:
        return int(re.search(r"\d+", i).group())

    family = sorted((m for m in s.materials if re.fullmatch(rf"{prefix}\d+[a-z]?", m.id)),
                    key=lambda m: (number(m.id), m.id))
    n = number(missing)
    lower = [m for m in family if number(m.id) < n]
    upper = [m for m in family if number(m.id) > n]
    lines = [W.NO_SUCH_ID.format(id=missing)]
    if lower and upper:
        lines.append(W.ID_NEIGHBOURS)
        lines += [W.ID_LINE.format(id=m.id, title=m.title, kind=m.kind, week=m.week)
                  for m in (lower[-1], upper[0])]
    elif family:
        lines.append(W.ID_SPAN.format(prefix=prefix, first=family[0].id, last=family[-1].id))
    return lines, bool(lower and upper)


# A student's premise about the weighting ("each cw is 20% so the exam is 40?", "there are 2
# courseworks right"): every number it states is checked against the page's, and a wrong one
# is corrected plainly, number by number. Words of English, no course fact.
_CLAUSES = re.compile(r"[,;?!()]|\.(?!\d)|\b(?:so|and|but|while|whereas|then|which means|"
                      r"meaning)\b")
_TASK_ID = re.compile(r"\b(?:cw|task|coursework|assignment|hw)\s?\d\b")
_EXAM_SIDE = re.compile(r"\b(?:exam|exams|finals)\b")
_CW_SIDE = re.compile(r"\b(?:cw|cws|coursework|courseworks|tasks?|assignments?|TASKID)\b")
_EACH = re.compile(r"\b(?:each|every|per|apiece)\b")
_PERCENT = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pc\b)")
_BARE = re.compile(r"\b(?:is|s|counts?|worth|=|be|at|exam|final|cw|coursework|other|rest)"
                   r"\s+(\d{1,3})\b"
                   r"(?!\s?(?:%|percent|per cent|pc|[a-z]|:|\.\d))")
_COUNT_SAID = re.compile(r"\b(\d|one|two|three|four|five|six)\s(?:coursework tasks?|"
                         r"courseworks?|cws?|tasks?|assignments?|pieces of coursework)\b(?!\s?\d)")


# A clause about a score or a threshold, not a share of the mark ("if i get 40% in the exam",
# "the pass mark is 40%").
_SCORE = re.compile(r"\b(?:got|get|gets|getting|scored?|scoring|need|needs|achieve\w*|pass\w*|"
                    r"fail\w*|above|below|over|under|least|more than|less than|mark(?:ed)? at|"
                    r"average|mean|accuracy|acc|loss|grade boundary|boundaries)\b")
# A share named as the whole the question divides ("weighted equally within the 50%").
_WITHIN = re.compile(r"\b(?:within|out of|inside|split|divided|among|between)\b"
                     r"|\bof (?:the |that |those )?\d")
_WH_QUESTION = re.compile(r"^\W*(?:how|what|which|when|where|who|why|whats)\b")


def _weight_claims(text: str) -> list[tuple[str, float]]:
    """("exam" | "cw" | "each", percent) for every share of the mark the text states."""
    claims: list[tuple[str, float]] = []
    said_percent = _PERCENT.search(text) is not None
    for clause in _CLAUSES.split(_TASK_ID.sub("TASKID", text)):
        numbers = [float(m.group(1)) for m in _PERCENT.finditer(clause)]
        if said_percent and not numbers:  # "... so the exam is 40?": the unit said before
            numbers = [float(m.group(1)) for m in _BARE.finditer(clause)]
        if (len(numbers) != 1 or numbers[0] > 100 or _SCORE.search(clause)
                or _WITHIN.search(clause)):
            continue
        if _EXAM_SIDE.search(clause) and _CW_SIDE.search(clause) and not _EACH.search(clause):
            # "coursework is only worth 30% i'll focus on the exam": the share is of the side
            # named last before it ("the exam" after it is the plan, not the share)
            at = (_PERCENT.search(clause) or _BARE.search(clause)).start()  # type: ignore[union-attr]
            before = [(m.start(), side) for side, rx in (("exam", _EXAM_SIDE), ("cw", _CW_SIDE))
                      for m in rx.finditer(clause[:at])]
            if before and "TASKID" not in clause:
                claims.append((max(before)[1], numbers[0]))
        elif _EXAM_SIDE.search(clause) and not _CW_SIDE.search(clause):
            claims.append(("exam", numbers[0]))
        elif _EACH.search(clause) and _CW_SIDE.search(clause) and not _EXAM_SIDE.search(clause):
            claims.append(("each", numbers[0]))
        elif (_CW_SIDE.search(clause) and "TASKID" not in clause
              and not _EXAM_SIDE.search(clause)):
            # (one task's share, "cw1 is 25%", is no total: the page gives no split per task)
            claims.append(("cw", numbers[0]))
    return claims


def weight_fixes(text: str, view: CourseView) -> list[str]:
    """Each share of the mark or count of tasks `text` states that the page contradicts,
    corrected ("the coursework counts 50% of the final mark in all, not 30%")."""
    return _weight_checked(text, view)[0]


def _weight_checked(text: str, view: CourseView) -> tuple[list[str], int, int]:
    """The corrections, how many numbers were checked, how many of them were weights."""
    a = view.schedule.assessment
    fixes: list[str] = []
    checked = 0
    for side, said in _weight_claims(text):
        checked += 1
        shown = f"{said:g}"
        if side == "exam" and said != a.exam_weight:
            fixes.append(W.PREMISE_EXAM_WEIGHT.format(weight=a.exam_weight, said=shown))
        elif side == "cw" and said != a.coursework_weight:
            fixes.append(W.PREMISE_CW_WEIGHT.format(weight=a.coursework_weight, said=shown))
        elif side == "each" and abs(said * a.coursework_count - a.coursework_weight) > 1:
            fixes.append(W.PREMISE_EACH_WEIGHT.format(weight=a.coursework_weight, said=shown,
                                                      count=a.coursework_count))
    weights_checked = checked
    for m in _COUNT_SAID.finditer(text):
        said = number_value(m.group(1))
        if said == 1 and not _ONE_STATED.search(text[:m.start()]):
            continue  # "can we submit one coursework together": an article, not a count
        checked += 1
        if said is not None and said != a.coursework_count:
            fixes.append(W.PREMISE_TASK_COUNT.format(count=a.coursework_count, said=said))
    return fixes, checked, weights_checked


def weight_premise(q: Query, view: CourseView) -> Reply | None:
    """A premise about the weighting or the number of tasks, when the question states one:
    "No: ..." with each wrong number corrected, or "Yes: ..." when all are right."""
    a = view.schedule.assessment
    fixes, checked, weights_checked = _weight_checked(q.text, view)
    if not checked:
        return None
    summary = W.ASSESSMENT.format(exam=a.exam_weight, cw=a.coursework_weight,
                                  count=a.coursework_count, assessed=a.coursework_assessed)
    if not fixes:
        if (_WH_QUESTION.search(q.text) or not (q.asks_yes_no or _TAG_QUESTION.search(q.text))
                or not (weights_checked or _COUNT_STATED.search(q.text))):
            # ("are the 3 tasks weighted equally": the count is said, the weighting asked)
            return None  # "how are the 3 tasks weighted?" asks; it states nothing to confirm
        return Reply("logistics", True, 0.85, f"{W.CONFIRM_YES} {summary[0].lower()}{summary[1:]}")
    return Reply("logistics", True, 0.85, "\n".join([
        f"{W.CONFIRM_NO} {'; '.join(fixes)}.", summary]))


# A count of one is claimed only when said so ("there's only one task", "just one cw").
_ONE_STATED = re.compile(r"\b(?:only|just|there (?:is|'s)|theres)\s+$")
_COUNT_STATED = re.compile(r"\b(?:there (?:are|r|is|will be)|we (?:have|get|only have|do)|only)\b")
_TAG_QUESTION = re.compile(r"\?|\b(?:right|yeah|yes|correct|isn'?t it|innit|no|aren'?t they|"
                           r"true|ok)\s*\W*$")


# The exam (or revising for it) as the frame of a question about the material ("what do I
# need to know about activation functions for the exam", "exam revision: explain
# attention"): the frame, taken off, leaves what is asked of the notes.
_EXAM_FRAME = re.compile(
    r"\b(?:(?:for|in|on|before|during)\s+(?:the\s+|our\s+|this\s+)?(?:exams?|finals?|tests?)"
    r"|exams?\s+(?:revision|prep\w*)|revis(?:e|ing|ion)(?:\s+for(?:\s+the)?\s+(?:exams?|"
    r"finals?|tests?))?|(?:is|are)\s+(?:it|they|this|that|these)\s+examinable|examinable"
    r"|will\s+(?:they|it|you)\s+(?:ask|come\s+up|be\s+asked)(?:\s+about)?)\b", re.I)
# A question about the material left once the frame is off: what something is, how it
# works, what to know of it, its formula or derivation.
_ASKS_MATERIAL = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+are|s)|explain\w*|how\s+(?:does|do|is|are|to)|why|know\s+about|"
    r"derivatives?|derivations?|derive|formula|equations?|proofs?|definitions?|define)\b",
    re.I)


def answer_exam_content(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """A question about the material framed by the exam: the notes' answer (the frame
    taken off), then what the page says of whether that material is examinable. None when
    the exam is not the frame, nothing of the material is asked, or the notes lack it."""
    if not _EXAM_FRAME.search(q.text):
        return None
    rest = " ".join(_EXAM_FRAME.sub(" ", q.text).split())
    if not _ASKS_MATERIAL.search(rest):
        return None
    asked = dataclasses.replace(q, search_text=rest, passages={})
    found = answer_from_notes(asked, view, reader)
    if found is None or not (found.answered or q.subject_known):
        return None
    parts, unlisted, _ = _examinable(q, view)
    note = " ".join([*parts, *unlisted])
    if note:
        found.text += "\n\n" + note
    return found
