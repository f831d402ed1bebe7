"""The bot is not tied to one course: event kinds defined once, course facts only in data."""

from __future__ import annotations

import ast
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core import wording as W
from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.reminders.policy import ALL_KINDS as REMINDER_KINDS
from bot.schedule import Schedule, load_schedule
from bot.schedule.kinds import EVENT_KINDS, SESSION_KINDS
from tests.conftest import ROOT, ids


def test_every_kind_is_named_once_in_the_wording():
    assert set(W.EVENT_KIND_NAMES) == set(EVENT_KINDS)
    assert set(W.KIND_SINGULAR) == set(EVENT_KINDS)
    assert set(W.KIND_NAMES) == set(REMINDER_KINDS)
    assert set(SESSION_KINDS) < set(REMINDER_KINDS) and "deadline" in REMINDER_KINDS


def test_every_wording_name_the_code_uses_exists():
    # (read statically: a misspelt name raises only when its branch runs, in front of a student)
    missing = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        missing += [f"{path.relative_to(ROOT)}:{node.lineno} W.{node.attr}"
                    for node in ast.walk(tree)
                    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "W" and not hasattr(W, node.attr)]
    assert not missing


# --- no course in the code ---------------------------------------------------------------------

COURSES = {"shipped": ROOT / "schedule.yaml",
           "second": ROOT / "tests" / "fixtures" / "second_course" / "schedule.yaml"}
CODE = sorted(p for p in (ROOT / "bot").rglob("*")
              if p.suffix in {".py", ".js", ".html", ".css"} and p.is_file())
# Words of the course files that are plain English or the bot's own terms for any course:
# finding them in the code says nothing. Every other name and word is a fact of one course.
GENERAL = {"materials", "teams", "ms teams", "dive", "machine", "exclamation", "highlighted",
           "google", "google colab", "deep", "learning", "ed"}


def _names(s: Schedule) -> tuple[set[str], set[str]]:
    """(people, other names) of one course: staff; code, title, forum, submission system, GPU
    services, book, places, and its vocabulary's cue words and course names."""
    c, v = s.course, s.vocabulary
    people = {part.strip() for e in s.events() for entry in e.staff
              for part in re.split(r"[,&]", entry.removesuffix(" & team"))}
    places = {e.location for e in s.events() if e.location}
    names = {c.code, c.title, c.forum.name, c.forum.course_name, s.assessment.submission_via,
             *c.gpu_services, c.book, *c.materials_locations, *places,
             *(w for words in v.cues.values() for w in words), *v.course_names}
    return people, {n for n in names if n and n.lower() not in GENERAL}


def _word(*forms: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w-])")


def _facts(s: Schedule) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """What to look for: (anywhere: names and dates, in the code's strings: ids and lecture
    numbers). People's names as written (a surname may be an English word); other names as
    written or in lower case ("Piazza", "piazza")."""
    people, names = _names(s)
    anywhere = {f"name {p!r}": _word(p) for p in people}
    anywhere |= {f"name {n!r}": _word(n, n.lower()) for n in names}
    days = {e.start.date() for e in s.events() if e.start} | {w.starts for w in s.weeks}
    for day in days:
        anywhere[f"date {day}"] = re.compile(
            rf"{day:%Y-%m-%d}|\b{day.day} {day:%b}\b|\b{day:%d/%m}\b|\b{day:%m/%d}\b")
    for year in {day.year for day in days}:
        anywhere[f"year {year}"] = re.compile(rf"\b{year}\b")
    in_strings = {f"id {i.id}": _word(i.id) for i in [*s.events(), *s.materials]}
    in_strings |= {f"lecture {lec.number}": re.compile(
        rf"(?i)\blectures? {re.escape(lec.number)}(?!\w)") for lec in s.lectures}
    in_strings |= {f"lecture number {lec.number}": _word(lec.number) for lec in s.lectures
                   if not lec.number.isdigit()}  # "17a" is one course's numbering
    return anywhere, in_strings


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a Python file that are not docstrings (an id or a number in a
    docstring or comment illustrates; in a string the bot uses, it states a fact), or every
    line of another file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        return list(enumerate(text.splitlines(), 1))
    tree = ast.parse(text)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


@pytest.mark.parametrize("course", sorted(COURSES))
def test_the_code_names_no_fact_of_the_course(course):
    """grep of bot/ for the course's names, dates and years (anywhere), and its ids and
    lecture numbers (in strings the code uses) finds nothing."""
    anywhere, in_strings = _facts(load_schedule(COURSES[course]))
    assert len(anywhere) > 30 and len(in_strings) > 30
    found = []
    for path in CODE:
        where = path.relative_to(ROOT)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{where}:{number}: {what}: {line.strip()}"
                      for what, pattern in anywhere.items() if pattern.search(line)]
        for number, value in _code_strings(path):
            found += [f"{where}:{number}: {what} in {value!r}"
                      for what, pattern in in_strings.items() if pattern.search(value)]
    assert not found, "\n".join(found)


def test_a_course_with_few_kinds_of_thing_is_answered_without_them():
    """No tutorials, quizzes, panels or materials, one coursework: every answer still reads
    from the schedule, and the help's examples are ones the bot answers."""
    s = load_schedule(ROOT / "tests" / "fixtures" / "dst_course.yaml")
    assistant = Assistant(lambda: s)
    context = AskContext(datetime(2021, 3, 9, 9, 0, tzinfo=ZoneInfo("Europe/London")),
                         ZoneInfo("Europe/London"))
    answers = {q: assistant.answer(q, context) for q in (
        "how many tutorials are there", "what is tutorial 3 about", "how many lectures are there",
        "where are the sessions held", "how long are the lectures", "is lecture 1 examinable",
        "are the lectures live", "who teaches this course", "", "what's on this week")}
    assert "no tutorials" in answers["how many tutorials are there"].text
    assert "no tutorials" in answers["what is tutorial 3 about"].text
    assert "01" in answers["how many lectures are there"].text
    assert "MS Teams" in answers["where are the sessions held"].text
    assert "starred" in answers["is lecture 1 examinable"].text  # its examinable_marking
    assert "Ada" in answers["who teaches this course"].text
    assert ids(answers["what's on this week"]) == ["QA-W1", "L01"]
    helped = assistant.answer("help", context).text
    assert "notes" not in helped  # this course has no notes, so help offers none
    examples = re.findall(r"\"([^\"]+\?)\"", helped)
    assert "when is cw1 due?" in examples
    for example in examples:
        assert assistant.answer(example, context).answered, example
