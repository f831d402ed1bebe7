"""A question about an earlier or a later run of this course ("did last year's cohort have
the same tasks", "will next year's students still sit the exam", "the 2019 edition's
quizzes"): not another course. The page covers this run only, so the question is read of
this run and answered with what the page says for it, said to be this run's. Words of
English only: the run's years come from the schedule."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.schedule.model import Schedule

# A run named by its place in time, then what of it is meant ("last year's cohort", "next
# year's students", "the previous cohort", "future cohorts").
_WHEN = r"(?:last|previous|prior|past|earlier|next|future|coming|following|upcoming)"
_RUN_NOUN = (r"(?:cohorts?|students?|class|classes|runs?|versions?|editions?|iterations?|"
             r"intakes?|lot|groups?|offerings?|course|module|people)")
_RELATIVE_RUN = re.compile(
    rf"\b{_WHEN} (?:years?|cohorts?|runs?|editions?|iterations?|intakes?)(?:'s|s'|'| s)?"
    rf"(?: (?P<noun>{_RUN_NOUN}))?\b")
# ... said of a thing of the course ("was cw2 the same last year", "the exam next year").
_COURSE_THING = (r"(?:cw ?\d*|courseworks?|tasks?(?: \d)?|exams?|quiz(?:zes)?|lectures?|"
                 r"tutorials?|q&as?|module|course|syllabus|content|weighting|marks?|"
                 r"notebooks?|deadlines?|assessments?)")
_THING_THEN = re.compile(rf"\b{_COURSE_THING}\b[^.?!]{{0,40}}\b(?:in |from |for )?"
                         rf"{_WHEN} years?\b|\b{_WHEN} years?\b[^.?!]{{0,25}}\b{_COURSE_THING}\b")
# A run named by its year ("the 2019 run", "spring 2031", "in the 2020 edition").
_YEAR_RUN = re.compile(
    r"\b(?:(?:in|during|for|from) )?(?:the )?(?:(?:spring|summer|autumn|fall|winter) "
    r"(?P<year>(?:19|20)\d\d)|(?P<year2>(?:19|20)\d\d)(?:/\d\d)? (?:edition|version|cohort|"
    r"run|iteration|offering|intake|class)(?:'s)?)\b")
# One's own past or future told, not a run of the course asked of ("i did ML last year",
# "if i defer to next year"): a matter of the writer's, read as it is.
_OWN_TIME = re.compile(r"\b(?:i|i'm|im|i'll|ill|i've|ive|we|my)\b[^.?!]{0,25}\b(?:did|took|"
                       r"had|learned|learnt|studied|failed|passed|retak\w*|resit\w*|repeat\w*|"
                       r"defer\w*|interrupt\w*|return\w*|start\w*|join\w*)\b"
                       r"|\b(?:retake|resit|defer\w*|repeat the year)\b")
# Names of another course are handled as another course, not as a run of this one.
_ANOTHER = re.compile(r"\b(?:other|another|different) (?:course|module|class|subject)s?\b")


def this_run_instead(text: str, run_years: set[int]) -> str | None:
    """`text` read of this run (its other run's words put as this run's), when it asks about
    an earlier or a later run of the course and names a thing of it; else None."""
    low = text.lower().replace("\u2019", "'")
    if _OWN_TIME.search(low) or _ANOTHER.search(low):
        return None
    years = [int(m.group("year") or m.group("year2")) for m in _YEAR_RUN.finditer(low)]
    by_year = bool(years) and not set(years) <= run_years
    relative = _RELATIVE_RUN.search(low)
    tied = relative is not None and (relative.group("noun") or _THING_THEN.search(low))
    if not (by_year or tied):
        return None
    if not re.search(rf"\b{_COURSE_THING}\b", _RELATIVE_RUN.sub(" ", _YEAR_RUN.sub(" ", low))):
        return None  # "has it changed since last year?": nothing of the course asked of

    def this_run(m: re.Match[str]) -> str:
        noun = m.groupdict().get("noun")
        return f"this year's {noun}" if noun else "this year"

    out = _RELATIVE_RUN.sub(this_run, low) if tied else low
    if by_year:
        out = _YEAR_RUN.sub(" in this run ", out)
    return " ".join(out.split())


# The things of the course a run is asked about, as a bare question for what the page says of
# them for this run when the question read of this run gets no answer of its own ("did this
# year's cohort also have 3 courseworks": the coursework). The course as a whole is no thing.
_BARE_THING = re.compile(rf"\b(?!(?:module|course|content)\b){_COURSE_THING}\b")


# A comparison with the other run asked ("the same", "also", "still", "changed"): what this run
# has is all the page can give, so the things named are asked of bare.
_COMPARED = re.compile(r"\b(?:same|also|too|still|different|differ\w*|chang\w*|compar\w*|"
                       r"as us|like us|anymore|any more|similar)\b")


def compares(text: str) -> bool:
    """Whether `text` compares a thing of the course across runs."""
    return bool(_COMPARED.search(text.lower()))


def things_named(text: str) -> str | None:
    """The things of the course `text` names, as a bare question ("coursework and exam")."""
    things = list(dict.fromkeys(m.group(0) for m in _BARE_THING.finditer(text.lower())))
    return " and ".join(things) or None


def run_years(schedule: Schedule) -> set[int]:
    """The years this run spans: its term's and its dated events'."""
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", schedule.course.term)}
    return years | {e.start.year for e in schedule.events() if e.start is not None}
