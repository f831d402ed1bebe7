"""Round 18: requests in Chinese characters (bot.core.chinese) and in Vietnamese
(bot.core.more_languages), and the weight of the final mark asked in French, Spanish,
German and Italian."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.chinese import read_han
from tests.conftest import ids

_NOW = "2021-02-10T12:00"  # Wednesday of week 5


@pytest.mark.parametrize("said", [
    "课程作业的截止日期是什么时候？",
    "下一个作业什么时候要提交",
    "请问作业几点截止？",
])
def test_a_deadline_asked_in_chinese(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "deadline" and ids(a)
    assert not a.text.startswith(W.ENGLISH_ONLY[:20])


@pytest.mark.parametrize(("said", "wanted"), [
    ("第三个作业什么时候截止", "CW3"),
    ("请问第1次作业几点截止？", "CW1"),
])
def test_a_numbered_coursework_asked_in_chinese(ask, said, wanted):
    assert ids(ask(said, now=_NOW)) == [wanted]


@pytest.mark.parametrize("said", [
    "老师，这门课有没有推荐的课本？",
    "请问这门课用什么参考书",
])
def test_the_textbook_asked_in_chinese(ask, said):
    a = ask(said, now=_NOW)
    assert a.answered and "Dive into Deep Learning" in a.text


@pytest.mark.parametrize("said", [
    "老师您好，我生病了在医院，作业可能交不了，怎么办",
    "我的签证还没下来，现在在国内上不了课，我该怎么办？",
])
def test_a_personal_matter_told_in_chinese_goes_to_a_ta(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "personal"


@pytest.mark.parametrize("said", ["你好", "嗯嗯", "哈哈哈哈"])
def test_too_little_chinese_read_keeps_the_english_only_reply(ask, said):
    assert read_han(said) == said
    assert ask(said, now=_NOW).intent == "unknown"


@pytest.mark.parametrize(("said", "week"), [
    ("bài giảng tuần 6 nói về gì ạ?", "Week 6"),
    ("thầy ơi, tuần 4 có bài giảng gì vậy", "Week 4"),
    ("bai giang tuan 7 noi ve gi vay", "Week 7"),
])
def test_a_weeks_lectures_asked_in_vietnamese(ask, said, week):
    a = ask(said, now=_NOW)
    assert a.answered and week in a.text and a.text.startswith(W.ANSWERED_IN_ENGLISH)


@pytest.mark.parametrize("said", [
    "bài tập cw2 hạn nộp khi nào vậy thầy",
    "cho em hỏi hạn nộp bài tập cw2 khi nào ạ",
    "han nop cw3 khi nao vay",
])
def test_a_deadline_asked_in_vietnamese(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "deadline" and ids(a)


@pytest.mark.parametrize("said", [
    "bonjour, combien compte l'examen dans la note finale ?",
    "bonsoir le bot, l'examen final compte combien pour la note?",
    "hola bot, ¿cuánto cuenta el examen para la nota final? y las tareas?",
    "hi bot, wie viel zählt die prüfung in der gesamtnote? und die cw?",
    "ciao bot, quanto vale l'esame nel voto finale? e i cw?",
    "ciao, che percentuale del voto finale conta l'esame?",
])
def test_the_weight_asked_in_french_spanish_german_or_italian(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "logistics" and "50%" in a.text and "coursework" in a.text
    assert "doesn't give the exam's date" not in a.text


@pytest.mark.parametrize("said", [
    "is the tap water ok in the lab",
    "hai, when is the q&a",
    "the note for lecture 3 is missing",
])
def test_english_keeps_its_words(ask, said):
    a = ask(said, now=_NOW)
    assert not a.text.startswith(W.ANSWERED_IN_ENGLISH)
