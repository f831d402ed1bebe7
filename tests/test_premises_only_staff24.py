"""Schedule premises (round 24): people said of a session that exists but is held with
others, and a claim that one thing is the only one of its kind. The phrasings are the
developer's own."""

from __future__ import annotations

from tests.conftest import ids

NOW = "2021-01-24T12:00"


def test_a_weeks_session_with_people_partly_wrong_is_corrected_not_denied(ask):
    # (the week 6 Q&A is with Li and Spies; the week 5 tutorial with Schmidtke)
    a = ask("week 6 q&a, that's Kainz and Li isn't it", now=NOW)
    assert a.text.startswith("Partly: with Li, but not with Kainz"), a.text
    assert ids(a) == ["QA-W6"] and "Nothing of that kind" not in a.text
    a = ask("the week 5 tutorial is run by Li, right?", now=NOW)
    assert a.text.startswith("No, not with Li") and ids(a) == ["T06"], a.text
    a = ask("tutorials with Budd in week 5?", now=NOW)
    assert a.text.startswith("No, not with Budd") and "T06" in ids(a), a.text


def test_people_right_or_no_kind_named_keep_their_answers(ask):
    a = ask("is the week 4 Q&A with Kainz and Reynaud?", now=NOW)
    assert not a.text.startswith(("No", "Partly")) and ids(a) == ["QA-W4"], a.text
    # (no kind named: the whole week has nothing of Reynaud's, said as before)
    a = ask("anything with Reynaud in week 3?", now=NOW)
    assert a.text.startswith("Nothing is scheduled in week 3"), a.text


def test_the_only_one_of_a_kind_is_checked_over_the_course(ask):
    for question in ("so the only quiz is the one in week 5?", "is the week 7 quiz the only one?",
                     "just the one quiz then, the week 3 one?"):
        a = ask(question, now=NOW)
        assert a.text.startswith("No: the course page lists 3 quizzes"), (question, a.text)
        assert {"QUIZ-W3", "QUIZ-W5", "QUIZ-W7"} <= set(ids(a)), (question, ids(a))
    a = ask("there's just the one panel, right?", now=NOW)
    assert a.text.startswith("Yes: the course page lists only one panel"), a.text


def test_an_only_bound_to_a_time_or_a_wh_question_is_not_this_check(ask):
    a = ask("is cw3 the only deadline in march?", now=NOW)
    assert not a.text.startswith("No: the course page lists"), a.text
    a = ask("is it only the q&a tomorrow?", now="2021-01-25T12:00")
    assert "T03" in ids(a) and "not just one" not in a.text, a.text
    a = ask("when is the only panel?", now=NOW)
    assert not a.text.startswith(("Yes: the course page lists", "No: the course page")), a.text
