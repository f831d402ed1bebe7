"""Round 21, issue 13: a session's time asked in Polish, a Polish sick note with an
extension asked (a personal matter, its "10 dni" no week), ranges of lectures written with a
CJK wave dash, a fullwidth tilde or an en dash, and the exam's time asked in the writer's
zone (the page states none; never a personal matter, another course or a session).
Phrasings of our own, each failing before."""

from __future__ import annotations

import pytest

from bot.core.text import normalize

_NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("said", [
    "Cześć, o której godzinie jest wykład w czwartek? Mieszkam w Krakowie",
    "o której są ćwiczenia we wtorek?",
    "o której godzinie jest sesja Q&A w przyszłym tygodniu?",
])
def test_a_session_time_asked_in_polish(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "schedule", a.text
    assert not a.text.startswith("Sorry"), a.text


@pytest.mark.parametrize("said", [
    "Dzień dobry, byłem chory przez 10 dni i mam zwolnienie lekarskie. Czy mogę prosić o "
    "przedłużenie terminu oddania cw2?",
    "mam zaświadczenie od lekarza, czy mogę dostać przedłużenie terminu o 7 dni?",
    "byłam w szpitalu 5 dni, czy mogę oddać zadanie później?",
])
def test_a_polish_sick_note_gets_a_ta_privately(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "personal", a.text
    assert "ask a TA" in a.text


@pytest.mark.parametrize("written", ["15〜21", "15～21", "15–21", "15 — 21", "15~21"])
def test_a_range_written_with_another_dash_is_a_range(written):
    assert "15-21" in normalize(f"lectures {written}")


@pytest.mark.parametrize("said", [
    "講義15〜21は試験範囲ですか",
    "講義15～21は試験に出ますか？",
    "are lectures 15–21 examinable?",
])
def test_lectures_in_a_range_asked_examinable(ask, said):
    a = ask(said, now=_NOW)
    assert "15-21" in a.text, a.text


@pytest.mark.parametrize("said", [
    "I'm in Singapore, what time is the exam in my time zone?",
    "I live in Tokyo. When is the exam in my local time?",
    "what time is the exam in my timezone (PST)?",
    "I'm abroad in Lagos, what time will the exam start for me?",
])
def test_the_exam_time_asked_in_ones_zone(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "logistics", a.text
    assert "doesn't give the exam's date" in a.text, a.text
    assert not a.answered
