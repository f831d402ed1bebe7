"""Assessed work asked for: the bot doing coursework, code or answers for a task, paid work,
a solution handed in as one's own, a task's key, this year's exam paper. The work must be
the student's own, so the bot teaches but never does it.
"""

from __future__ import annotations

import functools
import re

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.words import _ASKED_OF_BOT, _ASSESSED

# Asking for the answers to assessed work, or for the work itself.
_WANTS_ASSESSED_WORK = re.compile(
    r"\b(?:give|send|tell|show|share|leak|post|get) (?:me |us )?(?:the |all the )?(?:answers?|"
    r"solutions?)\b|\b(?:answers?|solutions?) (?:to|for)\b[^.?!]{0,30}\b(?:quiz|quizzes|cw\d?|"
    r"coursework|task|exam|tutorials?|t\d\d|(?:problem |exercise |tutorial )?sheets?)\b"
    r"|\b(?:quiz|quizzes|exam|cw|coursework|task) ?\d? (?:answers?|solutions?)\b"
    r"|\b(?:do|write|finish|complete|solve|code) my (?:coursework|cw|homework|assignment|task)"
    r"(?! ?\d*[a-z]? (?:marks?|grades?|scores?|results?|feedback)\b)"
    r"|\b(?:write|finish|complete|solve|code|do)\b[^.?!]{0,40}\b(?:coursework|cw|homework|"
    r"assignment|task) ?\d?\b[^.?!]{0,30}\bfor (?:me|us)\b"
    r"|\b(?:leak|send me|share) (?:the |your )?(?:marking scheme|rubric|mark scheme)\b"
    # (asking to see a scheme is asking what the page says of it; one kept from students is
    # asked to be leaked)
    r"|\b(?:reveal|leak|show me|give me|send me) (?:the |your )?(?:hidden|secret|internal|"
    r"staff'?s?|markers'?) (?:marking scheme|rubric|mark scheme)\b"
    r"|\bpaste (?:it )?(?:straight |directly )?into my (?:coursework|cw|notebook|submission)\b"
    r"|\bwithout (?:\w+ ){1,2}(?:noticing|knowing|finding out)\b"
    # "complete this for task 3: <code>": the rest of an assessed task, pasted in
    r"|\b(?:complete|finish|fill in|implement)\s+(?:this|the rest|these|the todos?)\b"
    r"[^.?!]{0,30}\b(?:task|cw|coursework|assignment) ?\d?\b")

# Asking the bot to do a piece of work for the writer, of this course or any other ("write
# me an essay on ...", "can you do q2 of my stats sheet", "solve my problem set"): the bot
# does no one's work, whatever the subject. The work is the verb's object ("do a summary of
# the tutorial sheet" asks for a summary, not the sheet done).
_WORK_ITEM = (r"(?:essays?|reports?|dissertations?|thesis|theses|homework|hw|assignments?|"
              r"problem sets?|psets?|(?:exercise |problem |question |work|tutorial |maths? )?"
              r"sheets?|worksheets?|lab reports?|coursework|cw ?\d?|"
              r"(?:q|question|exercise|problem|ex) ?\d+[a-z]?(?=\W|$))")
_DOES_WORK = re.compile(
    rf"(?:{_ASKED_OF_BOT}(?:write|do|solve|finish|complete|answer|draft)"
    # a message that opens with "do" may ask a question ("do the sheets have answers")
    r"|(?:^|[.!,;:]\s*)(?:just )?(?:write|solve|finish|complete|draft|do(?= (?:my|our|me|us|"
    r"this|these|q ?\d|question|exercise|problem)\b)))"
    r"(?: (?:me|us))?(?: (?:an?|the|my|our|this|that|these|some|all(?: the)?|all of))?"
    r"(?: (?!(?:of|on|about|from|for|in|with)\b)[\w'-]+){0,4}? "
    # ("do my coursework marks carry over": the question's "do", asking of the writer's marks)
    rf"{_WORK_ITEM}(?![\w-])(?! (?:marks?|grades?|scores?|results?|feedback)\b)")

