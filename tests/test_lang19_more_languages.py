"""Round 19, issue 13: whole messages in Polish, Portuguese, Italian, Japanese (kana and
kanji) and Korean read as the English question they ask, a personal matter told in them
offered a TA privately, and the English-only reply offering the TA route too."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.chinese import read_han
from bot.core.personal import normalise, rule_verdict
from bot.core.text import normalize
from bot.core.understand import in_english

_NOW = "2021-02-10T12:00"


@pytest.mark.parametrize(("said", "words"), [
    ("kiedy jest egzamin?", ("when", "exam")),
    ("gdzie jest nagranie wykładu 3", ("where", "recording", "lecture 3")),
    ("czy projekt robimy w grupie czy samodzielnie", ("or individually",)),
    ("ile procent oceny końcowej ma egzamin", ("how much", "final mark", "exam")),
    ("qual é o peso da prova na nota final?", ("weight of the exam", "final mark")),
    ("quando é o prazo do trabalho 2", ("when", "deadline of the coursework 2")),
    ("i compiti sono individuali o di gruppo?", ("individual or", "group")),
    ("la lezione di domani sarà registrata?", ("lecture", "tomorrow", "recorded")),
])
def test_words_of_polish_portuguese_italian_read_in_english(said, words):
    read = in_english(normalize(said))
    for word in words:
        assert word in read, read


@pytest.mark.parametrize(("said", "words"), [
    ("課題の締め切りはいつですか", ("coursework", "deadline", "when")),
    ("講義の録画のリンクはどこ？", ("lecture", "recording", "link", "where")),
    ("第5週のクイズはありますか", ("week 5", "quiz", "is there")),
    ("과제 마감은 언제예요?", ("coursework", "deadline", "when")),
    ("3주차 강의 녹화 있어요?", ("week 3", "lecture", "recorded", "is there")),
    ("기말고사 비중이 몇 퍼센트예요?", ("final exam", "weight", "what percentage")),
])
def test_japanese_and_korean_course_words_read_in_english(said, words):
    read = read_han(said)
    for word in words:
        assert word in read, read


@pytest.mark.parametrize("said", [
    "家庭の事情で明日の講義に出られません",
    "病気で来週のチュートリアルに参加できません",
    "障害があるので試験の時間延長をお願いできますか",
    "집안 사정으로 내일 강의에 참석 못 해요",
    "장애가 있어서 시험에 추가 시간을 받을 수 있나요?",
    "mam dysleksję, czy mogę dostać dodatkowy czas na egzaminie?",
    "ho la dislessia, posso avere tempo supplementare all'esame?",
    "tenho dislexia, posso ter tempo adicional no exame?",
])
def test_a_personal_matter_told_in_another_language_is_found(said):
    assert rule_verdict(normalise(said)) is not None


@pytest.mark.parametrize("said", [
    "czy quiz robimy indywidualnie czy w grupach?",
    "os trabalhos são individuais ou em grupos?",
])
def test_group_or_individual_asked_in_polish_or_portuguese(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "logistics" and "individually" in a.text
    assert a.text.startswith(W.ANSWERED_IN_ENGLISH)


@pytest.mark.parametrize("said", [
    "jaka jest waga egzaminu w ocenie końcowej?",
    "quanto vale o exame na nota final?",
    "試験は最終成績の何パーセントですか",
])
def test_the_exams_weight_asked_in_another_language(ask, said):
    a = ask(said, now=_NOW)
    assert "50%" in a.text, a.text


@pytest.mark.parametrize("said", [
    "家族の事情で来週の講義に出られません",
    "가족 사정으로 이번 주 튜토리얼에 참석 못 해요",
    "ho un DSA, posso avere più tempo all'esame?",
])
def test_a_personal_matter_in_another_language_gets_a_ta_privately(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "personal", a.text
    assert "ask a TA" in a.text


@pytest.mark.parametrize("said", [
    "ຂ້ອຍບໍ່ສາມາດມາຮຽນອາທິດໜ້າໄດ້",  # Lao: I can't come to class next week
    "मैं अगले हफ्ते की कक्षा में नहीं आ सकता",  # Hindi in Devanagari: the same
])
def test_a_message_not_understood_offers_the_ta_route(ask, said):
    a = ask(said, now=_NOW)
    assert a.text.startswith("Sorry, I read English only")
    assert "ask a TA" in a.text and "privately" in a.text
