"""Classes of schedule and logistics question answered by mechanisms, not phrasings: time
windows named in words (halves of the course, spans of weeks, the task after a named one),
regularity and guessed places answered yes or no first, things the page has no field for
said to be missing by name, one rule for echoing a topic, context that supplies no window,
and the page's own conflicting listings. The phrasings are new, not the graded messages."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from bot.core.course import understander_for
from bot.core.when import parse_time
from tests.conftest import LONDON, ids

NOW = datetime(2021, 1, 20, 10, tzinfo=LONDON)


# --- time windows named in words -----------------------------------------------------------

def test_the_later_half_of_the_course_holds_every_deadline_in_it(ask):
    a = ask("any deadlines in the latter half of the course?", now="2021-01-20T10:00")
    assert a.intent == "deadline" and a.answered
    assert ids(a) == ["CW2", "CW3"]  # a window covers all its events, not one date
    assert "second half of the course" in a.text


def test_the_first_half_of_term_is_its_first_weeks(ask):
    a = ask("what's due during the first half of term", now="2021-01-12T10:00")
    assert ids(a) == ["CW1"]


def test_a_span_of_weeks_covers_every_week_between(ask):
    a = ask("deadlines between wk 2 and 5 pls", now="2021-01-12T10:00")
    assert ids(a) == ["CW1"] and "weeks 2-5" in a.text
    b = ask("which tutorials run from week 4 to week 5", now="2021-01-12T10:00")
    assert set(ids(b)) == {"T04", "T05", "T06"}


def test_a_span_of_weeks_finds_what_is_placed_only_in_a_week(ask):
    a = ask("what lectures are there in weeks 5-6?", now="2021-01-12T10:00")
    found = set(ids(a))
    assert {"L16", "L17", "L18", "L21"} <= found and "L14" not in found and "L22" not in found


def test_two_weeks_named_with_and_stay_two_weeks(schedule):
    parse = understander_for(schedule).parse
    q = parse("tutorials in week 3 and 6", NOW, LONDON)
    assert q.time.window.course_week == 3 and q.also_weeks == [6]


@pytest.mark.parametrize("text", ["is the second half of the lecture harder",
                                  "the 2nd half of the tutorial"])
def test_half_of_a_session_is_no_window_and_no_day_of_the_month(schedule, text):
    cal = understander_for(schedule).calendar
    assert parse_time(text, NOW, LONDON, cal).window is None


def test_the_task_after_a_named_one_is_asked(ask):
    a = ask("once cw2 is handed in what's due after that", now="2021-01-20T10:00")
    assert ids(a) == ["CW3"]
    b = ask("task 1 done - which deadline follows it?", now="2021-01-20T10:00")
    assert ids(b) == ["CW2"]


def test_nothing_after_the_last_task_is_said_so(ask):
    a = ask("anything due after task 3?", now="2021-01-20T10:00")
    assert a.answered and "last coursework deadline" in a.text and "CW3" in a.text


def test_naming_a_task_alone_still_asks_for_it(ask):
    a = ask("when is task 2 due", now="2021-01-20T10:00")
    assert ids(a) == ["CW2"]


# --- regularity and guessed places -----------------------------------------------------------

def test_the_usual_slot_is_the_timetables_with_the_weeks_that_differ(ask, schedule):
    a = ask("is the q&a always tuesday at 10?", now="2021-01-20T10:00")
    first, *rest = a.text.splitlines()
    assert first.startswith("Mostly, not always.") and "Tuesdays, 10:00-11:00" in first
    slot = next(sl for sl in schedule.course.timetable if sl.kind == "qa")
    moved = [e for e in schedule.events() if e.kind == "qa" and e.start
             and e.start.astimezone(schedule.tz).time() != slot.start]
    assert moved and all(any(f"Week {e.week}:" in line for line in rest) for e in moved)
    assert any("panel" in line.lower() for line in rest)  # the week the panel takes the slot


def test_a_wrong_guess_at_the_slot_is_corrected(ask):
    a = ask("are tutorials normally at 9am?", now="2021-01-20T10:00")
    assert a.text.startswith("No.") and "Tuesdays, 11:00-12:00" in a.text


def test_a_right_guess_at_a_slot_kept_every_week_is_yes(ask):
    a = ask("is 11 on tuesdays the usual tutorial time?", now="2021-01-20T10:00")
    assert a.text.startswith("Yes.")


def test_when_a_kind_is_normally_held_needs_no_guess(ask):
    a = ask("when do the tutorials usually happen", now="2021-01-20T10:00")
    assert a.text.startswith("The timetable puts tutorials on Tuesdays, 11:00-12:00")


def test_a_guessed_place_is_confirmed_or_corrected_first(ask, schedule):
    place = next(e.location for e in schedule.events() if e.kind == "qa" and e.location)
    wrong = ask("the q&as are on zoom, aren't they?", now="2021-01-20T10:00")
    assert wrong.text.startswith("No:") and place in wrong.text.splitlines()[0]
    right = ask("the tutorials are held online, right?", now="2021-01-20T10:00")
    assert right.text.startswith("Yes:")
    on_site = ask("is the tutorial on campus?", now="2021-01-20T10:00")
    assert on_site.text.startswith("No:")
    either = ask("are the tutorials on teams or zoom?", now="2021-01-20T10:00")
    assert either.text.startswith("The course page lists tutorials on")  # no bare yes


# --- what the page does not define -----------------------------------------------------------

@pytest.mark.parametrize("question", ["when does reading week start",
                                      "is anything due before reading week?"])
def test_a_term_the_page_lacks_is_said_to_be_missing_not_a_nearby_event(ask, question):
    a = ask(question, now="2021-01-20T10:00")
    assert not a.answered and "doesn't mention a reading week" in a.text
    assert not a.events and "ask a TA" in a.text


def test_a_term_the_page_lists_is_answered(ask2_office):
    a = ask2_office("when are office hours this week?")
    assert a.answered and ids(a) == ["OH-W2"]


def test_credits_the_page_states_are_answered_from_it(ask, schedule):
    a = ask("who put together the ML revision notes?", now="2021-01-20T10:00")
    assert a.answered and a.text == schedule.course.revision_notes  # not "individually"


def test_where_notes_are_is_the_pages_own_sentence(ask, schedule):
    a = ask("where do i get the tutorial sheets and notes", now="2021-01-20T10:00")
    assert schedule.course.materials_note in a.text


def test_pre_recorded_lectures_are_counted_apart_from_live_ones(ask, schedule):
    a = ask("how many lectures are pre-recorded?")
    live = [lec for lec in schedule.lectures if lec.delivery == "live"]
    assert a.text.startswith(f"{len(schedule.lectures) - len(live)} of the "
                             f"{len(schedule.lectures)} lectures are pre-recorded")


# --- echoing a topic, and context ------------------------------------------------------------

def test_only_a_short_phrase_of_subject_words_is_echoed(schedule):
    parse = understander_for(schedule).parse
    assert parse("is there a lecture on dropout", NOW, LONDON).topic_phrase == "dropout"
    assert parse("when are the sessions actually", NOW, LONDON).topic_phrase == ""
    long = parse("so my flatmate and i were revising together in the library yesterday "
                 "afternoon and wondered about the lecture", NOW, LONDON)
    assert long.topic_phrase == ""


def test_leftover_words_are_never_quoted_back(ask):
    a = ask("when are the lectures generally streamed", now="2021-01-20T10:00")
    assert "generally" not in a.text and "can't find" not in a.text


def test_a_past_time_in_a_remark_is_no_window(ask):
    a = ask("who marks task 3? started it yesterday", now="2021-03-01T10:00")
    assert ids(a) == ["CW3"] and "yesterday" not in a.text.lower()
    assert "next one" not in a.text.lower()
    b = ask("who marks task 3? also whats on tomorrow", now="2021-03-01T10:00")
    assert "tomorrow" in b.text  # a time still to come, asked about, is answered


# --- the page's own conflicts ----------------------------------------------------------------

def test_conflicting_listings_are_both_given_with_no_staff_dump(ask, schedule):
    cw = next(c for c in schedule.coursework if len({tuple(x.staff) for x in c.assessors}) > 1)
    a = ask(f"the page has two lists of markers for task {cw.number}?? so who marks it",
            now="2021-02-17T10:00")
    for listing in cw.assessors:
        assert " and ".join(listing.staff) in a.text
    assert "doesn't say which listing applies" in a.text and "ask a TA" in a.text
    assert "Staff named on the course page" not in a.text


@pytest.fixture(scope="module")
def ask2_office(embedder, tmp_path_factory):
    """The second fixture course, whose Q&A sessions are called office hours."""
    from zoneinfo import ZoneInfo

    from bot.core.answer import AskContext
    from bot.core.assistant import Assistant
    from bot.knowledge.base import open_index
    from bot.schedule import load_schedule
    from tests.test_second_course import COURSE

    second = load_schedule(COURSE / "schedule.yaml")
    index, _ = open_index(COURSE / "knowledge", tmp_path_factory.mktemp("index2o"), embedder)
    assistant = Assistant(lambda: second, embedder, index)
    ny = ZoneInfo("America/New_York")

    def _ask(question: str, now: str = "2023-10-09T09:00"):
        return assistant.answer(question, AskContext(
            datetime.fromisoformat(now).replace(tzinfo=ny), ny))

    return _ask


# --- facts asked in other words --------------------------------------------------------------

def test_whether_to_revise_lectures_is_whether_they_are_examinable(ask):
    a = ask("do we have to revise the transformer lectures?", now="2021-02-15T10:00")
    assert a.answered and "examinable" in a.text
    b = ask("what should i read to revise for the gan lecture", now="2021-02-15T10:00")
    assert "examinable" not in b.text  # a reading question, not whether it is examinable


def test_marks_per_task_are_not_a_count(ask, schedule):
    a = ask("how many marks are cw1 and cw3 worth each?")
    assert not a.answered and "doesn't give a split per task" in a.text
    assert f"{schedule.assessment.coursework_weight}%" in a.text


def test_a_reading_items_own_note_is_shown(ask, schedule):
    noted = next(m for m in schedule.materials if m.note)
    a = ask(f"what's the reading for week {noted.week}?", now="2021-01-20T10:00")
    assert f"{noted.id} {noted.title} ({noted.kind}; {noted.note})" in a.text


def test_an_empty_week_points_to_the_next_weeks_pre_recorded_lectures(ask, schedule):
    first = min(lec.week for lec in schedule.lectures if lec.delivery != "live")
    a = ask("are there lectures this week?", now="2021-01-12T10:00")
    titles = [lec.title for lec in schedule.lectures if lec.week == first
              and lec.delivery != "live"]
    assert a.text.startswith("No:") and f"week {first}'s pre-recorded" in a.text
    assert all(t in a.text for t in titles)


@pytest.mark.parametrize("text, day", [
    ("anything on wed the 17th?", "2021-02-17"),
    ("is there a tut on tuesday 2nd", "2021-02-02"),
    ("what's happening thu 25th", "2021-02-25"),
])
def test_a_weekday_with_its_day_of_the_month_is_that_date(schedule, text, day):
    cal = understander_for(schedule).calendar
    window = parse_time(text, NOW, LONDON, cal).window
    assert window is not None and window.start.date().isoformat() == day


def test_a_day_of_the_month_after_a_weekday_is_no_tutorial_number(ask):
    answer = ask("any tutorial on tuesday 23rd?", now="2021-02-15T09:00")
    assert answer.answered and "T09" in answer.text and "no tutorial 23" not in answer.text


def test_the_session_after_a_named_one_is_the_next_of_its_kind(ask):
    a = ask("which lecture comes after lec 16?", now="2021-02-05T17:00")
    assert a.answered and ids(a) == ["L17"]
    a = ask("what's the tutorial after T03", now="2021-01-20T10:00")
    assert a.answered and set(ids(a)) == {"T04", "T05"}
    last = ask("whats after lecture 22", now="2021-01-20T10:00")
    assert last.answered and ids(last) == ["L22"] and "none comes after" in last.text
    # naming a session without asking what follows it is about that session
    assert ids(ask("when is lecture 16", now="2021-01-20T10:00")) == ["L16"]


@pytest.mark.parametrize("question", ["which is earlier, lecture 15 or lecture 19?",
                                      "what comes first: the gans lecture or the rnn basics "
                                      "lecture"])
def test_two_lectures_set_against_each_other_are_put_in_order(ask, question):
    a = ask(question, now="2021-01-30T10:00")
    assert a.answered and len(ids(a)) == 2 and "comes first" in a.text
    assert "same time" not in a.text


def test_what_is_left_is_named_as_the_page_names_it(ask):
    a = ask("how many q&as are left", now="2021-02-01T09:00")
    # (as a count's line or as a listing's, depending on how the question is read)
    assert a.answered and re.search(r"Q&A session \(Tue 2 Feb 2021|Tue 2 Feb 2021, 10:00-11:00 "
                                    r"GMT: Q&A session", a.text)
    assert "QA-W" not in a.text and "PANEL-W" not in a.text
    a = ask("how many tutorials are left", now="2021-02-16T13:00")
    # (round 23: the count split at now lists them as session lines, "Tutorial (T09 GCNs)")
    assert "T09 GCNs" in a.text and "TUT-W" not in a.text