# The code, solution or notebook of an assessed task asked of the bot ("type out the whole
# implementation for cw1", "can u just do the notebook for me"): the task done for the
# writer, however the work is named. Asked of the bot only (its verb opens the request), so
# "can i write the code for task 2 in jax" or "where is the code for task 2" stay questions.
_ASSESSED_THING = r"(?:coursework|cw|task|assignment|notebook|project)(?: ?\d+[a-z]?)?"
_CODE_FOR_TASK = re.compile(
    rf"(?:^|[.!,;:-]\s*|{_ASKED_OF_BOT}|\b(?:help me|i need you to|i want you to) )"
    r"(?:just |pls |please |plz |now )*"
    r"(?:write|give|send|show|do|finish|complete|code(?: up)?|implement|make|type(?: out| up)?|"
    r"generate|solve|fill in|produce|spit out|churn out|paste|dump)"
    r"(?: (?:me|us))?(?: (?:the|a|my|all the|all of the|this|that))?"
    r"(?: (?:full|complete|whole|entire|working|final|finished|actual|correct|ready))*"
    r" (?:code|solutions?|implementation|notebook|program|script|answers?|"
    r"(?:python|pytorch) code)"
    rf" (?:for|to|of|in) (?:the |my |this |our )?{_ASSESSED_THING}\b"
    # "just do the notebook for me", "finish cw2 for us": the task itself, done for the writer
    rf"|(?:^|[.!,;:-]\s*|{_ASKED_OF_BOT})(?:just |pls |please |plz )*"
    r"(?:do|write|finish|complete|solve|code|implement)(?: (?:the|my|this|our))? "
    rf"{_ASSESSED_THING} (?:for (?:me|us)|instead of me)\b"
    # "post the full working solution notebook for task 2": a solution handed over; "post",
    # "share" and "upload" alone may ask for the task's own hand-out, so a solution is named
    rf"|(?:^|[.!,;:-]\s*|{_ASKED_OF_BOT})(?:just |pls |please |plz )*"
    r"(?:post|share|upload|provide|send|leak)(?: (?:me|us))?(?: (?:the|a|your|all the))?"
    r"(?: (?:full|complete|whole|entire|working|final|model|sample|correct))*"
    r" (?:solutions?|answers?)(?: (?:notebook|code|file|key))?"
    rf" (?:for|to|of|in) (?:the |my |this |our )?{_ASSESSED_THING}\b")

# A part of an assessed task's work asked of the bot ("fill in the TODO cells of my cw3
# notebook and send it back", "write the optimiser step for my graded notebook"): the task
# done for the writer in working terms, whatever part is named. A plain "notebook" is the
# course's material unless it is the writer's or assessed ("summarise notebook 2" is not).
_TASK_TARGET = (r"(?:(?:the |this |my |our )?(?:assessed |graded |marked )?(?:coursework|cw|"
                r"task|assignment) ?\d*[a-z]?(?:'s)?(?: notebook| code| submission)?"
                r"|(?:my|our) (?:assessed |graded |marked )?(?:notebook|project|submission)"
                r"|(?:the |this |my |our )?(?:assessed|graded|marked) (?:notebook|project|work))")
_WORK_IN_TASK = re.compile(
    rf"(?:^|{_ASKED_OF_BOT}|\b(?:i need you to|i want you to) |[.!,;:-]\s*)"
    r"(?:just |pls |please |plz |now )*"
    # (not "do": "do i need a gpu for the cw" opens a question)
    r"(?:fill (?:in|out)|complete|finish(?: off)?|write|code(?: up)?|implement|solve|build)"
    # (what is filled in or written is the work, not a form, a name or a summary of it)
    r"(?: (?!(?:forms?|name|names|details|surveys?|feedback|questionnaires?|headers?|titles?|"
    r"summary|summaries|explanations?|overview|description|examples?|recap|questions?|emails?|"
    r"messages?|applications?)\b)[\w'-]+){0,5}? (?:for|in|of|inside|into|from) "
    rf"{_TASK_TARGET}\b")

# Offering to pay for work done ("write the VAE part for me, ill pay u"): the offer is the
# request, whatever the work is called.
_DO_IT = re.compile(r"\b(?:write|do|finish|complete|solve|code|implement|make)\b")
_PAYS = re.compile(r"\b(?:i'?ll|i will|i can|i'd|happy to|will) pay\b|\bpay (?:you|someone)\b|"
                   r"\b(?:for|send you) (?:money|cash|a fee)\b")

# Asking for the questions of an exam, quiz or test (its paper), not about its format ("tell
# me what kind of questions come up" asks how it is set).
_EXAM_PAPER = re.compile(r"\b(?:exam|quiz|test)(?:'s)? (?:paper|questions)\b")

