"""One scan before many: `any_of` matches exactly where one of its patterns would, and the
readers gated by it (named days, the staff's names) find what they found before, for the
schedule they were built for."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime

import pytest

from bot.core.any_of import any_of
from bot.core.named_days import _NAMES, find_named_day
from bot.core.understand import Understander
from tests.conftest import LONDON

NOW = datetime(2021, 2, 15, 12, tzinfo=LONDON)

_PATTERNS = [re.compile(r"\bcat(?:s)?\b"), re.compile(r"(?<![\w-])dog(?!\w)"),
             re.compile(r"\b(?P<n>\d+) ?(?:fish|fishes)\b"), re.compile(r"^bird")]


@pytest.mark.parametrize("text", [
    "my cats are out", "a dog-friendly lecture", "hot-dog", "dogs", "catalogue",
    "i have 3 fish", "fish 3", "bird of prey", "a bird", "", "concatenate dogma"])
def test_the_joined_pattern_matches_where_one_of_them_does(text):
    joined = any_of(_PATTERNS)
    assert bool(joined.search(text)) == any(p.search(text) for p in _PATTERNS)


def test_a_list_of_none_never_matches():
    assert any_of([]).search("anything at all") is None


@pytest.mark.parametrize("patterns", [
    [re.compile(r"(a)\1"), re.compile("b")],
    [re.compile(r"(?P<x>a)(?P=x)")],
    [re.compile("a", re.I), re.compile("b")],
])
def test_patterns_that_would_change_meaning_when_joined_are_refused(patterns):
    with pytest.raises(ValueError):
        any_of(patterns)


@pytest.mark.parametrize("text, found", [
    ("is there a lecture on pancake day", True),
    ("anything on valentines?", True),
    ("what's on christmas eve", True),
    ("is the tutorial on after easter monday", True),
    ("when is the next lecture", False),
    ("xmas break plans", False),
    ("good morning, is cw2 due friday", False),
])
def test_a_named_day_is_found_as_by_each_name(text, found):
    each = [(m.span(), rule) for p, rule in _NAMES if (m := p.search(text))]
    assert (find_named_day(text) is not None) == found == bool(each)


def _with_staff(schedule, name: str):
    tutorial = dataclasses.replace(schedule.tutorials[0], staff=[name])
    return dataclasses.replace(schedule, tutorials=[tutorial, *schedule.tutorials[1:]])


@pytest.mark.parametrize("question", [
    "who is quillfeather", "is quillfeather's tutorial online", "email quillfeather please",
])
def test_staff_are_the_schedules_own_when_it_changes(schedule, question):
    """The names' one scan is built with the schedule: a new member of staff in a reloaded
    schedule is found, and not by the parser of the schedule before."""
    before = Understander(schedule).parse(question, NOW, LONDON)
    after = Understander(_with_staff(schedule, "Quillfeather")).parse(question, NOW, LONDON)
    assert "Quillfeather" in after.staff and "Quillfeather" not in before.staff
