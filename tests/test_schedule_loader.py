"""Tests for the schedule loader: the shipped schedule.yaml, and exact error messages.

Every malformed case is the real schedule.yaml with one thing changed, so the line numbers in
the expected messages are real. They are found in the changed text (`line_of`), never written
down, and list indices are looked up by id, so editing schedule.yaml does not break the tests.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
import yaml

from bot.schedule.loader import Problem, ScheduleError, load_schedule, parse_schedule
from bot.schedule.vocabulary import (
    Vocabulary,
    VocabularyError,
    load_vocabulary,
    parse_vocabulary,
)

SCHEDULE_PATH = Path(__file__).resolve().parents[1] / "schedule.yaml"
TEXT = SCHEDULE_PATH.read_text(encoding="utf-8")
# Plain YAML view of the file, independent of the loader, used only to find list indices.
RAW = yaml.safe_load(TEXT)


def replace_once(text: str, old: str, new: str) -> str:
    """`text` with the one occurrence of `old` replaced by `new`."""
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times in the text, expected exactly once"
    return text.replace(old, new)


def line_of(text: str, needle: str) -> int:
    """1-based number of the line on which the one occurrence of `needle` starts."""
    count = text.count(needle)
    assert count == 1, f"{needle!r} occurs {count} times in the text, expected exactly once"
    return text[: text.index(needle)].count("\n") + 1


def index_of(section: str, item_id: str) -> int:
    """Position of the item with `item_id` in the top-level list `section`."""
    ids = [item["id"] for item in RAW[section]]
    assert ids.count(item_id) == 1, f"{item_id!r} is not a unique id in {section}"
    return ids.index(item_id)


def problems_of(text: str, file: str = "schedule.yaml") -> list[Problem]:
    with pytest.raises(ScheduleError) as info:
        parse_schedule(text, file)
    err = info.value
    assert err.problems, "ScheduleError without problems"
    assert str(err) == "\n".join(str(p) for p in err.problems)
    return err.problems


def first_problem(text: str) -> str:
    return str(problems_of(text)[0])


# --- the shipped schedule ---------------------------------------------------------------


@pytest.fixture(scope="module")
def schedule():
    return load_schedule(SCHEDULE_PATH)


def test_shipped_schedule_loads_from_text_and_path(schedule):
    vocabulary = load_vocabulary(SCHEDULE_PATH.with_name("vocabulary.yaml"))
    assert parse_schedule(TEXT, vocabulary=vocabulary) == schedule
    assert schedule.vocabulary.cues["forum"]  # the vocabulary beside the file came with it


def test_shipped_course(schedule):
    assert schedule.course.code == "70010"
    assert schedule.course.timezone == "Europe/London"
    assert str(schedule.tz) == "Europe/London"
    assert schedule.course.session_minutes == 60
    assert [(s.day, s.start, s.end, s.kind) for s in schedule.course.timetable] == [
        ("Tue", time(10, 0), time(11, 0), "qa"),
        ("Tue", time(11, 0), time(12, 0), "tutorial"),
    ]
    assert schedule.assessment.exam_weight + schedule.assessment.coursework_weight == 100


def test_shipped_weeks(schedule):
    assert [w.number for w in schedule.weeks] == list(range(1, 10))
    assert schedule.week(1).starts == date(2021, 1, 11)
    assert schedule.week_of(date(2021, 2, 23)).number == 7


def test_shipped_lectures(schedule):
    ids = [lec.id for lec in schedule.lectures]
    assert len(ids) == 23
    assert len(set(ids)) == 23
    assert "L17a" in ids
    assert ids.index("L17a") == ids.index("L17") + 1
    assert schedule.lecture("L17a").number == "17a"
    live = [lec for lec in schedule.lectures if lec.delivery == "live"]
    assert [lec.id for lec in live] == ["L22"]
    l22 = schedule.lecture("L22")
    assert l22.start == datetime(2021, 2, 23, 10, 0)
    assert l22.week == 7
    assert l22.staff == ["Bronstein"]
    event = schedule.event("L22")
    assert event.kind == "lecture"
    assert event.start.isoformat() == "2021-02-23T10:00:00+00:00"
    assert (event.end - event.start).total_seconds() == 3600


def test_shipped_tutorials(schedule):
    ids = {t.id for t in schedule.tutorials}
    assert {f"T{n:02d}" for n in range(1, 10)} <= ids
    assert all(t.start is not None for t in schedule.tutorials)


def test_shipped_coursework(schedule):
    cw = {c.id: c for c in schedule.coursework}
    assert sorted(cw) == ["CW1", "CW2", "CW3"]
    cw2 = cw["CW2"]
    assert [(a.week, a.staff) for a in cw2.assessors] == [
        (5, ["Coppock", "Spies"]),
        (6, ["Coppock", "Stacey"]),
    ]
    assert cw2.deadline == datetime(2021, 2, 23, 19, 0)
    assert schedule.event("CW2").staff == ("Coppock", "Spies", "Stacey")


def test_shipped_references_resolve(schedule):
    lecture_ids = {lec.id for lec in schedule.lectures}
    assert set(schedule.assessment.examinable_marked) <= lecture_ids
    assert set(schedule.assessment.examinable_unmarked) <= lecture_ids
    for material in schedule.materials:
        assert set(material.lectures) <= lecture_ids


# --- malformed schedules: exact first problem --------------------------------------------

# (old, new, needle on the line the problem should point at, "field: message")
CASES = [
    pytest.param(
        "topic: Covariate shift, start: 2021-02-02 11:00",
        "topic: Covariate shift, start: 2021-02-30 11:00",
        "topic: Covariate shift, start: 2021-02-30 11:00",
        f"tutorials[{index_of('tutorials', 'T04')}].start: "
        "'2021-02-30 11:00' is not a valid date (YYYY-MM-DD HH:MM)",
        id="invalid-date",
    ),
    pytest.param(
        "{day: Tue, start: \"10:00\", end: \"11:00\", kind: qa}",
        "{day: Tue, start: \"10.00\", end: \"11:00\", kind: qa}",
        "start: \"10.00\"",
        "course.timetable[0].start: '10.00' is not a valid time (HH:MM)",
        id="invalid-time-format",
    ),
    pytest.param(
        "  - {number: 3, starts: 2021-01-25}",
        "  - {number: 3, starts: 25/01/2021}",
        "starts: 25/01/2021",
        "weeks[2].starts: '25/01/2021' is not a valid date (YYYY-MM-DD)",
        id="invalid-day-format",
    ),
    pytest.param(
        "\n  book: Dive into Deep Learning\n",
        "\n  textbook: Dive into Deep Learning\n",
        "textbook:",
        "course.textbook: is not a known field (expected one of: code, title, term, timezone, "
        "mode, delivery, timetable, timetable_note, materials_locations, materials_note, "
        "revision_notes, forum, book, gpu_advice, gpu_services, numeric_dates, "
        "session_minutes, terms, support)",
        id="unknown-key",
    ),
    pytest.param(
        "    title: Coursework Task 2\n",
        "",
        "- id: CW2",
        f"coursework[{index_of('coursework', 'CW2')}].title: is missing",
        id="missing-field",
    ),
    pytest.param(
        "  title: Deep Learning\n",
        "  title:\n",
        "  title:\n",
        "course.title: is required and may not be empty",
        id="empty-required-field",
    ),
    pytest.param(
        "  title: Deep Learning\n",
        "  title: [Deep, Learning]\n",
        "title: [Deep, Learning]",
        "course.title: must be a single value, not a list",
        id="list-for-string",
    ),
    pytest.param(
        "exam_weight: 50",
        "exam_weight: fifty",
        "exam_weight: fifty",
        "assessment.exam_weight: 'fifty' is not a whole number",
        id="string-for-int",
    ),
    pytest.param(
        "gpu_services: [Google Colab, Paperspace]",
        "gpu_services: Google Colab",
        "gpu_services: Google Colab",
        "course.gpu_services: must be a list, not 'Google Colab'",
        id="string-for-list",
    ),
    pytest.param(
        "coursework_individual: true",
        "coursework_individual: maybe",
        "coursework_individual: maybe",
        "assessment.coursework_individual: 'maybe' is not true or false",
        id="string-for-bool",
    ),
    pytest.param(
        "    delivery: live\n",
        "    delivery: recorded\n",
        "delivery: recorded",
        f"lectures[{index_of('lectures', 'L22')}].delivery: "
        "'recorded' is not one of 'pre-recorded', 'live'",
        id="invalid-literal",
    ),
    pytest.param(
        "timezone: Europe/London",
        "timezone: Europe/Londres",
        "timezone: Europe/Londres",
        "course.timezone: 'Europe/Londres' is not a known IANA time zone",
        id="invalid-time-zone",
    ),
    pytest.param(
        "{id: T03, week: 3",
        "{id: QA-W3, week: 3",
        "{id: QA-W3, week: 3, title: Tutorial",
        f"tutorials[{index_of('tutorials', 'T03')}].id: duplicate id 'QA-W3' "
        f"(first used at qa_sessions[{index_of('qa_sessions', 'QA-W3')}].id)",
        id="duplicate-id-across-collections",
    ),
    pytest.param(
        "title: Loss functions, week: 4, lectures: [L13]",
        "title: Loss functions, week: 4, lectures: [L31]",
        "lectures: [L31]",
        f"materials[{index_of('materials', 'N10')}].lectures[0]: 'L31' is not a lecture id",
        id="dangling-material-lecture",
    ),
    pytest.param(
        "L12, L13, L14]",
        "L12, L13, L41]",
        "L12, L13, L41]",
        f"assessment.examinable_marked[{RAW['assessment']['examinable_marked'].index('L14')}]: "
        "'L41' is not a lecture id",
        id="dangling-examinable-marked",
    ),
    pytest.param(
        "  examinable_marking: its examinable material is marked with exclamation marks\n",
        "",
        "examinable_marked:",
        "assessment.examinable_marked: lists lectures, so assessment.examinable_marking must "
        "say how their examinable material is marked",
        id="marked-without-marking",
    ),
    pytest.param(
        "{id: QUIZ-W7, week: 7,",
        "{id: QUIZ-W7, week: 10,",
        "{id: QUIZ-W7, week: 10,",
        f"quizzes[{index_of('quizzes', 'QUIZ-W7')}].week: week 10 is not defined under weeks",
        id="week-not-defined",
    ),
    pytest.param(
        "  - {number: 9, starts: 2021-03-08,",
        "  - {number: 8, starts: 2021-03-08,",
        "{number: 8, starts: 2021-03-08,",
        f"weeks[{len(RAW['weeks']) - 1}].number: week 8 is given twice",
        id="week-given-twice",
    ),
    pytest.param(
        "{id: QA-W4, week: 4, title: Q&A session, start: 2021-02-02 10:00",
        "{id: QA-W4, week: 4, title: Q&A session, start: 2021-02-09 10:00",
        "{id: QA-W4,",
        f"qa_sessions[{index_of('qa_sessions', 'QA-W4')}].start: "
        "2021-02-09 10:00 is not in week 4 (starting 2021-02-01)",
        id="session-outside-its-week",
    ),
    pytest.param(
        "    title: Coursework Task 2\n",
        "    title: Coursework Task 2\n    title: Coursework Task Two\n",
        "title: Coursework Task Two",
        f"coursework[{index_of('coursework', 'CW2')}].title: is given twice",
        id="duplicate-key",
    ),
    pytest.param(
        "{day: Tue, start: \"11:00\", end: \"12:00\", kind: tutorial}",
        "{day: Tue, start: \"11:00\", end: \"10:30\", kind: tutorial}",
        "end: \"10:30\"",
        "course.timetable[1].end: must be after start",
        id="timetable-end-before-start",
    ),
    pytest.param(
        "{day: Tue, start: \"11:00\", end: \"12:00\", kind: tutorial}",
        "{day: Tue, start: \"11:00\", end: \"11:00\", kind: tutorial}",
        "end: \"11:00\", kind: tutorial",
        "course.timetable[1].end: must be after start",
        id="timetable-end-equals-start",
    ),
    pytest.param(
        "materials_locations: [Materials, CATe]",
        "materials_locations: [Materials, CATe",
        "materials_note:",
        "(syntax): expected ',' or ']', but got ':' (while parsing a flow sequence on line "
        f"{line_of(TEXT, 'materials_locations:')})",
        id="yaml-syntax-unclosed-bracket",
    ),
    pytest.param(
        "\n  book: Dive into Deep Learning\n",
        "\n\tbook: Dive into Deep Learning\n",
        "\tbook:",
        "(syntax): found character '\\t' that cannot start any token",
        id="yaml-syntax-tab",
    ),
]


@pytest.mark.parametrize(("old", "new", "needle", "expected"), CASES)
def test_malformed_schedule_first_problem(old, new, needle, expected):
    bad = replace_once(TEXT, old, new)
    assert first_problem(bad) == f"schedule.yaml:{line_of(bad, needle)}: {expected}"


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"],
                         ids=["empty", "blank-lines", "comment-only", "document-marker"])
def test_empty_file(text):
    assert problems_of(text) == [Problem("schedule.yaml", 1, "(top level)", "the file is empty")]


@pytest.mark.parametrize(("text", "expected"), [
    ("- course\n- lectures\n", "schedule.yaml:1: (top level): must be a mapping, not a list"),
    ("just some words\n", "schedule.yaml:1: (top level): must be a mapping, not 'just some words'"),
], ids=["list", "scalar"])
def test_top_level_not_a_mapping(text, expected):
    assert [str(p) for p in problems_of(text)] == [expected]


def test_section_not_a_mapping():
    forum = "  forum:\n    name: Piazza\n    course_name: 70010/460 Deep Learning [Spring 2021]\n"
    bad = replace_once(TEXT, forum, "  forum: Piazza\n")
    assert first_problem(bad) == (
        f"schedule.yaml:{line_of(bad, 'forum: Piazza')}: course.forum: "
        "must be a mapping, not 'Piazza'")


def test_missing_file(tmp_path):
    path = tmp_path / "missing.yaml"
    with pytest.raises(ScheduleError) as info:
        load_schedule(path)
    assert str(info.value) == f"missing.yaml:0: (file): {path} does not exist"
    assert info.value.problems == [Problem("missing.yaml", 0, "(file)", f"{path} does not exist")]


def test_load_schedule_names_the_file_it_read(tmp_path):
    path = tmp_path / "spring.yaml"
    bad = replace_once(TEXT, "exam_weight: 50", "exam_weight: half")
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ScheduleError) as info:
        load_schedule(path)
    assert str(info.value) == (f"spring.yaml:{line_of(bad, 'exam_weight: half')}: "
                               "assessment.exam_weight: 'half' is not a whole number")


# --- several faults at once ---------------------------------------------------------------


def test_all_structural_problems_are_reported_at_once():
    bad = replace_once(TEXT, "exam_weight: 50", "exam_weight: fifty")
    bad = replace_once(bad, "topic: Covariate shift, start: 2021-02-02 11:00",
                       "topic: Covariate shift, start: 2021-02-30 11:00")
    tutorial = index_of("tutorials", "T04")
    assert problems_of(bad) == [
        Problem("schedule.yaml", line_of(bad, "exam_weight: fifty"), "assessment.exam_weight",
                "'fifty' is not a whole number"),
        Problem("schedule.yaml", line_of(bad, "start: 2021-02-30 11:00"),
                f"tutorials[{tutorial}].start",
                "'2021-02-30 11:00' is not a valid date (YYYY-MM-DD HH:MM)"),
    ]


def test_all_cross_check_problems_are_reported_at_once():
    bad = replace_once(TEXT, "title: Loss functions, week: 4, lectures: [L13]",
                       "title: Loss functions, week: 4, lectures: [L31]")
    bad = replace_once(bad, "{id: QUIZ-W7, week: 7,", "{id: QUIZ-W7, week: 10,")
    problems = [str(p) for p in problems_of(bad)]
    assert len(problems) == 2
    assert set(problems) == {
        f"schedule.yaml:{line_of(bad, 'week: 10,')}: "
        f"quizzes[{index_of('quizzes', 'QUIZ-W7')}].week: week 10 is not defined under weeks",
        f"schedule.yaml:{line_of(bad, 'lectures: [L31]')}: "
        f"materials[{index_of('materials', 'N10')}].lectures[0]: 'L31' is not a lecture id",
    }


# --- the vocabulary beside the schedule -----------------------------------------------------

VOCABULARY = SCHEDULE_PATH.with_name("vocabulary.yaml").read_text(encoding="utf-8")


def _course_folder(tmp_path, schedule: str, vocabulary: str | None):
    (tmp_path / "schedule.yaml").write_text(schedule, encoding="utf-8")
    if vocabulary is not None:
        (tmp_path / "vocabulary.yaml").write_text(vocabulary, encoding="utf-8")
    return tmp_path / "schedule.yaml"


def test_a_schedule_without_a_vocabulary_has_none(tmp_path):
    schedule = load_schedule(_course_folder(tmp_path, TEXT, None))
    assert schedule.vocabulary == Vocabulary()


def test_vocabulary_faults_name_its_file_line_and_field(tmp_path):
    bad = replace_once(VOCABULARY, "  gpu: [colab, paperspace]",
                       "  gpus: [colab, paperspace]\n  book2: [two words]")
    bad = replace_once(bad, "  forum: [piazza]", "  forum: [\"piazza board\"]")
    with pytest.raises(VocabularyError) as info:
        parse_vocabulary(bad)
    problems = [str(p) for p in info.value.problems]
    assert problems[0].startswith(f"vocabulary.yaml:{line_of(bad, 'gpus:')}: cues.gpus: "
                                  "'gpus' is not a concept of the lexicon (one of: ")
    assert problems[1:] == [
        f"vocabulary.yaml:{line_of(bad, 'book2:')}: cues.book2: 'book2' is not a concept of "
        f"the lexicon (one of: {problems[0].split('(one of: ')[1]}",
        f"vocabulary.yaml:{line_of(bad, 'book2:')}: cues.book2[0]: 'two words' is not one "
        "lower-case word (a phrase belongs under aliases)",
        f"vocabulary.yaml:{line_of(bad, 'piazza board')}: cues.forum[0]: 'piazza board' is not "
        "one lower-case word (a phrase belongs under aliases)",
    ]


def test_a_broken_vocabulary_stops_the_schedule_loading_and_says_where(tmp_path):
    bad_schedule = replace_once(TEXT, "exam_weight: 50", "exam_weight: half")
    bad_words = replace_once(VOCABULARY, "course_names: [deep, learning, dl]",
                             "course_names: {deep: learning}")
    with pytest.raises(ScheduleError) as info:
        load_schedule(_course_folder(tmp_path, bad_schedule, bad_words))
    assert [str(p) for p in info.value.problems] == [
        f"schedule.yaml:{line_of(bad_schedule, 'exam_weight: half')}: assessment.exam_weight: "
        "'half' is not a whole number",
        f"vocabulary.yaml:{line_of(bad_words, '{deep: learning}')}: course_names: must be a "
        "list, not a mapping",
    ]
    dup = replace_once(VOCABULARY, "  model weight: modelweights\n",
                       "  model weight: modelweights\n  model weight: weights\n")
    with pytest.raises(ScheduleError,
                       match=r"vocabulary.yaml:\d+: aliases.model weight: is given twice"):
        load_schedule(_course_folder(tmp_path, TEXT, dup))


def test_the_vocabulary_is_not_a_key_of_the_schedule():
    bad = TEXT + "vocabulary: {}\n"
    assert "vocabulary: is not a known field" in first_problem(bad)
