"""Round 17: sessions and deadlines named by their place: counted back from the last ("the
penultimate q&a", "the second-to-last tutorial"), on from now ("the q&a after next", "the
deadline after the next one"), inside a week ("the last lecture of week 5"), or by the week
they are held in ("the week 5 recitation" is not the fifth); periods placed by an event ("what's
on the day after the gan tutorial"). Each phrasing is the developer's own; each failed on the
start of the round. The shipped course, the second fixture course and a course built here."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.answer import AskContext
from bot.core.assistant import Assistant
from bot.knowledge.base import open_index
from bot.schedule import load_schedule
from tests.conftest import ids

COURSE = Path(__file__).resolve().parent / "fixtures" / "second_course"
NEW_YORK = ZoneInfo("America/New_York")


def _asker(schedule_dir: Path, embedder, index_dir: Path, notes: Path = COURSE / "knowledge"):
    schedule = load_schedule(schedule_dir / "schedule.yaml")
    index, _ = open_index(notes, index_dir, embedder)
    assistant = Assistant(lambda: schedule, embedder, index)

    def _ask(question: str, now: str = "2023-10-09T09:00"):
        return assistant.answer(question, AskContext(
            datetime.fromisoformat(now).replace(tzinfo=NEW_YORK), NEW_YORK))

    return _ask


@pytest.fixture(scope="module")
def ask2(embedder, tmp_path_factory):
    """The second fixture course (recitations, office hours, New York time)."""
    return _asker(COURSE, embedder, tmp_path_factory.mktemp("index_pos2"))


@pytest.fixture(scope="module")
def ask_built(embedder, tmp_path_factory):
    """The second course with one more recitation, in week 7, and a lecture moved: built here,
    so that no place in it is the shipped course's or the fixture's."""
    where = tmp_path_factory.mktemp("built_course")
    shutil.copy(COURSE / "vocabulary.yaml", where / "vocabulary.yaml")
    text = (COURSE / "schedule.yaml").read_text()
    r5 = next(line for line in text.splitlines() if line.strip().startswith("- {id: R5,"))
    r6 = (r5.replace("R5", "R6").replace("week: 6", "week: 7")
          .replace("Exam review", "Final questions").replace("2023-11-10", "2023-11-17"))
    (where / "schedule.yaml").write_text(text.replace(r5, f"{r5}\n{r6}"))
    notes = where / "knowledge"
    shutil.copytree(COURSE / "knowledge", notes)
    plain = "The lecture sets up the problem, works one example by hand and ends with a quiz."
    leaning = ("Here the update follows the gradient of the expected return. The gradient is "
               "estimated from sampled episodes, and a baseline lowers the variance of the "
               "gradient estimate; step sizes decide how far each gradient step moves.")
    for number, week, title, body in [
            ("1", 1, "Bandits and exploration", plain), ("3", 2, "Dynamic programming", plain),
            ("4", 2, "Monte Carlo methods", plain), ("10", 5, "Model-based planning", plain),
            ("7", 4, "Function approximation", leaning),
            ("9", 5, "Actor-critic methods", leaning)]:
        (notes / f"L{number}-built.md").write_text(
            f"---\nid: B{number}\nlecture: \"{number}\"\nweek: {week}\ntitle: {title}\n---\n\n"
            f"# {title}\n\n## What it is\n\n{body}\n")
    return _asker(where, embedder, tmp_path_factory.mktemp("index_built"), notes)


# --- counted back from the last --------------------------------------------------------------

@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    ("when is the second-to-last tutorial?", ["T09"], ["TUT-W8"]),
    ("last but one deadline?", ["CW2"], ["CW3"]),
    ("which deadline is second from the end", ["CW2"], ["CW3"]),
    ("who is hosting the penultimate q&a", ["QA-W7"], ["PANEL-W8"]),
])
def test_counted_back_from_the_last(ask, question, expected, not_expected):
    answer = ask(question, now="2021-01-20T09:00")
    assert answer.answered, answer.text
    assert set(expected) <= set(ids(answer)), answer.text
    assert not set(not_expected) & set(ids(answer)), answer.text


def test_counted_back_in_other_courses(ask2, ask_built):
    for question in ("when's the second to last recitation", "penultimate rec, when?"):
        assert ids(ask2(question))[:1] == ["R4"], ask2(question).text
        assert ids(ask_built(question))[:1] == ["R5"], ask_built(question).text
    assert ids(ask2("the last-but-one homework deadline")) == ["HW3"]


# --- counted on from now ---------------------------------------------------------------------

@pytest.mark.parametrize(("question", "now", "expected", "not_expected"), [
    ("when's the q&a after next?", "2021-02-03T09:00", ["QA-W6"], ["QA-W5"]),
    ("what is the deadline after the next one", "2021-02-03T09:00", ["CW2"], ["CW1"]),
    ("the next but one tutorial - topic?", "2021-01-20T09:00", ["T04", "T05"], ["T03"]),
    ("which quiz is the one after next", "2021-01-20T09:00", ["QUIZ-W5"], ["QUIZ-W3"]),
])
def test_counted_on_from_now(ask, question, now, expected, not_expected):
    answer = ask(question, now=now)
    assert answer.answered, answer.text
    assert set(expected) <= set(ids(answer)), answer.text
    assert not set(not_expected) & set(ids(answer)), answer.text


def test_after_next_names_the_next_and_runs_out(ask):
    answer = ask("when's the tutorial after next", now="2021-02-03T09:00")
    assert answer.text.startswith("The tutorial after next (the next one is Tue 9 Feb")
    late = ask("the q&a after next?", now="2021-02-24T09:00")
    assert ids(late) == ["PANEL-W8"] and "only" in late.text, late.text
    assert "no q&a" in ask("q&a after next?", now="2021-03-03T09:00").text.lower()
    # "after next week" is a time, not a place counted from now
    assert "after next (" not in ask("the tutorial after next week",
                                     now="2021-01-20T09:00").text


def test_counted_on_in_other_courses(ask2, ask_built):
    assert ids(ask2("office hours after next - who?"))[:1] == ["OH-W3"]
    assert ids(ask2("the homework after the next one, when is it due")) == ["HW2"]
    assert ids(ask_built("the recitation after next?", now="2023-11-01T09:00"))[:1] == ["R6"]


# --- counted inside a week -------------------------------------------------------------------

@pytest.mark.parametrize(("question", "expected"), [
    ("what is the last lecture of week 5", ["L17a"]),
    ("final lecture in week 4?", ["L14"]),
    ("which is the penultimate lecture in week 6", ["L20"]),
])
def test_last_of_a_week(ask, question, expected):
    answer = ask(question, now="2021-02-03T09:00")
    assert ids(answer) == expected, answer.text


def test_last_of_a_week_in_another_course(ask2):
    assert ids(ask2("the last lecture of week 2?")) == ["L4"]


# --- a day, weekend or week placed by a session ----------------------------------------------

@pytest.mark.parametrize(("question", "anchor", "day"), [
    ("what's on the day after the GAN tutorial", "T06", "Wed 10 Feb 2021"),
    ("anything happening the day before the gnn lecture?", "L22", "Mon 22 Feb 2021"),
    ("what's on the day after the week 7 q&a", "QA-W7", "Wed 24 Feb 2021"),
    ("any sessions the weekend after the hype panel", "PANEL-W8", "Sat 6 Mar 2021"),
])
def test_a_day_placed_by_a_session(ask, question, anchor, day):
    answer = ask(question, now="2021-02-03T09:00")
    assert ids(answer)[:1] == [anchor], answer.text
    assert day in answer.text.splitlines()[1], answer.text


def test_a_week_placed_by_any_session(ask, ask2):
    answer = ask("what happens the week before the panel", now="2021-02-03T09:00")
    assert "Week 7" in answer.text and "T09" in ids(answer), answer.text
    answer = ask2("what's on the day after the tabular q-learning recitation")
    assert ids(answer)[:1] == ["R3"] and "Sat 21 Oct 2023" in answer.text, answer.text


# --- "the week N <kind>" is the one held in week N, and none that week is said ---------------

def test_the_week_n_session_is_the_one_that_week(ask2, ask_built):
    for question in ("who runs the week 5 recitation?", "the rec in week five, when is it"):
        answer = ask2(question)
        assert "week 5" in answer.text and "no tutorials" in answer.text, answer.text
        assert ids(answer)[:1] != ["R4"] and "Haddad" in answer.text, answer.text  # R5, next
    assert ids(ask2("the 5th recitation - who teaches it?")) == ["R5"]
    assert ids(ask_built("who's doing week 7's recitation"))[:1] == ["R6"]


@pytest.mark.parametrize("question", [
    "who is running the week 9 tutorial",
    "week 9 tut - who's teaching it?",
    "when is the tutorial in week 9",
])
def test_none_that_week_names_the_nearest(ask, question):
    answer = ask(question, now="2021-01-20T09:00")
    assert "week 9 (no tutorials)" in answer.text, answer.text
    assert "Tue 2 Mar 2021" in answer.text and "Li, Kainz" in answer.text, answer.text
    assert "Staff named on the course page" not in answer.text


# --- a group of sessions named by a theme ----------------------------------------------------

# (Lecture 16, VAEs, came in through the tutorial titled "VAEs, GANs"; a title listing topics
# now ties a theme found by one of them to that one only, so that "the gan lectures" are not
# the VAE one: the generative theme keeps L16 only if its notes use the word often enough,
# which they do not. Left as a gap.)
@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    ("when are the generative lectures", ["L15", "L17", "L17a"], ["L20"]),
    ("which ones are the generative model lectures? want to watch them all",
     ["L15", "L17", "L17a"], ["L20", "L22"]),
    ("which week do the gan lectures come out", ["L17", "L17a"], ["L16", "L15"]),
])
def test_a_theme_is_every_session_of_it(ask, question, expected, not_expected):
    answer = ask(question, now="2021-02-03T09:00")
    assert set(expected) <= set(ids(answer)), answer.text
    assert not set(not_expected) & set(ids(answer)), answer.text


def test_a_theme_from_the_notes_of_a_built_course(ask_built):
    for question in ("when are the gradient lectures?", "which are the gradient lectures"):
        answer = ask_built(question)
        assert {"L7", "L8", "L9"} <= set(ids(answer)), answer.text
        assert not {"L10", "L3"} & set(ids(answer)), answer.text
