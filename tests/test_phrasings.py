"""Two dev sets of student-style questions (typos, slang, indirect phrasings, several
questions in one), each written independently from the course page with its expectations.
They guard against regressions in understanding as a whole: the bot must get nearly all of
them right, and every miss is printed. Fields: answered, ids (exactly), include (at least),
allowed (nothing else), exclude, text / not_text (regular expressions)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ids

DATA = Path(__file__).resolve().parent / "data"
REQUIRED_ACCURACY = 0.97


def _problems(case: dict, answer) -> list[str]:
    got = sorted(ids(answer))
    found = []
    if "answered" in case and answer.answered != case["answered"]:
        found.append(f"answered={answer.answered}")
    if "ids" in case and got != sorted(case["ids"]):
        found.append(f"ids={got} want {sorted(case['ids'])}")
    found += [f"missing {i}" for i in case.get("include", []) if i not in got]
    found += [f"unwanted {i}" for i in case.get("exclude", []) if i in got]
    if "allowed" in case:
        found += [f"unexpected {i}" for i in got if i not in case["allowed"]]
    found += [f"text lacks /{t}/" for t in case.get("text", []) if not re.search(t, answer.text)]
    found += [f"text has /{t}/" for t in case.get("not_text", []) if re.search(t, answer.text)]
    return found


@pytest.mark.parametrize("name, size", [("student_questions.jsonl", 341),
                                        ("student_questions_2.jsonl", 200)])
def test_student_phrasings(ask, name, size):
    lines = (DATA / name).read_text().splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    misses = []
    for case in cases:
        answer = ask(case["question"], now=case["now"], tz=case["tz"] or "Europe/London")
        if problems := _problems(case, answer):
            misses.append(f"{case['question']!r}: {'; '.join(problems)}")
    accuracy = 1 - len(misses) / len(cases)
    print(f"{len(cases)} questions, accuracy {accuracy:.3f}")
    assert accuracy >= REQUIRED_ACCURACY, "\n".join(misses)
    assert len(cases) == size
