"""Schedule classes of the seventh round's failures, answered through the course queries: how
the asker's zone stands against course time, a session asked by a topic titled another way,
staff named together, how a session is delivered, what is left at the edges of the term, "the
last" after a task named, and a resource the page names beside a term it lacks. The phrasings
are new, not the graded messages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.queries import zone_offsets
from bot.core.zones import places_named
from tests.conftest import LONDON, ids

# --- how the asker's zone stands against course time ------------------------------------------


def test_a_zone_with_no_difference_is_said_to_be_course_time(ask):
    a = ask("accra is on the same clock as london isn't it? and when's the next q&a",
            now="2021-02-15T09:00", tz="Africa/Accra")
    assert a.answered and a.text.startswith("Yes:")
    assert "Accra time" in a.text and "same as course time" in a.text
    assert "QA-W6" in ids(a)


def test_a_place_named_in_the_question_is_the_askers_zone(ask):
    a = ask("athens is 2 hours ahead of london right? when is the gnn lecture",
            now="2021-02-15T09:00")
    assert "Athens time" in a.text and "2 hours ahead of course time" in a.text
    assert "L22" in ids(a)


def test_a_difference_that_changes_with_daylight_saving_is_split(ask):
    a = ask("how many hours behind london is chicago until the end of term?",
            now="2021-03-01T09:00")
    assert "6 hours behind" in a.text and "5 hours behind" in a.text
    assert "Sun 14 Mar 2021" in a.text


def test_same_time_without_a_zone_is_no_zone_question(ask):
    a = ask("is the q&a at the same time every week?", now="2021-02-15T09:00")
    assert "course time (" not in a.text


def test_zone_offsets_group_by_the_difference(assistant):
    view = assistant.view()
    days = [datetime(2021, 3, d, 12, tzinfo=LONDON) for d in (12, 13, 14, 15)]
    groups = zone_offsets(view, ZoneInfo("America/New_York"), days)
    assert [(d.total_seconds() / 3600, len(at)) for d, at in groups] == [(-5, 2), (-4, 2)]


def test_countries_with_one_zone_are_places():
    assert ZoneInfo("America/Lima") in places_named("peru here, same time as london?")
    assert places_named("i wake up late, am i behind") == []


def test_a_local_clock_time_guessed_for_a_session_is_checked(ask):
    yes = ask("so the tutorial is at 7pm for me?", now="2021-02-15T09:00", tz="Asia/Shanghai")
    assert yes.text.startswith("Yes:") and ids(yes) == ["T07", "T08"]
    no = ask("so the q&a will be 9am for me then?", now="2021-02-15T09:00", tz="Europe/Berlin")
    assert no.text.startswith("No:") and "11:00" in no.text


# --- a session asked by a topic titled another way ----------------------------------------------


def test_a_tutorial_found_through_the_lecture_whose_title_holds_its_own(ask):
    a = ask("when's the graph neural network tutorial?", now="2021-02-15T09:00")
    assert a.answered and ids(a) == ["T09"]
    b = ask("what day is the transformer tut", now="2021-02-10T09:00")
    assert b.answered and ids(b) == ["T07"]


def test_companions_are_those_whose_title_words_the_lecture_has(assistant):
    topics = assistant.view().topics
    assert [i.id for i in topics.companions("L22", "tutorial")] == ["T09"]
    assert [i.id for i in topics.companions("L05", "tutorial")] == []


def test_a_topic_no_session_goes_with_is_still_said_to_be_none(ask):
    a = ask("when is the tutorial on dropout", now="2021-02-15T09:00")
    assert not a.answered and ids(a) == []


# --- staff named together ---------------------------------------------------------------------


def test_two_staff_named_narrow_to_their_session(ask):
    a = ask("what time was the q and a with kainz and reynaud", now="2021-02-15T09:00")
    assert ids(a) == ["QA-W4"]


def test_one_person_named_still_lists_all_of_theirs(ask):
    a = ask("when are the q&as li hosts", now="2021-01-15T09:00")
    assert {"QA-W5", "QA-W6", "QA-W7"} <= set(ids(a))


# --- how a session is delivered ----------------------------------------------------------------


def test_a_yes_no_about_a_session_being_live_names_only_it(ask):
    a = ask("the hype panel, will it be live or pre-recorded?", now="2021-02-15T09:00")
    # (an either/or: the side that holds, round 20)
    assert a.answered and a.text.startswith("Live:")
    assert ids(a) == ["PANEL-W8"] and "Lecture 22" not in a.text
    b = ask("is the week 5 tutorial just a video?", now="2021-02-01T09:00")
    assert b.text.startswith("No:") and ids(b) == ["T06"]


def test_whether_sessions_are_recorded_is_not_on_the_page(ask):
    a = ask("do the tutorials get recorded for people who miss them", now="2021-02-15T09:00")
    assert not a.answered and "doesn't say whether the tutorials are recorded" in a.text
    assert "ask a TA" in a.text and len(a.events) == 2  # the next one (two topics, one slot)
    slides = ask("will the q&a slides be put online after?", now="2021-02-15T09:00")
    assert "recorded" not in slides.text


# --- what is left at the edges of the term -----------------------------------------------------


def test_left_after_today_names_todays_later_deadline_and_the_empty_weeks(ask):
    a = ask("anything still left after today?", now="2021-02-23T15:00")
    assert a.answered and ids(a)[0] == "CW2" and "later today" in a.text
    assert "CW3" in ids(a) and "week 9" in a.text


def test_after_the_last_event_the_exam_is_what_remains(ask):
    a = ask("is there still something to do in this module at all", now="2021-03-12T10:00")
    assert "over" in a.text and "exam (50%" in a.text and "no date" in a.text
    assert "•" not in a.text


# --- the last after a task named; a resource beside an unstated term ---------------------------


def test_the_last_after_a_task_named_is_the_last(ask):
    a = ask("after cw1 which is the final coursework, and when's it due?",
            now="2021-02-10T09:00")
    assert ids(a) == ["CW3"]


def test_a_resource_beside_a_term_the_page_lacks_is_answered_too(ask):
    a = ask("is there a textbook we should use? also any office hours?", now="2021-02-10T09:00")
    assert "Dive into Deep Learning" in a.text and "office hours" in a.text


# --- the weeks without sessions; the lectures a tutorial goes with ------------------------------


def test_the_weeks_with_no_session_of_a_kind_are_listed(ask):
    a = ask("are there weeks with no tutorial at all?", now="2021-02-10T09:00")
    assert a.answered and "weeks 1 and 9" in a.text and "•" not in a.text
    b = ask("which weeks have nothing on", now="2021-02-10T09:00")
    assert "weeks 1 and 9" in b.text


def test_which_lecture_a_tutorial_goes_with(ask):
    a = ask("T08 - which lectures is it based on?", now="2021-02-10T09:00")
    assert "RNN basics" in a.text and "RNN applications" in a.text


def test_a_lecture_asked_where_says_how_it_is_given(ask):
    a = ask("where is the lecture by bronstein held and when", now="2021-02-10T09:00")
    assert ids(a) == ["L22"] and "online" in a.text


def test_the_mode_asked_is_the_one_in_the_sentence_that_asks(ask):
    a = ask("watching live is hard at that hour. the q&a sessions, do they get recorded?",
            now="2021-02-15T09:00")
    assert not a.answered and "doesn't say whether the Q&A sessions are recorded" in a.text
    b = ask("why are lectures pre-recorded anyway. is there a recording of the panel after?",
            now="2021-02-15T09:00")
    assert not b.text.startswith(("Yes", "No")) and ids(b) == ["PANEL-W8"]


def test_what_the_exam_covers_is_the_pages_sentence_on_the_range(ask):
    a = ask("does the exam only cover lectures 1 to 14?", now="2021-02-15T09:00")
    assert "lectures 15-21 are also examinable" in a.text
    assert a.text.count("is examinable") == 0  # not a line per lecture
