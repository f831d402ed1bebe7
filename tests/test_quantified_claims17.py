"""Claims about every one of a kind, and dates said by someone else (round 17). "Is <person>
at every Q&A", "are all the tutorials at 11": checked against each session or deadline of the
kind, a No naming the ones that differ; a date a TA or a friend said: checked against the
page, which is what the bot goes by, the staff offered for a change made elsewhere. The
phrasings are the developer's own."""

from __future__ import annotations

from tests.conftest import ids

NOW = "2021-02-10T12:00"


def test_a_person_at_every_session_of_a_kind_is_no_with_the_others(ask):
    # (Li runs only some of the Q&As and one tutorial: the others are listed after the No)
    for question, absent in (("Is Li at every Q&A?", "QA-W3"),
                             ("does Li run all the tutorials?", "T03"),
                             ("is kainz at all the q&a sessions", "QA-W6"),
                             ("does li take each tutorial", "T06")):
        a = ask(question, now=NOW)
        assert a.text.startswith("No: "), (question, a.text)
        assert absent in ids(a), (question, ids(a))


def test_a_time_said_of_every_one_is_checked_against_each(ask):
    a = ask("are all the Q&As at 10?", now=NOW)
    assert a.text.startswith("No: ") and "QA-W7" in ids(a) and "QA-W5" not in ids(a)
    # ("always" of a kind with a timetable slot asks of the usual slot: its own answer)
    a = ask("r the q&as always at 10am", now=NOW)
    assert a.text.startswith("Mostly, not always") and "Week 7" in a.text


def test_a_claim_every_one_holds_is_yes_with_all_of_them(ask):
    for question in ("is every deadline at 7pm?", "are all the coursework deadlines at 19:00",
                     "are the cw deadlines always at 7pm?"):
        a = ask(question, now=NOW)
        assert a.text.startswith("Yes, all 3"), (question, a.text)
        assert {"CW1", "CW2", "CW3"} <= set(ids(a))
    a = ask("are all tutorials on tuesdays?", now=NOW)
    assert a.text.startswith("Yes, all") and "T09" in ids(a)


def test_every_week_is_still_the_every_week_answer(ask):
    a = ask("is there a q&a every week?", now=NOW)
    assert "weeks" in a.text and not a.text.startswith("Yes, all")


def test_a_date_someone_else_said_is_checked_and_the_staff_offered(ask):
    for question, right in (("TA told us cw3 is due on the 2nd of March??", "9 Mar"),
                            ("the lecturer said cw2 is due on 26 feb", "23 Feb"),
                            ("my mate reckons cw1 is due 12 feb", "5 Feb")):
        a = ask(question, now="2021-01-20T12:00")
        assert a.text.startswith("No"), (question, a.text)
        assert right in a.text and "ask a TA" in a.text, (question, a.text)


def test_the_bots_own_word_doubted_is_no_change_made_elsewhere(ask):
    for question in ("you told me yesterday cw3 is due friday, which is it",
                     "u said the q&a is at 11 tomorrow?"):
        a = ask(question, now="2021-02-15T12:00")
        assert "announced elsewhere" not in a.text, (question, a.text)
