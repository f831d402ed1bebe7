"""Schedule and logistics classes of the ninth round's dev failures: a week named by what it
teaches, several weeks at once, the weeks after one, lectures "from N onwards", the usual slot
asked as "every tuesday" or "what day", a remark before the question, a handler that finds
nothing while the logistics the question names answer it, and a sign-off after the question.
The phrasings are new, not the graded messages."""

from __future__ import annotations

from datetime import datetime

from bot.core.when import CourseCalendar, parse_time
from tests.conftest import LONDON, ids

# --- a week named by what it teaches -----------------------------------------------------------


def test_a_week_named_by_its_lectures_topic_is_that_week(ask):
    a = ask("which slides go with the GANs week?", now="2021-03-01T09:00")
    assert a.answered and "week 5" in a.text
    assert "N17 GANs slides" in a.text and "N18" not in a.text


def test_a_week_named_by_two_topics_of_it(ask):
    a = ask("who's doing the q&a in the rnn/attention week", now="2021-01-20T09:00")
    assert ids(a) == ["QA-W6"]


def test_a_topic_taught_in_two_weeks_names_no_week(assistant):
    view = assistant.view()
    # "cnn" is lecture 04's (week 2) and tutorial T03's (week 3): no one week
    q = view.understander.parse("what's on in the cnn week", datetime(2021, 2, 15, 9,
                                                                      tzinfo=LONDON), LONDON)
    assert q.time.week_number is None


def test_a_word_no_title_has_before_week_is_no_week(ask):
    a = ask("when is reading week", now="2021-02-15T09:00")
    assert "reading week" in a.text and not a.answered

# --- several weeks, the weeks after one, the last few weeks -----------------------------------


def _calendar(assistant) -> CourseCalendar:
    return assistant.view().understander.calendar


def test_weeks_in_the_plural_name_each_week(ask):
    a = ask("any tutorials in weeks 3 and 6?", now="2021-02-15T09:00")
    assert set(ids(a)) == {"T03", "T07", "T08"}
    assert "Week 3" in a.text and "Week 6" in a.text


def test_the_last_n_weeks_are_the_course_weeks_begun_in_them(assistant):
    now = datetime(2021, 2, 17, 13, tzinfo=LONDON)  # Wednesday of week 6
    t = parse_time("what did i miss over the past 2 weeks", now, LONDON, _calendar(assistant))
    assert t.window is not None and t.window.weeks == (5, 6)


def test_lectures_missed_in_the_last_couple_of_weeks(ask):
    a = ask("been swamped, which lectures went up in the last couple of weeks",
            now="2021-02-07T20:00")
    assert set(ids(a)) >= {"L05", "L09", "L14"} and "L15" not in ids(a)
    assert "L01" not in ids(a)


def test_after_a_week_is_every_week_after_it(ask):
    a = ask("what's left after week 6", now="2021-02-15T09:00")
    assert {"L22", "T09", "CW3", "PANEL-W8"} <= set(ids(a))
    assert "T07" not in ids(a)


def test_after_the_second_last_week_is_the_last_week_with_its_note(ask):
    a = ask("any teaching after week 8?", now="2021-02-15T09:00")
    assert "Week 9" in a.text and "No lecture or tutorial" in a.text

# --- lectures from N onwards -------------------------------------------------------------------


def test_lectures_from_a_number_onwards_are_every_later_one(assistant):
    view = assistant.view()
    now = datetime(2021, 2, 15, 9, tzinfo=LONDON)
    q = view.understander.parse("do lectures 18 onwards count for the exam", now, LONDON)
    assert q.lectures == ["L18", "L19", "L20", "L21", "L22"]
    on = view.understander.parse("is lecture 18 on rnns", now, LONDON)
    assert on.lectures == ["L18"]


def test_examinable_from_a_lecture_onwards_gives_the_pages_range(ask):
    a = ask("is everything from lecture 16 onwards in the exam too?", now="2021-02-15T09:00")
    assert "lectures 15-21 are also examinable" in a.text

# --- the usual slot, asked as every day or which day ---------------------------------------------


def test_every_single_weekday_asks_for_the_slot_and_its_exceptions(ask):
    a = ask("is the tutorial on every single tuesday?", now="2021-02-15T09:00")
    assert a.text.startswith("Mostly, not always.")
    assert "No tutorials in weeks 1 and 9." in a.text


def test_which_day_of_the_live_sessions_gives_each_kinds_slot(ask):
    a = ask("which days are the live sessions on", now="2021-02-15T09:00")
    assert "Q&A sessions on Tuesdays, 10:00-11:00" in a.text
    assert "tutorials on Tuesdays, 11:00-12:00" in a.text
    assert "Lecture 01" not in a.text


def test_a_weekday_guess_for_every_week_is_checked(ask):
    a = ask("are the q&as every wednesday?", now="2021-02-15T09:00")
    assert a.text.startswith("No.")

# --- a remark before the question, emphasis words ----------------------------------------------


def test_a_clause_opening_with_on_is_where_the_writer_is(ask):
    a = ask("on the bus, is the tutorial tmrw at 11?", now="2021-02-15T09:00")
    assert a.answered and ids(a) == ["T07", "T08"]


def test_an_emphasis_word_is_no_topic(ask):
    a = ask("is there a proper q&a in week 7 or just the lecture", now="2021-02-15T09:00")
    assert a.answered and "QA-W7" in ids(a)

# --- the logistics a question names, when its reading finds nothing ------------------------------


def test_coursework_format_is_the_notebooks(ask):
    a = ask("is the coursework plain python scripts or notebooks?", now="2021-02-15T09:00")
    assert a.answered and "Jupyter notebooks" in a.text


def test_where_to_ask_read_as_a_topic_question_gets_the_forum(ask):
    a = ask("where can i post questions about the lectures", now="2021-02-15T09:00")
    assert a.answered and "Piazza" in a.text

# --- a sign-off after the question -------------------------------------------------------------


def test_thanks_closing_a_letter_is_not_welcomed(ask):
    a = ask("Dear team,\nCould you tell me when the second coursework is due?\n"
            "Many thanks,\nAnna", now="2021-02-15T09:00")
    assert "CW2" in ids(a) and "You're welcome" not in a.text


def test_thanks_alone_is_still_welcomed(ask):
    a = ask("thank you so much!", now="2021-02-15T09:00")
    assert "You're welcome" in a.text

# --- a session listed with no time in the week of the day asked; a clash's part of the day ------


def test_a_day_with_none_names_that_weeks_undated_one(ask):
    a = ask("q&a on tue 19 jan at 10?", now="2021-01-18T19:30")
    # (since round 17 the week's undated session leads: W.UNDATED_ON_DAY)
    assert "lists the week 2 Q&A session" in a.text and "with no date or time" in a.text
    assert "gives no date or time for it" in a.text


def test_a_clash_takes_the_part_of_day_said_with_the_weekday(ask):
    a = ask("i do evening shifts most days but i'm busy tuesday mornings, what would i miss?",
            now="2021-02-15T09:00")
    assert "Tuesday mornings" in a.text and "T07" in ids(a)
