"""A plan or commitment of one's own in a time ahead, asked what it costs (round 17): what
falls in that time and what is due just after it, not the personal-matter reply; a hardship
told or more time asked stays a personal matter. The phrasings are the developer's own."""

from __future__ import annotations

NOW = "2021-02-10T12:00"


def test_a_plan_ahead_gets_what_falls_in_that_time(ask):
    for question, now, inside in (
            ("going to a conference 22-24 feb, am I screwed for anything?", NOW,
             "Coursework Task 2"),
            ("i have a job interview on 23 feb all day, will i miss stuff?", NOW, "T09"),
            ("moving flat this weekend, will that hurt me for anything", "2021-02-18T12:00",
             "Coursework Task 2")):
        a = ask(question, now=now)
        assert a.intent != "personal", (question, a.text)
        assert inside in a.text, (question, a.text)


def test_a_hardship_or_more_time_stays_personal(ask):
    for question in ("I have a wedding on the 16th, can I get an extension?",
                     "im in hospital next week will i miss anything"):
        a = ask(question, now=NOW)
        assert a.intent == "personal", (question, a.text)
