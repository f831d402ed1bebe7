"""Round 17: requests in romanised Japanese and Turkish, and Greek words mixed into English,
read by the existing reader (bot.core.more_languages); ordinary English is left as it is."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.text import normalize
from bot.core.understand import in_english
from tests.conftest import ids

_NOW = "2021-02-01T10:00"  # Monday of week 4: the tutorials T04/T05 are tomorrow


@pytest.mark.parametrize(("said", "wanted"), [
    ("cw2 teslim tarihi ne zaman", "CW2"),
    ("cw3 ün son teslim tarihi ne zaman?", "CW3"),
    ("cw1 shimekiri wa itsu desu ka", "CW1"),
    ("cw2 no teishutsu kigen wa itsu desu ka?", "CW2"),
    ("πότε είναι η προθεσμία για το cw2", "CW2"),
])
def test_a_deadline_asked_in_japanese_turkish_or_greek(ask, said, wanted):
    a = ask(said, now=_NOW)
    assert ids(a) == [wanted]
    assert a.text.startswith(W.ANSWERED_IN_ENGLISH)


@pytest.mark.parametrize("said", [
    "shimekiri wa itsu desu ka",
    "kadai no shimekiri wa itsu?",
])
def test_the_next_deadline_asked_in_japanese(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "deadline" and ids(a) == ["CW1"]


@pytest.mark.parametrize("said", [
    "sınav ne zaman",
    "sinav ne zaman?",
    "sınav tarihi ne zaman",
    "shiken wa itsu desu ka",
])
def test_the_exam_asked_is_the_exam_not_a_deadline(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "logistics" and "the exam" in a.text and not ids(a)


@pytest.mark.parametrize("said", [
    "ashita no tutoriaru wa nanji desu ka",
    "ashita no chuutoriaru wa nanji?",
    "yarın tutorial saat kaçta",
    "yarin tutorial var mi",
    "τι ώρα είναι το tutorial αύριο",
])
def test_tomorrows_tutorial_asked_in_japanese_turkish_or_greek(ask, said):
    a = ask(said, now=_NOW)
    assert "T04" in ids(a) and "Tomorrow (Tue 2 Feb 2021)" in a.text


@pytest.mark.parametrize("said", [
    "is the tutorial αυτή την Τρίτη",
    "is the q&a αυτή την Τρίτη",
    "anything on την Τρίτη?",
    "what time is the tutorial αυτή την τριτη",
])
def test_a_greek_day_mixed_into_english(ask, said):
    a = ask(said, now=_NOW)
    assert a.answered and "On Tue 2 Feb 2021" in a.text and "read English only" not in a.text


@pytest.mark.parametrize("said", [
    "kadai wa kojin desu ka guruupu desu ka",
    "kadai wa guruupu desu ka",
    "ödev bireysel mi grup mu",
    "ödevler grupla mı yapılıyor",
])
def test_individual_or_group_asked_in_japanese_or_turkish(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "logistics" and "individual" in a.text


@pytest.mark.parametrize(("said", "read"), [
    ("kadai wa kojin desu ka guruupu desu ka", "coursework individual is or group is"),
    ("ödev bireysel mi grup mu", "coursework individual or group"),
    ("is the tutorial αυτή την Τρίτη", "is the tutorial this tuesday"),
    ("yarın ders var mı", "tomorrow lecture is there"),
])
def test_the_words_are_read_in_english(said, read):
    assert in_english(normalize(said)) == read


@pytest.mark.parametrize("said", [
    "no tutorial tomorrow?",
    "is there a var in the notebook, or do i dare to ask kim",
    "I've no idea what time the son of the lecturer is on",
    "mi abuela murió ayer",  # Spanish "mi" is still "my"
    "how to submit cw2 and what is due",
    "can i do the coursework in a group",
])
def test_ordinary_messages_keep_their_words(said):
    expected = {"mi abuela murió ayer": "my grandmother died yesterday"}
    assert in_english(normalize(said)) == expected.get(said, normalize(said))
