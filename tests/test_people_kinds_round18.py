"""People and kinds (round 18): a person asked for a kind of session they have none of gets
that said, with whether the page names anyone for that kind, and their own sessions (never an
empty heading); people ranked or counted over items the page names people for only partly
are counted over what it names, and said to be."""

from __future__ import annotations

import pytest

from tests.conftest import ids


@pytest.mark.parametrize("question, person, kind", [
    ("when are Kainz's lectures", "Kainz", "lectures"),
    ("when are Bronstein's tutorials", "Bronstein", "tutorials"),
    ("what time are Budd's Q&As", "Budd", "Q&A sessions"),
    ("vlontzos lectures when??", "Vlontzos", "lectures"),
    ("where are Stacey's lectures this week", "Stacey", "lectures"),
    ("which quizzes does Li run", "Li", "quizzes"),
])
def test_a_person_asked_for_a_kind_they_have_none_of(ask, question, person, kind):
    a = ask(question, now="2021-02-10T12:00")
    assert f"doesn't list {person} for any {kind}" in a.text
    assert f"{person} appears on the course page for:" in a.text
    assert not a.text.rstrip().endswith(":")
    assert ids(a)


@pytest.mark.parametrize("question", [
    "when are Kainz's lectures",
    "is Spies giving any lectures",
    "how many lectures does Reynaud give",
])
def test_the_page_names_lecturers_for_only_some_lectures(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert "names who gives the lectures for only 1 of" in a.text


def test_nobody_named_for_a_kind_is_said(ask):
    a = ask("which quizzes does Li run", now="2021-02-10T12:00")
    assert "names nobody for the quizzes" in a.text


@pytest.mark.parametrize("question, kind", [
    ("who teaches the most lectures", "lectures"),
    ("which lecturer gives the fewest lectures", "lectures"),
    ("which prof does the most lectures?", "lectures"),
    ("who runs the most tutorials", "tutorials"),
    ("which TA is on the most sessions", "sessions"),
    ("which tutor is on the most tuts?", "tutorials"),
])
def test_people_ranked_by_what_the_page_names_them_for(ask, question, kind):
    a = ask(question, now="2021-02-10T12:00")
    assert a.intent == "people"
    assert f"Counting the {kind} the course page names people for" in a.text
    assert "• " in a.text


@pytest.mark.parametrize("question", [
    "who teaches the most lectures",
    "which lecturer gives the fewest lectures",
    "which TA is on the most sessions",
])
def test_a_ranking_over_partly_named_items_says_so(ask, question):
    a = ask(question, now="2021-02-10T12:00")
    assert "count covers only those" in a.text


def test_a_ranking_counts_shared_slots_once_and_ties(ask):
    a = ask("who does the most Q&As", now="2021-02-10T12:00")
    assert "the most: Kainz and Li (3 each)" in a.text


def test_nobody_named_for_a_ranked_kind(ask):
    a = ask("who runs the most quizzes", now="2021-02-10T12:00")
    assert "names nobody for the quizzes" in a.text


def test_a_persons_count_over_partly_named_items_says_so(ask):
    a = ask("how many lectures does Bronstein give", now="2021-02-10T12:00")
    assert "for 1 lecture" in a.text
    assert "names who gives the lectures for only 1 of" in a.text


@pytest.mark.parametrize("question, person, term", [
    ("does Kainz have office hours? when and where", "Kainz", "office hours"),
    ("Gibt es Sprechstunden bei Prof. Kainz? Wann und wo?", "Kainz", "office hours"),
    ("office hours with barmpas?", "Barmpas", "office hours"),
    ("what is Li's email", "Li", "e-mail"),
    ("which office is Bronstein in", "Bronstein", "office"),
])
def test_a_person_and_a_thing_the_page_lacks(ask, question, person, term):
    a = ask(question, now="2021-02-10T12:00")
    assert "doesn't mention " + term in a.text
    assert a.text.index("ask a TA") < a.text.index(f"{person} appears on the course page for")
    assert ids(a)
