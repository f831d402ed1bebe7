"""A mark or a re-mark asked about in another language the bot reads (Korean, Japanese,
Chinese, Polish, Spanish) is a person's matter, handed to a TA like the English one; and the
English asked in other words ("a review of the mark"). Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import personal

NOW = "2021-02-10T12:00"

REMARKS = [
    "task 1 점수 재채점 가능할까요?",
    "cw3 채점 이의신청 가능한가요?",
    "task 2の点数について再採点できますか",
    "我的第一个作业成绩可以申诉吗",
    "czy mogę prosić o ponowne sprawdzenie zadania 2?",
    "czy mogę się odwołać od oceny z task 1?",
    "hola, ¿me pueden hacer una recalificación de la cw1?",
    "¿me pueden dar una revisión de la nota del task 3?",
    "quiero reclamar mi calificación de la cw2",
    "could i ask for a review of the marking of task 2",
    "can i get another check of my cw1, i think it was marked wrong",
]


@pytest.mark.parametrize("text", REMARKS)
def test_a_remark_in_any_language_is_a_persons_matter(ask, text):
    assert personal.rule_verdict(text) is not None
    assert ask(text, NOW).intent == "personal"


@pytest.mark.parametrize("text", [
    "¿cuándo es la revisión del examen?",
    "how is task 2 marked",
])
def test_no_mark_to_look_at_again_is_no_remark(text):
    assert personal.rule_verdict(text) is None
