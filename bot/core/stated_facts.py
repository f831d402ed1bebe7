"""Facts of the course stated in passing, as a plan's reason or an aside ("since coursework
is only worth 30% i'll ...", "as there's no tutorial in week 8 ...", "because the quizzes
count towards the mark ..."), checked against the schedule: one the page contradicts is
corrected plainly first ("Actually, ..."), then the reply answers the rest. The times and
days of a session stated so are `premises.stated_premise`'s; this covers a share of the
mark, a count of tasks, what counts towards the mark and whether a week has a session."""

from __future__ import annotations

import dataclasses
import re

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.logistics import weight_fixes
from bot.core.text import normalize
from bot.schedule.model import Event

# Something said to count towards the mark ("the quiz counts towards the final grade", "as
# the tutorials are assessed"), with no negation between.
_COUNTS = re.compile(
    r"\b(?P<what>quiz(?:zes|es)?|tutorials?|tuts?|q ?(?:&|and)? ?as?(?: sessions?)?|"
    r"panels?(?: discussions?)?|attendance|lectures?)\b"
    r"(?P<between>[^,.;?!]{0,25}?)\b(?:counts?|count(?:ing)?|goes|go|contributes?|(?:is|are) "
    r"(?:assessed|graded)|(?:is|are) worth (?:marks|points|something))\b"
    r"(?:\s+(?:to|towards?|toward|for|into)\b[^,.;?!]{0,20}?\b(?:mark|marks|grade|grades|"
    r"score|result|final)\b)?")
_NEGATED = re.compile(r"\b(?:not|no|never|doesn'?t|dont|don'?t|isn'?t|aren'?t|wont|won'?t|"
                      r"if|whether)\b|n't\b")
# "Counts" alone is weak ("the quiz counts as practice"): a mark, grade or being assessed is
# what makes it a claim of the final mark.
_OF_MARK = re.compile(r"\b(?:mark|marks|grade|grades|score|result|final|assessed|graded|"
                      r"worth)\b")
# A week said to have no session of a kind, or to have one: "there's no tutorial in week 8",
# "no q&a during week 5", "since there is a tutorial in week 9".
_WEEK_HAS = re.compile(
    r"(?<!\bis )(?<!\bare )\b(?:there(?:'s| is| are|s| will be)|theres|we have)\s+"
    r"(?P<no>no |not (?:a |any )?|not going to be (?:a |any )?)?(?:a |an |any )?"
    r"(?P<what>[a-z&]+(?: [a-z&]+)?)\s+(?:in|during|for|on)\s+(?:the\s+)?week\s*"
    r"(?P<n>\d{1,2})\b")
_WEIGHT_SAID = re.compile(r"\b(?:worth|counts?|counting|weigh\w*|of the (?:final )?(?:mark|grade)|"
                          r"of (?:my|our|the) (?:mark|grade))\b")
# A question asked of the fact itself ("is there no tut in week 8?"): the handlers' to answer.
_ASKED = re.compile(r"^\s*(?:is|are|was|will|does|do|did|can|could|would|should)\b")
# ... or the claim's own clause ends in a question mark ("so there's no q&a in week 5?").
_ENDS_ASKED = re.compile(r"[^,.;!?]*\?")
_LEAD = re.compile(r"^(?:Yes|No)\b")


def stated_facts(message: str, reply: Reply, view: CourseView, reader: Reader) -> Reply:
    """The reply with the facts the message states in passing that the page contradicts
    corrected first; unchanged when none is, or when the reply already says Yes or No."""
    # (a reply that answers nothing else still gets the correction: it is the page's fact)
    if reply.intent == "refused" or _LEAD.match(reply.text):
        return reply
    text = " ".join(normalize(message).split())
    lines: list[str] = []
    # (a share only where one is said to be the mark's: "25% extra time" is no weight)
    counts = W.PREMISE_TASK_COUNT.split("{")[0]
    fixes = [f for f in weight_fixes(text, view) if f not in reply.text
             and (f.startswith(counts) or _WEIGHT_SAID.search(text))]
    if fixes:
        lines.append(W.ACTUALLY.format(fix="; ".join(fixes)))
    if ((counted := _counted_kind(text, view, reader)) is not None
            and W.PREMISE_NOT_COUNTED.split("{")[0] not in reply.text):
        a = view.schedule.assessment
        lines.append(W.ACTUALLY.format(fix=W.PREMISE_NOT_COUNTED.format(
            what=counted, exam=a.exam_weight, cw=a.coursework_weight,
            count=a.coursework_count)))
    events: list[Event] = []
    if (week := _week_claim(text, view, reader)) is not None:
        lines += week[0]
        events = week[1]
    if not lines:
        return reply
    return dataclasses.replace(reply, text="\n".join([*lines, reply.text]),
                               events=[*events, *(e for e in reply.events if e not in events)])


def _counted_kind(text: str, view: CourseView, reader: Reader) -> str | None:
    """The kind said to count towards the mark ("quizzes") when the page's final mark is the
    exam and the coursework only; None when nothing such is said."""
    for m in _COUNTS.finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",.;?!")
        if _ASKED.search(text[clause_start + 1:m.start()]):
            continue  # "do the quizzes count towards the grade": asked, the handlers' answer
        if (_NEGATED.search(m.group("between")) or _NEGATED.search(text[clause_start + 1:m.start()])
                or not _OF_MARK.search(m.group(0))):
            continue
        parsed = view.understander.parse(m.group("what"), reader.now, reader.tz)
        kinds = parsed.kinds - {"deadline"}
        if "attendance" in m.group("what"):
            return W.ATTENDANCE_NAME
        if len(kinds) == 1:
            return W.EVENT_KIND_NAMES[next(iter(kinds))]
    return None


def _week_claim(text: str, view: CourseView,
                reader: Reader) -> tuple[list[str], list[Event]] | None:
    """A week said to have no session of a kind when the page lists one (the week's whole
    listing follows, not only that kind), or said to have one when it lists none."""
    for m in _WEEK_HAS.finditer(text):
        if ((_ASKED.search(text[:m.start()].split("?")[-1].split(".")[-1])
             and "?" in text[m.end():]) or _ENDS_ASKED.match(text, m.end())):
            # "is it true there's no tut in week 8?", "so there's no recorded lecture in week
            # 7?": asked, not stated (the handlers answer a question of the week, qualifiers
            # such as "recorded" included)
            continue
        number = int(m.group("n"))
        week = view.schedule.week(number)
        if week is None:
            continue
        parsed = view.understander.parse(m.group("what"), reader.now, reader.tz)
        kinds = parsed.kinds - {"deadline", "quiz"}
        if len(kinds) != 1:
            continue
        kind = next(iter(kinds))
        held = [e for e in view.events if e.week == number and e.kind == kind]
        whole = sorted((e for e in view.events if e.week == number and e.kind != "quiz"),
                       key=lambda e: (e.start is None, e.start or reader.now, e.id))
        name = W.EVENT_KIND_NAMES[kind]
        if m.group("no") and held:
            line = W.ACTUALLY_WEEK_HAS.format(week=number, what=name, span=view.week_span(number))
            return [line, *view.event_lines(whole, reader)], whole
        if not m.group("no") and not held:
            line = W.ACTUALLY_WEEK_HAS_NONE.format(week=number, what=name,
                                                  span=view.week_span(number))
            if week.note:
                line += f" ({week.note})"
            return [line], []
    return None