# What this year's paper holds, asked or wanted in any words ("what are the actual exam
# questions gonna be", "do you have the exam paper", "which questions will be on the exam",
# "what's going to come up in the exam, the real questions"; the normaliser writes "come up
# in the exam" as "examinable"). Which lectures are examinable is the page's to say and
# stays answerable ("which topics come up in the exam" names no questions).
_PAPER_WANTED = re.compile(
    r"\b(?:what|which)(?: are| r| will| would)?(?: the)?(?: actual| real| exact)? (?:exam|quiz|"
    r"test)(?:'s)? (?:questions|paper)\b"
    r"|\b(?:what|which)(?: exact| actual)? questions (?:are|r|will|would|is)\b[^.?!]{0,30}"
    r"\b(?:on|in) (?:the|this|our)(?: final)? (?:exam|quiz|test)\b"
    r"|\b(?:have|got|see|seen|get|peek|look|access|leak(?:ed)?)\b[^.?!]{0,20}\b(?:the |this "
    r"year'?s |our )(?:(?:final|actual|real) )?(?:exam|quiz|test) (?:paper|questions)\b"
    r"|\bthe (?:real|actual|exact) (?:exam )?questions\b")
_EXAM = re.compile(r"\b(?:exam|examinable|quiz|test)\b")

# Papers of other years, practice and the paper's form are asked of the course, not for
# this year's questions ("are there past exam papers", "how many questions are on the exam").
_NOT_THIS_PAPER = re.compile(
    r"\b(?:past|previous|old|practice|sample|mock|last year'?s|kind of|type of|types of|sort of|"
    r"style of|format|how many|how long|how much time|when)\b"
    # taking the paper ("how much time to complete the exam paper")
    r"|\b(?:complete|sit|take|finish|attempt|write|do) (?:the |this |our )?(?:exam|quiz|test)\b")
_HAND_OVER_QUESTIONS = re.compile(
    r"\b(?:tell|give|show|send|leak|share|read out|paste|reveal)(?: me| us)? (?:the |all the |"
    r"this year'?s |the actual )?(?:(?:exam|quiz|test) )?(?:questions|paper)\b")

# "When are the quiz answers released" asks for a date, not for the answers.
_ASKS_WHEN = re.compile(r"\b(?:when|what time|what day|how long|released?|out)\b")

# Asking whether the course makes answers public ("do they post answers for the quizzes
# later?", "will solutions be put up after the deadline") asks how the course is run: the
# course, its staff or the answers themselves do the posting, not the bot for the writer.
_COURSE_PUBLISHES = re.compile(
    r"\b(?:do|does|will|would|did|are|is)\s+(?:they|the (?:staff|lecturers?|tas?|course|"
    r"module|teachers?)|you guys|(?:the )?(?:[\w-]+ )?(?:answers?|solutions?)(?:\s+(?:to|for|of)"
    r"(?:\s+the)?\s+[\w-]+(?:\s+\d)?)?)\s+(?:ever\s+)?"
    r"(?:be\s+|get\s+|usually\s+|normally\s+)?(?:post(?:ed)?|publish(?:ed)?|put\s+(?:up|online)|"
    r"upload(?:ed)?|share[ds]?|release[ds]?|made? available|go(?:ne)? (?:over|through))\b")

# Whether answers exist at all ("are there solutions for the tutorial sheets") asks of the
# course, not for them.
_WHETHER_THERE_ARE = re.compile(r"\b(?:are|is) there (?:any |some )?(?:model |worked )?"
                                r"(?:answers?|solutions?)\b")

# Answers asked after as the course's to make public ("will the solutions for the tutorial
# sheets be posted", "will solutions to the tutorial exercises be uploaded").
_MADE_PUBLIC = re.compile(r"\b(?:be|get|gets|are|is|been|being) (?:uploaded|posted|released|"
                          r"published|shared|put (?:up|online)|made available)\b")

# A finished solution asked for, to be handed in ("whats the solution notebook for task 2? want
# to just submit that", "send me the finished code for cw3 so i can upload it"): the work
# itself, whatever the message asks besides (the submission asked of is that work's).
_SOLUTION = re.compile(r"\b(?<!my )(?<!our )(?<!own )(?:solutions?|model answers?|"
                       r"answer (?:code|notebooks?|key)|"
                       r"reference (?:code|implementations?|notebooks?)|"
                       # (not the writer's own: "just finished task 3", "my completed notebook")
                       r"(?<!just )(?<!i )(?<!i've )(?<!ive )(?<!have )(?:finished|completed|"
                       r"working) (?:notebooks?|code|versions?|implementations?))\b")
