"""Schedule classes of the sixth round's failures, answered by course queries whatever the
reading of the message: a weekly commitment set against the timetable, the session next to
one named by topic, every session a plural topic names, a kind with none in a window (and
what is on instead), "tomorrow" asked in the small hours, a span of dates, deadlines in
order or counted as passed, the zone of the page's times, context before the question, and
a part about something the page lacks beside one it states. The phrasings are new, not the
graded messages."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from bot.core.answer import AskContext
from bot.core.course import understander_for
from bot.core.when import parse_time
from tests.conftest import LONDON, ids
from tests.test_second_course import ask2, second  # noqa: F401 (the second course's fixtures)

# --- a weekly commitment against the timetable ----------------------------------------------


def test_a_weekly_slot_lists_every_session_in_it_still_to_come(ask, schedule):
    a = ask("i've got a lab every tuesday 11 to 12, which dl sessions would i miss?",
            now="2021-02-01T09:00")
    assert a.answered and a.intent == "schedule"
    now = datetime(2021, 2, 1, 9, tzinfo=LONDON)
    expected = {e.id for e in schedule.events() if e.start and e.start > now
                and e.kind != "deadline" and e.start.weekday() == 1 and e.start.hour == 11}
    assert set(ids(a)) == expected and {"T04", "T09"} <= expected
    assert "T03" not in ids(a)  # the past one is not what they will miss


def test_a_weekly_slot_with_nothing_in_it_says_so_with_the_timetable(ask):
    a = ask("i work friday afternoons, would that clash with anything in this course?",
            now="2021-01-20T10:00")
    assert a.answered and a.intent == "schedule" and ids(a) == []
    assert "Friday afternoons" in a.text and "Tuesday 10:00-11:00" in a.text
    assert "pre-recorded" in a.text


def test_a_weekly_slot_is_read_in_the_askers_zone(ask):
    a = ask("i have class every tuesday 5am-6am, will i miss anything", now="2021-02-20T10:00",
            tz="America/New_York")
    assert "L22" in ids(a)
    assert all(e.start.astimezone(LONDON).hour == 10 for e in a.events)


def test_a_weekly_slot_in_another_course(ask2):  # noqa: F811 (the imported fixture)
    a = ask2("i coach swimming on thursday afternoons, would i miss anything?",
             now="2023-10-09T09:00")
    assert a.answered and ids(a) and all(e.start.weekday() == 3 for e in a.events)


def test_a_question_about_a_weekday_is_not_a_clash(ask):
    a = ask("is the tutorial on tuesdays?", now="2021-01-20T10:00")
    assert "slot" not in a.text


# --- the session next to one named ---------------------------------------------------------


@pytest.mark.parametrize(("question", "expected"), [
    ("which tut follows the batch norm one?", {"T06"}),
    ("what lecture comes before the VAE one", {"L15"}),
    ("whats after the resnet lecture", {"L12"}),
])
def test_the_session_next_to_one_named_by_topic(ask, question, expected):
    a = ask(question, now="2021-01-25T09:00")
    assert a.answered and set(ids(a)) == expected


def test_after_in_a_remark_names_no_session(ask):
    a = ask("I'm back at uni after three years working. I watched lecture 05 but what is "
            "equivariance in plain words?", now="2021-02-15T09:00")
    assert not a.text.startswith("After")


@pytest.mark.parametrize(("question", "verdict"), [
    ("does the rnn lecture come before the gan lecture?", "No:"),
    ("is the attention lecture after the vae lecture?", "Yes:"),
])
def test_a_yes_no_about_two_sessions_order(ask, question, verdict):
    a = ask(question, now="2021-01-25T09:00")
    assert a.answered and verdict in a.text and len(a.events) == 2


# --- a plural topic ------------------------------------------------------------------------


def test_a_plural_topic_is_every_title_naming_it(ask):
    a = ask("what week are the gan lectures released", now="2021-01-25T09:00")
    assert a.answered and set(ids(a)) == {"L17", "L17a"}


def test_a_plural_topic_asked_something_else_is_not_listed(ask):
    a = ask("are the rnn lectures going to be examinable?", now="2021-01-25T09:00")
    assert a.intent == "logistics"


# --- none of a kind in a window ------------------------------------------------------------


def test_none_of_a_kind_says_what_is_on_instead(ask):
    a = ask("any quiz on this week?", now="2021-02-03T12:00")
    assert "no quizzes" in a.text and "Tutorial" in a.text and "What is on this week" in a.text


def test_the_next_one_after_an_empty_window_is_after_it(ask):
    a = ask("is there a lecture in week 9?", now="2021-02-15T09:00")
    # (23 Feb is before week 9: never "the next one"; since round 17 it may be named as the
    # nearest still to come, the last one before that week)
    before, _, after = a.text.partition("the last one before it")
    assert "Lecture 22" not in before and a.text.startswith("No")


def test_tomorrow_in_the_small_hours_holds_the_day_just_begun(ask):
    # 18:30 in London is 03:30 the next day in Tokyo: "tmrw" may be the day just begun
    a = ask("when's the q&a tmrw, my time", now="2021-02-08T18:30", tz="Asia/Tokyo")
    assert "QA-W5" in ids(a)


def test_a_span_of_dates_is_every_day_between(schedule):
    cal = understander_for(schedule).calendar
    now = datetime(2021, 2, 1, 9, tzinfo=LONDON)
    window = parse_time("between the 3rd and 12th of feb", now, LONDON, cal).window
    assert window.start.day == 3 and window.end.day == 13 and window.granularity == "range"


def test_a_span_of_dates_lists_what_is_in_it(ask):
    a = ask("what's going on from 20 feb to 2 march", now="2021-02-15T09:00")
    assert {"L22", "CW2"} <= set(ids(a)) and "T07" not in ids(a)


# --- deadlines ---------------------------------------------------------------------------


def test_deadlines_in_order_are_all_of_them(ask):
    a = ask("give me the deadlines in chronological order", now="2021-01-20T09:00")
    assert ids(a) == ["CW1", "CW2", "CW3"]


def test_passed_deadlines_are_counted(ask):
    a = ask("how many coursework deadlines have passed so far?", now="2021-02-10T09:00")
    # (the count, said either way, and the one passed listed first)
    assert ("1 of the 3" in a.text or "1 already past, 2 still to come" in a.text)
    assert ids(a)[0] == "CW1"


# --- the zone of the page's times -----------------------------------------------------------


def test_the_zone_of_deadlines_and_a_clock_time_converted(ask):
    a = ask("which time zone are deadlines given in? also what is 7pm in tokyo",
            now="2021-02-10T09:00")
    assert a.answered and "Europe/London" in a.text and "04:00 JST" in a.text
    assert "don't know" not in a.text


def test_a_part_pointing_back_at_an_answered_part_is_no_failure(assistant):
    from bot.core.assistant import _covered_before
    from bot.core.handlers import Reply

    view = assistant.view()
    now = datetime(2021, 1, 20, 9, tzinfo=LONDON)

    def frame(text: str):
        return view.nlu.frames(text, now, LONDON, lambda: None)[0]
    first = frame("how many coursework tasks are there")
    told = Reply(first.intent.value, True, 0.85, "3 tasks, all assessed")
    back = dataclasses.replace(frame("are they all counted"), intent=first.intent)
    unanswered = Reply(first.intent.value, False, 0.2, "don't know")
    assert _covered_before(back, unanswered, [first], [told])
    # a part naming something of its own is no pointer back
    own = dataclasses.replace(frame("is cw2 counted"), intent=first.intent)
    assert not _covered_before(own, unanswered, [first], [told])
    assert not _covered_before(back, unanswered, [first], [dataclasses.replace(
        told, answered=False)])


# --- context first, and the page's facts beside what it lacks ---------------------------------


def test_context_sentences_do_not_choose_what_is_asked(ask):
    a = ask("I've only done lectures 1 to 4 so far, been busy. When's the next tutorial?",
            now="2021-02-01T09:00")
    assert ids(a) and all(e.kind == "tutorial" for e in a.events)


def test_a_day_and_a_term_the_page_lacks_are_both_answered(ask):
    a = ask("anything on tuesday the 23rd or is that reading week?", now="2021-02-15T09:00")
    assert "L22" in ids(a) and "reading week" in a.text and not a.answered


def test_office_hours_of_a_person_are_said_missing_with_what_the_page_lists(assistant):
    # read as a question about the person (as a student picks "about Li" from suggestions)
    a = assistant.answer("Li's office hours?", AskContext(
        datetime(2021, 2, 15, 9, tzinfo=LONDON), LONDON, intent="people"))
    assert a.intent == "people" and not a.answered
    assert "doesn't mention office hours" in a.text and "Li appears" in a.text


def test_pass_rules_are_not_on_the_page(ask):
    # (A strict xfail after the round-7 retrain; the round-8 corpus classes for pass rules
    # asked in the first person, and "a minimum mark" read as the pass mark, fixed it.)
    a = ask("is there a minimum mark i need to pass the coursework and exam separately?",
            now="2021-02-15T09:00")
    assert not a.answered and "pass" in a.text


def test_where_coursework_is_handed_in(ask, schedule):
    a = ask("is the coursework handed in on CATe?", now="2021-02-15T09:00")
    assert schedule.assessment.submission_via in a.text and "zip" in a.text


# --- a time, then what follows it ----------------------------------------------------------


def test_a_day_and_what_is_due_after_it(ask):
    a = ask("what's on 9 feb, and is anything due after that?", now="2021-02-01T09:00")
    found = set(ids(a))
    assert {"QA-W5", "T06", "CW2", "CW3"} <= found and "CW1" not in found
    assert a.text.index("T06") < a.text.index("Coursework Task 2")


def test_each_side_of_an_order_question_keeps_its_kind(ask):
    a = ask("does the cnn tut come before the batchnorm tut?", now="2021-01-20T09:00")
    assert set(ids(a)) == {"T03", "T05"} and "Yes:" in a.text


def test_what_to_prepare_before_a_session_is_no_neighbour(ask):
    a = ask("what should i watch before the vae lecture?", now="2021-01-25T09:00")
    assert not a.text.startswith("Before")
