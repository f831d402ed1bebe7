""""Is it over / have I missed it" sent during, just before or just after a session (round
17): that session relative to now, not the list of every one of its kind. The phrasings are
the developer's own."""

from __future__ import annotations

from tests.conftest import ids


def test_just_after_a_session_it_ended_with_the_next_one(ask):
    for question, now, ended, following in (
            ("is the tutorial over?", "2021-02-16T12:10", "T07", "T09"),
            ("have i missed the tut??", "2021-02-16T12:40", "T08", "T09"),
            ("is the q&a finished already", "2021-02-16T11:05", "QA-W6", "QA-W7"),
            ("has the q&a ended?", "2021-02-09T11:20", "QA-W5", "QA-W6")):
        a = ask(question, now=now)
        assert a.text.startswith("Yes, it ended at"), (question, a.text)
        assert ended in ids(a) and following in ids(a), (question, ids(a))


def test_during_or_before_a_session_it_is_not_missed(ask):
    a = ask("have I missed it", now="2021-02-16T10:20")
    assert a.text.startswith("No, it's on now (until 11:00") and "QA-W6" in ids(a)
    a = ask("is the tutorial over yet", now="2021-02-09T11:30")
    assert a.text.startswith("No, it's on now (until 12:00") and "T06" in ids(a)
    a = ask("is the q&a over", now="2021-02-16T09:45")
    assert a.text.startswith("Not yet") and "QA-W6" in ids(a)
