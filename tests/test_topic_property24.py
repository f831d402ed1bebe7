"""Whether a session has a topic or title at all (round 24): a Yes from a check of its day
does not answer it; No when the page gives none, kept when it gives one. The phrasings are
the developer's own."""

from __future__ import annotations

from tests.conftest import ids

NOW = "2021-01-24T12:00"


def test_a_topic_asked_of_a_session_without_one_is_no(ask):
    for question in ("is there a topic for the tutorial on 2 march? cant find one",
                     "does the week 8 tutorial have a title?",
                     "has the tutorial on the 2nd of march got a topic"):
        a = ask(question, now=NOW)
        assert a.text.startswith("No: the course page gives no topic"), (question, a.text)
        assert ids(a) == ["TUT-W8"], (question, ids(a))


def test_a_topic_the_page_gives_or_a_topic_named_keeps_its_answer(ask):
    a = ask("is there a topic for the tutorial on 9 feb?", now=NOW)
    assert a.text.startswith("Yes") and "T06" in ids(a), a.text
    a = ask("is there a tutorial on 2 march?", now=NOW)
    assert a.text.startswith("Yes") and ids(a) == ["TUT-W8"], a.text
    a = ask("is the tutorial on 9 feb on the topic of GANs?", now=NOW)
    assert not a.text.startswith("No") and "T06" in ids(a), a.text