_HANDED_IN_AS_OWN = re.compile(r"\b(?:submit|hand(?: (?:it|that|this|them))? in|upload|turn"
                               r"(?: (?:it|that|this|them))? in)\b|\bas (?:mine|my own)\b")
_GETS_IT = re.compile(r"\b(?:give|send|share|get|have|find|copy|use|(?:where|what)(?:'s|s| "
                      r"is| are) the)\b")


# (read again for one message: by each part's policy, the whole-message rules and the
# reading in English; kept for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def hands_in_a_solution(text: str) -> bool:
    """Whether the normalised `text` wants a finished solution to hand in as one's own (not
    when or whether the course publishes its solutions)."""
    return bool(_SOLUTION.search(text) and _HANDED_IN_AS_OWN.search(text)
                and _GETS_IT.search(text) and not _COURSE_PUBLISHES.search(text)
                and not _WHETHER_THERE_ARE.search(text)
                and not _MADE_PUBLIC.search(text) and not _ASKS_WHEN.search(text))


# The right results of an assessed task asked for, to check one's own against ("what are
# the correct outputs for cw1", "what numbers should the task 3 notebook print if it's
# right"): the task's answers, however asked.
_OUTCOME = (r"(?:outputs?|results?|answers?|values?|numbers?|accurac(?:y|ies)|loss(?:es)?|"
            r"predictions?|plots?|scores?)")
_KEYED = re.compile(
    rf"\b(?:correct|right|expected|true|reference|model|official|target)(?: \w+)? {_OUTCOME}\b"
    rf"|\bwhat(?: \w+)? (?:should|would|must|are|is)\b[^.?!]{{0,30}}\b(?:{_OUTCOME}|print|output|"
    r"return)\b")
_CHECK_OWN = re.compile(r"\b(?:check|verify|compare|confirm|match|mine|my (?:answers?|"
                        r"outputs?|results?|code|work|numbers?)|"
                        r"(?:it'?s|it is|i'?m|i am|mine'?s|mine is|its) "
                        r"(?:right|correct))\b")


def asks_task_key(text: str) -> bool:
    """Whether the normalised `text` asks an assessed task's right results, to check one's
    own against them."""
    return bool(_KEYED.search(text) and _ASSESSED.search(text) and _CHECK_OWN.search(text)
                and not _ASKS_WHEN.search(text))


# What a request the classifier turns down must name to be declined as assessed work asked
# for: answers or work done, and a piece of work ("just give me the quiz answers", "sort out
# my cw for me"). Any other request it turns down names no kind the bot can say it is, and is
# declined in general words rather than as the wrong kind.
_WORK_DONE = re.compile(r"\b(?:answers?|solutions?|do|does|doing|write|writing|finish|complete|"
                        r"solve|code|implement|sort out|fill (?:in|out))\b")
_A_PIECE_OF_WORK = re.compile(
    r"\b(?:quiz(?:zes)?|coursework|cw ?\d?|tasks? ?\d?|assignments?|homework|hw|exams?|"
    r"notebooks?|essays?|reports?|sheets?|exercises?|problems?|questions?|q ?\d+|"
    r"tutorials?|t ?\d+|labs?)\b")


def asks_work_done(text: str) -> bool:
    """Whether the normalised `text` names answers or work done, and a piece of work."""
    return bool(_WORK_DONE.search(text) and _A_PIECE_OF_WORK.search(text))


def _wants_paper(text: str) -> bool:
    """Asks for the questions of this year's exam, quiz or test (not of past papers, nor
    how the paper is set or when it is shown)."""
    return bool((_PAPER_WANTED.search(text) or _HAND_OVER_QUESTIONS.search(text))
                and _EXAM.search(text) and not _NOT_THIS_PAPER.search(text))


def wants_exam_paper(text: str) -> bool:
    """Whether the normalised `text`, a request turned down, asked for the exam's questions:
    declined with what the page says is examinable rather than as coursework answers."""
    return _wants_paper(text) and bool(re.search(r"\bexam(?:inable)?\b", text))
